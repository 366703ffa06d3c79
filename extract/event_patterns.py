"""The compiled patterns of triggers.json that ``extract.events`` reads sentences with, and the
prefiltered forms its hot loops search (``extract.prefilter``: a pattern whose words a span
lacks is not run there)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import default_lexicon
from extract.prefilter import PatternTable, PrunedAlternation


@dataclass(frozen=True)
class EventPatterns:
    # per language: (method, pattern of the plain terms) and (method, pattern, veto) for the rest
    triggers: dict[str, list[tuple[str, re.Pattern[str]]]]
    guarded: dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str]]]]
    # the vetoes are searched once or more per trigger: pruned per span (extract.prefilter)
    negative: dict[str, PrunedAlternation]
    persuasion_negative: dict[str, PrunedAlternation]  # no appeal cues: a persuasion is an appeal
    negative_sentence: dict[str, PrunedAlternation]
    returning_talent: dict[str, PrunedAlternation]
    statement: dict[str, re.Pattern[str]]
    abroad: dict[str, re.Pattern[str]]


def _alternation(terms: list[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{t})" for t in terms), flags)


def _cues(terms: list[str], flags: int = 0) -> PrunedAlternation:
    """``_alternation`` of the terms, searched with the terms whose words a span holds."""
    return PrunedAlternation([f"(?:{t})" for t in terms], flags)


@cache
def event_patterns() -> EventPatterns:
    trig = default_lexicon().triggers
    compiled: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    guarded: dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str]]]] = {}
    for lang, table, flags in (("zh", trig.zh, 0), ("en", trig.en, re.IGNORECASE)):
        compiled[lang] = [
            (m, _alternation([t.pattern for t in terms if not t.unless], flags))
            for m, terms in table.items()
            if any(not t.unless for t in terms)
        ]
        guarded[lang] = [
            (m, re.compile(t.pattern, flags), re.compile(t.unless, flags))
            for m, terms in table.items()
            for t in terms
            if t.unless
        ]
    return EventPatterns(
        triggers=compiled,
        guarded=guarded,
        negative={
            "zh": _cues(trig.negative_zh + trig.appeal_zh),
            "en": _cues(trig.negative_en + trig.appeal_en, re.IGNORECASE),
        },
        persuasion_negative={
            "zh": _cues(trig.negative_zh),
            "en": _cues(trig.negative_en, re.IGNORECASE),
        },
        negative_sentence={
            "zh": _cues(trig.negative_sentence_zh),
            "en": _cues(trig.negative_sentence_en, re.IGNORECASE),
        },
        returning_talent={
            "zh": _cues([]),
            "en": _cues(trig.returning_talent_en, re.IGNORECASE),
        },
        statement={
            "zh": _alternation(trig.statement_zh),
            "en": _alternation(trig.statement_en, re.IGNORECASE),
        },
        abroad={
            "zh": _alternation([re.escape(t) for t in trig.abroad_zh]),
            "en": _alternation([re.escape(t) for t in trig.abroad_en], re.IGNORECASE),
        },
    )


Guard = re.Pattern[str] | None


@cache
def trigger_table(language: str) -> PatternTable[tuple[str, Guard]]:
    """Every trigger pattern of the language, plain terms first, as (method, veto) and pattern:
    a sentence runs only those whose words it holds."""
    pats = event_patterns()
    table: list[tuple[tuple[str, Guard], re.Pattern[str]]] = [
        ((m, None), p) for m, p in pats.triggers.get(language, [])
    ]
    table += [((m, unless), p) for m, p, unless in pats.guarded.get(language, [])]
    return PatternTable(table)


@cache
def any_trigger(language: str) -> PrunedAlternation:
    """All the language's trigger patterns as one alternation, searched in windows."""
    pats = event_patterns()
    sources = [p.pattern for _, p in pats.triggers[language]]
    sources += [p.pattern for _, p, _ in pats.guarded[language]]
    return PrunedAlternation(sources, pats.triggers[language][0][1].flags)
