"""English names that no surname list holds (Tibetan, Uyghur, Kazakh, Mongolian, Cantonese and
foreign names): known as a person's by what the sentence tells of them, not by their shape. The
subject or object of a removal ("Ekber Yasin was detained … and turned over"), one of a group
so removed, a name set off by what the person is ("Kadir Omer, a Uighur political activist") or
by an age in apposition ("Norbu Wangdak, 27"), listed after "named as", a family listed with
the kinship between them, a name after a religious title. Whether such a person is a returnee
is the binding's question, as for every other name; ``extract.names_en`` reads pinyin names."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import default_lexicon
from extract.names_en import country_words, foreign_cities, is_surname_reading
from extract.offices_en import offices
from extract.person_words_en import LEADING_ROLES, PERSON_WORDS, names_after_role
from extract.places import find_places

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
# "Mr. Altangerel Damdin and Mr. Khurelbaatar Luvsandorj, were deported": the first of a pair
# that is the subject of a removal (the second is the subject's last name, found above)
_EN_REMOVED_PAIR = re.compile(
    r"\b([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2}) and (?:(?:Mr|Ms|Mrs)\.? )?"
    r"[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2}"
    r"(?=,? (?:(?:who|both)\b[^.;]{0,80}?, )?(?:were|had been|have been) (?:\w+ly )?"
    r"(?:deported|extradited|repatriated|returned|expelled|handed|turned|sent back))"
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
# "Kadir Omer, a Uighur political activist who …": a full name set off by a word for what the
# person is
_EN_APPOSED_PERSON = re.compile(
    # (past a bracket that spells the name otherwise: "X (spelled Y in Chinese), a Uighur mother")
    r"\b([A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14}(?:-[a-z]{2,8})?){1,2})(?: \([^()]{1,60}\))?, "
    rf"(?:an? (?:[\w-]+ ){{0,3}}?(?:{PERSON_WORDS}|man|woman|father|mother)\b"
    # "Huseyin Celil, a Uyghur-Canadian who …": a people, or a people and a nationality
    r"|an? (?:Uyghur|Uighur|Tibetan|Kazakh|Kyrgyz|Mongolian)(?:-[A-Z][a-z]+)? who (?:was|had been)\b"
    # "Ablimit Tursun, former deputy general manager of a coal mining group, …": a former post
    r"|(?:an? |the )?(?:[\w-]+ ){0,2}?former (?:[\w-]+ ){0,3}?(?:manager|director|chairman|head|chief|official"
    r"|executive|president|secretary|mayor|governor|accountant|cashier|clerk|employee)\b)"
)
_EN_KNOWN_AS = re.compile(
    r"\b(?:(?:\d+-year-old|man|woman|boy|girl|refugee|monk|nun|student|teenager|activist"
    r"|dissident|Uyghur|Uighur|Tibetan|Kazakh|Mongolian),? (?:(?:known|identified) as|named)"
    r"|named (?:him|her|the (?:man|woman|boy|girl|refugee|monk|student|activist)) as) "
    r"([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){0,2})\b(?!['’])"
)
# "Uzbekistan … turned Nurmemetjan Kerim, 37, over to China": the object of a removal to China,
# told as a person by an age after the name or a people or a role before it, or by a verb that
# removes only people ("extradited Ahmet Tursun to China"; never "returned Giant Pandas to
# China", "sent Huawei Technologies back to China")
_EN_REMOVED_OBJECT = re.compile(
    r"\b(?:(?P<removal>deported|extradited|repatriated|expelled|transferred)|returned|handed|turned|sent)"
    r" (?:(?:ethnic )?(?P<role>Uyghur|Uighur|Kazakh|Tibetan|Kyrgyz|Uzbek|[Aa]ctivist|[Dd]issident"
    r"|[Ii]mam|[Pp]astor|[Jj]ournalist|[Ll]awyer|[Bb]usinessman|[Bb]usinesswoman|[Ss]uspect"
    r"|[Ff]ugitive)"
    r" (?:[a-z]{3,15} )?)?"  # (what the person is: schoolteacher, activists, women)
    r"(?P<name>[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})(?P<age>, \d{1,3},)?"
    # ("Uyghur students Abdulla Rozi and Memet Ali to China": a pair)
    r"(?: and (?P<name2>[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2}))? (?:(?:over|back) )?to (?:China"
    r"|Beijing|(?:the )?Chinese (?:authorities|police|officials|side))\b"
    # (never witnesses sent to be questioned: "… to Chinese authorities to face questioning as
    # witnesses")
    r"(?![^.;]{0,60}\b(?:witness\w*|testify|testimony)\b)"
)
# "the deportation on May 30 of Uyghur refugee Nurmemet Yaqup from Kazakhstan": the one a
# removal told as a noun was done to, after "of", past a people and what the person is
_EN_REMOVAL_OF = re.compile(
    r"\b(?:deportation|extradition|repatriation|handover|hand-over|expulsion|refoulement"
    r"|forced return)s? (?:[^.;]{0,40}? )?of (?:(?:ethnic )?(?:Uyghur|Uighur|Kazakh|Tibetan"
    r"|Kyrgyz|Uzbek|Mongolian|Hui) )?(?:[a-z][a-z-]+ ){0,5}?"
    r"(?P<name>[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})\b"
)
# "Ankara's decision to deport Zinnetgul Tursun": the one a removal in the infinitive or the
# gerund names (a person, whether or not the removal was done: the binding's question)
_EN_TO_REMOVE = re.compile(
    r"\b(?:to (?:deport|extradite|repatriate|expel)|(?:deporting|extraditing|repatriating)) "
    r"(?P<name>[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})\b"
)
# "Turkish police detained Ablikim Memet in Istanbul …": the one a police held, where and when
_EN_DETAINED_OBJECT = re.compile(
    r"\b(?:police|authorities|officers|agents) (?:\w+ )?(?:detained|arrested|seized|apprehended) "
    r"(?:(?:ethnic )?(?:Uyghur|Uighur|Kazakh|Tibetan|Kyrgyz|Uzbek|Mongolian) )?"
    r"(?P<name>[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2})(?=,? (?:in|at|on|near|after|and)\b)"
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
        *("Uzbek", "Mongolian", "Publisher", "Sheikh", "Pastor", "Reverend", "Professor"),
        # a clause's opening word ("Because Yakup Nasir was …")
        *("Because", "After", "When", "While", "Since", "Although", "Though", "If", "Until"),
        *("Before", "Then", "Later", "Meanwhile", "Now", "And", "But"),
        *("Yesterday", "Today", "Tonight", "Also", "Earlier", "Instead", "Moreover", "Likewise"),
        *("Here", "There"),
        *LEADING_ROLES,
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
        *("Chief", "Executive", "Chairman", "Manager", "Secretary", "Party"),
        *("Region", "Autonomous", "Airport", "City", "County", "District", "Island", "Islands"),
        *("Port", "Station", "Prison", "Center", "Centre", "Hospital", "University", "Company"),
        *("Group", "Bank", "Embassy", "Consulate", "Ocean", "Airlines", "Holdings", "Ltd"),
        *("School", "College", "Institute", "Agency", "Congress", "Committee", "Council"),
        *("Hotel", "Street", "Road", "Avenue", "Square", "Market", "Mosque", "Temple", "Tower"),
        *("Building", "Plaza", "Park", "Terminal", "Room", "Flight", "Article", "Section"),
        *("Radio", "Television", "News", "Times", "Post", "Press", "Media", "Network"),
        *("Technologies", "Corporation", "Corp", "Inc", "Commission", "Inspection"),
        *("Discipline", "Supervision", "Procuratorate", "Administration"),
        *("Association", "Union", "Service", "Organization", "Organisation", "Foundation"),
        # a firm's kind ("Haitong Securities", "Yun Shu Mao Trading")
        *("Securities", "Trust", "Investment", "Investments", "Fund", "Capital", "Finance"),
        *("Financial", "Insurance", "Industries", "Industrial", "Enterprises", "Partners"),
        *("Trading", "Energy", "Resources", "Properties", "Realty", "Exchange", "Motors"),
        # a region ("Southeast Asia", "Latin America"; not Asia alone, a given name too)
        *("Southeast", "Oceania", "Latin"),
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


# "They were named as Ahmet Tursun, Memet Yusuf and Abdukadir Nur": the names a list gives as
# people's, one to three capitalised words each, joined by commas, semicolons and "and"
_EN_NAMED_AS = re.compile(r"\b(?:named|identified|listed) as:?\s+")
_EN_LISTED_NAME = re.compile(
    # (a particle inside a hyphenated word: Nasir-ul-Haq)
    r"([A-Z][a-z]{1,14}(?:(?:[ -]|-[a-z]{1,3}-)[A-Z][a-z]{1,14}){0,3})(?:,? (?:aged )?\d{1,3})?"
    # (a list may break across lines; its last name may go on with where the people are from)
    r"(?P<joint>[,;]\s+(?:and\s+)?|\s+and\s+|(?=[.;\n]|$| (?:of|from)\b))"
)


def english_named_as(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names listed after "named as" / "identified as", each a person's."""
    spans = []
    for opening in _EN_NAMED_AS.finditer(text, start, end):
        at = opening.end()
        while (item := _EN_LISTED_NAME.match(text, at, end)) is not None:
            span = checked_name_span(text, *item.span(1))
            if span:
                spans.append(span)
            if not item.group("joint"):
                break  # the list ends (a full stop, a semicolon's clause, the line)
            at = item.end()
    if _EN_NAMED_VERB.search(text, start, end):
        # "The monks were named as A, 20, and B, 21, and the woman, 22, as Dolkar"
        spans += [m.span(1) for m in _EN_THE_ONE_AS.finditer(text, start, end)]
    return spans


