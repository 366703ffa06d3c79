"""Store each relevant article as a document (raw bytes, text, hashes), in batches, and keep the
extraction stage going beside the crawl.

Documents are buffered and written every ``batch_size`` items, every ``flush_seconds`` and when
the spider closes, one transaction per batch in which each URL is also marked seen: a crawl
killed at any moment has stored each article wholly or not at all, and an article still in the
buffer is not marked seen, so the next run fetches it again. What becomes of a stored document
is the extraction stage's (``pipelines.stage``): ``returnwatch crawl`` runs one stage for all
its sites and hands it to each crawler (``attach_stage``); a crawl started otherwise (``scrapy
crawl``, scrapyd) gets one of its own here. A spider with nothing left to fetch stays open
until its site's documents are extracted, so its monitors and statistics see its cases.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, DropItem
from scrapy.settings import BaseSettings
from sqlalchemy.exc import SQLAlchemyError
from twisted.internet import task
from twisted.python.failure import Failure

from extract.api import MAX_DOCUMENT_CHARS
from output.store import StoreError
from output.store.writes import ArticleWrite, PreparedArticle
from pipelines.results import ResultSink
from pipelines.stage import ExtractionStage, StageSettings, is_auto, worker_count
from scrapers.items import ArticleItem
from scrapers.storage import store_for

logger = logging.getLogger(__name__)

STAGE_ATTRIBUTE = "_returnwatch_extraction"  # (stage, sink) shared by a run's crawlers
WORKERS_STAT = "returnwatch/extract/workers"  # extraction worker processes (0: in this one)
TICK_SECONDS = 0.1


def stage_settings(settings: BaseSettings, db: str | None) -> StageSettings:
    """The extraction stage's settings from a crawl's Scrapy settings."""
    return StageSettings(
        db=db,
        workers=worker_count(settings.get("RETURNWATCH_EXTRACTION_WORKERS")),
        spare_core=is_auto(settings.get("RETURNWATCH_EXTRACTION_WORKERS")),
        batch_size=settings.getint("RETURNWATCH_EXTRACTION_BATCH", 50),
        max_chars=settings.getint("RETURNWATCH_MAX_DOCUMENT_CHARS", MAX_DOCUMENT_CHARS),
        lines=bool(settings.get("RETURNWATCH_OUTPUT")),
    )


def attach_stage(crawler: Crawler, stage: ExtractionStage, sink: ResultSink) -> None:
    """Make ``crawler`` use the run's stage instead of starting its own."""
    setattr(crawler, STAGE_ATTRIBUTE, (stage, sink))


