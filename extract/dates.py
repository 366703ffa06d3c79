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

import datetime as dt
import re
from importlib.resources.abc import Traversable
from pathlib import Path

from extract.date_handlers_en import EnglishDateHandlers
from extract.date_ranges import (
    DateMention,
    english_day_ranges,
    ranges_joined,
    year_of_a_day_dropped,
)
from extract.date_reading import (
    _EN_MONTHS,
    _Candidate,
    _group,
    _Handler,
    _parse_published,
    _Resolved,
    _strip_span,
    _valid_day,
    read_with_dateparser,
)
from extract.date_rules import (
    _HAS_CJK,
    _HAS_LATIN,
    LEXICON_PATH,
    DateLexicon,
    _Compiled,
    _compiled,
    _Rule,
    load_date_lexicon,
)
from extract.lexicon import LexiconError
from extract.numerals import to_ascii_digits
from extract.prefilter import WordFinder
from extract.quotations import closes_campaign_name, quotes_a_code_name
from extract.words import is_common_word

__all__ = [
    "LEXICON_PATH",
    "DateLexicon",
    "DateMention",
    "DateResolver",
    "LexiconError",
    "load_date_lexicon",
    "read_with_dateparser",
]


_CODE_NAME_YEAR = re.compile(r"[“「\"][\u4e00-\u9fff]{2,6}(20\d\d)(?=[”」\"])")


# The method that reads each rule's matches, by the rule's name: a table of names rather than
# a dict of bound methods built in every resolver (one is made per document and per date text).
_HANDLERS: dict[str, str] = {
    "iso": "_iso_date",
    "zh_full": "_zh_full",
    "zh_cn_full": "_cn_absolute",
    "zh_cn_month_day": "_cn_absolute",
    "zh_cn_rel_month": "_cn_absolute",
    "zh_cn_month": "_zh_cn_month",
    "zh_month": "_zh_month",
    "zh_rel_year": "_zh_rel_year",
    "zh_rel_day": "_zh_rel_day",
    "zh_rel_month": "_zh_rel_month",
    "zh_week": "_zh_week",
    "zh_ana_day": "_zh_ana_day",
    "zh_ana_month": "_zh_ana_month",
    "zh_ana_year": "_zh_ana_year",
    "zh_vague": "_vague",
    "zh_festival": "_zh_festival",
    "zh_day": "_zh_day",
    **dict.fromkeys(
        ("en_mdy", "en_dmy", "en_md", "en_dm", "en_my", "en_month", "en_year"), "_en_date"
    ),
    "en_month_rel_year": "_en_month_rel_year",
    "en_weekday": "_en_weekday",
    "en_rel": "_en_rel",
    "en_day": "_zh_day",
    "en_ago": "_en_ago",
    "zh_days_ago": "_zh_days_ago",
    "zh_years_ago_today": "_years_ago_today",
    "en_years_ago_today": "_years_ago_today",
    "zh_today": "_zh_today",
    "en_ana_day": "_en_ana_day",
    "en_ana_month": "_en_ana_month",
    "en_days_later": "_en_days_later",
    "en_season": "_en_season",
    "en_ana_year": "_en_ana_year",
    "en_vague": "_vague",
}


# the words of the background (a flight, a case filed, a birth, a post taken)
_BACKGROUND_ZH = "外逃|出逃|潜逃|出境|逃往|逃到|立案|出生|任职"
_BACKGROUND_EN = "born|fled|left|escaped|fleeing"
# what follows a date of the background, and what stands before it
_BACKGROUND_AFTER = re.compile(rf"[^。；\d]{{0,16}}?(?:{_BACKGROUND_ZH})")
_BACKGROUND_BEFORE = re.compile(rf"\b(?:{_BACKGROUND_EN})\b[^.;]{{0,24}}$", re.I)
# a sentence of the background: those words, or a warrant or red notice, a listing, a span "since"
_BACKGROUND_SENTENCE = re.compile(
    rf"{_BACKGROUND_ZH}|生于|通缉|红通|红色通缉|列入|以来"
    rf"|\b(?:{_BACKGROUND_EN}|flee|red notice|warrant|wanted|indicted|charged|since)\b",
    re.IGNORECASE,
)
# … and one of the story: an arrest, a detention, a removal or a return
_STORY_SENTENCE = re.compile(
    r"抓获|抓捕|缉捕|拘留|羁押|扣押|逮捕|查获|遣返|遣送|引渡|劝返|投案|回国|归案|落网|押解|移交"
    r"|\b(?:arrest|detain|rounded up|round up|seiz|caught|captur|deport|extradit|repatriat"
    r"|handed|sent back|expel|abduct|flown|return|persuad|surrender)",
    re.IGNORECASE,
)
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}年")


