"""Strategy "listing": a column's pages (index.html, index_1.html, ... or a next-page link)."""

from __future__ import annotations

from collections.abc import Iterable

from scrapy import Request
from scrapy.http import Response

from scrapers.config import Discovery
from scrapers.parsing.listing import ListingPage, page_url, parse_listing
from scrapers.spiders.base import SiteSpider


def next_page_number(discovery: Discovery, current: int | None, total: int | None) -> int | None:
    """The page number after ``current`` (None = the first page), or None when paging ends.

    Ascending columns number the first page implicitly and go ``page_start``, +1, ... up to
    ``total - 1`` when the page count is known (ccdi: createPageHTML(total) with index.html
    then index_1 ... index_{total-1}). Descending ones (mps) count down from the total.
    """
    if discovery.page_descending:
        if total is None:
            return None
        nxt = total - 1 if current is None else current - 1
        return nxt if nxt >= 1 else None
    nxt = discovery.page_start if current is None else current + 1
    if total is not None and nxt - discovery.page_start + 1 >= total:
        return None
    return nxt


class ListingSpider(SiteSpider):
    name = "listing"

    def discover_listing(self, discovery: Discovery, index: int) -> Iterable[Request]:
        for url in discovery.start_urls:
            meta = {"discovery": index, "first_url": url, "page_no": None, "depth_pages": 1}
            yield Request(url, callback=self.parse_listing_page, meta=meta, dont_filter=True)

    def parse_listing_page(self, response: Response) -> Iterable[Request]:
        discovery = self.discovery(response)
        page = parse_listing(response.text, response.url, discovery)
        self.mark_listing(response)
        requests, go_on = self.follow_entries(response, page.entries, discovery)
        yield from requests
        if go_on:
            nxt = self.next_listing_request(response, page, discovery)
            if nxt is not None:
                yield nxt

    def next_listing_request(
        self, response: Response, page: ListingPage, discovery: Discovery
    ) -> Request | None:
        depth = response.meta["depth_pages"]
        if depth >= discovery.max_pages:
            self.inc("listing_max_pages_reached")
            return None
        meta = {**response.meta, "depth_pages": depth + 1}
        if page.next_url:
            return Request(page.next_url, callback=self.parse_listing_page, meta=meta)
        if not discovery.page_template:
            return None
        number = next_page_number(discovery, response.meta["page_no"], page.total_pages)
        if number is None:
            return None
        meta["page_no"] = number
        url = page_url(response.meta["first_url"], discovery.page_template, number)
        return Request(url, callback=self.parse_listing_page, meta=meta)
