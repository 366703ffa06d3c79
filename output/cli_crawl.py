"""``returnwatch crawl``, ``returnwatch sites`` and ``returnwatch demo``.

Each command is a thin wrapper over a function with the same options (``crawl()``,
``list_sites()``, ``demo()``). The crawl runs Scrapy in this process: one crawler per site,
all at once (politeness is per domain), Scrapy's log to a file, and a live per-site progress
table on a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from output.files import OutputError, check_output, output_kind
from output.store import StoreError, check_store

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
REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_MIRROR = REPO_ROOT / "samples" / "mirror"
SAMPLE_URLS = REPO_ROOT / "samples" / "urls.txt"


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
        from output.crawl_runs import site_failed

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


def _check_date(since: str | None) -> str | None:
    if since is None:
        return None
    try:
        return datetime.strptime(since, "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError as exc:
        raise CrawlError(f"--since {since!r}: expected YYYY-MM-DD") from exc


def _settings(
    *,
    mirror: str | None,
    db: str | None,
    output: str | None,
    since: str | None,
    full: bool,
    urls: str | None,
    delay: float | None,
    log_file: str,
    overrides: dict[str, str],
) -> Any:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if not settings.get("SPIDER_LOADER_CLASS", "").startswith("scrapers."):
        settings.setmodule("scrapers.settings", priority="project")
    values: dict[str, Any] = {
        "RETURNWATCH_DB": db,
        "RETURNWATCH_OUTPUT": output or "",
        "RETURNWATCH_SINCE": since or "",
        "RETURNWATCH_FULL": full,
        "RETURNWATCH_URLS_FILE": urls or "",
        "LOG_FILE": log_file,
        # Appended to: Scrapy reopens the file for every site's crawler it creates, and with
        # LOG_FILE_APPEND off each reopening emptied it (the run empties it once, at its start).
        "LOG_FILE_APPEND": True,
        "LOG_INSTALL_ROOT_HANDLER": True,
    }
    if mirror:
        values.update(RETURNWATCH_MIRROR=mirror, DOWNLOAD_DELAY=0.0, AUTOTHROTTLE_ENABLED=False)
    if delay is not None:
        values["DOWNLOAD_DELAY"] = delay
    values.update(overrides)
    settings.setdict(values, priority="cmdline")
    return settings


class Progress:
    """Per-site counters on a terminal, redrawn in place; silent when not a terminal."""

    def __init__(self, crawlers: dict[str, Any], stream: IO[str]):
        self.crawlers = crawlers
        self.stream = stream
        self.lines = 0

    def snapshot(self) -> dict[str, dict[str, int]]:
        return {
            site: {k: int(c.stats.get_value(key, 0) or 0) for k, key in STAT_KEYS.items()}
            for site, c in self.crawlers.items()
            if c.stats is not None
        }

    def draw(self) -> None:
        rows = self.snapshot()
        out = [f"{'site':<12} {'pages':>6} {'kept':>6} {'cases':>6} {'blocked':>8} {'miss':>5}"]
        for site, r in rows.items():
            out.append(
                f"{site:<12} {r['pages']:>6} {r['kept']:>6} {r['cases']:>6} {r['blocked']:>8} "
                f"{r['selector_miss']:>5}"
            )
        if self.lines:
            self.stream.write(f"\x1b[{self.lines}F")
        self.stream.write("\n".join(line + "\x1b[K" for line in out) + "\n")
        self.stream.flush()
        self.lines = len(out)


def data_dir(db_path: str) -> Path:
    """Where logs and locks live: beside a store file, else ``$RETURNWATCH_DATA_DIR`` (a
    database URL has no folder)."""
    if "://" in db_path:
        from output.store.paths import DATA_DIR_ENV

        return Path(os.environ.get(DATA_DIR_ENV) or "data")
    return Path(db_path).parent


def crawl(
    sites: list[str] | None = None,
    *,
    mirror: str | None = None,
    db: str | None = None,
    output: str | None = None,
    since: str | None = None,
    full: bool = False,
    urls: str | None = None,
    job_dir: str | None = None,
    delay: float | None = None,
    log_file: str | None = None,
    quiet: bool = False,
    overrides: dict[str, str] | None = None,
    progress_stream: IO[str] | None = None,
    wait_lock: float = 0.0,
    lock_sites: bool = True,  # hook for `returnwatch worker` (cli_worker.py): workers share sites
) -> CrawlResult:
    """Crawl ``sites`` (all configured sites when empty; only the URL list when ``urls`` is
    given alone) into the store. Returns the per-site run records and the outcome.

    Each site is locked for the whole crawl (``<data dir>/locks/SITE.lock``); a site whose lock
    another crawl holds, still after ``wait_lock`` seconds, is skipped and listed in
    ``result.locked``. Nothing is crawled or recorded when every site is locked.
    ``lock_sites=False`` is for the workers of a shared crawl, which crawl one site together."""
    from scrapers.config import load_sites
    from scrapers.loader import URLS_SPIDER, crawlable

    started = time.monotonic()
    configs = load_sites()
    names = list(sites or ([] if urls else crawlable(configs)))
    unknown = [s for s in names if s not in crawlable(configs)]
    if unknown:
        raise CrawlError(f"unknown site(s) {unknown}; known: {', '.join(crawlable(configs))}")
    if urls:
        from scrapers.spiders.urllist import read_url_file

        read_url_file(urls)  # fail early, naming the file and line
    since = _check_date(since)
    if output:
        with contextlib.suppress(OSError):  # a parent that cannot be made: check_output says so
            Path(output).parent.mkdir(parents=True, exist_ok=True)
        check_output(output)  # a directory, a socket...: one line before anything is crawled
    from output.crawl_lock import SiteLocks
    from output.store.paths import resolve_db_path

    db_path = str(resolve_db_path(db))
    if (overrides or {}).get("RETURNWATCH_DB", db_path) != "none":
        check_store(db_path)
    lockable = names if lock_sites else []  # workers of a shared crawl: no per-site lock
    with SiteLocks(data_dir(db_path) / "locks", lockable, wait=wait_lock) as locks:
        locked = {site: locks.holder(site) for site in locks.busy}
        names = (locks.held if lock_sites else names) + ([URLS_SPIDER] if urls else [])
        if not names:
            return CrawlResult(db=db_path, status="locked", locked=locked)
        result = _crawl_locked(
            names,
            mirror=mirror,
            db_path=db_path,
            output=output,
            since=since,
            full=full,
            urls=urls,
            job_dir=job_dir,
            delay=delay,
            log_file=log_file,
            quiet=quiet,
            overrides=overrides or {},
            progress_stream=progress_stream,
            locked=locked,
            started=started,
        )
    return result


def sites_after_failure(db_path: str, names: list[str]) -> set[str]:
    """The sites whose last run failed, never finished or could not store some articles (a full
    disk, a kill, a failed monitor): their next run pages past listing pages whose entries are all known, as a resumed
    crawl does, so the articles that run did not store (never marked seen) are fetched."""
    from output.crawl_runs import last_runs
    from output.store import open_store

    with open_store(db_path) as store:
        rows = last_runs(store.runs(), names)
    return {
        row["site"]
        for row in rows
        if row["run_id"] is not None and row["site"] in names and _left_articles(row["summary"])
    }


def _left_articles(summary: dict[str, Any] | None) -> bool:
    """Whether a site's run may have left articles unstored: it never recorded its end, it
    failed, or a store write failed (a full disk)."""
    from output.crawl_runs import site_failed

    return summary is None or site_failed(summary) or bool(summary.get("store_errors"))


def _crawl_locked(
    names: list[str],
    *,
    mirror: str | None,
    db_path: str,
    output: str | None,
    since: str | None,
    full: bool,
    urls: str | None,
    job_dir: str | None,
    delay: float | None,
    log_file: str | None,
    quiet: bool,
    overrides: dict[str, str],
    progress_stream: IO[str] | None,
    locked: dict[str, str],
    started: float,
) -> CrawlResult:
    """The crawl itself, once the sites' locks are held; records the run in the store."""
    from scrapy.crawler import CrawlerProcess

    from output.crawl_runs import site_summary
    from scrapers.extensions.site_errors import StrayErrors

    logs = data_dir(db_path) / "logs"
    log_file = log_file or str(logs / f"crawl-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.log")
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    Path(log_file).write_text("", "utf-8")
    if output and output_kind(Path(output)) in ("new", "file"):
        Path(output).write_text("", "utf-8")  # appended to by every crawler and worker
    marker = Path(job_dir) / "RUNNING" if job_dir else None
    resume = bool(marker and marker.exists())
    if marker:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(datetime.now(UTC).isoformat(), "utf-8")
    settings = _settings(
        mirror=mirror,
        db=db_path,
        output=output,
        since=since,
        full=full,
        urls=urls,
        delay=delay,
        log_file=log_file,
        overrides=overrides,
    )
    process = CrawlerProcess(settings)
    crawlers: dict[str, Any] = {}
    uses_store = settings.get("RETURNWATCH_DB") != "none"
    after_failure = sites_after_failure(db_path, names) if uses_store else set()
    for name in names:
        crawler = process.create_crawler(name)
        if job_dir:
            crawler.settings.set("JOBDIR", str(Path(job_dir) / name), priority="cmdline")
        # per crawler, never in the process's settings: CrawlerProcess.crawl copies those over
        paging_past_known = resume or name in after_failure
        crawler.settings.set("RETURNWATCH_RESUME", paging_past_known, priority="cmdline")
        crawlers[name] = crawler
        process.crawl(crawler)
    from output.store import open_store

    options = {
        "resume": resume,
        "mirror": mirror,
        "since": since,
        "full": full,
        "urls": urls,
        "job_dir": job_dir,
        "locked": sorted(locked),
    }
    with open_store(db_path) as store:
        run_id = store.start_run(names, options)
    stream = progress_stream or sys.stderr
    progress = Progress(crawlers, stream)
    live = not quiet and stream.isatty()
    if live:
        from twisted.internet import task

        loop = task.LoopingCall(progress.draw)
        loop.start(0.5, now=False)
    status = "finished"
    stray = StrayErrors()
    logging.getLogger().addHandler(stray)
    try:
        process.start()
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        logging.getLogger().removeHandler(stray)
    if live:
        progress.draw()
    result = CrawlResult(
        sites={
            name: site_summary(c.stats.get_stats() if c.stats else {})
            for name, c in crawlers.items()
        },
        db=db_path,
        log_file=log_file,
        output=output,
        run_id=run_id,
        locked=locked,
        stray_errors=stray.count,
        first_stray_error=stray.first,
    )
    for summary in result.sites.values():
        reason = summary["finish_reason"]
        if reason not in ("finished", None):
            status = str(reason)
    result.status = status
    if marker and status == "finished":
        marker.unlink()
    result.duration = time.monotonic() - started
    with open_store(db_path) as store:
        store.finish_run(run_id, result.record(), status)
    return result


