"""``returnwatch export``: a thin wrapper over ``output.exporters.export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.record import METHODS
from output.exporters import FORMATS, ExportError, FeedOptions, export
from output.exporters.atom_format import DEFAULT_BASE_URL, FEED_LIMIT, MAX_FEED_LIMIT
from output.store import StoreError
from pipelines.cli.options import db_option


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="export cases as json, jsonl, csv, ftm, an atom feed, or warc (the captured pages "
        "of their sources)",
    )
    db_option(p)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--status", default="accepted", choices=("accepted", "all"))
    p.add_argument(
        "--output",
        required=True,
        type=Path,
        help="file to write (atomically); warc: gzipped, e.g. cases.warc.gz",
    )
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 BOM (for Excel)")
    feed = p.add_argument_group("atom feed")
    feed.add_argument(
        "--country", help="atom: only cases that fled to this country (two-letter code, e.g. CA)"
    )
    feed.add_argument("--method", choices=METHODS, help="atom: only cases with this return channel")
    feed.add_argument(
        "--limit",
        type=int,
        default=FEED_LIMIT,
        help=f"atom: the N most recently changed cases (default {FEED_LIMIT}, "
        f"at most {MAX_FEED_LIMIT})",
    )
    feed.add_argument(
        "--base-url",
        default=DEFAULT_BASE_URL,
        help="atom: the review server the entries link to (default: `returnwatch review`'s "
        f"address, {DEFAULT_BASE_URL})",
    )
    p.set_defaults(func=run_export)


def _feed_options(args: argparse.Namespace) -> FeedOptions | None:
    """The feed options; refused with any format but atom (they would be silently ignored)."""
    options = FeedOptions(args.country, args.method, args.limit, args.base_url)
    if args.format != "atom":
        if options != FeedOptions():
            raise ExportError("--country, --method, --limit and --base-url apply to --format atom")
        return None
    return options


def run_export(args: argparse.Namespace) -> int:
    try:
        result = export(
            args.db,
            args.format,
            args.output,
            status=args.status,
            bom=args.bom,
            feed=_feed_options(args),
        )
    except (ExportError, StoreError) as exc:
        print(f"returnwatch export: {exc}", file=sys.stderr)
        return 2
    done = sys.stderr if str(result.path) == "-" else sys.stdout  # "-": the export is stdout
    if result.records is not None:
        plural = "s" if result.missing > 1 else ""
        missing = (
            f", {result.missing} source{plural} without a captured copy" if result.missing else ""
        )
        print(
            f"wrote {result.records} WARC records for the sources of {result.cases} cases"
            f"{missing} ({result.bytes} bytes) to {result.path}",
            file=done,
        )
    else:
        print(f"wrote {result.cases} cases ({result.bytes} bytes) to {result.path}", file=done)
    return 0
