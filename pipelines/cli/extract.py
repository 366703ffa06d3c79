"""``returnwatch extract``: a thin wrapper over ``pipelines.batch.extract_file``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.status import Status

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
    """Extract a JSONL file; on a terminal, a live count of documents and cases (rich)."""
    status = Status("", console=Console(file=sys.stderr)) if sys.stderr.isatty() else None
    progress: Callable[[int, int], None] | None = None
    if status is not None:
        status.start()
        progress = lambda docs, cases: status.update(f"{docs} documents, {cases} cases")  # noqa: E731
    max_chars = args.max_chars or MAX_DOCUMENT_CHARS
    try:
        report = extract_file(args.input, args.output, progress=progress, max_chars=max_chars)
    except OutputError as exc:
        print(f"returnwatch extract: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"returnwatch extract: {args.input}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        if status is not None:
            status.stop()
    if not report.ok:
        print(f"{len(report.bad_lines)} bad line(s) skipped", file=sys.stderr)
        return 1
    return 0
