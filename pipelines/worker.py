"""The article worker: a second process that runs the article chain for the crawl process.

Extracting, validating and storing an article costs the crawl process about as much CPU as
fetching and parsing it (``bench/bench_crawl.py``), so on a fast crawl (mirror mode, politeness
off) one core is the limit. ``WorkerProcess`` (the crawl's end) starts ``python -m
pipelines.worker`` and hands it relevant articles in small batches over a pipe; the worker runs
``pipelines.chain.ArticleChain`` on them (the same code the crawl process runs otherwise) and
answers each batch with what the crawl must know: its statistics changes and its log records,
which the crawl applies to its own stats and log, where progress, monitors and the run record
read them.

What a killed crawl keeps is unchanged: the worker stores each article (document, records, seen
mark) in one transaction per store batch, and when the crawl process disappears (its end of the
pipe closes) the worker exits without writing what it still buffers, which is therefore not
marked seen and is fetched again next run. On a graceful stop (Ctrl-C, SIGTERM) the crawl tells
the worker to write everything first: the worker ignores those signals itself, which reach the
whole process group.

Messages (pickled, over ``multiprocessing.connection.Connection`` on two pipes):
crawl -> worker: ``("start", ChainSettings, log_level)``, ``("articles", [ArticleItem])``,
``("seen", [(url, content_hash, kind)])`` (URLs the crawl process marks seen, written with the
next store batch: see ``scrapers.storage.mark_seen``), ``("close",)``; worker -> crawl:
``Report`` (kind "ready", "done", "closed" or "failed"). The worker reads its pipe in a thread,
so the crawl's writes never wait for a batch being processed.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, ClassVar, NoReturn

from sqlalchemy.exc import SQLAlchemyError

from output.store.errors import StoreError
from pipelines.chain import ArticleChain, ChainSettings
from scrapers.items import ArticleItem

logger = logging.getLogger(__name__)


class WorkerError(RuntimeError):
    """The worker process failed to start or died; the message says how."""


@dataclass
class Report:
    """What the worker tells the crawl after starting, after each batch and at the end."""

    kind: str  # "ready" | "done" | "closed" | "failed"
    articles: int = 0  # articles of the batch answered ("done")
    buffered: int = 0  # articles processed but not yet written (the store's next batch)
    sets: dict[str, Any] = field(default_factory=dict)
    increments: dict[str, int] = field(default_factory=dict)
    logs: list[tuple[str, int, str]] = field(default_factory=list)  # (logger, level, message)
    error: str = ""  # "failed": why


class StatsRecorder:
    """A stats collector that records changes, to be replayed on the crawl's collector.

    Values set are sent as such and applied before the increments of the same report (the
    chain only sets values when it opens, before anything is counted)."""

    def __init__(self) -> None:
        self.sets: dict[str, Any] = {}
        self.increments: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.increments[key] = self.increments.get(key, start) + count

    def set_value(self, key: str, value: Any) -> None:
        self.sets[key] = value
        self.increments.pop(key, None)

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.increments.get(key, self.sets.get(key, default))

    def take(self) -> tuple[dict[str, Any], dict[str, int]]:
        """The changes since the last call."""
        changes = (self.sets, self.increments)
        self.sets, self.increments = {}, {}
        return changes


def apply_report(report: Report, stats: Any) -> None:
    """Replay a report's statistics and log records in the crawl process."""
    if stats is not None:
        for key, value in report.sets.items():
            stats.set_value(key, value)
        for key, count in report.increments.items():
            stats.inc_value(key, count)
    for name, level, message in report.logs:
        logging.getLogger(name).log(level, "%s", message)


