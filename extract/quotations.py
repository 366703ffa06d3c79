"""Quotation marks around Chinese words: a campaign's code name (“云剑”行动, “云战4号”专项行动),
which is neither a person nor a date."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon, default_lexicon

OPENING_QUOTES = '“「『"‘'
CLOSING_QUOTES = re.compile(r"[”」』\"’]")


def names_a_campaign(norm: str, i: int, lex: Lexicon) -> bool:
    """The quotation opening at ``i`` is a campaign's code name: a short one followed by a
    campaign word (“云剑”行动, “云战4号”专项行动)."""
    close = CLOSING_QUOTES.search(norm, i, i + 10)
    return close is not None and closes_campaign_name(norm, close.start(), lex)


def closes_campaign_name(norm: str, at: int, lex: Lexicon | None = None) -> bool:
    """A closing quote at ``at`` followed by a campaign word (names.json campaign_words): what
    stands inside the quotation is a campaign's code name, neither a person nor a date."""
    words_after = (lex or default_lexicon()).names.campaign_words
    return bool(CLOSING_QUOTES.match(norm, at)) and norm.startswith(words_after, at + 1)
