"""Strategy "feed": RSS/Atom feeds and XML sitemaps (sitemap indexes are followed)."""

from __future__ import annotations

from collections.abc import Iterable

from parsel import Selector
from scrapy import Request
from scrapy.http import Response

from scrapers.config import Discovery
from scrapers.parsing.dates import parse_date
from scrapers.parsing.listing import ListingEntry
from scrapers.spiders.base import SiteSpider


def parse_feed(xml: str) -> tuple[list[ListingEntry], list[str]]:
    """(entries, nested sitemap URLs) of an RSS, Atom or sitemap document."""
    sel = Selector(text=xml, type="xml")
    sel.remove_namespaces()
    entries: list[ListingEntry] = []
    for item in sel.xpath("//item | //entry"):
        link = item.xpath("link/text()").get() or item.xpath("link/@href").get()
        if not link:
            continue
        date = item.xpath("pubDate/text() | published/text() | updated/text()").get()
        title = item.xpath("title/text()").get()
        entries.append(
            ListingEntry(link.strip(), title.strip() if title else None, parse_date(date), date)
        )
    for url in sel.xpath("//urlset/url"):
        loc = url.xpath("loc/text()").get()
        if loc:
            date = url.xpath("lastmod/text()").get()
            entries.append(ListingEntry(loc.strip(), None, parse_date(date), date))
    nested = [s.strip() for s in sel.xpath("//sitemapindex/sitemap/loc/text()").getall()]
    return entries, nested


class FeedSpider(SiteSpider):
    name = "feed"

    def discover_feed(self, discovery: Discovery, index: int) -> Iterable[Request]:
        for url in discovery.start_urls:
            meta = {"discovery": index}
            yield Request(url, callback=self.parse_feed_page, meta=meta, dont_filter=True)

    def parse_feed_page(self, response: Response) -> Iterable[Request]:
        discovery = self.discovery(response)
        entries, nested = parse_feed(response.text)
        self.mark_listing(response)
        if self.site is not None:
            entries = [e for e in entries if self.site.is_article_url(e.url)]
        requests, _ = self.follow_entries(response, entries, discovery)
        yield from requests
        for url in nested:
            yield Request(url, callback=self.parse_feed_page, meta=dict(response.meta))