class LogForwarder(logging.Handler):
    """Keeps the worker's log records (message and traceback) for the next report."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(message)s"))
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, self.format(record)))

    def take(self) -> list[tuple[str, int, str]]:
        records, self.records = self.records, []
        return records


# --- the worker's end ----------------------------------------------------------------------


class Worker:
    """The chain plus what a report needs; one per worker process."""

    def __init__(self, chain: ArticleChain, stats: StatsRecorder, logs: LogForwarder):
        self.chain = chain
        self.stats = stats
        self.logs = logs

    def report(self, kind: str, articles: int = 0) -> Report:
        sets, increments = self.stats.take()
        store = self.chain.mention_store
        buffered = len(store.pending) if store is not None else 0
        return Report(kind, articles, buffered, sets, increments, self.logs.take())

    def process(self, items: list[ArticleItem]) -> Report:
        self.chain.process_all(items, self.stats)
        self.chain.flush_if_due()
        return self.report("done", len(items))


def _read_into(incoming: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    """Move messages from the pipe to ``inbox`` as they come; None when the pipe closes."""
    try:
        while True:
            inbox.put(incoming.recv())
    except (EOFError, OSError):
        inbox.put(None)


def serve(incoming: Connection, outgoing: Connection) -> int:
    """The worker's loop: answer batches until told to close or the crawl process is gone."""
    _kind, settings, level = incoming.recv()
    logs = LogForwarder()
    logging.basicConfig(level=level, handlers=[logs], force=True)
    stats = StatsRecorder()
    try:
        chain = ArticleChain.build(settings, stats)
        chain.open()
    except (StoreError, SQLAlchemyError, OSError) as exc:  # the crawl says so, goes on alone
        outgoing.send(Report("failed", error=f"{type(exc).__name__}: {exc}"))
        return 1
    worker = Worker(chain, stats, logs)
    outgoing.send(worker.report("ready"))
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read_into, args=(incoming, inbox), daemon=True).start()
    wait = settings.flush_seconds if settings.flush_seconds > 0 else None
    while True:
        try:
            message = inbox.get(timeout=wait)
        except queue.Empty:
            chain.flush_if_due()
            continue
        if message is None:
            return 0  # the crawl process is gone: what is buffered stays unstored and unseen
        if message[0] == "articles":
            outgoing.send(worker.process(message[1]))
        elif message[0] == "seen":
            chain.mark_seen(message[1])
        else:
            chain.close()
            if chain.store is not None:
                chain.store.close()
            outgoing.send(worker.report("closed"))
            return 0


