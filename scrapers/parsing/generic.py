"""Articles of sites without a config (a county notice, a court page a researcher collected).

trafilatura finds the title and body of arbitrary pages well, but its date finder (htmldate)
misreads Chinese dates (发布时间：2024年06月23日 came back as 2024-01-01) and ignores the
tYYYYMMDD_ of government URLs, so the date is taken from the page's own labelled date line
first, then date metadata, then the URL, and trafilatura's guess only when nothing else dates
the page.
"""

from __future__ import annotations

import re

from scrapers.parsing.article import ParsedArticle
from scrapers.parsing.boilerplate import remove_boilerplate
from scrapers.parsing.dates import date_from_url, parse_date
from scrapers.parsing.text import collapse, html_selector, script_language

_LABELLED = re.compile(
    r"(?:发布时间|发布日期|发表时间|发文日期|成文日期|时间|日期|Published|Updated|Date)\s*[：:]?\s*"
    r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2})?)",
    re.I,
)
_DATE_META = (
    "meta[name=PubDate]::attr(content)",
    "meta[name=publishdate]::attr(content)",
    "meta[property='article:published_time']::attr(content)",
    "meta[name=pubdate]::attr(content)",
    "meta[itemprop=datePublished]::attr(content)",
)


def dated(html: str, url: str, guess: str | None) -> tuple[str | None, str | None, str]:
    """(ISO date, its raw text, what gave it): labelled line (``page text``), metadata
    (``metadata <query>``), the URL (``url``), then the extractor's guess (``trafilatura``)."""
    sel = html_selector(html)
    visible = " ".join(
        sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall()
    )
    m = _LABELLED.search(collapse(visible))
    if m and (iso := parse_date(m.group(1))):
        return iso, m.group(1), "page text"
    for query in _DATE_META:
        value = sel.css(query).get()
        if value and (iso := parse_date(value)):
            return iso, value.strip(), f"metadata {query}"
    iso, token = date_from_url(url)
    if iso:
        return iso, token, "url"
    iso = parse_date(guess)
    return iso, guess, "trafilatura" if iso else "nothing"


def page_date(html: str, url: str, guess: str | None) -> tuple[str | None, str | None]:
    """(ISO date, its raw text): labelled line, metadata, URL, then the extractor's guess."""
    iso, raw, _how = dated(html, url, guess)
    return iso, raw


_SOURCE = re.compile(r"(?:来源|稿源|Source)\s*[：:]\s*([^\s|　]+)")


def page_source(html: str) -> str | None:
    """The page's own 来源 line, if it prints one."""
    sel = html_selector(html)
    visible = collapse(" ".join(sel.xpath("//body//text()[not(ancestor::script)]").getall()))
    m = _SOURCE.search(visible)
    return m.group(1) if m else None


def _body_lines(text: str, title: str | None) -> str:
    """trafilatura's text, one paragraph a line, without the heading it repeats from the title
    (the title is a field of its own)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and collapse(lines[0]) == collapse(title):
        lines = lines[1:]
    return "\n".join(lines)


def generic_article(html: str, url: str) -> ParsedArticle:
    """Title, date, body of any article page (trafilatura, with the date corrected and the
    shared boilerplate step applied to the body)."""
    import trafilatura  # heavy (about a second): only pages the site selectors cannot read

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    title = getattr(doc, "title", None) if doc is not None else None
    text = getattr(doc, "text", None) if doc is not None else None
    guess = getattr(doc, "date", None) if doc is not None else None
    published, published_text, date_how = dated(html, url, guess)
    body = remove_boilerplate(_body_lines(text or "", title))
    source = page_source(html)
    return ParsedArticle(
        title=collapse(title) if title else None,
        published=published,
        published_text=published_text,
        source_line=source,
        text=body,
        language=script_language(body or title or ""),
        produced_by={
            "title": "trafilatura" if title else "nothing",
            "published": date_how,
            "source_line": "page text" if source else "nothing",
            "text": "trafilatura" if body else "nothing",
            "language": "script of the text",
        },
    )
