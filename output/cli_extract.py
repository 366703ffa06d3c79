"""CLI wrappers for extraction: ``extract`` and ``evaluate``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


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
    from extract.api import MAX_DOCUMENT_CHARS
    from extract.batch import extract_file
    from output.files import OutputError

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


def register_evaluate(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="score the extraction against a labelled JSONL set",
        description="Case precision/recall/F1 (cases matched by name within a document), "
        "per-field accuracy over matched cases, and record F1 (name, date, country and method right).",
    )
    parser.add_argument("gold", help="labelled documents (the dev set format)")
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.set_defaults(func=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate, read_gold

    try:
        score = evaluate(read_gold(Path(args.gold)))
    except (OSError, ValueError) as exc:
        print(f"returnwatch evaluate: {exc}", file=sys.stderr)
        return 2
    metrics = score.metrics()
    if args.json:
        print(json.dumps(metrics, indent=2))
    else:
        print(f"gold cases {score.gold}, predicted {score.predicted}, matched {score.matched}")
        for key, value in metrics.items():
            print(f"{key:16} {value:.3f}")
    if args.errors:
        for line in score.errors:
            print(line)
    return 0
