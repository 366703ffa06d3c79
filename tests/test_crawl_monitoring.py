"""Unattended crawls: per-site locks, exit codes, Spidermon monitors and ``returnwatch status``.

Real ``returnwatch crawl`` processes against the sample mirror on 127.0.0.1, some through a
mirror that misbehaves for chosen sites the way real fronts do (HTTP 521 __jsl_clearance,
HTTP 412, a connection dropped without an answer, a redesigned column that lists nothing).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from output.crawl_lock import SiteLocks, is_locked
from output.crawl_runs import errors_by_kind, last_runs, site_history, usually_yields
from output.store import open_store
from pipelines.cli.status import format_status, site_status
from pipelines.crawl_result import EXIT_FAILURE, EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL, CrawlResult
from scrapers.mirror_server import MirrorServer

REPO = Path(__file__).resolve().parent.parent
MIRROR = REPO / "samples" / "mirror"
JSL_PAGE = (MIRROR / "_challenges" / "jsl.html").read_bytes()
# A 412 front (the kind some provincial sites put up): a script-only page, no content.
RS_PAGE = (
    b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
    b"<script>$_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};$_ts.nsd=41233;"
    b"document.cookie='_rs_probe=1';location.reload()</script></head><body></body></html>"
)
# The column after a redesign: a normal page whose entries the configured selectors miss.
REDESIGNED = (
    "<html><head><meta charset='utf-8'><title>通报曝光</title></head><body>"
    "<div class='app-root' data-page='tbbg'>栏目改版，内容加载中……</div></body></html>"
).encode()


HOLD_SECONDS = 50  # below the crawl's download timeout: a held page is served, never timed out


class FaultyMirror(MirrorServer):
    """The sample mirror, except that each host in ``faults`` answers every request with
    ``"521"`` (jsl challenge), ``"412"``, ``"drop"`` (closes the connection unanswered),
    ``"redesign"`` (HTTP 200 with a page that lists nothing), ``"slow"`` (the right page
    after half a second) or ``"hold"`` (the right page once ``release`` is set: a crawl that
    runs for as long as the test needs, however loaded the machine)."""

    def __init__(self, root: Path, faults: dict[str, str]):
        super().__init__(root)
        self.release = threading.Event()
        release = self.release
        handler = self.httpd.RequestHandlerClass
        inner = handler.func if hasattr(handler, "func") else handler
        original = inner.do_GET

        def faulty_get(self_):  # noqa: ANN001
            host = self_.path.lstrip("/").split("/", 1)[0]
            fault = faults.get(host)
            if fault == "slow":
                time.sleep(0.5)
            if fault == "hold":
                release.wait(HOLD_SECONDS)
            if fault in (None, "slow", "hold"):
                original(self_)
                return
            if fault == "drop":
                self_.close_connection = True
                return
            status, body = {
                "521": (521, JSL_PAGE),
                "412": (412, RS_PAGE),
                "redesign": (200, REDESIGNED),
            }[fault]
            self_.send_response(status)
            self_.send_header("Content-Type", "text/html; charset=utf-8")
            self_.send_header("Content-Length", str(len(body)))
            self_.end_headers()
            self_.wfile.write(body)

        inner.do_GET = faulty_get


def crawl_cmd(url: str, db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "crawl", "--mirror", url, "--db", str(db), *args]


def run(cmd: list[str], timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def last_run(db: Path) -> dict:
    with open_store(db) as store:
        return json.loads(store.runs()[-1]["stats"])


def monitor_status(summary: dict) -> dict[str, str]:
    return {r["monitor"]: r["status"] for r in summary["monitors"]["results"]}


PASSING = {
    "Item Validation Monitor": "OK",
    "Site error count monitor": "OK",
    "Unwanted HTTP codes monitor": "OK",
    "Finish Reason Monitor": "OK",
    "Site yield monitor": "SKIPPED",  # no earlier run of the site yet
    "Selector miss monitor": "OK",
}


@pytest.fixture(scope="module")
def server():
    with MirrorServer(MIRROR) as srv:
        yield srv


def test_monitored_crawl_records_exact_counts_and_status_lists_it(server, tmp_path):
    db = tmp_path / "db.sqlite"
    done = run(crawl_cmd(server.url, db, "ccdi", "mps"))
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    assert "crawl finished (success): 35 pages fetched, 5 articles kept, 5 case records" in (
        done.stdout
    )
    stats = last_run(db)
    ccdi, mps = stats["sites"]["ccdi"], stats["sites"]["mps"]
    counts = ("pages", "entries", "articles", "kept", "cases", "blocked", "errors")
    assert {k: ccdi[k] for k in counts} == {
        "pages": 28,
        "entries": 14,
        "articles": 13,
        "kept": 4,
        "cases": 4,
        "blocked": 0,
        "errors": {},
    }
    assert {k: mps[k] for k in counts} == {
        "pages": 7,
        "entries": 4,
        "articles": 3,
        "kept": 1,
        "cases": 1,
        "blocked": 1,  # the one __jsl_clearance page among its articles: not also an error
        "errors": {},
    }
    for summary in (ccdi, mps):
        assert (summary["finish_reason"], summary["log_errors"]) == ("finished", 0)
        assert 0 < summary["duration"] < 60
        assert summary["monitors"]["passed"] is True
        assert monitor_status(summary) == PASSING
    assert stats["totals"] == {
        "pages": 35,
        "kept": 5,
        "cases": 5,
        "blocked": 1,
        "errors": 0,
        "selector_miss": 0,
    }
    assert stats["monitors"] == {"passed": True, "failed": []}
    assert (stats["outcome"], stats["exit_code"], stats["locked"]) == ("success", 0, {})
    assert stats["errors_outside_sites"] == 0

    rows = {r["site"]: r for r in site_status(str(db))}
    assert (rows["ccdi"]["state"], rows["mps"]["state"]) == ("ok", "ok")
    assert rows["spp"] == {"site": "spp", "run_id": None, "summary": None, "state": "never crawled"}
    shown = run([sys.executable, "-m", "pipelines.cli", "status", "--db", str(db)])
    assert shown.returncode == 0, shown.stderr
    lines = {line.split()[0]: line.split() for line in shown.stdout.splitlines()[1:]}
    assert len(lines) == 11  # every configured site, crawled or not
    assert lines["ccdi"][1] == "ok" and lines["ccdi"][4:9] == ["28", "4", "4", "0", "0"]
    assert lines["mps"][4:9] == ["7", "1", "1", "1", "0"] and lines["mps"][-1] == "ok"
    assert lines["spp"][1:3] == ["never", "crawled"]


def test_blocked_and_unreachable_sites_fail_their_monitors_exit_partial(tmp_path):
    db = tmp_path / "db.sqlite"
    faults = {"www.spp.gov.cn": "521", "www.sdjj.gov.cn": "412", "www.gdjct.gd.gov.cn": "drop"}
    with FaultyMirror(MIRROR, faults) as srv:
        done = run(crawl_cmd(srv.url, db, "ccdi", "spp", "sdjj", "gdjct"))
    assert done.returncode == EXIT_PARTIAL, done.stderr[-3000:]
    stats = last_run(db)
    assert stats["outcome"] == "partial"
    assert stats["failed_sites"] == ["spp", "sdjj", "gdjct"]
    sites = stats["sites"]
    assert monitor_status(sites["ccdi"]) == PASSING
    assert monitor_status(sites["spp"])["Unwanted HTTP codes monitor"] == "FAIL"
    assert monitor_status(sites["sdjj"])["Unwanted HTTP codes monitor"] == "FAIL"
    # robots.txt and the column, each a challenge: blocked, not counted again as errors
    assert sites["spp"]["errors"] == {} and sites["sdjj"]["errors"] == {}
    assert sites["spp"]["blocked"] == 2 and sites["sdjj"]["blocked"] == 2  # robots.txt too
    gdjct = monitor_status(sites["gdjct"])
    assert gdjct["Site error count monitor"] == "FAIL"
    assert gdjct["Unwanted HTTP codes monitor"] == "OK"
    assert sites["gdjct"]["pages"] == 0
    # two requests (robots.txt, the column), three attempts each; four ERROR lines about gdjct
    assert sites["gdjct"]["errors"] == {"download/DownloadFailedError": 6}
    assert sites["gdjct"]["log_errors"] == 4
    assert sites["ccdi"]["log_errors"] == 0  # other sites' errors are not ccdi's
    spp_fail = [f for f in stats["monitors"]["failed"] if f.startswith("spp:")]
    assert spp_fail == [
        "spp: Unwanted HTTP codes monitor: Found 2 Responses with status code=521 - "
        "This exceeds the limit of 1 (50.0% of 2 total requests)"
    ]
    assert "returnwatch crawl: monitor failed: sdjj: Unwanted HTTP codes monitor" in done.stderr
    rows = {r["site"]: r["state"] for r in site_status(str(db))}
    assert [rows[s] for s in ("ccdi", "spp", "sdjj", "gdjct")] == [
        "ok",
        "failed",
        "failed",
        "failed",
    ]


def test_every_site_failing_exits_1(tmp_path):
    db = tmp_path / "db.sqlite"
    with FaultyMirror(MIRROR, {"www.spp.gov.cn": "521"}) as srv:
        done = run(crawl_cmd(srv.url, db, "spp", "--quiet"))
    assert done.returncode == EXIT_FAILURE
    assert done.stdout == ""  # --quiet: no summary, but what went wrong (cron mails it)
    assert done.stderr == (
        "returnwatch crawl: monitor failed: spp: Unwanted HTTP codes monitor: Found 2 Responses "
        "with status code=521 - This exceeds the limit of 1 (50.0% of 2 total requests)\n"
    )
    assert last_run(db)["outcome"] == "failure"


def seed_runs(db: Path, site: str, yields: list[tuple[int, int]]) -> None:
    """Earlier runs of ``site`` as the crawl records them: (entries, articles) per run."""
    with open_store(db) as store:
        for entries, articles in yields:
            run_id = store.start_run([site], {"mirror": None})
            summary = {"pages": entries // 10 + articles + 1, "entries": entries}
            summary.update(articles=articles, kept=articles, cases=articles, blocked=0)
            summary.update(errors={}, duration=3.5, finish_reason="finished", monitors=None)
            store.finish_run(run_id, {"sites": {site: summary}}, "finished")


def test_site_that_usually_yields_yielding_nothing_fails_the_yield_monitor(tmp_path):
    db = tmp_path / "db.sqlite"
    seed_runs(db, "sdjj", [(20, 2), (20, 0), (0, 0), (20, 1)])
    seed_runs(db, "spp", [(0, 0), (15, 1)])  # yielded once in two runs: no habit
    faults = {"www.sdjj.gov.cn": "redesign", "www.spp.gov.cn": "redesign"}
    with FaultyMirror(MIRROR, faults) as srv:
        done = run(crawl_cmd(srv.url, db, "sdjj", "spp"))
    assert done.returncode == EXIT_PARTIAL, done.stderr[-3000:]
    sites = last_run(db)["sites"]
    assert sites["sdjj"]["entries"] == 0 and sites["sdjj"]["pages"] == 2
    sdjj = sites["sdjj"]["monitors"]["results"]
    yield_result = next(r for r in sdjj if r["monitor"] == "Site yield monitor")
    assert yield_result == {
        "monitor": "Site yield monitor",
        "status": "FAIL",
        "message": "sdjj yielded no listing entry or article; its last runs yielded [21, 0, 20, 22]",
    }
    assert monitor_status(sites["spp"])["Site yield monitor"] == "SKIPPED"
    assert sites["spp"]["monitors"]["passed"] is True


def test_second_crawl_of_a_running_site_exits_4_or_waits(tmp_path):
    db = tmp_path / "db.sqlite"
    locks = tmp_path / "locks"
    with FaultyMirror(MIRROR, {"www.ccdi.gov.cn": "hold"}) as srv:
        first = subprocess.Popen(
            crawl_cmd(srv.url, db, "ccdi", "--quiet"),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        while not is_locked(locks, "ccdi") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert is_locked(locks, "ccdi")
        second = run(crawl_cmd(srv.url, db, "ccdi"))
        assert first.poll() is None  # the first crawl was still running throughout
        assert second.returncode == EXIT_LOCKED
        assert second.stdout == ""
        assert second.stderr.startswith(
            f"returnwatch crawl: ccdi skipped: another crawl holds its lock (pid {first.pid} since "
        )
        # a site that is free is crawled, the locked one skipped: still exit 4
        both = run(crawl_cmd(srv.url, db, "ccdi", "mps", "--quiet"))
        assert first.poll() is None
        assert both.returncode == EXIT_LOCKED
        srv.release.set()  # the first crawl's pages are served now
        assert first.wait(60) == EXIT_OK
    with open_store(db) as store:
        runs = store.runs()
    assert [json.loads(r["sites"]) for r in runs] == [
        ["ccdi"],
        ["mps"],
    ]  # nothing recorded for the skip
    locked = json.loads(runs[1]["stats"])["locked"]
    assert list(locked) == ["ccdi"] and locked["ccdi"].startswith(f"pid {first.pid} since ")


def test_wait_lock_waits_for_the_holder_then_crawls(server, tmp_path):
    db = tmp_path / "db.sqlite"
    holder = SiteLocks(tmp_path / "locks", ["mps"]).acquire()
    assert holder.held == ["mps"]
    threading.Timer(2.0, holder.release).start()
    started = time.monotonic()
    done = run(crawl_cmd(server.url, db, "mps", "--wait-lock", "30", "--quiet"))
    assert done.returncode == EXIT_OK, done.stderr[-2000:]
    assert time.monotonic() - started >= 2.0
    assert last_run(db)["sites"]["mps"]["kept"] == 1


def test_lock_of_a_killed_process_is_released(tmp_path):
    code = (
        "import sys, time; from output.crawl_lock import SiteLocks; "
        f"SiteLocks({str(tmp_path)!r}, ['ccdi']).acquire(); print('held', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    with SiteLocks(tmp_path, ["ccdi", "mps"]) as locks:
        assert (locks.held, locks.busy) == (["mps"], ["ccdi"])
        assert locks.holder("ccdi").startswith(f"pid {proc.pid} since ")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with SiteLocks(tmp_path, ["ccdi"]) as locks:
        assert (locks.held, locks.busy) == (["ccdi"], [])
    assert not is_locked(tmp_path, "ccdi")
    with pytest.raises(ValueError, match="lock wait -1"):
        SiteLocks(tmp_path, ["ccdi"], wait=-1)


# -- the pure parts ---------------------------------------------------------------------------


def test_errors_by_kind_reads_scrapy_stats():
    stats = {
        "downloader/exception_type_count/twisted.internet.error.TimeoutError": 2,
        "downloader/exception_type_count/twisted.web._newclient.ResponseNeverReceived": 3,
        "spider_exceptions/KeyError": 1,
        "downloader/response_status_count/200": 40,
        "downloader/response_status_count/404": 3,
        "robotstxt/response_status_count/404": 1,
        "downloader/response_status_count/521": 1,
        "spidermon/validation/fields/errors": 2,
    }
    assert errors_by_kind(stats) == {
        "download/ResponseNeverReceived": 3,
        "download/TimeoutError": 2,
        "http/404": 2,
        "http/521": 1,
        "spider/KeyError": 1,
        "validation": 2,
    }
    # two 521 answers were __jsl_clearance challenges (counted as blocked), one was not
    stats["downloader/response_status_count/521"] = 3
    stats["returnwatch/blocked_by_challenge_status/521"] = 2
    assert errors_by_kind(stats)["http/521"] == 1
    stats["returnwatch/blocked_by_challenge_status/521"] = 3
    assert "http/521" not in errors_by_kind(stats)


def test_usually_yields_needs_a_habit():
    def runs(*yields: int) -> list[dict]:
        return [{"entries": y, "articles": 0} for y in yields]

    assert usually_yields(runs(5, 3, 0), min_runs=2)
    assert not usually_yields(runs(5), min_runs=2)  # one run is no habit
    assert not usually_yields(runs(5, 0, 0, 4), min_runs=2)  # half is not "usually"
    assert usually_yields([{"kept": 3}, {"kept": 1}], min_runs=2)  # runs before entries counted


def test_history_and_last_runs_skip_unfinished_and_other_runs(tmp_path):
    db = tmp_path / "db.sqlite"
    seed_runs(db, "ccdi", [(10, 1), (12, 0)])
    with open_store(db) as store:
        store.finish_run(store.start_run(["ingest"], {}), {"pages": 3}, "finished")
        store.start_run(["ccdi", "mps"], {})  # killed: never finished
        runs = store.runs()
    assert [s["entries"] for s in site_history(runs, "ccdi", 5)] == [12, 10]
    rows = {r["site"]: r for r in last_runs(runs, ["ccdi", "mps", "spp"])}
    assert rows["ccdi"]["summary"] is None and rows["ccdi"]["finished_at"] is None
    assert rows["spp"]["run_id"] is None and "ingest" not in rows
    status = {r["site"]: r["state"] for r in site_status(str(db))}
    assert (status["ccdi"], status["mps"], status["spp"]) == (
        "unfinished",
        "unfinished",
        "never crawled",
    )
    text = format_status(site_status(str(db)))
    assert text.splitlines()[1].split()[:2] == ["ccdi", "unfinished"]


@pytest.mark.parametrize(
    ("sites", "locked", "status", "code"),
    [
        ({"a": ("finished", True), "b": ("finished", True)}, {}, "finished", EXIT_OK),
        ({"a": ("finished", True), "b": ("finished", False)}, {}, "finished", EXIT_PARTIAL),
        ({"a": ("finished", True), "b": ("closespider_timeout", True)}, {}, "x", EXIT_PARTIAL),
        ({"a": ("shutdown", True), "b": ("shutdown", True)}, {}, "shutdown", EXIT_FAILURE),
        ({"a": ("finished", True)}, {}, "interrupted", EXIT_FAILURE),
        ({"a": ("finished", False)}, {}, "finished", EXIT_FAILURE),
        ({"a": ("finished", True)}, {"b": "pid 1"}, "finished", EXIT_LOCKED),
        (
            {"a": ("finished", False), "c": ("finished", True)},
            {"b": "pid 1"},
            "finished",
            EXIT_PARTIAL,
        ),
        ({}, {"b": "pid 1"}, "locked", EXIT_LOCKED),
    ],
)
def test_exit_codes(sites, locked, status, code):
    summaries = {
        s: {"finish_reason": reason, "monitors": {"passed": ok, "results": []}}
        for s, (reason, ok) in sites.items()
    }
    assert CrawlResult(sites=summaries, locked=locked, status=status).exit_code == code


def test_errors_tied_to_no_site_make_the_crawl_partial():
    """A request lost while being scheduled is logged by asyncio, for no spider: counted by the
    crawl, it turns a success into a partial run (exit 3) and is named on standard error."""
    import io
    import logging

    from pipelines.cli.crawl import _problems
    from scrapers.extensions.site_errors import StrayErrors

    stray = StrayErrors()
    spider = object()
    for name, msg, extra in [
        ("asyncio", "Task exception was never retrieved\nfuture: <Task ...>", {}),
        ("scrapy.core.scraper", "Spider error processing", {"spider": spider}),
        ("spidermon", "[Spidermon] FAILED", {}),
        ("twisted", "Unhandled error in Deferred:", {}),
    ]:
        stray.handle(logging.makeLogRecord({"name": name, "msg": msg, "levelno": 40, **extra}))
    assert (stray.count, stray.first) == (2, "asyncio: Task exception was never retrieved")
    site = {"finish_reason": "finished", "monitors": {"passed": True, "results": []}}
    result = CrawlResult(
        sites={"ccdi": site}, stray_errors=stray.count, first_stray_error=stray.first
    )
    result.log_file = "crawl.log"
    assert (result.outcome, result.exit_code) == ("partial", EXIT_PARTIAL)
    assert result.record()["errors_outside_sites"] == 2
    err = io.StringIO()
    _problems(result, err)
    assert err.getvalue() == (
        "returnwatch crawl: 2 error(s) outside any site's crawl, first: asyncio: Task exception "
        "was never retrieved (see crawl.log)\n"
    )
