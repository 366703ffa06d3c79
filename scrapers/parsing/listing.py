"""Listing pages (columns, search results, JSON feeds) -> article entries and paging hints."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from parsel import Selector

from scrapers.config import Discovery
from scrapers.parsing.dates import parse_date
from scrapers.parsing.text import collapse, html_selector, select_values


@dataclass(frozen=True)
class ListingEntry:
    """One article link as a listing shows it (title and date let the crawl skip it unfetched)."""

    url: str
    title: str | None = None
    published: str | None = None
    published_text: str | None = None


@dataclass
class ListingPage:
    entries: list[ListingEntry] = field(default_factory=list)
    next_url: str | None = None
    total_pages: int | None = None


def _first(sel: Selector, query: str | None) -> str | None:
    if not query:
        return None
    values: list[str] = []
    for q in query.split(" || "):
        values = select_values(sel, q)
        if values:
            break
    return values[0] if values else None


def _total_pages(text: str, regex: str | None) -> int | None:
    if not regex:
        return None
    m = re.search(regex, text)
    return int(m.group(1)) if m else None


def _clean_url(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    return urljoin(base, href)


def parse_listing(html: str, url: str, discovery: Discovery) -> ListingPage:
    """Entries of an HTML listing page in page order, with its next-page link or page count."""
    sel = html_selector(html)
    page = ListingPage(total_pages=_total_pages(html, discovery.total_pages_regex))
    seen: set[str] = set()
    for item in sel.css(discovery.item or "a"):
        href = _first(item, discovery.link)
        target = _clean_url(url, href) if href else None
        if not target or target in seen:
            continue
        seen.add(target)
        date_text = _first(item, discovery.date)
        page.entries.append(
            ListingEntry(
                url=target,
                title=_first(item, discovery.title),
                published=parse_date(date_text),
                published_text=date_text,
            )
        )
    if discovery.next_page:
        href = _first(sel, discovery.next_page)
        if href:
            page.next_url = _clean_url(url, href)
    return page


def _path(data: Any, dotted: str | None) -> Any:
    if not dotted:
        return data
    for key in dotted.split("."):
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data


def strip_jsonp(text: str) -> str:
    """``callback({...});`` -> ``{...}`` (CCTV and some Xinhua feeds wrap JSON in a call)."""
    m = re.match(r"^\s*[\w$.]+\s*\((.*)\)\s*;?\s*$", text, re.S)
    return m.group(1) if m else text


def parse_json_listing(text: str, url: str, discovery: Discovery) -> ListingPage:
    """Entries of a JSON listing (news.cn ``ds_<ID>.json``, China Daily's search API...).

    Raises ``ValueError`` naming the URL when the body is not JSON (a challenge page, a
    changed API), so the crawl logs it instead of silently finding nothing.
    """
    body = strip_jsonp(text) if discovery.jsonp else text
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:  # not JSON, an endless number, nested too deep
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        raise ValueError(f"{url}: not a JSON listing ({reason})") from None
    items = _path(data, discovery.items_path)
    page = ListingPage(total_pages=_total_pages(text, discovery.total_pages_regex))
    if not isinstance(items, list):
        return page
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _path(item, discovery.json_link)
        if not isinstance(link, str) or not (target := _clean_url(url, link)):
            continue
        title = _path(item, discovery.json_title)
        date_raw = _path(item, discovery.json_date) if discovery.json_date else None
        date_text = str(date_raw) if date_raw is not None else None
        page.entries.append(
            ListingEntry(
                url=target,
                title=collapse(re.sub(r"<[^>]+>", "", title)) if isinstance(title, str) else None,
                published=parse_date(date_text),
                published_text=date_text,
            )
        )
    return page


def page_url(first_url: str, template: str, page: int) -> str:
    """Page ``page`` of a column whose first page is ``first_url``.

    ``index_{page}.html`` replaces the last path segment (/yaowenn/index.html ->
    /yaowenn/index_3.html); a bare /yaowenn/ gets the segment appended.
    """
    parts = urlsplit(first_url)
    base = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    return urlunsplit((parts.scheme, parts.netloc, base + template.format(page=page), "", ""))


def template_url(template: str, keyword: str = "", page: int = 1) -> str:
    """A search or API URL with its keyword (percent-encoded UTF-8) and page number filled in."""
    return template.replace("{keyword}", quote(keyword)).replace("{page}", str(page))
