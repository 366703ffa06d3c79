"""The people a "X等N人" event stands for: the list that names them together.

A report names a gang's members once (韩某、孙某、周某这3名主要犯罪嫌疑人潜逃) and tells the
return later by the first of them and a count (韩某等3人先后落网); or it tells the return by one
name and a count first and lists the group after it (焦某等8名…被遣送回大陆。这次遣返的8人分别是：
鲁某、焦某、…). Where a list of exactly that many names holds the same name, before the event or
anywhere after it, the event is each listed person's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from extract.numerals import parse_number
from extract.text import Sentence

Span = tuple[int, int]


class _Mentioned(Protocol):
    """What this module needs of a person of the cast (extract.people.Person, which calls it)."""

    def mentions_in(self, start: int, end: int) -> list[Span]: ...

    def add_mention(self, span: Span) -> None: ...


_AND_OTHERS = re.compile(r"等(\d+|[两二三四五六七八九十]+)(?:名|人)(?!中|之中|里|当中)")
# what joins the names of one list: 、 and, before the last, 和 / 及 / 与
_JOINER = re.compile(r"、|和|及|与|以及")


@dataclass(frozen=True)
class _Lists:
    """The text, the people of the cast and who each sentence names (``named_in``)."""

    norm: str
    people: Mapping[str, _Mentioned]
    named_in: dict[int, list[str]]


def name_counted_groups(
    norm: str,
    people: Mapping[str, _Mentioned],
    named_in: dict[int, list[str]],
    sentences: list[Sentence],
) -> None:
    """Add to each sentence that tells of "X等N人" the others of the earlier list of N names that
    opens on X (``named_in``: who each sentence names), so that they are named there as X is."""
    lists = _Lists(norm, people, named_in)
    for sentence in sentences:
        named = named_in.get(sentence.index, [])
        for key in list(named):
            for span, member in _members(lists, key, sentence, sentences):
                # the group's words (韩某等3人) are the member's mention here
                people[member].add_mention(span)
                if member not in named:
                    named.append(member)


def _members(
    lists: _Lists, key: str, sentence: Sentence, sentences: list[Sentence]
) -> list[tuple[Span, str]]:
    """The others of an earlier list the sentence's "X等N人" stands for, each with the span of
    X's mention (empty when none fits)."""
    for start, end in lists.people[key].mentions_in(sentence.start, sentence.end):
        count = _AND_OTHERS.match(lists.norm, end)
        size = parse_number(count.group(1)) if count else None
        if size is None or size < 2:
            continue
        for other in _nearby(sentences, sentence):
            listed, opening = _list_holding(lists, key, other)
            # a list the page gives as a group's (这次遣返的8人分别是：…), or one before the event
            # that opens on the name; not one of owners or partners that merely holds it
            fits = opening or (listed[:1] == [key] and other.index < sentence.index)
            if len(listed) == size and fits:
                return [((start, end), member) for member in listed if member != key]
    return []


def _nearby(sentences: list[Sentence], sentence: Sentence) -> list[Sentence]:
    """The sentences before the event, nearest first, then those after it."""
    at = sentence.index
    return sentences[:at][::-1] + sentences[at + 1 :]


# what opens a list as the enumeration of a group told of before (分别是：, 名单如下, 包括)
_ENUMERATION = re.compile(r"(?:分别(?:是|为|系)|名单(?:如下)?|依次(?:是|为)|包括|即)[：:]?\s*$")


def _list_holding(lists: _Lists, key: str, sentence: Sentence) -> tuple[list[str], bool]:
    """The names, in order, of a list in ``sentence`` that holds ``key``, and whether an
    enumeration's words open it (``_ENUMERATION``)."""
    spans = sorted(
        (span, other)
        for other in lists.named_in.get(sentence.index, [])
        for span in lists.people[other].mentions_in(sentence.start, sentence.end)
    )
    listed: list[str] = []
    first = sentence.start
    for i, (span, name) in enumerate(spans):
        joined = i > 0 and _JOINER.fullmatch(lists.norm, spans[i - 1][0][1], span[0])
        if not joined or name in listed:
            if key in listed and len(listed) > 1:
                break
            listed, first = [], span[0]
        listed.append(name)
    if key not in listed or len(listed) < 2:
        return [], False
    return listed, bool(_ENUMERATION.search(lists.norm, sentence.start, first))
