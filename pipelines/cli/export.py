"""``returnwatch export``: a thin wrapper over ``output.exporters.export``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from output.exporters import FORMATS, ExportError, export
from output.store import StoreError
from pipelines.cli.options import db_option


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="export cases as json, jsonl, csv, ftm, or warc (the captured pages of their sources)",
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
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    try:
        result = export(args.db, args.format, args.output, status=args.status, bom=args.bom)
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
