# ruff: noqa: E501  (expected URLs, titles and page snippets stay on one line)
"""Real Scrapy crawls of every configured site's mock pages, served on 127.0.0.1 (mirror mode).

Each crawl runs ``returnwatch crawl`` in a subprocess (Twisted's reactor cannot restart in one
process) against samples/mirror served by scrapers.mirror_server, and the assertions read
the SQLite store and the JSONL output the crawl wrote.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from output.store import open_store
from scrapers.config import load_sites
from scrapers.loader import crawlable
from scrapers.mirror_server import MirrorServer

REPO = Path(__file__).resolve().parent.parent
MIRROR = REPO / "samples" / "mirror"
URLS = REPO / "samples" / "urls.txt"
ALL_SITES = crawlable(load_sites())

# url -> (name, return_date, fled_to, method) the extraction must yield for each mock article
EXPECTED = {
    "https://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html": (
        "周建平",
        "2024-06-20",
        ["NZ"],
        "surrendered",
    ),
    "https://www.ccdi.gov.cn/yaowenn/202405/t20240510_985512.html": (
        "韩立新",
        "2024-05-08",
        ["TH"],
        "deported",
    ),
    "https://www.ccdi.gov.cn/toutiaon/202404/t20240418_982244.html": (
        "蒋海波",
        "2024-04-15",
        ["BG"],
        "extradited",
    ),
    # a feature whose title names no return (the old title filter skipped it)
    "https://www.ccdi.gov.cn/yaowenn/202405/t20240516_986120.html": (
        "孙国栋",
        "2024-05-09",
        ["CA"],
        "surrendered",
    ),
    # a court verdict whose title names no return (the old title filter skipped it)
    "https://www.spp.gov.cn/spp/tt/202406/t20240612_656301.shtml": (
        "邓卫平",
        "2023-09-14",
        ["KH"],
        "persuaded",
    ),
    "https://www.mps.gov.cn/n2253534/n2253535/c9660001/content.html": (
        "刘某",
        None,
        ["KH"],
        "captured",
    ),
    "https://www.spp.gov.cn/spp/tt/202406/t20240618_657001.shtml": (
        "吴振东",
        "2023-11-03",
        ["US"],
        "surrendered",
    ),
    "https://www.gdjct.gd.gov.cn/ffkb/content/post_180112.html": (
        "黄志坚",
        "2024-03-12",
        ["CA"],
        "surrendered",
    ),
    "https://www.zjsjw.gov.cn/toutiao/202401/t20240111_21093001.shtml": (
        "钱国良",
        "2024-01-09",
        ["LA"],
        "captured",
    ),
    "https://www.zjsjw.gov.cn/toutiao/202402/t20240228_21095002.shtml": (
        "沈佳丽",
        "2024-02-26",
        ["SG"],
        "surrendered",
    ),
    "https://www.sdjj.gov.cn/tbbg/202402/t20240229_10234501.htm": (
        "赵明远",
        "2024-02-27",
        ["JP"],
        "deported",
    ),
    "https://www.news.cn/20240625/8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c/c.html": (
        "马振华",
        "2024-06-18",
        ["AU"],
        "surrendered",
    ),
    "http://fanfu.people.com.cn/n1/2024/0524/c64371-40242001.html": (
        "林文斌",
        "2024-05-21",
        ["MY"],
        "persuaded",
    ),
    "https://www.chinanews.com.cn/gn/2024/06-05/10228801.shtml": (
        "郭建军",
        "2024-06-03",
        ["ID"],
        "surrendered",
    ),
    "https://www.chinadaily.com.cn/a/202406/19/WS6672a1b2a31095c51c50a1f0.html": (
        "Li Guoqing",
        "2024-06-18",
        ["CA"],
        "surrendered",
    ),
    "https://www.globaltimes.cn/page/202406/1314301.shtml": (
        "Xu Haitao",
        "2024-06-11",
        ["US"],
        "deported",
    ),
    "https://mp.weixin.qq.com/s/Xq3vL9pR2mT7kW1aZb8c4Q": ("王某某", None, ["MM"], "captured"),
    "https://www.mxx.gov.cn/art/2024/6/20/art_1229_3345678.html": (
        "冯某",
        "2024-06-18",
        ["TH"],
        "surrendered",
    ),
}
# relevant (it names Sky Net) and stored, but it names no one: no case
STORED_WITHOUT_CASE = {"https://www.chinadaily.com.cn/a/202406/12/WS66693f0aa31095c51c50b2e4.html"}
# what the article parser must read from each page (title, published, source line)
EXPECTED_DOCS = {
    "https://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html": (
        "“红通人员”周建平回国投案",
        "2024-06-24T06:30",
        "中央纪委国家监委网站",
    ),
    "https://www.zjsjw.gov.cn/toutiao/202402/t20240228_21095002.shtml": (
        "外逃职务犯罪嫌疑人沈佳丽回国投案",
        "2024-02-28T15:00",
        "浙江省纪委监委",
    ),
    "http://fanfu.people.com.cn/n1/2024/0524/c64371-40242001.html": (
        "外逃职务犯罪嫌疑人林文斌被劝返回国",
        "2024-05-24T06:15",
        "人民网－人民日报",
    ),
    "https://www.news.cn/20240625/8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c/c.html": (
        "外逃职务犯罪嫌疑人马振华回国投案",
        "2024-06-25T16:32",
        "新华网",
    ),
    "https://www.globaltimes.cn/page/202406/1314301.shtml": (
        "Fugitive ex-official repatriated from US",
        "2024-06-13T21:42",
        "By Global Times",
    ),
    "https://mp.weixin.qq.com/s/Xq3vL9pR2mT7kW1aZb8c4Q": (
        "“猎狐”行动：潜逃缅甸2年的犯罪嫌疑人王某某被押解回国",
        "2024-06-23T09:00",
        "平安某市",
    ),
    "https://www.mxx.gov.cn/art/2024/6/20/art_1229_3345678.html": (
        "外逃人员冯某回国投案自首",
        "2024-06-20",
        "某县公安局",
    ),
}


@pytest.fixture(scope="module")
def server():
    with MirrorServer(MIRROR) as srv:
        yield srv


def crawl_command(server_url: str, tmp: Path, *args: str) -> list[str]:
    """``returnwatch crawl ARGS`` against the mirror at ``server_url``, storing in ``tmp``."""
    db = str(tmp / "db.sqlite")
    return [
        sys.executable,
        "-m",
        "pipelines.cli",
        "crawl",
        *args,
        "--mirror",
        server_url,
        "--db",
        db,
        "--quiet",
    ]


def run_crawl(server: MirrorServer, tmp: Path, *extra: str, timeout: float = 90) -> dict:
    """Run the crawl command; return the last crawl run's stats from the store."""
    cmd = crawl_command(server.url, tmp, *ALL_SITES, "--urls", str(URLS), *extra)
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    with open_store(tmp / "db.sqlite") as store:
        return json.loads(store.runs()[-1]["stats"])


