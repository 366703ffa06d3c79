"""Preserved evidence: the store keeps each page as fetched (bytes, status, headers, capture time,
SHA-256 of the body), the WARC export writes the sources' captured copies, the JSON export names
each source's SHA-256 and capture time, the review page offers the copy as a download only."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import zlib
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from store_backends import execute
from store_samples import (
    CCDI_URL,
    HOSTILE_URL,
    LIU_URL,
    PROVINCE_URL,
    articles,
    case_of,
    run_cli,
)
from warcio.archiveiterator import ArchiveIterator

from output.exporters import export, json_format
from output.exporters.cases import export_case, export_cases, iter_export_cases
from output.review.app import create_app
from output.store import Store, open_store

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema

REDIRECTED = "https://www.zjsjw.gov.cn/ttxw/moved.shtml"
HEADERS = [
    ("Server", "nginx"),
    ("Content-Type", "text/html; charset=utf-8"),
    ("Set-Cookie", "a=1"),
    ("Set-Cookie", "b=2"),
    ("Content-Encoding", "gzip"),
    ("Content-Length", "17"),
]


def page(document: dict[str, Any]) -> bytes:
    """The page's bytes as a site would have served them (a script included: it must stay inert)."""
    title, text = document["title"], document["text"]
    return (
        f"<html><head><title>{title}</title><script>alert(1)</script></head>"
        f"<body><p>{text}</p></body></html>"
    ).encode()


def fill_captured(store: Store) -> None:
    """The sample articles, every one but Liu's with its page kept; the CCDI and province pages
    with their HTTP response, the others (a mirror's files) without."""
    for document, makers in articles():
        doc = dict(document)
        if doc["url"] != LIU_URL:
            doc["raw"] = page(doc)
        if doc["url"] in (CCDI_URL, PROVINCE_URL):
            doc.update(http_status=200, http_headers=HEADERS)
        if doc["url"] == PROVINCE_URL:
            doc["final_url"] = REDIRECTED
        doc_id, _ = store.add_document(doc)
        store.add_mentions(doc_id, [make() for make in makers])


@pytest.fixture()
def db(store_db: Path) -> Path:
    with open_store(store_db) as store:
        fill_captured(store)
        for url in (CCDI_URL, HOSTILE_URL, LIU_URL):
            store.accept(case_of(store, url)["id"], "Ana")
    return store_db


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def documents(db: Path) -> dict[str, dict[str, Any]]:
    with open_store(db) as store:
        return {d["url"]: d for d in store.iter_documents()}


def test_the_response_is_kept_as_fetched(db: Path) -> None:
    docs = documents(db)
    ccdi = docs[CCDI_URL]
    assert zlib.decompress(ccdi["raw"]) == page(articles()[0][0])
    assert ccdi["body_sha256"] == sha(page(articles()[0][0]))
    assert ccdi["http_status"] == 200 and ccdi["fetched_at"] == "2024-06-01T08:00:00+00:00"
    assert json.loads(ccdi["http_headers"]) == [list(pair) for pair in HEADERS]
    hostile = docs[HOSTILE_URL]
    assert (hostile["http_status"], hostile["http_headers"]) == (None, None)
    assert hostile["body_sha256"] == sha(zlib.decompress(hostile["raw"]))
    assert docs[LIU_URL]["raw"] is None and docs[LIU_URL]["body_sha256"] is None


def test_bad_headers_are_refused_naming_the_url(store_db: Path) -> None:
    document = {**articles()[0][0], "raw": b"<html></html>", "http_headers": [("Server",)]}
    with open_store(store_db) as store, pytest.raises(Exception, match=CCDI_URL + ".*pairs"):
        store.add_document(document)


