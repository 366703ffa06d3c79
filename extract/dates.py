"""Find date expressions in announcement text and resolve them against the publication date.

Finding is ours: small precompiled regexes over a digit-normalised copy of the text (same
length, so evidence offsets stay valid), with the date words as data in
``extract/lexicon/dates.json``. Durations (外逃15年, "for 12 years") are never years here: a
year needs four digits before 年 or an English preposition/month before it.

Resolving is dateparser's wherever it reads a form right: English dates ("June 23, 2019",
"in March", "last month", "12 years ago"), ISO dates, 2019年6月23日 / 2019年6月 / 2019年 and
the few Chinese relative words it knows (昨天, 去年, 上个月). It gets only the span the finder
found, never the sentence (its ``search_dates`` returns garbage spans on news text), with the
publication date as its relative base and past dates preferred; results are cached per span
and base because it is slow. Our own code resolves only the forms it gets wrong, which
tests/test_dates.py lists and checks against the installed dateparser: yearless days
(6月23日, "on the 15th"), 今年3月, Chinese numerals, 号 as the day unit, 昨日 / 上月 and the
other words it does not know, weeks counted from Monday (上周四, "last Wednesday"), a weekday
meaning the publication day itself, 去年底, festivals, and the anaphors (次日, "the next
day"), which refer to the last date this resolver named.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from dateparser.date import DateDataParser

from extract.lexicon import LexiconError
from extract.numerals import EN_NUMBER_PATTERN, parse_number, to_ascii_digits

Precision = Literal["day", "month", "year"]
Kind = Literal["absolute", "relative", "anaphoric", "vague"]

__all__ = [
    "DateLexicon",
    "DateMention",
    "DateResolver",
    "LexiconError",
    "load_date_lexicon",
    "read_with_dateparser",
]

# Read through importlib.resources so it also works from a zipped egg (scrapyd deploys one).
LEXICON_PATH: Path | Traversable = resources.files("extract.lexicon").joinpath("dates.json")

#: A yearless day this far after publication belongs to the previous year (12月28日 in January).
YEARLESS_DAY_FUTURE_DAYS = 31


@dataclass(frozen=True)
class DateMention:
    """One date expression: its span in the text and, when exact, its ISO partial value."""

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision | None
    kind: Kind


# --------------------------------------------------------------------------- lexicon

_INT_MAPS: dict[str, tuple[int, int]] = {
    "en_weekdays": (0, 6),
    "en_anaphoric_days": (-7, 7),
    "zh_weekdays": (0, 6),
    "zh_week_prefixes": (-2, 2),
    "zh_relative_days": (-7, 7),
    "zh_relative_months": (-12, 12),
    "zh_relative_years": (-10, 10),
    "zh_anaphoric_days": (-7, 7),
    "zh_anaphoric_months": (-12, 12),
    "zh_anaphoric_years": (-10, 10),
}
_STR_LISTS = (
    "en_months",
    "en_relative",
    "en_relative_modifiers",
    "zh_read_by_dateparser",
    "dateparser_formats",
    "en_day_parts",
    "en_month_modifiers",
    "en_prepositions",
    "en_vague",
    "zh_week_words",
    "zh_vague",
    "zh_year_suffixes",
    "zh_month_suffixes",
    "zh_year_end_suffixes",
    "zh_festivals",
    "campaign_prefixes",
)


@dataclass(frozen=True)
class DateLexicon:
    """Validated contents of dates.json (integer maps and word lists, keyed as in the file)."""

    maps: dict[str, dict[str, int]]
    lists: dict[str, tuple[str, ...]]


def load_date_lexicon(path: Path | Traversable = LEXICON_PATH) -> DateLexicon:
    """Read and validate the date lexicon; raise LexiconError naming the file on bad data."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read date lexicon: {exc}") from exc
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: top level must be a JSON object")
    maps = {key: _checked_map(path, raw, key, lo, hi) for key, (lo, hi) in _INT_MAPS.items()}
    lists = {key: _checked_list(path, raw, key) for key in _STR_LISTS}
    return DateLexicon(maps=maps, lists=lists)


def _checked_map(
    path: Path | Traversable, raw: dict[str, Any], key: str, lo: int, hi: int
) -> dict[str, int]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        raise LexiconError(f"{path}: key {key!r} must be a non-empty object of word -> integer")
    for word, number in value.items():
        if not word.strip():
            raise LexiconError(f"{path}: key {key!r} has an empty word")
        if isinstance(number, bool) or not isinstance(number, int) or not lo <= number <= hi:
            raise LexiconError(
                f"{path}: key {key!r}, word {word!r}: {number!r} is not an integer in [{lo}, {hi}]"
            )
    return dict(value)


