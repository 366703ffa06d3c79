"""Public extraction entry points (stable signatures other packages code against)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from extract.cases import extract_document
from extract.document import Document
from extract.guides import with_original_offsets, without_guides
from extract.html import html_to_text
from extract.record import CaseRecord
from extract.relevance import is_relevant

__all__ = [
    "EXTRACTION_VERSION",
    "MAX_DOCUMENT_CHARS",
    "cut_document",
    "extract_cases",
    "html_to_text",
    "is_relevant",
    "without_surrogates",
]

logger = logging.getLogger(__name__)

# Longer texts are cut here before extraction (an announcement is a few thousand characters;
# a 2-million-character "article" is a hostile or broken page). Extraction time is linear in
# the length (bench/bench_extract.py --long), about 1.3 s per MB.
MAX_DOCUMENT_CHARS = 2_000_000
# Raise it when a change to the extraction should reach the documents already stored: the
# store records on each document the version that extracted it, and the extraction stage
# (``returnwatch process``) takes every document whose version is older, as it takes new ones.
EXTRACTION_VERSION = 1


# Half a surrogate pair is not a character: no UTF-8 output can hold it, and the text
# converters fail on it. Each is replaced by U+FFFD, one character for one (offsets hold).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(value: str) -> bool:
    """Whether ``value`` holds half a surrogate pair. UTF-8's C encoder refuses one, and
    passes a page several times faster than a regular expression scans it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def without_surrogates(document: Document) -> Document:
    """``document`` with every lone surrogate of its strings (text, title, id, URL) replaced by
    U+FFFD, so that its records can be written as UTF-8."""
    fields = ("text", "title", "id", "url")
    values = {name: getattr(document, name) for name in fields}
    if not any(value and _has_surrogate(value) for value in values.values()):
        return document
    cleaned = {
        name: _LONE_SURROGATE.sub("\ufffd", value) if value else value
        for name, value in values.items()
    }
    return replace(document, **cleaned)


# The publication years that can anchor relative dates (去年, 上月); outside them a date is a
# broken or hostile value, read as no date (year 1's 去年 would be year 0).
PUBLISHED_YEARS = (1900, 2200)


def plausible_published(document: Document) -> Document:
    """``document`` without its publication date when its year is outside PUBLISHED_YEARS."""
    published = document.published
    if published is None:
        return document
    year = published[:4]
    low, high = PUBLISHED_YEARS
    if year.isdigit() and low <= int(year) <= high:
        return document
    logger.warning("document %s: publication date %r ignored", document.id, published)
    return replace(document, published=None)


def cut_document(document: Document, max_chars: int = MAX_DOCUMENT_CHARS) -> Document:
    """``document`` with its text cut to the first ``max_chars`` characters (a prefix, so
    evidence offsets stay valid in the whole text)."""
    if len(document.text) <= max_chars:
        return document
    return replace(document, text=document.text[:max_chars])


def extract_cases(document: Document, max_chars: int = MAX_DOCUMENT_CHARS) -> list[CaseRecord]:
    """Return one record per individual the article reports as returned to China. A text longer
    than ``max_chars`` is cut there first, with a warning in the log; lone surrogates are read
    as U+FFFD; a publication date outside PUBLISHED_YEARS is ignored."""
    if len(document.text) > max_chars:
        logger.warning(
            "document %s (%s): text cut to its first %d of %d characters",
            document.id,
            document.url or "no URL",
            max_chars,
            len(document.text),
        )
        document = cut_document(document, max_chars)
    document = plausible_published(without_surrogates(document))
    guided = without_guides(document)
    if guided is None:
        return extract_document(document)
    records = extract_document(guided[0])
    with_original_offsets(records, document.text, guided[1])
    return records
