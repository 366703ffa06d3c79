"""Hypothesis strategies for hostile input, shared by tests/test_fuzz.py (CI) and the longer
run bench/fuzz_extract.py: documents mixing real announcement sentences with arbitrary Unicode
(surrogates, control characters, every script), malformed JSONL lines, arbitrary HTML, and
byte strings in every encoding the crawl decodes."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from extract import Document, extract_cases
from extract.record import CaseRecord

DEVSET = Path(__file__).resolve().parent / "data" / "devset.jsonl"
# what the crawl decodes (scrapers/parsing/encoding.py) and what wrong declarations claim
ENCODINGS = ("utf-8", "gb18030", "gbk", "gb2312", "big5", "latin-1", "utf-16", "shift_jis")


@cache
def sentences() -> list[str]:
    """The sentences of the dev set's announcements: the extraction's real triggers."""
    found: list[str] = []
    for line in DEVSET.read_text("utf-8").splitlines():
        text = json.loads(line)["text"]
        found += [s + "。" for s in text.replace("\n", "。").split("。") if s.strip()]
    return found


any_unicode = st.text(st.characters(codec=None, categories=None), max_size=80)
any_char = st.characters(codec=None, categories=None)
fragments = st.one_of(
    st.sampled_from(sentences()),
    any_unicode,
    st.sampled_from(["\n", "，", "、", "2019年3月", "今年6月", "美国", "回国投案", "某某", "\x00"]),
    st.builds(
        lambda s, i, c: s[:i] + c + s[i:],
        st.sampled_from(sentences()),
        st.integers(0, 60),
        any_char,
    ),
)
texts = st.lists(fragments, max_size=12).map("".join)
published = st.one_of(
    st.none(),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}"),
)
documents = st.builds(
    Document,
    id=st.text(min_size=1, max_size=10),
    text=texts,
    url=st.one_of(st.none(), st.just("https://www.ccdi.gov.cn/a.html"), any_unicode),
    published=published,
    title=st.one_of(st.none(), texts),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_unicode,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_unicode, inner, max_size=4),
    max_leaves=12,
)
document_objects = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=8), st.integers(), st.none()), "text": texts},
    optional={"published": published, "title": any_unicode, "html": any_unicode, "x": json_values},
)
jsonl_lines = st.one_of(
    document_objects.map(lambda d: json.dumps(d).encode("utf-8")),
    document_objects.map(
        lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass")
    ),
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
    st.binary(max_size=200).filter(lambda b: b"\n" not in b),
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(4000, 6000).map(lambda n: b'{"id": ' + b"7" * n + b"}"),
    st.sampled_from(sentences()).map(
        lambda s: ('{"id": "g", "text": "' + s + '"}').encode("gbk", "replace")
    ),
)

tags = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "h1",
        "title",
        "meta",
        "script",
        "style",
        "a",
        "br",
        "table",
        "td",
        "!--",
        "![CDATA[",
    ]
)
html_pieces = st.one_of(
    texts,
    st.builds(lambda t, body: f"<{t}>{body}</{t}>", tags, texts),
    st.builds(
        lambda t, a, v: f'<{t} {a}="{v}">',
        tags,
        st.sampled_from(["class", "id", "charset", "content", "href"]),
        any_unicode,
    ),
    st.sampled_from(
        ["<html>", "</body>", "<meta charset=gbk>", "&#0;", "&#xD800;", "&amp", "<![endif]-->", "<"]
    ),
)
html_documents = st.lists(html_pieces, max_size=15).map("".join)
encoded_pages = st.one_of(
    st.builds(lambda h, e: h.encode(e, "replace"), html_documents, st.sampled_from(ENCODINGS)),
    st.binary(max_size=2000),
)


def check_records(document: Document, records: list[CaseRecord]) -> None:
    """Every record keeps the schema and every evidence span is the text at its offsets (lone
    surrogates read as U+FFFD, as the extraction reads them)."""
    from extract.api import without_surrogates
    from output.store.validation import schema_error

    document = without_surrogates(document)
    for record in records:
        data: dict[str, Any] = record.to_dict()
        assert schema_error(data) is None, (schema_error(data), data)
        record.to_json().encode("utf-8")  # writable as UTF-8
        for evidence in record.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(document.text)
            assert document.text[evidence.start : evidence.end] == evidence.text, evidence


def extract_and_check(document: Document) -> list[CaseRecord]:
    records = extract_cases(document)
    check_records(document, records)
    return records
