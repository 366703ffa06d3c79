"""The article item: what one fetched page becomes, the document the store keeps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The keys the store keeps for a document (output.store's add_document contract).
DOCUMENT_KEYS = (
    "url",
    "final_url",
    "site",
    "title",
    "published",
    "published_text",
    "source_line",
    "language",
    "text",
    "html_hash",
    "fetched_at",
    "fallback",
    "raw",
    "http_status",
    "http_headers",
)


@dataclass
class ArticleItem:
    """One article page. ``url`` is the address the crawl asked for (the original URL in mirror
    mode); ``final_url`` the one that answered after redirects. ``published`` is ISO with
    ``published_text`` the page's own words; ``html_hash`` the SHA-256 of the raw bytes;
    ``fallback`` why the generic extractor gave the text instead of the site's body selector
    (None: it did not); ``raw`` the page's bytes (the store keeps them compressed, with their
    SHA-256), ``http_status`` and ``http_headers`` the response's (None: no HTTP response). Its case
    records come later, from the extraction stage over the stored document."""

    url: str
    final_url: str
    site: str
    title: str | None
    published: str | None
    published_text: str | None
    source_line: str | None
    language: str
    text: str
    html_hash: str
    fetched_at: str
    fallback: str | None = None
    raw: bytes = b""
    http_status: int | None = None
    http_headers: list[tuple[str, str]] | None = None

    def document(self) -> dict[str, Any]:
        """The dict the store's ``add_document`` takes."""
        return {key: getattr(self, key) for key in DOCUMENT_KEYS}
