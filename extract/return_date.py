"""Choosing a person's return date among the dates of their event sentences.

The date nearest before the trigger in Chinese, the first after it in English; never a date of
saying ("said on Monday", 昨日表示), of fleeing (2015年4月外逃) or "ago"; then the scene of
arrival that features open on, then the sentences just before the event.
"""

from __future__ import annotations

import re

from extract.binding import people_in
from extract.dates import DateMention
from extract.events import Event, trigger_section
from extract.people import Cast, is_count
from extract.prepared import Note, Prepared, after_dateline
from extract.record import CaseRecord
from extract.text import Sentence

_NOT_RETURN_DATE_AFTER = re.compile(
    r"\s*(?:上午|下午|晚上|晚间|凌晨|早上|中午|傍晚)?"
    r"(?:表示|称|说|透露|介绍|通报|宣布|获悉|发布"
    # 2014年2月一起逃到非洲: the day of the flight (外逃20年的 is how long, not when)
    r"|[^，。；\d将把被的]{0,6}?(?:外逃|出逃|潜逃|出境|逃到|逃往|逃至|逃去)"
    r"(?![^，。；]{0,6}?[\d一二三四五六七八九十多近两半]+(?:年|个月)|长达|达)"
    r"|出生|以来|至\d|起|间|在[^，。]{0,8}被[^，。]{0,8}(?:拘|羁)"
    # 6月6日中央追逃办发布…公告: the day a body published something, not the return's
    r"|[^，。；\d]{2,10}?(?:发布|公布|通报|宣布|获悉|了解到|得知)"
    # 4月17日，中央纪委网站发布消息称…: the day of the announcement the sentence goes on to
    r"|，[^，。；\d]{2,12}?(?:发布(?:消息|通报|公告)|通报称|消息称|宣布|了解到|获悉)"
    # 中法引渡条约2015年生效后: the day a treaty or a law took effect; 11月12日决定…悬赏通缉:
    # the day of a decision
    r"|生效|决定"
    # 2014年9月携款出逃: the day of the flight, told with what the person took
    r"|(?:携款|卷款|携赃款|携带[^，。；\d]{0,4})(?:外逃|出逃|潜逃|逃往)"
    # 2016-07-11 22:52: a page's time stamp, not an event's day
    r"|\d{1,2}:\d{2})"
)
# 记者19日从…获悉: the day the reporter learned it
_REPORTER_BEFORE = re.compile(r"记者\s*$")
# 出生于1969年, "born in 1962": a birth date, whichever side of the date says so
_BIRTH_BEFORE = re.compile(r"(?:出生于?|生于|出生在|born(?: in| on)?)\s*$", re.IGNORECASE)
_EN_SAID = re.compile(
    r"(?:said|says|announced|reported|told|statement|learned|learnt|confirmed|disclosed|according to)"
    r"\W+(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
# "On December 4, the CCDI announced …": the day of the statement the sentence opens with
# (only there: "…was repatriated on Wednesday, the commission said" dates the return)
_OPENING = len("Then on")
_EN_SAID_AFTER = re.compile(
    r",?\s*(?:[\w.'-]+\s+){0,4}"
    r"(?:announced|said|says|reported|disclosed|confirmed|stated)\b"
)
# "State media reported that earlier this month, … was repatriated": the date opens the clause
# reported, so it is the event's
_THAT_BEFORE = re.compile(r"\bthat\s*$", re.IGNORECASE)
_EN_REPORTED = re.compile(r"\b(?:said|says|announced|reported|told|according to)\b", re.I)
# how far before a date its sentence is read for what the date is not (a flight, a statement):
# the longest pattern below, a keyword and 60 characters of clause
_LOOK_BACK = 72
_EN_FLED = re.compile(
    r"(?:fled|fleeing|left|since|in \d{4} at)\b"
    # (U.S. and U.K. keep their dots inside the clause)
    r"(?:(?!returned|repatriated|deported|extradited|surrendered|came|brought|sent)"
    r"(?:U\.S\.|U\.K\.|[^.,;])){0,60}$",
    re.IGNORECASE,
)


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
        first = _arrival_date(prep, cast, key, events[0].sentence) or _date_before(
            prep, cast, key, events[0].sentence
        )
    mention = _dated(first)
    for event in events[1:]:
        mention = mention or _dated(_event_date(prep, event))
    mention = _finer_later(prep, events, mention)
    mention = _arrival_within(prep, cast, key, events, mention)
    # 近日从泰国被引渡回中国 … 今年7月将她引渡回国: a vague word stands only if nothing dates it
    mention = mention or first
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
    the return."""
    if _moves_home(prep, events[0]):
        return None
    for event in events[1:]:
        if _moves_home(prep, event):
            mention = _dated(_event_date(prep, event))
            if mention is not None:
                return mention
    return None


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
        other = _dated(_event_date(prep, event))
        if other is not None and other.precision == "day" and (other.value or "") >= coarse:
            return other
    return mention


def _dated(mention: DateMention | None) -> DateMention | None:
    return mention if mention is not None and mention.value is not None else None


def _set_date(record: CaseRecord, prep: Prepared, mention: DateMention, note: Note) -> None:
    record.return_date = mention.value
    record.return_date_text = prep.text[mention.start : mention.end]
    note("return_date", mention.start, mention.end)


def _candidate_dates(prep: Prepared, sentence: Sentence) -> list[DateMention]:
    out = []
    start = after_dateline(prep, sentence)
    for mention in prep.dates.get(sentence.index, []):
        if not start <= mention.start < sentence.end:
            continue
        if "ago" in mention.text or _NOT_RETURN_DATE_AFTER.match(prep.norm, mention.end):
            continue
        before = prep.norm[max(sentence.start, mention.start - _LOOK_BACK) : mention.start]
        if _BIRTH_BEFORE.search(before) or _REPORTER_BEFORE.search(before):
            continue
        if re.search(r"[A-Za-z]", before[-3:] or "x") and (
            (_EN_SAID.search(before) and not _THAT_BEFORE.search(before))
            or _EN_FLED.search(before)
            or (
                len(prep.norm[start : mention.start].strip()) <= _OPENING
                and _EN_SAID_AFTER.match(prep.norm, mention.end)
            )
        ):
            continue
        out.append(mention)
    return out


def _event_date(prep: Prepared, event: Event) -> DateMention | None:
    dates = _candidate_dates(prep, event.sentence)
    if not dates:
        return None
    trigger = event.trigger_for(event.method)
    if prep.language != "zh":
        # "…to turn himself in, the body said on Thursday, as China mapped out … in 2017": past
        # the reporting verb the sentence tells of something else
        dates = [
            d
            for d in dates
            if d.start < trigger.end or not _EN_REPORTED.search(prep.norm, trigger.end, d.start)
        ]
        # after the trigger, and past its end when it spans the arrest as well ("arrested in
        # Vietnam last month and brought back … on Thursday")
        after = [d for d in dates if d.start >= trigger.end] or [
            d for d in dates if d.start >= trigger.start
        ]
        if after:
            return after[0]
    before = [d for d in dates if d.start < trigger.end]
    return before[-1] if before else (dates[0] if dates else None)


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
    lead = [d for d in _candidate_dates(prep, whole) if d.start < people[0][0]]
    return lead[-1] if lead else None


def _semicolon_lead_date(prep: Prepared, cast: Cast, part: Sentence) -> DateMention | None:
    """2020年，鄂某…被遣返回国；外逃23年的屠某回国投案: the date that opens the first clause of
    a sentence that semicolons split holds for the clauses after it, as it holds for the
    persons of its own clause, when the date stands first and no one is named before it."""
    position = next(i for i, s in enumerate(prep.sentences) if s.index == part.index)
    first = None
    for earlier in reversed(prep.sentences[:position]):
        if earlier.paragraph != part.paragraph or not _SEMICOLON_END.search(
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
        for d in _candidate_dates(prep, first)
        if d.start <= opening + 1 and (not people or d.end <= people[0][0])
    ]
    return lead[0] if lead and _LEAD_COMMA.match(prep.norm, lead[0].end) else None


_SEMICOLON_END = re.compile(r"[；;]\s*$")
# the date is the clause's adverbial: a comma right after it (2020年，…), not 2020年3月出逃
_LEAD_COMMA = re.compile(r"\s*[，,]")


RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)


def _respective_date(prep: Prepared, cast: Cast, key: str, event: Event) -> DateMention | None:
    """A分别于3月3日和3月7日… / "on June 3 and June 5 respectively": as many dates as people,
    in the same order, so each person takes theirs."""
    sentence = event.sentence
    if not RESPECTIVELY.search(prep.norm, sentence.start, sentence.end):
        return None
    people = [person for _, person in people_in(prep, cast, sentence, relatives=True)]
    dates = _candidate_dates(prep, sentence)
    if key in people and len(people) > 1 and len(dates) == len(people):
        return dates[people.index(key)]
    return None


_ARRIVAL = re.compile(
    r"机场|抵达|落地|走出|走下|舱门|航班|口岸|arrived|arrival|landed|airport|off a plane|flight"
    r"|flown (?:back )?to|flew (?:back|home)",
    re.IGNORECASE,
)


def _arrival_within(
    prep: Prepared, cast: Cast, key: str, events: list[Event], mention: DateMention | None
) -> DateMention | None:
    """A month or a year gives way to the finer date of an arrival scene within it ("was
    persuaded to come back earlier this month … He landed in Nanchang on Dec 6"; "persuaded to
    return this year" … "In late November, she stepped off a flight")."""
    if mention is None or mention.precision == "day" or mention.value is None:
        return mention
    first = min(cast.people[key].mentions)[0]
    for other in prep.sentences:
        about = cast.subjects.get(other.index, [])
        # the person's own sentences, or the scene that opens the story before anyone is named
        if not (key in about or (not about and other.end <= first)):
            continue
        if not _ARRIVAL.search(prep.norm, other.start, other.end):
            continue
        if _FLIGHT_OUT.search(prep.norm, other.start, other.end):
            continue
        for date in _candidate_dates(prep, other):
            finer = len(date.value or "") > len(mention.value)
            if finer and (date.value or "").startswith(mention.value):
                return date
    return mention


def _arrival_date(prep: Prepared, cast: Cast, key: str, sentence: Sentence) -> DateMention | None:
    """Features open on the scene of arrival (6月28日傍晚，上海浦东国际机场。) and only later say
    that the person was persuaded to return: the arrival's day is the return date."""
    earlier = reversed([s for s in prep.sentences if s.start < sentence.start])
    # …同意回国自首。28日，李某乘坐的航班抵达上海: or the arrival told right after the event
    later = [s for s in prep.sentences if s.start > sentence.start][:ARRIVAL_AFTER]
    for other in [*earlier, *later]:
        about = cast.subjects.get(other.index, [])
        window = prep.norm[other.start : other.end]
        if (not about or key in about) and _ARRIVAL.search(window):
            dates = [d for d in _candidate_dates(prep, other) if d.precision == "day"]
            if dates:
                return dates[0]
    # a feature that tells the return twice over: the arrival in a sentence about the person
    # alone, wherever it stands ("… and he was flown to Beijing on Thursday";
    # …28日，李某乘坐的航班准时抵达上海浦东机场), never a flight out
    for other in prep.sentences:
        window = prep.norm[other.start : other.end]
        if (
            (key in cast.named.get(other.index, []) or cast.subjects.get(other.index) == [key])
            and _ARRIVAL.search(window)
            and not _FLIGHT_OUT.search(window)
        ):
            dates = [d for d in _candidate_dates(prep, other) if d.precision == "day"]
            if dates:
                return dates[0]
    return None


_FLIGHT_OUT = re.compile(r"外逃|出逃|潜逃|逃往|出境|出国|fled|left China", re.IGNORECASE)


ARRIVAL_AFTER = 2  # sentences after the event where the arrival may be told


# a sentence that dates another step of the case: a wanted notice, an investigation, a charge,
# a trial
_OTHER_EVENT = re.compile(
    r"红色通缉令|红通|通缉令|立案|留置|逮捕令|起诉|判处|判决|开除|撤职"
    r"|red notice|investigation|warrant|charged|indicted|sentenced|expelled|convicted",
    re.IGNORECASE,
)


def _date_before(prep: Prepared, cast: Cast, key: str, sentence: Sentence) -> DateMention | None:
    """A date in the sentences just before the event (此次 / the scene-setting first paragraph),
    never one of a sentence about somebody else (that person's return, not this one's)."""
    for earlier in _sentences_before(prep, sentence, 3):
        if earlier.paragraph < sentence.paragraph - 1:
            break
        frame = _review_year(prep, earlier)
        if frame is not None:
            return frame
        if trigger_section("flight", prep.language if prep.language == "zh" else "en").search(
            prep.norm, earlier.start, earlier.end
        ):
            continue  # 2018年9月…随后乘飞机逃至越南: the flight's date, not the return's
        if _OTHER_EVENT.search(prep.norm, earlier.start, earlier.end):
            continue  # "A red notice was issued for him in March 2020": another event's date
        others = [k for _, k in people_in(prep, cast, earlier)]
        if others and key not in others:
            continue
        dates = [d for d in _candidate_dates(prep, earlier) if d.precision in ("day", "month")]
        if dates:
            return dates[-1]
    return None


def _sentences_before(prep: Prepared, sentence: Sentence, count: int) -> list[Sentence]:
    """The ``count`` sentences before ``sentence``, nearest first, where the clauses a semicolon
    ends count as part of the sentence they open (其中，甲…；乙…；丙…。 is one sentence)."""
    position = next(i for i, s in enumerate(prep.sentences) if s.index == sentence.index)
    out: list[Sentence] = []
    full = 0
    for earlier in reversed(prep.sentences[:position]):
        if full == count:
            break
        out.append(earlier)
        if not _SEMICOLON_END.search(prep.norm, earlier.start, earlier.end):
            full += 1
    return out


_CUMULATIVE = re.compile(r"截至|截止|累计|以来|\bsince\b|\bas of\b|\bso far\b", re.IGNORECASE)


def _review_year(prep: Prepared, sentence: Sentence) -> DateMention | None:
    """2019年，全省共追回外逃人员112名 … 其中，甲、乙…回国投案: the year a review opens on and
    counts returns in frames the returns it then lists."""
    if not is_count(prep.norm, sentence, "zh" if prep.language == "zh" else "en"):
        return None
    if _CUMULATIVE.search(prep.norm, sentence.start, sentence.end):
        return None  # 截至2023年底累计追回, 2019年以来: a running total, not the year's returns
    opening = after_dateline(prep, sentence)
    years = [d for d in _candidate_dates(prep, sentence) if d.precision == "year"]
    return next((d for d in years if d.start <= opening + 3), None)
