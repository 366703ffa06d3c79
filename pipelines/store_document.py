"""Store the article (idempotent: the same URL is one document) and note its document id."""

from __future__ import annotations

import hashlib
from typing import Any

from scrapy.crawler import Crawler

from scrapers.items import ArticleItem
from scrapers.storage import store_for


def fallback_document_id(url: str) -> str:
    """Id used when no store is configured (``--db none``): a hash of the URL, like the store's."""
    return "doc-" + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:16]


class DocumentStorePipeline:
    def __init__(self, store: Any = None):
        self.store = store

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentStorePipeline:
        use_store = crawler.settings.get("RETURNWATCH_DB") != "none"
        return cls(store_for(crawler) if use_store else None)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.store is None:
            item.document_id = fallback_document_id(item.url)
        else:
            item.document_id, _created = self.store.add_document(item.document())
        return item
