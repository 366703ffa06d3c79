"""The date resolver's state (the last date it named) and its handlers, one per rule: each
turns a match into a value, a precision and a kind, or None when the match is no date.
``extract.dates.DateResolver`` picks the handler of each match."""

from __future__ import annotations

import datetime as dt
import re

from extract.date_reading import (
    _ANY_BASE,
    YEARLESS_DAY_FUTURE_DAYS,
    Kind,
    Precision,
    _add_months,
    _agrees,
    _cn_int,
    _core,
    _group,
    _int_or_none,
    _iso,
    _Resolved,
    _valid_day,
    read_with_dateparser,
)
from extract.date_rules import DateLexicon


def _years_number(n: str | None) -> int | None:
    """A count of years in digits or Chinese numerals (兩 as 两)."""
    if n is None:
        return None
    return int(n) if n.isdigit() else _cn_int(n.replace("兩", "两"))


class DateState:
    """What a resolver knows while it reads one article: the publication date and the last
    year, month and day it resolved (次日 / 当月 / "the next day" count from them)."""

    published: dt.date | None
    _published_precision: Precision | None
    _lex: DateLexicon
    _dateparser_words: frozenset[str]
    _formats: tuple[str, ...]
    _last_year: int | None
    _latest_year: int | None
    _last_month: int | None
    _last_day: int | None
    _last_full: dt.date | None
    _event_day: dt.date | None  # the last day named that no birth or flight marks (weekdays)

    # ------------------------------------------------------------------ state

    def _remember(self, y: int, m: int | None = None, d: int | None = None) -> None:
        self._latest_year = y
        if m is None:
            # A bare year (2017年经第三国潜入…) is background: 同月 / 次日 still refer to the
            # last month or day named.
            if self._last_year is None:
                self._last_year = y
            return
        if m is not None:
            self._last_month, self._last_day = m, d
            self._last_full = dt.date(y, m, d) if d is not None else None
        self._last_year = y

    def _emit(self, y: int, m: int | None, d: int | None, kind: Kind) -> _Resolved | None:
        """Validate, remember and format one resolved date."""
        if m is not None and not 1 <= m <= 12:
            return None
        if d is not None and m is not None and not _valid_day(y, m, d):
            return None
        self._remember(y, m, d)
        precision: Precision = "year" if m is None else ("month" if d is None else "day")
        return _iso(y, m, d), precision, kind

    def _read(
        self,
        text: str,
        language: str,
        kind: Kind,
        match: re.Match[str] | None = None,
        days_ahead: int = 0,
    ) -> _Resolved | None:
        """Resolve a found span with dateparser, taking the latest reading up to ``days_ahead``
        after publication within its year. A span that names its year (``y``) does not depend
        on the publication date; any other needs it for a value."""
        anchored = match is not None and bool(_group(match, "y"))
        base = _ANY_BASE
        if self.published is not None and not anchored:
            ahead = self.published + dt.timedelta(days=days_ahead)
            base = min(ahead, dt.date(self.published.year, 12, 31))
        formats = self._formats if anchored else ()
        read = read_with_dateparser(text, language, base, kind == "absolute", formats)
        if read is None or (match is not None and not _agrees(match, read[0])):
            return None
        day, precision = read
        if self.published is None and not anchored:
            return None, precision, kind
        if precision == "day":
            return self._from_date(day, kind)
        return self._emit(day.year, None if precision == "year" else day.month, None, kind)

    def _yearless(self, m: int, d: int) -> _Resolved | None:
        """6月23日 (dateparser reads nothing): the publication year, or the previous one when
        that puts the day over a month after publication (announced returns are reported soon
        after the fact; a year review's 1月9日 is that year's, never the next)."""
        if not 1 <= m <= 12 or not _valid_day(2000, m, d):
            return None
        pub = self.published
        if pub is None:
            return None, "day", "absolute"
        y = pub.year
        too_late = pub + dt.timedelta(days=YEARLESS_DAY_FUTURE_DAYS)
        if _valid_day(y, m, d) and dt.date(y, m, d) > too_late:
            y -= 1
        return self._emit(y, m, d, "absolute")

    def _from_date(self, day: dt.date, kind: Kind) -> _Resolved | None:
        if kind == "relative" and self._published_precision != "day":
            # 昨日 / 上周四 against a publication known only to the month: not exact, keep words.
            return None, None, kind
        return self._emit(day.year, day.month, day.day, kind)

    # ------------------------------------------------------------------ Chinese handlers

    def _iso_date(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        return self._read(match.group(), "en", "absolute", match)

    def _zh_full(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """2019年6月23日 / 2021年底: dateparser's; a day written with 号 (23号) is ours."""
        if "号" in match.group() or "號" in match.group():
            return self._absolute(match)
        return self._read(_core(match), "zh", "absolute", match)

    def _absolute(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        y = int(match.group("y"))
        m = _int_or_none(match.group("m"))
        d = _int_or_none(_group(match, "d"))
        return self._emit(y, m, d, "absolute")

    def _cn_absolute(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        groups = match.groupdict()
        m = _cn_int(groups.get("cm"))
        d = _cn_int(groups.get("cd"))
        if groups.get("cy"):
            y = _cn_int(groups["cy"])
            return None if y is None else self._emit(y, m, d, "absolute")
        if groups.get("rel"):
            return self._with_relative_year(groups["rel"], m, d)
        return None if m is None or d is None else self._yearless(m, d)

    def _zh_month(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        m = int(match.group("m"))
        d = _int_or_none(match.group("d"))
        if pre is not None:
            return self._with_relative_year(pre.group("rel"), m, d)
        if d is not None:
            return self._yearless(m, d)
        return self._read(_core(match), "zh", "absolute", match)  # 6月, 10月下旬

    def _zh_cn_month(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """五月，…: read as 5月 is."""
        return self._read(f"{_cn_int(match.group('cm'))}月", "zh", "absolute")

    def _with_relative_year(self, word: str, m: int | None, d: int | None) -> _Resolved | None:
        return self._shifted_year(self._lex.maps["zh_relative_years"][word], m, d)

    def _shifted_year(self, shift: int, m: int | None, d: int | None) -> _Resolved | None:
        """去年3月, "May last year": a month or day of the year ``shift`` from publication."""
        if self.published is None:
            precision: Precision = "year" if m is None else ("month" if d is None else "day")
            return None, precision, "relative"
        return self._emit(self.published.year + shift, m, d, "relative")

    def _zh_rel_year(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        # 去年底 / 今年年末 is that year's December; 今年年初 stays the year.
        word = match.group("rel")
        if match.group("ysuf") in self._lex.lists["zh_year_end_suffixes"]:
            return self._with_relative_year(word, 12, None)
        if word in self._dateparser_words:
            return self._read(word, "zh", "relative")
        return self._with_relative_year(word, None, None)

    def _zh_festival(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """春节前夕 and the like: the festival of the publication year, known to the year."""
        if self.published is None:
            return None, "year", "relative"
        return self._emit(self.published.year, None, None, "relative")

    def _zh_day(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """A day alone (冉德明10日被引渡): a later day of the month just named, else the
        publication month, or the month before when the day is later than the publication day."""
        d = int(match.group("d"))
        last = self._last_full
        if last is not None and last.day < d and _valid_day(last.year, last.month, d):
            # 9月27日，…同意回国。28日，…抵达上海: the story moves on within the month it named
            return self._emit(last.year, last.month, d, "relative")
        pub = self.published
        if pub is None or self._published_precision != "day" or not 1 <= d <= 31:
            return None, "day", "relative"
        y, m = (pub.year, pub.month) if d <= pub.day else _add_months(pub.year, pub.month, -1)
        if not _valid_day(y, m, d):
            return None
        return self._emit(y, m, d, "relative")

    def _zh_rel_day(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        word = match.group("rd")
        if word in self._dateparser_words:
            return self._read(word, "zh", "relative")
        return self._relative_days(self._lex.maps["zh_relative_days"][word])

    def _zh_today(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """甘智海今被引渡: the day of publication."""
        return self._relative_days(0)

    def _zh_days_ago(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """就在10天以前, 三天前: that many days before publication; 10天前 is dateparser's."""
        n = match.group("n")
        if n.isdigit() and match.group().endswith(f"{n}天前"):
            return self._read(match.group(), "zh", "relative")
        days = int(n) if n.isdigit() else _cn_int(n)
        if days is None or not 0 < days <= 60:
            return None, "day", "relative"
        return self._relative_days(-days)

    def _years_ago_today(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """兩年前的今天, 去年的今天: the day of publication, that many years before (28 February
        for a 29th); "two years ago today" and "… to the day" are dateparser's."""
        if match.group().isascii():
            words = re.sub(r"(?i)to the day|on this day", "today", match.group())
            return self._read(words, "en", "relative")
        lead = _group(match, "ly")
        n = match.group("n")
        years = {"去": 1, "前": 2}[lead] if lead else _years_number(n)
        if self.published is None or years is None or not 0 < years <= 50:
            return None, "day", "relative"
        year, day = self.published.year - years, self.published.day
        if not _valid_day(year, self.published.month, day):
            day -= 1
        return self._from_date(dt.date(year, self.published.month, day), "relative")

    def _relative_days(self, delta: int) -> _Resolved | None:
        if self.published is None:
            return None, "day", "relative"
        return self._from_date(self.published + dt.timedelta(days=delta), "relative")

    def _zh_rel_month(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        d = _int_or_none(match.group("d")) or _cn_int(match.group("cd"))
        word = match.group("rm")
        if d is None and word in self._dateparser_words:
            return self._read(word, "zh", "relative")
        return self._relative_month(self._lex.maps["zh_relative_months"][word], d)

    def _relative_month(self, delta: int, d: int | None = None) -> _Resolved | None:
        if self.published is None:
            return None, ("month" if d is None else "day"), "relative"
        y, m = _add_months(self.published.year, self.published.month, delta)
        return self._emit(y, m, d, "relative")

    def _zh_week(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        weekday = self._lex.maps["zh_weekdays"][match.group("wd")]
        if pre is None:
            return self._weekday_on_or_before(weekday)
        prefix = pre.group("wp")
        if self.published is None:
            return None, "day", "relative"
        monday = self.published - dt.timedelta(days=self.published.weekday())
        week = self._lex.maps["zh_week_prefixes"][prefix]
        return self._from_date(monday + dt.timedelta(days=7 * week + weekday), "relative")

    def _weekday_on_or_before(self, weekday: int, strictly: bool = False) -> _Resolved | None:
        if self.published is None:
            last = self._last_full if self._last_full == self._event_day else None
            if last is not None and last.weekday() == weekday and not strictly:
                return self._emit(last.year, last.month, last.day, "anaphoric")
            return None, "day", "relative"
        back = (self.published.weekday() - weekday) % 7
        if strictly and back == 0:
            back = 7
        return self._from_date(self.published - dt.timedelta(days=back), "relative")

    def _zh_ana_day(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        return self._anaphoric_days(self._lex.maps["zh_anaphoric_days"][match.group("ad")])

    def _anaphoric_days(self, delta: int) -> _Resolved | None:
        if self._last_full is None:
            return None, "day", "anaphoric"
        return self._from_date(self._last_full + dt.timedelta(days=delta), "anaphoric")

    def _zh_ana_month(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        day = _int_or_none(match.group("d")) or _cn_int(match.group("cd"))  # 同月15日, 同月十五日
        return self._anaphoric_month(self._lex.maps["zh_anaphoric_months"][match.group("am")], day)

    def _anaphoric_month(self, delta: int, d: int | None) -> _Resolved | None:
        """次月, "the following month": counted from the month named before."""
        if self._last_year is None or self._last_month is None:
            return None, ("month" if d is None else "day"), "anaphoric"
        y, m = _add_months(self._last_year, self._last_month, delta)
        kept_day, kept_full = self._last_day, self._last_full
        resolved = self._emit(y, m, d, "anaphoric")
        if delta == 0 and d is None:  # 当月 names the same month: the day named before still holds
            self._last_day, self._last_full = kept_day, kept_full
        return resolved

    def _zh_ana_year(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        delta = self._lex.maps["zh_anaphoric_years"][match.group("ay")]
        return self._anaphoric_year(
            delta, _int_or_none(match.group("m")), _int_or_none(match.group("d"))
        )

    def _anaphoric_year(self, delta: int, m: int | None, d: int | None) -> _Resolved | None:
        """次年, "the following year": from the year named before (a year alone from the latest
        one, a bare year too: "In 2016 … . A year earlier, …" is 2015)."""
        base = self._latest_year if m is None else self._last_year
        if base is None:
            precision: Precision = "year" if m is None else ("month" if d is None else "day")
            return None, precision, "anaphoric"
        return self._emit(base + delta, m, d, "anaphoric")
