"""Spidermon monitors run when each site's spider closes, and where their verdict goes.

``CrawlMonitorSuite`` (``SPIDERMON_SPIDER_CLOSE_MONITORS`` in scrapers/settings.py) runs
Spidermon's monitors for case-record validation (``SPIDERMON_MAX_ITEM_VALIDATION_ERRORS``),
unwanted HTTP codes (``SPIDERMON_UNWANTED_HTTP_CODES``, with the anti-bot 412 and 521) and the
finish reason, plus three of ours: ``SiteErrorCountMonitor`` (ERROR log lines of this site;
Scrapy's own count is per process), ``SiteYieldMonitor`` (a site that usually yields entries,
going by its earlier runs in the store, yielding none) and ``SelectorMissMonitor`` (more than a
set share of the site's article pages needed the generic extractor: a changed template). ``RecordMonitorResults`` puts the verdict into
the crawler's statistics (``returnwatch/monitors``), from which ``returnwatch crawl`` writes it
into the run record and derives its exit status.
"""

from __future__ import annotations

import warnings
from typing import Any

from scrapy.exceptions import ScrapyDeprecationWarning
from spidermon import MonitorSuite, monitors
from spidermon.contrib.scrapy.monitors.base import BaseScrapyMonitor, BaseStatMonitor
from spidermon.contrib.scrapy.monitors.monitors import (
    FinishReasonMonitor,
    ItemValidationMonitor,
    UnwantedHTTPCodesMonitor,
)
from spidermon.core.actions import Action

from output.crawl_runs import (
    COUNTERS,
    MONITORS_STAT,
    site_history,
    site_summary,
    site_yield,
    usually_yields,
)
from output.store import open_store
from scrapers.extensions.site_errors import STAT as LOG_ERRORS_STAT

SELECTOR_PAGES_STAT = COUNTERS["selector_pages"]
SELECTOR_MISS_STAT = COUNTERS["selector_miss"]

# Spidermon 1.27 reports through Spider.log(), which Scrapy 2.19 deprecates: the only mismatch
# between the two, harmless, silenced here so it does not fill every crawl log with a warning.
warnings.filterwarnings(
    "ignore",
    message=r"Spider\.log\(\) is deprecated",
    category=ScrapyDeprecationWarning,
    module=r"spidermon\.",
)


@monitors.name("Site error count monitor")
class SiteErrorCountMonitor(BaseStatMonitor):
    """ERROR log lines about this site at most ``SPIDERMON_MAX_ERRORS``.

    Spidermon's ``ErrorCountMonitor`` reads ``log_count/ERROR``, which counts the whole
    process: with several sites in one crawl, one failing site would fail them all. This one
    reads the site's own count (scrapers.extensions.site_errors)."""

    stat_name = LOG_ERRORS_STAT
    threshold_setting = "SPIDERMON_MAX_ERRORS"
    assert_type = "<="
    fail_if_stat_missing = False


@monitors.name("Site yield monitor")
class SiteYieldMonitor(BaseScrapyMonitor):
    """A site that usually yields listing entries or articles yields none.

    Compared with the site's last ``RETURNWATCH_YIELD_HISTORY`` finished runs in the store:
    it "usually yields" when it yielded in more than half of them and in at least
    ``RETURNWATCH_YIELD_MIN_RUNS``. Skipped without a store, for the URL-list spider (its
    input changes every time) and while the history is too short to say.
    """

    @monitors.name("Should yield entries when it usually does")
    def test_site_yields_as_usual(self) -> None:
        settings = self.crawler.settings
        site = getattr(self.spider, "site", None)
        db = settings.get("RETURNWATCH_DB")
        if site is None or db == "none":
            self.skipTest("no site config or no store")
        assert site is not None  # skipTest raised otherwise
        current = site_yield(site_summary(self.stats))
        history = self.history(site.id, db, settings.getint("RETURNWATCH_YIELD_HISTORY", 5))
        if not usually_yields(history, settings.getint("RETURNWATCH_YIELD_MIN_RUNS", 2)):
            self.skipTest(f"{len(history)} earlier runs: no habit of yielding yet")
        earlier = [site_yield(s) for s in history]
        self.assertGreater(
            current,
            0,
            msg=f"{site.id} yielded no listing entry or article; its last runs yielded {earlier}",
        )

    def history(self, site: str, db: str | None, limit: int) -> list[dict[str, Any]]:
        with open_store(db or None) as store:
            return site_history(store.runs(), site, limit)


@monitors.name("Selector miss monitor")
class SelectorMissMonitor(BaseScrapyMonitor):
    """Too many of the site's article pages needed the generic extractor.

    A page whose body selector found no body (or one under ``RETURNWATCH_MIN_BODY_CHARS``) is
    stored with trafilatura's body and counted (``returnwatch/selector_miss`` out of
    ``returnwatch/selector_pages``); more than ``RETURNWATCH_MAX_SELECTOR_MISS`` of them means
    the site changed its template, which a scheduled crawl must not hide."""

    @monitors.name("Should find article bodies with the site's selectors")
    def test_selector_misses_under_share(self) -> None:
        pages = int(self.stats.get(SELECTOR_PAGES_STAT) or 0)
        misses = int(self.stats.get(SELECTOR_MISS_STAT) or 0)
        if not pages:
            self.skipTest("no article page checked against a body selector")
        allowed = self.crawler.settings.getfloat("RETURNWATCH_MAX_SELECTOR_MISS", 0.2)
        site = getattr(getattr(self.spider, "site", None), "id", self.spider.name)
        self.assertLessEqual(
            misses / pages,
            allowed,
            msg=(
                f"{site}: {misses} of {pages} article pages ({misses / pages:.0%}) needed the "
                f"generic extractor (selector_miss; more than {allowed:.0%}): the body selector "
                "found no body or too short a one; the template may have changed "
                "(see `returnwatch parse`)"
            ),
        )


class RecordMonitorResults(Action):
    """Write each monitor's status and message into the crawler's stats for the run record."""

    def run_action(self) -> None:
        results = [
            {
                "monitor": result.monitor.monitor_name,
                "status": result.status,
                "message": _message(result),
            }
            for result in self.result.monitor_results
        ]
        verdict = {"passed": bool(self.result.all_monitors_passed), "results": results}
        self.data.crawler.stats.set_value(MONITORS_STAT, verdict)


def _message(result: Any) -> str | None:
    """The assertion's own words (last line of the traceback), or the reason for a skip."""
    if result.error:
        lines = [line for line in str(result.error).strip().splitlines() if line.strip()]
        return lines[-1].removeprefix("AssertionError: ") if lines else None
    return str(result.reason) if result.reason else None


class CrawlMonitorSuite(MonitorSuite):
    monitors = [  # noqa: RUF012 - Spidermon's declarative class attribute
        ItemValidationMonitor,
        SiteErrorCountMonitor,
        UnwantedHTTPCodesMonitor,
        FinishReasonMonitor,
        SiteYieldMonitor,
        SelectorMissMonitor,
    ]
    monitors_finished_actions = [RecordMonitorResults]  # noqa: RUF012
