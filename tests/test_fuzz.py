"""Fuzzing in CI (issue 10): hostile input to the extraction, the JSONL reader and ``extract``
command, the page parsers and the archive reader. No exception escapes, every record keeps
extract/case_record.schema.json and every evidence offset verifies against the text.

The longer run (100,000 documents) is ``bench/fuzz_extract.py``.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from fuzzing import (
    check_records,
    documents,
    encoded_pages,
    extract_and_check,
    html_documents,
    jsonl_lines,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.document import Document
from extract.jsonl import BadLine, iter_jsonl, parse_json_line
from pipelines.batch import extract_file
from scrapers.archives import read_archive
from scrapers.config import load_sites
from scrapers.parsing.article import parse_article
from scrapers.parsing.challenge import detect_challenge
from scrapers.parsing.encoding import choose_encoding, declared_charset
from scrapers.parsing.generic import generic_article
from scrapers.parsing.listing import parse_json_listing, parse_listing

# FUZZ_EXAMPLES scales every test (CI: the defaults below, about a minute in all).
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))
FUZZ = settings(
    max_examples=int(150 * SCALE),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
SITES = load_sites()


@FUZZ
@given(documents)
def test_extraction_of_hostile_documents(document):
    extract_and_check(document)


@FUZZ
@given(st.lists(jsonl_lines, min_size=1, max_size=8))
def test_the_jsonl_reader_never_raises(lines):
    import io

    bad: list[BadLine] = []
    good = list(iter_jsonl(io.BytesIO(b"\n".join(lines)), "in.jsonl", bad.append))
    assert {n for n, _ in good}.isdisjoint({b.line for b in bad})
    for line in bad:
        assert str(line).startswith("in.jsonl:") and "\n" not in str(line)
    for _, value in good:
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # no lone surrogate got through


@settings(FUZZ, max_examples=int(40 * SCALE))
@given(st.lists(jsonl_lines, min_size=1, max_size=6))
def test_the_extract_command_keeps_good_lines_and_valid_records(tmp_path_factory, lines):
    tmp = tmp_path_factory.mktemp("fuzz")
    source, out = tmp / "in.jsonl", tmp / "out.jsonl"
    source.write_bytes(b"\n".join(lines))
    report = extract_file(str(source), str(out), warn=lambda _m: None)
    # one record a line: split at \n only (splitlines would also cut at U+0085 or U+2028 inside an id)
    written = [line for line in out.read_text("utf-8").split("\n") if line]
    assert len(written) == report.cases
    by_id: dict[str, list[dict]] = {}
    for line in written:
        record = json.loads(line)
        by_id.setdefault(record["document_id"], []).append(record)
    docs = []
    for raw in lines:
        try:
            data = parse_json_line(raw)
        except ValueError:
            continue
        if (
            isinstance(data, dict)
            and isinstance(data.get("text"), str)
            and str(data.get("id") or "")
        ):
            docs.append(Document(id=str(data["id"]), text=data["text"]))
    ids = [doc.id for doc in docs]
    for doc in docs:
        if ids.count(doc.id) == 1:  # records of two lines with one id cannot be told apart
            for record in by_id.get(doc.id, []):
                for evidence in record["evidence"]:
                    assert doc.text[evidence["start"] : evidence["end"]] == evidence["text"]


@FUZZ
@given(
    st.one_of(
        html_documents,
        st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),  # JSON nested too deep
        st.integers(4300, 6000).map(lambda n: "9" * n),  # a number too long to read
    ),
    st.sampled_from(sorted(SITES)),
)
def test_page_parsers_on_arbitrary_html(html, site):
    config = SITES[site]
    url = (config.start_urls or ["https://example.org/"])[0]
    article = parse_article(html, url, config)
    assert article is not None
    generic_article(html, url)
    detect_challenge(200, html)
    for discovery in config.discovery:
        if discovery.strategy == "json":
            try:
                parse_json_listing(html, url, discovery)
            except ValueError as exc:  # documented: not JSON, named with its URL
                assert str(exc).startswith(url) and "\n" not in str(exc)
        else:
            parse_listing(html, url, discovery)


@FUZZ
@given(encoded_pages, st.sampled_from([None, "utf-8", "gbk", "nonsense", "utf-16"]))
def test_decoding_bytes_in_every_encoding(body, header_charset):
    content_type = f"text/html; charset={header_charset}" if header_charset else None
    declared = declared_charset(body, content_type)
    encoding = choose_encoding(body, declared, None)
    text = body.decode(encoding, "replace")
    generic_article(text, "https://example.org/a.html")


@settings(FUZZ, max_examples=int(60 * SCALE))
@given(st.binary(max_size=3000), st.sampled_from([".warc", ".warc.gz", ".arc.gz"]), st.booleans())
def test_the_archive_reader_on_arbitrary_bytes(tmp_path_factory, body, suffix, compress):
    path = Path(tmp_path_factory.mktemp("warc")) / f"a{suffix}"
    path.write_bytes(gzip.compress(body) if compress else body)
    for _entry in read_archive(path):
        pass  # pages and problems, never an exception


@settings(FUZZ, max_examples=int(60 * SCALE))
@given(html_documents)
def test_the_archive_reader_on_hostile_records(tmp_path_factory, html):
    from warcio.warcwriter import WARCWriter

    path = Path(tmp_path_factory.mktemp("warc")) / "a.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        payload = html.encode("utf-8", "surrogatepass")
        http = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + f"Content-Length: {len(payload)}\r\n\r\n".encode()
        )
        import io

        record = writer.create_warc_record(
            "https://www.ccdi.gov.cn/x.html", "response", payload=io.BytesIO(http + payload)
        )
        writer.write_record(record)
    for _entry in read_archive(path):
        pass


def test_check_records_catches_a_wrong_offset():
    from dataclasses import replace

    import pytest
    from fuzzing import DEVSET

    first = json.loads(DEVSET.read_text("utf-8").splitlines()[0])
    document = Document(id="d", text=first["text"], published=first["published"])
    (record,) = extract_and_check(document)
    record.evidence[0] = replace(record.evidence[0], start=record.evidence[0].start + 1)
    with pytest.raises(AssertionError):
        check_records(document, [record])


def test_lone_surrogates_in_every_field_still_give_writable_records():
    """Found by the 100,000-document run: a lone surrogate in the URL reached source_url."""
    from fuzzing import DEVSET

    first = json.loads(DEVSET.read_text("utf-8").splitlines()[0])
    document = Document(
        id="a\ud800",
        text=first["text"] + "\udfff",
        url="https://www.ccdi.gov.cn/\uda28",
        title="\ud83d",
        published=first["published"],
    )
    records = extract_and_check(document)
    assert records
    for record in records:
        assert "\ufffd" in record.document_id and "\ufffd" in (record.source_url or "")
