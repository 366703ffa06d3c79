"""What the crawl makes of one fetched page: the site config, its selectors, the loud fallback.

``parse_page`` is the one decision the spiders, the archive ingest and ``returnwatch parse``
share. A page of a configured site is parsed with the site's selectors; when the page's URL is
an article URL and the body selector finds nothing, or a body under the minimum length of which
the generic extractor (trafilatura) finds at least twice as much, the template has most likely
changed: the page then goes through the generic extractor so the article is not lost, the fallback is recorded on the article (and on the
stored document), and the crawl counts a ``selector_miss`` for the site, which its monitor
turns into a failed run above a set share. Pages of hosts without a config go to the generic
extractor directly (that is no miss).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from extract import is_relevant
from scrapers.config import SiteConfig, load_sites, site_for_url
from scrapers.parsing.article import ParsedArticle, parse_article
from scrapers.parsing.challenge import detect_challenge
from scrapers.parsing.encoding import choose_encoding, declared_charset
from scrapers.parsing.generic import generic_article

# Shortest body a site's selector may find on an article URL before it counts as a miss, in
# characters without whitespace (scrapers/settings.py RETURNWATCH_MIN_BODY_CHARS; a site config
# may set its own article.min_body_chars). The shortest real article body in the conformance
# set, a news.cn photo story, has 135.
DEFAULT_MIN_BODY_CHARS = 80
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class PageParse:
    """A page as the crawl sees it: which config (``site`` None: no config, generic extractor),
    whether its URL is an article URL, the parsed article, whether the site's body selector was
    checked (a configured site's article URL) and why it was judged to have missed (None: it did
    not, or it was not checked)."""

    url: str
    site: str | None
    is_article: bool
    article: ParsedArticle
    checked: bool = False
    selector_miss: str | None = None

    @property
    def fell_back(self) -> bool:
        return self.article.fallback is not None


def body_length(text: str) -> int:
    """Characters of a body without whitespace (Chinese has no spaces; English a few)."""
    return len(_WS.sub("", text))


def miss_reason(selected: str, generic: str, minimum: int) -> str | None:
    """Why the selector's body is a miss, given the generic extractor's body; None when it is
    not. No body is a miss; a body under ``minimum`` is one when the generic extractor finds at
    least twice as much (and ``minimum`` at least): a short notice the generic extractor finds
    no more of is a short article, not a changed template."""
    if not selected:
        return "the body selector found no body"
    length, found = body_length(selected), body_length(generic)
    if length < minimum and found >= max(minimum, 2 * length):
        return (
            f"the body selector found {length} characters, under {minimum}, "
            f"the generic extractor {found}"
        )
    return None


def _with_fallback(parsed: ParsedArticle, generic: ParsedArticle, reason: str) -> ParsedArticle:
    """The site's title, date and source where its selectors found them, the generic body."""
    produced = dict(parsed.produced_by)
    produced["text"] = "trafilatura (fallback)"
    values: dict[str, object] = {}
    if not parsed.title and generic.title:
        values["title"] = generic.title
        produced["title"] = "trafilatura (fallback)"
    if not parsed.published and generic.published:
        values["published"] = generic.published
        values["published_text"] = generic.published_text
        produced["published"] = f"{generic.produced_by['published']} (fallback)"
    if not parsed.source_line and generic.source_line:
        values["source_line"] = generic.source_line
        produced["source_line"] = "page text (fallback)"
    return replace(
        parsed,
        text=generic.text,
        produced_by=produced,
        fallback=f"trafilatura: {reason}",
        **values,  # type: ignore[arg-type]
    )


def parse_with_config(
    html: str, url: str, config: SiteConfig, min_body_chars: int = DEFAULT_MIN_BODY_CHARS
) -> PageParse:
    """A page of a configured site: its selectors, and the fallback on a miss."""
    parsed = parse_article(html, url, config)
    is_article = config.is_article_url(url)
    minimum = config.article.min_body_chars
    minimum = min_body_chars if minimum is None else minimum
    if not is_article or body_length(parsed.text) >= minimum:
        return PageParse(url, config.id, is_article, parsed, checked=is_article)
    generic = generic_article(html, url)
    reason = miss_reason(parsed.text, generic.text, minimum)
    if reason is None:
        return PageParse(url, config.id, is_article, parsed, checked=True)
    if body_length(generic.text) > body_length(parsed.text):
        parsed = _with_fallback(parsed, generic, reason)
    return PageParse(url, config.id, is_article, parsed, checked=True, selector_miss=reason)


def parse_page(
    html: str,
    url: str,
    sites: dict[str, SiteConfig] | None = None,
    *,
    config: SiteConfig | None = None,
    min_body_chars: int = DEFAULT_MIN_BODY_CHARS,
) -> PageParse:
    """Parse a page as the crawl would: the config owning ``url`` (or the one given), its
    selectors and the fallback; the generic extractor for hosts without a config."""
    config = config or site_for_url(url, sites if sites is not None else load_sites())
    if config is None:
        return PageParse(url, None, True, generic_article(html, url))
    if not config.article.body:
        return PageParse(url, config.id, config.is_article_url(url), generic_article(html, url))
    return parse_with_config(html, url, config, min_body_chars)


def page_report(
    raw: bytes,
    url: str,
    sites: dict[str, SiteConfig] | None = None,
    *,
    min_body_chars: int = DEFAULT_MIN_BODY_CHARS,
) -> dict[str, Any]:
    """What the crawl would make of a saved page (``returnwatch parse``), as plain values.

    The bytes are decoded as the crawl decodes them (``encoding``); then the config owning
    ``url`` (``site``, ``config``: its file), whether ``url`` is an article URL, an anti-bot
    page (``challenge``), the fields (``title``, ``published`` with ``published_text``,
    ``source_line``, ``language``, ``text``), ``produced_by`` (the selector or fallback behind
    each field), the selector miss and fallback, and whether the relevance filter keeps it.
    """
    sites = sites if sites is not None else load_sites()
    config = site_for_url(url, sites)
    encoding = choose_encoding(
        raw, declared_charset(raw, None), config.encoding if config else None
    )
    html = raw.decode(encoding, errors="replace")
    challenge = detect_challenge(200, html)
    page = parse_page(html, url, sites, config=config, min_body_chars=min_body_chars)
    article = page.article
    return {
        "url": url,
        "site": page.site,
        "config": config.path if config else None,
        "checked_on_real_pages": config.checked_on_real_pages if config else None,
        "encoding": encoding,
        "challenge": challenge.kind if challenge else None,
        "is_article": page.is_article,
        "title": article.title,
        "published": article.published,
        "published_text": article.published_text,
        "source_line": article.source_line,
        "language": article.language,
        "body_chars": body_length(article.text),
        "text": article.text,
        "produced_by": dict(article.produced_by),
        "selector_miss": page.selector_miss,
        "fallback": article.fallback,
        "relevant": bool(is_relevant(article.title, article.text or None)),
    }