def stored(tmp: Path) -> tuple[dict[str, dict], list]:
    with open_store(tmp / "db.sqlite") as store:
        docs = {d["url"]: d for d in store.iter_documents()}
        with store.connect() as conn:
            from sqlalchemy import text

            mentions = conn.execute(text("select document_id, record from mentions")).all()
    return docs, mentions


def test_full_crawl_stores_every_site_announcement(server, tmp_path):
    stats = run_crawl(server, tmp_path, "--output", str(tmp_path / "cases.jsonl"))
    docs, mentions = stored(tmp_path)
    assert set(docs) == set(EXPECTED) | STORED_WITHOUT_CASE
    for url, (title, published, source) in EXPECTED_DOCS.items():
        assert (docs[url]["title"], docs[url]["published"], docs[url]["source_line"]) == (
            title,
            published,
            source,
        )
    lines = [json.loads(x) for x in (tmp_path / "cases.jsonl").read_text("utf-8").splitlines()]
    got = {r["source_url"]: (r["name"], r["return_date"], r["fled_to"], r["method"]) for r in lines}
    assert got == EXPECTED
    assert len(lines) == len(EXPECTED) == len(mentions)
    assert stats["sites"]["mps"]["blocked"] == 1  # HTTP 521 __jsl_clearance page
    assert stats["sites"]["ccdi"]["blocked"] == 0  # the cookie script was answered
    assert {s: v["cases"] for s, v in stats["sites"].items()} == {
        "ccdi": 4,
        "chinadaily": 1,
        "chinanews": 1,
        "gdjct": 1,
        "globaltimes": 1,
        "mps": 1,
        "people": 1,
        "sdjj": 1,
        "spp": 2,
        "xinhua": 1,
        "zjsjw": 2,
        "urls": 2,
    }
    assert stats["totals"]["errors"] == 0  # the mirror holds every page its listings link
    # every article keeps the response as fetched: status, headers, the body's SHA-256
    for doc in docs.values():
        assert doc["http_status"] == 200 and doc["fetched_at"]
        assert hashlib.sha256(zlib.decompress(doc["raw"])).hexdigest() == doc["body_sha256"]
        names = [name.lower() for name, _ in json.loads(doc["http_headers"])]
        assert "content-type" in names
    # GBK pages (one with no charset declaration) decoded right
    assert (
        "沈佳丽，女，1979年10月出生"
        in docs["https://www.zjsjw.gov.cn/toutiao/202402/t20240228_21095002.shtml"]["text"]
    )

    # second run: only first listing pages and searches, no article, nothing new stored
    server.served.clear()
    again = run_crawl(server, tmp_path)
    articles = [
        p
        for p in server.served
        if any(
            p.endswith(u.split("://", 1)[1].split("/", 1)[1])
            for u in EXPECTED
            if "weixin" not in u and "mxx" not in u
        )
    ]
    assert articles == []
    assert "/www.ccdi.gov.cn/toutiaon/index.html" in server.served
    assert "/www.ccdi.gov.cn/toutiaon/index_1.html" not in server.served  # page 1 all known
    assert "/www.ccdi.gov.cn/yaowenn/index_2.html" not in server.served
    assert again["totals"]["kept"] == 0
    assert stored(tmp_path)[0].keys() == docs.keys()
    assert len(stored(tmp_path)[1]) == len(mentions)

    # --full fetches everything again and still stores nothing twice
    full = run_crawl(server, tmp_path, "--full")
    assert full["totals"]["kept"] == len(EXPECTED) + len(STORED_WITHOUT_CASE)
    assert stored(tmp_path)[0].keys() == docs.keys()
    assert len(stored(tmp_path)[1]) == len(mentions)


