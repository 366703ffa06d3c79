"""Drop articles that name no return before they cost a store row or an extraction run.

Recall matters more than precision here: the filter is the extraction lexicon's trigger terms
(``extract.is_relevant``), and what it lets through the extraction still judges. A dropped
article is remembered as seen so the next run does not fetch it again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from extract import is_relevant as lexicon_relevance
from scrapers.items import ArticleItem
from scrapers.storage import SeenWriter, mark_seen

Relevance = Callable[[str | None, str | None], bool]


class RelevancePipeline:
    def __init__(
        self,
        is_relevant: Relevance | None = None,
        store: Any = None,
        stats: Any = None,
        mark_seen: SeenWriter | None = None,
    ):
        """A dropped article is marked seen through ``mark_seen`` (url, hash, kind), else in
        ``store`` directly; with neither it is not remembered."""
        self.is_relevant = is_relevant or lexicon_relevance
        self.mark_seen = mark_seen or (store.mark_seen if store is not None else None)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RelevancePipeline:
        use_store = crawler.settings.get("RETURNWATCH_DB") != "none"
        writer = partial(mark_seen, crawler) if use_store else None
        return cls(stats=crawler.stats, mark_seen=writer)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.is_relevant(item.title, item.text):
            if self.stats is not None:
                self.stats.inc_value("returnwatch/articles_kept")
            return item
        if self.mark_seen is not None:
            self.mark_seen(item.url, item.html_hash, "article")
        if self.stats is not None:
            self.stats.inc_value("returnwatch/articles_irrelevant")
        raise DropItem(f"{item.url}: names no return (relevance filter)")
