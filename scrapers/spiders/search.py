"""Strategy "search": a site search queried for each keyword, result pages followed."""

from __future__ import annotations

from collections.abc import Iterable

from scrapy import Request
from scrapy.http import Response

from scrapers.config import Discovery
from scrapers.parsing.listing import parse_listing, template_url
from scrapers.spiders.base import SiteSpider


class SearchSpider(SiteSpider):
    name = "search"

    def discover_search(self, discovery: Discovery, index: int) -> Iterable[Request]:
        assert discovery.url_template is not None
        for keyword in discovery.keywords:
            url = template_url(discovery.url_template, keyword, discovery.page_start)
            meta = {
                "discovery": index,
                "keyword": keyword,
                "page_no": discovery.page_start,
                "depth_pages": 1,
            }
            yield Request(url, callback=self.parse_search_page, meta=meta, dont_filter=True)

    def parse_search_page(self, response: Response) -> Iterable[Request]:
        discovery = self.discovery(response)
        page = parse_listing(response.text, response.url, discovery)
        self.mark_listing(response)
        requests, go_on = self.follow_entries(response, page.entries, discovery)
        yield from requests
        depth = response.meta["depth_pages"]
        if not go_on or depth >= discovery.max_pages:
            return
        meta = {**response.meta, "depth_pages": depth + 1, "page_no": response.meta["page_no"] + 1}
        if page.next_url:
            yield Request(page.next_url, callback=self.parse_search_page, meta=meta)
        elif (
            discovery.url_template
            and "{page}" in discovery.url_template
            and not (
                page.total_pages is not None
                and meta["page_no"] - discovery.page_start >= page.total_pages
            )
        ):
            url = template_url(discovery.url_template, response.meta["keyword"], meta["page_no"])
            yield Request(url, callback=self.parse_search_page, meta=meta)
