"""A long list of literal words as one trie pattern matches exactly what the words sorted
longest first match (extract/alternation.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from extract.alternation import literal_alternation, literal_spans

# a small alphabet, so that words share beginnings and the texts hold many of them
_WORD = st.text(alphabet="马鞍山市来西亚a.*", min_size=1, max_size=5)


def _longest_first(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, set(words)), key=len, reverse=True)))


@given(
    st.lists(_WORD, min_size=1, max_size=12), st.text(alphabet="马鞍山市来西亚a.* ", max_size=40)
)
def test_the_trie_matches_what_the_longest_first_alternation_matches(
    words: list[str], text: str
) -> None:
    trie = re.compile(literal_alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [
        m.span() for m in _longest_first(words).finditer(text)
    ]


@given(
    st.lists(_WORD, min_size=1, max_size=6),
    st.text(alphabet="马鞍山市来西亚a.* ", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_literal_finder_finds_what_the_longest_first_alternation_finds(
    words: list[str], text: str, start: int, end: int
) -> None:
    assert literal_spans(text, words, start, end) == [
        m.span() for m in _longest_first(words).finditer(text, start, end)
    ]


def test_the_literal_finder_keeps_the_longest_name_and_stays_in_its_window() -> None:
    text = "王建国、王建国华和王建"
    assert literal_spans(text, ["王建", "王建国", "王建国华"]) == [(0, 3), (4, 8), (9, 11)]
    assert literal_spans(text, ["王建国"], 1, 7) == [(4, 7)]
    assert literal_spans(text, []) == []


def test_a_word_that_begins_a_longer_one_is_matched_when_the_longer_is_not_there() -> None:
    pattern = re.compile(literal_alternation(["马鞍山", "马鞍山市", "马来西亚", "马里"]))
    assert pattern.findall("马鞍山市和马鞍山、马来西亚、马里兰") == [
        "马鞍山市",
        "马鞍山",
        "马来西亚",
        "马里",
    ]
    assert re.compile(literal_alternation([])).search("马鞍山") is None
