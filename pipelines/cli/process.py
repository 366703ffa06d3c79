"""``returnwatch process``: the extraction stage over the stored documents not extracted yet."""

from __future__ import annotations

import argparse
import sys

from output.store import StoreError
from pipelines.cli.options import db_option, workers_option
from pipelines.process import process


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="extract the stored documents that have no extraction yet",
        description="Runs the extraction stage on its own: every stored document without an "
        "extraction, or extracted by an older extraction version (what a killed crawl left, "
        "or everything after an upgrade of the extraction), is extracted and merged into "
        "cases. `crawl` and `ingest` run the same stage themselves.",
    )
    db_option(p)
    workers_option(p)
    p.set_defaults(func=run_process)


def run_process(args: argparse.Namespace) -> int:
    try:
        report = process(args.db, workers=args.workers)
    except (StoreError, ValueError) as exc:
        print(f"returnwatch process: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    for error in report.errors:
        print(f"  error: {error}", file=sys.stderr)
    return 1 if report.errors else 0
