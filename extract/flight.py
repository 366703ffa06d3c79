"""Where a person fled: the countries of their return event, else of the sentences about
them that speak of flight or being abroad, and every country named after a word of flight in
their own sentences (辗转菲律宾、越南、保加利亚等多国; "fled to Australia and New Zealand")."""

from __future__ import annotations

import re

from extract.binding import own_spans, people_in
from extract.clause_places import AUTHORITIES
from extract.descriptions_en import the_one_described
from extract.events import Event, abroad_words, names_near, trigger_section
from extract.flight_owner import not_own_flight
from extract.people import PRONOUN, Cast, is_count
from extract.person_words_en import PERSON_WORDS, ROLE_ONLY_BEFORE
from extract.places import Place, find_places
from extract.prepared import Note, Prepared, Span, evidence_span
from extract.record import CaseRecord
from extract.routes import IN_TURN, ROUTE_ON, TRIP_HOME, listed_on, on_route, together

# a liaison post, a treaty, a flight home, or a country passed through (从澳大利亚转机新加坡回国;
# "flew back via Dubai")
# 驻柬埔寨 (a post), 途经 (a transit), "born in Cambodia" (a birthplace): no place of flight
_HELP_AFTER = re.compile(
    r"(?:各方|警方|当局|政府|方面|执法部门|有关部门)[^，。；转]{0,6}?(?:配合|协助|批准|同意)"
)
_NOT_FLED_BEFORE = re.compile(
    r"(?:驻|中|与|飞往|途经|经停|经|转机|中转|取道|出生于|生于|\bvia |\bthrough |\bborn in "
    r"|\bon (?:his|her|their) way to )$"
)


def fill_places(
    prep: Prepared,
    cast: Cast,
    record: CaseRecord,
    key: str,
    events: list[Event],
    context: list[Span],
    alone: list[Span],
    lang: str,
    note: Note,
) -> None:
    places: list[Place] = []
    for event in events:
        if _counts_others(prep, cast, event, key, lang):
            continue  # "over 40 fugitives have been returned from … Australia, Canada": theirs
        places = _event_places(prep, cast, event, key, lang)
        if places:
            break
    else:
        places = _context_places(prep, cast, key, context, lang)
    # a route of flight only from sentences about this person alone (each of several people
    # named together may have fled somewhere else)
    own = [
        (start, end)
        for start, end in alone
        if cast.people[key].mentions_in(start, end)
        or _points_here(prep, start, end, lang)
        or _described_here(prep, cast, key, start, end, lang)
    ] + together(prep, cast, key, context, lang)
    # 2018年11月，钱某被法国警方抓获 beside the return from Korea: held by a country's police
    held = [
        p
        for start, end in context
        if cast.people[key].mentions_in(start, end)
        for p in _held_by(prep, start, end, lang)
    ]
    for place in places + _flight_places(prep, own, lang) + held:
        if _inside_name(prep, place):
            continue  # 韩国栋: the surname 韩 and the given name 国栋, not Korea
        if place.code not in record.fled_to:
            record.fled_to.append(place.code)
            note("fled_to", place.start, place.end)


def _context_places(
    prep: Prepared, cast: Cast, key: str, context: list[Span], lang: str
) -> list[Place]:
    """The countries of the first sentence about the person that names any, where no event
    does: their own sentences, or those about them before naming them ("A former official who
    spent seven years in Ecuador was jailed …", then the name)."""
    first = min(cast.people[key].mentions)[0]
    described = {
        (s.start, s.end)
        for s in prep.sentences
        if s.end <= first and not cast.named.get(s.index) and cast.subjects.get(s.index) == [key]
    }
    for start, end in context:
        about = (
            cast.people[key].mentions_in(start, end)
            or _points_here(prep, start, end, lang)
            or _described_here(prep, cast, key, start, end, lang)
            or (start, end) in described
        )
        if not about and not _tells_of_abroad(prep, start, end, lang):
            continue  # 德国德尔森原浆啤酒: an advertisement line, not where anyone fled
        places = _places_in(prep, start, end, lang)
        if places:
            return places
    return []


# part of a group (其中三人, "many of them"): the pronoun points to a group, not to the person
# (其中7年藏身于澳大利亚 counts years of the person's own flight)
_GROUP_PART = re.compile(r"其中(?=[^，。；]{0,4}[人名位])|\bof (?:them|their)\b", re.IGNORECASE)


