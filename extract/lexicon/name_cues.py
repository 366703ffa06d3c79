"""The cues for finding person names (names.json) and the one kinship list (kinship.json) that
joins them, validated on load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.lexicon.reading import LexiconError, _patterns, _read, _strings


def load_kinship(directory: Path | None = None) -> dict[str, list[str]]:
    """The one kinship list (kinship.json), per language, and the one-character words a relative
    is named by after 其 or 他的 (``zh_after_its``: 其妻, 其弟)."""
    data = _read("kinship.json", directory)
    keys = ("zh", "en", "zh_after_its")
    return {key: _strings(data.get(key), f"kinship.json.{key}") for key in keys}


@dataclass(frozen=True)
class NameCues:
    after: tuple[str, ...]
    before: frozenset[str]
    not_given: frozenset[str]
    not_names: frozenset[str]
    employer_ends: tuple[str, ...] = ()
    employer_not: tuple[str, ...] = ()
    words_ending_in_surname: frozenset[str] = frozenset()
    kin: tuple[str, ...] = ()
    not_given_last: frozenset[str] = frozenset()
    facilities: frozenset[str] = frozenset()
    officials: tuple[str, ...] = ()
    officials_ambiguous: frozenset[str] = frozenset()
    campaign_words: tuple[str, ...] = ()
    not_single_given: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    given_in_profile: frozenset[str] = frozenset()
    given_last_before_yu: frozenset[str] = frozenset()
    dotted_before: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    counterpart_verbs: tuple[str, ...] = ()
    list_roles: tuple[str, ...] = ()
    associates: tuple[str, ...] = ()
    # the titles and the associates' roles together: what a name may start right after
    roles_before: tuple[str, ...] = ()
    # the removal verbs, bare and with 了 (抓获了): a name may start right after one too
    removal_verbs_before: tuple[str, ...] = ()
    media_ends: tuple[str, ...] = ()
    officials_en: tuple[str, ...] = ()
    officials_en_posts: frozenset[str] = frozenset()


def load_name_cues(directory: Path | None = None) -> NameCues:
    data = _read("names.json", directory)
    where = "names.json"

    def strings(key: str) -> list[str]:
        return _strings(data.get(key), f"{where}.{key}")

    return NameCues(
        after=tuple(strings("after")),
        before=frozenset(strings("before")),
        not_given=frozenset(strings("not_given")),
        not_names=frozenset(strings("not_names")),
        employer_ends=tuple(_patterns(data.get("employer_ends"), f"{where}.employer_ends")),
        employer_not=tuple(_patterns(data.get("employer_not"), f"{where}.employer_not")),
        words_ending_in_surname=frozenset(_pairs(data.get("words_ending_in_surname"), where)),
        kin=(*load_kinship(directory)["zh"], *strings("kin")),
        not_given_last=frozenset(strings("not_given_last")),
        facilities=frozenset(strings("facilities")),
        officials=tuple(strings("officials")),
        officials_ambiguous=_subset(data, "officials_ambiguous", "officials", where),
        campaign_words=tuple(strings("campaign_words")),
        not_single_given=frozenset(strings("not_single_given")),
        titles=tuple(strings("titles")),
        given_in_profile=_subset(data, "given_in_profile", "not_given", where),
        given_last_before_yu=frozenset(strings("given_last_before_yu")),
        dotted_before=frozenset(strings("dotted_before")),
        speech_verbs=frozenset(strings("speech_verbs")),
        counterpart_verbs=tuple(strings("counterpart_verbs")),
        list_roles=tuple(strings("list_roles")),
        associates=tuple(strings("associates")),
        roles_before=(*strings("titles"), *strings("associates")),
        removal_verbs_before=tuple(
            f"{verb}{end}" for verb in strings("removal_verbs") for end in ("", "了")
        ),
        media_ends=tuple(strings("media_ends")),
        officials_en=tuple(strings("officials_en")),
        officials_en_posts=_subset(data, "officials_en_posts", "officials_en", where),
    )


def _subset(data: dict[str, Any], key: str, of: str, where: str) -> frozenset[str]:
    words = _strings(data.get(key), f"{where}.{key}")
    outside = sorted(set(words) - set(_strings(data.get(of), f"{where}.{of}")))
    if outside:
        raise LexiconError(f"{where}.{key}: {outside} are not in {of}")
    return frozenset(words)


def _pairs(value: Any, where: str) -> list[str]:
    words = _strings(value, f"{where}.words_ending_in_surname")
    for word in words:
        if len(word) != 2:
            raise LexiconError(f"{where}.words_ending_in_surname: {word!r} is not two characters")
    return words
