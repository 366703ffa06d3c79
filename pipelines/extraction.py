"""Run the extraction on a stored article: its case records go on the item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy.crawler import Crawler

from extract import Document
from output.record import CaseRecord
from scrapers.items import ArticleItem

Extractor = Callable[[Document], list[CaseRecord]]


def to_document(item: ArticleItem) -> Document:
    """The extraction input; ``published`` is cut to the date (YYYY-MM-DD) it anchors on."""
    assert item.document_id, "the document must be stored (or given an id) before extraction"
    return Document(
        id=item.document_id,
        text=item.text,
        url=item.url,
        published=item.published[:10] if item.published else None,
        title=item.title,
    )


class ExtractionPipeline:
    def __init__(self, extract_cases: Extractor | None = None, stats: Any = None):
        if extract_cases is None:
            from extract import extract_cases as lexicon_extraction

            extract_cases = lexicon_extraction
        self.extract_cases = extract_cases
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        return cls(stats=crawler.stats)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        records = self.extract_cases(to_document(item))
        for record in records:
            if record.source_url is None:
                record.source_url = item.url
        item.cases = records
        if self.stats is not None:
            self.stats.inc_value("returnwatch/cases_found", len(records))
        return item