_EN_NAMED_VERB = re.compile(r"\b(?:named|identified)\b")
# "The woman, Zinnetgul Tursun, had fled …": a name in apposition to a definite description of
# the person (the one a nameless lead told the removal of)
_EN_THE_ONE_NAMED = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,2}?(?:man|woman|boy|girl|monk|nun|refugee|student|teenager|activist"
    r"|dissident|imam|teacher|writer|businessman|businesswoman|suspect|fugitive|detainee)"
    r", ([A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14}){0,2}),"
)
_EN_THE_ONE_AS = re.compile(
    r"\bthe (?:man|woman|boy|girl|monk|nun|refugee|student|teenager)(?:, (?:aged )?\d{1,3},)? as "
    r"([A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){0,2})\b"
)


def english_removed_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names that are no pinyin, as the subject of a removal (detained, deported, handed over),
    the object of a removal to China ("turned Nurmemetjan Kerim over to China") or the object
    of an abduction by Chinese police or agents ("… to arrest and abduct Nurlan
    Seitkul"; never the victim of a crime the person committed)."""
    spans = []
    found = [m.span(1) for m in _EN_REMOVED_SUBJECT.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_REMOVED_PAIR.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_APPOSED_SUBJECT.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_APPOSED_PERSON.finditer(text, start, end)]
    found += names_after_role(text, start, end)
    found += [m.span(1) for m in _EN_KNOWN_AS.finditer(text, start, end)]
    found += [m.span(1) for m in _EN_THE_ONE_NAMED.finditer(text, start, end)]
    found += _listed_subjects(text, start, end)
    found += _announced_list(text, start, end)
    found += [m.span(1) for m in _EN_ABDUCTED_OBJECT.finditer(text, start, end)]
    for m in _EN_REMOVED_OBJECT.finditer(text, start, end):
        if m.group("role") or m.group("age") or m.group("removal"):
            found += [m.span(g) for g in ("name", "name2") if m.group(g)]
    found += [m.span("name") for m in _EN_DETAINED_OBJECT.finditer(text, start, end)]
    found += [m.span("name") for m in _EN_REMOVAL_OF.finditer(text, start, end)]
    found += [m.span("name") for m in _EN_TO_REMOVE.finditer(text, start, end)]
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
    if not _name_words(words, country_words()):
        return None
    if any(" ".join(words[i:]) in foreign_cities() for i in range(len(words))):
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
_EN_LIST_NAME = re.compile(r"\b[A-Z][a-z]{2,14}(?: [A-Z][a-z]{2,14}){1,2}\b")
# the lowercase words such a list may hold beside its names and the kinship words
_EN_LIST_WORDS = frozenset(
    {"and", "her", "his", "their", "two", "three", "small", "young", "little", "adult"}
)


@cache
def _kin_words() -> frozenset[str]:
    """The one-word entries of the one kinship list (kinship.json)."""
    return frozenset(w for w in default_lexicon().kinship["en"] if " " not in w)


def _listed_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a subject that lists two people or more before their removal, where every
    other word of it says what they are to each other (a list of names only, never a clause)."""
    spans = []
    for match in _EN_LIST_SUBJECT.finditer(text, start, end):
        subject = match.group(1)
        names = [*_EN_LIST_NAME.finditer(subject)]
        rest = _EN_LIST_NAME.sub(" ", subject).replace(",", " ").split()
        # (with another verb, the kinship words alone tell that the list is of people)
        people = match.group("removed") or _kin_words().intersection(rest)
        if (
            len(names) >= 2
            and people
            and all(w in _EN_LIST_WORDS or w in _kin_words() for w in rest)
        ):
            spans += [(match.start(1) + n.start(), match.start(1) + n.end()) for n in names]
    return spans


# "Among them are Gan Yongfu, a former chairman, his son Gan Jiadong, Loi Dehou and Qiu
# Wenmauk": a list the sentence announces as the people just counted, whose names need not all
# be pinyin (Kokang, Wa and other border names)
_EN_ANNOUNCED_LIST = re.compile(
    r"\b(?:[Aa]mong them (?:are|were)|[Tt]hey (?:are|were)|[Tt]he (?:two|three|four|five|six"
    r"|seven|eight|nine|ten|\d{1,2}) (?:are|were)|namely)[: ]+([A-Z][^.;!?]{5,300})"
)


def _announced_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of an announced list of three people or more, two of them at least opening on
    a Chinese surname's reading (a list of people, not of places or bodies)."""
    spans = []
    for match in _EN_ANNOUNCED_LIST.finditer(text, start, end):
        names = [*_EN_LIST_NAME.finditer(match.group(1))]
        chinese = [n for n in names if is_surname_reading(n.group().split()[0])]
        if len(names) >= 3 and len(chinese) >= 2:
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


# "Ms.Sarantuyaa", "Mr. Altangerel": a one-word name after a courtesy title (Mongolian names;
# a Chinese surname after Mr is read by names_en as a surname alone)
# (not after an office: "Justice Minister Ms Carter" is the host state's official)
_EN_COURTESY_ONE_WORD = re.compile(r"\b(?:Mr|Ms|Mrs|Miss)\.?\s?([A-Z][a-z]{4,14})\b(?![ -][A-Z])")


@cache
def _office_before() -> re.Pattern[str]:
    """A title of office (names.json's list) or Justice ending right before a courtesy title."""
    return re.compile(rf"\b(?i:{offices()}|justice)\s+$")


def english_titled_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Full names after a title, of two or three words none of which names a body, a place or
    a people; one-word names after a courtesy title that is no Chinese surname."""
    countries = country_words()
    spans = [
        m.span(1)
        for m in _EN_COURTESY_ONE_WORD.finditer(text, start, end)
        if not is_surname_reading(m.group(1))
        and _name_words([m.group(1)], countries)
        and not _office_before().search(text, max(0, m.start() - 30), m.start())
    ]
    for match in _EN_TITLED.finditer(text, start, end):
        words = match.group(1).split()
        if not _name_words(words, countries) or _HEADLINE.intersection(words):
            continue  # (a headline's capitals: "Uyghur Imam Extradited To China")
        if find_places(text, *match.span(1), "en"):
            continue
        spans.append(match.span(1))
    return spans


# one to four capitalised words (a Cantonese given name may join its second syllable with a
# hyphen: Wong Kwok-keung), then ", 27," / ", aged 35," ending the apposition (another
# name in brackets may come between: "Memet Ablikim (also called Alim), aged 41,")
_AGED = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{1,14}(?:[ -][A-Z][a-z]{1,14}|-[a-z]{2,8}){0,3})(?: \([^()]{1,40}\))?"
    r"(?:,? aged|,) (?:[1-9]\d?)(?=[,;)]|\.(?:\s|$)| and\b)"
)


def english_aged_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of names told by an age in apposition, none of whose words names a body, a place,
    a people, a month or a day; never one word that reads as a Chinese surname."""
    spans = []
    for match in _AGED.finditer(text, start, end):
        if is_surname_reading(match.group(1)):
            continue  # "Bai, 54, was suspected of …": a surname pointing back to a full name
        span = checked_name_span(text, *match.span(1))
        if span:
            spans.append(span)
    return spans
