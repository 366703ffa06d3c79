"""The date resolver's handlers of English forms (``extract.date_handlers`` holds its state
and the Chinese ones)."""

from __future__ import annotations

import datetime as dt
import re

from extract.date_handlers import DateState
from extract.date_reading import _EN_MONTHS, YEARLESS_DAY_FUTURE_DAYS, _group, _Resolved
from extract.numerals import parse_en_number


class EnglishDateHandlers(DateState):
    """One handler per English rule of extract.date_rules."""

    def _en_ana_month(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        return self._anaphoric_month(
            self._lex.maps["en_anaphoric_months"][match.group("am").lower()], None
        )

    def _en_ana_year(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        return self._anaphoric_year(
            self._lex.maps["en_anaphoric_years"][match.group("ay").lower()], None, None
        )

    def _en_date(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """June 23, 2019 / 23 June / March 2017 / in December / in 2017: dateparser's. A day
        without its year may lie up to a month after publication in the same year, as 6月23日
        may: announced returns, and datelines a time zone ahead of the publication date."""
        yearless_day = bool(_group(match, "d")) and not _group(match, "y")
        ahead = YEARLESS_DAY_FUTURE_DAYS if yearless_day else 0
        return self._read(match.group(), "en", "absolute", match, ahead)

    def _en_season(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """last autumn: the year of the latest autumn that ended before publication."""
        if self.published is None:
            return None, "year", "relative"
        ends = self._lex.maps["en_seasons"][match.group("season").lower()]
        year = self.published.year
        if match.group("rel").lower() == "last" and self.published.month <= ends:
            year -= 1
        return self._emit(year, None, None, "relative")

    def _en_month_rel_year(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """May last year: the month, in the year before publication (this year, next year)."""
        month = _EN_MONTHS.index(match.group("mon").lower()[:3]) + 1
        shift = {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]
        return self._shifted_year(shift, month, None)

    def _en_weekday(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        prefix = pre.group("wp").lower() if pre is not None else ""
        if match.group("lw"):
            prefix = "last"
        if prefix == "next":
            return self._read(f"next {match.group('wd')}", "en", "relative")
        weekday = self._lex.maps["en_weekdays"][match.group("wd").lower()]
        if prefix == "last":
            # "last Wednesday" is the Wednesday of the previous calendar week, like 上周三:
            # a reporter writing on Thursday about the day before says "Wednesday".
            if self.published is None:
                return None, "day", "relative"
            monday = self.published - dt.timedelta(days=self.published.weekday())
            return self._from_date(monday - dt.timedelta(days=7 - weekday), "relative")
        return self._weekday_on_or_before(weekday)

    def _en_rel(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """yesterday / last month / (earlier) this year: dateparser's."""
        return self._read(match.group("rw"), "en", "relative")

    def _en_ago(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """12 years ago / three months ago: dateparser's, to the unit the text gave."""
        return self._read(match.group(), "en", "relative")

    def _en_days_later(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        """10 days later, three weeks later: counted from the day named before, as 三天后 is."""
        count = parse_en_number(match.group("n"))
        days = None if count is None else count * (7 if match.group("u").startswith("w") else 1)
        if days is None or not 0 < days <= 60:
            return None, "day", "anaphoric"
        if self._last_full is None and self._last_month is not None:
            return None  # "arrested in January. A week later, …": the month named stands
        return self._anaphoric_days(int(days))

    def _en_ana_day(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        return self._anaphoric_days(self._lex.maps["en_anaphoric_days"][match.group("ad").lower()])
