"""Downloader middleware: decode pages right whatever their charset declaration says.

Also turns untyped responses that are plainly HTML, XML or JSON (mirror files saved without an
extension, such as ``search?page=2&...``) into text responses, so spiders can parse them.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse

from scrapers.config import SiteConfig, load_sites, site_for_url
from scrapers.parsing.encoding import choose_encoding, declared_charset, normalise


def _markup_class(body: bytes) -> type[TextResponse] | None:
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<urlset"):
        return XmlResponse
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<script")):
        return HtmlResponse
    if head.startswith((b"{", b"[")) or b"(" in head[:64] and head.rstrip().endswith(b");"):
        return TextResponse
    return None


class EncodingMiddleware:
    def __init__(self, sites: dict[str, SiteConfig] | None = None):
        self.sites = sites or {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EncodingMiddleware:
        return cls(load_sites())

    def process_response(self, request: Request, response: Response) -> Response:
        body = response.body
        if isinstance(response, TextResponse):
            response_class: type[TextResponse] = type(response)
        else:
            markup = _markup_class(body)
            if markup is None:
                return response
            response_class = markup
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        site = site_for_url(response.url, self.sites)
        chosen = choose_encoding(
            body, declared_charset(body, content_type), site.encoding if site else None
        )
        if isinstance(response, TextResponse) and normalise(response.encoding) == chosen:
            return response
        return response_class(
            url=response.url,
            status=response.status,
            headers=response.headers,
            body=body,
            encoding=chosen,
            request=request,
            flags=response.flags,
            certificate=response.certificate,
            ip_address=response.ip_address,
            protocol=response.protocol,
        )
