"""Which person an anonymised name (王某) stands for: one name may be two people.

Announcements anonymise by surname, so a round-up may report two people both written 周某. A
later mention is another person when the text says so (另一名犯罪嫌疑人王某), when a list
introduces it again with a descriptor of its own (辽宁逃犯李某、边某，河北逃犯李某), or when its
description contradicts the one the name had: another sum (涉嫌合同诈骗1亿元的郑某 … 挪用6000多万元
的犯罪嫌疑人郑某) or another country of flight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.confirmed_names import LIST_ITEM_START
from extract.places import find_places
from extract.text import Sentence

KEY_SEPARATOR = "#"
_ANOTHER = re.compile(r"另一名|另外一名|另一|还有一名|第二名|又一名")
# a list item that introduces its person: 河北逃犯李某, 涉嫌…的犯罪嫌疑人李某
_INTRODUCED = re.compile(r"(?:逃犯|嫌疑人|嫌犯|人员|男子|女子)$")
_ANONYMISED_NAME = re.compile(r"[\u4e00-\u9fff]某+")
# what describes the person in the clause that ends at the name: a suspicion or a flight
_DESCRIBED = re.compile(r"涉嫌|外逃|潜逃|逃往|逃到|在逃|逃犯")
_SUM = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:余|多)?([万亿])(?:余|多)?元")
_DESCRIPTION_REACH = 48


@dataclass(frozen=True)
class Description:
    """The sums and countries a descriptor gives its person."""

    sums: frozenset[float]
    countries: frozenset[str]

    def contradicts(self, other: Description) -> bool:
        def apart(
            a: frozenset[float] | frozenset[str], b: frozenset[float] | frozenset[str]
        ) -> bool:
            return bool(a) and bool(b) and not a & b

        return apart(self.sums, other.sums) or apart(self.countries, other.countries)


def display_key(key: str) -> str:
    """The name of a person key (王某#2 is the second 王某 of the document)."""
    return key.split(KEY_SEPARATOR)[0]


def description(norm: str, start: int) -> Description | None:
    """What the clause before a name says of the person, when it describes them at all."""
    clause_from = max(norm.rfind(c, 0, start) for c in "，。；\n") + 1
    begin = max(clause_from, start - _DESCRIPTION_REACH)
    text = norm[begin:start]
    if not _DESCRIBED.search(text):
        return None
    # in units of 10,000 yuan, however written (1.2亿元, 12000万元, 1,200万元 … 1.2亿余元)
    sums = frozenset(
        round(float(a.replace(",", "")) * (10_000 if unit == "亿" else 1), 2)
        for a, unit in _SUM.findall(text)
    )
    countries = frozenset(p.code for p in find_places(norm, begin, start, "zh"))
    return Description(sums, countries)


class AnonymisedKeys:
    """The person key of each anonymised mention, in document order."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.aliases: dict[str, str] = {}
        self.described: dict[str, Description] = {}

    def key(self, start: int, end: int, sentence: Sentence) -> str:
        norm, name = self.norm, self.norm[start:end]
        told = description(norm, start)
        if name in self.aliases and (
            self._introduced_again(start, end, sentence) or self._contradicted(name, told)
        ):
            count = sum(1 for key in self.aliases.values() if display_key(key) == name) + 1
            self.aliases[name] = f"{name}{KEY_SEPARATOR}{count}"
        key = self.aliases.setdefault(name, name)
        if told is not None:
            self.described.setdefault(key, told)
        return key

    def _contradicted(self, name: str, told: Description | None) -> bool:
        known = self.described.get(self.aliases[name])
        return told is not None and known is not None and told.contradicts(known)

    def _introduced_again(self, start: int, end: int, sentence: Sentence) -> bool:
        norm, name = self.norm, self.norm[start:end]
        clause = re.split(r"[，。；]", norm[max(0, start - 16) : start])[-1]
        if _ANOTHER.search(clause):
            # 抓获主犯马某，但另一名涉案人邵某: "another" set against the person just named
            told_before = _ANONYMISED_NAME.findall(norm, sentence.start, start)
            return not set(told_before) - {name}
        item = LIST_ITEM_START.split(norm[max(sentence.start, start - 16) : start])[-1]
        before = norm.rfind(name, sentence.start, start)
        # another person listed between the two (李某、边某，河北逃犯李某): not one person twice
        between = norm[before + len(name) : start] if before >= 0 else ""
        others = {m.group() for m in _ANONYMISED_NAME.finditer(between)} - {name}
        return bool(others) and bool(_INTRODUCED.search(item))
