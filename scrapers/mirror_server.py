"""A static server for a ``wget --mirror`` tree on 127.0.0.1, for the demo, tests and bench.

Any static server can serve a mirror for ``--mirror``; this one adds what a static server
cannot: ``_challenges/challenges.json`` in the tree names pages that answer like the real
anti-bot fronts (ccdi's inline cookie script until the cookie comes back, mps's HTTP 521), so
the crawl's challenge handling is exercised end to end. It also records the paths it served.
"""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


class MirrorRequestHandler(SimpleHTTPRequestHandler):
    challenges: dict[str, dict[str, str]] = {}
    challenge_dir: Path | None = None
    served: list[str] | None = None

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return

    def _challenge(self) -> dict[str, str] | None:
        path = unquote(urlsplit(self.path).path).lstrip("/")
        return self.challenges.get(path)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        if self.served is not None:
            self.served.append(unquote(self.path))
        challenge = self._challenge()
        if challenge and self.challenge_dir is not None:
            kind = challenge["kind"]
            if kind == "cookie" and "HOY_TR=" in (self.headers.get("Cookie") or ""):
                super().do_GET()
                return
            body = (self.challenge_dir / f"{kind}.html").read_bytes()
            self.send_response(521 if kind == "jsl" else 200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def guess_type(self, path: str | Any) -> str:
        """Files saved without a known extension (search?page=2&...) go out as HTML, JSON or XML."""
        guessed = super().guess_type(path)
        if guessed != "application/octet-stream":
            return guessed
        try:
            with open(path, "rb") as handle:
                head = handle.read(64).lstrip()
        except OSError:
            return "text/html"
        if head.startswith((b"{", b"[")):
            return "application/json"
        if head.startswith(b"<?xml"):
            return "application/xml"
        return "text/html"


class _Server(ThreadingHTTPServer):
    # socketserver's default listen backlog of 5 drops a crawler's burst of connections, which
    # then retry after a second: the crawl stalls for nothing.
    request_queue_size = 128
    daemon_threads = True


class MirrorServer:
    """``with MirrorServer(root) as server: server.url`` serves ``root`` on a free port."""

    def __init__(self, root: str | Path, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        self.served: list[str] = []
        challenge_dir = self.root / "_challenges"
        manifest = challenge_dir / "challenges.json"
        handler = type(
            "Handler",
            (MirrorRequestHandler,),
            {
                "challenges": json.loads(manifest.read_text("utf-8")) if manifest.exists() else {},
                "challenge_dir": challenge_dir,
                "served": self.served,
            },
        )
        self.httpd = _Server((host, port), partial(handler, directory=str(self.root)))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}"

    def start(self) -> MirrorServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> MirrorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
