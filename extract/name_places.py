"""Places as a Chinese name candidate meets them: a candidate that is or opens with a division
of China or a country (柳州, 安哥拉, 柳州警 of 柳州警方) is no name, unless the place is one the
dictionary's corpus hardly names (龙海生); a place named in the text covers the characters
inside it (刚果共和国成功: 国 is no surname there)."""

from __future__ import annotations

import re
from bisect import bisect_left

from extract import words
from extract.alternation import literal_alternation
from extract.lexicon import Lexicon
from extract.memo import DocumentMemo
from extract.text import to_simplified


def is_place(name: str, lex: Lexicon) -> bool:
    """柳州, 安哥拉: a division of China, a country, or a candidate starting with one (柳州警方
    read as 柳州警); a compound surname that is a place (濮阳) is refused only as itself."""
    foreign = foreign_places(lex)
    # 苏丹 and 贝宁 are countries, but 苏丹丽 a name: only a longer country starts no name
    if name in foreign or any(name[:size] in foreign for size in range(3, len(name) + 1)):
        return True
    places = lex.china_places.major
    shortest = 3 if name[:2] in lex.surnames.compound else 2
    if name[:2] in places and shortest == 3 and len(name) > 2:
        return name[:3] in places or name[2] in "市县区"
    if (
        len(name) == 3
        and shortest == 2
        and _county_city(name[:2], lex)
        and name[2] not in _PLACE_TAILS
    ):
        # 龙海生: a county-level city's name the corpus hardly uses (龙海 8) opens a person's
        # name as often (a prefecture's never: 唐山站, 钦州港)
        return name in places or not words.is_rarely_used(name[:2])
    return any(name[:size] in places for size in range(shortest, len(name) + 1))


# what follows a place's name (龙海市, 龙海籍, 龙海人, 龙海港): the candidate is the place, not a name
_PLACE_TAILS = "市县区州籍人镇乡村旗盟港站楼路街桥湾口岸"


def _county_city(place: str, lex: Lexicon) -> bool:
    """A county-level city's short name (龙海), not a province's or a prefecture's."""
    return place in lex.china_places.major and place not in lex.china_places.prefectural


def inside_foreign_place(norm: str, i: int, lex: Lexicon) -> bool:
    """Whether a country or foreign city named in the text covers ``i`` and began before it."""
    foreign_places(lex)
    return _inside(norm, i, "foreign", _FOREIGN_PATTERNS[id(lex)])


def inside_china_place(norm: str, i: int, lex: Lexicon) -> bool:
    """Whether a Chinese place of three characters or more named in the text (石家庄, 马鞍山市)
    covers ``i`` and began before it; two-character ones (吉林) begin and end names too often."""
    if id(lex) not in _CHINA_PATTERNS:
        long = [p for p in lex.china_places.major if len(p) >= 3]
        _CHINA_PATTERNS[id(lex)] = re.compile(literal_alternation(long))
    return _inside(norm, i, "china", _CHINA_PATTERNS[id(lex)])


# the places of a document, by kind (and lexicon): their starts and ends, in text order
_PLACES: DocumentMemo[tuple[str, int], tuple[list[int], list[int]]] = DocumentMemo()


def _inside(norm: str, i: int, kind: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``i`` lies inside a match of ``pattern`` in the text (after its first character).
    The matches are found once per document, kept by the kind's name and the pattern's id, not
    by the pattern: hashing a compiled pattern hashes its whole program (a trie of a few
    thousand places: about 10 µs a look-up)."""
    memo = _PLACES.table(norm)
    key = (kind, id(pattern))
    places = memo.get(key)
    if places is None:
        matches = [m.span() for m in pattern.finditer(norm)]
        places = memo[key] = ([a for a, _ in matches], [b for _, b in matches])
    starts, ends = places
    # the matches do not overlap: only the last one starting before i may hold it
    at = bisect_left(starts, i) - 1
    return at >= 0 and i < ends[at]


_CHINA_PATTERNS: dict[int, re.Pattern[str]] = {}


def country_names(lex: Lexicon) -> frozenset[str]:
    """Countries' Chinese names, simplified (cached per lexicon as the foreign places are)."""
    if id(lex) not in _COUNTRIES:
        names = {n for c in lex.countries for n in c.zh if not n.isascii()}
        _COUNTRIES[id(lex)] = frozenset(names | {to_simplified(n) for n in names})
    return _COUNTRIES[id(lex)]


_COUNTRIES: dict[int, frozenset[str]] = {}
_FOREIGN: dict[int, frozenset[str]] = {}
_FOREIGN_PATTERNS: dict[int, re.Pattern[str]] = {}


def foreign_places(lex: Lexicon) -> frozenset[str]:
    """Countries and their cities in Chinese, simplified (once per lexicon: lists are
    unhashable); a city is never a given name after a preposition (由曼谷回国)."""
    if id(lex) not in _FOREIGN:
        names = {n for c in lex.countries for n in c.zh + c.cities if not n.isascii()}
        _FOREIGN[id(lex)] = frozenset(names | {to_simplified(n) for n in names})
        _FOREIGN_PATTERNS[id(lex)] = re.compile(literal_alternation(_FOREIGN[id(lex)]))
    return _FOREIGN[id(lex)]
