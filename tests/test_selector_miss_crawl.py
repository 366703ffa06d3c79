"""A site that changed its template overnight: nothing is lost, and the run says so.

A real ``returnwatch crawl`` of chinanews against a mirror on 127.0.0.1 whose article pages use
a template none of the site's body selectors knows (the listing still works): every article is
stored through the generic extractor with the fallback recorded on its document, the cases are
found, the run counts the selector misses, the selector miss monitor fails the site (exit
status 1), standard error names it, and ``returnwatch status`` shows it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from output.store import open_store
from pipelines.cli.status import format_status, site_status
from pipelines.crawl_result import EXIT_FAILURE, EXIT_OK
from scrapers.mirror_server import MirrorServer

REPO = Path(__file__).resolve().parent.parent
HOST = "www.chinanews.com.cn"
# Fictional people, returns worded as the site words them.
ARTICLES = {
    "10300001": ("韩立新", "泰国", "2025年2月27日", "浙江省某市交通运输局副局长"),
    "10300002": ("邵文博", "柬埔寨", "2025年2月25日", "江西省某县财政局局长"),
    "10300003": ("龚雪梅", "新西兰", "2025年2月20日", "湖南省某国有企业财务总监"),
}


def redesigned_article(name: str, country: str, day: str, post: str) -> str:
    """An article page in the new template: the body sits in section.news-v2__body."""
    title = f"外逃职务犯罪嫌疑人{name}回国投案"
    paragraphs = (
        f"中新网3月2日电 据中央纪委国家监委网站消息，在中央追逃办统筹协调下，经有关单位不懈努力，"
        f"外逃8年的职务犯罪嫌疑人{name}于{day}从{country}回国投案。",
        f"{name}，原{post}，涉嫌贪污、受贿犯罪，2017年1月外逃。",
        "2025年以来，各地追逃办持续推进天网行动，一批外逃人员相继回国投案或被缉捕归案。",
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}-中新网</title></head>"
        "<body><nav><a href='/'>首页</a> <a href='/gn/'>国内</a></nav><main>"
        f"<article class='news-v2'><h1 class='news-v2__title'>{title}</h1>"
        f"<section class='news-v2__body'>{body}<p>【编辑:王萌】</p></section></article></main>"
        "<footer>关于我们 | 联系我们</footer></body></html>"
    )


def listing(entries: dict[str, tuple[str, str, str, str]]) -> str:
    items = "".join(
        f"<li><div class='dd_bt'><a href='/gn/2025/03-02/{doc}.shtml'>外逃职务犯罪嫌疑人"
        f"{name}回国投案</a></div><div class='dd_time'>3-2 10:1{i}</div></li>"
        for i, (doc, (name, *_)) in enumerate(entries.items())
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>滚动新闻</title></head>"
        f"<body><div class='content_list'><ul>{items}</ul></div></body></html>"
    )


def build_mirror(root: Path) -> None:
    site = root / HOST
    (site / "scroll-news").mkdir(parents=True)
    (site / "scroll-news" / "news1.html").write_text(listing(ARTICLES), "utf-8")
    (site / "scroll-news" / "news2.html").write_text(listing({}), "utf-8")
    for doc, facts in ARTICLES.items():
        path = site / "gn" / "2025" / "03-02" / f"{doc}.shtml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(redesigned_article(*facts), "utf-8")


def crawl(url: str, db: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pipelines.cli", "crawl", "chinanews", "--mirror", url]
    cmd += ["--db", str(db), "--quiet", *extra]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)


def test_a_changed_template_loses_nothing_and_the_run_says_so(tmp_path):
    build_mirror(tmp_path / "mirror")
    db = tmp_path / "db.sqlite"
    with MirrorServer(tmp_path / "mirror") as server:
        done = crawl(server.url, db)
    assert done.returncode == EXIT_FAILURE, done.stderr[-3000:]
    assert "monitor failed: chinanews: Selector miss monitor" in done.stderr
    assert "3 of 3 article pages (100%) needed the generic extractor" in done.stderr

    with open_store(db) as store:
        docs = {d["url"]: d for d in store.iter_documents()}
        stats = json.loads(store.runs()[-1]["stats"])
    assert len(docs) == 3  # nothing lost
    for doc, (name, _country, day, _post) in ARTICLES.items():
        stored = docs[f"https://{HOST}/gn/2025/03-02/{doc}.shtml"]
        assert stored["fallback"] == "trafilatura: the body selector found no body"
        assert stored["title"] == f"外逃职务犯罪嫌疑人{name}回国投案"
        assert f"{name}于{day}从" in stored["text"] and "编辑" not in stored["text"]
    site = stats["sites"]["chinanews"]
    assert (site["selector_pages"], site["selector_miss"], site["kept"]) == (3, 3, 3)
    assert site["cases"] == 3
    assert stats["failed_sites"] == ["chinanews"]
    log = "".join(p.read_text("utf-8") for p in (tmp_path / "logs").glob("crawl-*.log"))
    assert log.count("chinanews: selector miss at") == 3

    rows = {row["site"]: row for row in site_status(str(db))}
    assert rows["chinanews"]["state"] == "failed"
    line = next(
        x for x in format_status(list(rows.values())).splitlines() if x.startswith("chinanews")
    )
    assert "3/3" in line and "Selector miss monitor" in line and "FAILED" in line


def test_a_tolerated_share_of_misses_passes_but_is_still_counted(tmp_path):
    build_mirror(tmp_path / "mirror")
    db = tmp_path / "db.sqlite"
    with MirrorServer(tmp_path / "mirror") as server:
        done = crawl(server.url, db, "--set", "RETURNWATCH_MAX_SELECTOR_MISS=1.0")
    assert done.returncode == EXIT_OK, done.stderr[-3000:]
    with open_store(db) as store:
        site = json.loads(store.runs()[-1]["stats"])["sites"]["chinanews"]
    assert (site["selector_miss"], site["kept"]) == (3, 3)
