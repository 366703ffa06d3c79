"""Language knowledge as data: the JSON lexicons beside this module, validated on load.

Each file is checked when first loaded (types, enum values, ISO codes, compilable patterns) and a
broken file raises ``LexiconError`` naming the file and the key, so a bad edit to a lexicon fails
loudly at start-up instead of silently lowering extraction quality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from extract.lexicon.countries import Country, load_countries
from extract.lexicon.name_cues import NameCues, load_kinship, load_name_cues
from extract.lexicon.named_offence import NamedOffence, load_named_offence
from extract.lexicon.places_en import english_destinations
from extract.lexicon.reading import (
    LexiconError,
    _case_exact,
    _enum_map,
    _patterns,
    _read,
    _strings,
    expand,
)
from extract.record import COERCIONS, CRIMES, METHODS

__all__ = ["Country", "LexiconError", "load_countries"]


@dataclass(frozen=True)
class TriggerTerm:
    """A trigger pattern, and a pattern that vetoes it when found in the same clause (做思想工作
    is persuasion of the person, unless the clause says it was done on the relatives)."""

    pattern: str
    unless: str | None = None


def _trigger_map(data: Any, where: str) -> dict[str, list[TriggerTerm]]:
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected an object")
    out: dict[str, list[TriggerTerm]] = {}
    for key, items in data.items():
        if key.startswith("_"):
            continue
        if key not in METHODS:
            raise LexiconError(f"{where}: unknown category {key!r} (allowed: {', '.join(METHODS)})")
        if not isinstance(items, list):
            raise LexiconError(f"{where}.{key}: expected a list")
        terms = []
        for item in items:
            if isinstance(item, dict):
                pattern, unless = item.get("pattern"), item.get("unless")
                _patterns([pattern] + ([unless] if unless else []), f"{where}.{key}")
                terms.append(TriggerTerm(str(pattern), unless))
            else:
                terms.append(TriggerTerm(_patterns([item], f"{where}.{key}")[0]))
        out[key] = terms
    return out


@dataclass(frozen=True)
class Triggers:
    precedence: tuple[str, ...]
    zh: dict[str, list[TriggerTerm]]
    en: dict[str, list[TriggerTerm]]
    negative_zh: list[str]
    negative_en: list[str]
    negative_sentence_zh: list[str]
    appeal_zh: list[str]
    appeal_en: list[str]
    negative_sentence_en: list[str]
    returning_talent_en: list[str]
    statement_zh: list[str]
    statement_en: list[str]
    relevance_zh: list[str]
    relevance_en: list[str]
    abroad_zh: list[str]
    abroad_en: list[str]
    anchors_zh: list[str]
    anchors_en: list[str]
    escort_zh: list[str] = field(default_factory=list)
    escort_en: list[str] = field(default_factory=list)
    arrest_abroad_zh: list[str] = field(default_factory=list)
    arrest_abroad_en: list[str] = field(default_factory=list)
    removal_told_zh: list[str] = field(default_factory=list)
    removal_told_en: list[str] = field(default_factory=list)
    removal_agent_zh: list[str] = field(default_factory=list)
    removal_agent_en: list[str] = field(default_factory=list)
    persuasion_told_zh: list[str] = field(default_factory=list)
    persuasion_told_en: list[str] = field(default_factory=list)
    no_return_zh: list[str] = field(default_factory=list)
    no_return_en: list[str] = field(default_factory=list)
    irrealis_zh: list[str] = field(default_factory=list)
    irrealis_en: list[str] = field(default_factory=list)
    flight_zh: list[str] = field(default_factory=list)
    flight_en: list[str] = field(default_factory=list)
    navigation_zh: list[str] = field(default_factory=list)
    navigation_en: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Surnames:
    single: dict[str, str]
    compound: dict[str, str]
    common: frozenset[str]
    en_alternate: dict[str, list[str]]
    en_words: frozenset[str] = frozenset()


def _with_lists(name: str, directory: Path | None) -> dict[str, Any]:
    """A lexicon file with its ``{kin}`` and ``{cn_place}`` placeholders expanded."""
    return expand(_read(name, directory), placeholder_lists(directory), name)


def placeholder_lists(directory: Path | None = None) -> dict[str, dict[str, list[str]]]:
    """The word lists a lexicon pattern names by placeholder, per language."""
    places = {"zh": destinations_in_china(directory), "en": english_destinations(directory)}
    return {"kin": load_kinship(directory), "cn_place": places}


def destinations_in_china(directory: Path | None = None) -> list[str]:
    """Every division of China by full name and by the short name the press writes after a verb
    of going back (带回苍南, 返回重庆投案): provinces, prefectures, counties and districts, whose
    short forms are safe there though alone they would often be words (a county's 县 dropped)."""
    places = load_china_places(directory)
    counties = (n for n in places.all_full if n[-1] in "县区旗" and len(n) >= 3)
    return sorted(places.major | places.all_full | {n[:-1] for n in counties})


def load_triggers(directory: Path | None = None) -> Triggers:
    data = _with_lists("triggers.json", directory)
    where = "triggers.json"
    precedence = tuple(_strings(data.get("method_precedence"), f"{where}.method_precedence"))
    if sorted(precedence) != sorted(METHODS):
        raise LexiconError(f"{where}.method_precedence: must list every method exactly once")
    section = lambda key: data.get(key) or {}  # noqa: E731
    triggers = Triggers(
        precedence=precedence,
        zh=_trigger_map(data.get("zh"), f"{where}.zh"),
        en=_trigger_map(data.get("en"), f"{where}.en"),
        negative_zh=_patterns(section("negative").get("zh"), f"{where}.negative.zh"),
        negative_en=_patterns(section("negative").get("en"), f"{where}.negative.en"),
        appeal_zh=_patterns(section("appeal").get("zh"), f"{where}.appeal.zh"),
        appeal_en=_patterns(section("appeal").get("en"), f"{where}.appeal.en"),
        negative_sentence_zh=_patterns(
            section("negative_sentence").get("zh"), f"{where}.negative_sentence.zh"
        ),
        negative_sentence_en=_patterns(
            section("negative_sentence").get("en"), f"{where}.negative_sentence.en"
        ),
        returning_talent_en=_patterns(
            section("returning_talent").get("en"), f"{where}.returning_talent.en"
        ),
        statement_zh=_patterns(section("official_statement").get("zh"), f"{where}.statement.zh"),
        statement_en=_patterns(section("official_statement").get("en"), f"{where}.statement.en"),
        relevance_zh=_strings(section("relevance").get("zh"), f"{where}.relevance.zh"),
        relevance_en=_strings(section("relevance").get("en"), f"{where}.relevance.en"),
        abroad_zh=_strings(section("abroad_context").get("zh"), f"{where}.abroad_context.zh"),
        abroad_en=_strings(section("abroad_context").get("en"), f"{where}.abroad_context.en"),
        anchors_zh=_strings(section("anchors").get("zh"), f"{where}.anchors.zh"),
        anchors_en=_strings(section("anchors").get("en"), f"{where}.anchors.en"),
        escort_zh=_patterns(section("escort").get("zh"), f"{where}.escort.zh"),
        escort_en=_patterns(section("escort").get("en"), f"{where}.escort.en"),
        arrest_abroad_zh=_patterns(section("arrest_abroad").get("zh"), f"{where}.arrest_abroad.zh"),
        arrest_abroad_en=_patterns(section("arrest_abroad").get("en"), f"{where}.arrest_abroad.en"),
        removal_told_zh=_patterns(section("removal_told").get("zh"), f"{where}.removal_told.zh"),
        removal_told_en=_patterns(section("removal_told").get("en"), f"{where}.removal_told.en"),
        removal_agent_zh=_patterns(section("removal_agent").get("zh"), f"{where}.removal_agent.zh"),
        removal_agent_en=_patterns(section("removal_agent").get("en"), f"{where}.removal_agent.en"),
        persuasion_told_zh=_patterns(
            section("persuasion_told").get("zh"), f"{where}.persuasion_told.zh"
        ),
        persuasion_told_en=_patterns(
            section("persuasion_told").get("en"), f"{where}.persuasion_told.en"
        ),
        no_return_zh=_patterns(section("no_return").get("zh"), f"{where}.no_return.zh"),
        no_return_en=_patterns(section("no_return").get("en"), f"{where}.no_return.en"),
        irrealis_zh=_patterns(section("irrealis").get("zh"), f"{where}.irrealis.zh"),
        irrealis_en=_patterns(section("irrealis").get("en"), f"{where}.irrealis.en"),
        flight_zh=_strings(section("flight").get("zh"), f"{where}.flight.zh"),
        flight_en=_strings(section("flight").get("en"), f"{where}.flight.en"),
        navigation_zh=_strings(section("navigation").get("zh"), f"{where}.navigation.zh"),
        navigation_en=_strings(section("navigation").get("en"), f"{where}.navigation.en"),
    )
    _check_anchors(triggers, where)
    _check_case(triggers, where)
    return triggers


# the English sections read as patterns, all matched ignoring case (extract.events)
_EN_PATTERN_SECTIONS = [
    "negative",
    "appeal",
    "negative_sentence",
    "returning_talent",
    "statement",
    "escort",
    "arrest_abroad",
    "removal_told",
    "removal_agent",
    "persuasion_told",
    "no_return",
    "irrealis",
]


def _check_case(triggers: Triggers, where: str) -> None:
    """No English pattern asks for a capital where case is ignored (reading.uncased_capitals)."""
    for method, terms in triggers.en.items():
        for term in terms:
            _case_exact(
                [term.pattern] + ([term.unless] if term.unless else []), f"{where}.en.{method}"
            )
    for section in _EN_PATTERN_SECTIONS:
        _case_exact(getattr(triggers, f"{section}_en"), f"{where}.{section}.en")


def _check_anchors(triggers: Triggers, where: str) -> None:
    """Every trigger pattern must spell out one of the anchors, or the prefilter would hide it;
    the English anchors are ASCII (the prefilter looks for them in a page's ASCII letters)."""
    for anchor in triggers.anchors_en:
        if not anchor.isascii():
            raise LexiconError(f"{where}.anchors.en: {anchor!r} is not ASCII")
    for lang, table, anchors in (
        ("zh", triggers.zh, triggers.anchors_zh),
        ("en", triggers.en, [a.lower() for a in triggers.anchors_en]),
    ):
        for method, terms in table.items():
            for term in terms:
                text = term.pattern if lang == "zh" else term.pattern.lower()
                if not any(anchor in text for anchor in anchors):
                    raise LexiconError(
                        f"{where}.{lang}.{method}: {term.pattern!r} contains no anchor"
                    )


def load_crimes(directory: Path | None = None) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    data = _read("crimes.json", directory)
    return (
        _enum_map(data.get("zh"), CRIMES, "crimes.json.zh"),
        _case_en(_enum_map(data.get("en"), CRIMES, "crimes.json.en"), "crimes.json.en"),
    )


def _case_en(table: dict[str, list[str]], where: str) -> dict[str, list[str]]:
    """An English table (matched ignoring case) whose patterns ask for no uncased capital."""
    for key, patterns in table.items():
        _case_exact(patterns, f"{where}.{key}")
    return table


def load_coercion(
    directory: Path | None = None,
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    data = _with_lists("coercion.json", directory)
    return (
        _enum_map(data.get("zh"), COERCIONS, "coercion.json.zh"),
        _case_en(_enum_map(data.get("en"), COERCIONS, "coercion.json.en"), "coercion.json.en"),
    )


def load_surnames(directory: Path | None = None) -> Surnames:
    data = _read("surnames.json", directory)
    where = "surnames.json"
    single, compound = data.get("single"), data.get("compound")
    for key, table, width in (("single", single, 1), ("compound", compound, 2)):
        if not isinstance(table, dict) or not table:
            raise LexiconError(f"{where}.{key}: expected a non-empty object")
        for hanzi, reading in table.items():
            if len(hanzi) != width or not re.fullmatch(r"[a-z]+", str(reading)):
                raise LexiconError(f"{where}.{key}.{hanzi}: bad entry {reading!r}")
    count = data.get("common_count")
    if not isinstance(count, int) or count <= 0:
        raise LexiconError(f"{where}.common_count: expected a positive integer")
    assert isinstance(single, dict) and isinstance(compound, dict)
    alternate = data.get("en_alternate", {})
    if not isinstance(alternate, dict):
        raise LexiconError(f"{where}.en_alternate: expected an object")
    for hanzi, readings in alternate.items():
        if hanzi not in single and hanzi not in compound:
            raise LexiconError(f"{where}.en_alternate.{hanzi}: not a listed surname")
        for reading in _strings(readings, f"{where}.en_alternate.{hanzi}"):
            if not re.fullmatch(r"[a-z]+", reading):
                raise LexiconError(f"{where}.en_alternate.{hanzi}: bad reading {reading!r}")
    readings = set(single.values()) | set(compound.values())
    words = _strings(data.get("en_words"), f"{where}.en_words")
    unknown = sorted(w for w in words if w.lower() not in readings)
    if unknown:
        raise LexiconError(f"{where}.en_words: {unknown} are not surname readings")
    return Surnames(
        single=single,
        compound=compound,
        common=frozenset(list(single)[:count]),
        en_alternate=alternate,
        en_words=frozenset(words),
    )


@dataclass(frozen=True)
class ChinaPlaces:
    """Names of China's administrative divisions, full (柳州市) and short (柳州).

    ``major`` holds provinces, prefecture-level divisions and county-level cities, whose short
    forms are what the press writes; ``all_full`` adds every county and district by full name;
    ``prefectural`` holds the provinces and prefecture-level divisions alone, full and short.
    """

    major: frozenset[str]
    all_full: frozenset[str]
    prefectural: frozenset[str] = frozenset()


_ETHNIC_AUTONOMY = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}?族|维吾尔)+自治[区州县旗]$")
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "盟")


