"""Reading a found date span: dateparser where it reads a form right, and the small helpers
the resolver's handlers share (``extract.dates`` says which forms are whose)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dateparser.date import DateDataParser

from extract.date_rules import _Rule
from extract.numerals import parse_number

Precision = Literal["day", "month", "year"]
Kind = Literal["absolute", "relative", "anaphoric", "vague"]

#: A yearless day this far after publication belongs to the previous year (12月28日 in January).
YEARLESS_DAY_FUTURE_DAYS = 31


# --------------------------------------------------------------------------- dateparser

#: What a dateparser period says the text gave; week, day and time periods name a day.
_PERIOD_PRECISION: dict[str, Precision] = {"year": "year", "month": "month"}

#: The base for spans that name their year (the base cannot matter, and one base shares the
#: cache across articles) and for articles without a publication date (precision only).
_ANY_BASE = dt.date(2000, 6, 15)


@functools.lru_cache(maxsize=64)
def _date_parser(language: str, base: dt.date, absolute: bool) -> DateDataParser:
    """One configured dateparser per language, base and span kind (building one costs a few
    milliseconds, so an article's spans share it). Absolute spans get its absolute parser
    alone: the relative one reads 2017年 as "2017 years ago"."""
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "past",
        # Only the period counts (a month stays a month); the first keeps day 31 off February.
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": (
            ["custom-formats", "absolute-time"] if absolute else ["relative-time", "absolute-time"]
        ),
    }
    return DateDataParser(languages=[language], settings=settings)


@functools.lru_cache(maxsize=65536)
def read_with_dateparser(
    text: str, language: str, base: dt.date, absolute: bool = False, formats: tuple[str, ...] = ()
) -> tuple[dt.date, Precision] | None:
    """dateparser's reading of one date span, as configured here, with the precision its period
    gives; cached per span and base because a reading takes about a millisecond (``formats``,
    tried first on absolute spans, take a twentieth of that)."""
    parser = _date_parser(language, base, absolute)
    data = parser.get_date_data(text, date_formats=list(formats) if absolute else None)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), _PERIOD_PRECISION.get(data.period or "day", "day")


def _agrees(match: re.Match[str], day: dt.date) -> bool:
    """The numbers the finder saw must be the ones dateparser read: it turns 2019年13月 into
    2019-03-01, and a misread is no date at all."""
    groups = match.groupdict()
    return all(
        groups.get(name) is None or int(groups[name]) == getattr(day, field)
        for name, field in (("y", "year"), ("m", "month"), ("d", "day"))
    )


def _core(match: re.Match[str]) -> str:
    """The date proper, without a suffix that only narrows it (2020年3月下旬, 2023年初): the
    suffix stays in the evidence span, the value is the month or year named."""
    ends = [match.start(g) for g in ("ysuf", "msuf") if _group(match, g)]
    return match.string[match.start() : min(ends, default=match.end())]


# --------------------------------------------------------------------------- resolver

_Resolved = tuple[str | None, Precision | None, Kind]
_Handler = Callable[[re.Match[str], "re.Match[str] | None"], "_Resolved | None"]


@dataclass(frozen=True)
class _Candidate:
    rule: _Rule
    match: re.Match[str]
    pre: re.Match[str] | None  # the context matched by the rule's prefix, if any
    start: int
    end: int


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def _parse_published(published: str | None) -> tuple[dt.date | None, Precision | None]:
    """The anchor date: YYYY-MM-DD exactly, or YYYY-MM / YYYY taken at the end of the period.

    The end of a partial period keeps yearless dates (6月23日) in the right year and makes
    "in March" resolve to the latest March not after publication; day-relative words are
    refused by ``_from_date`` because the day is unknown.
    """
    if not published:
        return None, None
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), "day"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1]), "month"
    return dt.date(parts[0], 12, 31), "year"


# --------------------------------------------------------------------------- helpers


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Regexes allow spaces inside (2019 年 6 月); never start or end a span on one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _int_or_none(s: str | None) -> int | None:
    return int(s) if s else None


def _cn_int(s: str | None) -> int | None:
    if not s:
        return None
    value = parse_number(s)
    return None if value is None else int(value)
