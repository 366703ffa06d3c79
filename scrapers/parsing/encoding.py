"""Choose how to decode a page's bytes.

Chinese government sites are often GBK/GB2312 and some declare no charset or the wrong one.
A body that is valid UTF-8 is UTF-8 (GBK text almost never is), whatever the page claims;
otherwise the declared or configured charset is tried strictly, and GB18030, the superset of
GBK and GB2312, is the last resort.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030"}


def normalise(name: str | None) -> str | None:
    """Canonical codec name (GBK family -> gb18030), None when Python does not know it."""
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return _ALIASES.get(canonical, _ALIASES.get(name.strip().lower(), canonical))


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """Charset from the Content-Type header, else from the first <meta> that names one."""
    if content_type:
        header = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", content_type, re.I)
        if header:
            return normalise(header.group(1))
    meta = _META_CHARSET.search(body[:4096])
    return normalise(meta.group(1).decode("ascii", "replace")) if meta else None


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def choose_encoding(body: bytes, declared: str | None, site_default: str | None = None) -> str:
    """The codec that decodes ``body`` right (see the module docstring for the order)."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if _decodes(body, "utf-8"):
        return "utf-8"
    for candidate in (normalise(declared), normalise(site_default)):
        if candidate and candidate != "utf-8" and _decodes(body, candidate):
            return candidate
    return "gb18030"
