"""Hand relevant articles to the article chain, in this process or in the article worker.

The last item pipeline of the crawl. Behind it runs ``pipelines.chain.ArticleChain``
(extraction, record validation, store, JSONL), either here or in a second process
(``pipelines.worker``) as ``RETURNWATCH_ARTICLE_WORKER`` says:

- ``on``: in the worker from the start. The crawl process only fetches and parses; the worker
  uses a second core. Its statistics and log records come back to this process as it works.
- ``off``: here, as ordinary pipeline steps.
- ``auto`` (default): here for a polite crawl, which waits seconds between requests and has
  the time to spare. A crawl without download delay (mirror mode, politeness off), where pages
  arrive faster than one core extracts them, holds its first articles back: when
  ``RETURNWATCH_ARTICLE_WORKER_AFTER`` have come, they and all later ones go to a worker (if a
  core is spare: one worker per spare core at most in a crawl process); when the crawl ends
  first, or they have waited ``RETURNWATCH_STORE_FLUSH_SECONDS``, they are processed here, as
  is everything after. A big fast crawl thus never loads the extraction in this process, and a
  small one never starts a worker (about a second and 100 MB).

If the worker cannot start or dies, the error is logged (which fails the run's monitors) and
the chain goes on here, starting with the articles the worker had not written: nothing handed
over is lost (an article it wrote just before dying is written again, which the store's
idempotent writes make harmless).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from pipelines.chain import ArticleChain, ChainSettings
from pipelines.worker import Report, WorkerError, WorkerProcess, apply_report, spare_core
from scrapers.items import ArticleItem
from scrapers.storage import SeenWriter, route_seen_marks, store_for

logger = logging.getLogger(__name__)

MODES = ("auto", "on", "off")
POLL_SECONDS = 0.5  # how often reports are read, and a partial batch sent, between items
STARTED_STAT = "returnwatch/article_worker/started"
FAILED_STAT = "returnwatch/article_worker/failed"  # died: its articles were processed here
FINISH_TIMEOUT = 60.0  # seconds the worker may take to exit once it has written everything


def worker_after(mode: str, download_delay: float, after: int) -> int | None:
    """After how many articles the chain moves to the worker (0: from the start; None:
    never), for a ``RETURNWATCH_ARTICLE_WORKER`` value."""
    mode = str(mode).strip().lower()
    if mode not in MODES:
        raise NotConfigured(f"RETURNWATCH_ARTICLE_WORKER must be one of {MODES}, not {mode!r}")
    if mode == "on":
        return 0
    if mode == "auto" and download_delay <= 0:
        return max(0, after)
    return None


class HandOffPipeline:
    def __init__(
        self,
        settings: ChainSettings,
        after: int | None = None,
        stats: Any = None,
        store: Any = None,
        log_level: str = "INFO",
        route_seen: Callable[[SeenWriter | None], None] | None = None,
        poll_seconds: float = POLL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        """``after``: articles to wait for before deciding for a worker (0: the worker from
        the start; None: never, all here). ``store`` is the open store the chain uses in this process
        (the worker opens its own from ``settings.db``); ``route_seen`` sends the crawl's seen
        marks to the worker while it runs (``scrapers.storage.route_seen_marks``);
        ``poll_seconds`` 0 starts no timer (reports are then read as items come)."""
        self.settings = settings
        self.after = after
        self.stats = stats
        self.store = store
        self.log_level = log_level
        self.route_seen = route_seen
        self.poll_seconds = poll_seconds
        self.clock = clock
        # auto: articles held until there are ``after`` of them (a worker takes them) or they
        # waited ``flush_seconds`` (processed here, as is everything after): a big fast crawl
        # never loads the extraction in this process, a small one never starts a worker
        self.waiting: list[ArticleItem] = []
        self.waiting_since = 0.0
        self.chain: ArticleChain | None = None
        self.worker: WorkerProcess | None = None
        self._timer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HandOffPipeline:
        settings = crawler.settings
        chain_settings = ChainSettings.from_settings(settings)
        after = worker_after(
            settings.get("RETURNWATCH_ARTICLE_WORKER", "auto"),
            settings.getfloat("DOWNLOAD_DELAY"),
            settings.getint("RETURNWATCH_ARTICLE_WORKER_AFTER", 50),
        )
        return cls(
            chain_settings,
            after,
            crawler.stats,
            store_for(crawler) if chain_settings.uses_store else None,
            settings.get("LOG_LEVEL"),
            partial(route_seen_marks, crawler),
        )

    def open_spider(self) -> None:
        if self.after == 0:
            self._start_worker()
        if self.poll_seconds > 0:
            from twisted.internet import task

            self._timer = task.LoopingCall(self.tick)
            self._timer.start(self.poll_seconds, now=False)

    def _start_worker(self) -> None:
        """Move the chain to a worker: what this process's chain buffers is written first."""
        if self.chain is not None:
            self.chain.close()
            self.chain = None
        worker = WorkerProcess(self.settings, self.log_level)
        try:
            worker.start()
        except (OSError, WorkerError) as exc:
            self.after = None
            logger.error("%s; the article chain stays in the crawl process", exc)
            return
        self.worker = worker
        self._route_seen(worker.mark_seen)
        if self.stats is not None:
            self.stats.inc_value(STARTED_STAT)

    def _decide(self) -> None:
        """Enough articles waited: to a worker if a core is spare, else here for good."""
        if spare_core():
            self._start_worker()
        if self.worker is None:
            self.after = None
            self._flush_waiting()
            return
        waiting, self.waiting = self.waiting, []
        for item in waiting:
            self._submit(item)

    def _submit(self, item: ArticleItem) -> None:
        assert self.worker is not None
        try:
            self._apply(self.worker.submit(item))
        except WorkerError as exc:
            self._worker_failed(exc)  # the item was handed over: processed with the rest

    def _local_chain(self) -> ArticleChain:
        if self.chain is None:
            if self.store is None and self.settings.uses_store:
                from output.store import open_store

                self.store = open_store(self.settings.db)
            self.chain = ArticleChain.build(self.settings, self.stats, self.store)
            self.chain.open()
        return self.chain

    def tick(self) -> None:
        """Between items: the worker's reports and a partial batch; the local store's flush;
        articles that waited too long for a worker decision are processed here."""
        if self.waiting and self.clock() - self.waiting_since >= self.settings.flush_seconds:
            self.after = None
            self._flush_waiting()
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
        """Go on without the worker: what it had not written is processed here."""
        worker, self.worker = self.worker, None
        self.after = None  # not again
        if worker is None:
            return
        self._route_seen(None)
        worker.stop(timeout=1.0)
        items = worker.take_unwritten()
        if self.stats is not None:
            self.stats.inc_value(FAILED_STAT)
        logger.error(
            "%s; its %d unwritten articles are processed in the crawl process", exc, len(items)
        )
        chain = self._local_chain()
        chain.process_all(items, self.stats)

    def _route_seen(self, writer: SeenWriter | None) -> None:
        if self.route_seen is not None and self.settings.uses_store:
            self.route_seen(writer)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.worker is not None:
            self._submit(item)
            return item
        if self.after is None:
            return self._local_chain().process(item)
        if not self.waiting:
            self.waiting_since = self.clock()
        self.waiting.append(item)
        if len(self.waiting) >= self.after:
            self._decide()
        return item

    def close_spider(self) -> Any:
        """Write everything; with the worker, wait for it in a thread (a Deferred)."""
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self._flush_waiting()
        if self.worker is None:
            self._close_chain()
            return None
        from twisted.internet.threads import deferToThread

        self._route_seen(None)
        finished = deferToThread(self.worker.finish, FINISH_TIMEOUT)
        finished.addCallbacks(self._finished, self._finish_failed)
        return finished

    def close(self) -> None:
        """``close_spider`` for a caller without a reactor: waits for the worker here."""
        self._flush_waiting()
        if self.worker is None:
            self._close_chain()
            return
        self._route_seen(None)
        try:
            reports = self.worker.finish(FINISH_TIMEOUT)
        except WorkerError as exc:
            self._worker_failed(exc)
            self._close_chain()
            return
        self._finished(reports)

    def _finished(self, reports: list[Report]) -> None:
        self._apply(reports)
        self.worker = None

    def _finish_failed(self, failure: Any) -> None:
        exc = failure.value
        if not isinstance(exc, WorkerError):
            failure.raiseException()
        self._worker_failed(exc)
        self._close_chain()

    def _flush_waiting(self) -> None:
        """Process here the articles held back for a worker that will not come (the crawl
        ended, they waited too long, or no core is spare)."""
        if self.waiting:
            waiting, self.waiting = self.waiting, []
            self._local_chain().process_all(waiting, self.stats)

    def _close_chain(self) -> None:
        if self.chain is not None:
            self.chain.close()
            self.chain = None
