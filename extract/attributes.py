"""Per-person attributes found in the sentences about that person.

Each finder takes the matching copy of the text and the spans of the person's context, and
returns values together with the spans they came from, so every value has its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extract.crime_contexts import EN_CRIME_CONTEXT, ZH_CRIME_CONTEXT
from extract.crime_owner import owned_context
from extract.lexicon import default_lexicon
from extract.memo import DocumentMemo
from extract.places import find_places
from extract.prefilter import PatternTable

Span = tuple[int, int]


@dataclass(frozen=True)
class Found:
    """A value and the span of text that states it."""

    value: str
    start: int
    end: int


def _compile_table(
    table: dict[str, list[str]], flags: int = 0
) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (code, re.compile("|".join(f"(?:{t})" for t in terms), flags))
        for code, terms in table.items()
    ]


@cache
def _crime_patterns() -> dict[str, PatternTable[str]]:
    lex = default_lexicon()
    return {
        "zh": PatternTable(_compile_table(lex.crimes_zh)),
        "en": PatternTable(_compile_table(lex.crimes_en, re.IGNORECASE)),
    }


def crimes(norm: str, spans: Iterable[Span], language: str) -> list[Found]:
    """Alleged crimes named in a crime context (涉嫌…罪, …案犯罪嫌疑人, suspected of …)."""
    found: list[Found] = []
    for start, end in spans:
        found.extend(_span_crimes(norm, start, end, language))
    # contexts overlap (骗取 is one inside 涉嫌骗取出口退税罪): the longer term wins across them
    return _unique(_longest(found))


# the same sentences are read for crimes for each person (narrow, group and respective spans)
_SPAN_CRIMES: DocumentMemo[tuple[int, int, str], list[Found]] = DocumentMemo()


def _span_crimes(norm: str, start: int, end: int, language: str) -> list[Found]:
    """The crime terms of every crime context of one span, remembered for the document."""
    memo = _SPAN_CRIMES.table(norm)
    key = (start, end, language)
    if key not in memo:
        context = ZH_CRIME_CONTEXT if language == "zh" else EN_CRIME_CONTEXT
        owned = (
            owned_context(norm, a, b, language) for a, b in context.every_span(norm, start, end)
        )
        memo[key] = [found for part in owned if part for found in crimes_in(norm, *part, language)]
    return memo[key]


def crimes_in(norm: str, start: int, end: int, language: str) -> list[Found]:
    """Crime terms in the span; where two overlap the longer wins (集资诈骗 over 诈骗,
    挪用资金 is not 挪用公款)."""
    found = [
        Found(code, m.start(), m.end())
        for code, pattern in _crime_patterns()[language].within(norm, start, end)
        for m in pattern.finditer(norm, start, end)
    ]
    if language == "zh":
        found.extend(_named_offences(norm, start, end, found))
    return _longest(found)


def _named_offences(norm: str, start: int, end: int, known: list[Found]) -> list[Found]:
    """Offences the law's form names (涉嫌劫持航空器罪, 以伪造身份证件罪) that no crime term
    reads: Chinese law names every offence so, and the lexicon can never list them all; those
    the lexicon knows (贪污罪) keep their own code."""
    named = default_lexicon().named_offence
    if named is None or "罪" not in norm[start:end]:
        return []
    out = []
    # one character past the span, so that the pattern sees what follows 罪 (罪行 is no name)
    for m in named.pattern.finditer(norm, start, end + 1):
        if (
            m.end() > end
            or m.group(1) in named.generic
            or any(f.start < m.end() and m.start() < f.end for f in known)
            or _charged_abroad_or_before(norm, m.start(), m.end())
        ):
            continue
        out.append(Found("other", m.start(), m.end()))
    return out


def _charged_abroad_or_before(norm: str, start: int, end: int) -> bool:
    """An offence a foreign court or police charged (在美国期间以移民欺诈罪被当地法院判刑), or one
    the person was once convicted of (曾因犯伪证罪被判刑): neither is what China alleges."""
    # (以X罪判处: the court that convicted is the sentence's subject, before any comma)
    marks = "。；！？\n" if norm[start - 1 : start] == "以" else "，,。；！？\n"
    left = max(norm.rfind(c, max(0, start - 40), start) for c in marks)
    stops = [i for i in (norm.find(c, end, end + 40) for c in "，,。；！？\n") if i >= 0]
    clause = (left + 1 if left >= 0 else max(0, start - 40), min(stops, default=end + 40))
    text = norm[clause[0] : clause[1]]
    if "曾" in text or _FOREIGN_AUTHORITY.search(text):
        return True
    abroad = any(p.code != "CN" for p in find_places(norm, *clause, "zh"))
    return abroad and bool(_CHARGED_THERE.search(text))


# a court, the police or prosecutors abroad (当地法院, 外国警方), and what a country named in the
# clause did there (美国法院, 在新加坡被控)
_FOREIGN_AUTHORITY = re.compile(
    r"(?:当地|外国|国外|境外)(?:的)?(?:联邦|地区|地方|最高)?(?:法院|法庭|警方|警察|检方|检察|当局|移民)"
)
_CHARGED_THERE = re.compile(r"法院|法庭|警方|警察|检方|检察官|当局|移民局|被控|期间")


def _longest(found: list[Found]) -> list[Found]:
    """Of overlapping finds, the longest, in text order. The finds kept never overlap, so each
    new one is checked against its two neighbours only (a document repeating one announcement
    has thousands)."""
    starts: list[int] = []
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        at = bisect_left(starts, item.start)
        before = kept[at - 1] if at > 0 else None
        after = kept[at] if at < len(kept) else None
        if (before is None or before.end <= item.start) and (
            after is None or item.end <= after.start
        ):
            starts.insert(at, item.start)
            kept.insert(at, item)
    return kept


@cache
def _coercion_patterns() -> dict[str, PatternTable[str]]:
    lex = default_lexicon()
    return {
        "zh": PatternTable(_compile_table(lex.coercion_zh)),
        "en": PatternTable(_compile_table(lex.coercion_en, re.IGNORECASE)),
    }


def coercion(norm: str, spans: Iterable[Span], language: str) -> list[Found]:
    """Pressure tactics named in the person's context."""
    found = []
    for start, end in spans:
        for code, pattern in _coercion_patterns()[language].within(norm, start, end):
            match = pattern.search(norm, start, end)
            if match:
                found.append(Found(code, match.start(), match.end()))
    return _unique(found)


