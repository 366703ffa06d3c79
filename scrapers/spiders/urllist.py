"""Strategy "urls": article URLs a researcher collected, one a line (``#`` starts a comment).

Each URL is parsed with the config of the site that owns it (mp.weixin.qq.com has its own),
and pages of sites without a config go through the generic extractor. The relevance filter
still applies to the fetched article, but no listing title is filtered.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler

from scrapers.config import Discovery
from scrapers.parsing.listing import ListingEntry
from scrapers.spiders.base import SiteSpider

logger = logging.getLogger(__name__)


class UrlListError(ValueError):
    """A URL file that cannot be read; the message names the file and line."""


def read_url_file(path: str | Path) -> list[str]:
    urls: list[str] = []
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except OSError as exc:
        raise UrlListError(f"{p}: cannot read URL list ({exc.strerror})") from exc
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        url = stripped.split()[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UrlListError(f"{p}:{number}: not an http(s) URL: {url!r}")
        urls.append(url)
    return list(dict.fromkeys(urls))


class UrlListSpider(SiteSpider):
    """``scrapy crawl urls -a file=URLS.txt`` / ``returnwatch crawl --urls URLS.txt``."""

    name = "urls"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> UrlListSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, UrlListSpider)
        path = kwargs.get("file") or crawler.settings.get("RETURNWATCH_URLS_FILE")
        if not path:
            raise UrlListError("the urls spider needs a file of URLs (-a file=PATH or --urls)")
        spider.urls = read_url_file(path)
        return spider

    urls: list[str] = []

    async def start(self) -> AsyncIterator[Request]:
        for url in self.urls:
            if self.seen(url) is not None:
                self.inc("entries_seen_before")
                continue
            yield self.article_request(ListingEntry(url))

    def discover_urls(self, discovery: Discovery, index: int) -> list[Request]:
        return []
