"""Page parsing, separate from crawling (web-poet style): pure functions from HTML or JSON text
and a site config to plain values. Nothing here imports Scrapy, so the parsers are tested on
saved pages directly and reused by the benchmark and the URL-list command.
"""

from scrapers.parsing.article import ParsedArticle, parse_article
from scrapers.parsing.listing import ListingEntry, ListingPage, parse_json_listing, parse_listing
from scrapers.parsing.page import PageParse, page_report, parse_page

__all__ = [
    "ListingEntry",
    "ListingPage",
    "PageParse",
    "ParsedArticle",
    "page_report",
    "parse_article",
    "parse_json_listing",
    "parse_listing",
    "parse_page",
]
