"""What a crawl run records about each site, and what earlier runs say about a site.

The crawl command writes one row per run into the store's ``crawl_runs`` table; its ``stats``
column holds ``{"sites": {site: summary}, "totals": ..., "monitors": ...}``. This module builds
a site's summary from its Scrapy statistics, reads a site's earlier summaries back (for the
monitor that notices a site which usually yields entries yielding none) and answers
``returnwatch status``. Pure functions over plain dicts: no Scrapy import.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

COUNTERS = {
    "pages": "downloader/response_count",
    "kept": "returnwatch/articles_kept",
    "cases": "returnwatch/cases_found",
    "blocked": "returnwatch/blocked_by_challenge",
    "entries": "returnwatch/entries_listed",
    "articles": "returnwatch/articles_fetched",
    "selector_pages": "returnwatch/selector_pages",
    "selector_miss": "returnwatch/selector_miss",
    "cut": "returnwatch/extract/cut_documents",  # texts cut to RETURNWATCH_MAX_DOCUMENT_CHARS
    "store_errors": "returnwatch/store_errors",  # articles a failed store write did not store
}
MONITORS_STAT = "returnwatch/monitors"
_STATUS_PREFIX = "downloader/response_status_count/"
_ROBOTS_STATUS_PREFIX = "robotstxt/response_status_count/"
# HTTP answers that were anti-bot challenges (mps's 521): counted as blocked, not as errors.
_BLOCKED_STATUS_PREFIX = "returnwatch/blocked_by_challenge_status/"
_ERROR_PREFIXES = {
    "downloader/exception_type_count/": "download",
    "spider_exceptions/": "spider",
    "returnwatch/limits/": "limit",  # scrapers.middlewares.limits
}
VALIDATION_ERRORS_STAT = "spidermon/validation/fields/errors"
LOG_ERRORS_STAT = "returnwatch/log_errors"  # scrapers.extensions.site_errors


def _int(value: Any) -> int:
    return int(value or 0)


def errors_by_kind(stats: Mapping[str, Any]) -> dict[str, int]:
    """Errors of one crawler by kind: ``download/<exception>`` (after retries),
    ``spider/<exception>`` (a callback raised), ``limit/<kind>`` (a response refused by a
    limit: ``decompressed_size``, ``redirect_loop``, ``too_many_redirects``), ``http/<status>`` (4xx/5xx answers, robots.txt
    excepted: a site without one is normal; so are anti-bot challenges, which the summary
    counts as ``blocked``) and ``validation`` (case-record schema errors)."""
    errors: dict[str, int] = {}
    for key, value in stats.items():
        for prefix, kind in _ERROR_PREFIXES.items():
            if key.startswith(prefix):
                name = key[len(prefix) :].rsplit(".", 1)[-1]
                errors[f"{kind}/{name}"] = errors.get(f"{kind}/{name}", 0) + _int(value)
        if key.startswith(_STATUS_PREFIX) and key[len(_STATUS_PREFIX) :].isdigit():
            code = key[len(_STATUS_PREFIX) :]
            count = _int(value) - _int(stats.get(_ROBOTS_STATUS_PREFIX + code))
            count -= _int(stats.get(_BLOCKED_STATUS_PREFIX + code))
            if int(code) >= 400 and count > 0:
                errors[f"http/{code}"] = count
    if _int(stats.get(VALIDATION_ERRORS_STAT)):
        errors["validation"] = _int(stats.get(VALIDATION_ERRORS_STAT))
    return dict(sorted(errors.items()))


def site_summary(stats: Mapping[str, Any]) -> dict[str, Any]:
    """The run record of one site, from its crawler's final statistics."""
    summary: dict[str, Any] = {name: _int(stats.get(key)) for name, key in COUNTERS.items()}
    summary["errors"] = errors_by_kind(stats)
    summary["log_errors"] = _int(stats.get(LOG_ERRORS_STAT))  # ERROR lines about this site
    summary["duration"] = round(float(stats.get("elapsed_time_seconds") or 0.0), 2)
    summary["finish_reason"] = stats.get("finish_reason")
    monitors = stats.get(MONITORS_STAT)
    summary["monitors"] = dict(monitors) if isinstance(monitors, Mapping) else None
    return summary


def site_failed(summary: Mapping[str, Any]) -> bool:
    """A site failed when its crawl did not finish or one of its monitors failed."""
    monitors = summary.get("monitors") or {}
    return summary.get("finish_reason") != "finished" or monitors.get("passed") is False


def site_yield(summary: Mapping[str, Any]) -> int:
    """What a site's pages yielded: listing entries (new or already known) plus article pages.

    Not the articles kept: an incremental run on a quiet day keeps none, which is normal; a
    listing that lists nothing means a changed layout, a block or an outage. Runs recorded
    before entries were counted fall back on the articles kept."""
    if "entries" in summary or "articles" in summary:
        return _int(summary.get("entries")) + _int(summary.get("articles"))
    return _int(summary.get("kept"))


def run_stats(run: Mapping[str, Any]) -> dict[str, Any]:
    raw = run.get("stats")
    if not raw:
        return {}
    stats = json.loads(raw) if isinstance(raw, str) else raw
    return stats if isinstance(stats, dict) else {}


def site_history(runs: list[dict[str, Any]], site: str, limit: int) -> list[dict[str, Any]]:
    """The site's summaries in its last ``limit`` finished runs, newest first (``runs`` as
    ``Store.runs()`` returns them, oldest first; runs that never finished are left out)."""
    history: list[dict[str, Any]] = []
    for run in reversed(runs):
        if not run.get("finished_at"):
            continue
        summary = run_stats(run).get("sites", {}).get(site)
        if isinstance(summary, dict):
            history.append(summary)
            if len(history) >= limit:
                break
    return history


def usually_yields(history: list[dict[str, Any]], min_runs: int) -> bool:
    """True when the site yielded in more than half of the given runs, and in ``min_runs`` at
    least: one lucky run or a short history does not make a habit."""
    yielded = sum(1 for summary in history if site_yield(summary) > 0)
    return yielded >= max(min_runs, 1) and yielded * 2 > len(history)


def last_runs(runs: list[dict[str, Any]], sites: list[str]) -> list[dict[str, Any]]:
    """One row per site: its last run (id, times, run status) and its summary in that run.

    ``sites`` are listed first in that order (never-crawled ones with ``run_id`` None), then
    any other site found in the runs (``urls``)."""
    latest: dict[str, dict[str, Any]] = {}
    for run in reversed(runs):
        names = json.loads(run["sites"]) if isinstance(run.get("sites"), str) else []
        stats = run_stats(run)
        for site in names:
            if site in latest:
                continue
            summary = stats.get("sites", {}).get(site)
            if summary is None and run.get("finished_at"):
                continue  # finished without this site: not crawled (locked) or another kind
            latest[site] = {
                "site": site,
                "run_id": run["id"],
                "started_at": run["started_at"],
                "finished_at": run.get("finished_at"),
                "run_status": run["status"],
                "summary": summary,
            }
    order = list(sites) + sorted(s for s in latest if s not in sites)
    return [latest.get(s) or {"site": s, "run_id": None, "summary": None} for s in order]
