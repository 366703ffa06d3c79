"""Per-person attributes found in the sentences about that person.

Each finder takes the matching copy of the text and the spans of the person's context, and
returns values together with the spans they came from, so every value has its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extract.lexicon import default_lexicon

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
def _crime_patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    lex = default_lexicon()
    return {"zh": _compile_table(lex.crimes_zh), "en": _compile_table(lex.crimes_en, re.IGNORECASE)}


_ZH_CRIME_CONTEXT = re.compile(
    r"实施[^，。；]{0,12}|骗取[^，。；]{0,12}|涉嫌[^。；]{0,40}|以[^，。；]{1,12}罪|[^，。；]{0,12}(?:犯罪嫌疑人|嫌疑犯)"
    r"|[^，。；]{0,16}案(?:犯罪)?(?:嫌疑人|主犯|从犯|首犯|骨干(?:成员)?|首要分子|被告人)"
    r"|因[^，。；]{1,12}(?:外逃|出逃|潜逃|罪)"  # 曾因行贿外逃, 因贪污、挪用公款罪获刑
    # 利用职务之便…收受巨额贿赂: how announcements describe the offence itself
    r"|利用职务(?:之便|便利|上的便利)[^。；]{0,40}"
)
_EN_CRIME_CONTEXT = re.compile(
    r"(?:suspected of|accused of|charged with|wanted (?:for|in)|convicted of|involved in|suspects? in|guilty to|guilty of|allegedly|sentenced[^.;]{0,60}\bfor"
    r"|allegations? of|investigated for|suspicion of|charges? of|over alleged|for alleged"
    r"|abus(?:ed|ing) (?:his|her|their) (?:position|power|post)s?"
    r"|return(?:ing|ed|s)? (?:the |all )?(?=bribes))(?:[^.;]|(?<=\d)\.(?=\d)){0,160}"
    r"|\b[\w-]+(?: [\w-]+)? (?:suspects?|fugitives?)\b(?! in\b)",  # "a fraud suspect surnamed Liang"
    re.IGNORECASE,
)


def crimes(norm: str, spans: Iterable[Span], language: str) -> list[Found]:
    """Alleged crimes named in a crime context (涉嫌…罪, …案犯罪嫌疑人, suspected of …)."""
    found: list[Found] = []
    context = _ZH_CRIME_CONTEXT if language == "zh" else _EN_CRIME_CONTEXT
    for start, end in spans:
        for ctx in context.finditer(norm, start, end):
            found.extend(_crimes_in(norm, ctx.start(), ctx.end(), language))
    # contexts overlap (骗取 is one inside 涉嫌骗取出口退税罪): the longer term wins across them
    return _unique(_longest(found))


def _crimes_in(norm: str, start: int, end: int, language: str) -> list[Found]:
    """Crime terms in the span; where two overlap the longer wins (集资诈骗 over 诈骗,
    挪用资金 is not 挪用公款)."""
    found = [
        Found(code, m.start(), m.end())
        for code, pattern in _crime_patterns()[language]
        for m in pattern.finditer(norm, start, end)
    ]
    return _longest(found)


def _longest(found: list[Found]) -> list[Found]:
    """Of overlapping finds, the longest, in text order."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


@cache
def _coercion_patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    lex = default_lexicon()
    return {
        "zh": _compile_table(lex.coercion_zh),
        "en": _compile_table(lex.coercion_en, re.IGNORECASE),
    }


def coercion(norm: str, spans: Iterable[Span], language: str) -> list[Found]:
    """Pressure tactics named in the person's context."""
    found = []
    for start, end in spans:
        for code, pattern in _coercion_patterns()[language]:
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
_RED_ZH = re.compile(r"百名红通人员”?\s*第(\d+)号|百名红通|红通人员|红色通缉令|红通(?!过)")
_RED_EN = re.compile(r"red notice|100 most[- ]wanted|most[- ]wanted fugitives", re.IGNORECASE)


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


_POST_ZH = re.compile(r"(?:^|(?<=[，,；：\s]))(原系|原任|原为|系|原)([^，。；,\n]{3,40})")
_NOT_POST_AFTER_YUAN = ("籍", "名", "告", "因", "来", "本", "定", "则", "计划", "往")


