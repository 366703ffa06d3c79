"""A pruned alternation (extract.prefilter) finds what its whole pattern finds: the English
triggers are matched term by term (extract.event_patterns), and that must change no match."""

from __future__ import annotations

import json
import re
from pathlib import Path

from extract.event_patterns import trigger_table, trigger_terms, with_inner
from extract.prefilter import PrunedAlternation
from extract.text import normalise, split_sentences

DEVSET = Path(__file__).parent / "data" / "devset.jsonl"


def _whole_with_inner(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[str]:
    found = []
    for match in pattern.finditer(text, start, end):
        found.append(match.group())
        inner = pattern.search(text, match.start() + 1, match.end())
        if inner is not None and inner.end() <= match.end():
            found.append(inner.group())
    return found


def test_matches_and_first_are_the_whole_patterns() -> None:
    alternation = PrunedAlternation(
        [r"(?:sent back)", r"(?:back\b)", r"(?:was (?:sent|flown) back to China)", r"(?:returned)"],
        re.IGNORECASE,
    )
    text = "He was sent back to China. She returned; they were SENT BACK and flown back."
    kept = alternation.kept(text, 0, len(text))
    for start, end in [(0, len(text)), (3, 40), (10, 20), (40, len(text))]:
        whole = alternation.whole.search(text, start, end)
        first = alternation.first(text, start, end, kept)
        assert (first and first.span()) == (whole and whole.span())
        assert [m.span() for m in alternation.matches(text, start, end)] == [
            m.span() for m in alternation.whole.finditer(text, start, end)
        ]


def test_english_triggers_by_term_match_as_their_method_patterns() -> None:
    table = trigger_table("en").table
    assert any(trigger_terms(pattern) for _, pattern in table)
    for line in DEVSET.read_text("utf-8").splitlines():
        norm = normalise(json.loads(line)["text"])
        for sentence in split_sentences(norm, "en"):
            for _, pattern in table:
                found = with_inner(pattern, norm, sentence.start, sentence.end)
                assert [m.group() for m in found] == _whole_with_inner(
                    pattern, norm, sentence.start, sentence.end
                )
