"""Romanising a Chinese name: the surname read as a surname (单 Shan, 曾 Zeng, from the lexicon's
surname readings), the given name as pypinyin reads it."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.lexicon import default_lexicon
from extract.names import HAN, surname_length

_HAN_RUN = re.compile(f"{HAN}+")


def pinyin(name_simplified: str) -> str | None:
    """Romanise a Chinese name, reading the surname as a surname (单 Shan, 曾 Zeng)."""
    if not _HAN_RUN.fullmatch(name_simplified):
        return None
    # pypinyin is heavy (its dictionaries load in about a second): only a name to romanise
    # loads it, in _reading
    lex = default_lexicon()
    size = surname_length(name_simplified, lex)
    if size == 2:
        surname = lex.surnames.compound[name_simplified[:2]]
    elif size == 1:
        surname = lex.surnames.single[name_simplified[0]]
    else:
        surname, size = _reading(name_simplified[0]), 1
    given = _reading(name_simplified[size:])
    return f"{surname.capitalize()} {given.capitalize()}".strip()


@lru_cache(maxsize=8192)
def _reading(chars: str) -> str:
    """pypinyin's reading of a few characters, remembered: given names recur across articles
    (建国, 志明), and each reading costs pypinyin's phrase segmentation (about 70 µs)."""
    from pypinyin import lazy_pinyin  # heavy: see pinyin()

    return "".join(lazy_pinyin(chars))