@cache
def _post_before_name() -> re.Pattern[str]:
    """原… (or 前…) right before the name. 原来, 原本, 原定 are not posts, but 原来宾市, 原本溪市
    and 原定西市 are: a place of the gazetteer after 原 lifts that exclusion. The 原 ending a
    place (太原, 松原) is no marker, and inside a post such a place is one unit (呼和浩特 too)."""
    places = default_lexicon().china_places.major
    lifted = sorted((p for p in places if p.startswith(_NOT_POST_AFTER_YUAN)), key=len)[::-1]
    # places with a character that otherwise ends a post: 太原, 呼和浩特, 和田
    yuan_places = sorted((p for p in places if set(p) & set("原与和及的")), key=len)[::-1]
    ending = sorted({p[:-1] for p in yuan_places if p.endswith("原")})
    not_after = "|".join(_NOT_POST_AFTER_YUAN)
    unit = (
        rf"(?:{'|'.join(yuan_places)}|[^，。；、的原与和及])"
        if yuan_places
        else "[^，。；、的原与和及]"
    )
    marker = "".join(f"(?<!{e})" for e in ending) + "原"
    lift = f"(?!{'|'.join(lifted)})" if lifted else ""
    return re.compile(
        rf"((?:{marker}|(?<![日此目之以提当事空])前)(?!{lift}(?:{not_after})){unit}{{2,40}})$"
        rf"|的((?:{'|'.join(yuan_places) or '(?!)'}|[^，。；、的原与和及]){{3,30}}(?:法定代表人|负责人|实际控制人|总经理|董事长|经理|会计|出纳"
        r"|局长|主任|科长|处长|厂长|行长|院长|站长|所长|书记|干部|主管))$"
    )


_POST_STRIP = re.compile(r"^(?:我市|我省|我区|我县|该市)")
_EN_POST = re.compile(
    r"^,\s*(?:\d{2},\s*)?(?:a |the |an )?(?:\d{2}-year-old )?((?:former|ex-|then)[^,;]*?"
    r"(?:,(?: [a-z]+)?(?: China's)? [A-Z][a-z]+(?: Zhuang| Hui| Uygur)?(?: Province| province| Autonomous Region| Municipality| municipality))?)"
    r"(?=,| who | which | and one of | is | was | has | had | suspected | accused |\.|$)",
    re.IGNORECASE,
)


_POST_AFTER_NAME = re.compile(r"(?:原系|原任|原是|原为|系)([^，。；,\n]{3,40})")
# An apposition after the name: 赵明亮，江苏省某市原国土局局长， / 孙红梅（某国有银行原柜员）
_POST_APPOSITION = re.compile(
    r"[，,（(]([^，。；,、（）()\n]{0,30}?原[^，。；,、（）()\n]{2,30})(?=[，。；,）)])"
)
_POST_HELD = re.compile(r"时任([^，。；、的]{3,40})的$")
_POST_SERVED = re.compile(
    r"(?:曾任|利用担任|担任)([^，。；]{3,40}?)(?:的职务便利|职务之便|期间|[，。；])"
)


_EMPLOYER_RUN = re.compile(r"[^，,。；;、的：:“”\"'（）()《》【】\s]{2,30}$")


@cache
def _employer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = default_lexicon().names
    ends = re.compile("(?:" + "|".join(cues.employer_ends) + ")$")
    not_employer = re.compile("|".join(cues.employer_not))
    return ends, not_employer


def employer_before(norm: str, pos: int) -> int:
    """Where the employer named right before a 原… post starts (青岛市某国有企业 in
    青岛市某国有企业原总经理), or ``pos`` when the words there are not an employer: the
    descriptor is the shortest phrase naming both the post and the employer."""
    run = _EMPLOYER_RUN.search(norm, max(0, pos - 30), pos)
    if not run:
        return pos
    ends, not_employer = _employer_patterns()
    start = run.start()
    for hit in not_employer.finditer(norm, run.start(), pos):
        if not _inside_china_place(norm, hit.start(), hit.end()):  # 日 of 日照市 is no date
            start = max(start, hit.end())
    if pos - start < 2 or not ends.search(norm, start, pos):
        return pos
    return start


