"""Which of a person's return sentences is the record's evidence: the shortest that reports
the return (the dev set's rule), preferring a sentence about them alone, one that says they came
back (not only the urging), one that tells the channel the record gives, one that shows them
abroad; and whether a trigger tells a return at all (a persuasion that worked, not an urging)."""

from __future__ import annotations

import re

from extract.binding import Binding, people_in
from extract.events import Event, Trigger
from extract.lexicon import default_lexicon
from extract.people import Cast
from extract.prepared import Prepared, evidence_span

EN_PLURAL = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^.]*?\b(?:fugitives|suspects|officials|people)\b",
    re.IGNORECASE,
)


def evidence_event(prep: Prepared, cast: Cast, binding: Binding) -> Event:
    """The shortest sentence that reports this person's return (the dev set's rule), leaving out
    group statements ("Three fugitives have returned") that name nobody."""
    candidates = binding.direct + [
        e
        for e in binding.cataphoric
        if not EN_PLURAL.search(prep.norm, e.sentence.start, e.sentence.end)
    ]
    if not candidates:
        return binding.events[0]
    # a sentence about this person alone before one that lists several (甲、乙和丙相继归案);
    # one with a return verb (回国, 投案, 遣返) before one that only tells of the persuading
    # (专案组多次做其亲属思想工作); one that tells the channel the others give way to (被成功劝返
    # before …最终下定决心回国投案); one that shows the person abroad before one that does not
    order = default_lexicon().triggers.precedence
    best = min((e.method for e in candidates), key=order.index)
    return min(
        candidates,
        key=lambda e: (
            len(people_in(prep, cast, e.sentence)) > 1,
            not any(tells_return(prep, t) for t in e.triggers),
            not _tells_channel(prep, e, best),
            not e.abroad,
            len(range(*evidence_span(prep, e.sentence))),
        ),
    )


# Persuasion words that tell of the urging, not of its outcome: 做其亲属思想工作, 动员其亲属,
# "urged him to come back", "trying to persuade him" (劝返, "was persuaded", "convinced him to
# return" tell that it worked)
_URGING = re.compile(
    r"思想工作|做[^，。；]{0,12}工作|动员|劝(?![返回说投])|劝[返投][信函]|劝导"
    r"|\b(?:urg|advis)\w*|\bpersuade\b|\b(?:thought|ideological) work",
    re.IGNORECASE,
)


def tells_return(prep: Prepared, trigger: Trigger) -> bool:
    """Whether a trigger says the person came back: any method's but persuasion's, and a
    persuasion that worked (not the urging alone)."""
    return trigger.method != "persuaded" or not _URGING.search(
        prep.norm, trigger.start, trigger.end
    )


def _tells_channel(prep: Prepared, event: Event, best: str) -> bool:
    """Whether the sentence tells the persuasion that the record's channel is, as done (被成功
    劝返，从柬埔寨回国投案), not only the urging (加入了劝投的行列, 规劝霍某投案自首); for any
    other channel the shortest sentence stands, whatever verb it uses ("Chen returned …")."""
    if best != "persuaded":
        return True
    return any(
        t.method == "persuaded" and _PERSUADED.search(prep.norm, t.start, t.end)
        for t in event.triggers
    )


_PERSUADED = re.compile(r"劝返(?!工作)|劝回|\bpersuaded\b|\bconvinced\b", re.IGNORECASE)
