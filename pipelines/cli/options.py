"""Options several commands share."""

from __future__ import annotations

import argparse
from typing import Any


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        help="store: a SQLite file (default: $RETURNWATCH_DATA_DIR/returnwatch.sqlite, "
        "else ./data/returnwatch.sqlite) or postgresql://USER@HOST:PORT/DATABASE",
    )


def workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        metavar="N",
        help="extraction worker processes (default: the spare cores, os.cpu_count()-1, and one "
        "more once only extraction is left; 0: in this process)",
    )


# The options `crawl` and `worker` share, as (flags, add_argument keywords); ``OUTPUT`` is
# worded by each command.
CRAWL_OPTIONS: list[tuple[str, dict[str, Any]]] = [
    ("--mirror", {"metavar": "URL", "help": "fetch https://HOST/PATH from URL/HOST/PATH"}),
    ("--db", {"metavar": "PATH", "help": "case store (default: data/returnwatch.sqlite)"}),
    ("--output", {"metavar": "FILE.jsonl"}),
    ("--since", {"metavar": "YYYY-MM-DD", "help": "skip articles published before"}),
    ("--full", {"action": "store_true", "help": "ignore what earlier runs saw"}),
    ("--urls", {"metavar": "FILE", "help": "also crawl the article URLs in FILE"}),
]
LOG_OPTIONS: list[tuple[str, dict[str, Any]]] = [
    ("--delay", {"type": float, "metavar": "SECONDS", "help": "download delay per site"}),
    ("--log-file", {"metavar": "FILE", "help": "Scrapy's log (default: beside the store)"}),
    ("--set", {"action": "append", "metavar": "NAME=VALUE", "help": "any Scrapy setting"}),
]


def crawl_options(parser: argparse.ArgumentParser, output_help: str, job_dir: bool) -> None:
    """The crawl's options (``--job-dir`` for `crawl` only)."""
    for flag, keywords in CRAWL_OPTIONS:
        parser.add_argument(flag, **({"help": output_help} | keywords))
    if job_dir:
        parser.add_argument(
            "--job-dir", metavar="DIR", help="Scrapy JOBDIR root: a killed crawl resumes"
        )
    for flag, keywords in LOG_OPTIONS:
        parser.add_argument(flag, **keywords)


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """``--set NAME=VALUE`` options as a dict (ValueError naming a malformed one)."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise ValueError(f"--set {pair!r}: expected NAME=VALUE")
        values[name] = value
    return values


def crawl_arguments(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of ``pipelines.crawl.crawl`` from the parsed crawl options."""
    names = ("mirror", "db", "output", "since", "full", "urls", "delay", "log_file", "quiet")
    values = {name: getattr(args, name) for name in names}
    values["job_dir"] = getattr(args, "job_dir", None)
    values["overrides"] = parse_overrides(args.set or [])
    return values
