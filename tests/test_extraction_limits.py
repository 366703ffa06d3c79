"""Extraction input limits (issue 10, item 4): a maximum document length, and time linear in
the length (a document of one announcement repeated used to be quadratic)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from extract import Document, extract_cases
from extract.api import cut_document
from output.store import open_store
from pipelines.extraction import CUT_STAT, extract_batch

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


def test_the_extraction_stage_records_the_cut(tmp_path):
    """A stored text longer than the limit is extracted from its first characters, with a
    warning naming the URL and a count for its site; the stored text stays whole."""
    unit = _announcement()
    text = unit["text"] * 3
    with open_store(tmp_path / "s.sqlite") as store:
        doc_id, _ = store.add_document(
            {
                "url": "https://example.org/a",
                "site": "test",
                "text": text,
                "published": unit["published"],
            }
        )
        result = extract_batch(store, [doc_id], max_chars=100)
        stored = store.get_document(doc_id)
    assert result.stats["test"][CUT_STAT] == 1
    assert result.warnings == [
        (
            "test",
            f"https://example.org/a: text of {len(text)} characters cut to its first 100 "
            "for extraction (RETURNWATCH_MAX_DOCUMENT_CHARS)",
        )
    ]
    assert result.report.stored == [doc_id]
    assert stored is not None and stored["text"] == text and stored["extraction"] == 1
