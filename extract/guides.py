"""Pronunciation guides that some reprinting sites put after characters: 回國(guó)投案,
师范大学（xué）, 楊進(jìn)軍.

They break every word they sit in, so the triggers (回国), the names (杨进军) and the dictionary
words around a name no longer match. The extraction therefore reads the text without them and
maps each evidence span back onto the text as published, so that an evidence's ``text`` is still
``document_text[start:end]`` (with the guides inside it, as printed).

A guide is a parenthesised pinyin syllable with a tone mark right after a Chinese character;
anything else in brackets (a date, an English name, 男) stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.document import Document
from extract.record import CaseRecord, Evidence

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GUIDE = re.compile(
    rf"(?<=[\u4e00-\u9fff])[（(]([a-zü]*[{_TONED}][a-zü]*)[）)]",
    re.IGNORECASE,
)
# No guide without a toned vowel: most texts have none, and a character class is found in one
# scan where the guide pattern tries its look-behind at every position. The class lists both
# cases rather than ignoring case: the engine then skips to a candidate character in C instead
# of folding every character (the two match the same characters: checked against every code
# point).
_TONED_VOWEL = re.compile(f"[{_TONED}{_TONED.upper()}]")


def strip_guides(text: str) -> str:
    """``text`` without its pronunciation guides (楊進(jìn)軍 -> 楊進軍)."""
    return _GUIDE.sub("", text) if _TONED_VOWEL.search(text) else text


def without_guides(document: Document) -> tuple[Document, list[int]] | None:
    """The document with its pronunciation guides removed, and for every character of the new
    text the offset of that character in the original (one more entry: the original's length);
    None when the text has no guide."""
    text = document.text
    if _TONED_VOWEL.search(text) is None or _GUIDE.search(text) is None:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _GUIDE.finditer(text):
        pieces.append(text[last : match.start()])
        origin.extend(range(last, match.start()))
        last = match.end()
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return replace(document, text="".join(pieces)), origin


def with_original_offsets(records: list[CaseRecord], text: str, origin: list[int]) -> None:
    """Each evidence span moved from the text without guides to the original text."""
    for record in records:
        moved = []
        for evidence in record.evidence:
            start = origin[evidence.start]
            end = origin[evidence.end - 1] + 1 if evidence.end > evidence.start else start
            moved.append(Evidence(evidence.field, text[start:end], start, end))
        record.evidence = moved
