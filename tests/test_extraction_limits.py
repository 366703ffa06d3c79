"""Extraction input limits (issue 10, item 4): a maximum document length, and time linear in
the length (a document of one announcement repeated used to be quadratic)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from extract import Document, extract_cases
from extract.api import cut_document
from pipelines.extraction import CUT_STAT, ExtractionPipeline
from scrapers.items import ArticleItem

DEVSET = Path(__file__).parent / "data" / "devset.jsonl"


def _announcement() -> dict:
    return json.loads(DEVSET.read_text("utf-8").splitlines()[0])


def _seconds(text: str, published: str) -> float:
    start = time.process_time()
    extract_cases(Document(id="x", text=text, published=published))
    return time.process_time() - start


def test_extraction_time_is_linear_in_repeated_announcements():
    """Doubling a document of one announcement repeated at most (about) doubles the time; the
    quadratic steps made 4x (and a 20 MB document never finished)."""
    unit = _announcement()
    text = unit["text"] + "\n"
    small = text * 200
    _seconds(small, unit["published"])  # lexicons loaded
    one = min(_seconds(small, unit["published"]) for _ in range(2))
    four = min(_seconds(small * 4, unit["published"]) for _ in range(2))
    assert four < one * 4 * 1.6, (one, four)


def test_a_long_document_is_cut_with_a_warning(caplog):
    unit = _announcement()
    doc = Document(id="long", text=unit["text"] * 10, published=unit["published"])
    with caplog.at_level(logging.WARNING, logger="extract.api"):
        records = extract_cases(doc, max_chars=len(unit["text"]))
    assert "text cut to its first" in caplog.text
    assert records and all(e.end <= len(unit["text"]) for r in records for e in r.evidence)
    assert cut_document(doc, 5).text == unit["text"][:5]
    assert cut_document(doc, len(doc.text)) is doc


class _Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] = self.values.get(key, start) + count


def test_the_crawl_records_the_cut(caplog):
    unit = _announcement()
    stats = _Stats()
    pipeline = ExtractionPipeline(stats=stats, max_chars=100)
    item = ArticleItem(
        url="https://example.org/a",
        final_url="https://example.org/a",
        site="test",
        title=None,
        published=unit["published"],
        published_text=None,
        source_line=None,
        language="zh",
        text=unit["text"] * 3,
        html_hash="h",
        fetched_at="2024-01-01T00:00:00Z",
        document_id="d1",
    )
    with caplog.at_level(logging.WARNING):
        pipeline.process_item(item)
    assert stats.values[CUT_STAT] == 1
    assert "https://example.org/a: text of" in caplog.text
    assert len(item.text) == len(unit["text"]) * 3  # the stored text stays whole
