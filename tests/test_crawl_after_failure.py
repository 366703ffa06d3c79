"""What a failed run did not store is fetched by the next plain run (issue 10, item 8).

A run ended by a full disk stores the first articles and marks only those seen (the seen mark is
written in the transaction that stores the document). The next plain run of that site must not
stop paging at the first listing page whose entries are all known, since the failed run may
have stored the newest articles and none of the deeper ones: after a failed or unfinished run,
a site pages past known listing pages, as a resumed crawl does.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from test_crawl_mirror import MIRROR, REPO, crawl_command

from output.store import open_store
from scrapers.mirror_server import MirrorServer

DEEPER_PAGE = "/www.ccdi.gov.cn/toutiaon/index_1.html"


@pytest.fixture(scope="module")
def server():
    with MirrorServer(MIRROR) as srv:
        yield srv


def _crawl(server: MirrorServer, tmp: Path) -> None:
    cmd = crawl_command(server.url, tmp, "ccdi")
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]


def _forget_deeper_articles_and_fail_last_run(db: Path, fail: str) -> None:
    """As a run ended by a full disk leaves the store: the deeper page's articles unmarked,
    and the run recorded for ccdi as ``fail``: failed, with store errors, or ok."""
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(
            text("DELETE FROM seen_urls WHERE url LIKE '%t2024061%' OR url LIKE '%t20240605%'")
        )
        run_id, raw = conn.execute(
            text("SELECT id, stats FROM crawl_runs ORDER BY started_at DESC LIMIT 1")
        ).one()
        stats = json.loads(raw)
        if fail == "failed":
            stats["sites"]["ccdi"]["finish_reason"] = "shutdown"
        elif fail == "store errors":
            stats["sites"]["ccdi"]["store_errors"] = 3
        conn.execute(
            text("UPDATE crawl_runs SET stats = :s WHERE id = :i"),
            {"s": json.dumps(stats), "i": run_id},
        )


@pytest.mark.parametrize("last_run", ["failed", "store errors", "ok"])
def test_the_run_after_a_failed_one_pages_past_known_listing_pages(server, tmp_path, last_run):
    _crawl(server, tmp_path)
    _forget_deeper_articles_and_fail_last_run(tmp_path / "db.sqlite", fail=last_run)
    server.served.clear()
    _crawl(server, tmp_path)
    # after a failed run the deeper listing page is read again (and its entries fetched or
    # skipped anew); after a successful one, page 1 being all known ends the paging
    assert (DEEPER_PAGE in server.served) is (last_run != "ok")
