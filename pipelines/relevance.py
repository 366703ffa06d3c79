"""Drop articles that name no return before they cost a store row or an extraction run.

Recall matters more than precision here: the filter is the extraction lexicon's trigger terms
(``extract.is_relevant``), and what it lets through the extraction still judges. A dropped
article is remembered as seen so the next run does not fetch it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from scrapers.items import ArticleItem
from scrapers.storage import store_for

Relevance = Callable[[str | None, str | None], bool]


class RelevancePipeline:
    def __init__(self, is_relevant: Relevance | None = None, store: Any = None, stats: Any = None):
        if is_relevant is None:
            from extract import is_relevant as lexicon_relevance

            is_relevant = lexicon_relevance
        self.is_relevant = is_relevant
        self.store = store
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RelevancePipeline:
        use_store = crawler.settings.get("RETURNWATCH_DB") != "none"
        return cls(store=store_for(crawler) if use_store else None, stats=crawler.stats)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.is_relevant(item.title, item.text):
            if self.stats is not None:
                self.stats.inc_value("returnwatch/articles_kept")
            return item
        if self.store is not None:
            self.store.mark_seen(item.url, item.html_hash, "article")
        if self.stats is not None:
            self.stats.inc_value("returnwatch/articles_irrelevant")
        raise DropItem(f"{item.url}: names no return (relevance filter)")
