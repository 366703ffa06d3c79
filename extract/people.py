"""Who is named where: name occurrences per sentence and the subject each sentence is about.

Announcements introduce a person once and then talk about them in nameless sentences
(2015年，国际刑警组织对其发布红色通缉令; "Investigators worked through her relatives"), so each
nameless sentence inherits the people of the latest sentence that named someone. Officials
quoted by name ("said Zhou Hanwen", 办案民警曹某) do not become the subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from extract.alternation import literal_spans
from extract.anonymised import AnonymisedKeys
from extract.anonymised_names import find_anonymised, find_surname_only
from extract.confirmed_names import confirmed_names
from extract.descriptions_en import describes_the_one
from extract.group_members import name_counted_groups
from extract.lexicon import default_lexicon
from extract.nicknames import find_nicknames, nickname_pattern
from extract.nicknames import nicknames as nicknames_of
from extract.side_roles import clause_start, holds_own_post, side_roles
from extract.text import Sentence

Span = tuple[int, int]


@dataclass
class Person:
    """One person of the document; ``key`` is the simplified name (zh) or the pinyin name (en)."""

    key: str
    full: bool
    mentions: list[Span] = field(default_factory=list)
    # Indexes of ``mentions`` so that long documents stay linear: a set for the duplicate check
    # and the mentions sorted by start for ``mentions_in`` (rebuilt when mentions were added).
    _known: set[Span] = field(default_factory=set, repr=False, compare=False)
    _sorted: list[Span] = field(default_factory=list, repr=False, compare=False)

    def add_mention(self, span: Span) -> None:
        """Add ``span`` unless it is already one of the person's mentions."""
        if span not in self._known:
            self._known.add(span)
            self.mentions.append(span)

    def mentions_in(self, start: int, end: int) -> list[Span]:
        """The mentions that begin in ``[start, end)``, in text order (a binary search: a
        document repeating one announcement names the person thousands of times)."""
        if len(self._sorted) != len(self.mentions):
            self._sorted = sorted(self.mentions)
        low = bisect_left(self._sorted, (start, -1))
        high = bisect_left(self._sorted, (end, -1))
        return self._sorted[low:high]


@dataclass
class Cast:
    """Everyone named in a document, and for each sentence who it names and who it is about."""

    people: dict[str, Person]
    named: dict[int, list[str]]
    subjects: dict[int, list[str]]
    officials: set[str]
    side: set[str] = field(default_factory=set)


def add_named(cast: Cast, key: str, full: bool, span: Span, sentence: Sentence) -> None:
    person = cast.people.setdefault(key, names_person(key, full))
    person.add_mention(span)
    keys = cast.named.setdefault(sentence.index, [])
    if key not in keys:
        keys.append(key)


def names_person(key: str, full: bool) -> Person:
    return Person(key=key, full=full)


def zh_cast(norm: str, title: str, sentences: list[Sentence], event_indices: set[int]) -> Cast:
    """Chinese names: profile- and title-confirmed names anywhere, cue names in event sentences,
    anonymised forms (王某), surname-only forms (杨姓男子) and nicknames (老郑，真名郑某某)."""
    cast = Cast(people={}, named={}, subjects={}, officials=set())
    confirmed = confirmed_names(norm, title, sentences, event_indices)
    # 王某 forms per sentence, found once (the known-anonymised pattern is built from them)
    found_anonymised = {s.index: find_anonymised(norm, s.start, s.end) for s in sentences}
    anonymised = _known_anonymised(norm, found_anonymised)
    nicknames = nicknames_of(norm)
    nickname_finder = nickname_pattern(nicknames)
    anonymised_keys = AnonymisedKeys(norm)
    side_mentions: set[str] = set()
    main_mentions: set[str] = set()
    for sentence in sentences:
        spans: list[tuple[Span, bool]] = []
        if confirmed:
            spans += [
                (s, True) for s in literal_spans(norm, confirmed, sentence.start, sentence.end)
            ]
        spans += [(s, False) for s in found_anonymised[sentence.index]]
        if anonymised:
            spans += [
                (m.span(), False) for m in anonymised.finditer(norm, sentence.start, sentence.end)
            ]
        spans += [(s, False) for s in find_surname_only(norm, sentence.start, sentence.end)]
        spans += [
            (s, False) for s in find_nicknames(norm, sentence.start, sentence.end, nickname_finder)
        ]
        for (start, end), full in sorted(_non_overlapping(spans)):
            key = norm[start:end] if full else anonymised_keys.key(start, end, sentence)
            key = nicknames.get(key, key)
            roles = side_roles()
            official = (
                roles.official_in_event if sentence.index in event_indices else roles.official
            )
            if (
                official.search(norm[max(0, start - 4) : start])
                and not _own_post_unspoken(norm, start, end)
            ) or _BYLINE.search(norm, max(0, start - 24), start):
                cast.officials.add(key)
            if _speaks_in_office(norm, start, end) or _enforcement_office(norm, start, end):
                cast.officials.add(key)  # 经侦支队副支队长邵军说: the officer quoted
            if _HOLDS_NOW.match(norm, end):
                cast.officials.add(key)  # 邱振华现任…副支队长: a post held now is an officer's
            if _PERSUADER_AFTER.match(norm, end):
                cast.officials.add(key)  # 在丈夫贺某的劝说下: acts on the case, as an officer does
            if norm[max(0, start - 6) : start].endswith(default_lexicon().names.kin):
                side_mentions.add(key)
            else:
                main_mentions.add(key)
            add_named(cast, key, full and "某" not in key, (start, end), sentence)
    cast.side = side_mentions - main_mentions
    _merge_surname_only(cast)
    name_counted_groups(norm, cast.people, cast.named, sentences)
    assign_subjects(cast, sentences, norm, "zh")
    return cast


