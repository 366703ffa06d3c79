"""Extension: close the crawler's store handle when the spider closes."""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from scrapers.storage import close_store


class CloseStore:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CloseStore:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self) -> None:
        close_store(self.crawler)
