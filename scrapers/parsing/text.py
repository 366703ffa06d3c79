"""Text out of HTML elements: inline text for titles and date lines, paragraph text for bodies.

Bodies keep one paragraph per line because the extraction's evidence offsets and sentence
splitting rely on paragraph boundaries; titles and date lines collapse all whitespace (the
saved ccdi pages wrap dates over five indented lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

_BLOCKS = "p div br li h1 h2 h3 h4 h5 h6 tr table section article blockquote ul ol dd dt pre"
BLOCK_TAGS = frozenset(_BLOCKS.split(" "))
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "select", "button"})
_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff\u3000]+")
_CSS = HTMLTranslator()  # what parsel's Selector.css() uses
_NAMESPACES = {"re": "http://exslt.org/regular-expressions"}  # parsel's default namespaces
_INLINE_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_HAN = re.compile("[\u4e00-\u9fff]")
_LATIN = re.compile("[A-Za-z]")  # what str.isascii() and str.isalpha() accept together


def script_language(text: str) -> str:
    """zh, en or other, by the script of the first 2,000 characters: Han characters when there
    are 20 and at least a quarter as many as Latin letters (a Chinese text quoting English
    names stays zh, an English one quoting 天网 stays en)."""
    head = text[:2000]
    # counted by the regex engine, not a Python loop per character (every crawled page)
    han = len(_HAN.findall(head))
    latin = len(_LATIN.findall(head))
    if han >= 20 and han * 4 >= latin:
        return "zh"
    return "en" if re.search(r"[A-Za-z]{3,}", head) else "other"


# What lxml refuses in a tree's text (C0 controls but tab/newline/CR, lone surrogates,
# U+FFFE/U+FFFF): a hostile page holding one made the parsers raise.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def html_selector(html: str) -> Selector:
    """A parsel HTML selector on ``html`` (never guessed as JSON or XML), with the characters
    lxml cannot hold in a tree removed first."""
    return Selector(text=_NOT_XML.sub("", html), type="html")


def collapse(text: str) -> str:
    """One line, single spaces, no zero-width characters (U+200B opens some ccdi titles)."""
    return _WS.sub(" ", text).strip()


def _walk(node: etree._Element, out: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in SKIP_TAGS or not isinstance(node.tag, str):
        # Comments and processing instructions: keep only the tail.
        if node.tail:
            out.append(node.tail)
        return
    block = tag.lower() in BLOCK_TAGS
    if block:
        out.append("\n")
    if node.text:
        out.append(node.text)
    for child in node:
        _walk(child, out)
    if block:
        out.append("\n")
    if node.tail:
        out.append(node.tail)


def block_text(node: etree._Element) -> str:
    """Paragraph text of an element: one paragraph per line, blank lines dropped.

    The full-width indentation (　　) that opens Chinese paragraphs is removed; offsets downstream
    are into this text, so it must be stable for a given page.
    """
    parts: list[str] = []
    if node.text and isinstance(node.tag, str) and node.tag not in SKIP_TAGS:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    lines = []
    for raw in "".join(parts).split("\n"):
        line = _INLINE_WS.sub(" ", raw).strip(" \u3000")
        if line:
            lines.append(line)
    return "\n".join(lines)


def inline_text(node: etree._Element) -> str:
    """All text of an element on one line (titles made of several <p> join with a space)."""
    parts: list[str] = []
    if node.text and isinstance(node.tag, str) and node.tag not in SKIP_TAGS:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    return collapse(" ".join(parts))


@lru_cache(maxsize=1024)
def compiled(query: str) -> etree.XPath:
    """A site config's selector (CSS, or XPath after ``xpath:``) compiled once: parsel's
    ``css()``/``xpath()`` hand lxml the expression text, which lxml compiles again on every
    call, on every page."""
    xpath = query[6:] if query.startswith("xpath:") else _CSS.css_to_xpath(query)
    return etree.XPath(xpath, namespaces=_NAMESPACES, smart_strings=False)


def select_values(sel: Selector, query: str, *, paragraphs: bool = False) -> list[str]:
    """Values of one selector: CSS by default, ``xpath:`` prefix for XPath.

    Element results become text (paragraph or inline); ``::attr()``/``::text`` results are
    strings already. Empty values are dropped so "first non-empty selector wins" works.
    """
    results = compiled(query)(sel.root)
    values: list[str] = []
    for root in results if isinstance(results, list) else [results]:
        if isinstance(root, str):
            value = collapse(root) if not paragraphs else root.strip()
        else:
            value = block_text(root) if paragraphs else inline_text(root)
        if value:
            values.append(value)
    return values


def first_match(
    sel: Selector, queries: tuple[str, ...], *, paragraphs: bool = False
) -> tuple[str | None, str | None]:
    """(value, selector): the first non-empty value of the first selector in ``queries`` that
    yields one, and that selector (what ``returnwatch parse`` reports); (None, None) if none."""
    for query in queries:
        values = select_values(sel, query, paragraphs=paragraphs)
        if values:
            return values[0], query
    return None, None


def first_value(sel: Selector, queries: tuple[str, ...], *, paragraphs: bool = False) -> str | None:
    """The first non-empty value of the first selector in ``queries`` that yields one."""
    return first_match(sel, queries, paragraphs=paragraphs)[0]