class DocumentStorePipeline:
    def __init__(
        self,
        store: Any = None,
        batch_size: int = 1,
        flush_seconds: float = 5.0,
        stats: Any = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        """``batch_size`` 1 writes each item at once; a crawl takes its batch settings in
        from_crawler. Without a store (``RETURNWATCH_DB=none``) items pass through."""
        self.store = store
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.stats = stats
        self.clock = clock
        self.pending: list[PreparedArticle] = []
        self.last_flush = clock()
        self.crawler: Crawler | None = None
        self.stage: ExtractionStage | None = None
        self.sink: ResultSink | None = None
        self.own_stage = False
        self.holding = False  # the spider is idle, kept open until its site is extracted
        self.sites: set[str] = set()  # sites whose documents this crawler counts
        self._timer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentStorePipeline:
        settings = crawler.settings
        use_store = settings.get("RETURNWATCH_DB") != "none"
        pipeline = cls(
            store_for(crawler) if use_store else None,
            batch_size=settings.getint("RETURNWATCH_STORE_BATCH", 100),
            flush_seconds=settings.getfloat("RETURNWATCH_STORE_FLUSH_SECONDS", 5.0),
            stats=crawler.stats,
        )
        pipeline.crawler = crawler
        if use_store:
            pipeline.stage, pipeline.sink = getattr(crawler, STAGE_ATTRIBUTE, (None, None))
            crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    @property
    def site(self) -> str | None:
        spider = self.crawler.spider if self.crawler is not None else None
        config = getattr(spider, "site", None)
        return config.id if config is not None else getattr(spider, "name", None)

    def open_spider(self) -> None:
        if self.store is None:
            return
        if self.stage is None and self.crawler is not None:
            self._own_stage(self.crawler)
        if self.sink is not None and self.crawler is not None and self.site:
            self.sink.attach(self.site, self.crawler.stats, self.crawler.spider)
            self.sites.add(self.site)
        if self.stage is not None:
            self.stage.fetching(self)
        if self.stats is not None and self.stage is not None:
            self.stats.set_value(WORKERS_STAT, self.stage.settings.workers)
        self._timer = task.LoopingCall(self.tick)
        self._timer.start(TICK_SECONDS, now=False)

    def _own_stage(self, crawler: Crawler) -> None:
        """A crawl not run by ``returnwatch crawl``: its own stage and results."""
        settings = crawler.settings
        output = settings.get("RETURNWATCH_OUTPUT") or None
        self.sink = ResultSink(output, validate=settings.getbool("SPIDERMON_ENABLED"))
        db = settings.get("RETURNWATCH_DB") or None
        self.stage = ExtractionStage(stage_settings(settings, db), self.store, self.sink)
        self.stage.start()
        self.own_stage = True

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.store is None:
            return item
        if item.site not in self.sites:
            self._adopt(item.site)
        article = ArticleWrite(item.document(), seen_kind="article")
        try:
            self.pending.append(self.store.prepare_article(article))
        except StoreError as exc:
            raise DropItem(f"{item.url}: not stored: {exc}") from exc
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def _adopt(self, site: str) -> None:
        """Count a site no crawler of its own counts (a URL list's hosts without a config)."""
        sink, crawler = self.sink, self.crawler
        if (
            sink is not None
            and crawler is not None
            and sink.adopt(site, crawler.stats, crawler.spider)
        ):
            self.sites.add(site)

    def tick(self) -> None:
        """Between items: a due flush, the stage's next batches, a held spider's close."""
        if self.pending and self.clock() - self.last_flush >= self.flush_seconds:
            self.flush()
        if self.stage is None:
            return
        try:
            self.stage.pump()
        except (StoreError, SQLAlchemyError):  # the store busy or gone: again next tick
            logger.exception("extraction stage: the store could not be read")
            return
        if self.holding and not self._busy():
            self.holding = False
            self._close_if_idle()

    def _close_if_idle(self) -> None:
        """What Scrapy's engine does when its spider is idle, at once rather than at its next
        heartbeat (seconds later): ask every ``spider_idle`` handler again (another, such as
        the shared queue's keep-alive, may still want the spider open), then close it if
        nothing is left to fetch."""
        crawler = self.crawler
        if crawler is None or crawler.engine is None or crawler.spider is None:
            return
        answers = crawler.signals.send_catch_log(
            signals.spider_idle, spider=crawler.spider, dont_log=DontCloseSpider
        )
        if any(isinstance(result, Failure) for _, result in answers):
            return  # DontCloseSpider (or a failing handler, logged): the engine decides later
        if crawler.engine.spider_is_idle():
            crawler.engine.close_spider(crawler.spider, "finished")

    def spider_idle(self, spider: Spider) -> None:
        """Nothing left to fetch: write the buffer; stay open while the site's documents wait
        for the extraction (``tick`` closes the spider once they are done)."""
        self.flush()
        if self._busy():
            self.holding = True
            if self.stage is not None:
                self.stage.done_fetching(self)
            raise DontCloseSpider

    def _busy(self) -> bool:
        """Whether documents this crawler counts still wait for the extraction."""
        stage = self.stage
        return stage is not None and any(stage.busy(site) for site in self.sites)

    def flush(self) -> None:
        """Write the buffered documents in one transaction. On a database error they stay
        unmarked (fetched again next run), the error is logged and counted, the crawl goes on."""
        batch, self.pending = self.pending, []
        self.last_flush = self.clock()
        if not batch or self.store is None:
            return
        try:
            self.store.store_articles(batch)
        except (StoreError, SQLAlchemyError):
            logger.exception(
                "store: %d articles not stored (first %s); they are fetched again next run",
                len(batch),
                batch[0].values["url"],
            )
            if self.stats is not None:
                self.stats.inc_value("returnwatch/store_errors", len(batch))
            return
        if self.stats is not None:
            self.stats.inc_value("returnwatch/articles_stored", len(batch))

    def close_spider(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.flush()
        if self.own_stage and self.stage is not None:
            self.stage.drain()
            self.stage.close()