def _points_here(prep: Prepared, start: int, end: int, lang: str) -> bool:
    """Whether a pronoun of the span points to one person or a pair, not to part of a group."""
    parts = [m.span() for m in _GROUP_PART.finditer(prep.norm, start, end)]
    return any(
        not any(a <= m.start() < b for a, b in parts)
        for m in PRONOUN[lang].finditer(prep.norm, start, end)
    )


def _described_here(prep: Prepared, cast: Cast, key: str, start: int, end: int, lang: str) -> bool:
    """Whether an English span describes the person as "the suspect", "the man" where it is
    about them alone (never one of several named before it)."""
    if lang != "en" or not the_one_described(prep.norm, start, end):
        return False
    return all(
        cast.subjects.get(s.index) == [key] for s in prep.sentences if start <= s.start < end
    )


def _places_in(prep: Prepared, start: int, end: int, lang: str) -> list[Place]:
    """The places of a span that may be a country of flight, none of them part of a name."""
    return [
        p
        for p in find_places(prep.norm, start, end, lang)
        if _fled_place(prep, p) and not _inside_name(prep, p)
    ]


def _inside_name(prep: Prepared, place: Place) -> bool:
    """Whether the place's characters are part of a name the cast holds."""
    near = names_near(prep.names, place.start, place.end)
    return any(start <= place.start and place.end <= end for start, end in near)


