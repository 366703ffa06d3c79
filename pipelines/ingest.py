"""Feed archived pages through the crawl's own parsing and relevance filter into the store, then
the extraction stage over what was stored.

An archived article must become exactly what the crawl would have made of it, so nothing here
re-implements a step: the URL is canonicalised with the owning site's config, the bytes are
decoded by the crawl's encoding choice, the page goes through the function the spiders use
(``scrapers.articles.read_article``: site selectors, or the generic extractor for hosts without
a config), a relevant article is stored as a document with its seen mark, and the extraction
stage (``pipelines.stage``) extracts the stored documents as after a crawl. The store's writes
are idempotent and a page whose bytes were already stored is skipped, so ingesting an archive
twice stores nothing twice. The page's archive date stands for ``fetched_at``, and a WARC
response record's HTTP status and headers are kept as the document's (a mirror has none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml.etree import LxmlError

from extract import is_relevant
from output.store import Store, open_store
from output.store.writes import ArticleWrite
from pipelines.extraction import CASES_STAT, BatchResult
from pipelines.results import ResultSink
from pipelines.stage import ExtractionStage, StageSettings, is_auto, worker_count
from scrapers.archives import ArchivedPage, Problem, looks_like_markup, read_archive
from scrapers.articles import FetchedPage, read_article, sha256
from scrapers.config import SiteConfig, load_sites, site_for_url
from scrapers.items import ArticleItem
from scrapers.parsing.challenge import detect_challenge
from scrapers.parsing.encoding import choose_encoding, declared_charset

# Why a page was not an article, as counted in IngestResult.skipped.
SKIP_STATUS = "HTTP status not 200"
SKIP_NOT_HTML = "not an HTML page"
SKIP_CHALLENGE = "anti-bot challenge page"
SKIP_NOT_ARTICLE = "not an article URL of its site (listing, search...)"
SKIP_UNPARSED = "no title or body found"
SKIP_UNCHANGED = "seen before with the same bytes (stored or judged irrelevant)"

# A page that breaks a parser or the extraction: reported with its URL and skipped.
PAGE_ERRORS = (ValueError, LookupError, TypeError, UnicodeError, LxmlError)


@dataclass
class IngestResult:
    """What an ingest did. ``problems`` are the unreadable files and records, each named."""

    pages: int = 0
    kept: int = 0
    irrelevant: int = 0
    cases: int = 0
    fallback: int = 0  # articles whose site's body selector missed: stored via trafilatura
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    run_id: str | None = None

    def stats(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "kept": self.kept,
            "irrelevant": self.irrelevant,
            "cases": self.cases,
            "selector_miss": self.fallback,
            "skipped": dict(self.skipped),
            "problems": len(self.problems),
        }


class ArchiveIngester:
    """The crawl's page-to-store path without the downloader, for pages read from archives."""

    def __init__(self, store: Store, sites: dict[str, SiteConfig] | None = None):
        self.store = store
        self.sites = sites if sites is not None else load_sites()

    def _skip_reason(self, page: ArchivedPage, config: SiteConfig | None, url: str) -> str | None:
        if page.status != 200:
            return SKIP_STATUS
        content_type = (page.content_type or "").lower()
        if "html" not in content_type and not (not content_type and looks_like_markup(page.body)):
            return SKIP_NOT_HTML
        if config is not None and not config.is_article_url(url):
            return SKIP_NOT_ARTICLE
        if self.store.seen(url) == sha256(page.body):
            return SKIP_UNCHANGED
        return None

    def item(self, page: ArchivedPage, url: str, config: SiteConfig | None) -> ArticleItem | str:
        """The article item of a page (decoded as the crawl's downloader would have), or the
        reason it is none."""
        encoding = choose_encoding(
            page.body,
            declared_charset(page.body, page.content_type),
            config.encoding if config else None,
        )
        text = page.body.decode(encoding, errors="replace")
        if detect_challenge(page.status, text) is not None:
            return SKIP_CHALLENGE
        fetched_at = page.archived_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fetched = FetchedPage(
            url=url,
            final_url=url,
            text=text,
            raw=page.body,
            fetched_at=fetched_at,
            status=page.status if page.headers is not None else None,
            headers=page.headers,
        )
        _, item = read_article(fetched, config, self.sites)
        return item if item is not None else SKIP_UNPARSED

    def process(self, page: ArchivedPage, result: IngestResult) -> None:
        """One page: parse, filter, store the document; the outcome is counted on ``result``."""
        config = site_for_url(page.url, self.sites)
        url = config.canonical(page.url) if config else page.url
        reason = self._skip_reason(page, config, url)
        item = reason or self.item(page, url, config)
        if isinstance(item, str):
            result.skipped[item] += 1
            return
        if not is_relevant(item.title, item.text):
            self.store.mark_seen(item.url, item.html_hash, "article")
            result.irrelevant += 1
            return
        self.store.store_articles([ArticleWrite(item.document(), seen_kind="article")])
        result.kept += 1
        result.fallback += item.fallback is not None


def ingest_pages(
    pages: Iterable[ArchivedPage | Problem],
    store: Any,
    result: IngestResult,
    on_problem: Callable[[str], None] | None = None,
) -> None:
    """Process pages as they are read; a page that fails is a problem, the others go on."""
    ingester = ArchiveIngester(store)
    for page in pages:
        if isinstance(page, Problem):
            message = str(page)
        else:
            result.pages += 1
            try:
                ingester.process(page, result)
                continue
            except PAGE_ERRORS as exc:
                message = f"{page.where}: cannot parse or extract: {type(exc).__name__}: {exc}"
        result.problems.append(message)
        if on_problem is not None:
            on_problem(message)


def extract_stored(
    store: Store, db: str | Path | None, workers: str | int | None, result: IngestResult
) -> None:
    """The extraction stage over every stored document not extracted yet (``workers`` as
    ``RETURNWATCH_EXTRACTION_WORKERS`` reads it)."""
    sink = ResultSink()

    def counted(batch: BatchResult) -> None:
        sink(batch)
        result.cases += sum(counts[CASES_STAT] for counts in batch.stats.values())

    stage = ExtractionStage(
        StageSettings(
            db=str(db) if db else None,
            workers=worker_count(workers),
            spare_core=is_auto(workers),
        ),
        store,
        counted,
    )
    try:
        stage.start()
        stage.drain()
    finally:
        stage.close()


def ingest(
    paths: list[str | Path],
    db: str | Path | None = None,
    *,
    on_problem: Callable[[str], None] | None = None,
    workers: str | int | None = None,
) -> IngestResult:
    """Ingest WARC/ARC files (``.warc``, ``.warc.gz``, ``.arc.gz``) and ``wget --mirror``
    directories into the store at ``db`` (None = the default store), then extract what was
    stored with ``workers`` processes (``RETURNWATCH_EXTRACTION_WORKERS``: None = the spare
    cores, 0 = this process). Recorded as a run."""
    result = IngestResult()
    with open_store(db) as store:
        result.run_id = store.start_run(["ingest"], {"ingest": [str(p) for p in paths]})
        status = "interrupted"
        try:
            for path in paths:
                ingest_pages(read_archive(path), store, result, on_problem)
            extract_stored(store, db, workers, result)
            status = "finished"
        finally:
            store.finish_run(result.run_id, result.stats(), status)
    return result
