"""The listing title filter: which entries are not worth fetching (RETURNWATCH_FILTER_TITLES).

Only the plainly irrelevant ones. The filter this replaces fetched only titles that name a
return, and so dropped court verdicts (原副县长某某受贿、滥用职权案一审宣判) and features (等了
二十三年，老检察官终于等来这一天) whose texts report one: on a ccdi-like mirror of unseen articles
it lost 3 of 52 cases. Now an entry is skipped only when its title names a ``skip`` subject of
``scrapers/title_terms.json`` (a meeting, a notice, the weather...) and none of its ``keep``
terms (a case, a court step, an investigation, a return) nor the relevance terms of extract's
lexicon. An entry without a title, and a title naming neither, is fetched: extraction decides.
The terms file is validated when loaded; a broken one names the file and the key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from extract import is_relevant
from extract.text import to_traditional

TERMS_FILE = "title_terms.json"


class TitleTermsError(ValueError):
    """The title terms file is missing, malformed or contradicts itself."""


@dataclass(frozen=True)
class TitleTerms:
    """Term lists by category: ``keep`` wins over ``skip``."""

    keep: dict[str, tuple[str, ...]]
    skip: dict[str, tuple[str, ...]]


def _categories(data: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, dict):
        raise TitleTermsError(f"{where}: expected an object of categories")
    out: dict[str, tuple[str, ...]] = {}
    for name, terms in data.items():
        if name.startswith("_"):
            continue
        if not isinstance(terms, list) or not terms:
            raise TitleTermsError(f"{where}.{name}: expected a non-empty list of terms")
        for term in terms:
            if not isinstance(term, str) or not term.strip() or term != term.strip():
                raise TitleTermsError(f"{where}.{name}: bad term {term!r}")
        if len(set(terms)) != len(terms):
            raise TitleTermsError(f"{where}.{name}: a term is listed twice")
        out[name] = tuple(terms)
    if not out:
        raise TitleTermsError(f"{where}: no category")
    return out


def parse_title_terms(data: Any, where: str) -> TitleTerms:
    """The terms of a decoded terms file (``where`` names it in errors)."""
    if not isinstance(data, dict):
        raise TitleTermsError(f"{where}: top level must be an object")
    unknown = sorted(k for k in data if not k.startswith("_") and k not in ("keep", "skip"))
    if unknown:
        raise TitleTermsError(f"{where}: unknown key {unknown[0]!r} (allowed: keep, skip)")
    for key in ("keep", "skip"):
        if key not in data:
            raise TitleTermsError(f"{where}: missing {key!r}")
    terms = TitleTerms(
        _categories(data["keep"], f"{where}: keep"), _categories(data["skip"], f"{where}: skip")
    )
    kept = {t.lower() for ts in terms.keep.values() for t in ts}
    both = sorted(t for ts in terms.skip.values() for t in ts if t.lower() in kept)
    if both:
        raise TitleTermsError(f"{where}: {both[0]!r} is both kept and skipped")
    return terms


def load_title_terms(path: Path | Traversable | None = None) -> TitleTerms:
    """The terms file at ``path`` (default: the one shipped in ``scrapers/``), validated."""
    source = path if path is not None else resources.files("scrapers").joinpath(TERMS_FILE)
    try:
        data = json.loads(source.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TitleTermsError(f"{source}: cannot read title terms: {exc}") from exc
    return parse_title_terms(data, str(source))


def _pattern(terms: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    words: set[str] = set()
    for values in terms.values():
        for term in values:
            words |= {term.lower(), to_traditional(term).lower()}
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


@dataclass(frozen=True)
class TitleFilter:
    keep: re.Pattern[str]
    skip: re.Pattern[str]

    @classmethod
    def from_terms(cls, terms: TitleTerms) -> TitleFilter:
        return cls(_pattern(terms.keep), _pattern(terms.skip))

    def worth_fetching(self, title: str | None) -> bool:
        """False only for a title naming a skip subject and nothing kept or relevant."""
        if not title or not title.strip():
            return True
        folded = title.lower()
        if self.keep.search(folded) or is_relevant(title, None):
            return True
        return not self.skip.search(folded)


@cache
def default_title_filter() -> TitleFilter:
    return TitleFilter.from_terms(load_title_terms())


def title_worth_fetching(title: str | None) -> bool:
    """The listing filter with the shipped terms (see the module docstring)."""
    return default_title_filter().worth_fetching(title)