def main(argv: list[str]) -> NoReturn:
    """The worker's loop over its pipes (``python -m pipelines.worker_main IN_FD OUT_FD PARENT``,
    started by WorkerProcess, not by hand)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    incoming = Connection(int(argv[0]), writable=False)
    outgoing = Connection(int(argv[1]), readable=False)
    code = serve(incoming, outgoing)
    # Everything is written and the store closed: skip the interpreter's teardown (freeing
    # every object of a long crawl one by one), which the crawl would otherwise wait for.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


# --- the crawl's end -----------------------------------------------------------------------


def spare_core() -> bool:
    """Whether another worker would have a core of its own (one is the crawl process's)."""
    return WorkerProcess.live < (os.cpu_count() or 1) - 1


class WorkerProcess:
    """Starts the worker and talks to it: ``submit`` articles, ``reports`` as they come,
    ``finish`` at the end. Articles go over in batches of ``batch_size``; when more than
    ``max_backlog`` are unanswered, ``submit`` waits for answers (the crawl slows to the
    worker's pace instead of queueing without bound)."""

    live: ClassVar[int] = 0  # workers of this process started and not stopped

    def __init__(
        self,
        settings: ChainSettings,
        log_level: str = "INFO",
        batch_size: int = 16,
        max_backlog: int = 1000,
    ):
        self.settings = settings
        self.log_level = log_level
        self.batch_size = batch_size
        self.max_backlog = max_backlog
        self.pending: list[ArticleItem] = []
        self.pending_seen: list[tuple[str, str, str]] = []
        self.unanswered = 0  # articles sent and not answered yet
        # Every article handed over whose writing the worker has not confirmed, in order: if
        # the worker dies they are processed again in the crawl process (``take_unwritten``).
        self.unwritten: deque[ArticleItem] = deque()
        self.answered = 0  # articles answered since the first one still in ``unwritten``
        self.process: subprocess.Popen[bytes] | None = None
        self.outgoing: Connection | None = None
        self.incoming: Connection | None = None
        self.counted = False  # in ``live``

    def start(self) -> None:
        to_worker_r, to_worker_w = os.pipe()
        from_worker_r, from_worker_w = os.pipe()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pipelines.worker_main",
                str(to_worker_r),
                str(from_worker_w),
                str(os.getpid()),  # the worker ends when this process is gone
            ],
            pass_fds=(to_worker_r, from_worker_w),
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": _python_path()},
        )
        os.close(to_worker_r)
        os.close(from_worker_w)
        WorkerProcess.live += 1
        self.counted = True
        self.outgoing = Connection(to_worker_w, readable=False)
        self.incoming = Connection(from_worker_r, writable=False)
        self._send(("start", self.settings, self.log_level))

    def _send(self, message: tuple[Any, ...]) -> None:
        assert self.outgoing is not None, "start() first"
        try:
            self.outgoing.send(message)
        except OSError as exc:
            raise WorkerError(f"article worker gone ({self._exit()}): {exc}") from exc

    def _receive(self) -> Report:
        assert self.incoming is not None, "start() first"
        try:
            report: Report = self.incoming.recv()
        except (EOFError, OSError) as exc:
            raise WorkerError(f"article worker gone ({self._exit()})") from exc
        if report.kind == "failed":
            raise WorkerError(f"article worker could not start: {report.error}")
        self.unanswered -= report.articles
        self.answered += report.articles
        while self.answered > report.buffered:  # the oldest answered ones are written
            self.unwritten.popleft()
            self.answered -= 1
        return report

    def take_unwritten(self) -> list[ArticleItem]:
        """The articles handed over and not confirmed written (the worker died), oldest first;
        the worker is forgotten."""
        items = list(self.unwritten)
        self.unwritten.clear()
        self.pending.clear()
        self.unanswered = self.answered = 0
        return items

    def _exit(self) -> str:
        code = self.process.poll() if self.process is not None else None
        return "still running" if code is None else f"exit status {code}"

    def submit(self, item: ArticleItem) -> list[Report]:
        """Queue an article; returns the reports that were waiting (or had to be waited for)."""
        self.pending.append(item)
        self.unwritten.append(item)
        if len(self.pending) >= self.batch_size:
            self.send_pending()
        reports = self.reports()
        while self.unanswered > self.max_backlog:
            reports.append(self._receive())
        return reports

    def mark_seen(self, url: str, content_hash: str, kind: str) -> None:
        """A URL for the worker to mark seen with its next store batch (sent with the next
        articles, or by ``send_pending``)."""
        self.pending_seen.append((url, content_hash, kind))

    def send_pending(self) -> None:
        if self.pending_seen:
            seen, self.pending_seen = self.pending_seen, []
            self._send(("seen", seen))
        if self.pending:
            batch, self.pending = self.pending, []
            self.unanswered += len(batch)
            self._send(("articles", batch))

    def reports(self) -> list[Report]:
        """The reports that have arrived, without waiting."""
        assert self.incoming is not None, "start() first"
        reports = []
        while self.incoming.poll(0):
            reports.append(self._receive())
        return reports

    def finish(self, timeout: float | None = None) -> list[Report]:
        """Send what is pending, let the worker write everything and exit; every report up to
        the last ("closed"). Blocks: the crawl calls it from a thread."""
        self.send_pending()
        self._send(("close",))
        reports = [self._receive()]
        while reports[-1].kind != "closed":
            reports.append(self._receive())
        self.stop(timeout)
        return reports

    def stop(self, timeout: float | None = 10.0) -> None:
        """Close the pipes and reap the process (killed if it does not exit in ``timeout``)."""
        for conn in (self.outgoing, self.incoming):
            if conn is not None:
                conn.close()
        self.outgoing = self.incoming = None
        if self.process is not None:
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.counted:
            WorkerProcess.live -= 1
            self.counted = False


def _python_path() -> str:
    """The crawl's import path for the worker (a scrapyd egg or a checkout not installed)."""
    return os.pathsep.join(os.path.abspath(entry) if entry else os.getcwd() for entry in sys.path)
