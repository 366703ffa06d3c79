"""What a crawl run did, and the exit status ``returnwatch crawl`` derives from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from output.crawl_runs import site_failed

STAT_KEYS = {
    "pages": "downloader/response_count",
    "kept": "returnwatch/articles_kept",
    "cases": "returnwatch/cases_found",
    "blocked": "returnwatch/blocked_by_challenge",
    "selector_miss": "returnwatch/selector_miss",
}
# Exit status of `returnwatch crawl` (also in --help and the README): cron and systemd read it.
EXIT_OK = 0  # every site crawled, every monitor passed
EXIT_FAILURE = 1  # no site succeeded, or the crawl was interrupted (SIGTERM, Ctrl-C)
EXIT_USAGE = 2  # bad options (unknown site, bad date); nothing was crawled
EXIT_PARTIAL = 3  # some sites failed (unfinished, a failed monitor), or an error outside any site
EXIT_LOCKED = 4  # the rest succeeded, but a site was skipped: another crawl holds its lock
EXIT_HELP = """exit status:
  0  success: every site crawled and every monitor passed
  1  failure: no site succeeded, or the crawl was interrupted
  2  bad options; nothing crawled
  3  partial: some sites failed (unfinished or a failed monitor), the others succeeded;
     or an error was logged outside any site's crawl
  4  skipped: the crawled sites succeeded, but another crawl holds the lock of some site
     (still running); with --wait-lock it was still held when the wait ran out"""


class CrawlError(ValueError):
    """Bad crawl options (unknown site, bad date); the message says which."""


@dataclass
class CrawlResult:
    """What a crawl did: per-site counters, the store, the log and the run id."""

    sites: dict[str, dict[str, Any]] = field(default_factory=dict)
    db: str = ""
    log_file: str = ""
    output: str | None = None
    run_id: str | None = None
    status: str = "finished"
    locked: dict[str, str] = field(default_factory=dict)  # site -> who holds its lock
    duration: float = 0.0
    # ERROR lines tied to no site (see scrapers.extensions.site_errors.StrayErrors), the first
    stray_errors: int = 0
    first_stray_error: str | None = None

    @property
    def totals(self) -> dict[str, int]:
        totals = {k: sum(s.get(k, 0) for s in self.sites.values()) for k in STAT_KEYS}
        totals["errors"] = sum(sum(s.get("errors", {}).values()) for s in self.sites.values())
        return totals

    @property
    def failed_sites(self) -> list[str]:
        return [site for site, summary in self.sites.items() if site_failed(summary)]

    @property
    def failed_monitors(self) -> list[str]:
        """``site: monitor: message`` for every failed monitor."""
        failed = []
        for site, summary in self.sites.items():
            for r in (summary.get("monitors") or {}).get("results", []):
                if r["status"] in ("FAIL", "ERROR"):
                    failed.append(f"{site}: {r['monitor']}: {r['message']}")
        return failed

    @property
    def outcome(self) -> str:
        """success, partial, failure or locked (see the exit codes)."""
        failed = self.failed_sites
        if self.status == "interrupted" or (self.sites and len(failed) == len(self.sites)):
            return "failure"
        if failed or self.stray_errors:
            return "partial"
        return "locked" if self.locked else "success"

    @property
    def exit_code(self) -> int:
        return {
            "success": EXIT_OK,
            "failure": EXIT_FAILURE,
            "partial": EXIT_PARTIAL,
            "locked": EXIT_LOCKED,
        }[self.outcome]

    def record(self) -> dict[str, Any]:
        """The run's ``stats`` in the store."""
        return {
            "sites": self.sites,
            "totals": self.totals,
            "monitors": {"passed": not self.failed_monitors, "failed": self.failed_monitors},
            "failed_sites": self.failed_sites,
            "locked": self.locked,
            "errors_outside_sites": self.stray_errors,
            "duration": round(self.duration, 2),
            "outcome": self.outcome,
            "exit_code": self.exit_code,
        }
