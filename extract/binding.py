"""Binding events to people, and each person's own part of sentences shared with others.

An event binds to the people it names; a nameless event to the people a pronoun or group word
points back to (其, 二人, "they"), or, in English and for 一名…男子, to the people the next
sentence names (cataphora). Where one sentence reports several people ("A was sent back on
March 3, while B returned on March 7"), each person keeps only their own part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.clause_places import fled_within_china
from extract.events import Event, shows_abroad, trigger_section
from extract.memo import DocumentMemo
from extract.named_later import named_later
from extract.people import PRONOUN, Cast
from extract.prepared import Prepared, Span, is_heading
from extract.quotations import first_person_quotation, inside_quotation
from extract.referral_en import (
    english_referred,
    headline_subject,
    lead_described,
    tells_of_others,
)
from extract.referral_zh import group_members_named
from extract.side_roles import (
    clause_start,
    is_subject_mention,
    reports_only,
    side_roles,
)
from extract.text import Sentence
from extract.urging import urged, urgers_of


@dataclass
class Binding:
    """The events one person is bound to: named in them (direct) or by reference."""

    key: str
    direct: list[Event] = field(default_factory=list)
    indirect: list[Event] = field(default_factory=list)
    cataphoric: list[Event] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        others = sorted(self.indirect + self.cataphoric, key=lambda e: e.sentence.start)
        return self.direct + [e for e in others if e not in self.direct]


# 一名…男子 announces a person named in the next sentence (cataphora).
_ZH_ONE_PERSON = re.compile(
    r"(?<!又)(?:又有|另有)?一名[^，。；]{0,20}(?:男子|女子|人员|嫌疑人|嫌犯|逃犯|官员|干部)"
)
# a singular pronoun in a sentence between: one person is being told of ("they" may be anyone)
_EN_ONE_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)


def bind_events(prep: Prepared, cast: Cast, events: list[Event], lang: str) -> list[Binding]:
    bindings: dict[str, Binding] = {}
    order = {s.index: i for i, s in enumerate(prep.sentences)}
    urgings = [urgers_of(prep, cast, event, lang) for event in events]
    subjects = [_named(prep, cast, event) for event in events]
    # one whose own return is told urges nobody (甘某…，专案组…转告甘某，敦促他回国)
    returning = {
        key for urgers, named in zip(urgings, subjects, strict=True) if not urgers for key in named
    }
    for event, urgers, named in zip(events, urgings, subjects, strict=True):
        if urgers - returning:
            for key in urged(prep, cast, event, urgers, order):
                bindings.setdefault(key, Binding(key)).indirect.append(event)
            continue
        if named:
            for key in named:
                bindings.setdefault(key, Binding(key)).direct.append(event)
            for key in _group_beside(prep, cast, event, named, lang):
                bindings.setdefault(key, Binding(key)).indirect.append(event)
            continue
        keys, by_pronoun = _referred(prep, cast, event, lang, order)
        for key in keys:
            binding = bindings.setdefault(key, Binding(key))
            (binding.indirect if by_pronoun else binding.cataphoric).append(event)
    return [b for b in bindings.values() if _was_abroad(prep, cast, b, lang)]


def _relatives_named(prep: Prepared, cast: Cast, sentence: Sentence) -> list[str]:
    """The people a sentence names only as someone's kin or case (张某的妻子, X一案的)."""
    after = side_roles().after
    return [
        key
        for key in cast.named.get(sentence.index, [])
        if all(
            after.match(prep.norm, end)
            for _, end in cast.people[key].mentions_in(sentence.start, sentence.end)
        )
    ]


def _group_beside(
    prep: Prepared, cast: Cast, event: Event, named: list[str], lang: str
) -> list[str]:
    """…查明邵广涛藏身在…，最后…把两人抓捕回国: the group word of the trigger's clause takes in
    the others its sentence is about (named together before), beside the one it names."""
    if lang != "zh":
        return []
    trigger = event.trigger_for(event.method, prep.names)
    start = max(event.sentence.start, clause_start(prep.norm, trigger.start))
    if not _GROUP_WORD.search(prep.norm, start, trigger.end):
        return []
    # (one the sentence names otherwise, 与章秀琴情形相近的…他们, is no member)
    mentioned = cast.named.get(event.sentence.index, [])
    return [k for k in cast.subjects.get(event.sentence.index, []) if k not in mentioned]


