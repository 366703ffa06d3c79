"""Choosing a person's return date among the dates of their event sentences.

The date nearest before the trigger in Chinese, the first after it in English; never a date of
saying ("said on Monday", 昨日表示), of fleeing (2015年4月外逃) or "ago"; then the scene of
arrival that features open on, then the sentences just before the event.
"""

from __future__ import annotations

import re

from extract.binding import people_in
from extract.date_candidates import candidate_dates
from extract.date_ranges import in_year
from extract.dates import DateMention
from extract.events import Event, Trigger
from extract.people import Cast
from extract.prepared import Note, Prepared, after_dateline
from extract.record import CaseRecord
from extract.return_date_context import (
    SEMICOLON_END,
    arrival_date,
    arrival_within,
    date_before,
    nominal_removal_date,
    sentences_before,
    told_later,
)
from extract.text import Sentence

_EN_REPORTED = re.compile(r"\b(?:said|says|announced|reported|told|according to)\b", re.I)


def fill_return_date(
    prep: Prepared,
    cast: Cast,
    key: str,
    record: CaseRecord,
    events: list[Event],
    method: str,
    note: Note,
) -> None:
    if method == "prosecuted_abroad":
        return
    moved = _movement_date(prep, events)
    if moved is not None:
        _set_date(record, prep, moved, note)
        return
    first = (
        _respective_date(prep, cast, key, events[0])
        or _event_date(prep, events[0])
        or _shared_lead_date(prep, cast, events[0])
    )
    if first is None:
        # "Jin came back … on Oct. 12, he gave himself up": a later event's own date comes
        # before one borrowed from the sentences around the first
        first = next((d for e in events[1:] if (d := _dated(_event_date(prep, e)))), None)
    if first is None and not told_later(prep, events[0].sentence):
        # the scene of arrival may open the story after a headline that tells the return
        arrivals = (arrival_date(prep, cast, key, e.sentence) for e in events)
        first = next((d for d in arrivals if d), None) or date_before(
            prep, cast, key, events[0].sentence
        )
    mention = _dated(first)
    for event in events[1:]:
        mention = mention or _dated(_event_date(prep, event))
    mention = _finer_later(prep, events, mention)
    mention = arrival_within(prep, cast, key, events, mention)
    # 近日从泰国被引渡回中国 … 今年7月将她引渡回国: a vague word stands only if nothing dates it
    mention = mention or first or nominal_removal_date(prep, cast, key)
    if mention is not None:
        _set_date(record, prep, mention, note)


# what brings a person home, as opposed to an arrest abroad (抓捕归案, "arrested in Laos")
_MOVEMENT = re.compile(
    r"回国|回到|返回|遣返|遣送|引渡|押解|押送|押回|带回|接回|入境|回内地|移交|交接|交由|交给"
    r"|back|return|repatriat|deport|extradit|handed over|handed (?:him|her|them) over",
    re.IGNORECASE,
)


def _moves_home(prep: Prepared, event: Event) -> bool:
    """Whether one of the event's triggers brings the person home (not only an arrest)."""
    return any(_MOVEMENT.search(prep.norm, t.start, t.end) for t in event.triggers)


def _movement_date(prep: Prepared, events: list[Event]) -> DateMention | None:
    """1月13日…印尼警方将邓某抓捕归案。1月15日，邓某被押解回国: when the person's first
    event tells only of the arrest abroad, a later dated event that brings them home dates
    the return, as it does a surrender at an embassy abroad. Not after a surrender or a
    persuasion told with no place abroad, which tells the return itself ("came back and
    turned himself in on Nov. 12, 2016")."""
    if _moves_home(prep, events[0]) or _surrendered_home(prep, events[0]):
        return None
    for event in events[1:]:
        if _moves_home(prep, event):
            mention = _dated(_event_date(prep, event))
            if mention is not None:
                return mention
    return None


# a surrender told with the coming back it followed ("turned himself in … after returning from
# the United States"), not one at an embassy or a consulate abroad (在中国驻柬埔寨使馆投案自首)
_CAME_BACK = re.compile(
    r"\b(?:return(?:ed|ing)?|c(?:a|o)me back|coming back|arrived|arriving|landed|flew)\b"
    r"|回国|归国|抵达|落地",
    re.I,
)
# (or one only agreed to: 经劝返，X同意回国投案。3月8日，X被押解回国)
_ABROAD_OR_ONLY_AGREED = re.compile(
    r"embassy|consulate|使馆|领馆|同意|答应|愿意|\bagreed\b|\bdecided\b|\bpromised\b", re.I
)


