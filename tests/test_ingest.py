# ruff: noqa: E501  (article texts stay on one line)
"""``returnwatch ingest``: WARC files and wget --mirror trees through the crawl's parsing,
relevance filter and extraction into the store, idempotently, with bad input named and skipped.

The archives are written here with warcio's writer (and as a plain directory tree) from the
crawl's mock pages in samples/mirror/ and from pages written below (fictional people).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from output.store import open_store
from pipelines.cli import main
from pipelines.ingest import (
    SKIP_CHALLENGE,
    SKIP_NOT_ARTICLE,
    SKIP_NOT_HTML,
    SKIP_STATUS,
    SKIP_UNCHANGED,
    ingest,
)
from scrapers.archives import mirror_url

REPO = Path(__file__).resolve().parent.parent
MIRROR = REPO / "samples" / "mirror"

CCDI_ARTICLE = "https://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html"
CCDI_LISTING = "https://www.ccdi.gov.cn/toutiaon/index.html"
CCDI_CHALLENGED = "https://www.ccdi.gov.cn/yaowenn/202406/t20240619_990030.html"
CCDI_GONE = "https://www.ccdi.gov.cn/yaowenn/202405/t20240501_980001.html"
MXX_ARTICLE = "https://www.mxx.gov.cn/art/2024/6/20/art_1229_3345678.html"
PEOPLE_ARTICLE = "http://fanfu.people.com.cn/n1/2024/0524/c64371-40242001.html"
COUNTY_ARTICLE = "https://jw.mouxian.gov.cn/art/2024/5/17/art_1201_88321.html"
COUNTY_MEETING = "https://jw.mouxian.gov.cn/art/2024/5/20/art_1201_88420.html"
COUNTY_LOGO = "https://jw.mouxian.gov.cn/images/logo.png"
WARC_DATE = "2024-07-01T08:00:00Z"

# A county discipline commission's article (not a configured site: the generic extractor), GBK.
COUNTY_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外逃职务犯罪嫌疑人孟庆华回国投案_某县纪委监委</title></head>
<body><div class="header"><a href="/">首页</a> &gt; <a href="/col/col1201/">工作动态</a></div>
<div class="article">
<h1>外逃职务犯罪嫌疑人孟庆华回国投案</h1>
<div class="info">发布时间：2024-05-17 10:30　来源：某县纪委监委</div>
<div class="content">
<p>　　2024年5月16日，在中央追逃办统筹协调下，经省、市追逃办和县纪委监委共同努力，外逃7年的职务犯罪嫌疑人孟庆华从马来西亚回国投案。</p>
<p>　　孟庆华，男，1968年出生，原某县农业农村局副局长，涉嫌贪污犯罪，2017年3月外逃。</p>
<p>　　县纪委监委有关负责人表示，将坚持追逃防逃追赃一体推进，持续加大追逃追赃力度，对外逃人员一追到底，决不让任何腐败分子逍遥法外。</p>
</div></div>
<div class="footer">主办：中共某县纪律检查委员会　某县监察委员会</div>
</body></html>"""

# The same site's report of a meeting: names no return, so the relevance filter drops it.
MEETING_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>县纪委监委召开全会_某县纪委监委</title></head>
<body><div class="article"><h1>县纪委监委召开第五次全体会议</h1>
<div class="info">发布时间：2024-05-20 16:00　来源：某县纪委监委</div>
<div class="content"><p>　　5月20日，县纪委监委召开第五次全体会议，传达学习上级纪委全会精神，总结上一阶段工作，部署下一阶段任务。</p>
<p>　　会议强调，要坚持严的基调，持续深化整治群众身边不正之风，推动全面从严治党向纵深发展。</p></div></div>
</body></html>"""

# url -> (site, title, published, source_line)
EXPECTED_DOCS = {
    CCDI_ARTICLE: ("ccdi", "“红通人员”周建平回国投案", "2024-06-24T06:30", "中央纪委国家监委网站"),
    MXX_ARTICLE: ("generic", "外逃人员冯某回国投案自首", "2024-06-20", "某县公安局"),
    COUNTY_ARTICLE: (
        "generic",
        "外逃职务犯罪嫌疑人孟庆华回国投案",
        "2024-05-17T10:30",
        "某县纪委监委",
    ),
}
# url -> (name, return_date, fled_to, method) the extraction yields
EXPECTED_CASES = {
    CCDI_ARTICLE: ("周建平", "2024-06-20", ["NZ"], "surrendered"),
    MXX_ARTICLE: ("冯某", "2024-06-18", ["TH"], "surrendered"),
    COUNTY_ARTICLE: ("孟庆华", "2024-05-16", ["MY"], "surrendered"),
}


def sample(url: str) -> bytes:
    """A page of the crawl's sample mirror, by its original URL."""
    host, _, path = url.split("://", 1)[1].partition("/")
    return (MIRROR / host / path).read_bytes()