def _unique(found: list[Found]) -> list[Found]:
    seen: dict[str, Found] = {}
    for item in found:
        seen.setdefault(item.value, item)
    return list(seen.values())


# 红通 before 过 is the end of a name and the word 通过 (秦红红通过中间人), not a red notice
# 红色通报: the police's name for an Interpol Red Notice (国际刑警组织发布红色通报)
_RED_ZH = re.compile(r"百名红通人员”?\s*第(\d+)号|百名红通|红通人员|红色通缉令|红色通报|红通(?!过)")
_RED_EN = re.compile(
    r"red notice|100 (?:of its )?[\"“]?most[- ]wanted"
    # "listed among the 100 international fugitives China most wants", "… most wanted by China"
    r"|\b100 (?:[\w-]+ ){0,2}(?:fugitives|suspects)\b[^.;]{0,40}?\bmost\b(?! of\b)"
    r"|most[- ]wanted (?:[a-z]+ ){0,2}(?:fugitives?|suspects?)"
    # "ranked 33rd on the list", "No. 9 on the list of 100": a place on the list (not a list of
    # something else: "ranked third on Hurun's list of the richest")
    r"|\b(?:ranked|No\.?|number) ?\d{1,3}(?:st|nd|rd|th)?\b[^.;]{0,20}\bon (?:\w+'s |the |its |that )?"
    r"list\b(?! of (?!(?:the )?100\b))"
    # "stood first on that list": a rank told in words
    r"|\b(?:stood|stands|ranked|ranks) (?:first|second|third|top)\b[^.;]{0,20}\bon (?:\w+'s |the |its "
    r"|that )?list\b(?! of (?!(?:the )?100\b))"
    r"|\bthe \d{1,3}(?:st|nd|rd|th)\b[^.;]{0,20}\b(?:(?:on|from|in) (?:the|its) list\b(?! of (?!(?:the )?100\b))"
    r"|of the 100)\b",
    re.IGNORECASE,
)


