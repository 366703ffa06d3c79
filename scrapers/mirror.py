"""Mirror mode: fetch every page from a local copy of the web while keeping its real URL.

Implemented as a download handler rather than a middleware that re-issues requests: the request
keeps its original URL through scheduling, robots.txt, cookies and per-domain slots, and only the
bytes come from the mirror, so items, the seen-URL record and the stored documents all carry
the original URL and nothing is scheduled twice.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote, urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response

MAX_SEGMENT = 240  # bytes; longer file names (long search queries) are shortened by a hash


def mirror_url(url: str, mirror: str) -> str:
    """``https://HOST/PATH?Q`` -> ``MIRROR/HOST/PATH%3FQ`` (wget --mirror file layout).

    The query stays part of the file name, as wget saves it; a directory URL maps to the
    directory (the static server answers with its index.html, as wget saved it).
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    name = path + ("?" + parts.query if parts.query else "")
    segments = name.split("/")
    last = segments[-1]
    if len(last.encode("utf-8")) > MAX_SEGMENT:
        digest = hashlib.sha1(last.encode("utf-8")).hexdigest()[:16]
        segments[-1] = last[:100] + "~" + digest
    return mirror.rstrip("/") + "/" + (parts.hostname or "") + quote("/".join(segments), safe="/")


def mirror_file(root: str, url: str) -> str:
    """Where a mirror tree under ``root`` keeps ``url`` (for tests and tools that build one)."""
    rel = unquote(urlsplit(mirror_url(url, "http://m")).path)
    if rel.endswith("/"):
        rel += "index.html"
    return root.rstrip("/") + rel


class MirrorDownloadHandler(HTTP11DownloadHandler):
    """HTTP(S) handler that reads from ``RETURNWATCH_MIRROR`` when it is set."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.mirror: str = crawler.settings.get("RETURNWATCH_MIRROR") or ""

    async def download_request(self, request: Request) -> Response:
        if not self.mirror:
            return await super().download_request(request)
        mirrored = request.replace(url=mirror_url(request.url, self.mirror))
        response = await super().download_request(mirrored)
        return response.replace(url=request.url)
