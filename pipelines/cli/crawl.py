"""``returnwatch crawl``: a thin wrapper over ``pipelines.crawl.crawl`` with the same options."""

from __future__ import annotations

import argparse
import sys
from typing import IO

from output.files import OutputError
from output.store import StoreError
from pipelines.cli.options import crawl_arguments, crawl_options
from pipelines.crawl import crawl
from pipelines.crawl_result import EXIT_HELP, EXIT_USAGE, CrawlError, CrawlResult

Subparsers = argparse._SubParsersAction


def print_summary(result: CrawlResult, stream: IO[str]) -> None:
    t = result.totals
    stream.write(
        f"crawl {result.status} ({result.outcome}): {t['pages']} pages fetched, "
        f"{t['kept']} articles kept, {t['cases']} case records, "
        f"{t['blocked']} pages blocked by challenge, {t['errors']} errors, "
        f"{t['selector_miss']} selector misses (stored via the generic extractor)\n"
        f"store: {result.db}\nlog:   {result.log_file}\n"
    )
    if result.output:
        stream.write(f"cases: {result.output}\n")


def _problems(result: CrawlResult, stream: IO[str]) -> None:
    """Skipped sites and failed monitors, one line each (standard error; cron mails it)."""
    for site, holder in result.locked.items():
        stream.write(
            f"returnwatch crawl: {site} skipped: another crawl holds its lock ({holder})\n"
        )
    for line in result.failed_monitors:
        stream.write(f"returnwatch crawl: monitor failed: {line}\n")
    if result.stray_errors:
        stream.write(
            f"returnwatch crawl: {result.stray_errors} error(s) outside any site's crawl, "
            f"first: {result.first_stray_error} (see {result.log_file})\n"
        )
    for site in result.failed_sites:
        reason = result.sites[site].get("finish_reason")
        if reason != "finished":
            stream.write(f"returnwatch crawl: {site} did not finish ({reason})\n")


def run_crawl(args: argparse.Namespace) -> int:
    if args.all and args.sites:
        print("returnwatch crawl: give site ids or --all, not both", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = crawl(args.sites, wait_lock=args.wait_lock, **crawl_arguments(args))
    except (CrawlError, ValueError, StoreError, OutputError) as exc:
        print(f"returnwatch crawl: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _problems(result, sys.stderr)  # even with --quiet: cron mails what goes wrong
    if not args.quiet and result.sites:
        print_summary(result, sys.stdout)
    return result.exit_code


def register(subparsers: Subparsers, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="crawl the configured sites into the case store",
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sites", nargs="*", metavar="SITE", help="site ids (default: all; see `sites`)")
    p.add_argument("--all", action="store_true", help="every configured site (the default)")
    crawl_options(p, "also write this run's case records", job_dir=True)
    p.add_argument(
        "--wait-lock",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for a site another crawl is crawling (default 0: skip it, exit 4)",
    )
    p.add_argument(
        "--quiet",
        action="store_true",
        help="no progress, no summary; problems still go to standard error (cron)",
    )
    p.set_defaults(func=run_crawl)
