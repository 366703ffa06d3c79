"""Countries and territories named in a text span, as ISO 3166-1 alpha-2 codes.

The curated alias table (extract/lexicon/countries.json) comes first because pycountry's Chinese
names lack the short forms the press uses (韩国, 老挝) and misspell some (柬埔塞).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract import words
from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon
from extract.memo import DocumentMemo
from extract.text import to_simplified


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str
    kind: str  # "name", "adj" (Thai police) or "city"


@dataclass(frozen=True)
class _PlacePatterns:
    zh: re.Pattern[str]
    en: re.Pattern[str]
    lookup: dict[str, tuple[str, str]]
    fallback: frozenset[str]


@cache
def _patterns() -> _PlacePatterns:
    lookup: dict[str, tuple[str, str]] = {}
    zh_terms: list[str] = []
    en_terms: list[str] = []
    fallback: set[str] = set()
    for country in default_lexicon().countries:
        if country.fallback:
            fallback.update(country.zh + country.en)
        # (a side, 美方, is read with the care of an uncurated name: 老方法, 加方式 are no side)
        fallback.update(country.side)
        # the text is matched in simplified script: 義大利 is found as 义大利
        names = country.zh + country.side
        for term in dict.fromkeys(names + tuple(to_simplified(t) for t in names)):
            lookup.setdefault(term, (country.code, "name"))
            zh_terms.append(term)
        for term in country.en:
            lookup[term] = (country.code, "name")
            en_terms.append(term)
        for term in country.adj:
            lookup.setdefault(term, (country.code, "adj"))
            en_terms.append(term)
        for term in dict.fromkeys(country.cities + tuple(to_simplified(t) for t in country.cities)):
            lookup.setdefault(term, (country.code, "city"))
            (en_terms if term.isascii() else zh_terms).append(term)
    zh = re.compile(literal_alternation(zh_terms))
    # a name ends a word, or a compound only as "-based" ("a British Columbia-based suspect")
    en = re.compile(r"\b(?:" + literal_alternation(en_terms) + r")(?!\w|-(?!based\b))")
    return _PlacePatterns(zh=zh, en=en, lookup=lookup, fallback=frozenset(fallback))


# a document's sentences are searched for places again for each record and field
_FOUND: DocumentMemo[tuple[int, int, str], list[Place]] = DocumentMemo()


def find_places(norm: str, start: int, end: int, language: str) -> list[Place]:
    """Every country/territory mention in ``norm[start:end]`` (simplified matching copy)."""
    found = _FOUND.table(norm)
    key = (start, end, language)
    if key not in found:
        found[key] = _find_places(norm, start, end, language)
    return list(found[key])  # a copy: callers extend what they get


def _find_places(norm: str, start: int, end: int, language: str) -> list[Place]:
    pats = _patterns()
    pattern = pats.zh if language == "zh" else pats.en
    places = []
    for match in pattern.finditer(norm, start, end):
        if match.group() in pats.fallback and not _fallback_fits(norm, match, language):
            continue
        if language == "zh" and (
            _inside_china_place(norm, match.start(), match.end())
            # only two-character names begin longer place names (马里兰, 巴林左旗)
            or (len(match.group()) == 2 and words.crosses_place(norm, match.start(), match.end()))
        ):
            continue
        if _CURRENCY.match(norm, match.end()) or _CARRIER.match(norm, match.end()):
            continue  # US dollars, 港元: money; 埃塞俄比亚航空, Thai Airways: an airline
        if _VISA.match(norm, match.end()) and _VISA_SOUGHT.search(
            norm, max(0, match.start() - 30), match.start()
        ):
            continue  # "applied for a US visa", 办理美国签证: leave to go there, not being there
        if language == "zh" and norm.startswith("籍", match.end()):
            continue  # 柬埔寨籍华人: a nationality, not where the person went
        if language != "zh" and _NATIONALITY_AFTER.match(norm, match.end()):
            continue  # "a Taiwanese national", "a Canadian citizen": whose, not where
        if language != "zh" and _REGION_BEFORE.search(
            norm, max(0, match.start() - 10), match.start()
        ):
            continue  # South America, Latin American, Northern Ireland: a region, not the country
        code, kind = pats.lookup[match.group()]
        places.append(Place(match.start(), match.end(), code, kind))
    return places


# South America, Northern Ireland, Inner Mongolia (China's): a region named after a country
_NATIONALITY_AFTER = re.compile(r"\s+(?:national|citizen|nationality)\b", re.IGNORECASE)
_REGION_BEFORE = re.compile(r"\b(?:South|Latin|Central|North|Northern|Meso|Inner)[ -]$")
_CURRENCY = re.compile(r"\s?(?:dollars?\b|\$|元|币)", re.IGNORECASE)
# a country's airline, the carrier a person flew on, not a place they were in
_CARRIER = re.compile(r"\s?(?:航空|Airlines?\b|Airways\b)", re.IGNORECASE)
# (sought, not held: "overstayed his Thai visa", 持泰国签证出境 place the person there)
_VISA_SOUGHT = re.compile(
    r"(?:\b(?:appl(?:y|ied|ying)|seek(?:ing)?|sought|request(?:ed|ing)?|obtain(?:ed|ing)?) for"
    r"|\b(?:seek(?:ing)?|sought|obtain(?:ed|ing)?|request(?:ed|ing)?|get|got|getting))"
    r"\s+(?:an?\s+|the\s+)?$|(?:申请|办理)$",
    re.IGNORECASE,
)
_VISA = re.compile(
    r"\s?(?:(?:tourist|student|work|entry|transit)\s)?(?:visas?\b|签证)", re.IGNORECASE
)
_EN_PLACE_BEFORE = re.compile(
    r"\b(?:to|in|from|via|into|for|of|and|or)\s+(?:the\s+)?"
    r"(?:(?:suburban|downtown|central|northern|southern|eastern|western)\s+)?$"
)


def _fallback_fits(norm: str, match: re.Match[str], language: str) -> bool:
    """An uncurated name counts only where it cannot be part of something else: in Chinese, when
    it does not straddle a dictionary word (海地 in 沿海地区); in English, after a preposition
    ("fled to Zimbabwe", not "Chad Smith")."""
    if language == "zh":
        return not words.crosses_word(norm, match.start(), match.end())
    # "an Auckland-based suspect"
    return bool(
        _EN_PLACE_BEFORE.search(norm, max(0, match.start() - 24), match.start())
    ) or norm.startswith("-based", match.end())


def _inside_china_place(norm: str, start: int, end: int) -> bool:
    """在台 of 在台州, 来台 of 来台山: the match ends inside a Chinese place that begins in it;
    蒙古 of 内蒙古: the match lies inside a Chinese place that begins before it."""
    china = default_lexicon().china_places.major
    return any(
        norm[k : k + size] in china for k in range(start + 1, end) for size in range(end - k + 1, 5)
    ) or any(
        norm[k : k + size] in china
        for k in range(max(0, start - 2), start)
        for size in range(end - k, end - k + 4)
    )