def _merge_surname_only(cast: Cast) -> None:
    """这名男子姓黄 … 黄某因涉嫌…: the surname alone and the one anonymised name of that surname
    are one person, told of first by the surname and then as 黄某."""
    for key in [k for k in cast.people if len(k) == 1]:
        same = [k for k in cast.people if k != key and k.startswith(key) and "某" in k]
        if len(same) != 1:
            continue
        person, target = cast.people.pop(key), cast.people[same[0]]
        for span in person.mentions:
            target.add_mention(span)
        for keys in cast.named.values():
            if key in keys:
                keys.remove(key)
                if same[0] not in keys:
                    keys.append(same[0])
        cast.side.discard(key)
        cast.officials.discard(key)


def _known_anonymised(norm: str, found_anonymised: dict[int, list[Span]]) -> re.Pattern[str] | None:
    """王某 found once before an announcement cue is that person wherever the text names it
    again (专案组与王某面对面沟通), as a confirmed full name is; never the start of 王某某."""
    kin = default_lexicon().names.kin
    found = {
        norm[a:b]
        for spans in found_anonymised.values()
        for a, b in spans
        if not norm[max(0, a - 6) : a].endswith(kin)
    }
    if not found:
        return None
    ordered = sorted(map(re.escape, found), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(ordered)})(?![某甲乙丙丁戊])")


@cache
def _speech_after() -> re.Pattern[str]:
    """说 or a verb of saying (names.json ``speech_verbs``) after a name, the listener or the
    interview between them (对记者表示, 在接受本报采访时说), or a transcript's colon (主持人X：)."""
    verbs = "|".join(sorted(default_lexicon().names.speech_verbs, key=len, reverse=True))
    return re.compile(
        rf"(?:在接受[^，。；]{{0,20}}?采访时|(?:对|向|跟)[^，。；]{{1,30}}?)?(?:说|{verbs}|[:：])"
    )


def _own_post_unspoken(norm: str, start: int, end: int) -> bool:
    """The title before the name is the person's own post (原项目负责人X) and the name does not
    speak (项目负责人X表示 is an official's words): asked only after an official's title."""
    return holds_own_post(norm, start) and not _speech_after().match(norm, end)


_FORMER = re.compile(r"原|前任|曾任")


def _speaks_in_office(norm: str, start: int, end: int) -> bool:
    """A name after a title held now (no 原 or 前任 in its descriptor) and before a speech verb
    (副支队长邵军说) is an officer's; 原局长王某说 and 嫌疑人茅某说 are the fugitive speaking."""
    if not _speech_after().match(norm, end):
        return False
    if not norm.endswith(default_lexicon().names.titles, max(0, start - 4), start):
        return False
    return not _FORMER.search(norm, clause_start(norm, start), start)


# the bodies that pursue fugitives, and what may stand between one and its post's title (分局
# 治安大队, not a verb or 的: 法院开庭审理…副厅长 is no court's post)
_ENFORCEMENT = re.compile(
    r"(?:公安|派出所|检察院|纪委|监委|追逃办|法院|海关|缉私|经侦|刑侦|警方)[^的将把在对向给与和及审，。；、\s]{0,8}$"
)


