"""One regular expression for a long list of literal words, as a trie.

``re`` tries the branches of ``a|b|c…`` one after another at every position of the text, so
an alternation of thousands of place names costs thousands of comparisons per character. The
same words folded into a trie (马(?:鞍山(?:市)?|来西亚)…) cost one comparison per character
of the longest word that could start there. The match is the same as that of the words sorted
longest first: the longest word that starts at the leftmost position where any does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key that marks the end of a word in a trie node


def literal_alternation(words: Iterable[str]) -> str:
    """The pattern source matching any of ``words`` (longest first); "(?!)" for none."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _source(trie) if trie else "(?!)"


def _source(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


def literal_spans(
    text: str, words: Iterable[str], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """The spans ``re.finditer`` of the longest-first alternation of ``words`` finds in
    ``text[start:end]``, found with ``str.find``: for the few words of one document (its
    confirmed names), compiling a pattern per document costs more than the search."""
    stop = len(text) if end is None else end
    hits = []
    for word in set(words):
        if not word:
            continue
        at = text.find(word, start, stop)
        while at >= 0:
            hits.append((at, at + len(word)))
            at = text.find(word, at + 1, stop)
    hits.sort(key=lambda span: (span[0], -span[1]))
    spans: list[tuple[int, int]] = []
    for span in hits:
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans
