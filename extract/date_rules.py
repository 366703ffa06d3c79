"""The date finder's patterns: the date words of ``extract/lexicon/dates.json`` compiled into
small regexes, each with the cheap trigger test that lets most sentences skip it.

``extract.dates`` runs them over a sentence and resolves what they find.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from extract.lexicon import LexiconError
from extract.numerals import EN_NUMBER_PATTERN

# Read through importlib.resources so it also works from a zipped egg (scrapyd deploys one).
LEXICON_PATH: Path | Traversable = resources.files("extract.lexicon").joinpath("dates.json")


_INT_MAPS: dict[str, tuple[int, int]] = {
    "en_weekdays": (0, 6),
    "en_anaphoric_days": (-7, 7),
    "en_anaphoric_months": (-12, 12),
    "en_anaphoric_years": (-10, 10),
    "en_seasons": (1, 12),
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
    "zh_weekday_goes_on",
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
    trigger words occurs in the text (``lower_triggers``: in the text lowered; none: always),
    which ``extract.dates`` checks for all rules in one scan, and context before the match (a
    preposition, 今年, 上) is checked by ``prefix`` on a short window instead of at every
    position of the text."""

    name: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...] = ()
    lower_triggers: bool = False
    prefix: re.Pattern[str] | None = None
    prefix_required: bool = False
    not_after: str = ""


def _rule(name: str, src: str, triggers: Iterable[str] = (), **options: Any) -> _Rule:
    return _Rule(name, re.compile(src), tuple(triggers), **options)


_DIGITS = "0123456789.,"
_CN_FEW = "[一二两三四五六七八九十]{1,3}"


def _zh_parts(lex: DateLexicon) -> tuple[str, str, str]:
    """The year suffix, month suffix and relative year patterns the Chinese rules share."""
    m, li = lex.maps, lex.lists
    ysuf = rf"(?P<ysuf>{_alt(li['zh_year_suffixes'])})"
    msuf = rf"(?P<msuf>{_alt(li['zh_month_suffixes'])})"
    return ysuf, msuf, rf"(?P<rel>{_alt(m['zh_relative_years'])})"


def _zh_rules(lex: DateLexicon) -> list[_Rule]:
    """Dates that name their year or month, then the relative and anaphoric words."""
    ysuf, msuf, rel_year = _zh_parts(lex)
    digits = _DIGITS
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
        # 今年三月…；五月，…: a month alone opening a clause
        _rule("zh_cn_month", rf"(?<![^\n，。；：、]){_CN_MONTH}(?:{msuf})?(?=[，,])", "月"),
        _rule(
            "zh_month",
            rf"(?P<m>\d{{1,2}})\s*月(?:{_DAY}|{msuf})?",
            "月",
            prefix=re.compile(rf"{rel_year}\s*$"),
            not_after=digits,
        ),
        *_zh_relative_rules(lex),
    ]


def _zh_relative_rules(lex: DateLexicon) -> list[_Rule]:
    m, li = lex.maps, lex.lists
    ysuf, msuf, rel_year = _zh_parts(lex)
    weekday = rf"(?P<wd>{_alt(m['zh_weekdays'])})"
    digits = _DIGITS
    return [
        _rule("zh_rel_year", rf"{rel_year}{ysuf}?", "年"),
        # (?!前): 蒯德明日前 is the name 蒯德明 and 日前, not 明日 "tomorrow"
        _rule("zh_rel_day", rf"(?P<rd>{_alt(m['zh_relative_days'])})(?!前)", m["zh_relative_days"]),
        # 甘智海今被引渡: 今 alone before the verb of a report is the day of publication
        _rule("zh_today", r"(?<![至如现迄古当于而])今(?=被|已|从|自|由|在|抵|返|回|遭|获)", "今"),
        # 兩年前的今天 / 去年的今天: the day of publication that many years before
        _rule(
            "zh_years_ago_today",
            r"(?:(?P<n>\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s*周?年(?:以|之)?前|(?P<ly>去|前)年)"
            r"的?(?:今天|今日|同一天|这一天|這一天)",
            ("今天", "今日", "同一天", "这一天", "這一天"),
        ),
        # 就在10天以前 / 三天前: days before publication
        _rule("zh_days_ago", rf"(?<![\d第])(?P<n>\d{{1,2}}|{_CN_FEW})\s*天(?:以|之)?前", "天"),
        _rule(
            "zh_rel_month",
            rf"(?P<rm>{_alt(m['zh_relative_months'])})(?:{_DAY}|{_CN_DAY}|{msuf})?",
            "月",
        ),
        _rule(
            "zh_week",
            # 周天明 is a name: after 周 a weekday goes on only as zh_weekday_goes_on says
            rf"(?:{_alt(li['zh_week_words'])}){weekday}(?:(?<=星期.)|(?<=礼拜.)|(?<=禮拜.)"
            rf"|(?!(?![{''.join(li['zh_weekday_goes_on'])}])[\u4e00-\u9fff]))",
            li["zh_week_words"],
            prefix=re.compile(rf"(?P<wp>{_alt(m['zh_week_prefixes'])})$"),
            not_after="每",
        ),
        _rule("zh_ana_day", rf"(?P<ad>{_alt(m['zh_anaphoric_days'])})", m["zh_anaphoric_days"]),
        _rule(
            "zh_ana_month",
            rf"(?P<am>{_alt(m['zh_anaphoric_months'])})(?:{_DAY}|{_CN_DAY}|{msuf})?",
            "月",
        ),
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


_LATER = r"(?:later|after that|afterwards)\b(?!\s+than\b)"  # not "three weeks later than planned"
_EN_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d|,\d)"  # not 2,018,000


