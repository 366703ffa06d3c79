"""A generic article finder for HTML input: title and body text, cheaply.

The extraction command accepts HTML from any site, so this looks for the body in the places
news and government CMSes put it (known content containers first, then the block with the most
paragraph text). It makes one lxml parse and one pass over the elements: several times cheaper
than a full boilerplate-removal library, which matters when thousands of saved pages are
re-extracted.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

# (attribute, value) of known body containers, best first: ccdi/spp 'content', WeChat,
# Xinhua, TRS CMS, MPS, People's Daily, China News, China Daily, Global Times, Zhejiang.
_BODY_MARKERS: tuple[tuple[str, str], ...] = (
    ("class", "content"),
    ("id", "js_content"),
    ("id", "detailContent"),
    ("id", "detail"),
    ("id", "p-detail"),
    ("class", "TRS_Editor"),
    ("id", "ztdx"),
    ("id", "UCAP-CONTENT"),
    ("class", "rm_txt_con"),
    ("id", "rm_txt_zw"),
    ("class", "left_zw"),
    ("class", "content_desc"),
    ("id", "Content"),
    ("class", "article_right"),
    ("class", "artCon"),
)
_TITLE_MARKERS: tuple[tuple[str, str], ...] = (("class", "tit"), ("id", "activity-name"))
_SKIP = {"script", "style", "noscript", "iframe", "form", "nav", "footer", "header", "select"}
_SPACES = re.compile(r"[ \t\r\f\v\u3000\xa0]+")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}


def html_to_text(html: str) -> tuple[str | None, str]:
    """Title and body text (paragraphs separated by newlines) of an HTML page."""
    if not html.strip():
        return None, ""
    try:
        root = lxml_html.fromstring(_BLOCK_OPEN.sub("\n<", html))
    except (etree.ParserError, ValueError):
        return None, ""
    body, title = _scan(root)
    return title, _block_text(body) if body is not None else ""


def _scan(root: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement | None, str | None]:
    """One pass: the best-ranked body container and the title element."""
    best_rank = len(_BODY_MARKERS) + 1
    candidates: list[lxml_html.HtmlElement] = []
    title: str | None = None
    h1: str | None = None
    for element in root.iter("div", "article", "h1", "h2"):
        attrs = element.attrib
        if not attrs and element.tag == "div":
            continue
        classes = attrs.get("class", "").split()
        ident = attrs.get("id", "")
        if (
            title is None
            and element.tag in ("h2", "h1", "div")
            and ("tit" in classes or ident == "activity-name")
        ):
            title = _clean(element.text_content()) or None
        elif h1 is None and element.tag == "h1":
            h1 = _clean(element.text_content()) or None
        rank = _rank(classes, ident, element.tag)
        if rank is not None and rank < best_rank:
            best_rank, candidates = rank, [element]
        elif rank is not None and rank == best_rank:
            candidates.append(element)
    if len(candidates) > 1:
        body: lxml_html.HtmlElement | None = max(candidates, key=lambda e: len(e.text_content()))
    else:
        body = candidates[0] if candidates else _densest(root)
    if title is None:
        title = h1 or _clean(root.findtext(".//title") or "") or None
    return body, title


# marker value -> its rank, by attribute: an element's rank is found by look-ups, not a loop
# over every marker (most pages hold thousands of elements with a class or an id)
_RANKS = {
    attr: {value: rank for rank, (a, value) in enumerate(_BODY_MARKERS) if a == attr}
    for attr in ("class", "id")
}


def _rank(classes: list[str], ident: str, tag: str) -> int | None:
    """The best (lowest) rank of the body markers the element carries."""
    ranks = [_RANKS["class"][c] for c in classes if c in _RANKS["class"]]
    if ident in _RANKS["id"]:
        ranks.append(_RANKS["id"][ident])
    if ranks:
        return min(ranks)
    return len(_BODY_MARKERS) if tag == "article" else None


def _densest(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    parents: dict[lxml_html.HtmlElement, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + len(p.text_content())
    if parents:
        return max(parents, key=lambda e: parents[e])
    body = root.find("body")
    return body if body is not None else root


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# A newline before every block-level start tag, inserted into the markup before parsing, lets
# lxml's C text_content() keep paragraph breaks (a Python walk of the tree costs more than the
# parse itself).
# (The tag name is looked ahead at, so the replacement is a plain string: re substitutes it
# in C, where a template such as "\n\g<0>" is expanded in Python at every tag.)
_BLOCK_OPEN = re.compile(r"<(?=(?:p|div|br|li|h[1-6]|tr|section|article)\b)", re.IGNORECASE)


def _block_text(element: lxml_html.HtmlElement) -> str:
    """Text with a newline at every block boundary; scripts and styles left out."""
    for skipped in list(element.iter(*_DROPPED)):
        if skipped is not element:
            skipped.drop_tree()
    # str.split() collapses each run of spaces (ideographic and no-break ones too) in C: a
    # regular expression over the whole text costs several times more on Chinese pages
    lines = (" ".join(line.split()) for line in element.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


_DROPPED = ("script", "style", "noscript", "iframe", "form", "select")