# a country's authorities (泰国警方, 菲律宾移民局): they hold and hand over the people there
_AUTHORITIES = rf"(?:{AUTHORITIES}|法院)"
_HELD_BY = {
    "zh": re.compile(
        _AUTHORITIES + r"[^，。；]{0,12}(?:抓获|拘捕|逮捕|拘留|羁押|扣押)"
        # 在柬埔寨金边落入当地警方之手: fell into the hands of the police there
        r"|[^，。；]{0,8}落入[^，。；]{0,6}" + _AUTHORITIES + "之手"
    ),
    "en": re.compile(r"\s+(?:police|authorities|immigration)\b", re.IGNORECASE),
}
_HELD_BY_EN_BEFORE = re.compile(
    r"\b(?:arrested|detained|caught|held|picked up)\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Laotian police detained him": a country's police as the subject of the arrest
_EN_POLICE_ARRESTED = re.compile(
    r"\s+(?:police|authorities|immigration officers)\s+(?:\w+\s+)?"
    r"(?:detained|arrested|caught|held|seized|apprehended)\b",
    re.IGNORECASE,
)


def _held_by(prep: Prepared, start: int, end: int, lang: str) -> list[Place]:
    """A country whose police or authorities held the person (被法国警方抓获, "arrested by Thai
    police"): the person was there."""
    found = []
    for place in find_places(prep.norm, start, end, lang):
        if not _HELD_BY[lang].match(prep.norm, place.end, end):
            continue
        if (
            lang == "zh"
            or _HELD_BY_EN_BEFORE.search(prep.norm[max(start, place.start - 60) : place.start])
            or _EN_POLICE_ARRESTED.match(prep.norm, place.end, end)
        ):
            found.append(place)
    return found


def _tells_of_abroad(prep: Prepared, start: int, end: int, lang: str) -> bool:
    """Whether a sentence speaks of being abroad or of flight (外逃, 境外, "fled", "overseas")."""
    return bool(
        trigger_section("flight", lang).search(prep.norm, start, end)
        or abroad_words(lang).search(prep.norm, start, end)
    )


def _flight_places(prep: Prepared, spans: list[Span], lang: str) -> list[Place]:
    """Countries named after a word of flight in the person's own sentences, up to the clause's
    end (2005年12月出逃，辗转菲律宾、越南、保加利亚等多国; "fled to Australia and New Zealand")."""
    pattern = trigger_section("flight", lang)
    clause_end = _CLAUSE_END[lang]
    places: list[Place] = []
    for start, end in spans:
        for match in pattern.finditer(prep.norm, start, end):
            if lang == "en" and not_own_flight(prep.norm, max(start, match.start() - 60), match):
                continue  # "unlike many fugitives who fled to the U.S., he …": others' flight
            stop = clause_end.search(prep.norm, match.end(), end)
            stop_at = stop.start() if stop else end
            found = find_places(prep.norm, match.end(), stop_at, lang)
            if found and lang != "zh":
                found += listed_on(prep, found[-1].end, end)
            # a city after a word of flight places the person in Chinese (辗转曼谷、金边); in
            # English only a country does (a city is as often a transit or a later visit)
            kinds = ("name", "city") if lang == "zh" else ("name",)
            places += [p for p in found if p.kind in kinds and _fled_place(prep, p)]
            if found and lang == "zh" and not TRIP_HOME.search(prep.norm, start, stop_at):
                places += _route_on(prep, stop_at, end)
    return places


def _route_on(prep: Prepared, at: int, end: int) -> list[Place]:
    """The countries of the clauses that go on with a Chinese route of flight after ``at``."""
    places: list[Place] = []
    while (step := ROUTE_ON.match(prep.norm, at, end)) is not None:
        stop = _CLAUSE_END["zh"].search(prep.norm, step.end(), end)
        at = stop.start() if stop else end
        found = find_places(prep.norm, step.end(), at, "zh")
        places += [p for p in found if p.code != "CN" and _fled_place(prep, p, route=True)]
    return places


# "fled in 2011, first to Serbia and then to Spain": a comma that goes on with the route
_CLAUSE_END = {
    "zh": re.compile(r"[，。；,;.]"),
    "en": re.compile(
        r"[;.]|, (?!and\b|(?:and )?then to\b|first to\b|(?:including|such as) (?:the )?(?=[A-Z]))"
    ),
}


# a country the person only meant to reach, or was on the way to when stopped
_MEANT_TO_REACH = re.compile(
    r"\b(?:hop(?:ed|ing|es?)|plann?(?:ed|ing|s)?|intend(?:ed|ing|s)?|want(?:ed|ing|s)?|tr(?:ied|ying|ies)"
    r"|attempt(?:ed|ing|s)?|aim(?:ed|ing|s)?|wish(?:ed|ing)?|meant|allowed) to (?:\w+ ){0,2}?"
    r"(?:reach|go|travel|flee|get|move|fly|cross|head|continue)(?: on)?"
    r"(?: from(?: [\w-]+){1,3}?)?(?: (?:to|into|for))?\s+(?:the\s+)?$"
    # "getting ready to travel on from Thailand to Laos": a journey on, not yet made (one due or
    # set to be made, "scheduled to travel to Japan … and never returned", is often the flight)
    r"|\b(?:ready|prepar(?:ed|ing|es?)|about) to (?:\w+ ){0,2}?(?:travel|go|fly|move|head|continue)"
    r" on(?: from(?: [\w-]+){1,3}?)? (?:to|into|for)\s+(?:the\s+)?$"
    # "detained in Myanmar on their way to the United States", "en route to", "bound for"
    r"|\b(?:on (?:his|her|their|its) way|en route|bound|destined) (?:to|for)\s+(?:the\s+)?$"
)


def _fled_place(prep: Prepared, place: Place, route: bool = False) -> bool:
    """Not 驻柬埔寨 (a liaison post), 中意 (a treaty), a passport's country, or a newspaper
    name (香港商报); on a route of flight (``route``), a flight on is no flight home."""
    before = _NOT_FLED_BEFORE.search(prep.norm[max(0, place.start - 16) : place.start])
    if before and before.group() in ("飞往", "转机") and (route or on_route(prep, place)):
        before = None
    if _MEANT_TO_REACH.search(prep.norm, max(0, place.start - 40), place.start):
        return False  # "hoping to reach India", "had planned to travel on to Thailand": not there
    # 经缅甸各方大力配合: 经 of a country's help, not of a transit (经泰国逃往)
    if before and not (before.group() == "经" and _HELP_AFTER.match(prep.norm, place.end)):
        return False
    if _MONEY_SENT.search(prep.norm, max(0, place.start - 24), place.start):
        return False  # 把其中2900余万元转到了新加坡: where the money went, not the person
    if _PAPERS_AFTER.match(prep.norm, place.end):
        return False  # 持圣基茨护照, "on a Guinea-Bissau passport": papers, not a place of flight
    if _PERSON_AFTER.match(prep.norm, place.end):
        return False  # "Hong Kong bookseller", "a Malaysian businessman": what, not where
    return not _PAPER_AFTER.match(prep.norm[place.end : place.end + 2])


# what the person is, right after the place's word ("Hong Kong bookseller X")
_PERSON_AFTER = re.compile(
    rf"(?:-born)? (?:{PERSON_WORDS}|{'|'.join(ROLE_ONLY_BEFORE)}|publisher|citizen|national)s?\b"
    # (not "a Thai refugee camp", "a Malaysian student visa": a place of that kind)
    r"(?! (?:camps?|cent(?:re|er)s?|status|agency|office|visas?|programm?e?s?|communit(?:y|ies)))"
)
_PAPER_AFTER = re.compile(r"商报|日报|时报|文汇|大公|电视|媒体|报")


_MONEY_SENT = re.compile(
    r"(?:元|款|资金|资产|钱)[^，。；]{0,6}?(?:转到|转移到|转移至|转至|转往|汇到|汇往|汇至|转入|汇入|存入)了?$"
)
_PAPERS_AFTER = re.compile(r"(?:的)?护照|(?:-issued)? passports?\b")


_AUTHORITY = re.compile(_AUTHORITIES)
_HANDED_OVER = frozenset({"extradited", "deported"})


def _event_places(prep: Prepared, cast: Cast, event: Event, key: str, lang: str) -> list[Place]:
    start, end = evidence_span(prep, event.sentence)
    places = _not_anothers(prep, cast, event, key, _places_in(prep, start, end, lang))
    places = [p for p in places if p.kind == "name"] or places
    # 泰国当局…把…缅甸「KK园区」的出资者甘某引渡回中国: the state whose authorities hand the
    # person over is where the person was; another country of the sentence describes something
    acting = [p for p in places if lang == "zh" and _AUTHORITY.match(prep.norm, p.end)]
    # …KK园区背后操盘者奚智涛，由泰国引渡回国: the country the handover comes from, right
    # before its verb, likewise
    acting = acting or [p for p in places if lang == "zh" and _handed_from(prep, p, event)]
    if acting and any(t.method in _HANDED_OVER for t in event.triggers):
        places = acting
    # 甲、乙先后从缅甸、泰国被劝返, "… from Laos and Thailand respectively": one country each
    if IN_TURN.search(prep.norm, start, end) and len(places) > 1:
        named = [k for k in cast.named.get(event.sentence.index, []) if k not in cast.officials]
        if key in named and len(named) == len(places):
            return [places[named.index(key)]]
    return places


def _not_anothers(
    prep: Prepared, cast: Cast, event: Event, key: str, places: list[Place]
) -> list[Place]:
    """Leave out the countries standing in another person's own part of the sentence ("Tan, who
    ran off to the U.S.; and Yan, extradited from Bulgaria"); those said before anyone is named
    (先后从意大利、南非将甲、乙缉捕回国) stay for all."""
    whole = prep.sentences[event.sentence.index]
    people = people_in(prep, cast, whole)
    keys = [k for _, k in people]
    if len(keys) < 2 or key not in keys:
        return places
    first = people[0][0]
    parts = {k: own_spans(prep, cast, k, [(whole.start, whole.end)])[0] for k in keys}
    mine = parts[key]
    others = [part for k, part in parts.items() if k != key and part != mine]
    return [
        p
        for p in places
        if p.start < first
        or mine[0] <= p.start < mine[1]
        or not any(a <= p.start < b for a, b in others)
    ]


_FROM = re.compile(r"(?:从|由)$")


def _handed_from(prep: Prepared, place: Place, event: Event) -> bool:
    """由泰国引渡回国, 从老挝被遣返: the country a handover trigger comes from (从/由 before it,
    the trigger right after it)."""
    if not _FROM.search(prep.norm, max(0, place.start - 1), place.start):
        return False
    return any(t.method in _HANDED_OVER and 0 <= t.start - place.end <= 2 for t in event.triggers)


def _counts_others(prep: Prepared, cast: Cast, event: Event, key: str, lang: str) -> bool:
    """An event sentence that counts people and does not name this one: the countries of a
    statistic are the group's, not the person's."""
    named = key in cast.named.get(event.sentence.index, [])
    return not named and is_count(prep.norm, event.sentence, lang)
