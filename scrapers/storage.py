"""The case store as the crawl uses it: one handle per crawler, opened on first use.

The spider (seen-URL checks) and the pipelines (documents, mentions) of one crawler share the
handle, which lives on the crawler object rather than in a module global, so two crawls in one
process (``returnwatch crawl ccdi mps``) each own theirs; the store's transactions are short,
so several handles on one SQLite file do not block each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy.crawler import Crawler

from output.store import open_store

ATTRIBUTE = "_returnwatch_store"

# Takes (url, content hash, kind) and records it in the store's seen-URL table.
SeenWriter = Callable[[str, str, str], None]


def store_for(crawler: Crawler) -> Any:
    """The crawler's open store (``RETURNWATCH_DB``; None = the store's default data dir)."""
    store = getattr(crawler, ATTRIBUTE, None)
    if store is None:
        store = open_store(crawler.settings.get("RETURNWATCH_DB") or None)
        setattr(crawler, ATTRIBUTE, store)
    return store


def close_store(crawler: Crawler) -> None:
    store = getattr(crawler, ATTRIBUTE, None)
    if store is not None:
        store.close()
        setattr(crawler, ATTRIBUTE, None)


def mark_seen(crawler: Crawler, url: str, content_hash: str, kind: str) -> None:
    """Record a URL as seen (a listing page, an article judged irrelevant or skipped)."""
    store_for(crawler).mark_seen(url, content_hash, kind)
