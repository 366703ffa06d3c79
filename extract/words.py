"""Common Chinese words, from the dictionary of a maintained segmenter (jieba).

A string that starts with a surname character is not yet a name: 强制, 信任, 公布 and 印尼 are
words, and in 原中国银行 or 格林纳丁斯 the would-be name straddles a word. Rather than list such
words one by one, a name candidate is checked against jieba's dictionary: it is refused when the
segmenter reads a word that is not a person name (its tag does not start with ``nr``) across the
candidate's first or last character, or as the candidate itself. Words jieba tags as names
(高峰, 文明, 斯文) stay possible names; the name cues decide those.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from functools import cache
from typing import Any

_MARGIN = 6  # characters of context each side: longer than almost every dictionary word


@cache
def _dictionary() -> tuple[Any, dict[str, str]]:
    """jieba's tokenizer and its word -> part-of-speech table, loaded once per process."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba 0.42 imports pkg_resources, which warns
        import jieba
        import jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt, jieba.posseg.dt.word_tag_tab


def _tokens(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Dictionary segmentation (no HMM guessing) of ``text[start:end]`` with absolute offsets."""
    tokenizer, _ = _dictionary()
    position = start
    for word in tokenizer.cut(text[start:end], HMM=False):
        yield position, position + len(word), word
        position += len(word)


def is_common_word(word: str) -> bool:
    """A dictionary word of two or more characters that jieba does not tag as a person name."""
    _, tags = _dictionary()
    tag = tags.get(word)
    return len(word) >= 2 and tag is not None and not tag.startswith("nr")


def straddles_word(text: str, start: int, end: int, word_ends_before: bool = False) -> bool:
    """Whether a common word covers ``text[start:end]`` exactly or crosses one of its ends.
    ``word_ends_before``: the caller knows a word ends at ``start`` (a title: 处长丰鸣会 is
    处长 + the name, not 长丰), so segmenting starts there."""
    lo, hi = start if word_ends_before else max(0, start - _MARGIN), min(len(text), end + _MARGIN)
    for a, b, word in _tokens(text, lo, hi):
        crosses = a < start < b or a < end < b
        if (crosses or (a, b) == (start, end)) and is_common_word(word):
            return True
    return False
