"""An article page -> title, publication date (with its raw text), source line and body text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from scrapers.config import SiteConfig
from scrapers.parsing.boilerplate import remove_boilerplate
from scrapers.parsing.dates import date_from_url, parse_date
from scrapers.parsing.text import (
    collapse,
    first_match,
    html_selector,
    inline_text,
    script_language,
)

_CSS = HTMLTranslator()
_SOURCE_PREFIX = re.compile(r"^\s*(?:来源|來源|稿源|Source)\s*[：:]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedArticle:
    """What the page says, before any judgement on relevance.

    ``published`` is ISO (date or date-time); ``published_text`` is the page's own words for it
    (or the URL token when only the URL dates the page). ``produced_by`` tells, per field
    (title, published, source_line, text, language), what produced it: ``selector <query>``,
    ``url``, ``config``, ``trafilatura``, ``page text``, ``metadata``, ``nothing``.
    ``fallback`` says why the generic extractor replaced the site's body selector, if it did.
    """

    title: str | None
    published: str | None
    published_text: str | None
    source_line: str | None
    text: str
    language: str
    produced_by: Mapping[str, str] = field(default_factory=dict)
    fallback: str | None = None

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


def _selected(query: str | None) -> str:
    return f"selector {query}" if query else "nothing"


def _published(sel: Selector, html: str, config: SiteConfig) -> tuple[str | None, str | None, str]:
    """(ISO date, the page's words for it, what produced them)."""
    rules = config.article
    raw, query = first_match(sel, rules.date)
    how = _selected(query)
    if raw and rules.date_regex:
        m = re.search(rules.date_regex, raw)
        raw = collapse(m.group(1)) if m else raw
    if not raw and rules.date_script_regex:
        m = re.search(rules.date_script_regex, html)
        raw = m.group(1) if m else None
        how = "date_script_regex" if raw else how
    published = parse_date(raw)
    return (published, raw, how) if published else (None, raw, "nothing")


def _source(sel: Selector, config: SiteConfig) -> tuple[str | None, str]:
    raw, query = first_match(sel, config.article.source)
    if not raw:
        return None, "nothing"
    if config.article.source_regex:
        m = re.search(config.article.source_regex, raw)
        if not m:
            return None, "nothing"
        raw = m.group(1)
    value = collapse(_SOURCE_PREFIX.sub("", raw)) or None
    return value, _selected(query) if value else "nothing"


def _language(text: str, config: SiteConfig) -> tuple[str, str]:
    """The config's language, unless the text's script says otherwise (china.chinadaily.com.cn
    is the Chinese edition of an English site)."""
    script = script_language(text)
    if script in (config.language, "other"):
        return config.language, "config"
    return script, f"script of the text (config: {config.language})"


@lru_cache(maxsize=64)
def _drop_query(queries: tuple[str, ...]) -> str:
    """The config's drop selectors as one XPath union: one pass over the page, not one each."""
    return " | ".join(q[6:] if q.startswith("xpath:") else _CSS.css_to_xpath(q) for q in queries)


def parse_article(html: str, url: str, config: SiteConfig) -> ParsedArticle:
    """Parse an article page with its site's selectors, boilerplate removed from the body.

    When the page prints no date, the date in the URL (``t20240204_``) is used and its token kept
    as ``published_text`` so a reviewer can see where the date came from.
    """
    sel = html_selector(html)
    drop = _drop_query(config.article.drop)
    if drop:
        for node in sel.xpath(drop):
            node.drop()
    raw_title, title_query = first_match(sel, config.article.title)
    title = _strip_title(raw_title, config.article.title_strip)
    published, published_text, date_how = _published(sel, html, config)
    if not published:
        published, token = date_from_url(url)
        published_text = published_text or token
        date_how = "url" if published else "nothing"
    body, body_query = first_match(sel, config.article.body, paragraphs=True)
    text = remove_boilerplate(body or "", config.article.boilerplate)
    source_line, source_how = _source(sel, config)
    language, language_how = _language(text or title or "", config)
    return ParsedArticle(
        title=title,
        published=published,
        published_text=published_text,
        source_line=source_line,
        text=text,
        language=language,
        produced_by={
            "title": _selected(title_query) if title else "nothing",
            "published": date_how,
            "source_line": source_how,
            "text": _selected(body_query) if text else "nothing",
            "language": language_how,
        },
    )