def response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": WARC_DATE},
    )
    writer.write_record(record)


def write_warc(path: Path) -> None:
    """A crawl's WARC: articles, a listing, a challenge, a 404, an image, request/revisit records."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders(
            "GET /toutiaon/index.html HTTP/1.1",
            [("Host", "www.ccdi.gov.cn")],
            is_http_request=True,
        )
        writer.write_record(
            writer.create_warc_record(CCDI_LISTING, "request", http_headers=request)
        )
        response(writer, CCDI_LISTING, sample(CCDI_LISTING), "text/html; charset=utf-8")
        response(writer, CCDI_ARTICLE, sample(CCDI_ARTICLE), "text/html; charset=utf-8")
        challenge = (MIRROR / "_challenges" / "cookie.html").read_bytes()
        response(writer, CCDI_CHALLENGED, challenge, "text/html; charset=utf-8")
        response(writer, CCDI_GONE, b"<html><body>404</body></html>", "text/html", "404 Not Found")
        # charset only in the page's <meta> (GBK bytes), none in the HTTP header
        response(writer, COUNTY_ARTICLE, COUNTY_HTML.encode("gb18030"), "text/html")
        response(writer, COUNTY_MEETING, MEETING_HTML.encode("utf-8"), "text/html; charset=utf-8")
        response(writer, COUNTY_LOGO, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        writer.write_record(
            writer.create_revisit_record(
                CCDI_ARTICLE, "sha1:AAAA", CCDI_ARTICLE, WARC_DATE, http_headers=None
            )
        )


def write_truncated_warc(path: Path) -> None:
    """One good record, then a gzip member cut off in the middle (a copy that never finished)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    response(writer, MXX_ARTICLE, sample(MXX_ARTICLE), "text/html; charset=utf-8")
    second = io.BytesIO()
    response(WARCWriter(second, gzip=True), PEOPLE_ARTICLE, sample(PEOPLE_ARTICLE), "text/html")
    path.write_bytes(buffer.getvalue() + second.getvalue()[:200])


def stored(db: Path) -> tuple[dict[str, dict], dict[str, tuple]]:
    with open_store(db) as store:
        docs = {d["url"]: d for d in store.iter_documents()}
        with store.connect() as conn:
            rows = conn.execute(text("select document_id, record from mentions")).all()
    cases = {}
    by_id = {d["id"]: url for url, d in docs.items()}
    for document_id, record in rows:
        r = json.loads(record)
        url = by_id[document_id]
        assert url not in cases, f"two mentions stored for {url}"
        cases[url] = (r["name"], r["return_date"], r["fled_to"], r["method"])
    return docs, cases


