"""``returnwatch demo``: crawl the bundled sample mirror, served on 127.0.0.1 (no internet)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from output.report import ReportError, report
from pipelines.cli.crawl import print_summary
from pipelines.crawl import crawl
from pipelines.crawl_result import CrawlResult
from scrapers.config import load_sites
from scrapers.loader import crawlable
from scrapers.mirror_server import MirrorServer

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_MIRROR = REPO_ROOT / "samples" / "mirror"
SAMPLE_URLS = REPO_ROOT / "samples" / "urls.txt"


def demo_paths(db: str | None, output: str | None, report_file: str | None) -> tuple[str, str, str]:
    """The store, the cases file and the report: as given, else beside the store (default
    ``data/demo.sqlite``)."""
    data = Path(db).parent if db else Path("data")
    return (
        db or str(data / "demo.sqlite"),
        output or str(data / "demo-cases.jsonl"),
        report_file or str(data / "demo-report.html"),
    )


def demo(db: str | None = None, output: str | None = None, quiet: bool = False) -> CrawlResult:
    """Serve the bundled sample mirror on 127.0.0.1 and crawl it like the live sites."""
    db, output, _ = demo_paths(db, output, None)
    with MirrorServer(SAMPLE_MIRROR) as server:
        return crawl(
            crawlable(load_sites()),
            mirror=server.url,
            db=db,
            output=output,
            urls=str(SAMPLE_URLS),
            full=True,
            quiet=quiet,
        )


def run_demo(args: argparse.Namespace) -> int:
    started = time.monotonic()
    db, output, report_file = demo_paths(args.db, args.output, args.report)
    result = demo(db, output, args.quiet)
    print_summary(result, sys.stdout)
    assert result.output is not None
    lines = Path(result.output).read_text("utf-8").splitlines()
    print(f"\n{len(lines)} case records ({time.monotonic() - started:.1f} s):")
    for line in lines:
        r = json.loads(line)
        print(
            f"  {r['name']:<14} {r['method']:<12} {','.join(r['fled_to']) or '-':<6} "
            f"{r['return_date'] or '-':<10} {r['source_url']}"
        )
    try:  # every status: nobody has reviewed the sample cases yet
        written = report(db, report_file, status="all")
    except ReportError as exc:
        print(f"returnwatch demo: {exc}", file=sys.stderr)
        return 2
    print(
        f"\nreport of the {written.cases} cases in the store (every review status): "
        f"{written.path} (open it in a browser; it prints to PDF)"
    )
    return result.exit_code


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="crawl the bundled sample mirror (no internet needed)")
    p.add_argument("--db", metavar="PATH", help="store (default: data/demo.sqlite)")
    p.add_argument(
        "--output", metavar="FILE.jsonl", help="cases file (default: data/demo-cases.jsonl)"
    )
    p.add_argument(
        "--report",
        metavar="FILE.html",
        help="coverage report written at the end (default: demo-report.html beside the store)",
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=run_demo)
