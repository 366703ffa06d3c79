"""Scrapy's cookie middleware with the Public Suffix List read from tldextract's bundled
snapshot: the stock one downloads the list from publicsuffix.org the first time any cookie
arrives, which a crawl of a local mirror (and every test) must not do."""

from __future__ import annotations

from collections.abc import Iterable
from http.cookiejar import Cookie
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.utils.httpobj import urlparse_cached
from tldextract import TLDExtract

_OFFLINE_PSL = TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)


def is_public_domain(domain: str) -> bool:
    return not _OFFLINE_PSL(domain).domain


class OfflineCookiesMiddleware(CookiesMiddleware):
    def _process_cookies(self, cookies: Iterable[Cookie], *, jar: Any, request: Request) -> None:
        hostname = urlparse_cached(request).hostname
        if hostname is None:
            return
        request_domain = hostname.lower()
        for cookie in cookies:
            cookie_domain = cookie.domain.removeprefix(".")
            if cookie_domain and is_public_domain(cookie_domain):
                if cookie_domain != request_domain:
                    continue
                cookie.domain = request_domain
            jar.set_cookie_if_ok(cookie, request)
