"""An article page -> title, publication date (with its raw text), source line and body text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from scrapers.config import SiteConfig
from scrapers.parsing.dates import date_from_url, parse_date
from scrapers.parsing.text import collapse, first_value, html_selector, inline_text

_CSS = HTMLTranslator()
_SOURCE_PREFIX = re.compile(r"^\s*(?:来源|來源|稿源|Source)\s*[：:]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedArticle:
    """What the page says, before any judgement on relevance.

    ``published`` is ISO (date or date-time); ``published_text`` is the page's own words for it
    (or the URL token when only the URL dates the page).
    """

    title: str | None
    published: str | None
    published_text: str | None
    source_line: str | None
    text: str
    language: str

    @property
    def empty(self) -> bool:
        return not self.text and not self.title


def _strip_title(title: str | None, patterns: tuple[str, ...]) -> str | None:
    if not title:
        return None
    if "<" in title:
        # meta ArticleTitle holds escaped markup ("&lt;p&gt;..&lt;/p&gt;&lt;p&gt;..") and is the
        # only title left when libxml2 moves a <p> out of h2.tit; its paragraphs join with a space.
        title = inline_text(html_selector(f"<div>{title}</div>").css("div")[0].root)
    for pattern in patterns:
        title = re.sub(pattern, "", title)
    return collapse(title) or None


def _published(sel: Selector, html: str, config: SiteConfig) -> tuple[str | None, str | None]:
    rules = config.article
    raw = first_value(sel, rules.date)
    if raw and rules.date_regex:
        m = re.search(rules.date_regex, raw)
        raw = collapse(m.group(1)) if m else raw
    if not raw and rules.date_script_regex:
        m = re.search(rules.date_script_regex, html)
        raw = m.group(1) if m else None
    published = parse_date(raw)
    if published:
        return published, raw
    return None, raw


def _source(sel: Selector, config: SiteConfig) -> str | None:
    raw = first_value(sel, config.article.source)
    if not raw:
        return None
    if config.article.source_regex:
        m = re.search(config.article.source_regex, raw)
        if not m:
            return None
        raw = m.group(1)
    return collapse(_SOURCE_PREFIX.sub("", raw)) or None


@lru_cache(maxsize=64)
def _drop_query(queries: tuple[str, ...]) -> str:
    """The config's drop selectors as one XPath union: one pass over the page, not one each."""
    return " | ".join(q[6:] if q.startswith("xpath:") else _CSS.css_to_xpath(q) for q in queries)


def parse_article(html: str, url: str, config: SiteConfig) -> ParsedArticle:
    """Parse an article page with its site's selectors.

    When the page prints no date, the date in the URL (``t20240204_``) is used and its token kept
    as ``published_text`` so a reviewer can see where the date came from.
    """
    sel = html_selector(html)
    drop = _drop_query(config.article.drop)
    if drop:
        for node in sel.xpath(drop):
            node.drop()
    title = _strip_title(first_value(sel, config.article.title), config.article.title_strip)
    published, published_text = _published(sel, html, config)
    if not published:
        published, token = date_from_url(url)
        published_text = published_text or token
    body = first_value(sel, config.article.body, paragraphs=True) or ""
    return ParsedArticle(
        title=title,
        published=published,
        published_text=published_text,
        source_line=_source(sel, config),
        text=body,
        language=config.language,
    )
