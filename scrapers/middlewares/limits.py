"""Limits on what a hostile or broken server can make the crawl do, each an error the monitors see.

- ``LimitedHttpCompression`` (in place of Scrapy's ``HttpCompressionMiddleware``): a compressed
  body may inflate to at most ``RETURNWATCH_MAX_DECOMPRESSION_RATIO`` times its size (at least
  ``RETURNWATCH_DECOMPRESSION_FLOOR`` bytes), and never past ``DOWNLOAD_MAXSIZE``: a gzip bomb
  is stopped after a few megabytes instead of Scrapy's 1 GiB. The body fetched beyond
  ``DOWNLOAD_MAXSIZE`` is cut off by Scrapy's download handler (counted as
  ``download/DownloadCancelledError``).
- ``LimitedRedirect`` (in place of Scrapy's ``RedirectMiddleware``): a redirect back to a URL
  of the same chain (a loop) or past ``REDIRECT_MAX_TIMES`` is logged as an ERROR naming the
  URL, where Scrapy drops the request silently (a loop's repeated URL is filtered as a
  duplicate, a chain too long is discarded at DEBUG level).

Each refusal is an ERROR line about the site (``returnwatch/log_errors``, which the site error
count monitor fails on: the run ends partial) and a count ``returnwatch/limits/<kind>`` that the
run record lists under ``errors`` as ``limit/<kind>``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

LIMIT_STAT = "returnwatch/limits/"


def count_limit(crawler: Crawler | None, kind: str) -> None:
    """Count one refusal of kind ``kind`` in the crawler's statistics."""
    if crawler is not None and crawler.stats is not None:
        crawler.stats.inc_value(LIMIT_STAT + kind)


class LimitedHttpCompression(HttpCompressionMiddleware):
    """Scrapy's decompression with a ratio limit, and its refusals logged as errors."""

    def __init__(self, *, crawler: Crawler, ratio: float, floor: int):
        super().__init__(crawler=crawler)
        self.crawler = crawler
        self.ratio = ratio
        self.floor = floor

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LimitedHttpCompression:
        if not crawler.settings.getbool("COMPRESSION_ENABLED"):
            raise NotConfigured
        return cls(
            crawler=crawler,
            ratio=crawler.settings.getfloat("RETURNWATCH_MAX_DECOMPRESSION_RATIO"),
            floor=crawler.settings.getint("RETURNWATCH_DECOMPRESSION_FLOOR"),
        )

    def inflated_limit(self, request: Request, compressed: int) -> int:
        """The most bytes this body may inflate to: the ratio limit, within DOWNLOAD_MAXSIZE."""
        max_size = int(request.meta.get("download_maxsize", self._max_size))
        by_ratio = max(int(compressed * self.ratio), self.floor) if self.ratio > 0 else 0
        if not max_size:
            return by_ratio
        return min(max_size, by_ratio) if by_ratio else max_size

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if not response.headers.getlist("Content-Encoding") or request.method == "HEAD":
            return super().process_response(request, response)
        limit = self.inflated_limit(request, len(response.body))
        request.meta["download_maxsize"] = limit
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            count_limit(self.crawler, "decompressed_size")
            logger.error(
                "%s: refused: %d compressed bytes inflate past %d bytes "
                "(RETURNWATCH_MAX_DECOMPRESSION_RATIO %g, DOWNLOAD_MAXSIZE %d)",
                response.url,
                len(response.body),
                limit,
                self.ratio,
                self._max_size,
                extra={"spider": self.crawler.spider},
            )
            raise


class LimitedRedirect(RedirectMiddleware):
    """Scrapy's redirects, with loops and too long chains logged as errors."""

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            self._refuse("redirect_loop", request, f"redirect loop back to {redirected.url}")
        if request.meta.get("redirect_times", 0) + 1 > self.max_redirect_times:
            self._refuse(
                "too_many_redirects",
                request,
                f"more than {self.max_redirect_times} redirects (REDIRECT_MAX_TIMES)",
            )
        return super()._redirect(redirected, request, reason)

    def _refuse(self, kind: str, request: Request, why: str) -> None:
        count_limit(self.crawler, kind)
        first = request.meta.get("redirect_urls", [request.url])[0]
        logger.error("%s: refused: %s", first, why, extra={"spider": self.crawler.spider})
        raise IgnoreRequest(why)
