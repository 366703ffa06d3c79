"""Person names in English reports: pinyin names (Xue Dongping) and surname-only mentions
("a suspect surnamed Zhou", "with the surname Gong", "suspect Miao"). A given name must read as
pinyin syllables, and a surname as one of the lexicon's readings (or their other spellings)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract.lexicon import default_lexicon
from extract.offices_en import offices

_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_GIVEN = re.compile(f"(?:{_SYLLABLE}){{1,3}}")
_SYLLABLE_RE = re.compile(f"(?:{_SYLLABLE})")
_EN_NOT_GIVEN = {
    "Chinese",
    "China",
    "Province",
    "Commission",
    "Committee",
    "Police",
    "Court",
    "Bank",
    "Bureau",
    "Office",
    "Daily",
    "Net",
    "Hunt",
    "Kong",
    "Macao",
    "Macau",
}
_EN_NOT_NAMES = {"Hong Kong", "Xi Jinping", "Li Keqiang", "Sky Net", "Fox Hunt", "Wei Xin"}


@cache
def _en_surnames() -> dict[str, str]:
    lex = default_lexicon()
    table: dict[str, str] = {}
    for hanzi, reading in list(lex.surnames.compound.items()) + list(lex.surnames.single.items()):
        table.setdefault(reading.capitalize(), hanzi)
    for hanzi, readings in lex.surnames.en_alternate.items():
        for reading in readings:
            table.setdefault(reading.capitalize(), hanzi)
    return table


def is_surname_reading(word: str) -> bool:
    """Whether ``word`` is the pinyin (or other spelling) of a Chinese surname."""
    return word in _en_surnames()


# a lookahead, so that matches overlap: in "Suspect Tang Wenli" the name starts at the second
# word; surnames up to nine letters: the compound ones (Ouyang, Shangguan, Zongzheng)
# (the surname in capitals too, as official and Interpol-style English writes it: CHEN Gaochong)
_EN_FULL = re.compile(r"\b(?=([A-Z][a-z]{0,8}|[A-Z]{2,9}) ([A-Z][a-z]{1,12}(?:-[a-z]{1,6})?)\b)")
_EN_SURNAMED = re.compile(
    r"\b(?:surnamed|(?:with|by|under) (?:the |his |her )?(?:family )?surname(?: of)?|whose surname is"
    # "the suspect, whose surname alone was given as Hu"
    r"|surname (?:alone |only )?(?:was |is )?given as"
    # "a woman identified only as Zhang", "a man named only as Ma": the surname alone is given
    r"|(?:identified|named|known|referred to) only as(?: Mrs?\.?| Ms\.?| Miss)?"
    # "the man, named as Mr Xi": a surname given with its title alone
    r"|(?:identified|named|known|referred to) as (?:Mrs?\.?|Ms\.?|Miss)"
    r"|(?:identified|named|known) only by (?:the |his |her )?(?:family name|surname|last name),?"
    # "identified only by his surname as Mr Deng"
    r"(?: as(?: Mrs?\.?| Ms\.?)?)?"
    r"|(?<![Tt]he )(?:[Ss]uspect|[Ff]ugitive)"
    # "A Chinese national named Hao", "a businessman named Lu"
    r"|(?:(?<=\bman )|(?<=\bwoman )|(?<=\bnational )|(?<=\bcitizen )|(?<=\bsuspect )"
    r"|(?<=\bfugitive )|(?<=\bbusinessman )|(?<=\bbusinesswoman ))named"
    r")"
    r" ([A-Z][a-z]{0,8})(?:,? and ([A-Z][a-z]{0,8}))?\b(?! [A-Z])"
)


@cache
def foreign_cities() -> frozenset[str]:
    """Foreign places in Latin letters that read as pinyin names (Lao Cai, Mong Cai)."""
    return frozenset(n for c in default_lexicon().countries for n in c.cities if n.isascii())


def _city_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where foreign places of several words (Lok Ma Chau, Tsim Sha Tsui) stand in the text."""
    return (
        [m.span() for m in _foreign_city_pattern().finditer(text, start, end)]
        if " " in text[start:end]
        else []
    )


@cache
def _foreign_city_pattern() -> re.Pattern[str]:
    names = sorted((n for n in foreign_cities() if " " in n), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b" if names else "(?!)")


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:ward|district|province|city|county|village|street|road|commune|town|township|port"
    r"|airport|border gate|checkpoint)\b",
    re.IGNORECASE,
)


