"""``returnwatch demo``: crawl the bundled sample mirror, served on 127.0.0.1 (no internet)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from pipelines.cli.crawl import print_summary
from pipelines.crawl import crawl
from pipelines.crawl_result import CrawlResult
from scrapers.config import load_sites
from scrapers.loader import crawlable
from scrapers.mirror_server import MirrorServer

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_MIRROR = REPO_ROOT / "samples" / "mirror"
SAMPLE_URLS = REPO_ROOT / "samples" / "urls.txt"


def demo(db: str | None = None, output: str | None = None, quiet: bool = False) -> CrawlResult:
    """Serve the bundled sample mirror on 127.0.0.1 and crawl it like the live sites."""
    data = Path(db).parent if db else Path("data")
    db = db or str(data / "demo.sqlite")
    output = output or str(data / "demo-cases.jsonl")
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
    result = demo(args.db, args.output, args.quiet)
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
    return result.exit_code


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="crawl the bundled sample mirror (no internet needed)")
    p.add_argument("--db", metavar="PATH", help="store (default: data/demo.sqlite)")
    p.add_argument(
        "--output", metavar="FILE.jsonl", help="cases file (default: data/demo-cases.jsonl)"
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=run_demo)
