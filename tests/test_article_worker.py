"""The article worker (pipelines/worker.py): a real second process running the article chain.

Articles handed to it must end up in the store exactly as the chain in the crawl process would
store them, with the same statistics; seen marks sent to it are written with its batches; and
when it dies, nothing it had not written is lost: the crawl process takes those articles over.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import NotConfigured
from sqlalchemy import text

from output.store import open_store
from pipelines.chain import ArticleChain, ChainSettings
from pipelines.handoff import HandOffPipeline, worker_after
from pipelines.jsonl import JsonlPipeline
from pipelines.worker import Report, StatsRecorder, WorkerError, WorkerProcess, apply_report
from scrapers.items import ArticleItem

DEVSET = Path(__file__).parent / "data" / "devset.jsonl"


class DictStats:
    """The stats collector interface over a dict (Scrapy's needs a crawler)."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] = self.values.get(key, start) + count

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def articles(count: int) -> list[ArticleItem]:
    """Items made from the labelled dev-set articles, as the spiders would hand them over."""
    rows = [json.loads(line) for line in DEVSET.read_text("utf-8").splitlines()][:count]
    return [
        ArticleItem(
            url=row["url"],
            final_url=row["url"],
            site="ccdi",
            title=row.get("title"),
            published=row.get("published"),
            published_text=row.get("published"),
            source_line=None,
            language=row["language"],
            text=row["text"],
            html_hash=f"hash-{i}",
            fetched_at="2026-11-29T00:00:00Z",
            document_id=f"doc-{i}",
        )
        for i, row in enumerate(rows)
    ]


def contents(db: Path) -> dict[str, Any]:
    """What a store holds, without the times of writing."""
    with open_store(db) as store, store.connect() as conn:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return sorted(tuple(r) for r in conn.execute(text(sql)).all())

        return {
            "documents": rows("select id, url, title, text, html_hash from documents"),
            "mentions": rows("select id, document_id, case_id, record from mentions"),
            "cases": rows("select id, name, return_date, countries, method, fields from cases"),
            "seen": rows("select url, content_hash, kind from seen_urls"),
        }


def test_stats_are_replayed_sets_first_then_increments():
    recorder = StatsRecorder()
    recorder.inc_value("a", 2)
    recorder.set_value("errors", 0)
    recorder.inc_value("errors")
    recorder.inc_value("a")
    sets, increments = recorder.take()
    assert (sets, increments) == ({"errors": 0}, {"a": 3, "errors": 1})
    assert recorder.take() == ({}, {})
    stats = DictStats()
    stats.values = {"a": 10, "errors": 5}
    apply_report(Report("done", 2, 0, sets, increments), stats)
    assert stats.values == {"a": 13, "errors": 1}


def test_worker_stores_what_the_chain_in_this_process_stores(tmp_path):
    items = articles(40)
    local, remote = tmp_path / "local.sqlite", tmp_path / "remote.sqlite"
    local_stats = DictStats()
    chain = ArticleChain.build(
        ChainSettings(db=str(local), batch_size=7, output=str(tmp_path / "local.jsonl")),
        local_stats,
    )
    chain.open()
    for item in articles(40):
        chain.process(item)
    chain.mark_seen([("https://www.ccdi.gov.cn/yaowenn/index.html", "h1", "listing")])
    chain.close()

    worker = WorkerProcess(
        ChainSettings(db=str(remote), batch_size=7, output=str(tmp_path / "remote.jsonl")),
        batch_size=5,
    )
    worker.start()
    reports: list[Report] = []
    for item in items:
        reports += worker.submit(item)
    worker.mark_seen("https://www.ccdi.gov.cn/yaowenn/index.html", "h1", "listing")
    reports += worker.finish()
    assert worker.process is not None and worker.process.returncode == 0
    assert reports[0].kind == "ready" and reports[-1].kind == "closed"
    assert sum(r.articles for r in reports) == 40
    remote_stats = DictStats()
    for report in reports:
        apply_report(report, remote_stats)

    assert contents(remote) == contents(local)
    assert len(contents(remote)["mentions"]) == local_stats.values["returnwatch/cases_found"] > 40
    assert remote_stats.values == local_stats.values
    assert remote_stats.values["returnwatch/articles_stored"] == 40
    assert (tmp_path / "remote.jsonl").read_text("utf-8") == (tmp_path / "local.jsonl").read_text(
        "utf-8"
    )
    assert not worker.unwritten  # every article confirmed written


def test_worker_that_cannot_open_the_store_says_why(tmp_path):
    bad = tmp_path / "cases.sqlite"
    bad.write_text("not a database")
    worker = WorkerProcess(ChainSettings(db=str(bad)))
    worker.start()
    with pytest.raises(WorkerError, match=r"could not start: CorruptStoreError: .*cases\.sqlite"):
        worker.finish()
    worker.stop()


def test_a_dead_workers_unwritten_articles_are_stored_by_the_crawl_process(tmp_path, caplog):
    db = tmp_path / "db.sqlite"
    stats = DictStats()
    routed: list[Any] = []
    pipeline = HandOffPipeline(
        ChainSettings(db=str(db), batch_size=100),
        after=0,
        stats=stats,
        route_seen=routed.append,
        poll_seconds=0,
    )
    pipeline.open_spider()
    assert pipeline.worker is not None and routed == [pipeline.worker.mark_seen]
    items = articles(30)
    for item in items[:20]:  # one batch of 16 sent, 4 pending; nothing written (batch of 100)
        pipeline.process_item(item)
    pipeline.worker.mark_seen("https://www.ccdi.gov.cn/toutiaon/index.html", "h", "listing")
    process = pipeline.worker.process
    assert process is not None
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    time.sleep(0.1)
    for item in items[20:]:
        pipeline.process_item(item)
    assert pipeline.worker is None and routed[-1] is None  # seen marks go to the store again
    assert stats.values["returnwatch/article_worker/started"] == 1
    assert stats.values["returnwatch/article_worker/failed"] == 1
    assert "its 21 unwritten articles are processed in the crawl process" in caplog.text
    pipeline.close()
    stored = contents(db)
    assert sorted(d[1] for d in stored["documents"]) == sorted(i.url for i in items)
    assert {s[0] for s in stored["seen"]} == {i.url for i in items}  # the lost mark is refetched


def test_auto_hands_the_waiting_articles_and_the_rest_to_a_worker(tmp_path):
    stats = DictStats()
    pipeline = HandOffPipeline(
        ChainSettings(db=str(tmp_path / "auto.sqlite"), batch_size=100),
        after=5,
        stats=stats,
        poll_seconds=0,
    )
    pipeline.open_spider()
    items = articles(12)
    for item in items[:4]:
        assert pipeline.process_item(item) is item
    assert pipeline.worker is None and pipeline.chain is None  # nothing extracted here
    assert pipeline.waiting == items[:4]
    pipeline.process_item(items[4])
    assert pipeline.worker is not None and pipeline.waiting == []
    assert len(pipeline.worker.unwritten) == 5
    for item in items[5:]:
        pipeline.process_item(item)
    pipeline.close()
    assert pipeline.worker is None and pipeline.chain is None
    stored = contents(tmp_path / "auto.sqlite")
    assert sorted(d[1] for d in stored["documents"]) == sorted(i.url for i in items)
    assert stats.values["returnwatch/articles_stored"] == 12
    assert stats.values["returnwatch/cases_found"] == len(stored["mentions"])


def test_auto_processes_here_what_waited_too_long_or_until_the_end(tmp_path):
    now = [100.0]
    pipeline = HandOffPipeline(
        ChainSettings(db=str(tmp_path / "slow.sqlite"), flush_seconds=5.0),
        after=50,
        poll_seconds=0,
        clock=lambda: now[0],
    )
    pipeline.open_spider()
    items = articles(6)
    for item in items[:3]:
        pipeline.process_item(item)
    now[0] += 4.9
    pipeline.tick()
    assert len(pipeline.waiting) == 3 and pipeline.chain is None
    now[0] += 0.2
    pipeline.tick()  # waited 5.1 s: processed here, and everything after
    assert pipeline.waiting == [] and pipeline.chain is not None and pipeline.after is None
    pipeline.process_item(items[3])
    assert pipeline.waiting == []
    pipeline.close()
    assert len(contents(tmp_path / "slow.sqlite")["documents"]) == 4

    small = HandOffPipeline(
        ChainSettings(db=str(tmp_path / "small.sqlite")), after=50, poll_seconds=0
    )
    small.open_spider()
    for item in items:
        small.process_item(item)
    assert contents(tmp_path / "small.sqlite")["documents"] == []
    small.close()  # the crawl ended first: all processed here, no worker started
    assert len(contents(tmp_path / "small.sqlite")["documents"]) == 6


def test_auto_keeps_the_chain_here_without_a_spare_core(tmp_path, monkeypatch):
    monkeypatch.setattr(WorkerProcess, "live", os.cpu_count() or 1)
    pipeline = HandOffPipeline(ChainSettings(db="none"), after=0, poll_seconds=0)
    pipeline.open_spider()
    assert pipeline.worker is not None  # "on" starts one whatever the cores
    pipeline.close()
    stats = DictStats()
    pipeline = HandOffPipeline(ChainSettings(db="none"), after=2, stats=stats, poll_seconds=0)
    pipeline.open_spider()
    for item in articles(4):
        pipeline.process_item(item)
    assert pipeline.worker is None and pipeline.after is None and pipeline.waiting == []
    assert stats.values["returnwatch/cases_found"] >= 4  # all four extracted here
    pipeline.close()


def test_worker_exits_without_writing_when_the_crawl_process_is_gone(tmp_path):
    db = tmp_path / "db.sqlite"
    worker = WorkerProcess(ChainSettings(db=str(db), batch_size=100), batch_size=4)
    worker.start()
    for item in articles(8):
        worker.submit(item)
    deadline = time.monotonic() + 30
    while worker.unanswered and time.monotonic() < deadline:
        worker.reports()
        time.sleep(0.05)
    assert worker.unanswered == 0 and len(worker.unwritten) == 8  # processed, buffered
    assert worker.outgoing is not None and worker.incoming is not None
    worker.outgoing.close()  # what the kernel does when the crawl process is killed
    worker.incoming.close()
    assert worker.process is not None and worker.process.wait(10) == 0
    assert contents(db)["documents"] == []  # unwritten, not marked seen: fetched again


@pytest.mark.parametrize(
    ("mode", "delay", "expected"),
    [("auto", 0.0, 50), ("auto", 2.0, None), ("on", 2.0, 0), ("off", 0.0, None)],
)
def test_when_the_chain_moves_to_the_worker(mode, delay, expected):
    assert worker_after(mode, delay, 50) == expected


def test_an_unknown_worker_mode_is_refused():
    with pytest.raises(NotConfigured, match="RETURNWATCH_ARTICLE_WORKER must be one of"):
        worker_after("sometimes", 0.0, 50)


def test_jsonl_writers_sharing_a_file_never_split_each_others_lines(tmp_path):
    path = tmp_path / "cases.jsonl"
    items = articles(12)
    chain = ArticleChain.build(ChainSettings(db="none"), None)
    for item in items:
        chain.process(item)
    writers = [JsonlPipeline(path), JsonlPipeline(path)]
    for i, item in enumerate(items * 20):
        writers[i % 2].process_item(item)
    for writer in writers:
        writer.close_spider()
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 20 * sum(len(i.cases) for i in items)
    assert {json.loads(line)["source_url"] for line in lines} == {i.url for i in items}


def test_a_worker_ends_when_the_crawl_process_is_killed_even_with_its_pipe_open(tmp_path):
    """The worker watches the crawl process from before its imports, so one still starting or
    busy with a batch (here: its pipe held open elsewhere, so no end of input ever tells it)
    does not outlive a killed crawl."""
    pid_file = tmp_path / "worker.pid"
    crawl_stand_in = (
        "import os, subprocess, sys, time\n"
        "r, w = os.pipe(); r2, w2 = os.pipe()\n"
        "child = subprocess.Popen([sys.executable, '-m', 'pipelines.worker_main', str(r), str(w2),"
        " str(os.getpid())], pass_fds=(r, w, w2))\n"
        f"open({str(pid_file)!r}, 'w').write(str(child.pid))\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", crawl_stand_in])
    deadline = time.monotonic() + 30
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    worker = int(pid_file.read_text())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    """A process that exists and is not a zombie waiting for init to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
