"""The English titles of office, from names.json's one list, and when one describes a fugitive.

Every English pattern that tells an official from a fugitive reads the same titles: a name after
one ("spokesman Xie Fan"), a post after a name ("Zhao Min, the Chinese consul in Madrid"), a
speaker set off by one ("The police chief, X, said"). Some of them are as often the fugitive's
own post (names.json ``officials_en_posts``: a mayor, a customs inspector, a bank's president):
with one of those, a name whose own clause goes on to tell a flight or a removal is the
fugitive's ("Mayor Qian Bo, who vanished in 2016, was deported", "Qiao Nan, a customs
inspector, fled to Vietnam").
"""

from __future__ import annotations

import re
from functools import cache

from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon


@cache
def offices() -> str:
    """Every title of office, singular or plural (officers, police officers)."""
    return f"(?:{literal_alternation(default_lexicon().names.officials_en)})s?"


@cache
def _title_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:({offices()}))\s+$")


def title_before(text: str, start: int) -> str | None:
    """The title of office right before a name ("Inspector Chen Ming"), lowercased."""
    match = _title_before().search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else None


# after the name: a place ("of Lishui"), an apposition or a relative clause, then the verb of a
# flight or a removal
_OWN_FLIGHT_AFTER = re.compile(
    r"(?:\s+of\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,5}?(?=[\s,]))?"
    r"(?:,[^.;]{0,100}?(?:,|(?=\bwho\b)))?"
    r"\s*(?:who\s+)?(?:had\s+|has\s+|have\s+)?(?:\w{1,12}ly\s+|then\s+|later\s+)?"
    r"(?:fled(?! the (?:courtroom|court|scene|room|building|hall)\b)|escaped|absconded|vanished"
    r"|disappeared|went (?:missing|into hiding)|surfaced"
    # (not an officer's coming back with the suspect: "returned from Manila with fugitive Hu Wen")
    r"|(?:returned|came back|flew back)(?![^.;]{0,50}\bwith\b)"
    r"|surrendered|gave (?:him|her)self up|turned (?:him|her)self in"
    r"|(?:was|were|had been|has been|have been)\s+(?:\w{1,12}ly\s+)?(?:deported|extradited"
    r"|repatriated|sent back|returned|handed over|expelled|brought back|arrested|detained"
    r"|caught|captured|persuaded))\b"
)


def describes_fugitive(title: str, text: str, end: int) -> bool:
    """Whether a title that may be a fugitive's own post is theirs here: the name's own clause,
    after it, tells their flight or removal."""
    posts = default_lexicon().names.officials_en_posts
    word = title.lower()
    word = word if word in posts else word.removesuffix("s")  # officers, chiefs
    return word in posts and bool(_OWN_FLIGHT_AFTER.match(text, end))


# "the Central Commission for Discipline Inspection, led by Xi ally Wang Qishan", "a working
# group headed by X": the head of a central body, of the campaign or of a team sent abroad
# (never of a ring, "a gang led by Zhang Wei", nor of a local bureau the fugitive once ran)
_LEADS_A_BODY = re.compile(
    r"\b(?:commission|committee|ministry|campaign|drive|operation|crackdown|Interpol"
    r"|working group|task force|police team|delegation|investigation team|special team)s?\b"
    r"[^.;()\n]{0,60}?\b(?<!then )(?<!once )(?<!formerly )(?<!previously )"
    r"(?:led|headed|chaired|spearheaded|overseen|directed|launched) by (?:[\w-]+ ){0,3}$",
    re.IGNORECASE,
)


def heads_a_body(text: str, start: int) -> bool:
    """Whether the name at ``start`` is given as the head of a body of the state or of the
    campaign ("the commission, led by Xi ally Wang Qishan")."""
    return bool(_LEADS_A_BODY.search(text, max(0, start - 120), start))
