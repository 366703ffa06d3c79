"""What every strategy spider shares: article requests, article parsing, incremental checks.

A spider class is bound to one site config by the loader (``site``); the strategy subclasses
only know how to find article URLs (columns, search, JSON, feeds, URL lists). Listing entries
are filtered before any article is fetched: already seen (unless ``full``), older than
``since``, or a plainly irrelevant title (a meeting, a notice; ``scrapers.parsing.titles``),
where the discovery allows title filtering.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings

from scrapers.articles import FetchedPage, read_article, response_headers, sha256
from scrapers.config import Discovery, SiteConfig, load_sites, site_for_url
from scrapers.items import ArticleItem
from scrapers.parsing.listing import ListingEntry
from scrapers.parsing.page import DEFAULT_MIN_BODY_CHARS, PageParse
from scrapers.parsing.titles import title_worth_fetching
from scrapers.storage import mark_seen, store_for

logger = logging.getLogger(__name__)

STAT = "returnwatch/"


def _gov(site: SiteConfig) -> bool:
    return any(d.endswith(".gov.cn") or d == "gov.cn" for d in site.domains)


class SiteSpider(Spider):
    """Base of the strategy spiders. Arguments (``-a``): since=YYYY-MM-DD, full=1."""

    site: SiteConfig | None = None
    name = "site"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Per-site politeness: the config's delay (at least the .gov.cn minimum), and none at
        all in mirror mode, where the server is the user's own; command-line values win."""
        super().update_settings(settings)
        mirror = bool(settings.get("RETURNWATCH_MIRROR"))
        if mirror:
            for key, value in (("DOWNLOAD_DELAY", 0.0), ("AUTOTHROTTLE_ENABLED", False)):
                settings.set(key, value, priority="spider")
            settings.set("ROBOTSTXT_OBEY", settings.getbool("ROBOTSTXT_OBEY"), priority="spider")
            return
        if cls.site is None:
            return
        delay = cls.site.download_delay
        if delay is None:
            delay = settings.getfloat("DOWNLOAD_DELAY")
        if _gov(cls.site):
            delay = max(delay, settings.getfloat("RETURNWATCH_GOV_MIN_DELAY"))
        settings.set("DOWNLOAD_DELAY", delay, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SiteSpider:
        spider: SiteSpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.since = str(kwargs.get("since") or settings.get("RETURNWATCH_SINCE") or "") or None
        full = kwargs.get("full", settings.getbool("RETURNWATCH_FULL"))
        spider.full = str(full).lower() in ("1", "true", "yes")
        spider.filter_titles = settings.getbool("RETURNWATCH_FILTER_TITLES", True)
        spider.resume = settings.getbool("RETURNWATCH_RESUME")
        spider.strategies_enabled = tuple(settings.getlist("RETURNWATCH_DISCOVERY"))
        spider.sites = load_sites()
        spider.use_store = settings.get("RETURNWATCH_DB") != "none"
        spider.min_body_chars = settings.getint(
            "RETURNWATCH_MIN_BODY_CHARS", DEFAULT_MIN_BODY_CHARS
        )
        return spider

    # defaults for spiders built without a crawler (tests of single callbacks)
    since: str | None = None
    full: bool = False
    filter_titles: bool = True
    resume: bool = False
    strategies_enabled: tuple[str, ...] = ()
    use_store: bool = False
    sites: dict[str, SiteConfig] = {}
    min_body_chars: int = DEFAULT_MIN_BODY_CHARS

    @property
    def store(self) -> Any:
        return store_for(self.crawler) if self.use_store else None

    def inc(self, key: str, count: int = 1) -> None:
        if getattr(self, "crawler", None) is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(STAT + key, count)

    # -- discovery ---------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        assert self.site is not None, "spider not bound to a site config"
        if self.resume:  # a resumed crawl, or this site's last run failed: pages past known
            self.inc("paging_past_known")
        only = set(self.strategies_enabled)
        for index, discovery in enumerate(self.site.discovery):
            if only and discovery.strategy not in only:
                continue
            method = getattr(self, f"discover_{discovery.strategy}", None)
            if method is None:
                logger.error("%s: no spider for strategy %r", self.site.path, discovery.strategy)
                continue
            for request in method(discovery, index):
                yield request

    def discovery(self, response: Response) -> Discovery:
        assert self.site is not None
        discovery: Discovery = self.site.discovery[response.meta["discovery"]]
        return discovery

    def seen(self, url: str) -> str | None:
        store = self.store
        return None if self.full or store is None else store.seen(url)

    def mark_listing(self, response: Response) -> bool:
        """Record a listing page's content hash; True when it is unchanged since the last run."""
        digest = sha256(response.body)
        store = self.store
        if store is None:
            return False
        unchanged = store.seen(response.url) == digest
        mark_seen(self.crawler, response.url, digest, "listing")
        return unchanged and not self.full

    def follow_entries(
        self, response: Response, entries: list[ListingEntry], discovery: Discovery
    ) -> tuple[list[Request], bool]:
        """Article requests for a listing's entries, and whether paging should go on.

        Paging stops when the page lists nothing, when every entry is already known (the
        rest of the column was crawled before; not when resuming a killed crawl, which may
        have stopped before the deeper pages), or when every entry predates ``since``.
        """
        self.inc("listing_pages")
        self.inc("entries_listed", len(entries))  # the site's yield, new or known (monitors)
        requests: list[Request] = []
        known = old = 0
        for entry in entries:
            if self.since and entry.published and entry.published[:10] < self.since:
                old += 1
                self.inc("entries_before_since")
                continue
            if self.seen(self.canonical(entry.url)) is not None:
                known += 1
                self.inc("entries_seen_before")
                continue
            if not self.title_passes(entry, discovery):
                # Remembered, so the next run's "whole page known" test holds for it too.
                self.inc("entries_irrelevant_title")
                self.mark_skipped(entry)
                continue
            requests.append(self.article_request(entry, response.url))
        if self.resume:
            return requests, bool(entries) and old < len(entries)
        return requests, bool(entries) and known + old < len(entries)

    def mark_skipped(self, entry: ListingEntry) -> None:
        if self.use_store:
            mark_seen(
                self.crawler,
                self.canonical(entry.url),
                "title:" + sha256((entry.title or "").encode()),
                "skipped",
            )

    def canonical(self, url: str) -> str:
        config = self.config_for(url)
        return config.canonical(url) if config else url

    def title_passes(self, entry: ListingEntry, discovery: Discovery) -> bool:
        """False for a plainly irrelevant title (scrapers.parsing.titles), where filtered."""
        if not (self.filter_titles and discovery.filter_titles):
            return True
        return title_worth_fetching(entry.title)

    def article_request(self, entry: ListingEntry, referer: str | None = None) -> Request:
        config = self.config_for(entry.url)
        url = config.canonical(entry.url) if config else entry.url
        meta = {"listing_title": entry.title, "listing_published": entry.published}
        headers = {"Referer": referer} if referer else None
        return Request(url, callback=self.parse_article, meta=meta, headers=headers)

    # -- articles ----------------------------------------------------------------------------
    def config_for(self, url: str) -> SiteConfig | None:
        if self.site is not None and self.site.owns(url):
            return self.site
        return site_for_url(url, self.sites or load_sites())

    def count_selector(self, page: PageParse) -> None:
        """Count article pages checked against their site's body selector, and the misses;
        every miss is logged with what became of the page."""
        if not page.checked:
            return
        self.inc("selector_pages")
        if page.selector_miss is None:
            return
        self.inc("selector_miss")
        outcome = (
            "stored with the generic extractor's body"
            if page.fell_back
            else "the generic extractor found no longer body"
        )
        logger.warning(
            "%s: selector miss at %s: %s; %s (template changed? check with "
            "`returnwatch parse --url URL FILE`)",
            page.site,
            page.url,
            page.selector_miss,
            outcome,
        )

    def parse_article(self, response: Response) -> Iterable[ArticleItem]:
        if not isinstance(response, TextResponse):
            logger.warning("not a text page, skipped: %s", response.url)
            self.inc("articles_not_text")
            return
        original = (response.meta.get("redirect_urls") or [response.url])[0]
        fetched = FetchedPage(
            url=original,
            final_url=response.url,
            text=response.text,
            raw=response.body,
            fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            status=response.status,
            headers=response_headers(response),
        )
        page, item = read_article(
            fetched,
            self.config_for(original),
            self.sites,
            default_site=self.site.id if self.site else "generic",
            min_body_chars=self.min_body_chars,
        )
        self.inc("articles_fetched")
        self.count_selector(page)
        if item is None:
            logger.warning("no title or body found at %s", response.url)
            self.inc("articles_unparsed")
            return
        if self.since and item.published and item.published[:10] < self.since:
            self.inc("articles_before_since")
            return
        yield item
