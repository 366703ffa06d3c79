"""Return dates borrowed from around a person's event sentences, where those name none: the
arrival scene a feature opens on, the sentences just before the event, the year a review
covers. ``extract.return_date`` asks for them after the event's own dates.
"""

from __future__ import annotations

import re

from extract.binding import people_in
from extract.date_candidates import candidate_dates
from extract.dates import DateMention
from extract.events import Event, trigger_section
from extract.people import Cast, is_count
from extract.prepared import Prepared, after_dateline, resolve_dates
from extract.removal_nouns import REMOVAL_UNDONE
from extract.text import Sentence

SEMICOLON_END = re.compile(r"[；;]\s*$")


def sentences_before(prep: Prepared, sentence: Sentence) -> list[Sentence]:
    """The sentences before ``sentence``, in order (they are numbered from 0, extract.text)."""
    return prep.sentences[: sentence.index]


_ARRIVAL = re.compile(
    r"机场|抵达|落地|走出|走下|舱门|航班|口岸|arrived|arrival|landed|airport|off a plane|flight"
    r"|flown (?:back )?to|flew (?:back|home)",
    re.IGNORECASE,
)


def arrival_within(
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


def arrival_date(prep: Prepared, cast: Cast, key: str, sentence: Sentence) -> DateMention | None:
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
    if _LATER.search(prep.norm, arrival.start, arrival.end):
        return []  # 数周后，一架包机降落…: the landing came later than the scene's day
    for earlier in reversed(sentences_before(prep, arrival)[-_SCENE:]):
        window = prep.norm[earlier.start : earlier.end]
        if set(cast.subjects.get(earlier.index, [])) - {key}:
            break
        if _FLIGHT_OUT.search(window) or _OTHER_EVENT.search(window) or _HELD_ABROAD.search(window):
            break
        dates = [d for d in candidate_dates(prep, earlier) if d.precision == "day"]
        if dates:
            return dates[-1:]
    return []


_SCENE = 3  # sentences before an undated arrival that may open its scene
# an arrival told as later than what came before it (数周后, 次日, "weeks later")
_LATER = re.compile(
    r"\s*(?:[数几两三四五六七八九十]?(?:天|日|周|星期|个月|月)(?:之)?后|随后|此后|后来|次日|翌日|第二天"
    r"|(?:\w+ )?(?:days|weeks|months) later\b|the (?:next|following) (?:day|week|month)\b)",
    re.IGNORECASE,
)


def told_later(prep: Prepared, sentence: Sentence) -> bool:
    """Whether the sentence opens on a span of time after what came before (数周后，…被押解回国;
    "Weeks later, he was deported"): it borrows no earlier day."""
    return bool(_LATER.match(prep.norm, sentence.start, min(sentence.end, sentence.start + 8)))


# an arrest or a detention abroad: its day is not the landing's (柬埔寨警方…将王某抓获)
_HELD_ABROAD = re.compile(r"抓获|抓捕|逮捕|拘留|羁押|控制|\b(?:arrested|detained|caught)\b")


_FLIGHT_OUT = re.compile(r"外逃|出逃|潜逃|逃往|出境|出国|fled|left China", re.IGNORECASE)


ARRIVAL_AFTER = 2  # sentences after the event where the arrival may be told


# a sentence that dates another step of the case: a wanted notice, an investigation, a charge,
# a trial
_OTHER_EVENT = re.compile(
    r"红色通缉令|红通|通缉令|立案|留置|逮捕令|起诉|判处|判决|开除|撤职"
    r"|red notice|investigation|warrant|charged|indicted|sentenced|expelled|convicted",
    re.IGNORECASE,
)
# an arrest or a detention abroad before a removal: the removal came later, unless the
# removal's sentence counts from it ("He was deported to China a week later")
_HELD = re.compile(r"\b(?:detained|arrested|apprehended|taken into custody)\b", re.IGNORECASE)
_COUNTED_FROM = re.compile(
    r"\b(?:later|afterwards|the (?:next|following) (?:day|week|month))\b", re.IGNORECASE
)


def date_before(prep: Prepared, cast: Cast, key: str, sentence: Sentence) -> DateMention | None:
    """A date in the sentences just before the event (此次 / the scene-setting first paragraph),
    never one of a sentence about somebody else (that person's return, not this one's).

    In English only a sentence that names the person: an English report dates the return in the
    sentence that tells it, and the dates of the sentences before it that do not name them are
    of something else (a detention told of "him", a statement, the page's own). Never where
    the event's own sentence gives a time of its own that is no return date (公安部自2023年10月起
    开展…专项行动，…把甲、乙押解回国: a campaign's span, not a day)."""
    if prep.dates.get(sentence.index):
        return None
    for earlier in _last_sentences(prep, sentence, 3):
        if earlier.paragraph < sentence.paragraph - 1:
            break
        frame = _review_year(prep, earlier)
        if frame is not None:
            return frame
        if trigger_section("flight", prep.language if prep.language == "zh" else "en").search(
            prep.norm, earlier.start, earlier.end
        ):
            continue  # 2018年9月…随后乘飞机逃至越南: the flight's date, not the return's
        if _OTHER_EVENT.search(prep.norm, earlier.start, earlier.end) or (
            _HELD.search(prep.norm, earlier.start, earlier.end)
            and not _COUNTED_FROM.search(prep.norm, sentence.start, sentence.end)
        ):
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


def _last_sentences(prep: Prepared, sentence: Sentence, count: int) -> list[Sentence]:
    """The ``count`` sentences before ``sentence``, nearest first, where the clauses a semicolon
    ends count as part of the sentence they open (其中，甲…；乙…；丙…。 is one sentence)."""
    out: list[Sentence] = []
    full = 0
    for earlier in reversed(sentences_before(prep, sentence)):
        if full == count:
            break
        out.append(earlier)
        if not SEMICOLON_END.search(prep.norm, earlier.start, earlier.end):
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


# "His swift repatriation to Beijing on August 15, 2025, was facilitated by …": a removal told
# as the person's own noun, with where it went to or came from, dated right after "on" (never
# "his extradition hearing on Monday"; a bare "his deportation on …" may be one feared or fought,
# a "scheduled" one may never have been, and a "return from Australia" may be a visit)
_NOMINAL_REMOVAL = re.compile(
    r"\b(?:his|her|their|(?-i:[A-Z][a-z]+)['’]s) (?:(?:swift|forced|eventual|successful|final"
    r"|subsequent) )?(?:repatriation|deportation|extradition|handover|hand-over|removal)"
    r" (?:to|from) [^.;,]{1,40}? on ",
    re.IGNORECASE,
)


# ("… on March 3 was halted when she appealed"): a removal stopped is none
_UNDONE = re.compile(rf",? {REMOVAL_UNDONE}", re.IGNORECASE)


def nominal_removal_date(prep: Prepared, cast: Cast, key: str) -> DateMention | None:
    """The day of a removal told as the person's noun in one of their own English sentences,
    where nothing else dates the return."""
    if prep.language != "en":
        return None
    for sentence in prep.sentences:
        if key not in cast.subjects.get(sentence.index, []):
            continue
        for match in _NOMINAL_REMOVAL.finditer(prep.norm, sentence.start, sentence.end):
            if sentence.index not in prep.dates:
                resolve_dates(prep, sentence.index)  # (told past the sentences dated so far)
            dates = [d for d in candidate_dates(prep, sentence) if d.start == match.end()]
            if dates and dates[0].value is not None and not _UNDONE.match(prep.norm, dates[0].end):
                return dates[0]
    return None
