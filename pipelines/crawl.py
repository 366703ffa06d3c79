"""The crawl run: Scrapy's crawlers fetch and store documents, the extraction stage runs beside.

One crawler per site, all at once in this process (politeness is per domain), Scrapy's log to a
file, a live per-site progress table on a terminal. The documents the crawlers store go through
one extraction stage (``pipelines.stage``) shared by all of them, in worker processes, while the
crawl goes on; what is left when the last spider closes (and what an earlier, killed run left)
is extracted before the run is recorded. ``crawl()`` has the options of ``returnwatch crawl``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings
from twisted.internet import task

from output.crawl_lock import SiteLocks
from output.crawl_runs import last_runs, site_failed, site_summary
from output.files import check_output, output_kind
from output.store import check_store, open_store
from output.store.paths import DATA_DIR_ENV, resolve_db_path
from pipelines.crawl_result import CrawlError, CrawlResult
from pipelines.progress import Progress
from pipelines.results import ResultSink
from pipelines.stage import ExtractionStage
from pipelines.store_document import attach_stage, stage_settings
from scrapers.config import load_sites
from scrapers.extensions.site_errors import StrayErrors
from scrapers.loader import URLS_SPIDER, crawlable
from scrapers.spiders.urllist import read_url_file


@dataclass
class CrawlOptions:
    """``crawl()``'s options once checked (the same names)."""

    mirror: str | None = None
    output: str | None = None
    since: str | None = None
    full: bool = False
    urls: str | None = None
    job_dir: str | None = None
    delay: float | None = None
    log_file: str | None = None
    quiet: bool = False
    overrides: dict[str, str] = field(default_factory=dict)
    progress_stream: IO[str] | None = None