@cache
def _title_at_end() -> re.Pattern[str]:
    """A title (names.json ``titles``) ending right where a name starts."""
    titles = sorted(default_lexicon().names.titles, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, titles))})$")


def _enforcement_office(norm: str, start: int, end: int) -> bool:
    """A name after a title held now in a body that pursues fugitives (塘下派出所副所长陈海林,
    市公安局副政委郑某) is an officer's; not where its clause marks the post as former or the
    person as a suspect (原南宁市公安局副局长X, 时任…所长X, 职务犯罪嫌疑人、…所长X) or where the
    name goes on with the suspicion (…副所长X，涉嫌受贿罪): police officers flee too."""
    title = _title_at_end().search(norm, max(0, start - 4), start)
    if title is None:
        return False
    head = title.start()
    head -= 1 if norm[head - 1 : head] in "副正" else 0
    body = _ENFORCEMENT.search(norm, max(0, head - 16), head)
    if body is None:
        return False
    clause = clause_start(norm, start)
    return not _FUGITIVE_CUE.search(norm, clause, start) and not _SUSPECT_AFTER.match(norm, end)


_FUGITIVE_CUE = re.compile(r"原|时任|曾任|前任|前(?=副|正)|嫌疑人|嫌犯|逃犯|红通|外逃|潜逃")
_SUSPECT_AFTER = re.compile(r"[，,]?(?:因?涉嫌|外逃|潜逃|携款)")


# （记者何伟、黄浩铭）: every name in a byline's brackets is a reporter's
_BYLINE = re.compile(r"[（(](?:记者|通讯员|实习生|编辑)[^）)]{0,20}$")

# 在丈夫贺某的劝说下: the one whose persuading or help is told
_PERSUADER_AFTER = re.compile(r"的(?:劝说|劝导|规劝|动员|说服|帮助|陪同|感召)")

_HOLDS_NOW = re.compile(r"[，,]?现任")  # (the cast reads simplified text)


