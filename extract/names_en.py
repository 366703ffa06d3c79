"""Person names in English reports: pinyin names (Xue Dongping) and surname-only mentions
("a suspect surnamed Zhou", "with the surname Gong", "suspect Miao"). A given name must read as
pinyin syllables, and a surname as one of the lexicon's readings (or their other spellings)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract.lexicon import default_lexicon
from extract.places import find_places

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
_EN_FULL = re.compile(r"\b(?=([A-Z][a-z]{0,8}) ([A-Z][a-z]{1,12}(?:-[a-z]{1,6})?)\b)")
_EN_SURNAMED = re.compile(
    r"\b(?:surnamed|(?:with|by|under) (?:the |his |her )?(?:family )?surname(?: of)?|whose surname is"
    # "the suspect, whose surname alone was given as Hu"
    r"|surname (?:alone |only )?(?:was |is )?given as"
    # "a woman identified only as Zhang", "a man named only as Ma": the surname alone is given
    r"|(?:identified|named|known|referred to) only as|(?:identified|named|known) only by (?:the |his |her )?(?:family name|surname|last name),?"
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
def _foreign_cities() -> frozenset[str]:
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
    names = sorted((n for n in _foreign_cities() if " " in n), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b" if names else "(?!)")


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:ward|district|province|city|county|village|street|road|commune|town|township|port"
    r"|airport|border gate|checkpoint)\b",
    re.IGNORECASE,
)


def english_full_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pinyin names "Surname Given" (Xue Dongping); given names must be pinyin syllables."""
    spans: list[tuple[int, int]] = []
    surnames = _en_surnames()
    places = _city_spans(text, start, end)
    for match in _EN_FULL.finditer(text, start, end):
        surname, given = match.group(1), match.group(2)
        if len(surname) < 2 or surname not in surnames or f"{surname} {given}" in _EN_NOT_NAMES:
            continue
        if given in _EN_NOT_GIVEN or f"{surname} {given}" in _foreign_cities():
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
_EN_LEADING_AFTER_TIME = re.compile(
    r"(?:On|In|By|Last|Earlier|Later|Then)\b[^,.;]{1,40}, ([A-Z][a-z]{1,8})(?=,? (?:the|a|an|who|[a-z]))"
    # (not an official: "On Tuesday, Zhao, the Chinese consul in Madrid, …")
    r"(?!,? (?:the|a|an) [^,.;]{0,40}\b(?:consul|prosecutor|head|director|chief|spokes\w*|minister"
    r"|judge|lawyer|attorney|ambassador|officer|official|commissioner|investigator|police\w*)\b)"
)


@cache
def _country_words() -> frozenset[str]:
    """Countries' English names and adjectives (Lao, Thai): never a surname alone."""
    return frozenset(w for c in default_lexicon().countries for w in c.en + c.adj)