def test_since_bounds_a_first_crawl(server, tmp_path):
    run_crawl(server, tmp_path, "--since", "2024-05-01")
    docs, _ = stored(tmp_path)
    after = {u for u, d in docs.items()}
    assert after == {u for u, d in EXPECTED_DOCS_DATES.items() if d >= "2024-05-01"}


EXPECTED_DOCS_DATES = {
    "https://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html": "2024-06-24",
    "https://www.ccdi.gov.cn/yaowenn/202405/t20240510_985512.html": "2024-05-10",
    "https://www.ccdi.gov.cn/toutiaon/202404/t20240418_982244.html": "2024-04-18",
    "https://www.ccdi.gov.cn/yaowenn/202405/t20240516_986120.html": "2024-05-16",
    "https://www.spp.gov.cn/spp/tt/202406/t20240612_656301.shtml": "2024-06-12",
    "https://www.chinadaily.com.cn/a/202406/12/WS66693f0aa31095c51c50b2e4.html": "2024-06-12",
    "https://www.mps.gov.cn/n2253534/n2253535/c9660001/content.html": "2024-06-21",
    "https://www.spp.gov.cn/spp/tt/202406/t20240618_657001.shtml": "2024-06-18",
    "https://www.gdjct.gd.gov.cn/ffkb/content/post_180112.html": "2024-03-14",
    "https://www.zjsjw.gov.cn/toutiao/202401/t20240111_21093001.shtml": "2024-01-11",
    "https://www.zjsjw.gov.cn/toutiao/202402/t20240228_21095002.shtml": "2024-02-28",
    "https://www.sdjj.gov.cn/tbbg/202402/t20240229_10234501.htm": "2024-02-29",
    "https://www.news.cn/20240625/8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c/c.html": "2024-06-25",
    "http://fanfu.people.com.cn/n1/2024/0524/c64371-40242001.html": "2024-05-24",
    "https://www.chinanews.com.cn/gn/2024/06-05/10228801.shtml": "2024-06-05",
    "https://www.chinadaily.com.cn/a/202406/19/WS6672a1b2a31095c51c50a1f0.html": "2024-06-19",
    "https://www.globaltimes.cn/page/202406/1314301.shtml": "2024-06-13",
    "https://mp.weixin.qq.com/s/Xq3vL9pR2mT7kW1aZb8c4Q": "2024-06-23",
    "https://www.mxx.gov.cn/art/2024/6/20/art_1229_3345678.html": "2024-06-20",
}


class SlowMirror(MirrorServer):
    """The same mirror, answering each request after a pause, so a crawl can be killed midway."""

    def __init__(self, root: Path, pause: float):
        super().__init__(root)
        handler = self.httpd.RequestHandlerClass
        inner = handler.func if hasattr(handler, "func") else handler
        original = inner.do_GET

        def slow_get(self_):  # noqa: ANN001
            time.sleep(pause)
            original(self_)

        inner.do_GET = slow_get