def _checked_list(path: Path | Traversable, raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{path}: key {key!r} must be a non-empty list of strings")
    for word in value:
        if not isinstance(word, str) or not word.strip():
            raise LexiconError(f"{path}: key {key!r} contains {word!r}, not a non-empty string")
    return tuple(value)


# --------------------------------------------------------------------------- patterns


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so 上个月 wins over 上月 and September over Sept."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cased(words: Iterable[str]) -> list[str]:
    """English names as printed in news: Capitalised or UPPER (datelines)."""
    return [form for w in words for form in (w.capitalize(), w.upper())]


_CN_YEAR = r"(?P<cy>[〇○零Ｏ一二三四五六七八九]{4})年"
_CN_MONTH = r"(?P<cm>十[一二]?|[一二三四五六七八九])月"
_CN_DAY = r"(?P<cd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]"
_DAY = r"\s*(?P<d>\d{1,2})\s*[日号號]"
_ISO = r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"


@dataclass(frozen=True)
class _Rule:
    """One date pattern. Cheap guards keep the finder fast: a rule only runs when one of its
    trigger words occurs in the text, and context before the match (a preposition, 今年, 上)
    is checked by ``prefix`` on a short window instead of at every position of the text."""

    name: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...] = ()
    lower_triggers: bool = False
    prefix: re.Pattern[str] | None = None
    prefix_required: bool = False
    not_after: str = ""
    trigger_chars: frozenset[str] = frozenset()  # first characters of CJK triggers

    def may_match(self, text: str, lower: str, chars: frozenset[str]) -> bool:
        """Cheap necessary condition: one of the trigger words occurs in the text."""
        if not self.triggers:
            return True
        if self.trigger_chars:
            if chars.isdisjoint(self.trigger_chars):
                return False
            if len(self.triggers) > 1 and len(self.trigger_chars) == len(self.triggers):
                return True  # single-character triggers: the set test was exact
        haystack = lower if self.lower_triggers else text
        return any(t in haystack for t in self.triggers)


def _rule(name: str, src: str, triggers: Iterable[str] = (), **options: Any) -> _Rule:
    words = tuple(triggers)
    cjk = bool(words) and all(not w.isascii() for w in words)
    first = frozenset(w[0] for w in words) if cjk else frozenset()
    return _Rule(name, re.compile(src), words, trigger_chars=first, **options)


def _zh_rules(lex: DateLexicon) -> list[_Rule]:
    m, li = lex.maps, lex.lists
    ysuf = rf"(?P<ysuf>{_alt(li['zh_year_suffixes'])})"
    msuf = rf"(?P<msuf>{_alt(li['zh_month_suffixes'])})"
    rel_year = rf"(?P<rel>{_alt(m['zh_relative_years'])})"
    weekday = rf"(?P<wd>{_alt(m['zh_weekdays'])})"
    digits = "0123456789.,"
    return [
        _rule(
            "zh_full",
            rf"(?P<y>1[89]\d{{2}}|20\d{{2}})\s*年"
            rf"(?:\s*(?P<m>\d{{1,2}})\s*月(?:{_DAY}|{msuf})?|{ysuf})?",
            "年",
            not_after=digits,
        ),
        _rule("zh_cn_full", rf"{_CN_YEAR}(?:{_CN_MONTH}(?:{_CN_DAY}|{msuf})?|{ysuf})?", "年"),
        _rule(
            "zh_cn_month_day",
            rf"{_CN_MONTH}{_CN_DAY}",
            "月",
            not_after="〇零一二三四五六七八九十年",
        ),
        _rule("zh_cn_rel_month", rf"{rel_year}{_CN_MONTH}(?:{_CN_DAY}|{msuf})?", "月"),
        _rule(
            "zh_month",
            rf"(?P<m>\d{{1,2}})\s*月(?:{_DAY}|{msuf})?",
            "月",
            prefix=re.compile(rf"{rel_year}\s*$"),
            not_after=digits,
        ),
        _rule("zh_rel_year", rf"{rel_year}{ysuf}?", "年"),
        _rule("zh_rel_day", rf"(?P<rd>{_alt(m['zh_relative_days'])})", m["zh_relative_days"]),
        _rule(
            "zh_rel_month",
            rf"(?P<rm>{_alt(m['zh_relative_months'])})(?:{_DAY}|{_CN_DAY}|{msuf})?",
            "月",
        ),
        _rule(
            "zh_week",
            rf"(?:{_alt(li['zh_week_words'])}){weekday}",
            li["zh_week_words"],
            prefix=re.compile(rf"(?P<wp>{_alt(m['zh_week_prefixes'])})$"),
            not_after="每",
        ),
        _rule("zh_ana_day", rf"(?P<ad>{_alt(m['zh_anaphoric_days'])})", m["zh_anaphoric_days"]),
        _rule("zh_ana_month", rf"(?P<am>{_alt(m['zh_anaphoric_months'])})(?:{_DAY}|{msuf})?", "月"),
        _rule(
            "zh_ana_year",
            rf"(?P<ay>{_alt(m['zh_anaphoric_years'])})(?:\s*(?P<m>\d{{1,2}})\s*月(?:{_DAY})?)?",
            "年",
        ),
        _rule("zh_festival", rf"(?:{_alt(li['zh_festivals'])})", li["zh_festivals"]),
        _rule(
            "zh_day",
            # not 2号嫌犯 / 10号红通人员 / 3号线: a number in a list, not a day of the month
            r"(?<![\d月.第])(?P<d>\d{1,2})\s*[日号號]"
            r"(?!内|內|起|以来|以來|至今|前|后|後|嫌|犯|红|紅|人|通|令|线|線|楼|樓|文件)",
            ("日", "号", "號"),
            not_after=digits + "月",
        ),
        _rule("zh_vague", rf"(?:{_alt(li['zh_vague'])})", li["zh_vague"]),
    ]


