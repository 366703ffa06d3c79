"""A hostile web server on 127.0.0.1: the sample mirror, plus pages under ``hostile.example``
that answer as broken or malicious servers do (used by ``test_hostile_crawl.py``).

Every hostile page is at ``/hostile.example/NAME`` of the server, i.e. at
``https://hostile.example/NAME`` for a crawl in mirror mode (``--mirror``).
"""

from __future__ import annotations

import gzip
import io
import os
import select
import socket
import time
from functools import cache, partial
from typing import Any

from scrapers.mirror_server import MirrorRequestHandler, MirrorServer

HOST = "hostile.example"
# Longer than the crawl's DOWNLOAD_TIMEOUT in the test, on any machine: the page answers only if
# the client is still there after a minute (a crawl starved of CPU must not see it answer).
SLOW_SECONDS = 60.0
BIG_BYTES = 50 * 1024 * 1024
BOMB_INFLATED = 512 * 1024 * 1024

ANNOUNCEMENT = (
    "<html><head><title>外逃人员冯某某回国投案</title></head><body><article>"
    "<h1>外逃人员冯某某回国投案</h1><p>2024年6月20日</p>"
    "<p>在中央追逃办统筹协调下，外逃5年的职务犯罪嫌疑人冯某某于2024年6月18日从泰国回国投案自首。"
    "冯某某，男，原某县财政局局长，涉嫌贪污犯罪，2019年3月外逃。</p>"
    "<p>这是追逃追赃工作取得的又一重要成果。</p></article></body></html>"
)

# NAME -> what the page does; the test expects each to be counted in the run record
PAGES = {
    "500.html": "HTTP 500",
    "503.html": "HTTP 503",
    "slow.html": "answers after the download timeout",
    "truncated.html": "announces 100,000 bytes, sends 1,000 and closes",
    "bomb.html": "a gzip bomb (512 MiB of zeros, about 500 KB compressed)",
    "big.html": "a 50 MB page with its length announced",
    "big-stream.html": "a 50 MB page without Content-Length",
    "loop-a.html": "redirects to loop-b.html, which redirects back",
    "chain-0.html": "redirects to chain-1.html, and so on without end",
    "wrong-charset.html": "a GBK announcement declared as UTF-8",
    "random.html": "64 KiB of random bytes as text/html",
}


@cache
def gzip_bomb() -> bytes:
    buffer = io.BytesIO()
    zeros = bytes(1024 * 1024)
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as handle:
        for _ in range(BOMB_INFLATED // len(zeros)):
            handle.write(zeros)
    return buffer.getvalue()


class HostileHandler(MirrorRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        prefix = f"/{HOST}/"
        if not self.path.startswith(prefix):
            super().do_GET()
            return
        if self.served is not None:
            self.served.append(self.path)
        name = self.path[len(prefix) :]
        kind = next((k for k in ("chain", "loop", "big") if name.startswith(k)), None)
        kind = kind or name.split(".")[0].replace("-", "_")
        answer = getattr(self, f"_{kind}", None)
        if answer is None:
            self._send(404, b"not found")
            return
        answer(name)

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for key, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(key, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self._send(302, b"", {"Location": f"https://{HOST}/{target}"})

    def _500(self, _name: str) -> None:
        self._send(500, b"<h1>Internal Server Error</h1>")

    def _503(self, _name: str) -> None:
        self._send(503, b"<h1>Service Unavailable</h1>")

    def _slow(self, _name: str) -> None:
        deadline = time.monotonic() + SLOW_SECONDS
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.2)
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                self.close_connection = True  # the client gave up: nothing to answer
                return
        self._send(200, ANNOUNCEMENT.encode("utf-8"))

    def _truncated(self, _name: str) -> None:
        self._send(200, ANNOUNCEMENT.encode("utf-8")[:1000], {"Content-Length": "100000"})
        self.close_connection = True

    def _bomb(self, _name: str) -> None:
        self._send(200, gzip_bomb(), {"Content-Encoding": "gzip"})

    def _big(self, name: str) -> None:
        chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if name == "big.html":
            self.send_header("Content-Length", str(BIG_BYTES))
        self.end_headers()
        try:
            for _ in range(BIG_BYTES // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            return  # the crawl hung up on the page: that is the point
        self.close_connection = True

    def _loop(self, name: str) -> None:
        self._redirect("loop-b.html" if name == "loop-a.html" else "loop-a.html")

    def _chain(self, name: str) -> None:
        number = int(name.removeprefix("chain-").removesuffix(".html"))
        self._redirect(f"chain-{number + 1}.html")

    def _wrong_charset(self, _name: str) -> None:
        self._send(200, ANNOUNCEMENT.encode("gb18030"))

    def _random(self, _name: str) -> None:
        self._send(200, os.urandom(64 * 1024))

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return


class HostileServer(MirrorServer):
    """``with HostileServer(mirror_root) as server``: the mirror and the hostile pages."""

    def __init__(self, root: Any):
        super().__init__(root)
        factory = self.httpd.RequestHandlerClass  # functools.partial(handler, directory=...)
        mirror_handler = factory.func  # type: ignore[attr-defined]
        hostile = type(
            "Hostile",
            (HostileHandler,),
            {
                "challenges": mirror_handler.challenges,
                "challenge_dir": mirror_handler.challenge_dir,
                "served": self.served,
            },
        )
        self.httpd.RequestHandlerClass = partial(hostile, **factory.keywords)  # type: ignore[attr-defined]

    def start(self) -> HostileServer:
        gzip_bomb()  # made once, before the crawl's download timeout starts counting
        super().start()
        return self