def _surrendered_home(prep: Prepared, event: Event) -> bool:
    """Whether the person's first event is a surrender or persuasion told as done at home:
    a later handover or flight of theirs then dates nothing of the return."""
    span = (event.sentence.start, event.sentence.end)
    return (
        event.method in ("surrendered", "persuaded")
        and (not event.abroad or bool(_CAME_BACK.search(prep.norm, *span)))
        and not _ABROAD_OR_ONLY_AGREED.search(prep.norm, *span)
    )


def _finer_later(
    prep: Prepared, events: list[Event], mention: DateMention | None
) -> DateMention | None:
    """A month or a year gives way to the day that another of the person's movements home
    gives within or after it: "In April, police captured Guo and he was repatriated", and the
    lead: "… was repatriated on Thursday"."""
    if mention is None or mention.precision == "day" or mention.value is None:
        return mention
    coarse: str = mention.value
    for event in events:
        if not _moves_home(prep, event):
            continue
        other = _event_date(prep, event)
        if other is not None and other.value is None and len(coarse) == 4:
            other = in_year(other, coarse)  # 2021年，X遭强制遣返。…11月14日，X被强制遣返回国
        if other is not None and other.precision == "day" and (other.value or "") >= coarse:
            return other
        # 2019年5月，…于5月8日…回国投案 (not English: "in May …, charged on May 20" is another)
        refine = len(coarse) == 7 and prep.language == "zh"
        for day in candidate_dates(prep, event.sentence) if refine else []:
            if day.start > mention.start and (day.value or "").startswith(coarse + "-"):
                return day if day.precision == "day" else mention
    return mention


def _dated(mention: DateMention | None) -> DateMention | None:
    return mention if mention is not None and mention.value is not None else None


def _set_date(record: CaseRecord, prep: Prepared, mention: DateMention, note: Note) -> None:
    record.return_date = mention.value
    record.return_date_text = prep.text[mention.start : mention.end]
    note("return_date", mention.start, mention.end)


def _event_date(prep: Prepared, event: Event) -> DateMention | None:
    trigger = event.trigger_for(event.method, prep.names)
    when = [
        d
        for d in prep.dates.get(event.sentence.index, [])
        if _WHEN_AFTER.fullmatch(prep.norm, d.end, trigger.start)
    ]
    if when:
        return when[-1]  # "lived in Singapore up to May 2015, when he was repatriated"
    dates = candidate_dates(prep, event.sentence)
    if not dates:
        return None
    if prep.language != "zh":
        clause = _BEFORE_CLAUSE.search(prep.norm, max(0, trigger.start - 30), trigger.start)
        if clause:
            return _before_clause_date(prep, event, trigger, dates, clause.start())
        # "…to turn himself in, the body said on Thursday, as China mapped out … in 2017": past
        # the reporting verb the sentence tells of something else, unless it tells of the
        # movement again ("…," Abenov said, adding that he was handed over on May 30)
        dates = [d for d in dates if d.start < trigger.end or _same_story(prep, trigger.end, d)]
        # after the trigger, and past its end when it spans the arrest as well ("arrested in
        # Vietnam last month and brought back … on Thursday")
        after = [d for d in dates if d.start >= trigger.end] or [
            d for d in dates if d.start >= trigger.start
        ]
        if after:
            return after[0]
    before = [d for d in dates if d.start < trigger.end]
    if before and _LATER_AFTER_ARREST.search(prep.norm, before[-1].end, trigger.start):
        return None  # 2002年12月，X在美国落网，之后被遣返回国: the date is the arrest's
    if before and _told_later(prep, before[-1].end, trigger.start):
        return None  # "In 2009 he was found guilty and jailed …, until he was repatriated"
    return before[-1] if before else (dates[0] if dates else None)


def _before_clause_date(
    prep: Prepared, event: Event, trigger: Trigger, dates: list[DateMention], clause: int
) -> DateMention | None:
    """ "charged Qi before he came back, … handed him over on Jan. 12": the clause's own date
    ("… before he came back to surrender on March 22"), else one told before it ("On Jan 3,
    hours before he returned, …"), never the next clause's."""
    stop = _CLAUSE_END.search(prep.norm, trigger.end, event.sentence.end)
    end = stop.start() if stop else event.sentence.end
    own = [d for d in dates if trigger.start <= d.start < end]
    earlier = [d for d in dates if d.start < clause]
    return own[0] if own else (earlier[-1] if earlier else None)


