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

from extract.crime_owner import owned_context
from extract.lexicon import default_lexicon
from extract.memo import DocumentMemo
from extract.prefilter import PatternTable, PrunedAlternation

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


# The contexts are alternations: a span's contexts are searched with only the alternatives
# whose words it holds (extract.prefilter), as those gapped ones are slow to try everywhere.
_ZH_CRIME_CONTEXT = PrunedAlternation(
    [
        r"实施[^，。；]{0,12}",
        # 利用“套路贷”进行诈骗, 从事电信网络诈骗 (not 进行威胁恐吓的…犯罪: what follows 的 is another's)
        r"(?:进行|从事)[^，。；的]{0,8}",
        r"骗取[^，。；]{0,12}",
        r"(?<![不未非无])涉嫌(?:(?![不未]涉嫌)[^。；]){0,40}",
        r"以[^，。；]{1,12}罪",
        r"[^，。；]{0,12}(?:犯罪)?(?:嫌疑人|嫌疑犯|嫌犯)",
        r"[^，。；]{0,16}案(?:犯罪)?(?:嫌疑人|嫌犯|逃犯|在逃人员|主犯|从犯|首犯|骨干(?:成员)?|首要分子|被告人)",
        # 电信网络诈骗犯罪集团头目黎某: a ring named by its crime
        r"[^，。；]{0,12}(?:犯罪)?(?:集团|团伙)(?:头目|首要分子|主犯|骨干|成员)",
        # 曾因行贿外逃, 因贪污、挪用公款罪获刑; to the clause's end, so that a crime whose name
        # holds 罪 (因涉嫌帮助信息网络犯罪活动) is read whole
        r"因[^，。；]{1,12}(?:外逃|出逃|潜逃|罪)[^，。；]{0,8}",
        # 被控贪污, 构成贪污罪 (a court's finding), 调查其受贿问题
        r"被(?:指控|控|指)[^，。；]{1,16}",
        r"构成[^，。；]{1,16}罪",
        r"[^，。；]{1,10}问题",
        # 利用职务之便…收受巨额贿赂: how announcements describe the offence itself
        r"(?:利用|借助|凭借|借)职务(?:之便|便利|上的便利)[^。；]{0,40}",
        # “邱某某合同诈骗案”立案侦查: a case named by its suspect and its crime
        r"[“「][^”」]{1,16}案[”」]",
        # 在走私团伙里负责境外采购的犯罪嫌疑人贾某: the ring's crime, told before the role
        r"[^，。；]{0,8}(?:团伙|集团)[^，。；]{0,16}(?:嫌疑人|嫌疑犯|成员)",
        # 因屡次寻衅滋事，被…立案侦查: the offence a case was opened for
        r"因[^，。；]{1,12}[，,]?被[^，。；]{0,16}(?:立案|通缉|调查|查处|起诉|逮捕|拘留|列为)",
        # 被怀疑牵涉一宗…虚开增值税专用发票案件: the case the person is tied to
        r"(?:牵涉|牵扯|涉及|卷入)[^，。；]{0,30}案",
        # 贪污挪用银行资金约4.85亿美元, 在境外收受贿赂, 虚开增值税专用发票16份: the offence told
        # as what the person did, a crime's verb with what it took
        # (诈骗团伙提供资金: a ring's crime, not what the person took)
        r"(?<!被)(?<!被人)(?<!被他人)(?:贪污|挪用|侵吞|骗取|骗走|诈骗|收受|索取|套取|虚开)(?:(?!团伙|集团|案|犯罪)[^，。；]){0,20}?"
        r"(?:资金|公款|款项|钱款|财物|贿赂|贿款|税款|货款|贷款|发票|\d[\d.,]*(?:余|多)?[万亿]?(?:美)?元)",
        # 以洗钱、跨州转运盗窃资金以及护照和签证欺诈等罪名判处: the charges a court named
        r"以[^，。；]{1,30}?罪名",
        # 电诈头目X, 赌诈集团的主犯: the ringleader of an offence
        r"[^，。；]{0,8}(?:头目|首脑|主犯)",
        # 涉毒在逃人员祝某, 涉黑逃犯: the offence a fugitive is labelled by
        r"涉(?:毒|黑|恶)[^，。；]{0,4}(?:在逃)?(?:人员|逃犯|分子)",
    ]
)
_EN_CRIME_CONTEXT = PrunedAlternation(
    [
        r"(?:suspected of|accus(?:ed|es|ing)\b|charged (?:(?:him|her|them|(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+)){0,2}) )?with|wanted (?:[\w-]+ ){0,3}?(?:for|in|over(?! (?:\d|the (?:years|past|last)|a decade|decades|nothing)))\b|convicted\b[^.;]{0,80}?\bof|\b(?:years?|months?)\b[^.;]{0,40}?\b(?:for|over)\b|involved in|(?:(?:took|taking|take|takes) part|participat(?:ed|es|ing)) in (?!(?:the |an? |this |that )?(?:[\w-]+ ){0,2}(?:operations?|crackdowns?|campaigns?|raids?|investigations?|hunts?|searches|probes?|efforts?|drives?|talks|meetings?)\b)|suspects? in|guilty to|guilty of|allegedly|sentenced[^.;]{0,100}?\b(?:for|over)\b|(?:prison|jail) (?:term|sentence)s?\b[^.;]{0,60}?\b(?:for|over)\b|(?:jailed|imprisoned|in prison|behind bars)[^.;]{0,40}\bfor"
        r"|allegations? (?:of|that)|investigated for|investigations? into|suspicion of|charges? of"
        # "who is to stand trial for economic fraud" (one person's: not "people due to stand trial")
        r"|\b(?:(?:is|was|will|would) (?:be )?(?:to |due to |set to |expected to )?(?:stand|face)"
        r"|faces|faced|facing) trial (?:for|over|on)\b"
        # "was extradited from Bulgaria … to stand trial for economic fraud"
        r"|\b(?:deported|extradited|repatriated|returned|sent back|brought back|handed over)\b"
        r"[^.;]{0,60}?\bto (?:stand|face) trial (?:for|over|on)\b"
        # "signed off on his arrest … for illegally taking in deposits", "facing accusations
        # of", "charges linked to online gambling", "sought for masterminding", "the
        # suspicions against him include", "handing back the bribes he took"
        r"|\barrest(?:ed)?\b[^.;]{0,60}?\bfor\b|accusations? (?:of|that)|charges? (?:linked|related|tied) to"
        r"|\bsought (?:[\w-]+ ){0,3}?(?:for|over(?! (?:\d|the (?:years|past|last)|a decade|decades)))\b"
        r"|suspicions? (?:against|of|that)"
        r"|hand(?:s|ed|ing)? back (?:the |all )?(?=bribes)"
        r"|over alleged|for alleged|warrants?\b"
        # "Rao had admitted smuggling and bribery", "confessed to taking bribes"
        r"|\b(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?)(?: to)?\b"
        r"|abus(?:ed|ing) (?:his|her|their) (?:position|power|post)s?"
        r"|return(?:ing|ed|s)? (?:the |all )?(?=bribes))(?:[^.;]|(?<=\d)\.(?=\d)){0,160}",
        r"\b[\w-]+(?: [\w-]+)? (?:suspects?|fugitives?)\b(?! in\b)",  # "a fraud suspect surnamed Liang"
        # "to embezzlement and bribery charges", "a bank fraud case", "a forged cheque scam": the
        # offence before its noun
        r"\b(?:[\w-]+,? (?:and )?){1,4}(?:charges?|case|allegations?|accusations?|scheme|scams?)\b"
        r"(?! of\b| that\b| (?:linked|related|tied) to\b)",
        r"\bsuspects? of\b[^.;]{0,80}",
        # "looking into suspected embezzlement"; "fled in 2003 after embezzling public funds"
        r"\b(?:suspected|alleged) (?!of\b|that\b)[^.;]{0,40}",
        r"\bafter (?:allegedly )?(?=\w+ing\b)[^.;]{0,60}",
        # "the money he embezzled", "Pan siphoned off funds": a crime's verb with the person as
        # subject
        r"\b(?:he|she|they|who|(?-i:[A-Z][a-z]+)),?\s+(?:had\s+)?(?:allegedly\s+)?"
        r"(?=(?:embezzl|misappropriat|misused|swindl|defraud|launder|stole\b|pocketed|siphoned"
        r"|took bribes|accepted bribes|illegally (?:raised|obtained)|smuggled))[^.;]{0,120}",
    ],
    re.IGNORECASE,
)


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
        context = _ZH_CRIME_CONTEXT if language == "zh" else _EN_CRIME_CONTEXT
        owned = (
            owned_context(norm, a, b, language) for a, b in context.every_span(norm, start, end)
        )
        memo[key] = [found for part in owned if part for found in _crimes_in(norm, *part, language)]
    return memo[key]


def _crimes_in(norm: str, start: int, end: int, language: str) -> list[Found]:
    """Crime terms in the span; where two overlap the longer wins (集资诈骗 over 诈骗,
    挪用资金 is not 挪用公款)."""
    found = [
        Found(code, m.start(), m.end())
        for code, pattern in _crime_patterns()[language].within(norm, start, end)
        for m in pattern.finditer(norm, start, end)
    ]
    return _longest(found)


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
