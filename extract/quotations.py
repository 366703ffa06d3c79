"""Quotation marks around Chinese words: a campaign's code name (“云剑”行动, “云战4号”专项行动,
“净边2020”), which is neither a person nor a date."""

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


def quotation_start(norm: str, at: int, start: int) -> int:
    """Where the Chinese quotation that ``at`` stands inside opens (after ``start``, not closed
    before ``at``), or -1: what stands there is someone's words, not the report's narration."""
    opened = max(norm.rfind(mark, start, at) for mark in "“「『")
    closed = max(norm.rfind(mark, start, at) for mark in "”」』")
    return opened if opened >= 0 and closed < opened else -1


def inside_quotation(norm: str, at: int, start: int) -> bool:
    """Whether ``at`` stands inside a Chinese quotation opened after ``start``."""
    return quotation_start(norm, at, start) >= 0


def first_person_quotation(text: str) -> bool:
    """A sentence that opens a quotation and speaks in the first person (“…我从新西兰回国投案…”):
    the speaker's own account, whoever the report names as speaker."""
    return text.lstrip().startswith(("“", "「")) and "我" in text


_OPENED = re.compile(f'[{re.escape(OPENING_QUOTES)}][^{re.escape(OPENING_QUOTES)}”」』"’]{{1,8}}$')
_HAN = re.compile("[\u4e00-\u9fff]")


def quotes_a_code_name(norm: str, start: int, end: int) -> bool:
    """A short quotation of words that closes right after ``norm[start:end]`` (“净边2020”
    “云战4号”缉捕…行动): a code name, whatever follows the closing quote."""
    if not CLOSING_QUOTES.match(norm, end):
        return False
    opening = _OPENED.search(norm, max(0, start - 9), start)
    return opening is not None and bool(_HAN.search(opening.group()))