def english_leading_surname(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A surname alone opening a sentence as its subject ("Zhang allegedly cheated a bank"),
    where the article names that surname alone again: how a report goes on after "A man
    suspected of fraud was sent back". Not a reading that is an English word (He was...)."""
    match = _EN_LEADING.match(text, start, end) or _EN_LEADING_AFTER_TIME.match(text, start, end)
    if match is None:
        return []
    surname = match.group(1)
    if surname not in _en_surnames() or surname in default_lexicon().surnames.en_words:
        return []
    if surname in _country_words():
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


# "Ekber Yasin was detained … and turned over to Chinese authorities": a name that is no pinyin
# (Uyghur, Kazakh, Tibetan and foreign names) known by its place as the subject of a removal
_REMOVED_VERB = (
    r"(?:\w+ly )?(?:detained|deported|extradited|repatriated|returned|expelled|handed|turned"
    r"|sent back|seized|abducted)\b"
)
# … or one of a group so removed ("X, who is now 21, was among 16 Chinese citizens … who were
# sent back")
_EN_REMOVED_SUBJECT = re.compile(
    r"\b([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})"
    r"(?=,? (?:(?:who|an?|the)\b[^.;]{0,80}?, )?(?:(?:was|were|had been|has been) "
    + _REMOVED_VERB
    + r"|(?:was|were) among [^.;]{1,100}? who (?:were|had been) "
    + _REMOVED_VERB
    + "))"
)
# a name of one word opening its sentence, set off by what the person is ("Altangerel, an exile
# from …, was seized"); and a name given by "known as" or "named … as" after a word for a person
# (one person: "was", and no comma inside what is said of them, as in "Separately, a Uyghur man,
# …"; nor a people, "Uzbeks, a Turkic people, were …"; a word of time or of linking opening the
# sentence is refused with the other leading words below)
_EN_APPOSED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][a-z]{2,13}(?<!ly)), an? [^.;,]{3,100}, "
    r"(?:was|had been|has been) " + _REMOVED_VERB
)
# "Kadir Omer, a Uighur political activist who …": a full name set off by a word for a person
# that tells what they are (an exile's role, not an office: "a spokeswoman", "a researcher" are
# the people quoted about the case)
_EN_APPOSED_PERSON = re.compile(
    r"\b([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2}), an? (?:[\w-]+ ){0,3}?(?:activist|dissident"
    r"|imam|monk|nun|refugee|asylum[ -]seeker|student|teacher|businessman|businesswoman|writer"
    r"|poet|journalist|trader|farmer|herder|cleric|practitioner|man|woman|father|mother)\b"
)
_EN_KNOWN_AS = re.compile(
    r"\b(?:(?:\d+-year-old|man|woman|boy|girl|refugee|monk|nun|student|teenager|activist"
    r"|dissident|Uyghur|Uighur|Tibetan|Kazakh|Mongolian),? (?:known|identified) as"
    r"|named (?:him|her|the (?:man|woman|boy|girl|refugee|monk|student|activist)) as) "
    r"([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){0,2})\b(?!['’])"
)
# "Uzbekistan … turned Nurmemetjan Kerim, 37, over to China": the object of a removal to China,
# told as a person by an age after the name or a people or a role before it, or by a verb that
# removes only people ("extradited Ahmet Tursun to China"; never "returned Giant Pandas to
# China", "sent Huawei Technologies back to China")
_EN_REMOVED_OBJECT = re.compile(
    r"\b(?:(?P<removal>deported|extradited|repatriated|expelled)|returned|handed|turned|sent)"
    r" (?:(?P<role>Uyghur|Uighur|Kazakh|Tibetan|Kyrgyz|Uzbek|[Aa]ctivist|[Dd]issident|[Ii]mam"
    r"|[Pp]astor|[Jj]ournalist|[Ll]awyer|[Bb]usinessman|[Bb]usinesswoman|[Ss]uspect|[Ff]ugitive)"
    r" (?:(?:activist|dissident|imam|refugee|man|woman) )?)?"
    r"(?P<name>[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})(?P<age>, \d{1,3},)? (?:(?:over|back) )?to (?:China"
    r"|Beijing|(?:the )?Chinese (?:authorities|police|officials|side))\b"
)
_EN_ABDUCTED_OBJECT = re.compile(
    r"\bChinese (?:police|policemen|agents|security agents|security officers|officers|operatives)"
    r"\b[^.;]{0,90}?\b(?:abduct|kidnap)(?:s|ed|ing|ped|ping)? (?:[a-z-]+ |Uyghur |Uighur |Kazakh "
    r"|Tibetan |Kyrgyz |Uzbek ){0,3}?([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})\b"
)
# what may stand before such a name and is no part of it: a day, a rank, an ethnonym
# ("On Tuesday Aziz Khan", "Colonel …", "Uyghur Idris Hasan")
_EN_LEADING_NOT_NAME = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("Colonel", "Major", "Captain", "Lieutenant", "Inspector", "Commissioner", "Governor"),
        *("Deputy", "Sergeant", "Officer", "Uyghur", "Uighur", "Kazakh", "Tibetan", "Kyrgyz"),
        *("Uzbek", "Mongolian", "Activist", "Dissident", "Publisher", "Bookseller", "Businessman"),
        *("Imam", "Sheikh", "Pastor", "Reverend", "Poet", "Professor", "Scholar", "Writer"),
        # a clause's opening word ("Because Yakup Nasir was …")
        *("Because", "After", "When", "While", "Since", "Although", "Though", "If", "Until"),
        *("Before", "Then", "Later", "Meanwhile", "Now", "And", "But"),
        *("Yesterday", "Today", "Tonight", "Also", "Earlier", "Instead", "Moreover", "Likewise"),
        *("Here", "There"),
    }
)
# words of bodies, posts and places that begin or end no such name ("Yunnan Province", "Thai
# Police", "Fukuoka Airport")
_EN_NOT_NAME_WORDS = frozenset(
    {
        *("The", "Mr", "Ms", "Mrs", "Dr", "Suspect", "Fugitive", "Chinese", "Interpol"),
        *("Police", "Court", "Ministry", "Minister", "President", "Department", "Bureau"),
        *("Government", "Authorities", "Immigration", "Office", "Security", "Public", "General"),
        *("Director", "Affairs", "State", "States", "United", "Kingdom", "Republic", "Province"),
        *("Region", "Autonomous", "Airport", "City", "County", "District", "Island", "Islands"),
        *("Port", "Station", "Prison", "Center", "Centre", "Hospital", "University", "Company"),
        *("Group", "Bank", "Embassy", "Consulate", "Ocean", "Airlines", "Holdings", "Ltd"),
        *("School", "College", "Institute", "Agency", "Congress", "Committee", "Council"),
        *("Hotel", "Street", "Road", "Avenue", "Square", "Market", "Mosque", "Temple", "Tower"),
        *("Building", "Plaza", "Park", "Terminal", "Room", "Flight", "Article", "Section"),
        *("Association", "Union", "Service", "Organization", "Organisation", "Foundation"),
        # a head count or a people is a group, never a name ("Several Uyghurs", "Both Kazakhs")
        *("Several", "Many", "Some", "Both", "Two", "Three", "Four", "Five", "Dozens"),
        *("Hundreds", "These", "Those", "All", "Uyghurs", "Uighurs", "Kazakhs", "Tibetans"),
        *("January", "February", "March", "April", "June", "July", "August", "September"),
        *("October", "November", "December"),
    }
)