def test_warc_pages_are_parsed_extracted_and_stored_once(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    broken = tmp_path / "broken.warc.gz"
    not_warc = tmp_path / "notes.warc"
    write_warc(warc)
    write_truncated_warc(broken)
    not_warc.write_text("these are notes, not an archive\n", "utf-8")
    db = tmp_path / "db.sqlite"
    reported: list[str] = []

    result = ingest(
        [warc, broken, not_warc, tmp_path / "missing.warc"], db, on_problem=reported.append
    )

    docs, cases = stored(db)
    assert set(docs) == set(EXPECTED_DOCS)
    for url, (site, title, published, source) in EXPECTED_DOCS.items():
        doc = docs[url]
        assert (doc["site"], doc["title"], doc["published"], doc["source_line"]) == (
            site,
            title,
            published,
            source,
        )
        assert doc["fetched_at"] == WARC_DATE  # when it was archived, not when ingested
        assert doc["http_status"] == 200  # the archive's capture record, kept as fetched
    county = docs[COUNTY_ARTICLE]
    assert json.loads(county["http_headers"]) == [["Content-Type", "text/html"]]
    assert county["body_sha256"] == hashlib.sha256(COUNTY_HTML.encode("gb18030")).hexdigest()
    assert "孟庆华，男，1968年出生，原某县农业农村局副局长" in docs[COUNTY_ARTICLE]["text"]
    assert cases == EXPECTED_CASES
    assert (result.pages, result.kept, result.cases, result.irrelevant) == (8, 3, 3, 1)
    assert result.skipped == {
        SKIP_NOT_ARTICLE: 1,  # the column listing
        SKIP_CHALLENGE: 1,  # ccdi's cookie interstitial saved instead of the article
        SKIP_STATUS: 1,  # 404
        SKIP_NOT_HTML: 1,  # logo.png
    }
    # the unreadable inputs, each named; the good record before the break is stored
    assert reported == result.problems
    assert len(reported) == 3
    assert reported[0].startswith(f"{broken}: not a readable WARC/ARC file after record 1")
    assert reported[1] == f"{not_warc}: not a WARC/ARC file (it starts with b'these are no')"
    assert reported[2] == f"{tmp_path / 'missing.warc'}: cannot read (No such file or directory)"
    with open_store(db) as store:
        run = store.runs()[-1]
        seen = store.seen(COUNTY_MEETING)
    assert run["sites"] == '["ingest"]'
    assert json.loads(run["stats"])["kept"] == 3
    assert seen is not None  # the irrelevant page is remembered like the crawl remembers it

    again = ingest([warc, broken], db)
    assert stored(db) == (docs, cases)
    assert (again.kept, again.irrelevant) == (0, 0)
    assert again.skipped[SKIP_UNCHANGED] == 4  # the three articles and the meeting


def write_tree(root: Path) -> None:
    """A wget --mirror tree: HOST/PATH with the query in the file name."""
    for url in (CCDI_ARTICLE, CCDI_LISTING, PEOPLE_ARTICLE):
        target = root / url.split("://", 1)[1]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(sample(url))
    county = root / "jw.mouxian.gov.cn"
    (county / "art/2024/5/17").mkdir(parents=True)
    (county / "art/2024/5/17/art_1201_88321.html").write_bytes(COUNTY_HTML.encode("gb18030"))
    (county / "images").mkdir()
    (county / "images/logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    search = root / "www.ccdi.gov.cn/was5/web"
    search.mkdir(parents=True)
    (search / "search?page=1&searchword=%E5%8A%9D%E8%BF%94").write_bytes(
        b'<html><head><meta charset="utf-8"></head><body><ul class="s_0603_list"></ul></body></html>'
    )
    (root / "notes").mkdir()  # not a host directory: ignored
    (root / "notes" / "README.txt").write_text("mirrored 2024-07-01", "utf-8")


def test_mirror_tree_maps_host_path_back_to_urls(tmp_path: Path) -> None:
    tree = tmp_path / "mirror"
    write_tree(tree)
    db = tmp_path / "db.sqlite"

    result = main(["ingest", str(tree), "--db", str(db), "--quiet"])

    assert result == 0
    docs, cases = stored(db)
    assert set(docs) == {CCDI_ARTICLE, PEOPLE_ARTICLE, COUNTY_ARTICLE}  # people.com.cn is http://
    assert docs[PEOPLE_ARTICLE]["title"] == "外逃职务犯罪嫌疑人林文斌被劝返回国"
    assert docs[PEOPLE_ARTICLE]["published"] == "2024-05-24T06:15"
    # a mirror keeps the file, not the response: no status or headers, the body's SHA-256
    assert (docs[PEOPLE_ARTICLE]["http_status"], docs[PEOPLE_ARTICLE]["http_headers"]) == (
        None,
        None,
    )
    assert docs[PEOPLE_ARTICLE]["body_sha256"] == hashlib.sha256(sample(PEOPLE_ARTICLE)).hexdigest()
    assert cases == {
        CCDI_ARTICLE: EXPECTED_CASES[CCDI_ARTICLE],
        COUNTY_ARTICLE: EXPECTED_CASES[COUNTY_ARTICLE],
        PEOPLE_ARTICLE: ("林文斌", "2024-05-21", ["MY"], "persuaded"),
    }

    assert main(["ingest", str(tree), "--db", str(db), "--quiet"]) == 0
    assert stored(db) == (docs, cases)


def test_mirror_file_names_become_the_original_urls() -> None:
    assert mirror_url("www.ccdi.gov.cn/toutiaon/index.html") == CCDI_LISTING
    assert (
        mirror_url("www.ccdi.gov.cn/was5/web/search?page=1&searchword=%E5%8A%9D%E8%BF%94")
        == "https://www.ccdi.gov.cn/was5/web/search?page=1&searchword=%E5%8A%9D%E8%BF%94"
    )
    assert mirror_url("example.org/新闻/a b.html") == (
        "https://example.org/%E6%96%B0%E9%97%BB/a%20b.html"
    )


def test_cli_reports_bad_input_by_name_and_keeps_what_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = tmp_path / "mirror"
    write_tree(tree)
    db = tmp_path / "db.sqlite"
    assert main(["ingest", str(tree), "--db", str(db), "--quiet"]) == 0
    before = stored(db)
    bad = tmp_path / "site.warc.gz"
    bad.write_bytes(
        gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")[
            :-9
        ]
    )
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()

    status = main(["ingest", str(bad), str(empty_dir), "--db", str(db)])

    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert err[0].startswith(f"returnwatch ingest: {bad}")
    assert err[1] == (
        f"returnwatch ingest: {empty_dir}: no HOST/PATH directories (expected a wget --mirror tree)"
    )
    assert stored(db) == before


def test_unreadable_store_is_refused_without_touching_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite"
    db.write_bytes(b"not a database at all")
    tree = tmp_path / "mirror"
    write_tree(tree)
    shutil.rmtree(tree / "notes")
    assert main(["ingest", str(tree), "--db", str(db)]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert db.read_bytes() == b"not a database at all"
