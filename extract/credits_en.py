"""The credits around an English story: the reporter's byline ("By Liu Jing | chinadaily.com.cn",
"(By Tang Lili)"), "Reporting by X; Editing by Y", "Editor: X". A name in a credit is the
newsroom's, never a person of the case."""

from __future__ import annotations

import re

# what follows a name in a credit: the end of its line, a bracket, a separator, the source, the
# place of filing or another credit ("By Cao Lin in Beijing | China Daily"); never the rest of a
# sentence ("Written by Tan Yong, the letter was read out")
_CREDIT_END = re.compile(
    r"\s*(?:$|\n|[()|;/\-–—]|Source\b|(?:and|with)\b|in [A-Z]|, (?:[A-Z][a-z]+ ){0,3}"
    r"(?:Reporter|Correspondent|Staff|Xinhua|China Daily)\b)"
)
# what opens a credit: "By" at a line's start or in brackets, a credit's word before "by", or a
# second credit after a separator
_EN_BYLINE = re.compile(
    r"(?:(?:^|[\n|(])\s*(?:(?:Reporting|Reported|Written|Writing|Edited|Editing|Photos?|Text"
    r"|Story|Compiled|Translated|Produced|Additional reporting) )?[Bb]y"
    r"|[;,] (?:and )?(?:[Ee]diting|[Ww]riting|[Aa]dditional reporting|[Rr]eporting) by)\s+$"
)


# a credit's label and colon ("Editor: X", "2018-11-30 Xinhua Editor : X"), which no sentence
# of the story opens a name with, whatever follows the name (not after an article: "worked as an
# Editor: X" is a sentence's)
_EN_CREDIT_LABEL = re.compile(
    r"(?:^|[\n|(]|(?<!\ban)(?<!\ba)(?<!\bthe)(?<!\bas) )"
    r"(?:Editor|Reporter|Author|Writer|Correspondent|Translator|Photographer)s?"
    r" ?: ?$"
)


def credited(text: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` stands in a credit: a credit's label right before it, or a
    credit's opening right before it and the end of the credit right after it."""
    start, end = span
    if _EN_CREDIT_LABEL.search(text, max(0, start - 16), start):
        return True
    return bool(_EN_BYLINE.search(text, max(0, start - 40), start) and _CREDIT_END.match(text, end))
