"""How an English sentence that names nobody points back to people: "he", "the two", "the
man" point to the sentence's subjects; "The former deputy head …" to the one person named just
before; a head count ("1,300 fugitives were brought back") and "Others" to nobody; a headline
about one person ("Economic fugitive extradited to China") to the one person a report names.
``extract.binding`` asks here before it looks ahead for the person a lead names later."""

from __future__ import annotations

import re
from functools import cache

from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon
from extract.numerals import parse_en_number
from extract.people import Cast
from extract.prepared import Prepared, after_dateline, is_title
from extract.text import Sentence

# "On Friday, a former Chinese official … after she turned herself in": a sentence whose subject is
# someone new, named in a following sentence, not the person told of before.
_EN_ONE_PERSON = re.compile(
    r"(?:[^,.]{0,30},\s*)?(?:an?|another)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:official|officer|policeman|policewoman|man|woman|fugitive|suspect|businessman"
    r"|businesswoman|executive|manager|banker|director|chairman|chairwoman|clerk|employee"
    r"|accountant|cashier|mayor|tycoon|developer|entrepreneur)\b",
    re.IGNORECASE,
)
_EN_OTHERS = re.compile(r"\s*(?:Others|The others|The rest|Other (?:[\w-]+ ){0,2}?[a-z]+s)\b")
_EN_DEFINITE_POST = re.compile(r"\s*The (?:former|ex-|then)\b")
_EN_PRONOUN = re.compile(
    r"\b(?:he|she|him|her|they|them|the two|the pair|the couple|both"
    # "the person was handed over", "The man, 52, …": a definite description of the one told of
    r"|the (?:man|woman|person|suspect|fugitive|detainee)"
    r"|(?:all|the) (?:two|three|four|five|six) (?:men|women|people|suspects|fugitives|deportees)"
    # "The three were deported back …": the number alone, as the subject of its verb (not
    # "two of the four were")
    r"|(?<!\bof )the (?:two|three|four|five|six)(?= (?:were|had|have|are)\b))\b",
    re.IGNORECASE,
)
_EN_GROUP_STAT = re.compile(
    # (not the list: "number 11 on the list of 100 fugitives", "China's top 100 fugitives")
    # (nor a group already told of: "the five people were put on a flight")
    r"(?<!\bof )(?<!\btop )\b(?:\d[\d,]*\+?|(?<!\bthe )(?:three|four|five|six|seven|eight|nine|ten)"
    r"|dozens|hundreds)"
    r" (?:\w+ ){0,3}(?:fugitives|suspects|people|returnees)"
    # "Of these, 803 either surrendered or …", "captured 17 of them and persuaded another 36"
    r"|\b(?:another|other) \d[\d,]*\b|\bof (?:these|them|those), \d"
    r"|\b(?!(?:19|20)\d{2}\b)\d[\d,]*\+? (?:of (?:them|these|those)|either|were|have been"
    r"|came back|returned|went back)\b",
    re.IGNORECASE,
)
# a headline's subject without its article: one person described by a post or a role
_EN_HEADLINE_ONE = re.compile(
    r"\s*(?:[\w'-]+\s+){0,4}(?:official|fugitive|suspect|businessman|businesswoman|executive"
    r"|banker|manager|tycoon|cadre)\b(?!s)",
    re.IGNORECASE,
)


