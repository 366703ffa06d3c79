"""``returnwatch ingest``: archived pages (WARC files, wget --mirror trees) into the case store.

A thin wrapper over :func:`pipelines.ingest.ingest` with the same options.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO

from output.store import StoreError
from pipelines.cli.options import workers_option
from pipelines.ingest import IngestResult, ingest


def _summary(result: IngestResult, db: str | None, stream: IO[str]) -> None:
    skipped = sum(result.skipped.values())
    stream.write(
        f"ingest: {result.pages} archived pages read, {result.kept} articles kept, "
        f"{result.cases} case records, {result.irrelevant} irrelevant, {skipped} skipped, "
        f"{len(result.problems)} problems\nstore: {db or 'default store'}\n"
    )
    if result.fallback:
        stream.write(
            f"  {result.fallback} kept articles needed the generic extractor: their site's body "
            "selector found no body (see `returnwatch parse`)\n"
        )
    for reason, count in sorted(result.skipped.items()):
        stream.write(f"  skipped {count:>5}  {reason}\n")


def run_ingest(args: argparse.Namespace) -> int:
    def report(message: str) -> None:
        print(f"returnwatch ingest: {message}", file=sys.stderr)

    try:
        result = ingest(args.paths, args.db, on_problem=report, workers=args.workers)
    except StoreError as exc:
        report(str(exc))
        return 2
    if not args.quiet:
        _summary(result, args.db, sys.stdout)
    return 1 if result.problems else 0


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="feed archived pages (WARC files, wget --mirror trees) through parsing and extraction",
        description="Each PATH is a WARC/ARC file (.warc, .warc.gz, .arc.gz) or a directory laid "
        "out by `wget --mirror` (HOST/PATH, which gives each page its original URL). Pages go "
        "through the crawl's parsing and relevance filter into the store, then the extraction stage; ingesting "
        "the same archive again stores nothing twice. Unreadable files and records are reported "
        "on standard error (exit status 1) and skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="WARC file or mirror directory")
    p.add_argument("--db", metavar="PATH", help="case store (default: data/returnwatch.sqlite)")
    p.add_argument("--quiet", action="store_true", help="no summary")
    workers_option(p)
    p.set_defaults(func=run_ingest)