def red_notice(norm: str, spans: Iterable[Span], language: str) -> tuple[Found | None, int | None]:
    """Whether a red notice is tied to the person, and the 百名红通 number when given."""
    pattern = _RED_ZH if language == "zh" else _RED_EN
    first: Found | None = None
    number: int | None = None
    for start, end in spans:
        for match in pattern.finditer(norm, start, end):
            first = first or Found("true", match.start(), match.end())
            if language == "zh" and match.group(1) and number is None:
                number = int(match.group(1))
    return first, number


# a place on the list, told of the person: 第18号伏丽萍 (the number right before the name),
# "who ranked 47th", "No. 9 on the list"; a red notice where the document is about the list
_LIST_NUMBER_ZH = re.compile(r"第(\d{1,3})号\s*$")
_LIST_PLACE_EN = re.compile(
    r"\b(?:ranked|ranks|ranking) (?:No\.? ?)?(\d{1,3})(?:st|nd|rd|th)?\b|\bNo\. ?(\d{1,3}) on\b",
    re.IGNORECASE,
)


def list_place(
    norm: str, spans: Iterable[Span], mentions: Iterable[Span], language: str
) -> tuple[Found | None, int | None]:
    """The person's place on the red-notice list, where the document names the list: the
    number before a name (第18号伏丽萍) or a rank told in the person's own sentences."""
    pattern = _RED_ZH if language == "zh" else _RED_EN
    if not pattern.search(norm):
        return None, None
    if language == "zh":
        for start, _ in mentions:
            number = _LIST_NUMBER_ZH.search(norm, max(0, start - 8), start)
            if number:
                return Found("true", number.start(), number.end()), int(number.group(1))
        return None, None
    for start, end in spans:
        rank = _LIST_PLACE_EN.search(norm, start, end)
        if rank:
            return Found("true", rank.start(), rank.end()), None
    return None, None


_GENDER_ZH = re.compile(r"[，,（(]\s*(男|女)\s*[，,）)]")
# "his wife Liu Fang": a kinship word right before the name says more than any pronoun near it
_KIN_GENDER = {"wife": "female", "mother": "female", "daughter": "female", "sister": "female",
               "husband": "male", "father": "male", "son": "male", "brother": "male"}  # fmt: skip
_KIN_EN = re.compile(rf"\b({'|'.join(_KIN_GENDER)}),?\s+$", re.IGNORECASE)
_GENDER_EN = {"he": "male", "him": "male", "his": "male", "himself": "male",
              "she": "female", "her": "female", "herself": "female"}  # fmt: skip
# He and She before a capitalised word are the surnames 何 and 佘 (She Guihui), no pronouns
_PRONOUN_EN = re.compile(
    r"\b(?-i:(?!(?:He|She) [A-Z][a-z]))(he|him|his|himself|she|her|herself)\b", re.IGNORECASE
)
_BIRTH = re.compile(r"((?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?出生|born in ((?:19|20)\d{2})")


def gender(
    norm: str, spans: Iterable[Span], language: str, mentions: Iterable[Span] = ()
) -> Found | None:
    """男/女 set off in the profile; in English a kinship word before the name, else the first
    pronoun in ``spans`` (the caller passes only sentences about this person alone)."""
    mentions = list(mentions)
    if language != "zh":
        for start, _ in mentions:
            kin = _KIN_EN.search(norm, max(0, start - 12), start)
            if kin:
                return Found(_KIN_GENDER[kin.group(1).lower()], kin.start(1), kin.end(1))
    for start, end in spans:
        if language == "zh":
            match = _GENDER_ZH.search(norm, start, end)
            if match:
                value = "male" if match.group(1) == "男" else "female"
                return Found(value, match.start(1), match.end(1))
        else:
            match = _english_pronoun(norm, start, end, mentions)
            if match:
                return Found(_GENDER_EN[match.group(1).lower()], match.start(), match.end())
    return None


