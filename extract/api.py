"""Public extraction entry points (stable signatures other packages code against)."""

from __future__ import annotations

from extract.cases import extract_document
from extract.document import Document
from extract.html import html_to_text
from extract.relevance import is_relevant
from output.record import CaseRecord

__all__ = ["extract_cases", "html_to_text", "is_relevant"]


def extract_cases(document: Document) -> list[CaseRecord]:
    """Return one record per individual the article reports as returned to China."""
    return extract_document(document)
