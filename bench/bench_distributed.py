"""Crawl throughput with one and with two workers sharing a Redis queue (pages/second).

Generates a ccdi-like column (listing pages of 19 announcements each, template A), serves it on
127.0.0.1 with a fixed delay per response (a remote site's latency; politeness is per worker and
per domain, one request at a time), then runs ``returnwatch worker`` once alone and once as two
processes started together, each on a fresh store and a fresh crawl name on the Redis at
``$REDIS_URL`` (default 127.0.0.1:6379). Prints pages/second, each worker's share, and checks
that no page was fetched twice. Not a test: ``python bench/bench_distributed.py [--pages N]
[--latency SECONDS]``. The test (tests/test_distributed.py) uses the same mirror and workers.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scrapers.mirror_server import MirrorServer  # noqa: E402

PER_PAGE = 19
COLUMN = "www.ccdi.gov.cn/toutiaon"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
GIVEN = "建国志明海波文华振东立新国良佳丽明远伟强春雷晓峰德胜永红玉兰小平宏伟"
COUNTRIES = ["美国", "加拿大", "澳大利亚", "新西兰", "泰国", "新加坡", "马来西亚", "柬埔寨"]


def person(i: int) -> str:
    """A distinct fictional name per article (surname + two given characters)."""
    return (
        SURNAMES[i % len(SURNAMES)]
        + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
        + GIVEN[(i // (len(SURNAMES) * len(GIVEN)) + i) % len(GIVEN)]
    )


def article_html(i: int) -> str:
    name, country, day = person(i), COUNTRIES[i % len(COUNTRIES)], 1 + i % 28
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{name}回国投案</title></head><body><div class='Article_61'>"
        f"<h2 class='tit'>外逃职务犯罪嫌疑人{name}回国投案</h2><h3 class='daty'>"
        "<em class='e e1'>来源：中央纪委国家监委网站</em>"
        f"<em class='e e2'>发布时间：2024-05-{day:02d} 06:30</em></h3><div class='content'>"
        f"<p>\u3000\u3000在中央追逃办统筹协调下，外逃{3 + i % 9}年的职务犯罪嫌疑人{name}"
        f"于2024年5月{day}日从{country}回国投案。</p><p>\u3000\u3000{name}，男，"
        f"196{i % 10}年出生，原某市某局副局长，涉嫌受贿犯罪。</p></div></div></body></html>"
    )


def generate(root: Path, listings: int) -> dict[str, str]:
    """Write the column; return {mirror path: article person name or "" for a listing}."""
    pages: dict[str, str] = {}
    column = root / COLUMN
    (column / "202405").mkdir(parents=True)
    n = 0
    for page in range(listings):
        items = []
        for _ in range(PER_PAGE):
            n += 1
            rel = f"202405/t20240501_{700000 + n}.html"
            (column / rel).write_text(article_html(n), "utf-8")
            pages[f"/{COLUMN}/{rel}"] = person(n)
            items.append(
                f'<li><a href="./{rel}">外逃职务犯罪嫌疑人{person(n)}回国投案</a>'
                '<div class="more">2024-05-01</div></li>'
            )
        name = "index.html" if page == 0 else f"index_{page}.html"
        (column / name).write_text(
            '<html><head><meta charset="utf-8"></head><body><ul class="list_news_dl2">'
            + "".join(items)
            + f'</ul><script>createPageHTML({listings}, {page}, "index", "html");</script>'
            "</body></html>",
            "utf-8",
        )
        pages[f"/{COLUMN}/{name}"] = ""
    return pages


class DelayedMirror(MirrorServer):
    """The mirror server answering each request after ``latency`` seconds; ``hits`` records
    (path, User-Agent, time answered) of every request, so each worker's share is counted
    server-side."""

    def __init__(self, root: Path, latency: float):
        super().__init__(root)
        # socketserver listens with a backlog of 5: a crawl opening connections faster than
        # that sees SYNs dropped and retried after 1 s, which stalls it for a second at a time.
        self.httpd.socket.listen(128)
        self.hits: list[tuple[str, str, float]] = []
        handler = self.httpd.RequestHandlerClass
        inner = getattr(handler, "func", handler)  # functools.partial(Handler, directory=...)
        original = inner.do_GET
        hits = self.hits

        def delayed_get(request_handler):  # noqa: ANN001, ANN202 - stdlib handler method
            time.sleep(latency)
            original(request_handler)
            path, agent = unquote(request_handler.path), request_handler.headers["User-Agent"]
            hits.append((path, agent, time.monotonic()))

        inner.do_GET = delayed_get

    def shares(self, pages: dict[str, str]) -> Counter[str]:
        """Requests for the generated pages per User-Agent."""
        return Counter(agent for path, agent, _ in self.hits if path in pages)


def start_worker(
    agent: str,
    mirror: str,
    db: Path,
    redis_url: str,
    crawl: str,
    idle_timeout: float,
    log_dir: Path,
) -> subprocess.Popen[bytes]:
    """One ``returnwatch worker`` process crawling the column; ``agent`` is its User-Agent."""
    cmd = [
        sys.executable,
        "-m",
        "pipelines.cli",
        "worker",
        "ccdi",
        "--redis",
        redis_url,
        "--crawl",
        crawl,
        "--idle-timeout",
        str(idle_timeout),
        "--mirror",
        mirror,
        "--db",
        str(db),
        "--log-file",
        str(log_dir / f"{agent}.log"),
        "--quiet",
        "--set",
        f"USER_AGENT={agent}",
        "--set",
        "RETURNWATCH_DISCOVERY=listing",
    ]
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run(workers: int, root: Path, pages: dict[str, str], latency: float, redis_url: str) -> None:
    """Crawl the column with ``workers`` processes; print pages/second and each one's share."""
    with tempfile.TemporaryDirectory() as tmp, DelayedMirror(root, latency) as server:
        crawl = f"bench-{uuid.uuid4().hex[:8]}"
        started = time.monotonic()
        procs = [
            start_worker(
                f"w{i}", server.url, Path(tmp) / "db.sqlite", redis_url, crawl, 2.0, Path(tmp)
            )
            for i in range(workers)
        ]
        for proc in procs:
            _, err = proc.communicate()
            if proc.returncode != 0:
                raise SystemExit(f"worker failed: {err.decode()[-2000:]}")
    # Workers wait out the idle timeout after the last page: the crawl ends with the last page
    # served, as the server saw it.
    fetched = [(path, at) for path, _, at in server.hits if path in pages]
    elapsed = max(at for _, at in fetched) - started
    twice = [p for p, c in Counter(p for p, _ in fetched).items() if c > 1]
    shares = dict(sorted(server.shares(pages).items()))
    print(
        f"{workers} worker(s): {len(fetched)} pages in {elapsed:.1f} s = "
        f"{len(fetched) / elapsed:.1f} pages/s; per worker {shares}; "
        f"fetched twice: {len(twice)}; missing: {len(set(pages) - {p for p, _ in fetched})}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400, help="about this many pages")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per response")
    args = parser.parse_args()
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pages = generate(root, max(1, args.pages // (PER_PAGE + 1)))
        print(f"{len(pages)} pages, {args.latency * 1000:.0f} ms per response")
        for workers in (1, 2):
            run(workers, root, pages, args.latency, redis_url)


if __name__ == "__main__":
    main()
