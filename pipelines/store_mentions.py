"""Store the article's case records, then mark the URL seen.

Marking comes last: a crawl killed before this point fetches the article again on resume,
and the store's idempotent writes make the repeat harmless, so nothing is lost or doubled.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from scrapers.items import ArticleItem
from scrapers.storage import store_for


class MentionStorePipeline:
    def __init__(self, store: Any = None):
        self.store = store

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MentionStorePipeline:
        use_store = crawler.settings.get("RETURNWATCH_DB") != "none"
        return cls(store_for(crawler) if use_store else None)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.store is not None and item.document_id:
            if item.cases:
                self.store.add_mentions(item.document_id, item.cases)
            self.store.mark_seen(item.url, item.html_hash, "article")
        return item
