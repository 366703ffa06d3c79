"""Extension: count the ERROR log lines of this crawler's own spider (``returnwatch/log_errors``).

Scrapy's ``log_count/ERROR`` counts every ERROR line of the process into every crawler's stats,
so when ``returnwatch crawl`` runs several sites in one process, one unreachable site would fail
the error monitor of all of them. Scrapy tags the lines it logs about a spider (failed downloads,
given-up retries, callback and pipeline exceptions, ``spider.logger``) with ``record.spider``;
this handler counts those of its own spider only. Spidermon's report of a failed monitor (an
ERROR line too) is not counted: it is the verdict, not the crawl's error.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

STAT = "returnwatch/log_errors"


class SpiderErrorCounter(logging.Handler):
    def __init__(self, stats: StatsCollector | None, spider: object):
        super().__init__(level=logging.ERROR)
        self.stats = stats
        self.spider = spider

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "spider", None) is not self.spider or self.stats is None:
            return
        if str(record.msg).startswith("[Spidermon]"):
            return
        self.stats.inc_value(STAT)


class StrayErrors(logging.Handler):
    """Counts the process's ERROR lines tied to no spider (installed by ``returnwatch crawl``).

    Scrapy reports some failures without a spider: an exception while scheduling a request
    surfaces as asyncio's "Task exception was never retrieved", and that request is never
    fetched. No site's monitor sees such a line, so the crawl counts them itself.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "spider", None) is not None or str(record.msg).startswith("[Spidermon]"):
            return
        self.count += 1
        if self.first is None:
            self.first = f"{record.name}: {record.getMessage()}".splitlines()[0][:200]


class SiteErrors:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.handler: SpiderErrorCounter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteErrors:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def spider_opened(self) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.set_value(STAT, 0)
        self.handler = SpiderErrorCounter(self.crawler.stats, self.crawler.spider)
        logging.getLogger().addHandler(self.handler)

    def engine_stopped(self) -> None:
        if self.handler is not None:
            logging.getLogger().removeHandler(self.handler)
            self.handler = None
