"""Crimes told of a family's crime group (魏家、刘家两大犯罪集团涉嫌诈骗、故意杀人…): the
families of northern Myanmar are named by their surname, and reports tell the crimes of the
group, not of each member handed over. A returnee of that surname takes the group's crimes
where nothing tells their own."""

from __future__ import annotations

import re

from extract import attributes as attrs
from extract import words
from extract.memo import DocumentMemo
from extract.prepared import Prepared
from extract.text import to_simplified

# 魏家、刘家两大犯罪集团, 明家犯罪集团, 明氏家族电信、网络诈骗犯罪集团: one or more families
# named by surname (家 or 氏), the group's crimes told between the family and 集团
# (「魏家」與「劉家」犯罪集團: quoted, in either script)
_FAMILY_GROUP = re.compile(
    r"((?:[“「\"]?[\u4e00-\u9fff][家氏][”」\"]?[、和与與及]?){1,4})(?:两大|三大|四大|五大|兩大)?"
    r"(?:家族)?(?:[^，。；]{0,10}?(?:犯罪|电诈|诈骗|電詐|詐騙))?(?:集团|团伙|集團|團夥)"
    # 明学昌家族犯罪集团, 头目明学昌及其家族成员: a family named by its head's full name
    r"|(?:(?<![\u4e00-\u9fff])|(?<=头目)|(?<=頭目)|(?<=首脑)|(?<=首腦)|(?<=主犯))"
    r"([\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}(?:家族(?:[^，。；]{0,10}?(?:犯罪|电诈|诈骗|電詐|詐騙))?"
    r"(?:集团|团伙|集團|團夥)|及其家族)"
)
_GROUP_WORD = re.compile(r"集团|团伙|集團|團夥")
# the next sentence opening on the group told again (两集团涉嫌…, 这个犯罪集团涉嫌…, 该集团…)
_GROUP_AGAIN = re.compile(
    r"\s*(?:该|這個|这个|這|这|兩|两|上述|此)(?:两|兩|大)?(?:犯罪|诈骗|詐騙)?(?:集团|集團|团伙|團夥)"
)


def family_crimes(prep: Prepared, name: str, lang: str) -> list[attrs.Found]:
    """The crimes the sentences naming the person's family group tell of it."""
    if lang != "zh" or not name or "某" in name:
        return []  # (王某: an anonymised name tells no family of its own)
    spans = _family_sentences(prep).get(to_simplified(name)[0], [])
    if not spans:
        return []
    # the group's own name tells its crime (明氏家族电信、网络诈骗犯罪集团) where no context does
    named = [
        f
        for a, b in _family_groups(prep).get(to_simplified(name)[0], [])
        for f in attrs.crimes_in(prep.norm, a, b, "zh")
    ]
    return attrs.crimes(prep.norm, spans, "zh") or named


# the sentences of each family a document's crime groups name, found once for the document
_FAMILIES: DocumentMemo[str, dict[str, list[tuple[int, int]]]] = DocumentMemo()


def _family_sentences(prep: Prepared) -> dict[str, list[tuple[int, int]]]:
    """Surname -> the sentences that name that family's crime group."""
    _scan(prep)
    return _FAMILIES.table(prep.norm)["families"]


def _family_groups(prep: Prepared) -> dict[str, list[tuple[int, int]]]:
    """Surname -> the spans of the crime groups' names that name that family."""
    _scan(prep)
    return _FAMILIES.table(prep.norm)["groups"]


def _scan(prep: Prepared) -> None:
    """Find the document's family crime groups once: their sentences and their names."""
    memo = _FAMILIES.table(prep.norm)
    if "families" in memo:
        return
    families: dict[str, list[tuple[int, int]]] = {}
    groups: dict[str, list[tuple[int, int]]] = {}
    for index, s in enumerate(prep.sentences):
        for m in _FAMILY_GROUP.finditer(prep.norm, s.start, s.end):
            if m.group().endswith("及其家族") and not _GROUP_WORD.search(prep.norm, s.start, s.end):
                continue  # 头目X及其家族成员 where the sentence names no crime group: no family group
            told = [(s.start, s.end)] + _told_again(prep, index)
            for surname in _surnames(m):
                for span in told:
                    if span not in families.get(surname, []):
                        families.setdefault(surname, []).append(span)
                groups.setdefault(surname, []).append(m.span())
    memo["families"], memo["groups"] = families, groups


def _surnames(match: re.Match[str]) -> set[str]:
    """The surnames of the families a group's name names (simplified)."""
    if match.group(2):
        head = re.split("家族|及其", match.group())[0]
        # (高利贷家族团伙: a word, usury, not a head's name)
        return set() if words.is_common_word(head) else {to_simplified(match.group(2))}
    group = match.group(1)
    return {to_simplified(group[i]) for i in range(len(group) - 1) if group[i + 1] in "家氏"}


def _told_again(prep: Prepared, index: int) -> list[tuple[int, int]]:
    """The next sentence, where it opens on the group told again (两集团涉嫌…)."""
    if index + 1 >= len(prep.sentences):
        return []
    following = prep.sentences[index + 1]
    if _GROUP_AGAIN.match(prep.norm, following.start, following.end):
        return [(following.start, following.end)]
    return []
