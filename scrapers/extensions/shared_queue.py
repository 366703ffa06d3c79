"""Extension: keep a worker of a shared Redis queue alive while the queue may still refill.

A worker's spider is idle whenever the shared queue is empty and its own requests are done; with
one worker that means the crawl is over, with several it does not: another worker may be about to
push the articles of the listing page it is parsing. The spider closes only after the shared queue
has been empty for ``REDIS_IDLE_TIMEOUT`` seconds.

Scrapy looks at an idle spider again only on its engine heartbeat (every 5 s), so a waiting
worker would take up to 5 s to notice new requests; the extension polls the queue every
``REDIS_IDLE_POLL`` seconds and asks the engine for its next request as soon as there is one.
That call (``engine._slot.nextcall.schedule()``) is the one private Scrapy attribute used here;
without it the worker still works, only slower to join in.

It also counts the workers of a crawl in Redis, so the last one to close deletes the crawl's
keys (queue, seen set, count), unless requests are left in the queue (an interrupted crawl,
resumed by starting workers again).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet.task import LoopingCall

# Seconds the shared queue must stay empty before an idle worker closes. Longer than the time a
# busy worker needs for the requests it holds (CONCURRENT_REQUESTS x the download delay), or an
# idle worker leaves before the next listing page's articles are pushed.
DEFAULT_IDLE_TIMEOUT = 60.0
# How often an idle worker looks at the shared queue (seconds).
DEFAULT_IDLE_POLL = 0.2

logger = logging.getLogger(__name__)


class SharedQueueKeepAlive:
    def __init__(
        self,
        crawler: Crawler,
        redis: Any,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        poll: float = DEFAULT_IDLE_POLL,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.crawler = crawler
        self.redis = redis
        self.idle_timeout = idle_timeout
        self.poll = poll
        self.clock = clock
        self.empty_since: float | None = None
        self.poller: LoopingCall | None = None
        self.queue_key: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedQueueKeepAlive:
        settings = crawler.settings
        if not settings.get("RETURNWATCH_REDIS_WORKERS_KEY"):
            raise NotConfigured("not a worker of a shared crawl (scrapers.distributed)")
        # optional: only a worker of a shared crawl needs scrapy-redis (and its Redis)
        from scrapy_redis.connection import get_redis_from_settings

        ext = cls(
            crawler,
            get_redis_from_settings(settings),
            settings.getfloat("REDIS_IDLE_TIMEOUT", DEFAULT_IDLE_TIMEOUT),
            settings.getfloat("REDIS_IDLE_POLL", DEFAULT_IDLE_POLL),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _key(self, setting: str, spider: Spider) -> str:
        return str(self.crawler.settings.get(setting)) % {"spider": spider.name}

    def _pending(self) -> bool:
        """Requests in the shared queue (Redis drops a key whose set or list is empty)."""
        return self.queue_key is not None and bool(self.redis.exists(self.queue_key))

    # -- idle keep-alive ---------------------------------------------------------------------
    def should_wait(self) -> bool:
        """True while the shared queue has requests or has been empty for under the timeout."""
        if self._pending():
            self.empty_since = None
            return True
        now = self.clock()
        if self.empty_since is None:
            self.empty_since = now
        return now - self.empty_since < self.idle_timeout

    def spider_idle(self, spider: Spider) -> None:
        if not self.should_wait():
            logger.info("shared queue empty for %.0f s: worker closes", self.idle_timeout)
            return
        if self.poller is None or not self.poller.running:
            self.poller = LoopingCall(self._check)
            self.poller.start(self.poll, now=False)
        raise DontCloseSpider

    def _check(self) -> None:
        """While idle: wake the engine when requests arrive or when the wait is over."""
        waited = self.clock() - (self.empty_since or self.clock())
        if self._pending():
            self.empty_since = None
        elif waited < self.idle_timeout:
            return
        if self.poller is not None and self.poller.running:
            self.poller.stop()
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

    # -- worker count and clean-up -----------------------------------------------------------
    def spider_opened(self, spider: Spider) -> None:
        self.queue_key = self._key("SCHEDULER_QUEUE_KEY", spider)
        self.redis.incr(self._key("RETURNWATCH_REDIS_WORKERS_KEY", spider))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.poller is not None and self.poller.running:
            self.poller.stop()
        left = int(self.redis.decr(self._key("RETURNWATCH_REDIS_WORKERS_KEY", spider)))
        if left > 0:
            return
        keys = [
            self._key(name, spider)
            for name in (
                "SCHEDULER_QUEUE_KEY",
                "SCHEDULER_DUPEFILTER_KEY",
                "RETURNWATCH_REDIS_WORKERS_KEY",
            )
        ]
        if self._pending():
            logger.info("last worker closed (%s) with requests left in %s", reason, keys[0])
            self.redis.delete(keys[2])
            return
        self.redis.delete(*keys)
        logger.info("last worker of the crawl: deleted %s", ", ".join(keys))
