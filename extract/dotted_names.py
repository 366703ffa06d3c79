"""Names written with a middle dot: the transliterated names of Uyghur, Kazakh, Mongolian and
Tibetan citizens (艾山江·吐尔洪, 巴特尔·额尔敦). They have no Han surname, so the surname-based
finders of extract.names cannot see them; the dot itself marks them, and what stands around it
decides where the name begins and ends: a descriptor ending (嫌疑人, 的) before the first part,
an event cue (回国, 被, 于) after the last."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import default_lexicon
from extract.names import HAN

DOTS = "·・•‧"
_DOTTED = re.compile(f"({HAN}+)[{DOTS}]({HAN}+(?:[{DOTS}]{HAN}+)?)")
_PART_LONGEST = 6  # 阿不都热依木 (six characters) is about as long as one part runs


@cache
def _after_cue() -> re.Pattern[str]:
    after = sorted(default_lexicon().names.after, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, after)))


def dotted_names(norm: str) -> set[str]:
    """Every dotted name of the text, each part at least two characters."""
    found = set()
    for match in _DOTTED.finditer(norm):
        first = _first_part(match.group(1))
        rest = _last_parts(norm[match.start(2) : match.end()])
        if len(first) >= 2 and rest:
            found.add(f"{first}{norm[match.end(1)]}{rest}")
    return found


def _first_part(run: str) -> str:
    """The end of the characters before the dot, cut after a descriptor's last character
    (犯罪嫌疑人巴特尔 -> 巴特尔) or a preposition (将买买提 -> 买买提)."""
    ends = default_lexicon().names.dotted_before
    part = ""
    for char in reversed(run[-_PART_LONGEST:]):
        if char in ends:
            break
        part = char + part
    return part


def _last_parts(tail: str) -> str:
    """The parts after the first dot, up to the first event cue (额尔敦回国投案 -> 额尔敦)."""
    cue = _after_cue().search(tail)
    tail = tail[: cue.start()] if cue else tail
    parts = re.split(f"[{DOTS}]", tail)
    if any(len(p) < 2 or len(p) > _PART_LONGEST for p in parts):
        return ""
    return tail
