"""Crawl throughput: returnwatch's full crawl vs a bare Scrapy spider on the same 5,000 pages.

Generates a ccdi-like mirror (100 column pages, 4,900 announcement articles in template A, each
naming a return: the worst case, every article is extracted and stored), serves it from
bench/static_server.py (its own process, pages in memory, keep-alive: the stdlib server
capped both sides near the bare spider's rate), then runs alternately, each in a child process,
(1) ``crawl()`` with politeness off (no delay, 16 requests per domain) through parsing,
relevance, the SQLite document store and the extraction stage (its worker processes extract
and merge the stored documents while the crawl goes on; the run ends when every document is
extracted), and (2) a bare spider fetching the same 5,000 URLs with the same concurrency,
receiving every body (its bytes are counted and checked) and decoding nothing. Prints each
run's pages/second, CPU per page and the peak memory of all its processes together (the sum of
their proportional set sizes, sampled from /proc every 0.1 s: shared pages counted once), and
the ratios (target >= 0.8). Not a test: run it by hand (``make bench-crawl`` or
``python bench/bench_crawl.py [--pages N] [--runs N]``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CONCURRENCY = 16  # requests at a time, both sides
PER_PAGE = 49  # 100 column pages for 5,000 pages: within ccdi max_pages
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
GIVEN = "建国志明海波文华振东立新国良佳丽明远伟强春雷晓峰德胜永红玉兰小平宏伟"
COUNTRIES = ["美国", "加拿大", "澳大利亚", "新西兰", "泰国", "新加坡", "马来西亚", "柬埔寨"]


def person(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[(i // 3) % len(GIVEN)]


def article_html(i: int) -> str:
    name, country = person(i), COUNTRIES[i % len(COUNTRIES)]
    day = 1 + i % 28
    body = (
        f"<p>\u3000\u3000在中央追逃办统筹协调下，经江西省追逃办等单位不懈努力，外逃{3 + i % 9}年的职务犯罪嫌疑人"
        f"{name}于2024年5月{day}日从{country}回国投案。</p><p>\u3000\u3000{name}，男，196{i % 10}年"
        f"{1 + i % 12}月出生，原江西省某市某局副局长，涉嫌受贿犯罪，201{i % 10}年{1 + i % 12}月外逃。</p>"
        + "<p>\u3000\u3000今年以来，各级追逃办坚持追逃防逃追赃一体推进，持续巩固工作成效。</p>"
        * 6
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{name}回国投案</title></head><body><div class='flater_tab'><div class='Article_61'>"
        f"<h2 class='tit'>外逃职务犯罪嫌疑人{name}回国投案</h2><h3 class='daty'><div class='daty_con'>"
        "<em class='e e1'>来源：中央纪委国家监委网站</em>"
        f"<em class='e e2'>发布时间：2024-05-{day:02d} 06:30</em></div></h3>"
        f"<div class='content'>{body}</div></div></div></body></html>"
    )


def generate(root: Path, pages: int) -> list[str]:
    """Write the mirror; return every page URL (listing and article) in it."""
    listings = max(1, pages // (PER_PAGE + 1))
    urls: list[str] = []
    col = root / "www.ccdi.gov.cn" / "toutiaon"
    (col / "202405").mkdir(parents=True)
    n = 0
    for page in range(listings):
        items = []
        for _ in range(PER_PAGE):
            n += 1
            rel = f"202405/t20240501_{700000 + n}.html"
            (col / rel).write_text(article_html(n), "utf-8")
            urls.append(f"https://www.ccdi.gov.cn/toutiaon/{rel}")
            items.append(
                f'<li><a href="./{rel}">外逃职务犯罪嫌疑人{person(n)}回国投案</a>'
                '<div class="more">2024-05-01</div></li>'
            )
        name = "index.html" if page == 0 else f"index_{page}.html"
        (col / name).write_text(
            '<html><head><meta charset="utf-8"></head><body><ul class="list_news_dl2">'
            + "".join(items)
            + f'</ul><script>createPageHTML({listings}, {page}, "index", "html");</script></body></html>',
            "utf-8",
        )
        urls.append(f"https://www.ccdi.gov.cn/toutiaon/{name}")
    (root / "_challenges").mkdir()
    return urls


def child_ours(mirror: str, db: str, extra: list[str]) -> dict:
    import scrapy.crawler  # noqa: F401 - imported before the clock starts, as in child_bare

    from pipelines.crawl import crawl

    start = time.monotonic()
    result = crawl(
        ["ccdi"],
        mirror=mirror,
        db=db,
        quiet=True,
        full=True,
        overrides={
            "CONCURRENT_REQUESTS_PER_DOMAIN": str(CONCURRENCY),
            "CONCURRENT_REQUESTS": str(CONCURRENCY),
            "ROBOTSTXT_OBEY": "False",
            "LOG_LEVEL": "WARNING",
            # only the column: the site search is not part of the generated mirror
            "RETURNWATCH_DISCOVERY": "listing",
            **dict(pair.split("=", 1) for pair in extra),
        },
    )
    seconds = time.monotonic() - start
    return {"pages": result.totals["pages"], "seconds": seconds, "cases": result.totals["cases"]}


def child_bare(mirror: str, url_file: str) -> dict:
    """Fetch every page and keep nothing: the body is counted (so it was received whole),
    never decoded."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from scrapers.mirror import mirror_url

    urls = [mirror_url(u, mirror) for u in Path(url_file).read_text().split()]
    counter = {"pages": 0, "bytes": 0}

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            for url in urls:
                yield scrapy.Request(url, callback=self.parse)

        def parse(self, response):
            counter["pages"] += 1
            counter["bytes"] += len(response.body)

    process = CrawlerProcess(
        {
            "LOG_LEVEL": "WARNING",
            "ROBOTSTXT_OBEY": False,
            "CONCURRENT_REQUESTS": CONCURRENCY,
            "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "TELNETCONSOLE_ENABLED": False,
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        }
    )
    process.crawl(Bare)
    start = time.monotonic()
    process.start()
    return {
        "pages": counter["pages"],
        "bytes": counter["bytes"],
        "seconds": time.monotonic() - start,
    }


