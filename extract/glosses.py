"""English glosses of the Chinese words in an evidence text (劝返 -> persuaded to return), from
the gloss lexicon (``extract/lexicon/glosses.json``): what the review page shows beside the
Chinese terms behind a method, a pressure tactic or a crime."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.lexicon.glosses import Glosses, load_glosses
from extract.text import to_simplified

__all__ = ["GlossPart", "default_glosses", "gloss_parts", "glossed_terms"]


@dataclass(frozen=True)
class GlossPart:
    """A piece of a text: a glossed term (``gloss`` set) or the plain text between terms."""

    text: str
    gloss: str | None = None


@cache
def default_glosses() -> Glosses:
    """The shipped glosses, loaded and checked once per process."""
    return load_glosses()


@cache
def _longest_first() -> tuple[int, dict[str, str]]:
    terms = default_glosses().terms
    return max(len(t) for t in terms), terms


def gloss_parts(text: str) -> list[GlossPart]:
    """``text`` cut into glossed terms and plain pieces, left to right; where terms overlap the
    longest starting first wins (投案自首 over 投案), so the pieces join back into ``text``.
    Terms are found in the simplified-script copy (same length), so a traditional-script source
    (勸返) is glossed too, and shown as it printed."""
    longest, terms = _longest_first()
    matching = to_simplified(text)
    parts: list[GlossPart] = []
    plain_from = i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            gloss = terms.get(matching[i : i + size])
            if gloss is not None:
                break
        else:
            i += 1
            continue
        if plain_from < i:
            parts.append(GlossPart(text[plain_from:i]))
        parts.append(GlossPart(text[i : i + size], gloss))
        i = plain_from = i + size
    if plain_from < len(text):
        parts.append(GlossPart(text[plain_from:]))
    return parts


def glossed_terms(text: str) -> list[tuple[str, str]]:
    """The distinct glossed terms of ``text`` with their glosses, in order of appearance."""
    seen: dict[str, str] = {}
    for part in gloss_parts(text):
        if part.gloss is not None:
            seen.setdefault(part.text, part.gloss)
    return list(seen.items())
