"""Append this run's case records to a JSONL file (the extraction command's line format)."""

from __future__ import annotations

import os
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from scrapers.items import ArticleItem


class JsonlPipeline:
    """Appends, so several crawlers of one run (and their worker processes) share the file; the
    CLI empties it first. Each article's lines go out in one ``write`` on an ``O_APPEND``
    descriptor: a buffered file would flush at arbitrary byte counts, and two writers' chunks
    could then split each other's lines."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.fd: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonlPipeline:
        path = crawler.settings.get("RETURNWATCH_OUTPUT")
        if not path:
            raise NotConfigured("no RETURNWATCH_OUTPUT")
        return cls(path)

    def open_spider(self) -> None:
        if self.fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def close_spider(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if not item.cases:
            return item
        self.open_spider()
        assert self.fd is not None
        data = "".join(record.to_json() + "\n" for record in item.cases).encode("utf-8")
        written = os.write(self.fd, data)
        while written < len(data):  # a regular file takes it whole; a pipe or FIFO may not
            written += os.write(self.fd, data[written:])
        return item
