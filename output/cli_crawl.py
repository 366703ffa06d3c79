"""``returnwatch crawl``, ``returnwatch sites`` and ``returnwatch demo``.

Each command is a thin wrapper over a function with the same options (``crawl()``,
``list_sites()``, ``demo()``). The crawl runs Scrapy in this process: one crawler per site,
all at once (politeness is per domain), Scrapy's log to a file, and a live per-site progress
table on a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

STAT_KEYS = {
    "pages": "downloader/response_count",
    "kept": "returnwatch/articles_kept",
    "cases": "returnwatch/cases_found",
    "blocked": "returnwatch/blocked_by_challenge",
}
REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_MIRROR = REPO_ROOT / "samples" / "mirror"
SAMPLE_URLS = REPO_ROOT / "samples" / "urls.txt"


class CrawlError(ValueError):
    """Bad crawl options (unknown site, bad date); the message says which."""


@dataclass
class CrawlResult:
    """What a crawl did: per-site counters, the store, the log and the run id."""

    sites: dict[str, dict[str, int]] = field(default_factory=dict)
    db: str = ""
    log_file: str = ""
    output: str | None = None
    run_id: str | None = None
    status: str = "finished"

    @property
    def totals(self) -> dict[str, int]:
        return {k: sum(s.get(k, 0) for s in self.sites.values()) for k in STAT_KEYS}


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
        "LOG_FILE_APPEND": False,
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
        out = [f"{'site':<12} {'pages':>6} {'kept':>6} {'cases':>6} {'blocked':>8}"]
        for site, r in rows.items():
            out.append(
                f"{site:<12} {r['pages']:>6} {r['kept']:>6} {r['cases']:>6} {r['blocked']:>8}"
            )
        if self.lines:
            self.stream.write(f"\x1b[{self.lines}F")
        self.stream.write("\n".join(line + "\x1b[K" for line in out) + "\n")
        self.stream.flush()
        self.lines = len(out)


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
) -> CrawlResult:
    """Crawl ``sites`` (all configured sites when empty; only the URL list when ``urls`` is
    given alone) into the store. Returns the per-site counters."""
    from scrapy.crawler import CrawlerProcess

    from scrapers.config import load_sites
    from scrapers.loader import URLS_SPIDER, crawlable

    configs = load_sites()
    names = list(sites or ([] if urls else crawlable(configs)))
    unknown = [s for s in names if s not in crawlable(configs)]
    if unknown:
        raise CrawlError(f"unknown site(s) {unknown}; known: {', '.join(crawlable(configs))}")
    if urls:
        from scrapers.spiders.urllist import read_url_file

        read_url_file(urls)  # fail early, naming the file and line
        names.append(URLS_SPIDER)
    since = _check_date(since)
    from output.store.paths import resolve_db_path

    db_path = str(resolve_db_path(db))
    logs = Path(db_path).parent / "logs"
    log_file = log_file or str(logs / f"crawl-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.log")
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text("", "utf-8")
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
        overrides=overrides or {},
    )
    settings.set("RETURNWATCH_RESUME", resume, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers: dict[str, Any] = {}
    for name in names:
        crawler = process.create_crawler(name)
        if job_dir:
            crawler.settings.set("JOBDIR", str(Path(job_dir) / name), priority="cmdline")
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
    try:
        process.start()
    except KeyboardInterrupt:
        status = "interrupted"
    if live:
        progress.draw()
    result = CrawlResult(
        sites=progress.snapshot(), db=db_path, log_file=log_file, output=output, run_id=run_id
    )
    for crawler in crawlers.values():
        reason = crawler.stats.get_value("finish_reason") if crawler.stats else None
        if reason not in ("finished", None):
            status = str(reason)
    result.status = status
    if marker and status == "finished":
        marker.unlink()
    with open_store(db_path) as store:
        store.finish_run(run_id, {"sites": result.sites, "totals": result.totals}, status)
    return result


def _summary(result: CrawlResult, stream: IO[str]) -> None:
    t = result.totals
    stream.write(
        f"crawl {result.status}: {t['pages']} pages fetched, {t['kept']} articles kept, "
        f"{t['cases']} case records, {t['blocked']} pages blocked by challenge\n"
        f"store: {result.db}\nlog:   {result.log_file}\n"
    )
    if result.output:
        stream.write(f"cases: {result.output}\n")


def _overrides(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CrawlError(f"--set {pair!r}: expected NAME=VALUE")
        values[name] = value
    return values


def run_crawl(args: argparse.Namespace) -> int:
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
            overrides=_overrides(args.set or []),
        )
    except (CrawlError, ValueError) as exc:
        print(f"returnwatch crawl: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        _summary(result, sys.stdout)
    return 0 if result.status == "finished" else 1


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="crawl the configured sites into the case store")
    p.add_argument("sites", nargs="*", metavar="SITE", help="site ids (default: all; see `sites`)")
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
    p.add_argument("--quiet", action="store_true", help="no progress, no summary (cron)")
    p.set_defaults(func=run_crawl)


def list_sites() -> list[dict[str, Any]]:
    """One row per configured site: id, name, strategies, start URLs, language, encoding."""
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
        }
        for c in load_sites().values()
    ]


def run_sites(args: argparse.Namespace) -> int:
    rows = list_sites()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        print(f"{row['id']:<12} {'+'.join(row['strategies']):<13} {row['name']}")
        for url in row["start_urls"]:
            print(f"{'':<12} {url}")
    return 0


def register_sites(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="list the configured sites, strategies and start URLs")
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
    return 0 if result.status == "finished" else 1


def register_demo(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="crawl the bundled sample mirror (no internet needed)")
    p.add_argument("--db", metavar="PATH", help="store (default: data/demo.sqlite)")
    p.add_argument(
        "--output", metavar="FILE.jsonl", help="cases file (default: data/demo-cases.jsonl)"
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=run_demo)
