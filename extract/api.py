"""Public extraction entry points (stable signatures other packages code against)."""

from __future__ import annotations

from extract.document import Document
from output.record import CaseRecord


def extract_cases(document: Document) -> list[CaseRecord]:
    """Return one record per individual the article reports as returned to China."""
    raise NotImplementedError


def is_relevant(title: str | None, text: str | None) -> bool:
    """True when the title or body names a return (trigger terms of the extraction lexicon)."""
    raise NotImplementedError


def html_to_text(html: str) -> tuple[str | None, str]:
    """Find the article title and body text in an arbitrary HTML page."""
    raise NotImplementedError