_GROUP_WORD = re.compile(r"二人|两人|俩人|他们|她们|二者")


def _named(prep: Prepared, cast: Cast, event: Event) -> list[str]:
    """The people an event names as its subjects."""
    index = event.sentence.index
    # a relative named where only persuasion is told ("His wife, Dong Ping, had been
    # persuaded to talk him into coming back") is the one worked on, not the returnee
    persuading = all(t.method == "persuaded" for t in event.triggers)
    at = (event.sentence.start, event.sentence.end)
    return [
        k
        for k in cast.named.get(index, [])
        if k not in cast.officials
        and not (persuading and k in cast.side)
        and _is_subject(prep, cast, k, index)
        and not (prep.language != "zh" and reports_only(prep.norm, cast.people[k].mentions_in(*at)))
    ]


def _was_abroad(prep: Prepared, cast: Cast, binding: Binding, lang: str) -> bool:
    """An event sentence or one of the person's own sentences places them abroad; never one
    whose own sentence says they did not come back from there (期间从未出境, died in Kenya)."""
    sentences = {s.index: s for s in prep.sentences}
    home = trigger_section("no_return", lang)
    if any(
        keys == [binding.key]
        and any(
            not inside_quotation(prep.norm, m.start(), sentences[index].start)
            for m in home.finditer(prep.norm, sentences[index].start, sentences[index].end)
        )
        for index, keys in cast.subjects.items()
    ):
        return False  # a boast in quotes (放话“就要客死他乡”) is no death abroad
    if lang == "zh" and fled_within_china(prep.norm, _own_sentences(sentences, cast, binding)):
        return False  # 从上海出逃，先后流窜浙江、江苏等地: hid inside China
    if any(e.abroad for e in binding.events):
        return True
    return any(
        shows_abroad(prep.norm, sentences[index], lang)
        for index, keys in cast.named.items()
        if binding.key in keys
    )


def _own_sentences(sentences: dict[int, Sentence], cast: Cast, binding: Binding) -> list[Span]:
    """The spans of the sentences that name the person."""
    return [(s.start, s.end) for i, s in sentences.items() if binding.key in cast.named.get(i, [])]


def _is_subject(prep: Prepared, cast: Cast, key: str, index: int) -> bool:
    sentence = prep.sentences[index]
    spans = cast.people[key].mentions_in(sentence.start, sentence.end)
    return any(is_subject_mention(prep.norm, s, cast.people) for s in spans)


def _referred(
    prep: Prepared, cast: Cast, event: Event, lang: str, order: dict[int, int]
) -> tuple[list[str], bool]:
    """People a nameless event is about, and whether by pronoun (else English cataphora:
    "A former official ... has returned" followed by the sentence that names him)."""
    sentence = event.sentence
    body = prep.norm[sentence.start : sentence.end]
    heading = lang == "zh" and _is_heading(prep, sentence, order)
    if lang == "zh":
        members = group_members_named(prep, cast, sentence, order)
        if members is not None:
            return members, False
        # one the sentence names in a side role (张某的妻子…回国) is not whom its return is
        # about; persuasion worked through them (做张某家属的工作，劝其回国) still is
        persuading = any(t.method == "persuaded" for t in event.triggers)
        beside = [] if persuading else _relatives_named(prep, cast, sentence)
        subjects = [k for k in cast.subjects.get(sentence.index, []) if k not in beside]
        if subjects and not _ZH_ONE_PERSON.search(body) and not heading:
            return subjects, True
        # “…我从新西兰回国投案…”，…韦某这样说: a quotation in the first person is the speaker's
        in_own_words = first_person_quotation(body)
        referring = PRONOUN["zh"].search(body) or _ZH_ONE_PERSON.search(body) or heading
        if not (referring or in_own_words):
            return [], False
    else:
        referred = english_referred(prep, cast, sentence, order)
        if referred is not None:
            return referred
    # the next sentence; in English a lead may be followed by a statistic or a quote before the
    # sentence that names the person, so the first of the next three that names anyone
    position = order[sentence.index]
    reach = 1 if lang == "zh" else _EN_CATAPHORA_REACH
    # 另一名逃犯… / "another fugitive": someone other than the people already told of
    # (and a removal of others: "coming after two fugitives were repatriated" is not about
    # the one told of before it)
    others = _ANOTHER.search(body) or (lang != "zh" and tells_of_others(prep, sentence))
    told = _named_before(cast, prep.sentences[:position]) if others else set()
    for following in prep.sentences[position + 1 : position + 1 + reach]:
        keys = named_later(prep, cast, following, lang, told)
        if keys:
            # a subheading names one person's story; over a list of several it tells whose not
            return ([], False) if heading and len(keys) > 1 else (keys, False)
        if _EN_ONE_PRONOUN.search(prep.norm, following.start, following.end):
            break  # "The man, Daniel Whitford, … He had been …": someone else is being told of
    headline = headline_subject(prep, cast, sentence) if lang != "zh" and position == 0 else []
    if headline:
        return headline, False
    # an opening that describes one person whom the report names further on (people_en)
    return (lead_described(prep, cast, sentence) if lang != "zh" else []), False


