"""Anonymised names (王某, 王某某, 谢某兰) and surnames standing alone (杨姓男子, 杨男): the forms
announcements use for people they do not name in full, found where an announcement cue follows."""

from __future__ import annotations

import re

from extract import words
from extract.lexicon import default_lexicon
from extract.names import HAN, _title_before, _zh_patterns, _ZhPatterns


def find_anonymised(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """王某 / 王某某 spans followed by an announcement cue (so 区某镇 or 沙某物流 are not names)."""
    pats = _zh_patterns()
    spans = []
    lex = default_lexicon()
    kin = lex.names.kin
    places = lex.china_places.major
    for match in pats.anonymised.finditer(norm, start, end):
        at = match.start()
        if (
            norm[at : at + 2] in lex.surnames.compound
            and (_title_before(norm, at + 1, lex) or norm[at - 1 : at + 1] in places)
            and not _title_before(norm, at, lex)  # 局长长孙某: 局长 ends first, then 长孙某
        ):
            at += 1  # 局长孙某, 广东郭某某: 长 ends the title, 东 the province; 孙 or 郭 remains
        if (
            at > 0
            and norm[at - 1 : at + 1] in places
            and not norm.endswith(default_lexicon().names.titles, max(0, at - 4), at)
        ):
            continue  # 湖南某厅: 南 ends the province's name, it starts no 南某 (处长乐某 does)
        stop = _given_after_mou(norm, match.end(), end, pats)
        if (
            pats.after.match(norm, stop)
            or words.pronoun_after(norm, stop)  # 周某这3名
            or stop >= end
            or norm[max(0, at - 3) : at].endswith(kin)
        ):
            spans.append((at, stop))
    return spans


def _given_after_mou(norm: str, stop: int, end: int, pats: _ZhPatterns) -> int:
    """谢某兰: the given name's last character kept after 某, where a cue follows it."""
    if norm[stop - 2 : stop] in ("某某",) or norm[stop - 1] != "某" or stop >= end:
        return stop
    if pats.after.match(norm, stop):
        return stop
    char = norm[stop]
    not_given = default_lexicon().names.not_given
    if (
        re.match(HAN, char)
        and char not in not_given
        and not words.is_function_word(char)
        and not words.is_adverb(char)  # 张某仍在逃: 仍 (still) opens the predicate
        and pats.after.match(norm, stop + 1)
        # 金某报案后: 报 opens the word 报案 with the cue's first character, it ends no name
        and not words.is_common_word(norm[stop : stop + 2])
    ):
        return stop + 1
    return stop


def find_surname_only(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """杨姓男子 / 杨姓嫌犯 and later 杨男: the surname alone stands for the person."""
    pats = _zh_patterns()
    spans = []
    for match in pats.surname_only.finditer(norm, start, end):
        group = next(i for i in range(1, 5) if match.group(i))
        spans.append((match.start(group), match.end(group)))
    return spans
