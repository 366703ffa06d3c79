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
_SPACES = re.compile(r"[ \t\r\f\v\u3000\xa0]+")


def html_to_text(html: str) -> tuple[str | None, str]:
    """Title and body text (paragraphs separated by newlines) of an HTML page."""
    if not html.strip():
        return None, ""
    try:
        root = etree.fromstring(html, _PARSER)
    except (etree.ParserError, ValueError):
        return None, ""
    body, title = _scan(root)
    return title, _block_text(body) if body is not None else ""


def _scan(root: etree._Element) -> tuple[etree._Element | None, str | None]:
    """One pass: the best-ranked body container and the title element."""
    best_rank = len(_BODY_MARKERS) + 1
    candidates: list[etree._Element] = []
    title: str | None = None
    h1: str | None = None
    for element in root.iter("div", "article", "h1", "h2"):
        if _passed_over(element):
            continue
        attrs = element.attrib
        classes = attrs.get("class", "").split()
        ident = attrs.get("id", "")
        if (
            title is None
            and element.tag in ("h2", "h1", "div")
            and ("tit" in classes or ident == "activity-name")
        ):
            title = _clean(_broken_text(element)) or None
        elif h1 is None and element.tag == "h1":
            h1 = _clean(_broken_text(element)) or None
        rank = _rank(classes, ident, element.tag)
        if rank is not None and rank < best_rank:
            best_rank, candidates = rank, [element]
        elif rank is not None and rank == best_rank:
            candidates.append(element)
    if len(candidates) > 1:
        body: etree._Element | None = max(candidates, key=lambda e: len(_text_of(e)))
    else:
        body = candidates[0] if candidates else _densest(root)
    if title is None:
        title = h1 or _clean(root.findtext(".//title") or "") or None
    return body, title


# every class marker and the title's class, as substrings: a class string that holds none of
# them has none of them as a word
_CLASS_WORDS = re.compile(
    "|".join(re.escape(v) for v in sorted({v for a, v in _BODY_MARKERS if a == "class"} | {"tit"}))
)
_IDS = frozenset({v for a, v in _BODY_MARKERS if a == "id"} | {"activity-name"})


def _passed_over(element: etree._Element) -> bool:
    """A div or h2 that can be neither the title nor a body container: no marker id, and no
    marker class (a quick look at the class string first; most pages hold hundreds of
    elements with a class). h1 and article elements always count."""
    if element.tag not in ("div", "h2"):
        return False
    ident = element.get("id")
    if ident is not None and ident in _IDS:
        return False
    classes = element.get("class")
    return classes is None or _CLASS_WORDS.search(classes) is None


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


def _densest(root: etree._Element) -> etree._Element:
    parents: dict[etree._Element, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + len(_text_of(p))
    if parents:
        return max(parents, key=lambda e: parents[e])
    body = root.find("body")
    return body if body is not None else root


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# lxml.etree's own elements, not lxml.html's: lxml.html looks up a Python class for every
# element the code touches, which cost a fifth of the time spent after the parse
_PARSER = etree.HTMLParser()
# the text of an element and its descendants, without its tail (what lxml.html's
# text_content() runs)
_text_of = etree.XPath("string()")

# Block-level elements: their text starts a new line (the parser lower-cases tag names)
_DROPPED = ("script", "style", "noscript", "iframe", "form", "select")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article")


def _broken_text(element: etree._Element) -> str:
    """The element's text with a newline where each block-level element starts. The newline
    opens each block's own text, so the C string() keeps the breaks (a Python walk collecting
    the text costs more than the parse itself)."""
    for block in element.iter(*_BLOCKS):
        text = block.text
        block.text = "\n" + text if text else "\n"
    return str(_text_of(element))


def _block_text(element: etree._Element) -> str:
    """Text with a newline at every block boundary; scripts and styles left out."""
    etree.strip_elements(element, *_DROPPED, with_tail=False)
    # str.split() collapses each run of spaces (ideographic and no-break ones too) in C: a
    # regular expression over the whole text costs several times more on Chinese pages
    # (map and filter run the steps in C: no Python frame per line)
    lines = map(" ".join, map(str.split, _broken_text(element).split("\n")))
    return "\n".join(filter(None, lines))