def short_place_name(full: str) -> str:
    """柳州市 -> 柳州, 延边朝鲜族自治州 -> 延边; a name left shorter than two characters stays whole."""
    match = _ETHNIC_AUTONOMY.match(full)
    if match:
        return match.group(1)
    for suffix in _SUFFIXES:
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return full[: -len(suffix)]
    return full


def load_china_places(directory: Path | None = None) -> ChinaPlaces:
    data = _read("china_places.json", directory)
    where = "china_places.json"
    levels = {
        key: _strings(data.get(key), f"{where}.{key}")
        for key in ("provinces", "prefectures", "counties")
    }
    for key, names in levels.items():
        for name in names:
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", name):
                raise LexiconError(f"{where}.{key}: {name!r} is not a Chinese place name")
    cities = [n for n in levels["counties"] if n.endswith("市")]
    major = levels["provinces"] + levels["prefectures"] + cities
    upper = levels["provinces"] + levels["prefectures"]
    return ChinaPlaces(
        major=frozenset(major + [short_place_name(n) for n in major]),
        all_full=frozenset(major + levels["counties"]),
        prefectural=frozenset(upper + [short_place_name(n) for n in upper]),
    )


@dataclass(frozen=True)
class Lexicon:
    """Every lexicon, loaded and validated together."""

    triggers: Triggers
    countries: list[Country]
    crimes_zh: dict[str, list[str]]
    crimes_en: dict[str, list[str]]
    coercion_zh: dict[str, list[str]]
    coercion_en: dict[str, list[str]]
    surnames: Surnames
    names: NameCues
    china_places: ChinaPlaces
    kinship: dict[str, list[str]] = field(default_factory=dict)
    named_offence: NamedOffence | None = None


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load and validate all lexicon files (from ``directory``, default: the shipped ones)."""
    crimes_zh, crimes_en = load_crimes(directory)
    coercion_zh, coercion_en = load_coercion(directory)
    return Lexicon(
        triggers=load_triggers(directory),
        countries=load_countries(directory),
        crimes_zh=crimes_zh,
        crimes_en=crimes_en,
        coercion_zh=coercion_zh,
        coercion_en=coercion_en,
        surnames=load_surnames(directory),
        names=load_name_cues(directory),
        china_places=load_china_places(directory),
        kinship=load_kinship(directory),
        named_offence=load_named_offence(directory),
    )


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicons, loaded once per process."""
    return load_lexicon()
