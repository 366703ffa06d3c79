"""Publication dates as pages print them, normalised to ISO 8601 (local time of the site).

Pages print dates in a handful of fixed formats (2024-01-08 06:30, 2024年06月23日 15:47,
Feb 17, 2026 10:37 AM, a Unix timestamp in WeChat's script); fixed patterns read them exactly,
where general date finders misread them (htmldate turns 2024年06月23日 into 2024-01-01).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_CN_TZ = timezone(timedelta(hours=8))

_NUMERIC = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年\s]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
_COMPACT = re.compile(r"(?<!\d)t?(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_ENGLISH = re.compile(
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?"
    r"\s+(?P<y>(?:19|20)\d{2})(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})\s*(?P<ampm>[AaPp][Mm])?)?"
)
_ENGLISH_DMY = re.compile(
    r"(?P<d>\d{1,2})\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r",?\s+(?P<y>(?:19|20)\d{2})"
)
_TIMESTAMP = re.compile(r"^\s*(?P<ts>1[0-9]{9})(?:\d{3})?\s*$")


def _iso(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None) -> str | None:
    try:
        moment = datetime(y, m, d, hh or 0, mm or 0)
    except ValueError:
        return None
    if hh is None:
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%dT%H:%M")


def parse_date(text: str | None) -> str | None:
    """ISO date (``YYYY-MM-DD``) or date-time (``YYYY-MM-DDTHH:MM``) of the first date in text.

    Returns None when the text holds no complete date: a partial date is not a publication date.
    """
    if not text:
        return None
    ts = _TIMESTAMP.match(text)
    if ts:
        moment = datetime.fromtimestamp(int(ts.group("ts")), UTC).astimezone(_CN_TZ)
        return moment.strftime("%Y-%m-%dT%H:%M")
    m = _NUMERIC.search(text)
    if m:
        hh = int(m.group("H")) if m.group("H") else None
        mm = int(m.group("M")) if m.group("M") else None
        return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")), hh, mm)
    e = _ENGLISH.search(text)
    if e:
        hh = int(e.group("H")) if e.group("H") else None
        mm = int(e.group("M")) if e.group("M") else None
        if hh is not None and e.group("ampm"):
            pm = e.group("ampm").lower() == "pm"
            hh = (hh % 12) + (12 if pm else 0)
        month = _MONTHS[e.group("mon")[:3].lower()]
        return _iso(int(e.group("y")), month, int(e.group("d")), hh, mm)
    e = _ENGLISH_DMY.search(text)
    if e:
        month = _MONTHS[e.group("mon")[:3].lower()]
        return _iso(int(e.group("y")), month, int(e.group("d")))
    c = _COMPACT.search(text)
    if c:
        return _iso(int(c.group("y")), int(c.group("m")), int(c.group("d")))
    return None


def date_from_url(url: str) -> tuple[str | None, str | None]:
    """The date that government CMS URLs carry (``t20240204_326880``, ``/20250903/``...).

    Only a fallback: the file-name date can differ from the visible publication time.
    Returns (iso date, the URL token it came from).
    """
    for pattern in (
        r"/t((?:19|20)\d{6})_\d+",
        r"/((?:19|20)\d{6})/",
        r"/((?:19|20)\d{2}[-/]\d{2}[-/]\d{2})/",
        r"/((?:19|20)\d{2}/\d{2}\d{2})/",
        r"/n\d/((?:19|20)\d{2}/\d{4})/",
        r"/((?:19|20)\d{2}/\d{2}-\d{2})/",
    ):
        m = re.search(pattern, url)
        if m:
            token = m.group(1)
            digits = re.sub(r"\D", "", token)
            if len(digits) == 8:
                iso = _iso(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
                if iso:
                    return iso, token
    return None, None
