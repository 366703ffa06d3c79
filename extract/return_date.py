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
from extract.events import Event, trigger_section
from extract.people import Cast, is_count
from extract.prepared import Note, Prepared, after_dateline
from extract.record import CaseRecord
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
    dates = candidate_dates(prep, event.sentence)
    if not dates:
        return None
    trigger = event.trigger_for(event.method, prep.names)
    if prep.language != "zh":
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
    return before[-1] if before else (dates[0] if dates else None)


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
    for earlier in reversed(_before(prep, part)):
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
        for d in candidate_dates(prep, first)
        if d.start <= opening + 1 and (not people or d.end <= people[0][0])
    ]
    return lead[0] if lead and _LEAD_COMMA.match(prep.norm, lead[0].end) else None


def _before(prep: Prepared, sentence: Sentence) -> list[Sentence]:
    """The sentences before ``sentence``, in order (they are numbered from 0, extract.text)."""
    return prep.sentences[: sentence.index]


_SEMICOLON_END = re.compile(r"[；;]\s*$")
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
        for date in candidate_dates(prep, other):
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
    scenes = [
        other
        for other in [*earlier, *later]
        if (not cast.subjects.get(other.index) or key in cast.subjects[other.index])
        and _ARRIVAL.search(prep.norm, other.start, other.end)
    ]
    for other in scenes:
        dates = [d for d in candidate_dates(prep, other) if d.precision == "day"]
        if dates:
            return dates[0]
    # an undated arrival: the day that opens its scene
    for other in scenes:
        dates = _scene_date(prep, cast, key, other)
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
            dates = [d for d in candidate_dates(prep, other) if d.precision == "day"]
            if dates:
                return dates[0]
    return None


def _scene_date(prep: Prepared, cast: Cast, key: str, arrival: Sentence) -> list[DateMention]:
    """2019年3月1日，正值春运收官…。广州白云国际机场内，一架客机…: the day that opens the
    scene an undated arrival belongs to, in the paragraphs just before it, where no one else
    is named or spoken of and nothing else is told (a flight, another step of the case)."""
    for earlier in reversed(_before(prep, arrival)[-_SCENE:]):
        window = prep.norm[earlier.start : earlier.end]
        if set(cast.subjects.get(earlier.index, [])) - {key}:
            break
        if _FLIGHT_OUT.search(window) or _OTHER_EVENT.search(window):
            break
        dates = [d for d in candidate_dates(prep, earlier) if d.precision == "day"]
        if dates:
            return dates[-1:]
    return []


_SCENE = 3  # sentences before an undated arrival that may open its scene


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
    never one of a sentence about somebody else (that person's return, not this one's).

    In English only a sentence that names the person: an English report dates the return in the
    sentence that tells it, and the dates of the sentences before it that do not name them are
    of something else (a detention told of "him", a statement, the page's own). Never where
    the event's own sentence gives a time of its own that is no return date (公安部自2023年10月起
    开展…专项行动，…把甲、乙押解回国: a campaign's span, not a day)."""
    if prep.dates.get(sentence.index):
        return None
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
        if prep.language == "en" and key not in cast.named.get(earlier.index, []):
            continue
        dates = [d for d in candidate_dates(prep, earlier) if d.precision in ("day", "month")]
        if dates:
            return dates[-1]
    return None


def _sentences_before(prep: Prepared, sentence: Sentence, count: int) -> list[Sentence]:
    """The ``count`` sentences before ``sentence``, nearest first, where the clauses a semicolon
    ends count as part of the sentence they open (其中，甲…；乙…；丙…。 is one sentence)."""
    out: list[Sentence] = []
    full = 0
    for earlier in reversed(_before(prep, sentence)):
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
    years = [d for d in candidate_dates(prep, sentence) if d.precision == "year"]
    return next((d for d in years if d.start <= opening + 3), None)
