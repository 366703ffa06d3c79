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


def _plain_terms(language: str) -> dict[str, list[str]]:
    """The unguarded terms of each method, as ``event_patterns`` joins them."""
    table = default_lexicon().triggers.zh if language == "zh" else default_lexicon().triggers.en
    return {
        m: [f"(?:{t.pattern})" for t in terms if not t.unless]
        for m, terms in table.items()
        if any(not t.unless for t in terms)
    }


# English terms ignore case: the engine cannot skip to a term's first letter and tries every
# term at every position, so a sentence runs only the terms whose words it holds (three to
# four times faster on the dev set). Chinese terms open on characters it skips to in C: one
# alternation per method runs faster than its terms one by one (about twice).
_BY_TERM = ("en",)


@cache
def _terms_of_patterns() -> dict[int, PrunedAlternation]:
    """Each English method's pattern of plain terms (by id) as a pruned alternation of them."""
    found = {}
    for language, methods in event_patterns().triggers.items():
        terms = _plain_terms(language)
        for method, pattern in methods if language in _BY_TERM else ():
            pruned = PrunedAlternation(terms[method], pattern.flags)
            if pruned.whole.pattern != pattern.pattern:  # pragma: no cover - built alike
                raise ValueError(f"the {method} terms are not the {language} pattern")
            found[id(pattern)] = pruned
    return found


def trigger_terms(pattern: re.Pattern[str]) -> PrunedAlternation | None:
    """The terms of an English method's pattern of ``trigger_table`` (None for a guarded or a
    Chinese one): its matches are found with the terms a sentence holds only."""
    return _terms_of_patterns().get(id(pattern))


@cache
def any_trigger(language: str) -> PrunedAlternation:
    """All the language's trigger patterns as one alternation, searched in windows (English
    term by term, see _BY_TERM)."""
    pats = event_patterns()
    if language in _BY_TERM:
        sources = [t for terms in _plain_terms(language).values() for t in terms]
    else:
        sources = [p.pattern for _, p in pats.triggers[language]]
    sources += [p.pattern for _, p, _ in pats.guarded[language]]
    return PrunedAlternation(sources, pats.triggers[language][0][1].flags)


def with_inner(pattern: re.Pattern[str], norm: str, start: int, end: int) -> list[re.Match[str]]:
    """The pattern's matches, each with the shorter match that starts inside it, if any: a
    gapped term swallows a tight one (向之红从马来西亚回国投案 holds 回国投案), and the tight one is
    the wording the record keeps."""
    terms = trigger_terms(pattern)
    if terms is None:  # a guarded term or a Chinese method's alternation: run whole
        pairs = [
            (m, pattern.search(norm, m.start() + 1, m.end()))
            for m in pattern.finditer(norm, start, end)
        ]
    else:  # an English method's terms: those whose words the sentence holds
        kept = terms.kept(norm, start, end)
        pairs = [
            (m, terms.first(norm, m.start() + 1, m.end(), kept))
            for m in terms.matches(norm, start, end, kept)
        ]
    found = []
    for match, inner in pairs:
        found.append(match)
        if inner is not None and inner.end() <= match.end():
            found.append(inner)
    return found


def told_as_possible(norm: str, at: int, start: int, end: int, language: str) -> bool:
    """Whether the trigger at ``at`` stands inside a removal told as possible, feared or
    conditional (triggers.json ``irrealis``): that trigger alone is vetoed, not its clause."""
    return any(a <= at < b for a, b in _irrealis(language).every_span(norm, start, end))


@cache
def _irrealis(language: str) -> PrunedAlternation:
    """The section's patterns, each tried only where its words are (most clauses hold none);
    English ignores case, Chinese has none to ignore (and its words then prune)."""
    terms: list[str] = getattr(default_lexicon().triggers, f"irrealis_{language}")
    flags = re.IGNORECASE if language == "en" else 0
    return PrunedAlternation([f"(?:{t})" for t in terms] or ["(?!)"], flags)
