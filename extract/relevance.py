"""The crawl's relevance filter: does a title or body name a return at all?

Recall matters more than precision here (extraction decides what is a case), so the filter is a
plain literal test over the relevance terms of the trigger lexicon, in both Chinese scripts and
in the usual capitalisations of the English terms. Literal alternations are fast in Python's
re; a case-insensitive one is many times slower, hence the explicit forms.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import default_lexicon
from extract.text import to_traditional


def _forms(term: str) -> set[str]:
    return {term, term.lower(), term[:1].upper() + term[1:], term.title(), term.upper()}


@cache
def _pattern() -> re.Pattern[str]:
    trig = default_lexicon().triggers
    words = set(trig.relevance_zh) | {to_traditional(t) for t in trig.relevance_zh}
    for term in trig.relevance_en:
        words |= _forms(term)
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def is_relevant(title: str | None, text: str | None) -> bool:
    """True when the title or the body names a return, a fugitive or a repatriation campaign."""
    pattern = _pattern()
    return any(part and pattern.search(part) for part in (title, text))