def _english_pronoun(
    norm: str, start: int, end: int, mentions: Iterable[Span]
) -> re.Match[str] | None:
    """The first pronoun of the span that is not part of a name (Fu He, surnamed She)."""
    spans = list(mentions)
    for match in _PRONOUN_EN.finditer(norm, start, end):
        if not any(a <= match.start() < b for a, b in spans):
            return match
    return None


def birth_year(norm: str, spans: Iterable[Span]) -> Found | None:
    for start, end in spans:
        match = _BIRTH.search(norm, start, end)
        if match:
            return Found(match.group(1) or match.group(2), match.start(), match.end())
    return None


_EMPLOYER_RUN = re.compile(r"[^，,。；;、的：:“”\"'（）()《》【】\s]{2,30}$")


@cache
def _employer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = default_lexicon().names
    ends = re.compile("(?:" + "|".join(cues.employer_ends) + ")$")
    not_employer = re.compile("|".join(cues.employer_not))
    return ends, not_employer


_AUTH_ZH = re.compile(
    r"经([^，。；]{2,80}?)(?:等(?:单位|部门|地)?)?(?:共同|不懈|密切|持续|协同|周密|多轮|通力|大力)"
)
_LIST_OPENING = re.compile(r"^(?:以及|会同)")
_LIST_SEPARATOR = re.compile(r"、|和|及|与")
_COORD_ZH = re.compile(r"在([^，。；]{2,40}?)(?:统筹协调|统一指挥|统一部署|指导)下")


def handling_authorities(norm: str, span: Span) -> list[Found]:
    """Bodies credited with the return (经X、Y等单位共同努力; 在中央追逃办统筹协调下)."""
    found: list[Found] = []
    for pattern in (_COORD_ZH, _AUTH_ZH):
        match = pattern.search(norm, *span)
        if not match:
            continue
        for start, end in _authority_parts(norm, match.start(1), match.end(1)):
            name = norm[start:end].strip()
            name = _LIST_OPENING.sub("", name)
            if len(name) >= 2:
                found.append(Found(name, end - len(name), end))
    return found


def _authority_parts(norm: str, start: int, end: int) -> list[Span]:
    """The bodies of a list: split at 、 always, at 和/及/与 only after an employer's ending, as
    和 also joins words inside one name (国际追逃追赃和跨境腐败治理工作办公室)."""
    ends, _ = _employer_patterns()
    parts: list[Span] = []
    begin = start
    for sep in _LIST_SEPARATOR.finditer(norm[start:end]):
        at = start + sep.start()
        if sep.group() == "、" or ends.search(norm, begin, at):
            parts.append((begin, at))
            begin = at + 1
    parts.append((begin, end))
    return parts


_FLED_ZH = re.compile(
    r"((?:(?:19|20)\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})年"  # 2012年 / 二〇一二年
    r"(?:(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月)?(?:\d{1,2}日)?(?:底|初|末)?)[^，。；]{0,12}?"
    r"(?:外逃|出逃|潜逃|出境|逃往|逃至|逃到|滞留|离境)"
)
_FLED_EN = re.compile(
    # the gap may hold an abbreviation's periods (fled to the U.S. / St. Lucia in 2006)
    r"\b(?:fled|fleeing|escaped|absconded)\b(?:\b[A-Z]\.|\bSt\.|[^.;]){0,50}?\bin ((?:(?:early|late|mid-)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)?"
    r"\s*(?:19|20)\d{2})\b"
)


def fled_date_text(norm: str, spans: Iterable[Span], language: str) -> Found | None:
    """The words giving when the person fled (2003年8月外逃, "fled to Canada in 2006")."""
    pattern = _FLED_ZH if language == "zh" else _FLED_EN
    for start, end in spans:
        match = pattern.search(norm, start, end)
        if match:
            return Found(match.group(1).strip(), match.start(1), match.end(1))
    return None
