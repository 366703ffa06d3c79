"""The English titles of office, as pattern sources, from names.json's one list.

Every English pattern that tells an official from a fugitive reads the same titles: a name after
one ("spokesman Xie Fan"), a post after a name ("Zhao Min, the Chinese consul in Madrid"), a
speaker set off by one ("The police chief, X, said"). Where a fugitive's own post can stand in
the same place ("Wang Li, the chairman of a Zhejiang firm, fled"), a pattern reads only the
titles that name no company's post (``state_offices``).
"""

from __future__ import annotations

from functools import cache

from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon


@cache
def offices() -> str:
    """Every title of office, singular or plural (officers, police officers)."""
    return f"(?:{literal_alternation(default_lexicon().names.officials_en)})s?"


@cache
def state_offices() -> str:
    """The titles that name no company's or bank's post: an officer's, a judge's, a minister's."""
    cues = default_lexicon().names
    words = [w for w in cues.officials_en if w not in cues.officials_en_ambiguous]
    return f"(?:{literal_alternation(words)})s?"
