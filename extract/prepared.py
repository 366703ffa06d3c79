"""A document made ready for matching: the normalised copy, its sentences and their dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from extract.dates import DateMention, DateResolver
from extract.document import Document
from extract.events import has_trigger, may_report_a_return
from extract.statements import statement_sentences
from extract.text import Sentence, detect_language, normalise, split_sentences, unwrapped

Span = tuple[int, int]
Note = Callable[[str, int, int], None]


@dataclass
class Prepared:
    """A document ready for matching; ``norm`` has the offsets of ``text``."""

    doc: Document
    text: str
    norm: str
    language: str
    sentences: list[Sentence]
    excluded: set[int]
    dates: dict[int, list[DateMention]]
    # where the cast's people are named: a method's wording is weighed without them
    names: list[Span] = field(default_factory=list)

    @cached_property
    def title_norm(self) -> str:
        """The title's matching copy, made once for the document (the cast and every record
        read it)."""
        return normalise(self.doc.title or "")

    @cached_property
    def sentence_at(self) -> dict[int, Sentence]:
        """Each sentence by its start, made once for the document (every record's spans are
        looked up in it, field by field)."""
        return {s.start: s for s in self.sentences}


def prepare(doc: Document) -> Prepared | None:
    """Normalise and split the document; None when no trigger occurs anywhere in it."""
    text = doc.text
    if not may_report_a_return(text):
        return None
    language = detect_language(f"{doc.title or ''}\n{text}")
    lang = "zh" if language == "zh" else "en"
    norm = unwrapped(normalise(text), lang)
    if not has_trigger(norm, lang):
        return None
    sentences = split_sentences(norm, lang)
    excluded = statement_sentences(norm, sentences, lang)
    return Prepared(doc, text, norm, language, sentences, excluded, {})


def resolve_dates(prep: Prepared, last: int) -> None:
    """Date mentions of the sentences up to ``last``, in order (anaphors such as 次日 refer
    back, so later sentences never matter and are skipped)."""
    resolver = DateResolver(prep.doc.published)
    resolver.read_campaign_year(prep.norm)
    prep.dates = {}
    label = ""
    for sentence in prep.sentences[: last + 1]:
        resolver.new_sentence()
        text = prep.norm[sentence.start : sentence.end]
        found = resolver.find(text, sentence.start)
        prep.dates[sentence.index] = found
        dated = _date_line(text, found)
        if dated is not None and _DATE_LABEL.search(label):
            # a labelled date (注册时间 / Joined under a forum post) is something else's: it
            # dates nothing after it
            resolver.new_sentence()
        elif dated is not None and prep.doc.published is None:
            # a digest's item under its own date line ("March 28, 2016" / "• … on Sunday"):
            # its relative dates count from that day, as the page's count from its own
            resolver = DateResolver(dated)
        label = text
    if prep.doc.published is None:
        _year_from_the_same_day(prep.dates)


def _year_from_the_same_day(dates: dict[int, list[DateMention]]) -> None:
    """An undated page's day named without its year ("on March 28, after …") takes the year
    the page gives that same day elsewhere ("on March 28, 2007, the Russian Federation …"; zh
    2007年3月28日 and 3月28日): one day, written twice."""
    full = {
        m.text.strip(): m
        for found in dates.values()
        for m in found
        if m.precision == "day" and m.value and _YEAR_IN.search(m.text)
    }
    for found in dates.values():
        for n, mention in enumerate(found):
            bare = mention.text.strip()
            if (
                mention.value is not None
                or not _MONTH_AND_DAY.search(bare)
                or _YEAR_IN.search(bare)
            ):
                continue
            same = next(
                (m for t, m in full.items() if t.startswith(bare) or t.endswith(bare)), None
            )
            if same is not None:
                found[n] = replace(mention, value=same.value, precision=same.precision)


_YEAR_IN = re.compile(r"(?:19|20)\d{2}")
# a month and a day both written (March 28, 28 March, 3月28日), not a day or a weekday alone
_MONTH_AND_DAY = re.compile(
    r"\d{1,2}月\d{1,2}日|[A-Za-z]{3,}\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,}"
)


_DATE_LABEL = re.compile(r"(?:时间|日期|[Dd]ate|[Rr]egistered|[Jj]oined)\s*[:：]?\s*$")


def _date_line(text: str, found: list[DateMention]) -> str | None:
    """The day a line that holds nothing but one full date names."""
    if len(found) != 1 or found[0].precision != "day" or found[0].value is None:
        return None
    return found[0].value if found[0].text.strip() == text.strip(" \t\n　.。") else None


# A news dateline or source tag opening a sentence: 【文匯報訊】, （中央社記者…電）,
# "BEIJING, May 23 (Xinhua) --". Not part of the evidence, and its date is not an event's.
_DATELINE = re.compile(
    r"(?:【[^】]{1,20}】|\[[^\]]{1,20}\]|[（(][^）)]{1,30}电[）)]|〔[^〕]{1,20}〕"
    # 新华社广州7月11日电 without brackets
    r"|[\u4e00-\u9fff]{2,16}?\d{1,2}月\d{1,2}日(?:电|讯)\s*"
    r"|[A-Z][A-Za-z/ .,]{1,40}(?:\d{1,2} )?\([A-Za-z ]+\) ?\.?(?:--|—|–|-)\s*|——|—|-\s"
    # "Beijing, Nov 16: ": a city and a day before a colon
    r"|[A-Z][A-Za-z]{2,}(?: [A-Z][A-Za-z]+)?, (?-i:[A-Z][a-z]{2,8})\.? \d{1,2}(?:, \d{4})? ?[:：] "
    # "BEIJING – ", "HONG KONG — ": a wire's city in capitals and a dash
    r"|[A-Z]{2,}(?:[ ,][A-Z]{2,}){0,3},? ?(?:--|—|–|-) "
    # "BEIJING, (Pakistan Point News - 11th Aug, 2023 ) :": the source and its date in brackets
    r"|[A-Z]{3,}[A-Za-z .,]{0,30}\([^()]{1,60}\)\s*(?:[:：]|--|—|–|\.?-)\s*"
    # a page's date label left before the first sentence: "date 2025-08-24", 发布时间：2019-05-08
    r"|\s*(?:[Dd]ate[ds]?|[Pp]ublished|[Uu]pdated|[Pp]osted|发布(?:时间|日期)|时间|日期)\s*[:：]?\s*"
    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)"
)


# "Abuja, Nigeria – August 24, 2025 — The …": a city and its country, the day with its year,
# between dashes, opening a release and its first sentence (further down, or before a verb,
# "Liu Jun, Kenya – March 2, 2019 – extradited to Beijing" is an item of a list)
_RELEASE_DATELINE = re.compile(
    r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,? (?:--|—|–|-) "
    r"(?-i:[A-Z][a-z]{2,8})\.? \d{1,2},? \d{4} ?(?:--|—|–|-) (?=[A-Z])"
)
_RELEASE_OPENING = 2  # sentences: a headline may stand before the dateline


def after_dateline(prep: Prepared, sentence: Sentence) -> int:
    """Where the sentence's own words start, past any dateline and spaces."""
    match = _DATELINE.match(prep.text, sentence.start, sentence.end)
    if match is None and sentence.index < _RELEASE_OPENING:
        match = _RELEASE_DATELINE.match(prep.text, sentence.start, sentence.end)
    start = match.end() if match else sentence.start
    while start < sentence.end and prep.text[start].isspace():
        start += 1
    return start


def evidence_span(prep: Prepared, sentence: Sentence) -> Span:
    """A sentence as evidence: its own words, past any dateline."""
    return after_dateline(prep, sentence), sentence.end


def is_heading(prep: Prepared, sentence: Sentence, longest: int = 30) -> bool:
    """A (sub)heading (红色通缉令犯人受劝返内地): a short line alone in its paragraph, with no
    closing stop. It announces what follows, not what came before, and in looser words."""
    text = prep.norm[sentence.start : sentence.end].strip()
    position = sentence.index  # sentences are numbered in order from 0 (extract.text)
    neighbours = prep.sentences[max(0, position - 1) : position + 2]
    alone = all(s.paragraph != sentence.paragraph for s in neighbours if s.index != sentence.index)
    return alone and 0 < len(text) <= longest and text[-1] not in "。！？!?.；;"


_HEADLINE_LONGEST = 160  # a page's headline may run longer than a subheading (30)


def is_title(prep: Prepared, sentence: Sentence) -> bool:
    """A line alone in its paragraph with no closing stop, as long as a page's headline may be
    ("Economic fugitive extradited to China from Greece")."""
    return is_heading(prep, sentence, _HEADLINE_LONGEST)
