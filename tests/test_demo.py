"""`make run` (``returnwatch demo``) on a fresh clone: the bundled sample mirror is complete, so
the crawl of it ends clean, with no error for a new user to read as a failure."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from lxml import html as lxml_html

from output.store import open_store

REPO = Path(__file__).resolve().parent.parent


def test_the_demo_crawl_ends_with_zero_errors(tmp_path: Path) -> None:
    db, cases = tmp_path / "demo.sqlite", tmp_path / "demo-cases.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "demo", "--db", str(db), "--output", str(cases)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""
    summary = done.stdout.splitlines()[0]
    assert re.fullmatch(
        r"crawl finished \(success\): \d+ pages fetched, 19 articles kept, 18 case records, "
        r"1 pages blocked by challenge, 0 errors, 0 selector misses .*",
        summary,
    ), summary
    with open_store(db) as store:
        run = json.loads(store.runs()[-1]["stats"])
    assert run["totals"]["errors"] == 0
    assert {site: s["errors"] for site, s in run["sites"].items() if s["errors"]} == {}
    assert all(s["log_errors"] == 0 for s in run["sites"].values())
    assert run["errors_outside_sites"] == 0
    assert run["sites"]["mps"]["blocked"] == 1  # its challenge page: blocked, not an error
    assert len(cases.read_text("utf-8").splitlines()) == 18
    # the run ends by writing the report of what it stored, and says where it is
    report = tmp_path / "demo-report.html"
    assert done.stdout.splitlines()[-1] == (
        f"report of the 18 cases in the store (every review status): {report} "
        "(open it in a browser; it prints to PDF)"
    )
    page = lxml_html.fromstring(report.read_text("utf-8"))
    with open_store(db) as store:
        rows, total = store.list_cases(limit=100)
    assert page.xpath('//*[@data-n="total"]/text()')[0] == str(total) == "18"
    names = page.xpath('//table[@class="cases"]/tbody/tr/td[1]/text()')
    assert set(names) == {row["name"] for row in rows}