# a return told in a clause of time ("before he came back, police handed him over on …"): the
# dates of the clauses after it are the main clause's event's (_before_clause_date)
_BEFORE_CLAUSE = re.compile(r"\bbefore (?:he|she|they|[A-Z]\w+) (?:had )?$")
_CLAUSE_END = re.compile(r"[,;]")
# a date the return's clause of time refers back to ("… up to May 2015, when he was repatriated")
_WHEN_AFTER = re.compile(
    r",? when (?:he|she|they|(?-i:[A-Z])\w+) (?:was|were|had been|has been) (?:\w+ ){0,2}",
    re.IGNORECASE,
)
# another event told between an English date and the return: the date is that event's
_ANOTHER_EVENT_EN = re.compile(
    r"\b(?:found guilty|convicted|sentenced|jailed|imprisoned|granted asylum)\b",
    re.IGNORECASE,
)
_LATER_EN = re.compile(
    r"\b(?:until|later|then|subsequently|eventually|afterwards|served|serving|before|after)\b", re.I
)


def _told_later(prep: Prepared, start: int, end: int) -> bool:
    """Whether a conviction or a prison term is told between an English date and the return,
    and the return as coming later ("… jailed for 25 years …, until he was repatriated"); one
    date before both verbs ("In March 2015 she was convicted … and deported") dates both."""
    event = _ANOTHER_EVENT_EN.search(prep.norm, start, end)
    return event is not None and bool(_LATER_EN.search(prep.norm, event.end(), end))


# an arrest abroad, then the return told as coming later (之后, 后来, 此后)
_LATER_AFTER_ARREST = re.compile(
    r"(?:落网|被捕|抓获|拘捕|逮捕|被抓)[^。；]{0,12}?(?:之后|后来|此后|其后|数月后|多年后)"
)


def _same_story(prep: Prepared, start: int, date: DateMention) -> bool:
    """Whether a date after a trigger still dates it: no reporting verb between them, or the
    person's movement home told again right before the date past the last one."""
    said = [*_EN_REPORTED.finditer(prep.norm, start, date.start)]
    return not said or bool(_RETOLD.search(prep.norm[said[-1].end() : date.start]))


# "…," the official said, adding that he was handed over on May 30: the same person's handover
# told again, the date right after it
_RETOLD = re.compile(
    r"\b(?:he|she|they)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:handed"
    r" over|sent back|returned|extradited|deported|repatriated|flown back|brought back|escorted"
    r" back)\b[^.;,]{0,20}$",
    re.IGNORECASE,
)


def _shared_lead_date(prep: Prepared, cast: Cast, event: Event) -> DateMention | None:
    """2016年，杨某某从美国回国投案、王丁从西班牙被引渡回国: the date that opens a sentence
    before anyone is named holds for every person's part of it, not only the first's."""
    whole = prep.sentences[event.sentence.index]
    if event.sentence.start == whole.start:
        # the part is the whole sentence, or the first person's: already searched, unless the
        # sentence goes on a list that a semicolon split off
        return _semicolon_lead_date(prep, cast, whole)
    people = people_in(prep, cast, whole)
    if not people:
        return None
    lead = [d for d in candidate_dates(prep, whole) if d.start < people[0][0]]
    return lead[-1] if lead else None


def _semicolon_lead_date(prep: Prepared, cast: Cast, part: Sentence) -> DateMention | None:
    """2020年，鄂某…被遣返回国；外逃23年的屠某回国投案: the date that opens the first clause of
    a sentence that semicolons split holds for the clauses after it, as it holds for the
    persons of its own clause, when the date stands first and no one is named before it."""
    first = None
    for earlier in reversed(sentences_before(prep, part)):
        if earlier.paragraph != part.paragraph or not SEMICOLON_END.search(
            prep.norm, earlier.start, earlier.end
        ):
            break
        first = earlier
    if first is None:
        return None
    opening = after_dateline(prep, first)
    people = people_in(prep, cast, first)
    lead = [
        d
        for d in candidate_dates(prep, first)
        if d.start <= opening + 1 and (not people or d.end <= people[0][0])
    ]
    return lead[0] if lead and _LEAD_COMMA.match(prep.norm, lead[0].end) else None


# the date is the clause's adverbial: a comma right after it (2020年，…), not 2020年3月出逃
_LEAD_COMMA = re.compile(r"\s*[，,]")


# 分别, "respectively", and 先后 (one after the other): as many dates as people, in their order
RESPECTIVELY = re.compile(r"分别|先后|respectively", re.IGNORECASE)


def _respective_date(prep: Prepared, cast: Cast, key: str, event: Event) -> DateMention | None:
    """A分别于3月3日和3月7日… / "on June 3 and June 5 respectively": as many dates as people,
    in the same order, so each person takes theirs."""
    sentence = event.sentence
    if not RESPECTIVELY.search(prep.norm, sentence.start, sentence.end):
        return None
    people = [person for _, person in people_in(prep, cast, sentence, relatives=True)]
    dates = candidate_dates(prep, sentence)
    if key in people and len(people) > 1 and len(dates) == len(people):
        return dates[people.index(key)]
    return None