def _summary(result: CrawlResult, stream: IO[str]) -> None:
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


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """``--set NAME=VALUE`` options as a dict (CrawlError naming a malformed one)."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CrawlError(f"--set {pair!r}: expected NAME=VALUE")
        values[name] = value
    return values


def run_crawl(args: argparse.Namespace) -> int:
    if args.all and args.sites:
        print("returnwatch crawl: give site ids or --all, not both", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = crawl(
            args.sites,
            mirror=args.mirror,
            db=args.db,
            output=args.output,
            since=args.since,
            full=args.full,
            urls=args.urls,
            job_dir=args.job_dir,
            delay=args.delay,
            log_file=args.log_file,
            quiet=args.quiet,
            overrides=parse_overrides(args.set or []),
            wait_lock=args.wait_lock,
        )
    except (CrawlError, ValueError, StoreError, OutputError) as exc:
        print(f"returnwatch crawl: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _problems(result, sys.stderr)  # even with --quiet: cron mails what goes wrong
    if not args.quiet and result.sites:
        _summary(result, sys.stdout)
    return result.exit_code


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="crawl the configured sites into the case store",
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sites", nargs="*", metavar="SITE", help="site ids (default: all; see `sites`)")
    p.add_argument("--all", action="store_true", help="every configured site (the default)")
    p.add_argument("--mirror", metavar="URL", help="fetch https://HOST/PATH from URL/HOST/PATH")
    p.add_argument("--db", metavar="PATH", help="case store (default: data/returnwatch.sqlite)")
    p.add_argument("--output", metavar="FILE.jsonl", help="also write this run's case records")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="skip articles published before")
    p.add_argument("--full", action="store_true", help="ignore what earlier runs saw")
    p.add_argument("--urls", metavar="FILE", help="also crawl the article URLs in FILE")
    p.add_argument("--job-dir", metavar="DIR", help="Scrapy JOBDIR root: a killed crawl resumes")
    p.add_argument("--delay", type=float, metavar="SECONDS", help="download delay per site")
    p.add_argument("--log-file", metavar="FILE", help="Scrapy's log (default: beside the store)")
    p.add_argument("--set", action="append", metavar="NAME=VALUE", help="any Scrapy setting")
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


NOT_CHECKED = "not yet checked against real pages"


def list_sites() -> list[dict[str, Any]]:
    """One row per configured site: id, name, strategies, start URLs, language, encoding, how
    its config was verified, and the real pages the conformance test checks it against
    (``real_pages`` empty and ``checked_on_real_pages`` false: selectors never tried on markup
    the site really served)."""
    from scrapers.config import load_sites

    return [
        {
            "id": c.id,
            "name": c.name,
            "language": c.language,
            "strategies": list(c.strategies),
            "start_urls": list(c.start_urls),
            "encoding": c.encoding,
            "verified": c.verified,
            "real_pages": c.real_pages,
            "checked_on_real_pages": c.checked_on_real_pages,
        }
        for c in load_sites().values()
    ]


def run_sites(args: argparse.Namespace) -> int:
    rows = list_sites()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        checked = f"real pages: {row['real_pages']}" if row["real_pages"] else NOT_CHECKED
        print(f"{row['id']:<12} {'+'.join(row['strategies']):<13} {row['name']}  [{checked}]")
        for url in row["start_urls"]:
            print(f"{'':<12} {url}")
    return 0


def register_sites(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="list the configured sites, strategies and start URLs",
        description="Lists each configured site with its discovery strategies and start URLs, "
        "and whether its config has been checked against real pages of the site (the "
        "conformance set, ../shared/real-pages) or not yet.",
    )
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    p.set_defaults(func=run_sites)


def demo(db: str | None = None, output: str | None = None, quiet: bool = False) -> CrawlResult:
    """Serve the bundled sample mirror on 127.0.0.1 and crawl it like the live sites."""
    from scrapers.config import load_sites
    from scrapers.loader import crawlable
    from scrapers.mirror_server import MirrorServer

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
    _summary(result, sys.stdout)
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


def register_demo(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="crawl the bundled sample mirror (no internet needed)")
    p.add_argument("--db", metavar="PATH", help="store (default: data/demo.sqlite)")
    p.add_argument(
        "--output", metavar="FILE.jsonl", help="cases file (default: data/demo-cases.jsonl)"
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=run_demo)
