"""Feed archived pages through the crawl's own parsing, relevance filter, extraction and store.

An archived article must become exactly what the crawl would have made of it, so nothing here
re-implements a step: the URL is canonicalised with the owning site's config, the bytes are
decoded by the crawl's encoding choice, the page is parsed by the spiders' ``parse_article``
(site selectors, or the generic extractor for hosts without a config), and the item goes through
the same item pipelines (relevance -> store document -> extraction -> store mentions). The
store's writes are idempotent and a page whose bytes were already stored is skipped, so ingesting
an archive twice stores nothing twice. The page's archive date stands for ``fetched_at``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml.etree import LxmlError
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse

from pipelines.extraction import ExtractionPipeline
from pipelines.relevance import RelevancePipeline
from pipelines.store_document import DocumentStorePipeline
from pipelines.store_mentions import MentionStorePipeline
from scrapers.archives import ArchivedPage, Problem, looks_like_markup, read_archive
from scrapers.config import SiteConfig, load_sites, site_for_url
from scrapers.items import ArticleItem
from scrapers.parsing.challenge import detect_challenge
from scrapers.parsing.encoding import choose_encoding, declared_charset
from scrapers.spiders.base import SiteSpider, sha256

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

    def __init__(self, store: Any, sites: dict[str, SiteConfig] | None = None):
        self.store = store
        self.sites = sites if sites is not None else load_sites()
        self.spider = SiteSpider()
        self.spider.sites = self.sites
        self.pipelines = (
            RelevancePipeline(store=store),
            DocumentStorePipeline(store),
            ExtractionPipeline(),
            MentionStorePipeline(store),
        )

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

    def response(self, page: ArchivedPage, url: str, config: SiteConfig | None) -> HtmlResponse:
        """The page as the crawl's downloader would have handed it over, decoded the same way."""
        encoding = choose_encoding(
            page.body,
            declared_charset(page.body, page.content_type),
            config.encoding if config else None,
        )
        return HtmlResponse(url=url, body=page.body, encoding=encoding, request=Request(url))

    def item(self, page: ArchivedPage, url: str, config: SiteConfig | None) -> ArticleItem | str:
        """The article item of a page, or the reason it is none."""
        response = self.response(page, url, config)
        if detect_challenge(page.status, response.text) is not None:
            return SKIP_CHALLENGE
        items = list(self.spider.parse_article(response))
        if not items:
            return SKIP_UNPARSED
        item = items[0]
        if page.archived_at:
            item.fetched_at = page.archived_at
        return item

    def process(self, page: ArchivedPage, result: IngestResult) -> None:
        """One page: parse, filter, store; the outcome is counted on ``result``."""
        config = site_for_url(page.url, self.sites)
        url = config.canonical(page.url) if config else page.url
        reason = self._skip_reason(page, config, url)
        item = reason or self.item(page, url, config)
        if isinstance(item, str):
            result.skipped[item] += 1
            return
        try:
            for pipeline in self.pipelines:
                item = pipeline.process_item(item)
        except DropItem:
            result.irrelevant += 1
            return
        result.kept += 1
        result.cases += len(item.cases)
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


def ingest(
    paths: list[str | Path],
    db: str | Path | None = None,
    *,
    on_problem: Callable[[str], None] | None = None,
) -> IngestResult:
    """Ingest WARC/ARC files (``.warc``, ``.warc.gz``, ``.arc.gz``) and ``wget --mirror``
    directories into the store at ``db`` (None = the default store). Recorded as a run."""
    from output.store import open_store

    result = IngestResult()
    with open_store(db) as store:
        result.run_id = store.start_run(["ingest"], {"ingest": [str(p) for p in paths]})
        status = "interrupted"
        try:
            for path in paths:
                ingest_pages(read_archive(path), store, result, on_problem)
            status = "finished"
        finally:
            store.finish_run(result.run_id, result.stats(), status)
    return result