def canonical(name: str) -> str:
    """A full name with its surname as prose writes it: CHEN Gaochong and Chen Gaochong are one
    person."""
    surname, _, given = name.partition(" ")
    return f"{surname.capitalize()} {given}" if surname.isupper() and given else name


def english_full_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pinyin names "Surname Given" (Xue Dongping); given names must be pinyin syllables."""
    spans: list[tuple[int, int]] = []
    surnames = _en_surnames()
    places = _city_spans(text, start, end)
    for match in _EN_FULL.finditer(text, start, end):
        surname, given = match.group(1), match.group(2)
        if surname.isupper():
            surname = surname.capitalize()
        if len(surname) < 2 or surname not in surnames or f"{surname} {given}" in _EN_NOT_NAMES:
            continue
        if given in _EN_NOT_GIVEN or f"{surname} {given}" in foreign_cities():
            continue
        if any(s <= match.start(1) < e for s, e in places):
            continue  # "the Lok Ma Chau control point": inside a foreign place's name
        if _PLACE_NOUN_AFTER.match(text, match.end(2)):
            continue  # "a house in Hai Yen ward": a place named before what kind it is
        if _GIVEN.fullmatch(given.lower().replace("-", "")) and not (
            spans and spans[-1][1] > match.start(1)
        ):
            spans.append((match.start(1), _second_syllable(text, match.end(2), end, given)))
    return spans


_EN_NEXT_WORD = re.compile(r" ([A-Z][a-z]{1,5})\b(?! [A-Z])")


def _second_syllable(text: str, at: int, end: int, given: str) -> int:
    """Where a name ends: a given name printed as two capitalised syllables (Kuang Wan Fang, as
    Hong Kong and older reports write it) takes its second one."""
    follow = _EN_NEXT_WORD.match(text, at, end)
    one = _SYLLABLE_RE.fullmatch(given.lower())
    second = follow.group(1) if follow else ""
    if one and _SYLLABLE_RE.fullmatch(second.lower()) and second not in _EN_NOT_GIVEN:
        return at + 1 + len(second)
    return at


_EN_LEADING = re.compile(r"([A-Z][a-z]{1,8}) (?=[a-z])")


# "On August 7 this year, Tang, the company's legal representative, …": the subject after an
# opening phrase of time
@cache
def _leading_after_time() -> re.Pattern[str]:
    """The subject after an opening phrase of time, unless a title of office follows it."""
    return re.compile(
        r"(?:On|In|By|Last|Earlier|Later|Then)\b[^,.;]{1,40}, ([A-Z][a-z]{1,8})"
        r"(?=,? (?:the|a|an|who|[a-z]))"
        # (not an official: "On Tuesday, Zhao, the Chinese consul in Madrid, …")
        rf"(?!,? (?:the|a|an) [^,.;]{{0,40}}\b(?:{offices()}|lawyer|attorney|police\w*)\b)"
    )


@cache
def country_words() -> frozenset[str]:
    """Countries' English names and adjectives (Lao, Thai): never a surname alone."""
    return frozenset(w for c in default_lexicon().countries for w in c.en + c.adj)


def english_leading_surname(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A surname alone opening a sentence as its subject ("Zhang allegedly cheated a bank"),
    where the article names that surname alone again: how a report goes on after "A man
    suspected of fraud was sent back". Not a reading that is an English word (He was...)."""
    match = _EN_LEADING.match(text, start, end) or _leading_after_time().match(text, start, end)
    if match is None:
        return []
    surname = match.group(1)
    if surname not in _en_surnames() or surname in default_lexicon().surnames.en_words:
        return []
    if surname in country_words():
        return []  # "Lao authorities handed over …": a country's adjective, not the surname Lao
    alone = _alone_pattern(surname).findall(text)
    return [match.span(1)] if len(alone) >= 2 else []


@lru_cache(maxsize=64)
def _alone_pattern(surname: str) -> re.Pattern[str]:
    """The surname as a word of its own, no given name after it (surnames are a closed set,
    so these patterns are few and kept, not compiled into re's shared cache each time)."""
    return re.compile(rf"\b{surname}\b(?! [A-Z])")


def english_surnamed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Surname-only mentions: "a suspect surnamed Chen", "surnamed Luo and Tang", "with the
    surname Gong", "identified only by his surname Li", "suspect Miao" (no given name after)."""
    spans = []
    surnames = _en_surnames()
    for match in _EN_SURNAMED.finditer(text, start, end):
        for group in (1, 2):
            if match.group(group) and match.group(group) in surnames:
                spans.append((match.start(group), match.end(group)))
    return spans
