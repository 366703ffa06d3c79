"""Crimes told of a family's crime group (魏家、刘家两大犯罪集团涉嫌诈骗、故意杀人…): the
families of northern Myanmar are named by their surname, and reports tell the crimes of the
group, not of each member handed over. A returnee of that surname takes the group's crimes
where nothing tells their own."""

from __future__ import annotations

import re

from extract import attributes as attrs
from extract.memo import DocumentMemo
from extract.prepared import Prepared
from extract.text import to_simplified

# 魏家、刘家两大犯罪集团, 明家犯罪集团, 明氏家族电信、网络诈骗犯罪集团: one or more families
# named by surname (家 or 氏), the group's crimes told between the family and 集团
_FAMILY_GROUP = re.compile(
    r"((?:[\u4e00-\u9fff][家氏][、和与及]?){1,4})(?:两大|三大|四大|五大)?(?:家族)?"
    r"(?:[^，。；]{0,10}?(?:犯罪|电诈|诈骗))?(?:集团|团伙)"
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
    for s in prep.sentences:
        for m in _FAMILY_GROUP.finditer(prep.norm, s.start, s.end):
            group = m.group(1)
            for surname in {group[i] for i in range(len(group) - 1) if group[i + 1] in "家氏"}:
                if (s.start, s.end) not in families.get(surname, []):
                    families.setdefault(surname, []).append((s.start, s.end))
                groups.setdefault(surname, []).append(m.span())
    memo["families"], memo["groups"] = families, groups