def _en_rules(lex: DateLexicon) -> list[_Rule]:
    m, li = lex.maps, lex.lists
    full_names = [w for w in li["en_months"] if len(w) > 4 or w in ("may", "june", "july")]
    months, full_months = _cased(li["en_months"]), _cased(full_names)
    month_any = rf"(?P<mon>{_alt(months)})\.?"
    month_full = rf"(?P<mon>{_alt(full_months)})\b"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>(?:19|20)\d{2})(?![\d,])"
    mod = rf"(?P<mod>{_alt(li['en_month_modifiers'])})[\s-]+"
    prep = rf"\b(?i:{_alt(li['en_prepositions'])})\s+"
    weekdays = _cased(m["en_weekdays"])
    part = rf"(?:\s+(?:{_alt(li['en_day_parts'])})\b)?"
    rel_words = li["en_relative"]
    rel_mod = rf"(?:(?i:{_alt(li['en_relative_modifiers'])})\s+)?"
    return [
        _rule("en_mdy", rf"\b{month_any}\s+{day}(?:,\s*|\s+){year}", months),
        _rule("en_dmy", rf"\b{day}\s+(?:of\s+)?{month_any},?\s+{year}", months),
        _rule("en_md", rf"\b{month_any}\s+{day}\b(?![\d:])", months),
        _rule("en_dm", rf"\b{day}\s+(?:of\s+)?{month_full}", full_months),
        _rule(
            "en_my",
            rf"\b{month_any},?\s+{year}",
            months,
            prefix=re.compile(rf"(?P<keep>{mod})$"),
        ),
        _rule(
            "en_month",
            rf"\b{month_full}",
            full_months,
            prefix=re.compile(rf"{prep}(?:the\s+)?(?P<keep>{mod})?$"),
            prefix_required=True,
        ),
        _rule(
            "en_year",
            rf"\b{year}(?!\s*(?:-|to)\s*\d)",
            prefix=re.compile(rf"{prep}(?:the\s+(?:year\s+)?)?(?P<keep>{mod})?$"),
            prefix_required=True,
        ),
        _rule(
            "en_weekday",
            rf"\b(?P<wd>{_alt(weekdays)})\b{part}",
            weekdays,
            prefix=re.compile(r"(?P<keep>(?P<wp>[Ll]ast|[Nn]ext|[Tt]his)\s+)$"),
        ),
        _rule(
            "en_rel",
            rf"\b{rel_mod}(?P<rw>(?i:{_alt(rel_words)}))\b",
            rel_words,
            lower_triggers=True,
        ),
        _rule(  # "on the 15th": a day alone, read as 15日 is
            "en_day",
            r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|day|anniversary))",
            ["the"],
            prefix=re.compile(r"\b(?i:on)\s+$"),
            prefix_required=True,
        ),
        _rule(
            "en_ago",
            rf"\b(?P<n>(?i:{EN_NUMBER_PATTERN}))\s+(?P<u>year|month|week|day)s?\s+ago\b",
            ["ago"],
        ),
        _rule(
            "en_ana_day",
            rf"\b(?P<ad>(?i:{_alt(m['en_anaphoric_days'])}))\b",
            ["day"],
            lower_triggers=True,
        ),
        _rule("en_vague", rf"\b(?i:{_alt(li['en_vague'])})\b", li["en_vague"], lower_triggers=True),
    ]


