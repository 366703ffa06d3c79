"""A fast static server for benchmarks: a mirror tree held in memory, HTTP/1.1 keep-alive.

``scrapers.mirror_server`` (stdlib ``ThreadingHTTPServer``: one thread and one TCP connection
per request, HTTP/1.0) tops out near the rate of a bare Scrapy spider, so a crawl benchmark
against it measures the server as much as the crawler. This one answers from bytes read once
at start, on an asyncio loop in its own process, with persistent connections (as Scrapy's
connection pool uses them): the crawlers, not the server, set the pace.

Run: ``python bench/static_server.py ROOT`` prints ``http://127.0.0.1:PORT`` on its first line
once it listens; it serves until killed. The responses carry what SimpleHTTPRequestHandler
sends (``Content-Type: text/html`` without a charset), so the crawl decodes pages the same way.
"""

from __future__ import annotations

import asyncio
import mimetypes
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nNot Found"
)


def load_tree(root: Path) -> dict[str, bytes]:
    """URL path -> full HTTP response (headers and body) for every file under ``root``."""
    responses: dict[str, bytes] = {}
    for file in root.rglob("*"):
        if not file.is_file():
            continue
        rel = "/" + file.relative_to(root).as_posix()
        body = file.read_bytes()
        kind = mimetypes.guess_type(file.name)[0] or "text/html"
        head = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1")
        responses[rel] = head + body
        if file.name == "index.html":
            responses[rel[: -len("index.html")]] = head + body
    return responses


class StaticProtocol(asyncio.Protocol):
    """Answers each GET of a (possibly pipelined) request stream in order."""

    def __init__(self, responses: dict[str, bytes]):
        self.responses = responses
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        assert self.transport is not None
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            target = head.split(b"\r\n", 1)[0].split(b" ")[1].decode("latin-1")
            path = unquote(urlsplit(target).path)
            self.transport.write(self.responses.get(path, NOT_FOUND))


async def serve(root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
    responses = load_tree(root)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: StaticProtocol(responses), host, port, backlog=1024, reuse_address=True
    )
    sock_host, sock_port = server.sockets[0].getsockname()[:2]
    print(f"http://{sock_host}:{sock_port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1])))