def test_version_5_store_gets_the_response_columns(store_db: Path) -> None:
    """Schema 5 kept the raw bytes only: the upgrade adds status and headers (null: not kept),
    computes the SHA-256 of every kept body and adds the indexes exports read cases by."""
    with open_store(store_db) as store:
        fill_captured(store)
    for column in ("http_status", "http_headers", "body_sha256"):
        execute(store_db, f"alter table documents drop column {column}")
    for index in ("ix_cases_created_at_id", "ix_cases_status_created_at_id"):
        execute(store_db, f"drop index {index}")
    execute(store_db, "drop table captures")
    execute(store_db, "update meta set value='5' where key='schema_version'")
    docs = documents(store_db)
    with open_store(store_db) as store, store.connect() as conn:
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("cases")}
        tables = set(sa.inspect(conn).get_table_names())
    assert {"ix_cases_created_at_id", "ix_cases_status_created_at_id"} <= indexes
    assert "captures" in tables
    assert docs[CCDI_URL]["body_sha256"] == sha(page(articles()[0][0]))
    assert docs[CCDI_URL]["http_status"] is None and docs[LIU_URL]["body_sha256"] is None


def test_json_export_names_each_sources_sha256_and_capture_time(db: Path, tmp_path: Path) -> None:
    export(db, "json", tmp_path / "cases.json")
    document = json.loads((tmp_path / "cases.json").read_text("utf-8"))
    sources = {s["url"]: s for case in document["cases"] for s in case["sources"]}
    docs = documents(db)
    assert sources[CCDI_URL]["sha256"] == docs[CCDI_URL]["body_sha256"]
    assert sources[CCDI_URL]["captured_at"] == "2024-06-01T08:00:00+00:00"
    assert sources[LIU_URL]["sha256"] is None  # no copy kept
    json_format.validate_document(document)


def test_streamed_json_is_the_whole_document_as_before(db: Path, tmp_path: Path) -> None:
    """The cases read in bulk equal those read one by one, and the streamed bytes equal the
    document built whole and dumped at once (what the export wrote before), valid."""
    for status in ("accepted", "all"):
        with open_store(db, read_only=True) as store:
            # the cases read one query each, as the export read them before it streamed
            wanted = None if status == "all" else status
            cases = [export_case(store.get_case(i) or {}) for i in store.case_ids(wanted)]
            assert export_cases(store, status) == cases  # read in bulk: the same
            buffer = io.BytesIO()
            with store.connect() as conn:
                count = json_format.write(buffer, iter_export_cases(conn, status), "T")
        whole = json_format.build_document(cases, "T")
        expected = json.dumps(whole, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        assert buffer.getvalue() == expected and count == len(cases) > 0
        json_format.validate_document(json.loads(buffer.getvalue()))
    empty = io.BytesIO()
    assert json_format.write(empty, iter([]), "T") == 0
    nothing = json.dumps(json_format.build_document([], "T"), indent=2).encode() + b"\n"
    assert empty.getvalue() == nothing


def read_warc(path: Path) -> list[Any]:
    """(type, uri, date, payload digest, body, http status, http headers) of every record."""
    out = []
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle, check_digests="raise"):
            headers = record.rec_headers
            http = record.http_headers
            out.append(
                (
                    record.rec_type,
                    headers.get_header("WARC-Target-URI"),
                    headers.get_header("WARC-Date"),
                    headers.get_header("WARC-Payload-Digest"),
                    record.content_stream().read(),
                    http.get_statuscode() if http else None,
                    http.headers if http else None,
                )
            )
    return out