class _RuleGate:
    """The rules that may match a text, with their priorities: those with no trigger word, and
    those one of whose trigger words occurs (``_Rule.may_match``), the words found in one scan
    of the text and one of its lowered copy (extract.prefilter's prefix tree) instead of a
    substring search per word and rule; the rules a set of words selects are remembered."""

    def __init__(self, compiled: _Compiled) -> None:
        self.rules = (compiled.iso, compiled.zh, compiled.en)
        every = [compiled.iso, *compiled.zh, *compiled.en]
        plain = WordFinder(t for r in every if not r.lower_triggers for t in r.triggers)
        lower = WordFinder(t for r in every if r.lower_triggers for t in r.triggers)
        self.finders = (plain, lower)
        self._masks = {
            id(r): (0, 0) if "" in r.triggers else (plain.mask(r.triggers), lower.mask(r.triggers))
            for r in every
        }
        self._selected: dict[tuple[bool, bool, int, int], list[tuple[int, _Rule]]] = {}

    def rules_for(self, norm: str) -> list[tuple[int, _Rule]]:
        iso, zh, en = self.rules
        cjk, latin = bool(_HAS_CJK.search(norm)), bool(_HAS_LATIN.search(norm))
        plain, lower = self.finders
        lowered = norm.lower()
        key = (
            cjk,
            latin,
            plain.present(norm, 0, len(norm)),
            lower.present(lowered, 0, len(lowered)),
        )
        selected = self._selected.get(key)
        if selected is None:
            rules = [iso, *(zh if cjk else ()), *(en if latin else ())]
            selected = [(p, r) for p, r in enumerate(rules) if self._may_match(r, key)]
            if len(self._selected) >= 4096:  # a hostile text could make many sets
                self._selected.clear()
            self._selected[key] = selected
        return selected

    def _may_match(self, rule: _Rule, key: tuple[bool, bool, int, int]) -> bool:
        plain, lower = self._masks[id(rule)]
        if not rule.triggers or "" in rule.triggers:  # "" is in every text
            return True
        return bool(plain & key[2] or lower & key[3])


_GATES: dict[int, _RuleGate] = {}


def _gate(compiled: _Compiled) -> _RuleGate:
    """The gate of a lexicon's rules (they are compiled once per lexicon and kept)."""
    gate = _GATES.get(id(compiled))
    if gate is None:
        gate = _GATES[id(compiled)] = _RuleGate(compiled)
    return gate


