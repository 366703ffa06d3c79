"""A generic article finder for HTML input: title and body text, cheaply.

The extraction command accepts HTML from any site, so this looks for the body in the places
news and government CMSes put it (known content containers first, then the block with the most
paragraph text) using one lxml parse; it is several times cheaper than a full boilerplate
removal library, which matters when thousands of saved pages are re-extracted.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

_BODY_SELECTORS = (
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' content ')]",
    "//div[@id='js_content']",
    "//div[@id='detailContent']",
    "//div[@id='detail']",
    "//div[@id='p-detail']",
    "//div[contains(@class, 'TRS_Editor')]",
    "//div[@id='ztdx']",
    "//div[@id='UCAP-CONTENT']",
    "//div[contains(@class, 'rm_txt_con')]",
    "//div[@id='rm_txt_zw']",
    "//div[contains(@class, 'left_zw')]",
    "//div[contains(@class, 'content_desc')]",
    "//div[@id='Content']",
    "//div[contains(@class, 'article_right')]",
    "//div[contains(@class, 'artCon')]",
    "//article",
)
_TITLE_SELECTORS = (
    "//h2[contains(@class, 'tit')]",
    "//*[@id='activity-name']",
    "//h1",
    "//title",
)
_DROP = ("script", "style", "noscript", "iframe", "form", "nav", "footer", "header")
_SPACES = re.compile(r"[ \t\r\f\v\u3000\xa0]+")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}


def html_to_text(html: str) -> tuple[str | None, str]:
    """Title and body text (paragraphs separated by newlines) of an HTML page."""
    if not html.strip():
        return None, ""
    root = lxml_html.fromstring(html)
    for element in root.iter(*_DROP):
        element.drop_tree()
    title = _first_text(root, _TITLE_SELECTORS)
    body = _body_element(root)
    return title, _block_text(body) if body is not None else ""


def _first_text(root: lxml_html.HtmlElement, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        for element in root.xpath(selector):
            text = _SPACES.sub(" ", element.text_content()).strip()
            if text:
                return text
    return None


def _body_element(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    for selector in _BODY_SELECTORS:
        found = root.xpath(selector)
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    paragraphs = root.xpath("//p")
    if not paragraphs:
        return root.find("body") if root.find("body") is not None else root
    parents: dict[lxml_html.HtmlElement, int] = {}
    for p in paragraphs:
        parent = p.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + len(p.text_content())
    return max(parents, key=lambda e: parents[e]) if parents else root


def _block_text(element: lxml_html.HtmlElement) -> str:
    """Text with a newline at every block boundary, blank lines and padding removed."""
    parts: list[str] = []
    for node in element.iter():
        if node.tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text and node.tag not in ("script", "style"):
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
