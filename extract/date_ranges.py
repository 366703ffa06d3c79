"""English ranges of days within one month ("between 12 and 16 November 2015", "November 12
and 16, 2015"): the month, which both ends share, as 8月15日至24日 is August. A reader takes
neither end as the day of the event; the resolver alone reads only the day that carries the
month, and would date "November 12" by the publication year though the range names its own.
Also where a mention's value is made anew: a yearless day put in a year told before (in_year),
and two dates joined as the ends of a range made one (ranges_joined: 8月15日至24日 is August)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from extract.date_reading import Kind, Precision, _valid_day
from extract.numerals import to_ascii_digits


@dataclass(frozen=True)
class DateMention:
    """One date expression: its span in the text and, when exact, its ISO partial value."""

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision | None
    kind: Kind


_JOIN = r"\s*(?:and|to|-|–|—|until|through)\s*"
_ORDINAL = r"(?:st|nd|rd|th)?"
# the first day before "16 November 2015"
_FIRST_DAY = re.compile(rf"\b(\d{{1,2}}){_ORDINAL}{_JOIN}$", re.IGNORECASE)
# the second day and the year after "November 12"
_SECOND_DAY = re.compile(rf"{_JOIN}(\d{{1,2}}){_ORDINAL},?\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)
_DAY_FIRST = re.compile(r"\d")
_EACH_OR_WHEN = re.compile(r",?\s*(?:respectively|when)\b", re.IGNORECASE)


def english_day_ranges(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """Each day that ends or opens a range of days in one month becomes that month; a day with
    no year before one that names it takes that year ("November 12 and December 16, 2015")."""
    dated = _years_carried_back(mentions, text, offset)
    return [_as_range(m, text, offset) for m in dated]


_YEAR = re.compile(r"(?:19|20)\d{2}")
_AND = re.compile(rf"{_JOIN}$", re.IGNORECASE)


def _years_carried_back(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not (first.text.isascii() and second.text.isascii()) or first.value is None:
            continue
        if _YEAR.search(first.text) or not _YEAR.search(second.text) or second.value is None:
            continue
        if _AND.search(text[first.end - offset : second.start - offset]):
            out[i] = replace(first, value=second.value[:4] + first.value[4:])
    return out


def _as_range(mention: DateMention, text: str, offset: int) -> DateMention:
    if mention.precision != "day" or mention.value is None or not mention.text.isascii():
        return mention
    start, end = mention.start - offset, mention.end - offset
    if _EACH_OR_WHEN.match(text, end):
        return mention  # "from 2 to 16 November 2015, when he was deported": the last day
    second = _SECOND_DAY.match(text, end)
    if second is not None and _EACH_OR_WHEN.match(text, second.end()):
        # "on November 2 and 16, 2015, respectively": one day each, in the year named after
        return replace(mention, value=f"{second.group(2)}{mention.value[4:]}")
    if _DAY_FIRST.match(mention.text):  # 16 November 2015: a first day before it
        first = _FIRST_DAY.search(text, max(0, start - 20), start)
        if first is None or int(first.group(1)) >= int(mention.value[8:]):
            return mention
        span = (first.start() + offset, mention.end)
        month = mention.value[:7]
    else:  # November 12: a second day and a year after it
        if second is None or int(second.group(1)) <= int(mention.value[8:]):
            return mention
        span = (mention.start, second.end() + offset)
        month = f"{second.group(2)}{mention.value[4:7]}"
    said = text[span[0] - offset : span[1] - offset]
    return DateMention(span[0], span[1], said, month, "month", mention.kind)


_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")


def in_year(mention: DateMention, year: str) -> DateMention | None:
    """A yearless day of an undated page (11月14日) in the year the person's return was told in
    before: the same return, told again to the day."""
    found = _MONTH_DAY.fullmatch(to_ascii_digits(mention.text))
    if found is None or mention.precision != "day":
        return None
    try:
        day = dt.date(int(year), int(found.group(1)), int(found.group(2)))
    except ValueError:
        return None  # 2月29日 of a year that has none
    return replace(mention, value=day.isoformat())


# 8月15日至24日, 7月29日至8月10日, "March 3 to April 10": what
# joins the two ends of a range
_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|—|－|–|-|to|until|through)\s*", re.IGNORECASE)


def ranges_joined(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """Two dates joined as the ends of a range are one date, told at the precision both
    ends share: 8月15日至24日 is August, 7月29日至8月10日 the year; a range over two years
    says no date. A single day inside the range is not stated, so neither end is taken. (A
    range of bare years, 2012年至2013年间, is left as two years.)"""
    joined: list[DateMention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        if first is None or not _range_ends(first, mention, text, offset):
            joined.append(mention)
            continue
        assert first.value is not None and mention.value is not None
        # 2018年5月2日到5月9日: the second end is in the first one's year unless it says
        last = (
            mention.value
            if _YEAR_WORD.search(mention.text)
            else first.value[:4] + mention.value[4:]
        )
        if last < first.value:  # 12月28日至1月3日: the second end is in the next year
            last = str(int(first.value[:4]) + 1) + last[4:]
        shared = next((size for size in (7, 4) if first.value[:size] == last[:size]), 0)
        precision = _SHARED_PRECISION.get(shared)
        span = text[first.start - offset : mention.end - offset]
        value = first.value[:shared] or None
        joined[-1] = DateMention(first.start, mention.end, span, value, precision, mention.kind)
    return joined


_YEAR_WORD = re.compile(r"\d{4}|年")
_WHEN_AFTER = re.compile(r",?\s*when\b|，?(?:时|之际)", re.IGNORECASE)
_SHARED_PRECISION: dict[int, Precision] = {7: "month", 4: "year"}


def _range_ends(first: DateMention, second: DateMention, text: str, offset: int) -> bool:
    """Whether two consecutive dates of day or month precision are joined as a range."""
    return (
        first.precision in ("day", "month")
        and second.precision in ("day", "month")
        and first.value is not None
        and second.value is not None
        and _RANGE_JOIN.fullmatch(text, first.end - offset, second.start - offset) is not None
        # "from May 2 until May 20, when he was deported": the end is the event's day
        and not _WHEN_AFTER.match(text, second.end - offset)
    )


def year_of_a_day_dropped(mentions: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "March 9 this year", "Dec. 4 last year": the year after a day names that day's year (the
    day is moved into it), no date of its own."""
    kept: list[DateMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.precision == "year"
            and previous.precision in ("day", "month")
            and previous.value is not None
            and mention.value is not None
            and not text[previous.end - offset : mention.start - offset].strip()
        ):
            value = mention.value + previous.value[4:]
            if _valid_day(*map(int, (value + "-01")[:10].split("-"))):
                whole = text[previous.start - offset : mention.end - offset]
                kept[-1] = replace(previous, value=value, end=mention.end, text=whole)
            continue
        kept.append(mention)
    return kept