class DateResolver(EnglishDateHandlers):
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
        self._dateparser_words = self._rules.dateparser_words
        self._formats = self._lex.lists["dateparser_formats"]
        self._last_year: int | None = None
        self._latest_year: int | None = None  # the last year named, a bare one too
        self._last_month: int | None = None
        self._last_day: int | None = None
        # The last exact day named: 次日 / 翌日 count from it. A bare year (二〇一九年起匿居本澳)
        # does not replace it, a month alone does (a day after "5月" is unknown).
        self._last_full: dt.date | None = None
        self._event_day: dt.date | None = None
        # The year and month last named in the sentence being read and in the one before it
        self._recent: tuple[int, int | None] | None = None
        self._before: tuple[int, int | None] | None = None
        # the year of the one campaign an undated page runs under (天网2019): its yearless days
        self.campaign_year: int | None = None
        # a month written out with its year in this sentence and the one before, outside the
        # background (see _month_just_named)
        self._story_now: tuple[int, int] | None = None
        self._story_before: tuple[int, int] | None = None

    # ------------------------------------------------------------------ public

    def read_campaign_year(self, norm: str) -> None:
        """An undated page that names one campaign year (按照“天网2019”的部署, the campaign
        names of dates.json ``campaign_prefixes``) tells its yearless days in that year."""
        if self.published is not None:
            return
        prefixes = [p for p in self._lex.lists["campaign_prefixes"] if not p.isascii()]
        pattern = rf"(?:{'|'.join(map(re.escape, prefixes))})(?:行动)?[“”\"]?(20\d\d)"
        years = set(re.findall(pattern, norm))
        # “清网2019”专项行动: any quoted code name of a campaign that ends on its year
        years |= {
            m.group(1)
            for m in _CODE_NAME_YEAR.finditer(norm)
            if closes_campaign_name(norm, m.end(1))
        }
        self.campaign_year = int(years.pop()) if len(years) == 1 else None

    def new_sentence(self) -> None:
        """The reader moves to the next sentence: what the one before named stays at hand."""
        self._before, self._recent = self._recent, None
        self._story_before, self._story_now = self._story_now, None

    def _note_story_month(self, norm: str, c: _Candidate, resolved: _Resolved) -> None:
        """Keep a month written out with its year (2017年7月, "July 2017") in a sentence that
        tells no background (extract.dates ``_BACKGROUND_SENTENCE``)."""
        value, precision = resolved[0], resolved[1]
        if (
            value is None
            or precision not in ("month", "day")
            or not _WRITTEN_YEAR.search(norm, c.start, c.end)
        ):
            return
        if _STORY_SENTENCE.search(norm) and not _BACKGROUND_SENTENCE.search(norm):
            self._story_now = (int(value[:4]), int(value[5:7]))

    def _remember(self, y: int, m: int | None = None, d: int | None = None) -> None:
        super()._remember(y, m, d)
        self._recent = (y, m)

    def _month_just_named(self, m: int, d: int) -> int | None:
        """The year of the same month written out in this sentence or the one before, on a dated
        page ("In July 2017, police rounded up … . He was put on a flight on July 9"; 2017年7月，
        …。7月9日，…): a yearless day of that month is in that year, not the publication's. Not
        from a sentence of the background (a birth, a flight, a red notice, a case filed): the
        profile's 1965年5月出生 dates no return told "5月3日" after it."""
        named = self._story_now or self._story_before
        if self.published is None or named is None or named[1] != m:
            return None
        year = named[0]
        return year if year < self.published.year and _valid_day(year, m, d) else None

    def _vague(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        return None, None, "vague"

    def _en_date(self, match: re.Match[str], pre: re.Match[str] | None = None) -> _Resolved | None:
        year = None
        if _group(match, "d") and not _group(match, "y") and _group(match, "mon"):
            month = _EN_MONTHS.index(match.group("mon").lower()[:3]) + 1
            year = self._month_just_named(month, int(match.group("d")))
        if year is None:
            return super()._en_date(match, pre)
        return self._emit(year, month, int(match.group("d")), "absolute")

    def _yearless(self, m: int, d: int) -> _Resolved | None:
        """On a page with no publication date, a yearless day is in the year the same or the
        previous sentence named last, when it comes later in that year (2021年春节前夕，…。
        2月19日，…回国投案); never a year that dates a flight, a filing or a birth."""
        year = self._month_just_named(m, d)
        if year is not None:
            return self._emit(year, m, d, "absolute")
        named = self._recent or self._before
        if named is None and self.campaign_year is not None:
            named = (self.campaign_year, None)
        if self.published is None and named is not None and 1 <= m <= 12:
            year, month = named
            if (month is None or month <= m) and _valid_day(year, m, d):
                return self._emit(year, m, d, "absolute")
        return super()._yearless(m, d)

    def find(self, text: str, offset: int = 0) -> list[DateMention]:
        """Every date expression in ``text`` (spans shifted by ``offset``), in text order."""
        norm = to_ascii_digits(text)
        mentions = []
        for c in self._candidates(norm):
            handler: _Handler = getattr(self, _HANDLERS[c.rule.name])
            recent = self._recent
            resolved = handler(c.match, c.pre)
            if self.published is None:
                self._undated_context(norm, c, recent, resolved)
            if resolved is None:
                continue
            self._note_story_month(norm, c, resolved)
            value, precision, kind = resolved
            mentions.append(
                DateMention(
                    offset + c.start, offset + c.end, text[c.start : c.end], value, precision, kind
                )
            )
        joined = ranges_joined(year_of_a_day_dropped(mentions, text, offset), text, offset)
        return english_day_ranges(joined, text, offset)

    def _undated_context(
        self, norm: str, c: _Candidate, recent: tuple[int, int | None] | None, resolved: object
    ) -> None:
        """On an undated page, what a date's context says of it: a flight's or a birth's date
        (2014年5月外逃美国, "born on March 5") dates no later day and is no day "on Wednesday"
        may name."""
        background = bool(
            _BACKGROUND_AFTER.match(norm, c.end)
            or _BACKGROUND_BEFORE.search(norm, max(0, c.start - 40), c.start)
        )
        if background:
            self._recent = recent
        elif isinstance(resolved, tuple) and resolved[1] == "day":
            self._event_day = self._last_full

    # ------------------------------------------------------------------ matching

    def _candidates(self, norm: str) -> list[_Candidate]:
        """All rule matches, then the leftmost-longest non-overlapping ones (earlier rule wins)."""
        found = []
        for priority, rule in _gate(self._rules).rules_for(norm):
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
        if (
            rule.name == "zh_ana_day"
            and norm[start] in "同当"
            and is_common_word(norm[start - 1 : start + 1])
        ):
            return None  # 大同天河机场, 担当天: 同/当 ends the word before, no day begins there
        if end <= start or self._is_campaign(norm, start, end):
            return None
        return _Candidate(rule, match, pre, start, end)

    def _is_campaign(self, norm: str, start: int, end: int) -> bool:
        """天网2019 / "Fox Hunt 2017" / “云战4号”专项行动: campaign names, not dates."""
        if self._rules.campaign.search(norm, max(0, start - 12), start):
            return True
        return closes_campaign_name(norm, end) or quotes_a_code_name(norm, start, end)
