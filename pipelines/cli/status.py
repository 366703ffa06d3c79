"""``returnwatch status``: the last crawl run of each site, from the store's run records.

A thin wrapper over ``site_status()``, which reads ``crawl_runs`` read-only and tells, per
configured site, when it last ran, what that run fetched and kept, its errors, its selector
misses (article pages stored through the generic extractor because the site's body selector
found no body, out of those checked) and whether its monitors passed; a run record that never
finished is "running" while the site's lock is held and "unfinished" (killed) otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from output.crawl_lock import is_locked
from output.crawl_runs import last_runs, site_failed
from output.store import StoreError, open_store
from output.store.paths import resolve_db_path
from pipelines.crawl import data_dir
from scrapers.config import load_sites
from scrapers.loader import crawlable


def site_status(db: str | None = None) -> list[dict[str, Any]]:
    """One row per site (configured sites first): its last run and that run's summary."""
    db_path = str(resolve_db_path(db))
    with open_store(db_path, read_only=True) as store:
        runs = store.runs()
    rows = last_runs(runs, crawlable(load_sites()))
    locks = data_dir(db_path) / "locks"
    for row in rows:
        summary = row["summary"]
        if row["run_id"] is None:
            row["state"] = "never crawled"
        elif summary is None:
            row["state"] = "running" if is_locked(locks, row["site"]) else "unfinished"
        else:
            row["state"] = "failed" if site_failed(summary) else "ok"
    return rows


def _failed_monitors(summary: dict[str, Any]) -> str:
    results = (summary.get("monitors") or {}).get("results", [])
    return "; ".join(
        f"{r['monitor'].split('/')[0]}: {r['message']}"
        for r in results
        if r["status"] in ("FAIL", "ERROR")
    )


def _misses(summary: dict[str, Any]) -> str:
    """Selector misses out of the article pages checked (``3/10``), ``-`` for older runs."""
    if "selector_pages" not in summary:
        return "-"
    return f"{summary.get('selector_miss', 0)}/{summary['selector_pages']}"


def format_status(rows: list[dict[str, Any]]) -> str:
    head = (
        f"{'site':<12} {'state':<13} {'last run (UTC)':<20} {'pages':>6} {'kept':>5} "
        f"{'cases':>5} {'blocked':>7} {'errors':>6} {'miss':>7} {'time':>7}  monitors"
    )
    out = [head]
    for row in rows:
        s = row["summary"]
        when = (row.get("started_at") or "-")[:19].replace("T", " ")
        if s is None:
            out.append(f"{row['site']:<12} {row['state']:<13} {when:<20}")
            continue
        errors = sum(s.get("errors", {}).values())
        monitors = s.get("monitors") or {}
        verdict = "-" if not monitors else "ok" if monitors.get("passed") else "FAILED"
        failed = _failed_monitors(s)
        out.append(
            f"{row['site']:<12} {row['state']:<13} {when:<20} {s.get('pages', 0):>6} "
            f"{s.get('kept', 0):>5} {s.get('cases', 0):>5} {s.get('blocked', 0):>7} "
            f"{errors:>6} {_misses(s):>7} {s.get('duration', 0):>6.1f}s  {verdict}"
            + (f" ({failed})" if failed else "")
        )
    return "\n".join(out)


def run_status(args: argparse.Namespace) -> int:
    try:
        rows = site_status(args.db)
    except StoreError as exc:
        print(f"returnwatch status: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        print(format_status(rows))
    return 0


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="the last crawl run of each site and its monitors")
    p.add_argument("--db", metavar="PATH", help="case store (default: data/returnwatch.sqlite)")
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    p.set_defaults(func=run_status)
