"""Hand relevant articles to the article chain, in this process or in the article worker.

The last item pipeline of the crawl. Behind it runs ``pipelines.chain.ArticleChain``
(extraction, record validation, store, JSONL), either here or in a second process
(``pipelines.worker``) as ``RETURNWATCH_ARTICLE_WORKER`` says:

- ``on``: in the worker. The crawl process only fetches and parses; the worker uses a second
  core. Its statistics and log records come back to this process as it works.
- ``off``: here, as ordinary pipeline steps.
- ``auto`` (default): ``on`` when the crawl runs without a download delay (mirror mode, or
  politeness turned off), where pages arrive faster than one core extracts them; ``off`` for a
  polite crawl, which waits seconds between requests and has the time to spare.

If the worker cannot start or dies, the error is logged (which fails the run's monitors), the
articles it had not answered are counted in ``returnwatch/store_errors`` (they were not marked
seen: the next run fetches them again), and the crawl goes on with the chain in this process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from pipelines.chain import ArticleChain, ChainSettings
from pipelines.worker import Report, WorkerError, WorkerProcess, apply_report
from scrapers.items import ArticleItem
from scrapers.storage import SeenWriter, route_seen_marks, store_for

logger = logging.getLogger(__name__)

MODES = ("auto", "on", "off")
POLL_SECONDS = 0.5  # how often reports are read, and a partial batch sent, between items


def use_worker(mode: str, download_delay: float) -> bool:
    """Whether the chain runs in the worker, for a ``RETURNWATCH_ARTICLE_WORKER`` value."""
    mode = str(mode).strip().lower()
    if mode not in MODES:
        raise NotConfigured(f"RETURNWATCH_ARTICLE_WORKER must be one of {MODES}, not {mode!r}")
    return mode == "on" or (mode == "auto" and download_delay <= 0)


class HandOffPipeline:
    def __init__(
        self,
        settings: ChainSettings,
        in_worker: bool = False,
        stats: Any = None,
        store: Any = None,
        log_level: str = "INFO",
        route_seen: Callable[[SeenWriter | None], None] | None = None,
    ):
        """``store`` is the open store the chain uses in this process (the worker opens its
        own from ``settings.db``); ``route_seen`` sends the crawl's seen marks to the worker
        while it runs (``scrapers.storage.route_seen_marks``)."""
        self.route_seen = route_seen
        self.settings = settings
        self.in_worker = in_worker
        self.stats = stats
        self.store = store
        self.log_level = log_level
        self.chain: ArticleChain | None = None
        self.worker: WorkerProcess | None = None
        self._timer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HandOffPipeline:
        settings = crawler.settings
        chain_settings = ChainSettings.from_settings(settings)
        in_worker = use_worker(
            settings.get("RETURNWATCH_ARTICLE_WORKER", "auto"), settings.getfloat("DOWNLOAD_DELAY")
        )
        store = store_for(crawler) if chain_settings.uses_store and not in_worker else None
        return cls(
            chain_settings,
            in_worker,
            crawler.stats,
            store,
            settings.get("LOG_LEVEL"),
            partial(route_seen_marks, crawler),
        )

    def open_spider(self) -> None:
        if self.in_worker:
            self.worker = WorkerProcess(self.settings, self.log_level)
            try:
                self.worker.start()
            except (OSError, WorkerError) as exc:
                self._worker_failed(exc)
            else:
                self._route_seen(self.worker.mark_seen)
        if self.worker is None:
            self._local_chain()
        self._start_timer()

    def _local_chain(self) -> ArticleChain:
        if self.chain is None:
            if self.store is None and self.settings.uses_store:
                from output.store import open_store

                self.store = open_store(self.settings.db)
            self.chain = ArticleChain.build(self.settings, self.stats, self.store)
            self.chain.open()
        return self.chain

    def _start_timer(self) -> None:
        from twisted.internet import task

        interval = POLL_SECONDS if self.worker is not None else self.settings.flush_seconds
        if interval > 0:
            self._timer = task.LoopingCall(self._tick)
            self._timer.start(interval, now=False)

    def _tick(self) -> None:
        """Between items: the worker's reports and a partial batch; the local store's flush."""
        if self.worker is not None:
            try:
                self.worker.send_pending()
                self._apply(self.worker.reports())
            except WorkerError as exc:
                self._worker_failed(exc)
        elif self.chain is not None:
            self.chain.flush_if_due()

    def _apply(self, reports: list[Report]) -> None:
        for report in reports:
            apply_report(report, self.stats)

    def _worker_failed(self, exc: Exception) -> None:
        """Log and count the articles lost with the worker; go on with a local chain."""
        lost = self.worker.unanswered + len(self.worker.pending) if self.worker else 0
        logger.error(
            "%s; %d articles not stored (fetched again next run); going on in this process",
            exc,
            lost,
        )
        if self.stats is not None and lost:
            self.stats.inc_value("returnwatch/store_errors", lost)
        if self.worker is not None:
            self._route_seen(None)
            self.worker.stop(timeout=1.0)
            self.worker = None

    def _route_seen(self, writer: SeenWriter | None) -> None:
        if self.route_seen is not None and self.settings.uses_store:
            self.route_seen(writer)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.worker is not None:
            try:
                self._apply(self.worker.submit(item))
                return item
            except WorkerError as exc:
                self._worker_failed(exc)
        return self._local_chain().process(item)

    def close_spider(self) -> Any:
        """Write everything; with the worker, wait for it in a thread (a Deferred)."""
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if self.worker is None:
            if self.chain is not None:
                self.chain.close()
            return None
        from twisted.internet.threads import deferToThread

        worker = self.worker
        self._route_seen(None)
        finished = deferToThread(worker.finish, 60.0)
        finished.addCallbacks(self._apply, self._finish_failed)
        return finished

    def _finish_failed(self, failure: Any) -> None:
        exc = failure.value
        if not isinstance(exc, WorkerError):
            failure.raiseException()
        self._worker_failed(exc)
