"""Run the extraction on a stored article: its case records go on the item."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from scrapy.crawler import Crawler

from extract import Document
from extract.api import MAX_DOCUMENT_CHARS, cut_document
from output.record import CaseRecord
from scrapers.items import ArticleItem

logger = logging.getLogger(__name__)

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


CUT_STAT = "returnwatch/extract/cut_documents"


class ExtractionPipeline:
    def __init__(
        self,
        extract_cases: Extractor | None = None,
        stats: Any = None,
        max_chars: int = MAX_DOCUMENT_CHARS,
    ):
        """``max_chars`` (RETURNWATCH_MAX_DOCUMENT_CHARS): a longer text is extracted from its
        first ``max_chars`` characters only, with a warning naming the URL and a count
        (``returnwatch/extract/cut_documents``); the stored document keeps the whole text."""
        if extract_cases is None:
            from extract import extract_cases as lexicon_extraction

            extract_cases = lexicon_extraction
        self.extract_cases = extract_cases
        self.stats = stats
        self.max_chars = max_chars

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        max_chars = crawler.settings.getint("RETURNWATCH_MAX_DOCUMENT_CHARS", MAX_DOCUMENT_CHARS)
        return cls(stats=crawler.stats, max_chars=max_chars)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        document = to_document(item)
        if len(document.text) > self.max_chars:
            logger.warning(
                "%s: text of %d characters cut to its first %d for extraction "
                "(RETURNWATCH_MAX_DOCUMENT_CHARS)",
                item.url,
                len(document.text),
                self.max_chars,
            )
            if self.stats is not None:
                self.stats.inc_value(CUT_STAT)
            document = cut_document(document, self.max_chars)
        records = self.extract_cases(document)
        for record in records:
            if record.source_url is None:
                record.source_url = item.url
        item.cases = records
        if self.stats is not None:
            self.stats.inc_value("returnwatch/cases_found", len(records))
        return item
