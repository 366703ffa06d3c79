"""Append this run's case records to a JSONL file (the extraction command's line format)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from scrapers.items import ArticleItem


class JsonlPipeline:
    """Appends, so several crawlers of one run share the file; the CLI empties it first."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.handle: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonlPipeline:
        path = crawler.settings.get("RETURNWATCH_OUTPUT")
        if not path:
            raise NotConfigured("no RETURNWATCH_OUTPUT")
        return cls(path)

    def open_spider(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.path.open("a", encoding="utf-8")

    def close_spider(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.handle is None:
            self.open_spider()
        assert self.handle is not None
        # Buffered: written out as the buffer fills and when the spider closes (the store, not
        # this file, is what a killed crawl must keep whole).
        for record in item.cases:
            self.handle.write(record.to_json() + "\n")
        return item