def english_back_reference(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> tuple[list[str], bool] | None:
    """The people a nameless English sentence points back to and True (by pronoun), ([],
    False) when it is about nobody in particular, or None when it points to no one before."""
    body = prep.norm[sentence.start : sentence.end]
    # past a dateline ("BEIJING (Reuters) - A Chinese corruption suspect who …")
    new_person = _EN_ONE_PERSON.match(prep.norm, after_dateline(prep, sentence), sentence.end)
    # "A suspect on the list of 100 most wanted fugitives has returned" tells of one; a
    # head count is about nobody in particular, whatever its "them" refers to
    if _EN_GROUP_STAT.search(body) and not new_person:
        return [], False
    if _EN_OTHERS.match(prep.norm, after_dateline(prep, sentence), sentence.end):
        return [], False  # "Others were sent back by the countries where they hid"
    # "… including No 3, Sun Peiyu. The former deputy head of a tax bureau was returned in
    # May last year": a definite "the former <post>" names the person just named again
    before = _sentence_before(prep, sentence, order)
    if before is not None and _EN_DEFINITE_POST.match(
        prep.norm, after_dateline(prep, sentence), sentence.end
    ):
        keys = [k for k in cast.named.get(before.index, []) if k not in cast.officials]
        if len(keys) == 1:
            return keys, True
    if _EN_PRONOUN.search(body) and cast.subjects.get(sentence.index) and not new_person:
        if _another_group_between(prep, cast, sentence, order):
            return [], False
        return cast.subjects[sentence.index], True
    return None


_DEFINITE_NUMBER = re.compile(r"\bthe (two|three|four|five|six)\b", re.IGNORECASE)
# "Three other activists were detained in Vietnam": a group of others, named by no one
_NAMELESS_GROUP = re.compile(
    r"\b(?:two|three|four|five|six|\d+) (?:other |more )?(?:[\w-]+ ){0,2}?"
    r"(?:activists|suspects|fugitives|people|men|women|refugees|dissidents|students|monks)\b",
    re.IGNORECASE,
)


def _another_group_between(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> bool:
    """ "The three were deported" points back to the people told of, unless they are more than
    three, or a nameless group was told of in the sentence just before (that group is "the
    three")."""
    found = _DEFINITE_NUMBER.search(prep.norm, sentence.start, sentence.end)
    if found is None:
        return False
    if len(cast.subjects.get(sentence.index, [])) > (parse_en_number(found.group(1)) or 0):
        return True
    before = _sentence_before(prep, sentence, order)
    return (
        before is not None
        and not cast.named.get(before.index)
        and bool(_NAMELESS_GROUP.search(prep.norm, before.start, before.end))
    )


def _sentence_before(prep: Prepared, sentence: Sentence, order: dict[int, int]) -> Sentence | None:
    """The sentence read just before ``sentence`` (``order`` maps indices to positions)."""
    position = order[sentence.index]
    return prep.sentences[position - 1] if position > 0 else None


def headline_subject(prep: Prepared, cast: Cast, sentence: Sentence) -> list[str]:
    """ "Economic fugitive extradited to China from Greece": a headline about one person, in a
    report that names one person only, however far on it names them."""
    if not _EN_HEADLINE_ONE.match(prep.norm, sentence.start, sentence.end):
        return []
    people = [k for k in cast.people if k not in cast.officials]
    return people if len(people) == 1 and is_title(prep, sentence) else []


# "A pair of suspects wanted for fundraising have been brought back": two people, named one by
# one in the sentences after
_EN_PAIR = re.compile(
    r"\b(?:a pair of|two|both) (?:[\w-]+ ){0,3}(?:suspects|fugitives|officials|men|women)\b",
    re.IGNORECASE,
)
_PAIR_REACH = 6  # sentences after a pair's opening that may name its two


def pair_named_next(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> list[str]:
    """The two people a nameless sentence about a pair names in the sentences after it, one
    by one ("Suspect Qu …", "In the other case, … suspect Lan …"); none when it is no pair."""
    if not _EN_PAIR.search(prep.norm, sentence.start, sentence.end):
        return []
    position = order[sentence.index]
    found: list[str] = []
    for following in prep.sentences[position + 1 : position + 1 + _PAIR_REACH]:
        found += [
            k
            for k in cast.named.get(following.index, [])
            if k not in cast.officials and k not in found
        ]
    return found if len(found) == 2 else []


# "Eighteen Tibetans … were sent back" and, a few sentences on, "The asylum-seekers were named as:
# …": a group told of without names, whose members a later sentence names as its members
_EN_GROUP_SUBJECT = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)"
    r" (?:[\w-]+ ){0,3}(?:people|persons|men|women|refugees|asylum[ -]seekers|suspects"
    r"|fugitives|(?-i:[A-Z][a-z]+s))\b",
    re.IGNORECASE,
)
# (the group itself as the subject: they, the six, the group, the refugees; not "the officers
# who escorted them", "their parents", "two others who escaped")
_EN_MEMBERS_NAMED = re.compile(
    r"(?:^|(?<=[.:;] )|(?<=\n))(?:They|The (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+|group|men|women|refugees|asylum[ -]seekers|deportees|detainees|suspects|fugitives"
    r"|monks|nuns|students|Uyghurs|Uighurs|Tibetans|Kazakhs))"
    r" (?:were|have been|had been|are) (?:named|identified|listed)(?: by [\w-]+(?: [\w-]+)?)? as\b"
    r"|(?:^|(?<=[.:;] )|(?<=\n))(?:Their|The) names (?:are|were)\b"
)
_MEMBERS_REACH = 8  # sentences after a group's removal that may name its members


def group_named_later(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> list[str]:
    """The people a later sentence names as the members of a group that a nameless sentence
    tells the removal of; none when no sentence within reach names them so."""
    if not _EN_GROUP_SUBJECT.search(prep.norm, sentence.start, sentence.end):
        return []
    position = order[sentence.index]
    for following in prep.sentences[position + 1 : position + 1 + _MEMBERS_REACH]:
        if _EN_MEMBERS_NAMED.search(prep.norm, following.start, following.end):
            return [k for k in cast.named.get(following.index, []) if k not in cast.officials]
    return []


# "Egypt had extradited two Uyghurs …", "has never before extradited a Uyghur": a sentence whose
# removal is of others, a group or anyone at all, is about nobody a lead told of
@cache
def _other_people() -> re.Pattern[str]:
    """Others, a group or anyone at all as a sentence's people; a relative's removal told by
    the kinship words of the one list (kinship.json)."""
    kin = literal_alternation(default_lexicon().kinship["en"])
    return re.compile(
        # (not the group a person is one of: "an officer listed among the 100 fugitives")
        r"\b(?<!\bamong )(?<!\bamong the )(?<!\bone of )(?<!\bone of the )"
        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|other|more"
        r"|\d+) (?:[\w-]+ ){0,2}?(?:activists|suspects|fugitives|people|men|women|refugees"
        r"|dissidents|students|monks|nationals|citizens|(?-i:[A-Z][a-z]+s))"
        r"|(?:a|an|any) (?:single |other )?(?:Uyghur|Uighur|Tibetan|Kazakh|Kyrgyz|Uzbek|Mongolian"
        r"|refugee|dissident|activist|asylum[ -]seeker)"
        # "deported his brother": a relative's removal
        r"|(?:deported|extradited|repatriated|expelled|sent back|returned|detained) (?:his|her|their)"
        rf" (?:{kin})s?)\b"
    )


def tells_of_others(prep: Prepared, sentence: Sentence) -> bool:
    """Whether a nameless sentence tells of a group, of others or of anyone at all, not of one
    person an opening described."""
    return bool(_other_people().search(prep.norm, sentence.start, sentence.end))


def english_referred(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> tuple[list[str], bool] | None:
    """Whom a nameless English return points to, before any cataphora: a group's members named
    later, a back-reference (True: by pronoun), a pair named one by one after; None for none."""
    members = group_named_later(prep, cast, sentence, order)
    if members:
        return members, False
    referred = english_back_reference(prep, cast, sentence, order)
    if referred is not None:
        return referred
    pair = pair_named_next(prep, cast, sentence, order)
    return (pair, False) if pair else None


# "… were named as" of a subject that is no group told of before (see _EN_MEMBERS_NAMED)
_EN_OTHERS_NAMED = re.compile(
    r"\b(?:were|was|have been|had been|are) (?:named|identified|listed) as\b"
    r"(?<!They were named as)(?<!They were identified as)"
)


def names_others(prep: Prepared, sentence: Sentence) -> bool:
    """Whether a sentence names people "as" others than a group told of ("The officers who
    escorted them were named as …")."""
    return bool(_EN_OTHERS_NAMED.search(prep.norm, sentence.start, sentence.end))


# "The officer's former boss, Li Ming, …": a name set off as another's relation or associate
_SOMEONES = re.compile(r"['’]s (?:[\w-]+ ){0,3}[\w-]+,\s*$")


def someones_only(prep: Prepared, key: str, cast: Cast, sentence: Sentence) -> bool:
    """Whether every mention of the person in ``sentence`` is set off as another's relation
    or associate (the one a lead told of is not named by what they are to someone else)."""
    mentions = cast.people[key].mentions_in(sentence.start, sentence.end)
    return bool(mentions) and all(
        _SOMEONES.search(prep.norm, max(0, start - 60), start) for start, _ in mentions
    )


def lead_described(prep: Prepared, cast: Cast, sentence: Sentence) -> list[str]:
    """Whom a nameless opening in the first paragraph describes: the person the report names
    further on, never a group told of, nor one named only as another's boss or lawyer ("The
    officer's former boss, Li Ming")."""
    if sentence.paragraph != prep.sentences[0].paragraph or tells_of_others(prep, sentence):
        return []
    return [
        k
        for k in cast.subjects.get(sentence.index, [])
        if not any(
            someones_only(prep, k, cast, s)
            for s in prep.sentences
            if s.index != sentence.index and k in cast.named.get(s.index, [])
        )
    ]
