"""``returnwatch extract``: a thin wrapper over ``pipelines.batch.extract_file``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from extract.api import MAX_DOCUMENT_CHARS
from output.files import OutputError
from pipelines.batch import extract_file


def register(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="extract case records from articles (JSONL in, JSONL out)",
        description="Read documents {id, url, published, title, text|html} one per line and "
        "write one case record per returned person per line. '-' is stdin/stdout.",
    )
    parser.add_argument("--input", "-i", required=True, help="documents JSONL file, or - for stdin")
    parser.add_argument(
        "--output", "-o", required=True, help="case records JSONL file, or - for stdout"
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=None,
        metavar="N",
        help="cut longer document texts to their first N characters, with a warning "
        "(default 2,000,000)",
    )
    parser.set_defaults(func=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    progress: Callable[[int, int], None] | None = None
    if sys.stderr.isatty():

        def show(docs: int, cases: int) -> None:
            print(f"\r{docs} documents, {cases} cases", end="", file=sys.stderr, flush=True)

        progress = show

    max_chars = args.max_chars or MAX_DOCUMENT_CHARS
    try:
        report = extract_file(args.input, args.output, progress=progress, max_chars=max_chars)
    except OutputError as exc:
        print(f"returnwatch extract: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"returnwatch extract: {args.input}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if progress:
        print(file=sys.stderr)
    if not report.ok:
        print(f"{len(report.bad_lines)} bad line(s) skipped", file=sys.stderr)
        return 1
    return 0
