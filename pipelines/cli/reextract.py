"""``returnwatch reextract``: extract every stored document again and refresh the cases."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from output.files import OutputError, check_output, write_output
from output.store import StoreError
from pipelines.cli.options import db_option, workers_option
from pipelines.process import reextract


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="re-run the extraction over stored documents")
    db_option(p)
    workers_option(p)
    p.add_argument("--report", type=Path, default=None, help="write the full change report (JSON)")
    p.set_defaults(func=run_reextract)


def run_reextract(args: argparse.Namespace) -> int:
    try:
        if args.report:
            check_output(args.report)  # before the long run, not after it
        report = reextract(args.db, workers=args.workers)
    except (StoreError, OutputError, ValueError) as exc:
        print(f"returnwatch reextract: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    for case_id, changes in sorted(report.changes.items()):
        for field, (old, new) in sorted(changes.items()):
            print(f"  {case_id} {field}: {old!r} -> {new!r}")
    for error in report.errors:
        print(f"  error: {error}", file=sys.stderr)
    if args.report:
        data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_output(args.report, data)
        except OutputError as exc:
            print(f"returnwatch reextract: {exc}", file=sys.stderr)
            return 2
    return 1 if report.errors else 0
