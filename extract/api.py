"""Public extraction entry points (stable signatures other packages code against)."""

from __future__ import annotations

import logging
from dataclasses import replace

from extract.cases import extract_document
from extract.document import Document
from extract.html import html_to_text
from extract.relevance import is_relevant
from output.record import CaseRecord

__all__ = ["MAX_DOCUMENT_CHARS", "cut_document", "extract_cases", "html_to_text", "is_relevant"]

logger = logging.getLogger(__name__)

# Longer texts are cut here before extraction (an announcement is a few thousand characters;
# a 2-million-character "article" is a hostile or broken page). Extraction time is linear in
# the length (bench/bench_extract.py --long), about 1 s per MB.
MAX_DOCUMENT_CHARS = 2_000_000


def cut_document(document: Document, max_chars: int = MAX_DOCUMENT_CHARS) -> Document:
    """``document`` with its text cut to the first ``max_chars`` characters (a prefix, so
    evidence offsets stay valid in the whole text)."""
    if len(document.text) <= max_chars:
        return document
    return replace(document, text=document.text[:max_chars])


def extract_cases(document: Document, max_chars: int = MAX_DOCUMENT_CHARS) -> list[CaseRecord]:
    """Return one record per individual the article reports as returned to China. A text longer
    than ``max_chars`` is cut there first, with a warning in the log."""
    if len(document.text) > max_chars:
        logger.warning(
            "document %s (%s): text cut to its first %d of %d characters",
            document.id,
            document.url or "no URL",
            max_chars,
            len(document.text),
        )
        document = cut_document(document, max_chars)
    return extract_document(document)
