"""The extraction input: one article as the extraction command and the crawl hand it over."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """An article to extract cases from.

    ``text`` is the article body (paragraphs separated by newlines); evidence offsets point into it.
    ``published`` (YYYY-MM-DD, YYYY-MM or None) anchors relative dates such as 今年3月 or "on Monday".
    """

    id: str
    text: str
    url: str | None = None
    published: str | None = None
    title: str | None = None
