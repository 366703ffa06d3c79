"""Nicknames standing for a person's real name: 老郑，真名郑某某 (the nickname is found wherever
the article uses it, and keyed to the real, often anonymised, name)."""

from __future__ import annotations

import re

_NICKNAME = re.compile(r"([老小阿][\u4e00-\u9fff])[，,]?(?:真名|本名|原名|实名)(?:叫|为|是)?")


def nicknames(norm: str) -> dict[str, str]:
    """老郑，真名郑某某: the nickname stands for the real (often anonymised) name."""
    found = {}
    for match in _NICKNAME.finditer(norm):
        rest = norm[match.end() : match.end() + 4]
        real = re.match(r"[\u4e00-\u9fff]某某?|[\u4e00-\u9fff]{2,3}(?=[，,。])", rest)
        if real:
            found[match.group(1)] = real.group()
    return found


def nickname_pattern(table: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for a document's nicknames, compiled once (it runs on every sentence)."""
    return re.compile("|".join(map(re.escape, table))) if table else None


def find_nicknames(
    norm: str, start: int, end: int, pattern: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(norm, start, end)] if pattern else []
