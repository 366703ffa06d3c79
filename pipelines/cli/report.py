"""``returnwatch report``: a thin wrapper over ``output.report.report``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from output.report import ReportError, report
from output.store import StoreError
from pipelines.cli.options import db_option


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name, help="write a self-contained HTML coverage report with charts (prints to PDF)"
    )
    db_option(p)
    p.add_argument(
        "--status",
        default="accepted",
        choices=("accepted", "all"),
        help="the cases accepted by a reviewer, or every case whatever its status",
    )
    p.add_argument(
        "--from", dest="year_from", type=int, metavar="YEAR", help="returns from YEAR on"
    )
    p.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help="returns up to YEAR")
    p.add_argument("--country", metavar="CC", help="cases fled to this country (ISO code: CA)")
    p.add_argument("--output", required=True, type=Path, help="HTML file to write (atomically)")
    p.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    try:
        result = report(
            args.db,
            args.output,
            status=args.status,
            year_from=args.year_from,
            year_to=args.year_to,
            country=args.country,
        )
    except (ReportError, StoreError) as exc:
        print(f"returnwatch report: {exc}", file=sys.stderr)
        return 2
    done = sys.stderr if str(result.path) == "-" else sys.stdout  # "-": the report is stdout
    print(
        f"wrote the report of {result.cases} cases ({result.bytes} bytes) to {result.path}",
        file=done,
    )
    return 0