def _en_rules(lex: DateLexicon) -> list[_Rule]:
    """Dates with a month or a year, then weekdays and the relative and anaphoric words."""
    li = lex.lists
    full_names = [w for w in li["en_months"] if len(w) > 4 or w in ("may", "june", "july")]
    months, full_months = _cased(li["en_months"]), _cased(full_names)
    month_any = rf"(?P<mon>{_alt(months)})\.?"
    month_full = rf"(?P<mon>{_alt(full_months)})\b"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = _EN_YEAR
    mod = rf"(?P<mod>{_alt(li['en_month_modifiers'])})[\s-]+"
    prep = rf"\b(?i:{_alt(li['en_prepositions'])})\s+"
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
        # May last year, March this year: the month of the year before or of publication
        _rule(
            "en_month_rel_year",
            rf"\b{month_full}\s+(?:of\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b",
            full_months,
        ),
        _rule(
            "en_month",
            rf"\b{month_full}",
            full_months,
            # in (early) September; last September (the latest September before publication)
            prefix=re.compile(
                rf"(?:{prep}(?:the\s+)?|\b(?=[Ll]ast\s+$))(?P<keep>{mod}|[Ll]ast\s+)?$"
            ),
            prefix_required=True,
        ),
        _rule(
            "en_year",
            rf"\b{year}(?!\s*(?:-|to)\s*\d)",
            prefix=re.compile(rf"{prep}(?:the\s+(?:year\s+)?)?(?P<keep>{mod})?$"),
            prefix_required=True,
        ),
        *_en_relative_rules(lex),
    ]


def _en_relative_rules(lex: DateLexicon) -> list[_Rule]:
    m, li = lex.maps, lex.lists
    weekdays = _cased(m["en_weekdays"])
    part = rf"(?:\s+(?:{_alt(li['en_day_parts'])})\b)?"
    rel_words = li["en_relative"]
    rel_mod = rf"(?:(?i:{_alt(li['en_relative_modifiers'])})\s+)?"
    return [
        _rule(
            "en_weekday",
            # "on Friday last week": the weekday of the previous calendar week, as "last Friday"
            rf"\b(?P<wd>{_alt(weekdays)})\b{part}(?P<lw>,?\s+last week\b)?",
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
            "en_years_ago_today",
            rf"\b(?P<n>(?i:{EN_NUMBER_PATTERN}))\s+years?\s+ago\s+(?i:today|to the day|on this day)\b"
            r"(?!\s+(?:after|since|before|that|when)\b)",
            ["ago"],
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
        *_en_anaphoric_rules(lex),
        _rule("en_vague", rf"\b(?i:{_alt(li['en_vague'])})\b", li["en_vague"], lower_triggers=True),
    ]


def _en_anaphoric_rules(lex: DateLexicon) -> list[_Rule]:
    """Seasons ("last autumn": the year of the latest one ended before publication; winter,
    spanning two years, is left out) and dates counted from the one named before ("10 days
    later", "the following month", "that year")."""
    m, lower = lex.maps, {"lower_triggers": True}
    season = rf"\b(?P<rel>(?i:last|this))\s+(?P<season>(?i:{_alt(m['en_seasons'])}))\b"
    later = rf"\b(?P<n>(?i:{EN_NUMBER_PATTERN}))\s+(?P<u>days?|weeks?)\s+{_LATER}"
    months = rf"\b(?P<am>(?i:{_alt(m['en_anaphoric_months'])}))\b"
    years = rf"\b(?P<ay>(?i:{_alt(m['en_anaphoric_years'])}))\b"
    return [
        _rule("en_season", season, list(m["en_seasons"]), **lower),
        _rule("en_days_later", later, ["later", "after that", "afterwards"], **lower),
        _rule("en_ana_month", months, ["month"], **lower),
        _rule("en_ana_year", years, ["year"], **lower),
    ]


@dataclass(frozen=True)
class _Compiled:
    lexicon: DateLexicon
    zh: list[_Rule]
    en: list[_Rule]
    iso: _Rule
    campaign: re.Pattern[str]
    dateparser_words: frozenset[str]  # zh_read_by_dateparser, as a set once per lexicon


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
    words = frozenset(lex.lists["zh_read_by_dateparser"])
    return _Compiled(lex, _zh_rules(lex), _en_rules(lex), iso, campaign, words)


_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_LATIN = re.compile(r"[A-Za-z]")