def descendants(root: int) -> list[int]:
    """``root`` and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def pss_kib(pid: int) -> int:
    """Proportional set size of a process (shared pages split among their users), in KiB."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class PeakMemory:
    """Samples the memory (and CPU time) of a process tree every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid = pid
        self.interval = interval
        self.peak_kib = 0
        self.processes = 0
        self.cpu: dict[int, float] = {}  # the last CPU time seen of each process but the root
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            pids = descendants(self.pid)
            self.peak_kib = max(self.peak_kib, sum(pss_kib(p) for p in pids))
            self.processes = max(self.processes, len(pids))
            for p in pids:  # the largest reading: one taken as a process exits reads 0
                if p != self.pid:
                    self.cpu[p] = max(self.cpu.get(p, 0.0), cpu_seconds(p))

    def close(self) -> None:
        self.stop.set()
        self.thread.join()


def run_child(args: list[str]) -> dict:
    process = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    memory = PeakMemory(process.pid)
    out, err = process.communicate()
    memory.close()
    if process.returncode != 0:
        raise SystemExit(err[-3000:])
    data: dict = json.loads(out.strip().splitlines()[-1])
    data["all_mib"] = memory.peak_kib / 1024
    data["processes"] = memory.processes
    data["worker_cpu_s"] = sum(memory.cpu.values())  # the extraction workers, the fork server
    return data


class StaticServer:
    """bench/static_server.py in its own process: the pages in memory, keep-alive."""

    def __init__(self, root: Path):
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("static_server.py")), str(root)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.process.kill()
            raise SystemExit("bench/static_server.py did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def rate(run: dict) -> float:
    return run["pages"] / run["seconds"]


def cpu_per_page(runs: list[dict]) -> float:
    """Median CPU seconds a page, the extraction workers' included."""
    return statistics.median((r["cpu_s"] + r.get("worker_cpu_s", 0.0)) / r["pages"] for r in runs)