@dataclass(frozen=True)
class _Compiled:
    lexicon: DateLexicon
    zh: list[_Rule]
    en: list[_Rule]
    iso: _Rule
    campaign: re.Pattern[str]


_COMPILED: dict[str, _Compiled] = {}


def _compiled(path: Path | Traversable = LEXICON_PATH) -> _Compiled:
    """The compiled rules of a date lexicon, built once per lexicon file."""
    key = str(path)
    if key not in _COMPILED:
        _COMPILED[key] = _compile(load_date_lexicon(path))
    return _COMPILED[key]


def _compile(lex: DateLexicon) -> _Compiled:
    campaign = re.compile(rf"(?:{_alt(lex.lists['campaign_prefixes'])})[\s“”\"「」『』‘’']*$")
    iso = _rule("iso", _ISO, "-/.")
    return _Compiled(lex, _zh_rules(lex), _en_rules(lex), iso, campaign)


_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_LATIN = re.compile(r"[A-Za-z]")


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


class DateResolver:
    """Finds date expressions sentence by sentence, in document order, for one article.

    State (the last year/month/day it resolved) carries across ``find`` calls so that 次日 /
    当月 / "the next day" refer to the date just named, as a reader would take them.
    """

    def __init__(
        self, published: str | None, lexicon_path: Path | Traversable = LEXICON_PATH
    ) -> None:
        self.published, self._published_precision = _parse_published(published)
        self._rules = _compiled(lexicon_path)
        self._lex = self._rules.lexicon
        self._dateparser_words = frozenset(self._lex.lists["zh_read_by_dateparser"])
        self._formats = self._lex.lists["dateparser_formats"]
        self._last_year: int | None = None
        self._last_month: int | None = None
        self._last_day: int | None = None
        # The last exact day named: 次日 / 翌日 count from it. A bare year (二〇一九年起匿居本澳)
        # does not replace it, a month alone does (a day after "5月" is unknown).
        self._last_full: dt.date | None = None
        self._handlers: dict[str, _Handler] = {
            "iso": self._iso_date,
            "zh_full": self._zh_full,
            "zh_cn_full": self._cn_absolute,
            "zh_cn_month_day": self._cn_absolute,
            "zh_cn_rel_month": self._cn_absolute,
            "zh_month": self._zh_month,
            "zh_rel_year": self._zh_rel_year,
            "zh_rel_day": self._zh_rel_day,
            "zh_rel_month": self._zh_rel_month,
            "zh_week": self._zh_week,
            "zh_ana_day": self._zh_ana_day,
            "zh_ana_month": self._zh_ana_month,
            "zh_ana_year": self._zh_ana_year,
            "zh_vague": self._vague,
            "zh_festival": self._zh_festival,
            "zh_day": self._zh_day,
            **dict.fromkeys(
                ("en_mdy", "en_dmy", "en_md", "en_dm", "en_my", "en_month", "en_year"),
                self._en_date,
            ),
            "en_weekday": self._en_weekday,
            "en_rel": self._en_rel,
            "en_day": self._zh_day,
            "en_ago": self._en_ago,
            "en_ana_day": self._en_ana_day,
            "en_vague": self._vague,
        }

    # ------------------------------------------------------------------ public

    def find(self, text: str, offset: int = 0) -> list[DateMention]:
        """Every date expression in ``text`` (spans shifted by ``offset``), in text order."""
        norm = to_ascii_digits(text)
        mentions = []
        for c in self._candidates(norm):
            resolved = self._handlers[c.rule.name](c.match, c.pre)
            if resolved is None:
                continue
            value, precision, kind = resolved
            mentions.append(
                DateMention(
                    offset + c.start, offset + c.end, text[c.start : c.end], value, precision, kind
                )
            )
        return mentions

    # ------------------------------------------------------------------ matching

    def _candidates(self, norm: str) -> list[_Candidate]:
        """All rule matches, then the leftmost-longest non-overlapping ones (earlier rule wins)."""
        rules = [self._rules.iso]
        if _HAS_CJK.search(norm):
            rules += self._rules.zh
        if _HAS_LATIN.search(norm):
            rules += self._rules.en
        lower = norm.lower()
        chars = frozenset(norm)
        found = []
        for priority, rule in enumerate(rules):
            if not rule.may_match(norm, lower, chars):
                continue
            for match in rule.regex.finditer(norm):
                candidate = self._placed(norm, rule, match)
                if candidate is not None:
                    found.append((candidate.start, -candidate.end, priority, candidate))
        found.sort(key=lambda c: (c[0], c[1], c[2]))
        chosen: list[_Candidate] = []
        for *_, candidate in found:
            if not chosen or candidate.start >= chosen[-1].end:
                chosen.append(candidate)
        return chosen

    def _placed(self, norm: str, rule: _Rule, match: re.Match[str]) -> _Candidate | None:
        """Apply the rule's context checks and return the mention's final span."""
        start, end = _strip_span(norm, *match.span())
        pre = None
        if rule.prefix is not None:
            pre = rule.prefix.search(norm, max(0, start - 30), start)
            if pre is None and rule.prefix_required:
                return None
            if pre is not None:
                keep = pre.start("keep") if "keep" in rule.prefix.groupindex else pre.start()
                start = keep if keep >= 0 else start
        if start > 0 and norm[start - 1] in rule.not_after:
            return None
        if end <= start or self._is_campaign(norm, start):
            return None
        return _Candidate(rule, match, pre, start, end)

    def _is_campaign(self, norm: str, start: int) -> bool:
        """天网2019 / "Fox Hunt 2017": campaign names, not dates."""
        return bool(self._rules.campaign.search(norm, max(0, start - 12), start))

    # ------------------------------------------------------------------ state

    def _remember(self, y: int, m: int | None = None, d: int | None = None) -> None:
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
        """2019年6月23日 / 2019年6月 / 2021年底: dateparser reads the date without its suffix,
        but not a day written with 号 (2019年6月23号), which is ours."""
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

    def _with_relative_year(self, word: str, m: int | None, d: int | None) -> _Resolved | None:
        if self.published is None:
            precision: Precision = "year" if m is None else ("month" if d is None else "day")
            return None, precision, "relative"
        y = self.published.year + self._lex.maps["zh_relative_years"][word]
        return self._emit(y, m, d, "relative")

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
        d = _int_or_none(match.group("d"))
        if self._last_year is None or self._last_month is None:
            return None, ("month" if d is None else "day"), "anaphoric"
        delta = self._lex.maps["zh_anaphoric_months"][match.group("am")]
        y, m = _add_months(self._last_year, self._last_month, delta)
        kept_day, kept_full = self._last_day, self._last_full
        resolved = self._emit(y, m, d, "anaphoric")
        if delta == 0 and d is None:  # 当月 names the same month: the day named before still holds
            self._last_day, self._last_full = kept_day, kept_full
        return resolved

    def _zh_ana_year(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        m = _int_or_none(match.group("m"))
        d = _int_or_none(match.group("d"))
        if self._last_year is None:
            precision: Precision = "year" if m is None else ("month" if d is None else "day")
            return None, precision, "anaphoric"
        y = self._last_year + self._lex.maps["zh_anaphoric_years"][match.group("ay")]
        return self._emit(y, m, d, "anaphoric")

    def _vague(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        return None, None, "vague"

    # ------------------------------------------------------------------ English handlers

    def _en_date(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        """June 23, 2019 / 23 June / March 2017 / in December / in 2017: dateparser's. A day
        without its year may lie up to a month after publication in the same year, as 6月23日
        may: announced returns, and datelines a time zone ahead of the publication date."""
        yearless_day = bool(_group(match, "d")) and not _group(match, "y")
        ahead = YEARLESS_DAY_FUTURE_DAYS if yearless_day else 0
        return self._read(match.group(), "en", "absolute", match, ahead)

    def _en_weekday(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        prefix = pre.group("wp").lower() if pre is not None else ""
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

    def _en_ana_day(
        self, match: re.Match[str], pre: re.Match[str] | None = None
    ) -> _Resolved | None:
        return self._anaphoric_days(self._lex.maps["en_anaphoric_days"][match.group("ad").lower()])


# --------------------------------------------------------------------------- helpers


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Regexes allow spaces inside (2019 年 6 月); never start or end a span on one."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _int_or_none(s: str | None) -> int | None:
    return int(s) if s else None


def _cn_int(s: str | None) -> int | None:
    if not s:
        return None
    value = parse_number(s)
    return None if value is None else int(value)