def _name_words(words: list[str], countries: frozenset[str]) -> bool:
    """Whether no word names a body, a post, a place, a people or a head count."""
    return not any(
        w in _EN_NOT_NAME_WORDS or w in _EN_LEADING_NOT_NAME or w in countries for w in words
    )


def english_removed_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names that are no pinyin, as the subject of a removal (detained, deported, handed over),
    the object of a removal to China ("turned Nurmemetjan Kerim over to China") or the object
    of an abduction by Chinese police or agents ("… to arrest and abduct Nurlan
    Seitkul"; never the victim of a crime the person committed)."""
    spans = []
    found = [m.span(1) for m in _EN_REMOVED_SUBJECT.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_APPOSED_SUBJECT.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_APPOSED_PERSON.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_KNOWN_AS.finditer(text, start, end)]
    found += _listed_subjects(text, start, end)
    found += [m.span(1) for m in _EN_ABDUCTED_OBJECT.finditer(text, start, end)]
    found += [
        m.span("name")
        for m in _EN_REMOVED_OBJECT.finditer(text, start, end)
        if m.group("role") or m.group("age") or m.group("removal")
    ]
    for first, stop in found:
        span = checked_name_span(text, first, stop)
        if span:
            spans.append(span)
    return spans


def checked_name_span(text: str, first: int, stop: int) -> tuple[int, int] | None:
    """The span of capitalised words as a name that is no pinyin, without a leading rank or
    people ("Uyghur Idris Hasan" names Idris Hasan); None where a word names a body, a post, a
    place, a people or a head count."""
    words = text[first:stop].split()
    while len(words) > 2 and words[0] in _EN_LEADING_NOT_NAME:
        first += len(words.pop(0)) + 1
    if not _name_words(words, _country_words()):
        return None
    if any(" ".join(words[i:]) in _foreign_cities() for i in range(len(words))):
        return None
    if find_places(text, first, stop, "en"):
        return None  # "…, who lived in Auckland, New Zealand, was repatriated": a place
    return first, stop


# "Gulnar Tursun, her husband Ablet Omer and their son Erkin were deported": a subject that lists
# people, with what they are to each other between them, before a removal
_EN_LIST_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z][^.;!?]{5,160}?),? (?:were|had been|have been) "
    r"(?:(?P<removed>"
    + _REMOVED_VERB
    + r")|[a-z]+(?:ed|en|wn)\b|sent\b|held\b|put\b|brought\b|caught\b|kept\b)"
)
_EN_KIN_WORDS = frozenset(
    {"wife", "husband", "son", "sons", "daughter", "daughters", "child", "children"}
    | {"brother", "brothers", "sister", "sisters", "mother", "father", "nephew", "niece"}
)
_EN_LIST_NAME = re.compile(r"\b[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2}\b")
# the lowercase words such a list may hold beside its names
_EN_LIST_WORDS = frozenset(
    {
        *("and", "her", "his", "their", "two", "three", "small", "young", "little", "adult"),
        *("wife", "husband", "son", "sons", "daughter", "daughters", "child", "children"),
        *("brother", "brothers", "sister", "sisters", "mother", "father", "nephew", "niece"),
    }
)


def _listed_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a subject that lists two people or more before their removal, where every
    other word of it says what they are to each other (a list of names only, never a clause)."""
    spans = []
    for match in _EN_LIST_SUBJECT.finditer(text, start, end):
        subject = match.group(1)
        names = [*_EN_LIST_NAME.finditer(subject)]
        rest = _EN_LIST_NAME.sub(" ", subject).replace(",", " ").split()
        # (with another verb, the kinship words alone tell that the list is of people)
        people = match.group("removed") or _EN_KIN_WORDS.intersection(rest)
        if len(names) >= 2 and people and all(w in _EN_LIST_WORDS for w in rest):
            spans += [(match.start(1) + n.start(), match.start(1) + n.end()) for n in names]
    return spans


_HEADLINE = frozenset(
    {"To", "Of", "In", "On", "For", "From", "By", "With", "At", "China", "Is", "Was"}
)
# a religious title before a full name that is no pinyin ("Imam Yakupcan Nasir", "Pastor John
# Cao"): a person, whatever the sentence (not Dr, Mr or Ms: the officials and judges of the host
# state carry those)
_EN_TITLED = re.compile(
    r"\b(?:Imam|Pastor|Sheikh|Reverend|Rev\.|Father|Bishop)"
    r"\s+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){1,2}[A-Z][a-z]+)\b"
)


def english_titled_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Full names after a title, of two or three words none of which names a body, a place or
    a people."""
    countries = _country_words()
    spans = []
    for match in _EN_TITLED.finditer(text, start, end):
        words = match.group(1).split()
        if not _name_words(words, countries) or _HEADLINE.intersection(words):
            continue  # (a headline's capitals: "Uyghur Imam Extradited To China")
        if find_places(text, *match.span(1), "en"):
            continue
        spans.append(match.span(1))
    return spans
