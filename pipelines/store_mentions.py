"""Store each article (document, case records, seen mark) in batches: one transaction per batch.

Items are buffered and written every ``batch_size`` items, every ``flush_seconds`` and when the
spider closes. The URL is marked seen in the same transaction that stores its document and
mentions, so a crawl killed at any moment has stored each article wholly or not at all; an
article that was still buffered is not marked seen, is fetched again on resume, and the store's
idempotent writes keep it single. A record the store would refuse drops the item at once
(naming its URL) instead of failing the whole batch later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import SQLAlchemyError

from output.store import StoreError
from output.store.writes import ArticleWrite, PreparedArticle
from scrapers.items import ArticleItem
from scrapers.storage import store_for

logger = logging.getLogger(__name__)


class MentionStorePipeline:
    def __init__(
        self,
        store: Any = None,
        batch_size: int = 1,
        flush_seconds: float = 5.0,
        stats: Any = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        """``batch_size`` 1 writes each item at once (the default for callers outside a crawl,
        which never close the pipeline); a crawl takes its batch settings in from_crawler."""
        self.store = store
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.stats = stats
        self.clock = clock
        self.pending: list[PreparedArticle] = []
        self.pending_seen: list[tuple[str, str, str]] = []
        self.last_flush = clock()
        self._timer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MentionStorePipeline:
        settings = crawler.settings
        use_store = settings.get("RETURNWATCH_DB") != "none"
        return cls(
            store_for(crawler) if use_store else None,
            batch_size=settings.getint("RETURNWATCH_STORE_BATCH", 100),
            flush_seconds=settings.getfloat("RETURNWATCH_STORE_FLUSH_SECONDS", 5.0),
            stats=crawler.stats,
        )

    def open_spider(self) -> None:
        """Flush on a timer too, so a slow crawl does not hold items back for long."""
        if self.store is not None and self.batch_size > 1 and self.flush_seconds > 0:
            from twisted.internet import task

            self._timer = task.LoopingCall(self.flush_if_due)
            self._timer.start(self.flush_seconds, now=False)

    def close_spider(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.flush()

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if self.store is None or not item.document_id:
            return item
        article = ArticleWrite(item.document(), list(item.cases), seen_kind="article")
        try:
            self.pending.append(self.store.prepare_article(article))
        except StoreError as exc:
            raise DropItem(f"{item.url}: not stored: {exc}") from exc
        self._flush_if_full()
        return item

    def mark_seen(self, url: str, content_hash: str, kind: str) -> None:
        """Mark a URL seen in the next batch's transaction (what the article worker does with
        the marks the crawl process sends it: listing pages, irrelevant or skipped articles)."""
        if self.store is None:
            return
        self.pending_seen.append((url, content_hash, kind))
        self._flush_if_full()

    def _flush_if_full(self) -> None:
        if len(self.pending) + len(self.pending_seen) >= self.batch_size:
            self.flush()

    def flush_if_due(self) -> None:
        due = self.clock() - self.last_flush >= self.flush_seconds
        if (self.pending or self.pending_seen) and due:
            self.flush()

    def flush(self) -> None:
        """Write the buffered articles in one transaction. On a database error they stay
        unmarked (fetched again next run), the error is logged and counted, the crawl goes on."""
        batch, self.pending = self.pending, []
        seen, self.pending_seen = self.pending_seen, []
        self.last_flush = self.clock()
        if not (batch or seen) or self.store is None:
            return
        try:
            self.store.store_articles(batch, seen)
        except (StoreError, SQLAlchemyError):
            logger.exception(
                "store: %d articles not stored and %d URLs not marked seen (first %s); "
                "they are fetched again next run",
                len(batch),
                len(seen),
                batch[0].values["url"] if batch else seen[0][0],
            )
            if self.stats is not None:
                self.stats.inc_value("returnwatch/store_errors", len(batch))
            return
        if self.stats is not None:
            self.stats.inc_value("returnwatch/articles_stored", len(batch))
