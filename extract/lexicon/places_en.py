"""English names of places in China (``china_places_en.json``), read and validated: the words
of the English trigger patterns' ``{cn_place}``, as the gazetteer's Chinese names are of the
Chinese ones."""

from __future__ import annotations

import re
from pathlib import Path

from extract.lexicon.reading import LexiconError, _read

_ENGLISH_PLACE = re.compile(r"[A-Z][a-z]*(?:'[a-z]+)*(?: [A-Z][a-z]+)?")


def english_destinations(directory: Path | None = None) -> list[str]:
    """Every English name of a province or prefecture-level division of the mainland."""
    where = "china_places_en.json"
    data = _read(where, directory)
    names = data.get("names")
    if not isinstance(names, dict) or not names:
        raise LexiconError(f"{where}.names: must map division names to English names")
    words: set[str] = set()
    for full, english in names.items():
        if not isinstance(english, list) or not english:
            raise LexiconError(f"{where}.names.{full}: must be a list of names")
        for name in english:
            if not isinstance(name, str) or not _ENGLISH_PLACE.fullmatch(name):
                raise LexiconError(f"{where}.names.{full}: {name!r} is not an English place name")
            words.add(name)
    return sorted(words)
