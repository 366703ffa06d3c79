"""Who a sentence after a nameless return names as the one it told of ("A former official …
has returned." … "Zhang Wei, 52, …"): nobody on the side of the case, told of before, or named
only as another's relation. ``extract.binding`` reads the few sentences after such a return."""

from __future__ import annotations

from extract.people import Cast
from extract.people_en import NOT_THE_RETURNEE, victim_only
from extract.prepared import Prepared
from extract.referral_en import names_others, someones_only
from extract.side_roles import speaks_only
from extract.text import Sentence


def named_later(
    prep: Prepared, cast: Cast, following: Sentence, lang: str, told: set[str]
) -> list[str]:
    """The people a sentence after a nameless return names, who may be the one it told of: no
    official, no one told of before, nobody on the side (a victim, a speaker in a role, others
    "named as")."""
    if _aside(prep, following, lang):
        return []
    if lang != "zh" and names_others(prep, following):
        return []  # "The officers who escorted them were named as …": others named
    return [
        k
        for k in cast.named.get(following.index, [])
        if k not in cast.officials
        and k not in told
        and not (lang != "zh" and victim_only(prep.norm, cast.people[k].mentions))
        and not speaks_only(prep.norm, cast.people[k].mentions_in(following.start, following.end))
        and not (lang != "zh" and someones_only(prep, k, cast, following))
    ]


def _aside(prep: Prepared, sentence: Sentence, lang: str) -> bool:
    """An English sentence naming someone still abroad or on the side of the case ("Li Ming …
    remains at large", "His lawyer, Peng Hui, said"): not the one an opening told of."""
    return lang != "zh" and bool(NOT_THE_RETURNEE.search(prep.norm, sentence.start, sentence.end))
