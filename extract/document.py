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

    def __post_init__(self) -> None:
        """Fail here, naming the document, rather than deep inside the extraction (a caller that
        passes html_to_text's (title, text) pair, or None, as the text)."""
        for name in ("text", "id"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise TypeError(
                    f"Document {self.id!r}: {name} must be a str, not {type(value).__name__}"
                )
        for name in ("url", "published", "title"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(
                    f"Document {self.id!r}: {name} must be a str or None, not {type(value).__name__}"
                )