def _check_date(since: str | None) -> str | None:
    if since is None:
        return None
    try:
        return datetime.strptime(since, "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError as exc:
        raise CrawlError(f"--since {since!r}: expected YYYY-MM-DD") from exc


def data_dir(db_path: str) -> Path:
    """Where logs and locks live: beside a store file, else ``$RETURNWATCH_DATA_DIR`` (a
    database URL has no folder)."""
    if "://" in db_path:
        return Path(os.environ.get(DATA_DIR_ENV) or "data")
    return Path(db_path).parent


def crawl(
    sites: list[str] | None = None,
    *,
    db: str | None = None,
    wait_lock: float = 0.0,
    lock_sites: bool = True,  # False for `returnwatch worker`: workers share their sites
    **options: Any,
) -> CrawlResult:
    """Crawl ``sites`` (all configured sites when empty; only the URL list when ``urls`` is
    given alone) into the store at ``db``; the other options are ``CrawlOptions``'. Returns the
    per-site run records and the outcome.

    Each site is locked for the whole crawl (``<data dir>/locks/SITE.lock``); a site whose lock
    another crawl holds, still after ``wait_lock`` seconds, is skipped and listed in
    ``result.locked``. Nothing is crawled or recorded when every site is locked."""
    started = time.monotonic()
    opts = CrawlOptions(**{k: v for k, v in options.items() if v is not None})
    configs = load_sites()
    names = list(sites or ([] if opts.urls else crawlable(configs)))
    unknown = [s for s in names if s not in crawlable(configs)]
    if unknown:
        raise CrawlError(f"unknown site(s) {unknown}; known: {', '.join(crawlable(configs))}")
    if opts.urls:
        read_url_file(opts.urls)  # fail early, naming the file and line
    opts.since = _check_date(opts.since)
    if opts.output:
        with contextlib.suppress(OSError):  # a parent that cannot be made: check_output says so
            Path(opts.output).parent.mkdir(parents=True, exist_ok=True)
        check_output(opts.output)  # a directory, a socket...: one line before anything is crawled
    db_path = str(resolve_db_path(db))
    if opts.overrides.get("RETURNWATCH_DB", db_path) != "none":
        check_store(db_path)
    lockable = names if lock_sites else []  # workers of a shared crawl: no per-site lock
    with SiteLocks(data_dir(db_path) / "locks", lockable, wait=wait_lock) as locks:
        locked = {site: locks.holder(site) for site in locks.busy}
        names = (locks.held if lock_sites else names) + ([URLS_SPIDER] if opts.urls else [])
        if not names:
            return CrawlResult(db=db_path, status="locked", locked=locked)
        result = _crawl_locked(names, opts, db_path, locked)
    result.duration = time.monotonic() - started
    with open_store(db_path) as store:
        assert result.run_id is not None
        store.finish_run(result.run_id, result.record(), result.status)
    return result


def sites_after_failure(db_path: str, names: list[str]) -> set[str]:
    """The sites whose last run failed, never finished or could not store some articles (a full
    disk, a kill, a failed monitor): their next run pages past listing pages whose entries are
    all known, as a resumed crawl does, so the articles that run did not store are fetched."""
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
    return summary is None or site_failed(summary) or bool(summary.get("store_errors"))


def scrapy_settings(opts: CrawlOptions, db_path: str, log_file: str) -> Settings:
    """The project's Scrapy settings with this run's options on top (command-line priority)."""
    settings = get_project_settings()
    if not settings.get("SPIDER_LOADER_CLASS", "").startswith("scrapers."):
        settings.setmodule("scrapers.settings", priority="project")
    values: dict[str, Any] = {
        "RETURNWATCH_DB": db_path,
        "RETURNWATCH_OUTPUT": opts.output or "",
        "RETURNWATCH_SINCE": opts.since or "",
        "RETURNWATCH_FULL": opts.full,
        "RETURNWATCH_URLS_FILE": opts.urls or "",
        "LOG_FILE": log_file,
        # Appended to: Scrapy reopens the file for every site's crawler it creates, and with
        # LOG_FILE_APPEND off each reopening emptied it (the run empties it once, at its start).
        "LOG_FILE_APPEND": True,
        "LOG_INSTALL_ROOT_HANDLER": True,
    }
    if opts.mirror:
        values.update(
            RETURNWATCH_MIRROR=opts.mirror, DOWNLOAD_DELAY=0.0, AUTOTHROTTLE_ENABLED=False
        )
    if opts.delay is not None:
        values["DOWNLOAD_DELAY"] = opts.delay
    values.update(opts.overrides)
    settings.setdict(values, priority="cmdline")
    return settings


def _prepare_files(opts: CrawlOptions, db_path: str) -> tuple[str, bool]:
    """Empty the log and the JSONL output; mark the job directory running. Returns the log
    file and whether this run resumes a killed one (its job directory was left running)."""
    logs = data_dir(db_path) / "logs"
    log_file = opts.log_file or str(logs / f"crawl-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.log")
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    Path(log_file).write_text("", "utf-8")
    if opts.output and output_kind(Path(opts.output)) in ("new", "file"):
        Path(opts.output).write_text("", "utf-8")  # appended to as batches are extracted
    marker = Path(opts.job_dir) / "RUNNING" if opts.job_dir else None
    resume = bool(marker and marker.exists())
    if marker:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(datetime.now(UTC).isoformat(), "utf-8")
    return log_file, resume


def _crawlers(
    process: CrawlerProcess,
    names: list[str],
    opts: CrawlOptions,
    resume: bool,
    db_path: str,
    extraction: tuple[ExtractionStage, ResultSink] | None,
) -> dict[str, Crawler]:
    """One crawler per site, each handed the run's extraction stage before it starts."""
    after_failure = sites_after_failure(db_path, names) if extraction else set()
    crawlers: dict[str, Crawler] = {}
    for name in names:
        crawler = process.create_crawler(name)
        if extraction is not None:
            attach_stage(crawler, *extraction)
        if opts.job_dir:
            crawler.settings.set("JOBDIR", str(Path(opts.job_dir) / name), priority="cmdline")
        # per crawler, never in the process's settings: CrawlerProcess.crawl copies those over
        paging_past_known = resume or name in after_failure
        crawler.settings.set("RETURNWATCH_RESUME", paging_past_known, priority="cmdline")
        crawlers[name] = crawler
        process.crawl(crawler)
    return crawlers


def _stage(settings: Settings, db_path: str) -> tuple[ExtractionStage, ResultSink] | None:
    """The run's extraction stage, started, and where its results go (None without a store)."""
    if settings.get("RETURNWATCH_DB") == "none":
        return None
    output = settings.get("RETURNWATCH_OUTPUT") or None
    sink = ResultSink(output, validate=settings.getbool("SPIDERMON_ENABLED"))
    stage = ExtractionStage(stage_settings(settings, db_path), open_store(db_path), sink)
    stage.start()
    return stage, sink


def _run(
    process: CrawlerProcess, crawlers: dict[str, Crawler], opts: CrawlOptions
) -> tuple[str, StrayErrors]:
    """Run the crawlers to their end, with the progress table on a terminal."""
    stream = opts.progress_stream or sys.stderr
    progress = Progress(crawlers, stream) if not opts.quiet and stream.isatty() else None
    if progress is not None:
        progress.start()
        task.LoopingCall(progress.draw).start(0.5, now=False)
    status = "finished"
    stray = StrayErrors()
    logging.getLogger().addHandler(stray)
    try:
        process.start()
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        logging.getLogger().removeHandler(stray)
        if progress is not None:
            progress.stop()
    return status, stray


def _crawl_locked(
    names: list[str], opts: CrawlOptions, db_path: str, locked: dict[str, str]
) -> CrawlResult:
    """The crawl itself, once the sites' locks are held; the run is started in the store."""
    log_file, resume = _prepare_files(opts, db_path)
    settings = scrapy_settings(opts, db_path, log_file)
    process = CrawlerProcess(settings)
    extraction = _stage(settings, db_path)
    crawlers = _crawlers(process, names, opts, resume, db_path, extraction)
    stage = extraction[0] if extraction else None
    options = {
        "resume": resume,
        "mirror": opts.mirror,
        "since": opts.since,
        "full": opts.full,
        "urls": opts.urls,
        "job_dir": opts.job_dir,
        "locked": sorted(locked),
    }
    with open_store(db_path) as store:
        run_id = store.start_run(names, options)
    try:
        status, stray = _run(process, crawlers, opts)
        if stage is not None and status == "finished":
            stage.drain()  # what the spiders left, and what an earlier run left
    finally:
        if stage is not None:
            stage.close()
            stage.store.close()
    result = CrawlResult(
        sites={
            n: site_summary(c.stats.get_stats() if c.stats else {}) for n, c in crawlers.items()
        },
        db=db_path,
        log_file=log_file,
        output=opts.output,
        run_id=run_id,
        locked=locked,
        stray_errors=stray.count,
        first_stray_error=stray.first,
    )
    reasons = {str(s["finish_reason"]) for s in result.sites.values()} - {"finished", "None"}
    result.status = sorted(reasons)[0] if reasons else status
    if opts.job_dir and result.status == "finished":
        (Path(opts.job_dir) / "RUNNING").unlink()
    return result
