"""Whose flight an English flight word tells: the person's own, or another's told beside them
(a group of others, a relative, a partner, a victim, an informant, a thing gone missing), or one
denied or only intended. ``extract.flight`` reads a flight word's countries only for the
person's own."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import default_lexicon

# a group of others as the subject of the flight word ("many fugitives who sought asylum in",
# "those who fled to"): a lower-case plural or a word for people, then who/that, in the clause
_OTHERS_WHO = re.compile(r"\b(?:[a-z]+s|those|many|people)\s+(?:who|that)\b[^,;.]*$")
# a group the person is one of ("was among the 100 fugitives who fled to"): theirs too
_MEMBER_OF = re.compile(
    r"\b(?:among|one of)\s+(?:the\s+)?(?:\d+\s+)?[a-z]+s\s+(?:who|that)\b[^,;.]*$"
)
# a flight denied, planned or only thought of ("never applied for asylum in", "planned to seek
# asylum in", "was denied asylum in"), in the words right before it
_NOT_DONE = re.compile(
    r"\b(?:never|not|no|plan(?:s|ned|ning)? to|intend(?:s|ed|ing)? to|hop(?:es|ed|ing) to"
    r"|consider(?:s|ed|ing)?|denied|refused|rejected|barred from|wanted to|tried to"
    # "let him seek asylum in", "would have applied for", "before he could apply for"
    r"|(?:to|could|would(?: have)?|unable to|let (?:him|her|them)) (?:seek|apply|applied|claim|request|file)"
    r")\b[^,;.]{0,25}$"
)


def not_own_flight(norm: str, start: int, match: re.Match[str]) -> bool:
    """Whether the flight word before the countries is not the person's own flight: another
    group's or a relative's ("his wife, who sought asylum in"), or one denied or intended."""
    before = norm[start : match.start()]
    if _NOT_DONE.search(before) or _relative_who().search(before):
        return True
    if _VANISHED.match(match.group()) and _POSSESSED_SUBJECT.search(before):
        return True  # "Yu Tao's phone went missing in Japan", "his car disappeared in …"
    return bool(_OTHERS_WHO.search(before)) and not _MEMBER_OF.search(before)


# the words of vanishing, whose subject may be a thing or another person as often as the returnee
_VANISHED = re.compile(r"last seen|went missing|disappeared|vanished", re.IGNORECASE)
_POSSESSED_SUBJECT = re.compile(
    r"(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:was\s+|were\s+)?$",
    re.IGNORECASE,
)


@cache
def _relative_who() -> re.Pattern[str]:
    """A relative or an accomplice as the subject of the flight ("Ma's brother, who sought
    asylum in", "whose parents sought asylum in"), from the one kinship list."""
    kin = "|".join(sorted(default_lexicon().kinship["en"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{kin}|{_OTHER_PEOPLE}|accomplices?|partners?)s?,?\s+who|whose\s+(?:{kin})s?)\b[^,;.]*$"
        # "A colleague of Hou went missing in Cambodia": another person, of the returnee
        rf"|\b(?:an?|the|one) (?:[\w-]+\s+)?(?:{_OTHER_PEOPLE}|{kin}) of (?-i:[A-Z])[^,;.]*$"
        # "Zou's wife and son, who hold Grenadian passports, are believed to be living in":
        # the relative clause closed, then the others' verb (no name after it: "…, said Zou")
        rf"|\b(?:{kin}|{_OTHER_PEOPLE})s?,\s+who\b[^,;.]*,(?-i:[^,;.A-Z])*$"
        # "His wife was last seen in Canada", "Jiang's business partner went missing in", "one
        # of the investors she cheated", "the informant who exposed Fang": another person as
        # the subject (not one beside the person: "Zhang and his wife fled to")
        rf"|(?<!\band )(?<!\bwith )\b(?:(?:his|her|their|(?-i:[A-Z][a-z]+)['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{kin}|{_OTHER_PEOPLE})|(?:one|some|many|several|two|three|most) of (?:the |his |her "
        rf"|their )?(?:[\w-]+\s+){{0,2}}?(?:{_OTHER_PEOPLE})|the (?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_OTHER_PEOPLE}))\b[^,;.]*$",
        re.IGNORECASE,
    )


# people a fugitive's story names beside them, whose own flight is no flight of theirs
_OTHER_PEOPLE = (
    r"accomplices?|partners?|associates?|colleagues?|friends?|aides?|deputy|deputies|boss(?:es)?"
    r"|lawyers?|investors?|victims?|informants?|whistle-?blowers?|creditors?|employees?"
)
