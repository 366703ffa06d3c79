"""The article chain: what happens to a relevant article after the crawl has parsed it.

extraction -> record validation -> store (document, case records, seen mark; batched) -> JSONL.

The chain is built from plain values (``ChainSettings``), not from a crawler, because it runs
either inside the crawl process or in a separate worker process (``pipelines.worker``), which
has no crawler: ``pipelines.handoff.HandOffPipeline`` decides where. Both places run this same
code, so a crawl stores the same thing either way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from scrapy.exceptions import DropItem
from scrapy.settings import BaseSettings

from extract.api import MAX_DOCUMENT_CHARS
from pipelines.extraction import ExtractionPipeline
from pipelines.jsonl import JsonlPipeline
from pipelines.store_mentions import MentionStorePipeline
from pipelines.validation import CaseValidationPipeline
from scrapers.items import ArticleItem

logger = logging.getLogger(__name__)

# Statistics Scrapy keeps for an item a pipeline drops; drops outside its item loop count the same.
DROPPED_STAT = "item_dropped_count"
DROPPED_REASON_STAT = "item_dropped_reasons_count/DropItem"


class Stats(Protocol):
    """The part of Scrapy's stats collector the chain's pipelines use."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None: ...

    def set_value(self, key: str, value: Any) -> None: ...

    def get_value(self, key: str, default: Any = None) -> Any: ...


@dataclass(frozen=True)
class ChainSettings:
    """The crawl settings the chain needs, as plain (picklable) values."""

    db: str | None  # RETURNWATCH_DB; "none" = no store
    batch_size: int = 100  # RETURNWATCH_STORE_BATCH
    flush_seconds: float = 5.0  # RETURNWATCH_STORE_FLUSH_SECONDS
    validate: bool = True  # SPIDERMON_ENABLED: count schema errors for the monitors
    output: str = ""  # RETURNWATCH_OUTPUT: JSONL file of this run's case records
    max_chars: int = MAX_DOCUMENT_CHARS  # RETURNWATCH_MAX_DOCUMENT_CHARS: longer texts are cut

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ChainSettings:
        db = settings.get("RETURNWATCH_DB")
        return cls(
            db=str(db) if db else None,
            batch_size=settings.getint("RETURNWATCH_STORE_BATCH", 100),
            flush_seconds=settings.getfloat("RETURNWATCH_STORE_FLUSH_SECONDS", 5.0),
            validate=settings.getbool("SPIDERMON_ENABLED"),
            output=settings.get("RETURNWATCH_OUTPUT") or "",
            max_chars=settings.getint("RETURNWATCH_MAX_DOCUMENT_CHARS", MAX_DOCUMENT_CHARS),
        )

    @property
    def uses_store(self) -> bool:
        return self.db != "none"


class ArticleChain:
    """The pipelines after relevance, run in order on each item; closed once at the end."""

    def __init__(self, steps: list[Any], store: Any = None):
        self.steps = steps
        self.store = store
        self.mention_store = next((s for s in steps if isinstance(s, MentionStorePipeline)), None)

    @classmethod
    def build(cls, settings: ChainSettings, stats: Stats | None, store: Any = None) -> ArticleChain:
        """The chain for ``settings``; ``store`` is the open store to write to (the crawl
        process passes its own; a worker process opens one from ``settings.db``)."""
        if store is None and settings.uses_store:
            from output.store import open_store

            store = open_store(settings.db)
        steps: list[Any] = [ExtractionPipeline(stats=stats, max_chars=settings.max_chars)]
        if settings.validate:
            steps.append(CaseValidationPipeline(stats=stats))
        if store is not None:
            steps.append(
                MentionStorePipeline(
                    store,
                    batch_size=settings.batch_size,
                    flush_seconds=settings.flush_seconds,
                    stats=stats,
                )
            )
        if settings.output:
            steps.append(JsonlPipeline(settings.output))
        return cls(steps, store)

    def open(self) -> None:
        """Start what needs starting (the validation counters; the JSONL file). The store's
        flush timer is the caller's: ``flush_if_due`` (a reactor timer or the worker's loop)."""
        for step in self.steps:
            if isinstance(step, (CaseValidationPipeline, JsonlPipeline)):
                step.open_spider()

    def process(self, item: ArticleItem) -> ArticleItem:
        """Run every step; DropItem (with its reason) propagates as from any Scrapy pipeline."""
        for step in self.steps:
            item = step.process_item(item)
        return item

    def mark_seen(self, rows: list[tuple[str, str, str]]) -> None:
        """Mark (url, content hash, kind) rows seen with the next store batch."""
        if self.mention_store is not None:
            for url, content_hash, kind in rows:
                self.mention_store.mark_seen(url, content_hash, kind)

    def process_all(self, items: list[ArticleItem], stats: Stats | None) -> None:
        """Process items outside Scrapy's item loop (the worker's batches, or what a dead
        worker left): a drop or an error is logged and counted as Scrapy would, and the next
        item goes on."""
        for item in items:
            try:
                self.process(item)
            except DropItem as exc:
                logger.warning("Dropped: %s", exc)
                if stats is not None:
                    stats.inc_value(DROPPED_STAT)
                    stats.inc_value(DROPPED_REASON_STAT)
            except Exception:  # a bug on one page must not lose the rest: logged with traceback
                logger.exception("Error processing %s", item.url)

    def flush_if_due(self) -> None:
        if self.mention_store is not None:
            self.mention_store.flush_if_due()

    def close(self) -> None:
        """Write what is buffered (store batch, JSONL) and close the files."""
        for step in self.steps:
            if isinstance(step, (MentionStorePipeline, JsonlPipeline)):
                step.close_spider()


__all__ = ["ArticleChain", "ChainSettings", "DropItem", "Stats"]
