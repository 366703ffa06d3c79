"""Reading and checking the lexicon files: a broken file raises ``LexiconError`` naming the
file and the key."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from extract.alternation import literal_alternation


class LexiconError(ValueError):
    """A lexicon file is missing, malformed or holds an invalid value."""


def _read(name: str, directory: Path | None) -> dict[str, Any]:
    path = (directory / name) if directory else resources.files("extract.lexicon").joinpath(name)
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: top level must be an object")
    return data


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return list(value)


def _patterns(value: Any, where: str) -> list[str]:
    items = _strings(value, where)
    for item in items:
        try:
            re.compile(item)
        except re.error as exc:
            raise LexiconError(f"{where}: bad pattern {item!r}: {exc}") from exc
    return items


def _enum_map(data: Any, allowed: tuple[str, ...], where: str) -> dict[str, list[str]]:
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected an object")
    out: dict[str, list[str]] = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key not in allowed:
            raise LexiconError(f"{where}: unknown category {key!r} (allowed: {', '.join(allowed)})")
        out[key] = _patterns(value, f"{where}.{key}")
    return out


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def expand(data: Any, lists: dict[str, dict[str, list[str]]], where: str, lang: str = "") -> Any:
    """``data`` with every ``{name}`` in its strings replaced by an alternation of the words of
    ``lists[name][lang]`` (longest first; whole words in English), where ``lang`` is the nearest
    enclosing ``zh`` or ``en`` key: one list of words serves every pattern that needs it. An
    unknown name fails."""
    if isinstance(data, dict):
        return {
            k: expand(v, lists, f"{where}.{k}", k if k in ("zh", "en") else lang)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [expand(v, lists, where, lang) for v in data]
    if not isinstance(data, str) or "{" not in data or where.endswith("_doc"):
        return data

    def alternation(match: re.Match[str]) -> str:
        words = lists.get(match.group(1), {}).get(lang)
        if not words:
            raise LexiconError(f"{where}: no list {{{match.group(1)}}} for {lang or 'this key'}")
        words_alt = f"(?:{literal_alternation(words)})"  # a trie: one comparison a character
        # not the "son" of "prison", nor a "family company" or "parent company"
        return rf"\b{words_alt}\b(?! compan| firm| business)" if lang == "en" else words_alt

    return _PLACEHOLDER.sub(alternation, data)


def uncased_capitals(pattern: str) -> bool:
    """Whether a pattern matched case-insensitively asks for a capital letter outside a
    ``(?-i:…)`` group: there ``[A-Z]`` matches any letter, so "the return of (?=[A-Z])" (a
    name follows) would take "the return of graft suspects" too."""
    scoped: list[bool] = []  # for each open group: whether it (or one around it) is case-exact
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            end = _class_end(pattern, at)
            chars = pattern[at:end]
            # (a class that holds the small letters too, [a-zA-Z], means what it says)
            if (
                re.search(r"[A-Z]-[A-Z]", chars)
                and not re.search(r"[a-z]-[a-z]", chars)
                and not any(scoped)
            ):
                return True
            at = end
            continue
        if char == "(":
            scoped.append(pattern.startswith("(?-i:", at))
        elif char == ")" and scoped:
            scoped.pop()
        at += 1
    return False


def _class_end(pattern: str, start: int) -> int:
    """The index just past the character class opening at ``start``."""
    at = start + 1
    if at < len(pattern) and pattern[at] == "^":
        at += 1
    if at < len(pattern) and pattern[at] == "]":
        at += 1  # a ] first in the class is a literal
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def _case_exact(patterns: list[str], where: str) -> None:
    """Refuse ``patterns`` (to be matched ignoring case) where one asks for an uncased capital."""
    for pattern in patterns:
        if uncased_capitals(pattern):
            raise LexiconError(
                f"{where}: {pattern!r} is matched ignoring case, so [A-Z] there is any letter: "
                "write (?-i:[A-Z])"
            )
