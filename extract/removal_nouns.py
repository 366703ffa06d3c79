"""Removals told as nouns: the person's deportation or extradition ("his deportation", "The
repatriation of Yang Jinjun"), which tell the channel of a return told loosely, and the words
that say such a removal was resisted, awaited or never done. ``extract.method_choice`` asks
for them."""

from __future__ import annotations

import re

from extract.events import Trigger, trigger_section
from extract.places import find_places
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


# "was returned to China after serving a 15-month jail sentence in Singapore": the host let the
# person out of its own prison and removed them (an arrest there was for its own case)
_SERVED_ABROAD = re.compile(
    r"\bafter (?:serving|completing|finishing) (?:a |an |his |her |their )?(?:[\w-]+ ){0,3}?"
    r"(?:jail|prison) (?:sentence|term)s?\b|\bafter (?:his|her|their) release from (?:a |an )?"
    r"(?:[\w-]+ ){0,2}?(?:jail|prison)\b",
    re.IGNORECASE,
)


def served_abroad(prep: Prepared, sentence: Sentence, lang: str) -> Trigger | None:
    """A loose return told as coming after a sentence served abroad: a deportation."""
    if lang != "en":
        return None
    match = _SERVED_ABROAD.search(prep.norm, sentence.start, sentence.end)
    if match is None:
        return None
    # (the sentence served abroad, where the words after it say: not "in Guangdong")
    where = find_places(prep.norm, match.start(), min(sentence.end, match.end() + 40), lang)
    if not where or where[0].code == "CN":
        return None
    return Trigger(match.start(), match.end(), "deported")


# a court's or a government's yes right before the extradition ("a court approved his
# extradition"), not a request, talks or a refusal; and nothing after it that undoes it
_GRANTED_BEFORE = re.compile(
    r"\b(?:approv(?:ed|es|ing|e)|grant(?:ed|s|ing)?|agreed to|order(?:ed|s)|cleared(?: the way for)?"
    r"|upheld|allow(?:ed|s|ing)?|signed off on|ruled in favou?r of|paved the way for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_UNDONE_AFTER = re.compile(
    r"[^.]{0,160}?\b(?:before it could|but (?:he|she|they)\b|fled|escaped|never|overturn\w*"
    r"|revers\w*|quash\w*|blocked|halted|suspended|refus\w*|reject\w*|unlawful|annul\w*"
    r"|struck down|set aside|appeal\w*|flawed)\b",
    re.IGNORECASE,
)
# "has not yet approved", "never granted", "refused to approve": a yes not given
_NOT_GIVEN = re.compile(
    r"\b(?:not|never|n't|yet to|refus\w*|declin\w*|fail\w*)\b[^.;]{0,12}$", re.IGNORECASE
)


def _granted(prep: Prepared, removal: Trigger) -> bool:
    """Whether the removal named (its match opens on the possessive: "approved |his
    extradition") is one granted and not undone."""
    before = prep.norm[max(0, removal.start - 40) : removal.start]
    yes = _GRANTED_BEFORE.search(before)
    if yes is None or _NOT_GIVEN.search(before, 0, yes.start()):
        return False
    return not _UNDONE_AFTER.match(prep.norm, removal.end)


def granted_removal(prep: Prepared, sentences: list[Sentence], lang: str) -> Trigger | None:
    """The person's deportation or extradition named as a noun that a court or a government
    granted ("upheld his deportation", "cleared the way for his deportation"), not undone: the
    channel of a return, whatever arrest at the arrival or handover is told beside it."""
    pattern = trigger_section("removal_told", lang)
    for sentence in sentences:
        for match in pattern.finditer(prep.norm, sentence.start, sentence.end):
            found = Trigger(match.start(), match.end(), _channel(match))
            if not _resisted(prep, sentence, match) and _granted(prep, found):
                return found
    return None
