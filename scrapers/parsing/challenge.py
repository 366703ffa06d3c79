"""Anti-bot interstitials: recognise them, and answer the one kind a crawler may answer.

ccdi.gov.cn serves a tiny page whose inline script sets literal cookies (HOY_TR, HBB_HC, HMY_JC)
and reloads; a browser simply stores them and asks again, so the crawl does the same once.
mps.gov.cn answers HTTP 521 with an obfuscated __jsl_clearance script (加速乐), and other sites
use slider CAPTCHAs: those need script execution or a human, so they are only detected and
counted as blocked. Real article pages of ccdi also carry the cookie script (the saved pages
do), so a page is a challenge only when it has the script and next to no text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrapers.parsing.text import html_selector

_LITERAL_COOKIE = re.compile(r"""document\.cookie\s*=\s*["']([A-Za-z0-9_]+)=([^;"']*)""")
_CHALLENGE_STATUSES = {412, 521}
_CAPTCHA_MARKERS = ("captchaPage", "seccaptcha.haplat.net", "滑动验证", "slider-captcha", "geetest")
_JSL_MARKERS = ("__jsl_clearance", "jsl_clearance_s", "_jsl_")
TEXT_LIMIT = 200  # visible characters below which a page with a cookie script is an interstitial


@dataclass(frozen=True)
class Challenge:
    """A detected challenge. ``cookies`` is non-empty only for the answerable kind."""

    kind: str  # "cookie" (answerable), "jsl", "captcha", "unknown-script"
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def answerable(self) -> bool:
        return self.kind == "cookie" and bool(self.cookies)


def visible_text_length(html: str) -> int:
    sel = html_selector(html)
    texts = sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall()
    return len("".join("".join(texts).split()))


def literal_cookies(html: str) -> dict[str, str]:
    """Cookies a script sets with literal strings: ``document.cookie = "HOY_TR=a,b,c; ..."``."""
    cookies: dict[str, str] = {}
    for name, value in _LITERAL_COOKIE.findall(html):
        cookies[name] = value
    return cookies


def detect_challenge(status: int, html: str) -> Challenge | None:
    """The challenge a response is, or None for an ordinary page (or an ordinary error)."""
    head = html[:20000]
    if any(marker in head for marker in _CAPTCHA_MARKERS):
        return Challenge("captcha")
    jsl_script = "document.cookie" in head and any(m in head for m in _JSL_MARKERS)
    if status in _CHALLENGE_STATUSES or jsl_script:
        return Challenge("jsl")
    if "document.cookie" not in head:
        return None
    if visible_text_length(html) >= TEXT_LIMIT:
        return None
    cookies = literal_cookies(head)
    if cookies:
        return Challenge("cookie", cookies)
    return Challenge("unknown-script")
