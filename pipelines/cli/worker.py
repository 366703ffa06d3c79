"""``returnwatch worker``: one worker of a crawl shared through Redis (see scrapers/distributed.py).

A thin wrapper over :func:`worker`, which is :func:`pipelines.crawl.crawl` with the
distributed add-on switched on. Start the same command on as many machines as you like, with the
same ``--crawl`` name, Redis and store: any of them may start first, each takes requests from the
shared queue, and each stops once the queue has stayed empty for ``--idle-timeout`` seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import redis

from output.files import OutputError
from output.store import StoreError
from pipelines.cli.options import crawl_arguments, crawl_options
from pipelines.crawl import crawl
from pipelines.crawl_result import CrawlResult
from scrapers.distributed import (
    DEFAULT_CRAWL,
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_REDIS_URL,
    clear_crawl,
    worker_settings,
)

REDIS_URL_ENV = "REDIS_URL"


def worker(
    sites: list[str] | None = None,
    *,
    redis_url: str | None = None,
    crawl_name: str | None = None,
    idle_timeout: float | None = None,
    overrides: dict[str, str] | None = None,
    **options: Any,
) -> CrawlResult:
    """Run one worker of the shared crawl ``crawl_name``; returns the crawl's ``CrawlResult``.
    The other options are ``pipelines.crawl.crawl``'s (``mirror``, ``db``, ``output``...)."""
    shared = worker_settings(
        redis_url or os.environ.get(REDIS_URL_ENV) or DEFAULT_REDIS_URL,
        crawl_name or DEFAULT_CRAWL,
        DEFAULT_IDLE_TIMEOUT if idle_timeout is None else idle_timeout,
    )
    return crawl(
        sites,
        overrides={**shared, **(overrides or {})},
        lock_sites=False,  # the shared seen set, not a per-machine lock, keeps workers apart
        **options,
    )


def run_worker(args: argparse.Namespace) -> int:
    redis_url = args.redis or os.environ.get(REDIS_URL_ENV) or DEFAULT_REDIS_URL
    try:
        if args.clear:
            deleted = clear_crawl(redis_url, args.crawl or DEFAULT_CRAWL)
            print(f"deleted {deleted} Redis keys of crawl {args.crawl or DEFAULT_CRAWL!r}")
            return 0
        result = worker(
            args.sites,
            redis_url=redis_url,
            crawl_name=args.crawl,
            idle_timeout=args.idle_timeout,
            **crawl_arguments(args),
        )
    except (ValueError, redis.RedisError, StoreError, OutputError) as exc:
        print(f"returnwatch worker: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        t = result.totals
        print(
            f"worker {result.outcome}: {t['pages']} pages fetched, {t['kept']} articles kept, "
            f"{t['cases']} case records\nstore: {result.db}\nlog:   {result.log_file}"
        )
    exit_code: int = result.exit_code  # as `returnwatch crawl`: 0 success, 1 failure, 3 partial
    return exit_code


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="one worker of a crawl shared through Redis (run it on several machines)",
        description="Crawl like `returnwatch crawl`, taking requests from a queue and a seen set "
        "shared on Redis with every other worker of the same --crawl.",
    )
    p.add_argument("sites", nargs="*", metavar="SITE", help="site ids (default: all)")
    p.add_argument(
        "--redis", metavar="URL", help="shared Redis (default: $REDIS_URL or 127.0.0.1:6379/0)"
    )
    p.add_argument("--crawl", metavar="NAME", help="name shared by the workers (default: default)")
    p.add_argument(
        "--idle-timeout",
        type=float,
        metavar="SECONDS",
        help="stop after the shared queue stayed empty this long (default: 60)",
    )
    p.add_argument("--clear", action="store_true", help="delete the crawl's Redis keys and exit")
    crawl_options(p, "also write this worker's case records", job_dir=False)
    p.add_argument("--quiet", action="store_true", help="no progress, no summary (cron)")
    p.set_defaults(func=run_worker)
