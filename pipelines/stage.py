"""Running the extraction stage: batches of stored documents over a bounded process pool.

``ExtractionStage`` takes the documents the store has not extracted yet, in batches, and hands
each batch to a ``concurrent.futures.ProcessPoolExecutor`` of at most the spare cores
(``os.cpu_count() - 1``, at least 1; ``RETURNWATCH_EXTRACTION_WORKERS``), or runs it in this
process when the setting is 0. The caller calls ``pump`` whenever it has time (the crawl: a
reactor timer; ``ingest`` and ``process``: ``drain``) and gets every ``BatchResult`` through
its ``on_result``.

Worker processes come from multiprocessing's fork server (a clean interpreter: a child forked
from the crawl itself would share its open SQLite descriptors, and closing them drops the
crawl's locks), and die with the crawl: ``pipelines.deathwatch`` watches for it first thing in
each worker. A worker killed in mid-batch leaves that batch unextracted (its transaction
never commits): the next run of the stage takes it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from extract.api import MAX_DOCUMENT_CHARS
from output.store import Store, open_store
from pipelines import deathwatch
from pipelines.extraction import BatchResult, extract_batch

logger = logging.getLogger(__name__)

PUMP_INTERVAL = 0.05  # pump() does nothing when called again sooner
# Batches handed to each worker at a time: one being extracted, the next ones waiting, so a
# worker never idles between two pumps.
BATCHES_PER_WORKER = 3


def spare_cores() -> int:
    """The cores the crawl process leaves free: all but one, at least one."""
    return max(1, (os.cpu_count() or 1) - 1)


def worker_count(value: str | int | None) -> int:
    """Worker processes for a ``RETURNWATCH_EXTRACTION_WORKERS`` value: "" or "auto" = the
    spare cores, a number is capped at them, 0 = none (extraction in this process)."""
    text = str(value if value is not None else "").strip().lower()
    if text in ("", "auto"):
        return spare_cores()
    try:
        wanted = int(text)
    except ValueError:
        raise ValueError(
            f"RETURNWATCH_EXTRACTION_WORKERS must be a number or auto, not {value!r}"
        ) from None
    return max(0, min(wanted, spare_cores()))


@dataclass(frozen=True)
class StageSettings:
    """What the stage needs, as plain values (the worker processes receive them)."""

    db: str | None
    workers: int = 0
    batch_size: int = 50  # RETURNWATCH_EXTRACTION_BATCH
    max_chars: int = MAX_DOCUMENT_CHARS  # RETURNWATCH_MAX_DOCUMENT_CHARS
    lines: bool = False  # return the records as JSON lines (for a JSONL output)


# -- in each worker process ------------------------------------------------------------------
_worker_store: dict[str | None, Store] = {}  # the worker's own open store, opened on first use


def _worker_batch(db: str | None, doc_ids: list[str], max_chars: int, lines: bool) -> BatchResult:
    if db not in _worker_store:
        _worker_store[db] = open_store(db)
    return extract_batch(_worker_store[db], doc_ids, max_chars, lines)


def _context() -> multiprocessing.context.ForkServerContext:
    """The fork server, preloading the watch only: its workers start in milliseconds, watched."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.deathwatch"])
    return context


# -- in the process that runs the stage ------------------------------------------------------
class ExtractionStage:
    """Extracts the store's unextracted documents as they come; see the module docstring."""

    def __init__(
        self,
        settings: StageSettings,
        store: Store,
        on_result: Callable[[BatchResult], None],
        clock: Callable[[], float] = time.monotonic,
    ):
        self.settings = settings
        self.store = store
        self.on_result = on_result
        self.clock = clock
        self.pool: ProcessPoolExecutor | None = None
        self.running: dict[Future[BatchResult], list[str]] = {}
        self.failed: set[str] = set()  # not extracted in this run (named in an error)
        self.last_pump = float("-inf")

    def start(self) -> None:
        """The worker processes' pool (the processes start with the first batch)."""
        if self.settings.workers > 0 and self.pool is None:
            self.pool = ProcessPoolExecutor(
                max_workers=self.settings.workers,
                mp_context=_context(),
                initializer=deathwatch.start,
                initargs=(os.getpid(),),
            )

    def busy(self, site: str | None = None) -> bool:
        """Whether documents (of ``site``) are still to be extracted in this run."""
        if site is None and self.running:
            return True
        waiting = self.store.unextracted(len(self.failed) + 1, site=site)
        return any(doc_id not in self.failed for doc_id in waiting)

    def pump(self, force: bool = False) -> None:
        """Hand on finished batches, and start new ones while workers are free."""
        now = self.clock()
        if not force and now - self.last_pump < PUMP_INTERVAL:
            return
        self.last_pump = now
        for future in [f for f in self.running if f.done()]:
            self._finished(future)
        slots = max(1, BATCHES_PER_WORKER * self.settings.workers) - len(self.running)
        if slots <= 0:
            return
        for batch in self._next_batches(slots):
            if self.pool is None:
                self._deliver(batch, self._run_here(batch))
                return  # one batch at a time here: the caller has other work
            future = self.pool.submit(
                _worker_batch,
                self.settings.db,
                batch,
                self.settings.max_chars,
                self.settings.lines,
            )
            self.running[future] = batch

    def _next_batches(self, count: int) -> list[list[str]]:
        taken = {doc_id for batch in self.running.values() for doc_id in batch} | self.failed
        size = self.settings.batch_size
        candidates = self.store.unextracted(size * count + len(taken))
        fresh = [doc_id for doc_id in candidates if doc_id not in taken]
        return [fresh[i : i + size] for i in range(0, len(fresh), size)][:count]

    def _run_here(self, batch: list[str]) -> BatchResult:
        return extract_batch(self.store, batch, self.settings.max_chars, self.settings.lines)

    def _finished(self, future: Future[BatchResult]) -> None:
        batch = self.running.pop(future)
        try:
            result = future.result()
        except BrokenProcessPool as exc:
            self._pool_broken(exc)
            result = self._run_here(batch)
        except Exception:  # a bug or a database error on one batch must not stop the run
            logger.exception("extraction of %d documents failed (first %s)", len(batch), batch[0])
            self.failed.update(batch)  # left unextracted: the next run takes them again
            return
        self._deliver(batch, result)

    def _pool_broken(self, exc: BaseException) -> None:
        """A worker died (killed, out of memory): go on in this process, nothing is lost."""
        if self.pool is None:
            return
        logger.error("extraction worker process died (%s); extracting in this process", exc)
        pool, self.pool = self.pool, None
        pool.shutdown(wait=False, cancel_futures=True)
        self.settings = StageSettings(**{**self.settings.__dict__, "workers": 0})

    def _deliver(self, batch: list[str], result: BatchResult) -> None:
        self.failed.update(set(batch) - set(result.report.stored))
        self.on_result(result)

    def drain(self) -> None:
        """Extract until no document is left (the end of a run)."""
        while True:
            self.pump(force=True)
            if self.running:
                wait(list(self.running), timeout=1.0, return_when=FIRST_COMPLETED)
            elif not self.busy():
                return

    def close(self) -> None:
        """Stop the workers; batches not finished stay unextracted (the next run takes them)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self.running.clear()
