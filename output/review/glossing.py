"""The English glosses the case page shows beside the Chinese terms of the evidence behind a
method, a pressure tactic, a crime or a red notice (``extract.glosses``): so a researcher who
does not read Chinese can follow the sentence the value came from."""

from __future__ import annotations

from typing import Any

from extract.glosses import GlossPart, gloss_parts

GLOSSED_FIELDS = ("method", "coercion", "alleged_crimes", "red_notice")


def sentence_parts(field: str, sentence: str) -> list[GlossPart]:
    """The source sentence of a glossed field with its known terms marked; [] for the other
    fields (their sentence is shown as it is)."""
    return gloss_parts(sentence) if field in GLOSSED_FIELDS else []


def field_terms(case: dict[str, Any], field: str, source_id: str | None) -> list[list[GlossPart]]:
    """The evidence texts of ``field`` (the source mention's first, then the other active
    mentions'), each cut into glossed terms and plain text; texts with no glossed term and
    repeats are left out."""
    if field not in GLOSSED_FIELDS:
        return []
    mentions = sorted(case["mentions"], key=lambda m: m["id"] != source_id)
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if not mention["active"] and mention["id"] != source_id:
            continue
        for ev in mention["record"].get("evidence", []):
            if ev["field"] != field or ev["text"] in seen:
                continue
            seen.add(ev["text"])
            parts = gloss_parts(ev["text"])
            if any(p.gloss for p in parts):
                out.append(parts)
    return out
