"""Routes of flight told beyond one clause: a Chinese route that goes on past commas
(先逃到香港，又飞往加拿大), an English list of countries that goes on past a comma ("Germany,
Belgium and then Canada"), and a group told as one subject of a flight (这三人…先逃到…)."""

from __future__ import annotations

import re

from extract.events import trigger_section
from extract.people import Cast
from extract.places import Place, find_places
from extract.prepared import Prepared, Span

# one by one: each of a group may have fled somewhere else
IN_TURN = re.compile(r"分别|先后|respectively", re.IGNORECASE)


# 这三人…先逃到香港, 他们一同逃往…: a group named before, as the subject of a flight (not
# 他们的同伙, 他们安排财务人员…逃到, 两人还有一名同伙逃往: someone else's)
_TOGETHER = re.compile(
    r"(?:(?:这|该|上述)?[两二三四五六七八九]人|他们|她们|俩人)"
    r"(?:(?!同伙|安排|派|让|还有|其他|家属|亲属)[^，。；的]){0,16}?"
    r"(?:外逃|潜逃|出逃|逃往|逃至|逃到|逃亡|辗转|窜逃)"
)


def together(prep: Prepared, cast: Cast, key: str, context: list[Span], lang: str) -> list[Span]:
    """Nameless sentences whose subject is a group the person is one of, told as one (这三人),
    not one by one (分别, 先后: each may have fled somewhere else)."""
    if lang != "zh":
        return []
    return [
        (s.start, s.end)
        for s in (prep.sentence_at[start] for start, _ in context if start in prep.sentence_at)
        if not cast.named.get(s.index)
        and key in cast.subjects.get(s.index, [])
        and len(cast.subjects.get(s.index, [])) > 1
        and _TOGETHER.search(prep.norm, s.start, s.end)
        and not IN_TURN.search(prep.norm, s.start, s.end)
    ]


# 先逃到香港，又飞往加拿大，再转机飞往美国: the clauses that go on with a route of flight, each
# opened by a word of sequence and a word of going (a flight on, not the flight home: 回国 and
# 押解 open no such clause, and a place in China is no country)
ROUTE_ON = re.compile(
    r"[，,]+\s*(?:之后|此后|随后|然后|接着|继而|后来|后)?(?:又|再|再次|辗转|转而)"
    r"(?:转机|乘机|坐船|偷渡)?(?:飞往|逃往|转往|前往|窜往|逃到|逃至|去往|来到|到了|抵达|到)"
)


def on_route(prep: Prepared, place: Place) -> bool:
    """Whether the place ends a clause that goes on with a route of flight (…，又飞往加拿大)
    after a clause that names a country of its own (先逃到香港)."""
    lo = max(0, place.start - 12)
    comma = max(prep.norm.rfind("，", lo, place.start), prep.norm.rfind(",", lo, place.start))
    if comma < 0 or (step := ROUTE_ON.match(prep.norm, comma)) is None or step.end() > place.start:
        return False
    clause = _CLAUSE_START.search(prep.norm[max(0, comma - 30) : comma])
    start = max(0, comma - 30) + (clause.end() if clause else 0)
    # (a flight's clause, not the trip home: 从布宜诺斯艾利斯出发，又转机飞往迪拜)
    if TRIP_HOME.search(prep.norm, start, comma):
        return False  # 押解外逃人员巫建平从莫斯科出发，再转机飞往…: the escort's trip home
    return bool(trigger_section("flight", "zh").search(prep.norm, start, comma)) and any(
        p.code != "CN" for p in find_places(prep.norm, start, comma, "zh")
    )


TRIP_HOME = re.compile(r"出发|启程|押解|押送|带回|接回|回国|返回")


_CLAUSE_START = re.compile(r".*[，。；,;]")


# "Germany, Belgium and then Canada": a comma that goes on with the list of countries
_LIST_ON = re.compile(r",\s+(?:(?:and\s+)?(?:then|finally|at last|later)\s+|and\s+)?(?:the\s+)?")


def listed_on(prep: Prepared, at: int, end: int) -> list[Place]:
    """The countries an English list goes on with past a comma after the last one found."""
    listed: list[Place] = []
    while (sep := _LIST_ON.match(prep.norm, at, end)) is not None:
        nxt = find_places(prep.norm, sep.end(), min(end, sep.end() + 40), "en")
        if not nxt or nxt[0].start != sep.end():
            break
        listed.append(nxt[0])
        at = nxt[0].end
        rest = find_places(prep.norm, at, min(end, at + 30), "en")
        glued = re.match(
            r"\s+(?:and|or)\s+(?:(?:then|finally|at last|later)\s+)?(?:the\s+)?",
            prep.norm[at:end],
        )
        if rest and glued and rest[0].start == at + glued.end():
            listed.append(rest[0])
            at = rest[0].end
    return listed
