"""Spider loader: spider names are site ids, spider classes are composed from strategies.

``scrapy list`` prints every site with a discovery strategy (plus ``urls``); ``scrapy crawl
ccdi`` gets a class built from the strategy spiders its config uses (ccdi: listing + search),
bound to the ccdi config. Adding a site is adding a TOML file.
"""

from __future__ import annotations

import builtins

from scrapy import Request, Spider
from scrapy.settings import BaseSettings

from scrapers.config import SiteConfig, load_sites
from scrapers.spiders.base import SiteSpider
from scrapers.spiders.feed import FeedSpider
from scrapers.spiders.jsonapi import JsonApiSpider
from scrapers.spiders.listing import ListingSpider
from scrapers.spiders.search import SearchSpider
from scrapers.spiders.urllist import UrlListSpider

STRATEGY_SPIDERS: dict[str, type[SiteSpider]] = {
    "listing": ListingSpider,
    "search": SearchSpider,
    "json": JsonApiSpider,
    "feed": FeedSpider,
    "urls": UrlListSpider,
}
URLS_SPIDER = "urls"


def spider_for_site(config: SiteConfig) -> type[SiteSpider]:
    """A spider class for one site: its strategies' spiders combined, bound to its config."""
    bases = tuple(STRATEGY_SPIDERS[s] for s in config.strategies if s != "urls") or (SiteSpider,)
    attrs = {"name": config.id, "site": config, "__module__": __name__}
    return type(f"{config.id.capitalize()}Spider", bases, attrs)


def crawlable(sites: dict[str, SiteConfig]) -> list[str]:
    """Sites a crawl can start from (a config with only the URL-list strategy cannot)."""
    return [s.id for s in sites.values() if any(d.strategy != "urls" for d in s.discovery)]


class SiteSpiderLoader:
    """Implements Scrapy's SpiderLoaderProtocol (from_settings, load, list, find_by_request)."""

    def __init__(self, settings: BaseSettings):
        self.sites = load_sites(settings.get("RETURNWATCH_SITES_DIR") or None)

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> SiteSpiderLoader:
        return cls(settings)

    def load(self, spider_name: str) -> type[Spider]:
        if spider_name == URLS_SPIDER:
            return UrlListSpider
        config = self.sites.get(spider_name)
        if config is None or spider_name not in crawlable(self.sites):
            raise KeyError(f"Spider not found: {spider_name}")
        return spider_for_site(config)

    def list(self) -> list[str]:  # noqa: A003 - Scrapy's SpiderLoader protocol name
        return [*crawlable(self.sites), URLS_SPIDER]

    def find_by_request(self, request: Request) -> builtins.list[str]:
        return [s.id for s in self.sites.values() if s.owns(request.url)]
