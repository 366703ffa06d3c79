"""Store insert throughput: 100,000 mentions written as the crawl writes them, SQLite and PostgreSQL.

Usage: python bench/bench_store.py [--mentions 100000] [--batch 100] [--backend sqlite|postgresql]

Each article (document, one case record with evidence, seen mark) is stored through
``Store.store_articles`` in batches of ``--batch`` (the crawl's RETURNWATCH_STORE_BATCH), so
the figure includes record checking, merging (about three mentions per person) and re-merging
the touched cases. PostgreSQL uses a temporary database on $RETURNWATCH_BENCH_PG (default
postgresql://postgres@127.0.0.1:5432/postgres) and is skipped with the reason when unreachable.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_merge import articles, store_location  # noqa: E402

from output.store import open_store  # noqa: E402
from output.store.pg_admin import DEFAULT_ADMIN_URL, reachable  # noqa: E402


def run(backend: str, n: int, batch: int) -> None:
    if backend == "postgresql":
        reason = reachable(os.environ.get("RETURNWATCH_BENCH_PG", DEFAULT_ADMIN_URL))
        if reason:
            print(f"postgresql: skipped, server not reachable ({reason})")
            return
    with store_location(backend == "postgresql") as db, open_store(db) as store:
        pending = []
        started = time.perf_counter()
        for item in articles(n):
            pending.append(item)
            if len(pending) >= batch:
                store.store_articles(pending)
                pending = []
        store.store_articles(pending)
        elapsed = time.perf_counter() - started
    print(
        f"{backend:<10} {n} mentions in {elapsed:6.1f} s: {n / elapsed:7.0f} mentions/s "
        f"({1e3 * elapsed / n:.2f} ms each, {batch} per transaction)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    args = parser.parse_args()
    for backend in args.backend or ["sqlite", "postgresql"]:
        run(backend, args.mentions, args.batch)


if __name__ == "__main__":
    main()
