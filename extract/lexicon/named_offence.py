"""Offences named in the law's form (涉嫌劫持航空器罪): crimes.json's pattern for them and the
names in that form that are no one offence, validated on load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extract.lexicon.reading import LexiconError, _read


@dataclass(frozen=True)
class NamedOffence:
    """An offence named in the law's form (涉嫌劫持航空器罪): the pattern whose group is its name,
    and the names in that form that are no one offence (职务犯罪)."""

    pattern: re.Pattern[str]
    generic: frozenset[str]


def load_named_offence(directory: Path | None = None) -> NamedOffence:
    data = _read("crimes.json", directory)
    where = "crimes.json.zh_named_offence"
    try:
        pattern = re.compile(str(data.get("zh_named_offence", "")))
    except re.error as error:
        raise LexiconError(f"{where}: bad pattern ({error})") from None
    if pattern.groups != 1:
        raise LexiconError(f"{where}: needs exactly one group, the offence's name")
    generic = data.get("zh_generic_offence", [])
    if not isinstance(generic, list) or not all(isinstance(g, str) and g for g in generic):
        raise LexiconError("crimes.json.zh_generic_offence: must be a list of words")
    return NamedOffence(pattern, frozenset(generic))
