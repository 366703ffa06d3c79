"""Evidence highlighting: cut an article text into plain and evidence segments for the template.

The template escapes every segment (Jinja autoescape); highlighting never builds HTML strings from
scraped text, so planted markup stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s)")


@dataclass(frozen=True)
class Segment:
    text: str
    fields: tuple[str, ...]


def segments(text: str, evidence: list[dict[str, Any]]) -> list[Segment]:
    """``text`` cut at every evidence boundary; each piece lists the fields whose span covers it."""
    spans = [
        (int(e["start"]), int(e["end"]), str(e["field"]))
        for e in evidence
        if 0 <= int(e["start"]) < int(e["end"]) <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = tuple(sorted({f for s, e, f in spans if s <= start and end <= e}))
        out.append(Segment(text[start:end], covering))
    return out


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding the span: the 'source sentence' shown beside a field."""
    if not (0 <= start <= end <= len(text)):
        return ""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    return text[left:right].strip()