_EN_CATAPHORA_REACH = 3
_ANOTHER = re.compile(r"另一名|另一位|另有一名|\banother\b", re.IGNORECASE)


def _is_heading(prep: Prepared, sentence: Sentence, order: dict[int, int]) -> bool:
    return is_heading(prep, prep.sentences[order[sentence.index]])


def _named_before(cast: Cast, sentences: list[Sentence]) -> set[str]:
    return {key for s in sentences for key in cast.named.get(s.index, [])}


_SEPARATOR = re.compile(r"[，,；;]")


def own_events(prep: Prepared, cast: Cast, binding: Binding) -> list[Event]:
    """The person's events, each cut to the person's own part of a shared sentence, the most
    specific first: an event shows the person abroad, names fewest people, comes first."""
    own = [_own_part_of_event(prep, cast, event, binding.key) for event in binding.events]
    direct = set(binding.direct)  # a set: a long document binds thousands of events

    def specificity(event: Event) -> tuple[bool, int, int]:
        named = len(people_in(prep, cast, event.sentence))
        return (not event.abroad, named if event in direct else 99, event.sentence.start)

    order = sorted(range(len(own)), key=lambda i: specificity(binding.events[i]))
    return [own[i] for i in order]


# who a (part of a) sentence names, asked for each record and field: once per document and cast
# (kept with its answers: another cast of the same text is never answered from them)
Named = tuple[int, str]
_NAMED_IN: DocumentMemo[tuple[int, ...], tuple[Cast, list[Named]]] = DocumentMemo()


def people_in(
    prep: Prepared, cast: Cast, sentence: Sentence, relatives: bool = False, last: bool = False
) -> list[tuple[int, str]]:
    """(first mention offset, key) of the people named in a sentence, in text order: the
    subjects, or with ``relatives`` also relatives (其妻黄某); never an official quoted there
    (Investigator Sun Lei, 民警曹某), who has no part of their own. ``last``: the last mentions."""
    memo = _NAMED_IN.table(prep.norm)
    key = (id(cast), sentence.start, sentence.end, sentence.index, relatives, last)
    known = memo.get(key)
    if known is None or known[0] is not cast:
        known = memo[key] = (cast, _people_in(cast, sentence, relatives, last))
    return list(known[1])


def _people_in(cast: Cast, sentence: Sentence, relatives: bool, last: bool) -> list[Named]:
    found = []
    for key in cast.named.get(sentence.index, []):
        if key in cast.officials or (not relatives and key in cast.side):
            continue
        starts = [m[0] for m in cast.people[key].mentions_in(sentence.start, sentence.end)]
        if starts:
            found.append((max(starts) if last else min(starts), key))
    return sorted(found)