def _non_overlapping(spans: list[tuple[Span, bool]]) -> list[tuple[Span, bool]]:
    """Longest spans first; drop spans inside a kept one (张某某 over 张某)."""
    kept: list[tuple[Span, bool]] = []
    for span, full in sorted(spans, key=lambda s: (s[0][0] - s[0][1], s[0][0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k, _ in kept):
            kept.append((span, full))
    return kept


PRONOUN = {
    "zh": re.compile(r"其|他|她|二人|两人|夫妇|该男子|该女子|这是|此案|这名|该名"),
    "en": re.compile(
        r"\b(?:he|she|him|her|his|they|them|their|the two|the pair|the couple|both)\b",
        re.IGNORECASE,
    ),
}


_GROUP = {
    "zh": re.compile(
        r"(?<![\d两二三四五六七八九十])(?:[两二三四五六七八九2-9]人(?:均|都|先后|一同|分别|在|的|已)|二人|两人|三人|夫妇|夫妻|二者)"
    ),
    "en": re.compile(
        r"\b(?:they|them|their|both|the two|the pair|the couple|all (?:three|four|five|six) of them"
        r"|(?:all|the) (?:two|three|four|five|six) (?:men|women))\b",
        re.IGNORECASE,
    ),
}


# A Chinese paragraph opening with these words turns to another matter (此外，专案组还协助…).
_TOPIC_SHIFT = re.compile(
    r"(?:此外|另外|另据|另悉|另有|同时|目前|近年来|今年以来|据统计|截至|截止|下一步|\d+年以来)"
)


# A count of people (35名到案人员, 2210人, "19 of them", "40 fugitives"): a sentence about a number
# of people is a statistic, not a fact about the latest person named.
_COUNT = {
    "zh": re.compile(
        # (他和两名同伙…: the person joined by others counted, not a statistic)
        r"(?<![第\d])(?!(?<=[他她][和与及同])[^，。；]{1,4}?名(?:同伙|同案))(?:\d{2,}|[2-9]|[两三四五六七八九十][十百千万]?[一二三四五六七八九十]?)(?:余|多)?(?:名|人|位)(?![民员])"
    ),
    "en": re.compile(
        # (not a year: "since 2011, officials said")
        r"(?<!top )(?<!\bthe )(?<!\bof )\b(?:(?!(?:19|20)\d{2}\b)\d[\d,]*(?<!,)|dozens|hundreds|thousands|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:\w+\s+)?(?:fugitives|suspects)\b))\s+(?:of (?:them|the \w+)|(?:\w+\s+){0,2}(?:fugitives|suspects|people|officials|returnees|persons)"
        # "Among the returnees, 13 came back from the United States and Canada"
        r"|came back|returned|went back)\b",
        re.IGNORECASE,
    ),
}


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_MEN_OR_WOMEN = re.compile(r"\bm[ae]n\b|\bwom[ae]n\b")


def _counted(group: str) -> int:
    """How many people an English group word counts ("all three men"): 0 when it gives no
    number or no word for people ("the two" of "the two sides"). A Chinese count (2人在境外死亡)
    is as often a statistic's, so only the people named together make a Chinese group."""
    lowered = group.lower()
    if not _MEN_OR_WOMEN.search(lowered):
        return 0
    return next((n for word, n in _NUMBERS.items() if word in lowered), 0)


def assign_subjects(cast: Cast, sentences: list[Sentence], text: str, language: str) -> None:
    """Each sentence is about the people it names, else about the latest people named.

    A Chinese paragraph that opens on a topic shift (此外，专案组还协助…) is about nobody in
    particular until someone is named; otherwise the topic carries across paragraphs
    (到案情况：…, 与此同时，专案组…). Group words
    (二人, 6人均, "both") point back to the latest group named together. Officials and
    relatives (民警曹某, 其妻王某) are never the subject.
    """
    current: list[str] = []
    last_named: list[str] = []
    last_group: list[str] = []
    recent: list[str] = []  # everyone named so far, the latest last
    ahead: list[int] = []  # pronoun sentences of this paragraph before anyone is named
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            ahead = []
        named = main_named(cast, sentence)
        said = _GROUP[language].search(text, sentence.start, sentence.end)
        size = _counted(said.group()) if said and not named else 0
        if len(last_group) < size:
            last_group = recent[-size:]  # each named alone before "all three"
        group = bool(last_group) and bool(said)
        if named:
            current = last_named = named
            recent = [k for k in recent if k not in named] + named
            if len(named) > 1:
                last_group = named
            for index in ahead:  # 专案组…与其沟通。6月2日，蔡某回国投案: 其 is 蔡某
                cast.subjects[index] = list(named)
            ahead = []
        elif (
            sentence.paragraph != paragraph
            and language == "zh"
            and _TOPIC_SHIFT.match(text, sentence.start)
        ):
            current = []  # 此外，专案组还协助…将其遣返: a new topic, whatever its 其 refers to
        elif PRONOUN[language].search(text, sentence.start, sentence.end) or group:
            current = current or last_named
            if not current:
                ahead.append(sentence.index)
        elif describes_the_one(text, sentence, language, current or last_named):
            current = current or last_named
        if group:
            current = list(dict.fromkeys(current + last_group))
        paragraph = sentence.paragraph
        counted = not named and not group and is_count(text, sentence, language)
        cast.subjects[sentence.index] = [] if counted else list(current)


def main_named(cast: Cast, sentence: Sentence) -> list[str]:
    """The people a sentence names, leaving out officials and relatives."""
    return [
        k
        for k in cast.named.get(sentence.index, [])
        if k not in cast.officials and k not in cast.side
    ]


# "Most of the suspects who left were involved in fraud", "Sixteen of them are suspected of
# …": a share of a group, told in words; a statistic unless a singular pronoun tells of one
# person ("He had spent 15 years abroad, most of them in Cambodia")
_SHARE_EN = re.compile(
    r"\b(?:most|many|some|several|half|none|the majority|(?:a|the) number|(?:(?:twen|thir|for|fif"
    r"|six|seven|eigh|nine)ty(?:-\w+)?|(?:thir|four|fif|six|seven|eigh|nine)teen|ten|eleven|twelve"
    r"|three|four|five|six|seven|eight|nine))\s+of\s+(?:them|those|these|the\s+(?:\w+\s+)?"
    r"(?:fugitives|suspects|people|officials|returnees|persons))\b",
    re.IGNORECASE,
)
# a singular pronoun: one person is being told of ("they" may be anyone)
ONE_PERSON_EN = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)


def is_count(text: str, sentence: Sentence, language: str) -> bool:
    """Whether the sentence counts people (a statistic, not a fact about one person)."""
    if _COUNT[language].search(text, sentence.start, sentence.end):
        return True
    return (
        language == "en"
        and bool(_SHARE_EN.search(text, sentence.start, sentence.end))
        and not ONE_PERSON_EN.search(text, sentence.start, sentence.end)
    )
