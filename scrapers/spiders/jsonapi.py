"""Strategy "json": JSON listings (news.cn ds_<ID>.json found on an HTML page, China Daily's
search API queried per keyword with 0-based pages)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from scrapy import Request
from scrapy.http import Response

from scrapers.config import Discovery
from scrapers.parsing.listing import parse_json_listing, template_url
from scrapers.spiders.base import SiteSpider

logger = logging.getLogger(__name__)


class JsonApiSpider(SiteSpider):
    name = "json"

    def discover_json(self, discovery: Discovery, index: int) -> Iterable[Request]:
        base = {"discovery": index, "depth_pages": 1, "page_no": discovery.page_start}
        if discovery.datasource_regex:
            for url in discovery.start_urls:
                yield Request(url, callback=self.parse_datasource_page, meta=base, dont_filter=True)
        elif discovery.keywords and discovery.url_template:
            for keyword in discovery.keywords:
                url = template_url(discovery.url_template, keyword, discovery.page_start)
                meta = {**base, "keyword": keyword, "template": discovery.url_template}
                yield Request(url, callback=self.parse_json_page, meta=meta, dont_filter=True)
        else:
            for url in discovery.start_urls:
                yield Request(url, callback=self.parse_json_page, meta=base, dont_filter=True)

    def parse_datasource_page(self, response: Response) -> Iterable[Request]:
        """An HTML list page naming its JSON data sources (``data="datasource:<ID>"``)."""
        discovery = self.discovery(response)
        assert discovery.datasource_regex and discovery.url_template
        ids = list(dict.fromkeys(re.findall(discovery.datasource_regex, response.text)))
        if not ids:
            logger.warning("no JSON data source named on %s", response.url)
            self.inc("listing_without_datasource")
        for source_id in ids:
            url = discovery.url_template.replace("{id}", source_id)
            yield Request(url, callback=self.parse_json_page, meta=dict(response.meta))

    def parse_json_page(self, response: Response) -> Iterable[Request]:
        discovery = self.discovery(response)
        try:
            page = parse_json_listing(response.text, response.url, discovery)
        except ValueError as exc:
            logger.warning("%s", exc)
            self.inc("listing_not_json")
            return
        self.mark_listing(response)
        requests, go_on = self.follow_entries(response, page.entries, discovery)
        yield from requests
        template = response.meta.get("template")
        depth = response.meta["depth_pages"]
        if not go_on or not template or "{page}" not in template or depth >= discovery.max_pages:
            return
        number = response.meta["page_no"] + 1
        if page.total_pages is not None and number - discovery.page_start >= page.total_pages:
            return
        meta = {**response.meta, "depth_pages": depth + 1, "page_no": number}
        url = template_url(template, response.meta["keyword"], number)
        yield Request(url, callback=self.parse_json_page, meta=meta)
