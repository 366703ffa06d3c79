"""Running the extraction stage: batches of stored documents over a bounded process pool.

``ExtractionStage`` takes the documents the store has not extracted yet, in batches, and hands
each batch to a ``concurrent.futures.ProcessPoolExecutor`` of at most the spare cores
(``os.cpu_count() - 1``, at least 1; ``RETURNWATCH_EXTRACTION_WORKERS``), or runs it in this
process when the setting is 0. The caller calls ``pump`` whenever it has time (the crawl: a
reactor timer; ``ingest`` and ``process``: ``drain``) and gets every ``BatchResult`` through
its ``on_result``. ``drain`` is the end of a run: the caller only waits then, so its own core
is spare too, and when documents are waiting one more worker takes it.

Worker processes come from multiprocessing's fork server (a clean interpreter: a child forked
from the crawl itself would share its open SQLite descriptors, and closing them drops the
crawl's locks), which warms up once before its first fork (``pipelines.forkserver``), and die
with the crawl: ``pipelines.deathwatch`` watches for it first thing in each worker. A worker
killed in mid-batch leaves that batch unextracted (its transaction never commits): the next
run of the stage takes it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import Counter
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


def is_auto(value: str | int | None) -> bool:
    """Whether a ``RETURNWATCH_EXTRACTION_WORKERS`` value leaves the count to the machine."""
    return str(value if value is not None else "").strip().lower() in ("", "auto")


def worker_count(value: str | int | None) -> int:
    """Worker processes for a ``RETURNWATCH_EXTRACTION_WORKERS`` value: "" or "auto" = the
    spare cores, a number is capped at them, 0 = none (extraction in this process)."""
    if is_auto(value):
        return spare_cores()
    try:
        wanted = int(str(value).strip())
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
    # one more worker on the caller's core once the caller only waits (``drain``): only when
    # the count was left to the machine, never past a number the user gave
    spare_core: bool = False


# -- in each worker process ------------------------------------------------------------------
_worker_store: dict[str | None, Store] = {}  # the worker's own open store, opened on first use


def _worker_batch(db: str | None, doc_ids: list[str], max_chars: int, lines: bool) -> BatchResult:
    if db not in _worker_store:
        _worker_store[db] = open_store(db)
    return extract_batch(_worker_store[db], doc_ids, max_chars, lines)


def _context() -> multiprocessing.context.ForkServerContext:
    """The fork server, which warms up before its first fork (``pipelines.forkserver``): its
    workers start warm in milliseconds, watched."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.forkserver"])
    return context


def _ready() -> None:
    """Nothing: what a worker is given first, to start it."""


def _start_workers(pool: ProcessPoolExecutor, workers: int) -> None:
    """Start the pool's processes now, not when the first batch comes: the fork server starts
    and warms up while the crawl starts, and the first documents find a worker ready. A pool
    that cannot start (its fork server died, or the run already closed it) is only logged
    here: the first batch meets it and the stage goes on in the caller's process."""
    for _ in range(workers):
        try:
            pool.submit(_ready)
        except (BrokenProcessPool, RuntimeError) as exc:
            logger.error("extraction workers could not start: %s", exc)
            return


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
        self.pools: list[ProcessPoolExecutor] = []  # the stage's workers; one more in drain()
        self.sizes: list[int] = []  # each pool's worker processes
        self.pool_of: dict[Future[BatchResult], int] = {}  # which pool has a batch
        self.starting: threading.Thread | None = None  # start()'s, while it starts the workers
        self.fetchers: dict[int, bool] = {}  # the crawlers feeding the stage: still fetching?
        self.running: dict[Future[BatchResult], list[str]] = {}
        self.failed: set[str] = set()  # not extracted in this run (named in an error)
        self.last_pump = float("-inf")

    def start(self) -> None:
        """The worker processes' pool, its processes started at once, beside the crawl: a
        thread asks for them, since the fork server answers only once it has warmed up."""
        if self.settings.workers > 0 and not self.pools:
            pool = self._add_pool(self.settings.workers)
            self.starting = threading.Thread(
                target=_start_workers, args=(pool, self.settings.workers), daemon=True
            )
            self.starting.start()

    def _add_pool(self, workers: int) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_context(),
            initializer=deathwatch.start,
            initargs=(os.getpid(),),
        )
        self.pools.append(pool)
        self.sizes.append(workers)
        return pool

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
        slots = max(1, BATCHES_PER_WORKER * sum(self.sizes)) - len(self.running)
        if slots <= 0 or (self.starting is not None and self.starting.is_alive()):
            return  # (while the workers start, the pool is busy starting them)
        for batch in self._next_batches(slots):
            if not self.pools:
                self._deliver(batch, self._run_here(batch))
                return  # one batch at a time here: the caller has other work
            pool = self._least_busy()
            future = self.pools[pool].submit(
                _worker_batch,
                self.settings.db,
                batch,
                self.settings.max_chars,
                self.settings.lines,
            )
            self.running[future] = batch
            self.pool_of[future] = pool

    def _least_busy(self) -> int:
        """The pool with the fewest batches in hand for its size."""
        held = Counter(self.pool_of[f] for f in self.running)
        return min(range(len(self.pools)), key=lambda i: held[i] / self.sizes[i])

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
        self.pool_of.pop(future, None)
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
        if not self.pools:
            return
        logger.error("extraction worker process died (%s); extracting in this process", exc)
        pools, self.pools, self.sizes = self.pools, [], []
        for pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)
        self.settings = StageSettings(**{**self.settings.__dict__, "workers": 0})

    def _deliver(self, batch: list[str], result: BatchResult) -> None:
        self.failed.update(set(batch) - set(result.report.stored))
        self.on_result(result)

    def drain(self) -> None:
        """Extract until no document is left (the end of a run). The caller does nothing else
        meanwhile, so the core it used is spare too: with a backlog, one more worker takes it."""
        if self.starting is not None:
            self.starting.join()
        self._add_spare_worker()
        while True:
            self.pump(force=True)
            if self.running:
                wait(list(self.running), timeout=1.0, return_when=FIRST_COMPLETED)
            elif not self.busy():
                return

    def fetching(self, fetcher: object) -> None:
        """A crawler fetching documents for this stage has started."""
        self.fetchers[id(fetcher)] = True

    def done_fetching(self, fetcher: object) -> None:
        """That crawler has nothing left to fetch; once no crawler has, the crawl's own core is
        spare, as in ``drain``."""
        self.fetchers[id(fetcher)] = False
        if not any(self.fetchers.values()):
            self._add_spare_worker()

    def _add_spare_worker(self) -> None:
        """One more worker, forked warm, when the count was left to the machine, another core
        is there and documents wait beyond the batches in hand."""
        cores = os.cpu_count() or 1
        if (
            self.settings.spare_core
            and len(self.pools) == 1
            and cores > self.settings.workers
            and self._next_batches(1)
        ):
            _start_workers(self._add_pool(1), 1)

    def close(self) -> None:
        """Stop the workers; batches not finished stay unextracted (the next run takes them)."""
        pools, self.pools, self.sizes = self.pools, [], []
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)
        self.running.clear()
        self.pool_of.clear()
