"""Give the article its document id (a hash of its URL, the store's own id).

The document itself is written by the mention pipeline, together with its case records and its
seen mark, in one transaction per batch (see ``pipelines.store_mentions``): an article is then
either wholly stored or not at all, whenever the crawl is killed.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from output.store.ids import document_id
from scrapers.items import ArticleItem
from scrapers.storage import store_for


def fallback_document_id(url: str) -> str:
    """The document id of ``url``, the same with or without a store (``--db none``)."""
    return document_id(url)


class DocumentStorePipeline:
    def __init__(self, store: Any = None):
        self.store = store

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DocumentStorePipeline:
        use_store = crawler.settings.get("RETURNWATCH_DB") != "none"
        return cls(store_for(crawler) if use_store else None)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        item.document_id = document_id(item.url)
        return item
