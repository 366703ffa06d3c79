"""English glosses of the Chinese terms behind methods, pressure tactics and crimes
(``glosses.json``), checked on load: every method, coercion and crime code has at least one
glossed term, every term is Chinese, every gloss is English, and no term is glossed twice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.lexicon.reading import LexiconError, _read
from extract.record import COERCIONS, CRIMES, METHODS

# The record field each coded section glosses, and the codes it must cover.
CODED_SECTIONS: dict[str, tuple[str, ...]] = {
    "method": METHODS,
    "coercion": COERCIONS,
    "alleged_crimes": CRIMES,
}
_CHINESE = re.compile(r"[\u3400-\u9fff]+")
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z0-9 ,;:'()\-/.]*[A-Za-z0-9)]")


@dataclass(frozen=True)
class Glosses:
    """``terms``: every glossed term and its English; ``codes``: the terms of each code of
    each coded section (``codes['method']['persuaded']``)."""

    terms: dict[str, str]
    codes: dict[str, dict[str, tuple[str, ...]]]


def _term_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise LexiconError(f"{where}: expected a non-empty object of term: gloss")
    for term, gloss in value.items():
        if not _CHINESE.fullmatch(term):
            raise LexiconError(f"{where}: term {term!r} is not a Chinese word")
        if not isinstance(gloss, str) or not _ENGLISH.fullmatch(gloss):
            raise LexiconError(f"{where}.{term}: gloss {gloss!r} is not plain English text")
    return dict(value)


def _add(terms: dict[str, str], more: dict[str, str], where: str) -> None:
    for term, gloss in more.items():
        if term in terms and terms[term] != gloss:
            raise LexiconError(f"{where}.{term}: glossed twice ({terms[term]!r} and {gloss!r})")
        terms[term] = gloss


def _coded(data: dict[str, Any], section: str, terms: dict[str, str]) -> dict[str, tuple[str, ...]]:
    where = f"glosses.json.{section}"
    codes, allowed = data.get(section), CODED_SECTIONS[section]
    if not isinstance(codes, dict):
        raise LexiconError(f"{where}: expected an object keyed by {section} code")
    unknown = sorted(set(codes) - set(allowed))
    if unknown:
        raise LexiconError(f"{where}: unknown code {unknown[0]!r} (allowed: {', '.join(allowed)})")
    missing = [code for code in allowed if code not in codes]
    if missing:
        raise LexiconError(f"{where}: no gloss for code {missing[0]!r}")
    out = {}
    for code in allowed:
        mapping = _term_map(codes[code], f"{where}.{code}")
        _add(terms, mapping, f"{where}.{code}")
        out[code] = tuple(mapping)
    return out


def load_glosses(directory: Path | None = None) -> Glosses:
    """Read and check ``glosses.json`` (from ``directory``, default: the shipped one)."""
    data = _read("glosses.json", directory)
    terms: dict[str, str] = {}
    codes = {section: _coded(data, section, terms) for section in CODED_SECTIONS}
    _add(terms, _term_map(data.get("general"), "glosses.json.general"), "glosses.json.general")
    return Glosses(terms=terms, codes=codes)