def test_warc_export_reads_back_with_every_digest_as_stored(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.warc.gz"
    result = export(db, "warc", out, status="all")
    docs = documents(db)
    records = read_warc(out)
    kept = {url: d for url, d in docs.items() if d["raw"] is not None}
    assert result.records == len(records) == len(kept) == 7 and result.missing == 1
    assert result.cases == 5 and out.read_bytes()[:2] == b"\x1f\x8b"
    for rec_type, uri, date, digest, body, status, http in records:
        doc = kept[uri]
        assert sha(body) == doc["body_sha256"] == base64.b32decode(digest[7:]).hex()
        assert digest.startswith("sha256:") and date == "2024-06-01T08:00:00Z"
        if uri in (CCDI_URL, PROVINCE_URL):
            assert rec_type == "response" and status == "200"
            assert http == [
                ("Server", "nginx"),
                ("Content-Type", "text/html; charset=utf-8"),
                ("Set-Cookie", "a=1"),
                ("Set-Cookie", "b=2"),
                ("X-Original-Content-Encoding", "gzip"),
                ("Content-Length", str(len(body))),
            ]
        else:
            assert rec_type == "resource" and status is None
    with gzip.open(out, "rb") as handle:
        assert handle.read(9) == b"WARC/1.1\r"
    with out.open("rb") as handle:
        finals = {
            r.rec_headers.get_header("WARC-Target-URI"): r.rec_headers.get_header(
                "WARC-Returnwatch-Final-URI"
            )
            for r in ArchiveIterator(handle)
        }
    assert finals[PROVINCE_URL] == REDIRECTED and finals[CCDI_URL] is None


def test_warc_export_of_accepted_cases_holds_their_sources_only(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "accepted.warc.gz"
    result = export(db, "warc", out)
    with open_store(db) as store:
        sources = {
            m["url"] for url in (CCDI_URL, HOSTILE_URL) for m in case_of(store, url)["mentions"]
        }
    assert {uri for _, uri, *_ in read_warc(out)} == sources
    assert result.cases == 3 and result.missing == 1  # Liu's page was not kept


def review_client(db: Path) -> Any:
    client = create_app(db).test_client()
    client.set_cookie("rw_reviewer", "Ana")
    return client


def test_case_page_shows_capture_and_offers_the_copy_as_a_download(db: Path) -> None:
    with open_store(db) as store:
        chen = case_of(store, CCDI_URL)
        liu = case_of(store, LIU_URL)
    ccdi = documents(db)[CCDI_URL]
    client = review_client(db)
    html = client.get(f"/case/{chen['id']}").get_data(as_text=True)
    link = f"/document/{ccdi['id']}/captured"
    assert ccdi["body_sha256"] in html and "2024-06-01T08:00:00+00:00" in html
    assert f'href="{link}" download' in html and "(HTTP 200)" in html
    response = client.get(link)
    assert response.status_code == 200 and response.data == page(articles()[0][0])
    assert response.headers["Content-Type"] == "application/octet-stream"
    assert response.headers["Content-Disposition"] == f'attachment; filename="{ccdi["id"]}.html"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-SHA256"] == ccdi["body_sha256"]
    liu_html = client.get(f"/case/{liu['id']}").get_data(as_text=True)
    assert "no captured copy kept" in liu_html
    assert client.get(f"/document/{documents(db)[LIU_URL]['id']}/captured").status_code == 404
    assert client.get("/document/doc-nope/captured").status_code == 404


def test_cli_warc_export_says_what_it_wrote(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cases.warc.gz"
    status = run_cli(["export", "--db", str(db), "--format", "warc", "--output", str(out)])
    said = capsys.readouterr().out
    assert status == 0 and said.startswith("wrote 4 WARC records for the sources of 3 cases")
    assert ", 1 source without a captured copy (" in said and len(read_warc(out)) == 4


def test_an_edited_page_keeps_its_earlier_capture(db: Path, tmp_path: Path) -> None:
    """The page is fetched again after an edit at the source: the document takes the new page,
    the capture it held is kept, and the WARC holds both, each with its own date and digest."""
    first = documents(db)[CCDI_URL]
    original = next(d for d, _ in articles() if d["url"] == CCDI_URL)
    edited_text = original["text"] + "\n（本文已更新）"
    edited = {
        **original,
        "text": edited_text,
        "html_hash": sha(edited_text.encode()),
        "raw": b"<html><body>" + edited_text.encode() + b"</body></html>",
        "fetched_at": "2025-02-01T09:00:00Z",
        "http_status": 200,
        "http_headers": [("Content-Type", "text/html")],
    }
    with open_store(db) as store:
        store.add_document(dict(edited))  # a second fetch of the edited page: nothing new kept
        store.add_document(dict(edited))
        with store.connect() as conn:
            kept = conn.execute(
                sa.text("select document_id, body_sha256, fetched_at from captures")
            ).all()
    assert [tuple(row) for row in kept] == [
        (first["id"], first["body_sha256"], "2024-06-01T08:00:00+00:00")
    ]
    assert documents(db)[CCDI_URL]["body_sha256"] == sha(edited["raw"])
    out = tmp_path / "cases.warc.gz"
    result = export(db, "warc", out, status="all")
    ccdi = [(date, body) for _, uri, date, _, body, *_ in read_warc(out) if uri == CCDI_URL]
    assert ccdi == [
        ("2025-02-01T09:00:00Z", edited["raw"]),
        ("2024-06-01T08:00:00Z", page(original)),
    ]
    assert result.records == 8
