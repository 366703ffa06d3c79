"""Urgings of someone else (岑秀英多次打电话劝他回国自首): the one who urges, a relative or a
friend, is not a returnee, and the urging is about the person told of before; domain.md counts
a relative's urging as persuasion."""

from __future__ import annotations

import re

from extract.events import Event
from extract.people import Cast
from extract.prepared import Prepared

# 岑秀英多次打电话劝他回国自首: a verb of urging with its object right after it
_URGING_VERB = re.compile(
    r"(?:劝说|劝导|规劝|动员|说服|敦促|催促|劝)(?=他(?!人|们)|她(?!们)|其(?![他中实余]))"
)


def urgers_of(prep: Prepared, cast: Cast, event: Event, lang: str) -> set[str]:
    """The people named before a verb of urging someone else, where every trigger of the event
    is such an urging: the ones who urge (a relative, a friend), never the one urged. An urger
    is named in the verb's clause or opens one of the two clauses before it (东方丽最终答应帮忙，
    每周给弟弟打电话，劝他回国自首); one named further back, or not at a clause's start, is not
    (车某…，公告发布后，专案组…转告车某，敦促他抓住时机)."""
    if lang != "zh" or not all(_URGING_VERB.match(prep.norm, t.start) for t in event.triggers):
        return set()
    first, start = min(t.start for t in event.triggers), event.sentence.start
    marks = [m.end() for m in _CLAUSE_MARK.finditer(prep.norm, start, first)]
    openings = [start, *marks][-3:]
    return {
        key
        for key in cast.named.get(event.sentence.index, [])
        for a, _ in cast.people[key].mentions_in(openings[0], first)
        if a >= openings[-1] or a in openings
    }


_CLAUSE_MARK = re.compile("[，；：]")


def urged(
    prep: Prepared, cast: Cast, event: Event, urgers: set[str], order: dict[int, int]
) -> list[str]:
    """Whom an urging by a named person is about: the people the nearest of the three
    sentences before it is about, other than the ones urging."""
    position = order[event.sentence.index]
    for earlier in reversed(prep.sentences[max(0, position - 3) : position]):
        keys = [k for k in cast.subjects.get(earlier.index, []) if k not in urgers]
        if keys:
            return keys
    return []
