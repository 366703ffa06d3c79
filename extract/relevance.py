"""The crawl's relevance filter: does a title or body name a return at all?

Recall matters more than precision here (extraction decides what is a case), so the filter is a
plain substring test over the relevance terms of the trigger lexicon, on the simplified text.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import default_lexicon
from extract.text import to_simplified


@cache
def _pattern() -> re.Pattern[str]:
    trig = default_lexicon().triggers
    terms = [re.escape(t) for t in trig.relevance_zh + trig.relevance_en]
    return re.compile("|".join(terms), re.IGNORECASE)


def is_relevant(title: str | None, text: str | None) -> bool:
    """True when the title or the body names a return, a fugitive or a repatriation campaign."""
    pattern = _pattern()
    return any(part and pattern.search(to_simplified(part)) for part in (title, text))
