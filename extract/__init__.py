"""Extraction: from an article's text to case records. Pure functions, no Scrapy import.

Public entry points:
- ``extract_cases(document)``: the case records of one article;
- ``is_relevant(title, text)``: whether an article names a return (the crawl's relevance filter);
- ``html_to_text(html)``: the article title and body of an arbitrary HTML page.
"""

from extract.api import extract_cases, html_to_text, is_relevant
from extract.document import Document

__all__ = ["Document", "extract_cases", "html_to_text", "is_relevant"]
