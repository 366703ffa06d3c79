"""``returnwatch parse``: what the crawl would make of one saved page, as JSON.

The tool a maintainer reaches for when a site changed its template (like ``scrapy parse``, but
offline, on a page saved from a browser or with curl): a thin wrapper over
``scrapers.parsing.page.page_report``, which decodes, picks the site config, applies its
selectors and the fallback exactly as the spiders do.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from scrapers.parsing.page import page_report
from scrapers.settings import RETURNWATCH_MIN_BODY_CHARS

EXIT_OK = 0
EXIT_MISS = 1  # the page's body selector missed (or nothing was found): the config needs a look
EXIT_UNREADABLE = 2


def parse_saved_page(path: str, url: str, min_body_chars: int | None = None) -> dict[str, Any]:
    """The report of ``page_report`` for a file (``-``: standard input)."""
    raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    minimum = RETURNWATCH_MIN_BODY_CHARS if min_body_chars is None else min_body_chars
    return page_report(raw, url, min_body_chars=minimum)


def expected_line(report: dict[str, Any], file: str) -> dict[str, Any]:
    """A draft line of a conformance set's ``expected.jsonl`` from a report: check every value
    against the page as a browser shows it before adding it (see the README)."""
    body = re.sub(r"\s+", "", str(report["text"] or ""))
    return {
        "file": Path(file).name,
        "url": report["url"],
        "site": report["site"],
        "title_contains": report["title"],
        "published": (report["published"] or "")[:10] or None,
        "body_starts": body[:25],
    }


def run_parse(args: argparse.Namespace) -> int:
    try:
        report = parse_saved_page(args.file, args.url, args.min_body_chars)
    except OSError as exc:
        print(f"returnwatch parse: {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.expected:
        print(json.dumps(expected_line(report, args.file), ensure_ascii=False))
    else:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    missed = report["selector_miss"] is not None or not (report["text"] or report["title"])
    return EXIT_MISS if missed else EXIT_OK


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="print what the crawl would make of a saved page (JSON)",
        description="Parses a saved page as the crawl would have parsed it at URL: the site "
        "config chosen, whether URL is an article URL, title, published (and the page's words "
        "for it), source line, language, the body, and which selector or fallback produced "
        "each field. Exit status 1 when the body selector missed (the page then went through "
        "the generic extractor) or nothing was found, 2 when the file cannot be read.",
    )
    p.add_argument("file", metavar="FILE.html", help="the saved page (- for standard input)")
    p.add_argument("--url", required=True, help="the address the page was published at")
    p.add_argument(
        "--min-body-chars",
        type=int,
        metavar="N",
        help="a shorter selector body is checked against the generic extractor "
        "(default: RETURNWATCH_MIN_BODY_CHARS, 80)",
    )
    p.add_argument(
        "--expected",
        action="store_true",
        help="print a draft expected.jsonl line for the conformance set instead",
    )
    p.set_defaults(func=run_parse)
