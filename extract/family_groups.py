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

# 魏家、刘家两大犯罪集团, 明家犯罪集团, 白家犯罪集团: one or more families named by surname
_FAMILY_GROUP = re.compile(
    r"((?:[\u4e00-\u9fff]家[、和与及]?){1,4})(?:两大|三大|四大|五大)?(?:家族)?(?:犯罪|电诈|诈骗)?"
    r"(?:集团|团伙)"
)


def family_crimes(prep: Prepared, name: str, lang: str) -> list[attrs.Found]:
    """The crimes the sentences naming the person's family group tell of it."""
    if lang != "zh" or not name or "某" in name:
        return []  # (王某: an anonymised name tells no family of its own)
    spans = _family_sentences(prep).get(to_simplified(name)[0], [])
    return attrs.crimes(prep.norm, spans, "zh") if spans else []


# the sentences of each family a document's crime groups name, found once for the document
_FAMILIES: DocumentMemo[str, dict[str, list[tuple[int, int]]]] = DocumentMemo()


def _family_sentences(prep: Prepared) -> dict[str, list[tuple[int, int]]]:
    """Surname -> the sentences that name that family's crime group."""
    memo = _FAMILIES.table(prep.norm)
    if "families" not in memo:
        families: dict[str, list[tuple[int, int]]] = {}
        for s in prep.sentences:
            named = {
                group[i]
                for m in _FAMILY_GROUP.finditer(prep.norm, s.start, s.end)
                for group in [m.group(1)]
                for i in range(len(group) - 1)
                if group[i + 1] == "家"
            }
            for surname in named:
                families.setdefault(surname, []).append((s.start, s.end))
        memo["families"] = families
    return memo["families"]
