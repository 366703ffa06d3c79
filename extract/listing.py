"""Round-ups that list returnees one to a paragraph under a lead ending in a colon.

Year reviews and typical-case lists (典型案例) tell what the listed people share once, in the lead
("Nineteen people on the list of 100 Red Notice fugitives were brought back last year. Among
them:", 其中，“百名红通人员”5名：), then give each person a paragraph of their own that opens on a
bullet or a number. What the lead says of the group holds for each listed person; it is read with
the person's own sentences.
"""

from __future__ import annotations

import re

from extract.prepared import Prepared, Span

_BULLET = re.compile(
    r"\s*(?:[-–—•·▪●■*]+|\d{1,2}\s*[.、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是])"
)
_LEAD_END = re.compile(r"[:：]\s*$")


def list_lead(prep: Prepared, mentions: list[Span]) -> list[Span]:
    """The lead paragraph of the list the person's first mention is an item of, if any."""
    if not mentions:
        return []
    paragraphs = _paragraph_spans(prep)
    first = min(mentions)[0]
    here = next((i for i, (s, e) in enumerate(paragraphs) if s <= first < e), None)
    if here is None or not _BULLET.match(prep.norm, paragraphs[here][0]):
        return []
    lead = here - 1
    while lead >= 0 and _BULLET.match(prep.norm, paragraphs[lead][0]):
        lead -= 1
    if lead < 0 or not _LEAD_END.search(prep.norm[slice(*paragraphs[lead])]):
        return []
    return [paragraphs[lead]]


def _paragraph_spans(prep: Prepared) -> list[Span]:
    spans: dict[int, Span] = {}
    for sentence in prep.sentences:
        start, _ = spans.get(sentence.paragraph, (sentence.start, sentence.end))
        spans[sentence.paragraph] = (start, sentence.end)
    return [spans[p] for p in sorted(spans)]