def test_extraction_in_workers_and_in_the_crawl_process_store_the_same(server, tmp_path):
    """The extraction stage in a worker process and in the crawl process must store exactly
    the same articles, records, cases and seen marks, and write the same JSONL."""
    results = {}
    for workers in ("1", "0"):
        tmp = tmp_path / workers
        tmp.mkdir()
        stats = run_crawl(
            server,
            tmp,
            "--set",
            f"RETURNWATCH_EXTRACTION_WORKERS={workers}",
            "--output",
            str(tmp / "cases.jsonl"),
        )
        docs, mentions = stored(tmp)
        with open_store(tmp / "db.sqlite") as store, store.connect() as conn:
            from sqlalchemy import text

            cases = conn.execute(text("select id, fields from cases order by id")).all()
            seen = conn.execute(text("select url, content_hash, kind from seen_urls")).all()
        lines = sorted((tmp / "cases.jsonl").read_text("utf-8").splitlines())
        results[workers] = (
            {u: (d["title"], d["text"], d["html_hash"], d["raw"]) for u, d in docs.items()},
            sorted(tuple(m) for m in mentions),
            [tuple(c) for c in cases],
            sorted(tuple(s) for s in seen),
            lines,
            {s: (v["cases"], v["kept"]) for s, v in stats["sites"].items()},
        )
    assert results["1"] == results["0"]
    assert len(results["1"][1]) == len(EXPECTED)


def session_processes(session: int) -> list[int]:
    """Live processes of a session (the crawl started with start_new_session, its worker)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                pids.append(int(entry.name))
    return pids


# RETURNWATCH_KILL_REPEAT=N runs each kill N times (bench/kill_under_load.py: under CPU load).
REPEAT = range(int(os.environ.get("RETURNWATCH_KILL_REPEAT", "1")))


@pytest.mark.parametrize("attempt", REPEAT)
@pytest.mark.parametrize("kill", ["process group", "crawl process only"])
def test_killed_crawl_resumes_without_loss_or_duplicates(tmp_path, kill, attempt):
    """SIGKILL at a random moment. Killed alone, the crawl leaves its extraction worker behind,
    which must exit by itself within 2 seconds; what was stored and not extracted is extracted
    by the resumed crawl, what was not stored is fetched again."""
    job = tmp_path / "job"
    with SlowMirror(MIRROR, pause=0.05) as srv:
        cmd = crawl_command(
            srv.url,
            tmp_path,
            *ALL_SITES,
            "--urls",
            str(URLS),
            "--job-dir",
            str(job),
            "--set",
            "RETURNWATCH_EXTRACTION_WORKERS=1",  # a worker process even on a single core
        )
        proc = subprocess.Popen(
            cmd,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while len(srv.served) < 40 and time.monotonic() < deadline:
            time.sleep(0.02)
        if kill == "process group":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            os.kill(proc.pid, signal.SIGKILL)
        killed = time.monotonic()
        proc.wait()
        while session_processes(proc.pid) and time.monotonic() < killed + 2.0:
            time.sleep(0.05)
        assert session_processes(proc.pid) == []  # no worker outlives the crawl by 2 s
        partial, _ = stored(tmp_path)
        assert len(partial) < len(EXPECTED)  # really killed midway
        assert (job / "RUNNING").exists()
        run_crawl(srv, tmp_path, "--job-dir", str(job))
    docs, mentions = stored(tmp_path)
    assert set(docs) == set(EXPECTED) | STORED_WITHOUT_CASE
    assert len(mentions) == len(EXPECTED)
    assert not (job / "RUNNING").exists()


def queued_files(queue: Path) -> list[str]:
    """Scrapy's disk queue files under ``queue`` (its directories come and go as it runs)."""
    return [f for _, _, files in os.walk(queue) for f in files if f != "active.json"]


def test_resume_discards_the_request_queue_a_killed_crawl_left(server, tmp_path):
    """Killed while article requests wait in Scrapy's disk queue, a crawl leaves queue files
    whose state was never saved (queuelib writes it on close). Resumed from as they are, every
    later request to such a queue is lost (the file cannot be reopened) or replaced by a stale
    one; the resumed crawl must start from a clean queue and fetch every article."""
    job = tmp_path / "job"
    queue = job / "ccdi" / "requests.queue"
    # one request at a time: the others wait in the disk queue, not in the downloader
    one = ["--set", "CONCURRENT_REQUESTS=1"]
    with SlowMirror(MIRROR, pause=0.2) as slow:
        proc = subprocess.Popen(
            crawl_command(slow.url, tmp_path, "ccdi", "--job-dir", str(job), *one),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
            any(p.endswith("/index.html") for p in slow.served) and queued_files(queue)
        ):
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert queued_files(queue)  # requests were waiting on disk
    assert not (queue / "active.json").exists()  # and their state was never saved
    done = subprocess.run(
        crawl_command(server.url, tmp_path, "ccdi", "--job-dir", str(job), *one),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    docs, _ = stored(tmp_path)
    assert set(docs) == {url for url in EXPECTED if "ccdi.gov.cn" in url}
    assert not (job / "RUNNING").exists()
