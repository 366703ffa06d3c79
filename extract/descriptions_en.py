"""English definite descriptions of one person ("The suspect was arrested in Kenya"): they point
back as a pronoun does, to the one person told of before, never to one of several."""

from __future__ import annotations

import re

from extract.text import Sentence

# a definite description of one person ("The suspect was arrested in Kenya"), which points back
# as a pronoun does where one person only is being told of
_THE_ONE_EN = re.compile(r"\bthe (?:suspect|fugitive|man|woman|accused|defendant)\b", re.IGNORECASE)


def describes_the_one(text: str, sentence: Sentence, language: str, people: list[str]) -> bool:
    """Whether an English sentence points back by a definite description to the one person
    told of before (never to one of several: "Lu, Ma and Pan … The suspect was detained")."""
    return (
        language == "en"
        and len(people) == 1
        and the_one_described(text, sentence.start, sentence.end)
    )


def the_one_described(text: str, start: int, end: int) -> bool:
    """Whether the span holds a definite description of one person ("The suspect …")."""
    return bool(_THE_ONE_EN.search(text, start, end))