def report(label: str, runs: list[dict]) -> None:
    for i, r in enumerate(runs, 1):
        print(
            f"  {label:<18} run {i}: {r['pages']:>5} pages {r['seconds']:6.1f} s "
            f"{rate(r):7.1f} pages/s  CPU {r['cpu_s']:5.1f} s "
            f"({1000 * r['cpu_s'] / r['pages']:.2f} ms/page)"
            + (
                f" + workers CPU {r['worker_cpu_s']:5.1f} s"
                if r.get("worker_cpu_s", 0.0) >= 0.5  # a worker ran (not a short helper process)
                else ""
            )
            + f"; peak memory {r['all_mib']:.0f} MiB in {r['processes']} process(es)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side, alternated")
    parser.add_argument("--child", choices=["ours", "bare"])
    parser.add_argument("--mirror")
    parser.add_argument("--path")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a crawl setting for returnwatch's run (e.g. RETURNWATCH_STORE_BATCH=1)",
    )
    parser.add_argument("--db", help="store for returnwatch's run (default: SQLite in a temp dir)")
    args = parser.parse_args()
    if args.child:
        data = (
            child_ours(args.mirror, args.path, args.set)
            if args.child == "ours"
            else child_bare(args.mirror, args.path)
        )
        usage = resource.getrusage(resource.RUSAGE_SELF)
        data["peak_rss_mib"] = usage.ru_maxrss / 1024
        data["cpu_s"] = usage.ru_utime + usage.ru_stime
        print(json.dumps(data))
        return
    bare: list[dict] = []
    ours: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "mirror"
        t = time.monotonic()
        urls = generate(root, args.pages)
        url_file = Path(tmp) / "urls.txt"
        url_file.write_text("\n".join(urls), "utf-8")
        size = sum(f.stat().st_size for f in root.rglob("*.html"))
        print(
            f"generated {len(urls)} pages ({size / 2**20:.1f} MiB) in {time.monotonic() - t:.1f} s"
        )
        server = StaticServer(root)
        try:
            settings = [f"--set={pair}" for pair in args.set]
            for run in range(args.runs):
                b = run_child(["--child", "bare", "--mirror", server.url, "--path", str(url_file)])
                if b["pages"] != len(urls) or b["bytes"] != size:
                    raise SystemExit(f"bare spider got {b['pages']} pages, {b['bytes']} bytes")
                bare.append(b)
                db = args.db or str(Path(tmp) / f"db{run}.sqlite")
                ours.append(
                    run_child(["--child", "ours", "--mirror", server.url, "--path", db, *settings])
                )
        finally:
            server.close()
    print(f"{args.runs} runs each, alternated, {CONCURRENCY} requests at a time, no delay:")
    report("bare scrapy spider", bare)
    report("returnwatch crawl", ours)
    best = max(map(rate, ours)) / max(map(rate, bare))
    median = statistics.median(map(rate, ours)) / statistics.median(map(rate, bare))
    # each returnwatch run against the bare run just before it: what the machine's other load
    # does to both sides (it drifts from minute to minute on a shared machine) mostly cancels
    paired = statistics.median(rate(o) / rate(b) for o, b in zip(ours, bare, strict=True))
    crawl_cpu = statistics.median(r["cpu_s"] / r["pages"] for r in ours)
    print(
        f"ratio of pages/s: best {best:.2f}, median {median:.2f}, paired median {paired:.2f} "
        "(target >= 0.80); "
        f"of CPU time per page: crawl process {cpu_per_page(bare) / crawl_cpu:.2f}, "
        f"crawl and extraction workers together {cpu_per_page(bare) / cpu_per_page(ours):.2f}"
    )
    print(
        f"peak memory of all processes together (PSS): bare {max(r['all_mib'] for r in bare):.0f}"
        f" MiB, returnwatch {max(r['all_mib'] for r in ours):.0f} MiB "
        f"(crawl process peak RSS {max(r['peak_rss_mib'] for r in ours):.0f} MiB); "
        f"cases stored per run: {ours[-1]['cases']}"
    )


if __name__ == "__main__":
    main()
