"""From a fetched page to the article document the store keeps: the one function that does it.

The spiders (``SiteSpider.parse_article``) and the archive ingest (``pipelines.ingest``) both
hand a page here, decoded: the crawl's downloader middlewares have decoded it in the one case,
the ingest with the same encoding choice in the other. What comes back is the parse (the site
config chosen, selector checks and misses, for the caller's counts) and the article item, or
None when the page has neither title nor body.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from scrapers.config import SiteConfig
from scrapers.items import ArticleItem
from scrapers.parsing.page import DEFAULT_MIN_BODY_CHARS, PageParse, parse_page


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def response_headers(response: Any) -> list[tuple[str, str]]:
    """A Scrapy response's headers as (name, value) pairs in the order received, a name once
    per value (Scrapy keeps a list of byte values per name; HTTP header bytes are Latin-1)."""
    return [
        (_text(name), _text(value)) for name, values in response.headers.items() for value in values
    ]


@dataclass(frozen=True)
class FetchedPage:
    """A page as fetched: ``url`` the address asked for (the original URL in mirror mode and in
    an archive), ``final_url`` the one that answered, ``text`` the decoded body, ``raw`` its
    bytes, ``fetched_at`` when (ISO 8601 UTC; an archive's capture time); ``status`` and
    ``headers`` the HTTP response's, as received (None where there was no HTTP response: a
    mirrored file, an archive's bare resource record)."""

    url: str
    final_url: str
    text: str
    raw: bytes
    fetched_at: str
    status: int | None = None
    headers: list[tuple[str, str]] | None = None


def read_article(
    page: FetchedPage,
    config: SiteConfig | None,
    sites: dict[str, SiteConfig],
    *,
    default_site: str = "generic",
    min_body_chars: int = DEFAULT_MIN_BODY_CHARS,
) -> tuple[PageParse, ArticleItem | None]:
    """The page through its site's selectors (or the generic extractor), and its article."""
    parse = parse_page(
        page.text, page.final_url, sites, config=config, min_body_chars=min_body_chars
    )
    parsed = parse.article
    if parsed.empty:
        return parse, None
    item = ArticleItem(
        url=page.url,
        final_url=page.final_url,
        site=config.id if config else default_site,
        title=parsed.title,
        published=parsed.published,
        published_text=parsed.published_text,
        source_line=parsed.source_line,
        language=parsed.language,
        text=parsed.text,
        html_hash=sha256(page.raw),
        fetched_at=page.fetched_at,
        fallback=parsed.fallback,
        raw=page.raw,
        http_status=page.status,
        http_headers=page.headers,
    )
    return parse, item
