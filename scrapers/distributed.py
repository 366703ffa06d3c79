"""Distributed crawling: several worker processes share one request queue and one seen set on Redis.

scrapy-redis's ``Scheduler`` and ``RFPDupeFilter`` do the sharing (a request is fetched by
whichever worker pops it, and never twice). What they lack with Scrapy 2.19 is kept here and as
thin as it can be:

- a worker whose share of the queue is momentarily empty would close at once, while another
  worker is about to push the next listing page's articles: the ``SharedQueueKeepAlive``
  extension keeps it alive until the shared queue has been empty for ``REDIS_IDLE_TIMEOUT``
  seconds (scrapy-redis's ``RedisSpider`` did this, but relies on the removed
  ``start_requests()``);
- every worker may seed the crawl: the ``SharedSeeds`` spider middleware lets the shared seen set
  filter start requests too, so the first worker to push a start URL wins and the others' copies
  are dropped, whichever worker starts first and however many start.

All of it is one Scrapy add-on, enabled per run (``returnwatch worker`` does it):
``ADDONS={"scrapers.distributed.RedisScaleOut": 0}`` with the settings below. The Redis keys of a
crawl share the prefix ``returnwatch:<RETURNWATCH_REDIS_CRAWL>:<spider>:``; the last worker to
finish deletes them, and ``clear_crawl`` does it after a killed run.
"""

from __future__ import annotations

import json
from typing import Any

from scrapy.settings import BaseSettings

from scrapers.extensions.shared_queue import (
    DEFAULT_IDLE_TIMEOUT,
    SharedQueueKeepAlive,
)
from scrapers.middlewares.shared_seeds import SharedSeeds

# --- Settings of a distributed crawl (defaults; override with --set / -s) ----------------------
# Redis holding the shared queue and seen set (scrapy-redis's own setting name).
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
# Name of the crawl: workers given the same name (on any machine) share its queue and seen set.
DEFAULT_CRAWL = "default"
# Requests a worker takes from the shared queue at a time (its CONCURRENT_REQUESTS): one being
# fetched and one ready. Scrapy's default of 16 would let the first worker take a listing
# page's whole batch of articles while the others find the queue empty; raise it
# (--set CONCURRENT_REQUESTS=N) for a worker whose sites span many domains.
DEFAULT_WORKER_CONCURRENCY = 2

ADDON = "scrapers.distributed.RedisScaleOut"
KEY_ROOT = "returnwatch"


def crawl_prefix(crawl: str) -> str:
    """The Redis key prefix of a crawl: ``returnwatch:<crawl>``."""
    if not crawl or any(c in crawl for c in " :*?[]"):
        raise ValueError(f"crawl name {crawl!r}: use letters, digits, '-', '_' or '.'")
    return f"{KEY_ROOT}:{crawl}"


def worker_settings(
    redis_url: str = DEFAULT_REDIS_URL,
    crawl: str = DEFAULT_CRAWL,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
) -> dict[str, str]:
    """Settings (as command-line strings) that make a crawl a worker of the shared crawl."""
    crawl_prefix(crawl)  # validate early, naming the bad value
    if idle_timeout < 0:
        raise ValueError(f"idle timeout {idle_timeout}: must be >= 0 seconds")
    return {
        "ADDONS": json.dumps({ADDON: 0}),
        "REDIS_URL": redis_url,
        "RETURNWATCH_REDIS_CRAWL": crawl,
        "REDIS_IDLE_TIMEOUT": str(idle_timeout),
    }


class RedisScaleOut:
    """Scrapy add-on: the shared scheduler and seen set, the keep-alive and the shared seeds.

    Its settings are set at "spider" priority: above the project's settings module (which names
    the in-memory duplicate filter), below the command line, so ``-s`` still overrides them.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        prefix = crawl_prefix(settings.get("RETURNWATCH_REDIS_CRAWL") or DEFAULT_CRAWL)
        values: dict[str, Any] = {
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            # Never flushed by one worker closing: the last one out deletes the keys.
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
            "RETURNWATCH_REDIS_WORKERS_KEY": f"{prefix}:%(spider)s:workers",
            "REDIS_URL": settings.get("REDIS_URL") or DEFAULT_REDIS_URL,
            "CONCURRENT_REQUESTS": DEFAULT_WORKER_CONCURRENCY,
        }
        for name, value in values.items():
            settings.set(name, value, priority="spider")
        settings.set_in_component_priority_dict("EXTENSIONS", SharedQueueKeepAlive, 0)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SharedSeeds, 0)


def clear_crawl(redis_url: str, crawl: str) -> int:
    """Delete a crawl's shared queue, seen set and worker count (after a killed run); return how
    many keys were deleted. Workers still running on that crawl would lose their queue."""
    import redis  # optional: only the distributed crawl needs Redis, and only this command here

    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=f"{crawl_prefix(crawl)}:*", count=1000))
        return int(client.delete(*keys)) if keys else 0
    finally:
        client.close()