def _inside_china_place(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` lies within the name of a division of China."""
    places = default_lexicon().china_places.major
    return any(
        norm[k : k + size] in places
        for k in range(max(0, start - 4), start + 1)
        for size in range(max(2, end - k), 6)
    )


def _apposition(norm: str, end: int) -> Found | None:
    """A 原… post set off right after the name, kept only when what precedes 原 is an employer."""
    match = _POST_APPOSITION.match(norm, end)
    if not match:
        return None
    post_at = norm.index("原", match.start(1), match.end(1))
    start = employer_before(norm, post_at)
    if start != match.start(1) or "原籍" in match.group(1):
        return None
    return Found(match.group(1), start, match.end(1))


def former_position_zh(norm: str, spans: Iterable[Span], mentions: Iterable[Span]) -> Found | None:
    """原… / 原系… clause in the person's sentences, or the 原… descriptor right before the name."""
    mentions = list(mentions)
    for _, end in mentions:
        match = _POST_AFTER_NAME.match(norm, end)
        if match:
            stripped = _POST_STRIP.sub("", match.group(1))
            start = match.end(1) - len(stripped)
            return Found(stripped, start, match.end(1))
        found = _apposition(norm, end)
        if found:
            return found
    for pos, _ in mentions:
        held = _POST_HELD.search(norm[max(0, pos - 44) : pos])
        if held:
            start = pos - len(held.group(0)) + 2
            return Found(held.group(1), start, start + len(held.group(1)))
    for pos, _ in mentions:
        segment = norm[max(0, pos - 40) : pos]
        match = _post_before_name().search(segment)
        group = 1 if match and match.group(1) else 2
        if match and "原籍" not in match.group(group):
            start = pos - len(segment) + match.start(group)
            if group == 1:
                start = employer_before(norm, start)
            return Found(norm[start:pos], start, pos)
    for start, end in spans:
        for match in _POST_ZH.finditer(norm, start, end):
            marker, post = match.group(1), match.group(2)
            if post.startswith("籍") or "出生" in post or "涉嫌" in post:
                continue
            keep_marker = marker == "原"
            stripped = _POST_STRIP.sub("", post)
            if marker != "原" and post.startswith(("任", "为")):
                continue
            value_start = (
                match.start(1) if keep_marker else match.end(1) + len(post) - len(stripped)
            )
            return Found(norm[value_start : match.end(2)], value_start, match.end(2))
    for start, end in spans:
        served = _POST_SERVED.search(norm, start, end)
        if served:
            return Found(served.group(1), served.start(1), served.end(1))
    return _employer_worked_at(norm, spans)


_WORKED_AT = re.compile(r"任职(?:于|的)([^，。；\d]{2,20})|在([^，。；\d]{2,20}?)任职")


def _employer_worked_at(norm: str, spans: Iterable[Span]) -> Found | None:
    """Only the employer is named: 挪用其任职的珠海某国企公款 (the longest stretch that ends as
    an employer does), 在某市公安局任职期间 (all of it)."""
    ends, _ = _employer_patterns()
    for start, end in spans:
        for cue in _WORKED_AT.finditer(norm, start, end):
            if cue.group(2):
                if ends.search(norm, cue.start(2), cue.end(2)):
                    return Found(cue.group(2), cue.start(2), cue.end(2))
                continue
            for stop in range(cue.end(1), cue.start(1) + 1, -1):
                if ends.search(norm, cue.start(1), stop):
                    return Found(norm[cue.start(1) : stop], cue.start(1), stop)
    return None


# A title before the name: "Former bank official Guo Lin", "former Jiangmen vice-mayor Xu Jun"
_EN_POST_BEFORE = re.compile(r"\b((?:[Ff]ormer|[Ee]x-)\s?[\w-]+(?: [\w-]+){0,5}) $")


# "A former Party chief of a county in Yunnan province who had been at large … returned": the
# story opens on the post and names the person in the next sentence.
_EN_POST_LEAD = re.compile(
    r"(?:An?|The) ((?:former|ex-)[^,.;]{3,100}?)(?= who\b| that\b|,| has\b| had\b| was\b| is\b)"
)


def former_position_en_lead(norm: str, spans: Iterable[Span]) -> Found | None:
    """The post an event sentence opens on, for the person a later sentence names."""
    for start, end in spans:
        lead = start + len(norm[start:end]) - len(norm[start:end].lstrip())
        match = _EN_POST_LEAD.match(norm, lead, end)
        if match:
            return Found(match.group(1), match.start(1), match.end(1))
    return None


def former_position_en(norm: str, mentions: Iterable[Span]) -> Found | None:
    """The appositive after the name ("Xue Dongping, former general manager of …,"), else a
    title right before it."""
    mentions = sorted(mentions)
    for _, pos in mentions:
        match = _EN_POST.search(norm[pos : pos + 220])
        if match:
            return Found(match.group(1).strip(), pos + match.start(1), pos + match.end(1))
    for pos, _ in mentions:
        match = _EN_POST_BEFORE.search(norm, max(0, pos - 60), pos)
        if match and not re.search(
            r"\b(?:who|which|that|was|is|has|had|and|said)\b", match.group(1)
        ):
            return Found(match.group(1), match.start(1), match.end(1))
    return None


_AUTH_ZH = re.compile(
    r"经([^，。；]{2,80}?)(?:等(?:单位|部门|地)?)?(?:共同|不懈|密切|持续|协同|周密|多轮|通力|大力)"
)
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
            name = re.sub(r"^(?:以及|会同)", "", name)
            if len(name) >= 2:
                found.append(Found(name, end - len(name), end))
    return found


def _authority_parts(norm: str, start: int, end: int) -> list[Span]:
    """The bodies of a list: split at 、 always, at 和/及/与 only after an employer's ending, as
    和 also joins words inside one name (国际追逃追赃和跨境腐败治理工作办公室)."""
    ends, _ = _employer_patterns()
    parts: list[Span] = []
    begin = start
    for sep in re.finditer(r"、|和|及|与", norm[start:end]):
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
    # the gap may hold an abbreviation's periods (fled to the U.S. in 2006)
    r"\b(?:fled|fleeing|escaped|absconded)\b(?:\b[A-Z]\.|[^.;]){0,50}?\bin ((?:(?:early|late|mid-)\s*)?"
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
