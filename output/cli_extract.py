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


DEFAULT_SETS = Path("tests/data")
DEFAULT_REAL_LABELS = Path("tests/realtext/labels.jsonl")
DEFAULT_TEXTS = Path(".cache/realtext")


def register_evaluate(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="score the extraction against labelled JSONL sets",
        description="Case precision/recall/F1 (cases matched by name within a document), "
        "per-field accuracy over matched cases, and record F1 (name, date, country and method right). "
        f"Without GOLD, scores every set in {DEFAULT_SETS}/ and the real-text set "
        f"{DEFAULT_REAL_LABELS} (whole, and its tune and test halves) when its texts are cached.",
    )
    parser.add_argument(
        "gold", nargs="?", help="labelled documents (the dev set format, or labels-only lines)"
    )
    parser.add_argument(
        "--texts",
        default=str(DEFAULT_TEXTS),
        help="folder of cached *.texts.jsonl for labels-only sets (default: %(default)s)",
    )
    parser.add_argument(
        "--split",
        choices=("all", "tune", "test"),
        default="all",
        help="score only one half of a labels-only set (default: %(default)s)",
    )
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.set_defaults(func=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    try:
        if args.gold:
            scores = {"": _score(Path(args.gold), Path(args.texts), args.split)}
        else:
            scores = _score_default_sets(Path(args.texts))
    except (OSError, ValueError) as exc:
        print(f"returnwatch evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json:
        table = {name: score.metrics() for name, score in scores.items()}
        print(json.dumps(table.get("", table), indent=2))
    for name, score in scores.items():
        if not args.json:
            _print_score(name, score)
        if args.errors:
            for line in score.errors:
                print(f"{name}: {line}" if name else line)
    return 0


def _score(gold: Path, texts: Path, split: str) -> Any:
    from extract.evaluate import evaluate, join_texts, read_lines, read_texts

    labels = read_lines(gold)
    cached = read_texts(texts) if texts.is_dir() else {}
    docs, missing = join_texts(labels, cached, split)
    if missing:
        print(
            f"{gold}: {missing} labelled article(s) have no cached text in {texts}", file=sys.stderr
        )
    return evaluate(docs)


def _score_default_sets(texts: Path) -> dict[str, Any]:
    scores = {
        path.stem: _score(path, texts, "all") for path in sorted(DEFAULT_SETS.glob("*.jsonl"))
    }
    if DEFAULT_REAL_LABELS.is_file() and texts.is_dir():
        for split in ("all", "tune", "test"):
            name = "realtext" if split == "all" else f"realtext.{split}"
            scores[name] = _score(DEFAULT_REAL_LABELS, texts, split)
    if not scores:
        raise ValueError(f"no labelled sets in {DEFAULT_SETS}/ (run from a checkout, or name GOLD)")
    return scores


def _print_score(name: str, score: Any) -> None:
    if name:
        print(f"== {name}")
    print(f"gold cases {score.gold}, predicted {score.predicted}, matched {score.matched}")
    for key, value in score.metrics().items():
        print(f"{key:16} {value:.3f}")
