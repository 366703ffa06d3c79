"""Whose crime a crime context tells: the person's, or someone else's named in the same clause.

A sentence about the returnee may tell another's offence beside theirs: "three months after his
brother received a prison term for smuggling", "his wife … was later jailed over money
laundering", 到案后主动交代了一起走私案在逃人员的藏匿地点 (information the returnee gave on
another fugitive, a judgment's 立功). A crime context that another person opens, or that such a
person stands before in its clause, is not read for the returnee.
"""

from __future__ import annotations

import re
from functools import cache

from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon

# someone else, told as the person's relation to them ("his brother", "her business partner")
_ASSOCIATES_EN = (
    "partner|partners|deputy|boss|colleague|colleagues|associate|associates|accomplice"
    "|accomplices|friend|friends|lawyer|lover|mistress|driver|secretary"
)
# what the returnee told or did about another fugitive (立功: 检举揭发, 协助抓获)
# (在泰国警方协助下抓获 is help the police had: not the returnee's doing)
_OTHERS_ZH = re.compile(r"交代|检举|揭发|举报|接触|协助(?!下)[^，。；]{0,6}抓获")
# a suspect counted or set apart (一名…嫌犯, 一起…案在逃人员, 另一名): someone other than the person
_SUSPECT_ZH = re.compile(
    r"(?:一名|一起|多名|几名|数名|另一名|另外|其他|其余)[^，。；]{0,12}(?:嫌疑人|嫌疑犯|嫌犯|逃犯|在逃人员)$"
)
_CLAUSE_START = {"zh": re.compile(r"[，。；]"), "en": re.compile(r"[,;.]")}
_ASSOCIATES_ZH = "合伙人|同伙|同案人|朋友|老板|上司|下属|司机|秘书|情妇|情人"
# 他和两名同伙利用职务便利侵吞公款: associates counted and joined to the person, co-subjects
_JOINED_COUNT_ZH = re.compile(r"[与和及同][两二三四五六七八九十几数多]{1,2}[名个位]$")


@cache
def _other_subject_zh() -> re.Pattern[str]:
    """Right before a crime's verb: a relative or associate (with their name) as its subject,
    not joined to the person (与其妻…)."""
    kinship = default_lexicon().kinship
    kin, its = literal_alternation(kinship["zh"]), "".join(kinship["zh_after_its"])
    return re.compile(
        rf"(?<![与和及同])(?:{kin}|{_ASSOCIATES_ZH}|其[{its}])(?:[\u4e00-\u9fff]{{1,3}})?$"
    )


@cache
def _others_en() -> re.Pattern[str]:
    """Another person as the subject of a clause of their own, after a word that opens one
    ("after his brother received", ", and his wife … was jailed") or opening a sentence ("Her
    husband is to stand trial …"); not a co-subject ("He and his
    wife were accused", "Liu, his wife and his brother-in-law allegedly embezzled") nor one who
    went with the person ("left with his wife")."""
    kin = literal_alternation(default_lexicon().kinship["en"])
    return re.compile(
        r"(?:\b(?:after|before|while|when|whereas|although|though|because|since|until|as)\s+"
        r"|[,;]\s+(?:and|but|while|whereas)\s+|[.!?]\s+)"
        rf"(?:(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{kin}|{_ASSOCIATES_EN})\b"
        r"|another (?:suspect|fugitive|official|man|woman)\b)",
        re.IGNORECASE,
    )


def owned_context(norm: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The part of a crime context that tells the person's own crime: cut where another person
    comes in, None where another person opens its clause."""
    clause = _clause_start(norm, start, language)
    if language == "zh":
        # the whole clause: 曾与多名电信诈骗嫌犯有过接触 tells the contact after the suspects
        closing = _CLAUSE_START["zh"].search(norm, end)
        clause_text = norm[clause : closing.start() if closing else len(norm)]
        if _SUSPECT_ZH.search(norm, clause, end) and _OTHERS_ZH.search(clause_text):
            return None
        other = _other_subject_zh().search(norm, clause, start)
        if other and not _JOINED_COUNT_ZH.search(norm, clause, other.start()):
            return None  # 其合伙人李刚骗走…: another's offence
        return start, end
    others = _others_en()
    if others.search(norm, max(0, clause - 1), start):  # (from the clause's own comma)
        return None
    inside = others.search(norm, start, end)
    return (start, inside.start()) if inside else (start, end)


def _clause_start(norm: str, start: int, language: str) -> int:
    """Where the clause holding ``start`` begins, looking back 80 characters at most."""
    reach = max(0, start - 80)
    return max(
        (m.end() for m in _CLAUSE_START[language].finditer(norm, reach, start)), default=reach
    )
