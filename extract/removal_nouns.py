"""Removals told as nouns: the person's deportation or extradition ("his deportation", "The
repatriation of Yang Jinjun"), which tell the channel of a return told loosely, and the words
that say such a removal was resisted, awaited or never done. ``extract.method_choice`` asks
for them."""

from __future__ import annotations

import re

from extract.events import Trigger, trigger_section
from extract.prepared import Prepared, Span
from extract.text import Sentence

# "fought his extradition", "awaiting her deportation", "appeal against their expulsion":
# a removal resisted, awaited, feared or only asked for
_RESISTED = re.compile(
    r"\b(?:fight\w*|fought|challeng\w*|appeal\w*|resist\w*|avoid\w*|await\w*|pending|halt\w*"
    r"|stay\w*|block\w*|stop\w*|against|prevent\w*|delay\w*|fear\w*|request\w*|seek\w*"
    r"|sought|oppos\w*|contest\w*|could|may|might|would|will|threat\w*|face\w*|facing|risk\w*"
    r"|refus\w*|reject\w*|suspend\w*|declin\w*|never|overturn\w*|evad\w*|escap\w*|postpon\w*|if"
    r"|without|instead of|rather than)"
    r"\b[^.;]{0,25}$",
    re.IGNORECASE,
)


def removal_noun(prep: Prepared, sentences: list[Sentence], lang: str) -> Trigger | None:
    """The person's deportation or extradition named as a noun (triggers.json
    ``removal_told``), not one they fought, awaited or were refused."""
    pattern = trigger_section("removal_told", lang)
    for sentence in sentences:
        for match in pattern.finditer(prep.norm, sentence.start, sentence.end):
            if not _resisted(prep, sentence, match):
                return Trigger(match.start(), match.end(), _channel(match))
    return None


def _resisted(prep: Prepared, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the words just before the removal's noun resist, await or refuse it."""
    return bool(_RESISTED.search(prep.norm, max(sentence.start, match.start() - 40), match.start()))


def _channel(match: re.Match[str]) -> str:
    """The method a removal's noun names: an extradition, else a deportation."""
    return "extradited" if "extradit" in match.group().lower() else "deported"


# "The repatriation of Yang Jinjun marked the first time …": the removal named as a noun of
# which the person is the object, in one of their sentences
_REMOVAL_OF = re.compile(
    r"\b(?:deportation|repatriation|extradition|forced return) of (?=(?-i:[A-Z]))", re.IGNORECASE
)


# what is said of a removal that did not take place ("was refused", "was halted", "had been
# postponed"), after its noun here and after its date in return_date_context
REMOVAL_UNDONE = (
    r"(?:was|were|had been|has been|is|remains)\s+(?:\w+\s+)?(?:blocked|refused|rejected|denied"
    r"|requested|sought|halted|stopped|suspended|cancell?ed|canceled|postponed|delayed|called off"
    r"|pending|opposed|challenged|appealed)\b"
)
# what follows the name: another's (X's assets, X's accomplice), or a removal not done
_NOT_DONE_AFTER = re.compile(
    rf"['’]|[^.;]{{0,40}}?\b(?:{REMOVAL_UNDONE}|never\b)",
    re.IGNORECASE,
)


def removal_of(prep: Prepared, told: list[Sentence], mentions: list[Span]) -> Trigger | None:
    """A deportation or an extradition of the person, told as a noun before their name."""
    ends = {start: end for start, end in mentions}
    for sentence in told:
        for match in _REMOVAL_OF.finditer(prep.norm, sentence.start, sentence.end):
            end = ends.get(match.end())
            if end is None or _resisted(prep, sentence, match):
                continue
            if _NOT_DONE_AFTER.match(prep.norm, end, sentence.end):
                continue  # "The extradition of Luo was refused", "… of Tian's assets"
            return Trigger(match.start(), match.end() - 4, _channel(match))
    return None
