"""Find stated durations of being at large or abroad (外逃13年, "on the run for 20 years").

Why a separate layer: these are the spans a date parser misreads as years (外逃15年 -> 2015),
and ``years_at_large`` must be the stated number, never one computed from a flight year.
Only phrases tied to flight/hiding/living abroad count; prison terms (有期徒刑5年), ages and
unrelated periods (相识二十余年) do not. Approximate wording (十余年, "nearly five years")
keeps the span with ``years=None`` so the caller knows a duration was stated but not exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import default_lexicon
from extract.numerals import EN_NUMBER_PATTERN, parse_en_number, parse_number, to_ascii_digits
from extract.text import to_simplified


@dataclass(frozen=True)
class Duration:
    """A stated at-large duration: its span and the years (None when approximate)."""

    start: int
    end: int
    text: str
    years: float | None


# Verbs of flight or hiding abroad (simplified and traditional).
_ZH_VERBS = (
    "外逃|潜逃|潛逃|出逃|出走|逃亡|在逃|逃匿|藏匿|潜藏|潛藏|滞留|滯留|流亡|逃往|逃到|逃至|逃离|逃離"
    "|生活了|居住了|隐居|隱居|匿居|至今|跑就是|躲就是|逃就是|藏就是"
)
# Between verb and number: a place (柬埔寨 / 境外 / 海外), never digits, numerals or punctuation.
_ZH_GAP_CHAR = r"[^\W\d一二两兩三四五六七八九十百〇零年个個多余餘]"
_ZH_EXACT_QUAL = r"(?:已经|已經|已|了|长达|長達|达|達|整整|有)?"
_ZH_APPROX_PRE = r"(?P<approx_pre>将近|將近|接近|近|约|約|大约|大約|逾|超过|超過)?"
_ZH_NUMBER = r"(?P<num>\d{1,2}(?:\.\d)?|[一二两兩三四五六七八九十]{1,3}|半|多|数|數|几|幾)"
_ZH_APPROX_MID = r"(?P<approx_mid>余|餘|多|几|幾)?"
_ZH_TAIL = r"(?:个|個)?年(?P<tail>半|多|有余|有餘)?"


@cache
def _zh_duration_pattern() -> re.Pattern[str]:
    """The gap between verb and number holds a place: a country is one unit of it, so a long
    name (圣文森特和格林纳丁斯) fits and a numeral or bracket in one (多米尼加, 刚果（金）) is never
    taken for the number."""
    names = {m for c in default_lexicon().countries for n in c.zh for m in (n, to_simplified(n))}
    units = sorted(map(re.escape, names), key=len, reverse=True)
    gap = rf"(?:{'|'.join(units)}|{_ZH_GAP_CHAR})" if units else _ZH_GAP_CHAR
    return re.compile(
        rf"(?:{_ZH_VERBS}){gap}{{0,8}}?{_ZH_EXACT_QUAL}{_ZH_APPROX_PRE}{_ZH_NUMBER}"
        rf"{_ZH_APPROX_MID}{_ZH_TAIL}(?!以上|以来|以來|前|[后後][^，。；]{{0,6}}(?:又|再次|第二次))"
    )


_EN_APPROX = (
    r"(?P<approx>(?i:nearly|almost|about|around|roughly|some|over|more\s+than|close\s+to|"
    r"at\s+least|approximately|less\s+than))"
)
_EN_NUM = rf"(?:{_EN_APPROX}\s+)?(?P<num>(?i:{EN_NUMBER_PATTERN}))"
_EN_HALF = r"(?P<half>\s+and\s+a\s+half)?"
_EN_UNIT = r"\s+(?P<unit>(?i:years?|decades?))"  # "After 13 Years on the Run" in a headline
_EN_STATES = (
    r"(?i:on\s+the\s+run|on\s+the\s+lam|at\s+large|in\s+hiding|hiding|abroad|overseas|in\s+exile|"
    r"a\s+fugitive|as\s+a\s+fugitive|living\s+abroad|lived|living|stayed|hid|hidden)"
)
# a place of several words, lower-case joints too (Cote d'Ivoire, Antigua and Barbuda)
_EN_PLACE = (
    # U.S.; St. Kitts and Nevis
    r"(?:(?:[A-Z]\.){2,}|(?:St\.\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|and|the|d')\s*)*[A-Z][\w'-]*){0,3})"
)
# "in northern Myanmar", "in the southern Philippines": a region of a country
_EN_IN_PLACE = (
    rf"in\s+(?:the\s+)?(?:(?i:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+|central\s+)?"
    rf"{_EN_PLACE}"
)
_EN_FALSE_NAME = (
    rf"under\s+(?:a\s+)?(?:false|fake|assumed|new)\s+(?:name|identity)(?:\s+in\s+{_EN_PLACE})?"
)
# "spent two years in Istanbul before settling in the UAE": one stop of the flight, not all of it
_EN_NOT_A_STOP = r"(?!,?\s+(?i:before|then|and\s+then)\s+(?:settling|moving|heading|relocating|going\s+on|leaving\s+for))"
_EN_DURATIONS = [
    re.compile(src)
    for src in (
        rf"\b(?:(?i:had|has|have)\s+been\s+)?{_EN_STATES}(?:\s+\w+ly)?(?:\s+{_EN_IN_PLACE})?"
        rf"\s+for\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\b",
        # "eight years on the lam", "his 11 years overseas", "five years of life in hiding"
        rf"\b{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+(?:of\s+(?:life\s+)?)?(?i:on\s+the\s+(?:run|lam)"
        rf"|in\s+hiding|in\s+exile|overseas|abroad|as\s+a\s+fugitive)\b",
        # "spent 11 years fighting removal from Canada"
        rf"\b(?i:spent|spending|after)\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+(?i:fighting|resisting|contesting)"
        rf"\s+(?:(?:his|her|their)\s+)?(?i:removal|deportation|extradition|repatriation)\b",
        # "Six years later she was back in China"
        rf"\b{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+later,?\s+(?:he|she|[A-Z][a-z]+)\s+"
        rf"(?i:was\s+back|returned|came\s+back|went\s+back|surrendered|was\s+sent\s+back)\b",
        # "Over the next 13 years she went to Macao"
        rf"\b(?i:over|during|in)\s+the\s+(?i:next|following)\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT},?\s+"
        rf"(?:he|she|[A-Z][a-z]+)\s+(?:\w+\s+)?(?i:went|moved|lived|hid|stayed|travell?ed|fled)\b",
        # "had been in Georgia for four years", "had been there for", "had been out of China for"
        rf"\b(?i:had|has|have)\s+been\s+(?:in\s+(?:the\s+)?{_EN_PLACE}|(?i:there|away"
        rf"|out\s+of\s+(?:China|the\s+country)))\s+for\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\b",
        rf"\b(?i:after|spent|following|after\s+spending|ending|ended)\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+"
        rf"(?:{_EN_STATES}\b|(?i:there)\b|{_EN_IN_PLACE}\b{_EN_NOT_A_STOP}|{_EN_FALSE_NAME})",
        rf"\b(?i:fled|escaped|escaping|fleeing|left)(?:\s+(?:to|from)\s+(?:the\s+)?{_EN_PLACE}|\s+(?:abroad|overseas)"
        rf"|\s+(?:the\s+country|China))?\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+ago\b",
        rf"\b{_EN_NUM}[-\s]year[-\s](?:long\s+)?(?:flight|escape|exile)\b",
        # "after fleeing to the United Arab Emirates (UAE) for eight years"
        rf"\b(?i:fled|fleeing|escaped|escaping)(?:\s+(?:to|from)\s+(?:the\s+)?{_EN_PLACE}"
        rf"(?:\s+\([A-Z]{{2,}}\))?|\s+(?:abroad|overseas))?\s+for\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\b",
        # "returned home from New Zealand after 11 years" (not "after 11 years in prison")
        rf"\b(?i:returned|returning|came\s+back|repatriated|surrendered|extradited|sent\s+back"
        rf"|went\s+(?:home|back)|gone\s+(?:home|back)|flew\s+(?:home|back))\b"
        rf"[^.;]{{0,60}}?\b(?P<dur>(?i:after)\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT})\b"
        r"(?!\s+(?:in|behind|of)\b)",
        # "returned to China to face trial seven years later": years after the flight
        rf"\b(?i:returned|came\s+back|went\s+(?:home|back)|surrendered|was\s+repatriated)\b"
        rf"[^.;]{{0,50}}?\b(?P<dur>{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+later)\b",
        # "13 years after she fled eastern China"
        rf"\b{_EN_NUM}{_EN_HALF}{_EN_UNIT}\s+after\s+(?:(?:he|she|they|[A-Z][a-z]+)\s+(?:had\s+)?"
        rf"(?i:fled|escaped|absconded|left|vanished|disappeared)|(?i:fleeing|escaping|leaving))\b",
        # "For twelve years, Deng lived quietly outside Houston"
        rf"\b(?i:for)\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT},?\s+(?:(?:he|she|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s+)?"
        rf"(?i:lived|hid|stayed|evaded|eluded)\b",
        # "evading authorities for 28 years"
        rf"\b(?i:evad(?:ed|ing)|elud(?:ed|ing))\s+(?:the\s+)?(?i:authorities|police|capture|arrest"
        rf"|justice|investigators|law\s+enforcement)\s+for\s+{_EN_NUM}{_EN_HALF}{_EN_UNIT}\b",
    )
]


def find_durations(text: str, offset: int = 0) -> list[Duration]:
    """Every stated at-large duration in ``text`` (spans shifted by ``offset``), in order."""
    norm = to_ascii_digits(text)
    found = [_zh_duration(m) for m in _zh_duration_pattern().finditer(norm)] if "年" in norm else []
    for pos, endpos in _unit_windows(norm):
        found += [_en_duration(m) for rx in _EN_DURATIONS for m in rx.finditer(norm, pos, endpos)]
    durations = [
        Duration(offset + start, offset + end, text[start:end], years)
        for start, end, years in sorted(found, key=lambda f: (f[0], -f[1]))  # longest first
    ]
    return _without_overlaps(durations)


_UNIT_WORD = re.compile(r"(?i:year|decade)")


def _unit_windows(text: str) -> list[tuple[int, int]]:
    """Text windows around "year"/"decade": the English regexes only run there (speed)."""
    windows: list[tuple[int, int]] = []
    for match in _UNIT_WORD.finditer(text):
        start, end = max(0, match.start() - 90), min(len(text), match.end() + 70)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _zh_duration(match: re.Match[str]) -> tuple[int, int, float | None]:
    num, tail = match.group("num"), match.group("tail")
    approximate = bool(match.group("approx_pre") or match.group("approx_mid"))
    approximate = approximate or tail in ("多", "有余", "有餘") or num in "多数數几幾"
    years = None if approximate else (0.5 if num == "半" else parse_number(num))
    if years is not None and tail == "半":
        years += 0.5
    if years is not None and not 0 < years <= 80:
        years = None
    return match.start(), match.end(), years


def _en_duration(match: re.Match[str]) -> tuple[int, int, float | None]:
    # a pattern that needs its context (the return before "after 11 years") marks the duration
    start, end = match.span("dur") if "dur" in match.re.groupindex else match.span()
    if match.group("approx"):
        return start, end, None
    years = parse_en_number(re.sub(r"\s+", " ", match.group("num")))
    if years is None:
        return start, end, None
    if "half" in match.re.groupindex and match.group("half"):
        years += 0.5
    unit = match.group("unit") if "unit" in match.re.groupindex else "year"
    if unit.lower().startswith("decade"):
        years *= 10
    return start, end, years


def _without_overlaps(durations: list[Duration]) -> list[Duration]:
    kept: list[Duration] = []
    for duration in durations:
        if kept and duration.start < kept[-1].end:
            continue
        kept.append(duration)
    return kept