def _own_part_of_event(prep: Prepared, cast: Cast, event: Event, key: str) -> Event:
    """ "A was sent back on March 3, while B returned on March 7": A's part ends at the first
    separator after A's trigger. Names listed together (A、B分别…) share their part. When the
    first mentions are only a list (追回王某、李某等2人，其中王某…，李某…), the last ones divide."""
    for last in (False, True):
        people = people_in(prep, cast, event.sentence, last=last)
        keys = [k for _, k in people]
        if key not in keys:
            return event
        parts = _parts(prep, event, people)
        if len(set(parts)) > 1:
            start, end = parts[keys.index(key)]
            part = Sentence(start, end, event.sentence.paragraph, event.sentence.index)
            triggers = tuple(t for t in event.triggers if start <= t.start < end)
            # 追回…其中包括甲、乙、美国强制遣返人员丙: what precedes the first name is said of all;
            # what stands in another person's part is theirs alone
            lead = tuple(t for t in event.triggers if t.start < people[0][0])
            return Event(part, triggers or lead or event.triggers, event.abroad)
    return event


def _parts(prep: Prepared, event: Event, people: list[tuple[int, str]]) -> list[Span]:
    """Each person's part of the sentence: it ends at the separator after the last trigger
    before the next person; people with no trigger between them share one part."""
    sentence = event.sentence
    starts = [sentence.start]
    for (start, _), (next_start, _) in zip(people, people[1:], strict=False):
        between = [t for t in event.triggers if start <= t.start < next_start]
        if not between:
            starts.append(starts[-1])
            continue
        item = _last_separator(prep.norm, start, next_start)
        if start < item < between[0].start:
            # 甲、美国强制遣返人员乙: the descriptor before a name is its own
            starts.append(item + 1)
            continue
        cut = _SEPARATOR.search(prep.norm, between[-1].end, next_start)
        starts.append(cut.end() if cut else next_start)
    ends = [*starts[1:], sentence.end]
    for i in range(len(starts) - 2, -1, -1):  # sharing a start, people share the end too
        if starts[i + 1] == starts[i]:
            ends[i] = ends[i + 1]
    return list(zip(starts, ends, strict=True))


# Text between two names that gives the first its own predicate (A涉嫌贪污，B涉嫌受贿) rather
# than a shared one ("Ouyang and Qiu are accused of ...").
_OWN_PREDICATE = re.compile(
    r"涉嫌|犯|罪|原系|的妻子|的丈夫|外逃|潜逃|出逃|投案|遣返|引渡|押解|劝返"
    r"|suspect|accus|charg|wanted|\bwho\b|\bfled\b|\bwhile\b|\bwhereas\b"
    r"|repatriat|extradit|deport|surrender|\breturned\b",
    re.IGNORECASE,
)


def _last_separator(norm: str, start: int, end: int) -> int:
    """Where the last list or clause separator between two names is (-1 if none): the words
    after it and before the second name describe the second person (甲、美国强制遣返人员乙;
    除了甲，涉嫌贪污罪的嫌犯乙…)."""
    clause = max(norm.rfind(mark, start, end) for mark in "，；,;")
    listed = norm.rfind("、", start, end)
    # 甲，涉嫌行贿罪、贪污罪的嫌犯乙: a 、 after the clause's comma lists crimes, not people
    return (
        clause if clause >= 0 and _OWN_PREDICATE.search(norm, clause, end) else max(clause, listed)
    )


def own_spans(prep: Prepared, cast: Cast, key: str, spans: list[Span]) -> list[Span]:
    """Each span cut to the person's part where it also names others (吉春梅涉嫌贪污，卢新宇涉嫌
    受贿 → each keeps their own crimes; 其妻黄某…以洗钱罪判处 stays with the wife)."""
    out = []
    for start, end in spans:
        sentence = prep.sentence_at.get(start)
        people = people_in(prep, cast, sentence, relatives=True) if sentence else []
        keys = [k for _, k in people]
        if len(people) < 2 or key not in keys:
            out.append((start, end))
            continue
        bounds = [start]
        for (here, _), (there, _) in zip(people, people[1:], strict=False):
            own = _OWN_PREDICATE.search(prep.norm, here, there)
            item = _last_separator(prep.norm, here, there)
            if own and item > here:
                # 甲、美国强制遣返人员乙 / 甲被遣返，潜逃美国九年的乙投案: the words after the
                # last separator before 乙 are 乙's
                bounds.append(item + 1)
                continue
            bounds.append(there if own else bounds[-1])
        bounds.append(end)
        i = keys.index(key)
        part_end = next((b for b in bounds[i + 1 :] if b > bounds[i]), end)
        out.append((bounds[i], part_end))
    return out
