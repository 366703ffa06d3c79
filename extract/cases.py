"""From an article to case records: the chain of small steps, in order.

1. prepare: matching copy (simplified, ASCII digits, same offsets), language, sentences;
2. events: sentences that report a return (extract.events);
3. cast: who is named in each sentence and whom each sentence is about (extract.people);
4. bind: each event to the people it is about (named in it; by pronoun; English cataphora:
   "A former official ... has returned ..." followed by the sentence that names him);
5. build: one record per bound person, every value with the span that states it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extract import attributes as attrs
from extract.dates import DateMention, DateResolver
from extract.document import Document
from extract.durations import find_durations
from extract.events import (
    Event,
    find_events,
    has_trigger,
    may_report_a_return,
    shows_abroad,
    statement_sentences,
)
from extract.names import pinyin
from extract.people import Cast, display_key, en_cast, is_subject_mention, zh_cast
from extract.places import Place, find_places
from extract.text import Sentence, detect_language, normalise, split_sentences
from output.record import CaseRecord, Evidence

Span = tuple[int, int]
Note = Callable[[str, int, int], None]


@dataclass
class Prepared:
    """A document ready for matching; ``norm`` has the offsets of ``text``."""

    doc: Document
    text: str
    norm: str
    language: str
    sentences: list[Sentence]
    excluded: set[int]
    dates: dict[int, list[DateMention]]


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


def prepare(doc: Document) -> Prepared | None:
    """Normalise and split the document; None when no trigger occurs anywhere in it."""
    text = doc.text
    if not may_report_a_return(text):
        return None
    language = detect_language(f"{doc.title or ''}\n{text}")
    lang = "zh" if language == "zh" else "en"
    norm = normalise(text)
    if not has_trigger(norm, lang):
        return None
    sentences = split_sentences(norm, lang)
    excluded = statement_sentences(norm, sentences, lang)
    return Prepared(doc, text, norm, language, sentences, excluded, {})


def resolve_dates(prep: Prepared, last: int) -> None:
    """Date mentions of the sentences up to ``last``, in order (anaphors such as 次日 refer
    back, so later sentences never matter and are skipped)."""
    resolver = DateResolver(prep.doc.published)
    prep.dates = {
        s.index: resolver.find(prep.norm[s.start : s.end], s.start)
        for s in prep.sentences
        if s.index <= last
    }


def extract_document(doc: Document) -> list[CaseRecord]:
    """One record per individual the article reports as returned (or prosecuted abroad)."""
    prep = prepare(doc)
    if prep is None:
        return []
    lang = "zh" if prep.language == "zh" else "en"
    events = find_events(prep.norm, prep.sentences, lang, prep.excluded)
    if not events:
        return []
    event_indices = {e.sentence.index for e in events}
    if lang == "zh":
        cast = zh_cast(prep.norm, normalise(doc.title or ""), prep.sentences, event_indices)
    else:
        cast = en_cast(prep.norm, prep.sentences)
    bindings = bind_events(prep, cast, events, lang)
    if bindings:
        resolve_dates(prep, max(event_indices))
    return [build_record(prep, cast, b, lang) for b in bindings]


# --- binding --------------------------------------------------------------------------------

# 一名…男子 announces a person named in the next sentence (cataphora).
_ZH_ONE_PERSON = re.compile(
    r"(?<!又)(?:又有|另有)?一名[^，。；]{0,20}(?:男子|女子|人员|嫌疑人|官员|干部)"
)
_ZH_PRONOUN = re.compile(r"其|他|她|二人|两人|夫妇|该男子|该女子|这是|此案|这名|该名")
_EN_PRONOUN = re.compile(r"\b(?:he|she|him|her|they|them|the two|both)\b", re.IGNORECASE)
_ZH_GROUP_STAT = re.compile(
    r"(?<![第\d])(?:\d+|[两二三四五六七八九十百千万]+)余?(?:名|批)(?!红通)"
    r"|(?<![第\d])(?:\d{2,}|[十百千万]+)余?人|一批|多名|多人|数名"
)
_EN_GROUP_STAT = re.compile(r"\b\d[\d,]*\+? (?:\w+ ){0,3}(?:fugitives|suspects|people|returnees)")


def bind_events(prep: Prepared, cast: Cast, events: list[Event], lang: str) -> list[Binding]:
    bindings: dict[str, Binding] = {}
    order = {s.index: i for i, s in enumerate(prep.sentences)}
    for event in events:
        index = event.sentence.index
        named = [
            k
            for k in cast.named.get(index, [])
            if k not in cast.officials and _is_subject(prep, cast, k, index)
        ]
        if named:
            for key in named:
                bindings.setdefault(key, Binding(key)).direct.append(event)
            continue
        keys, by_pronoun = _referred(prep, cast, event, lang, order)
        for key in keys:
            binding = bindings.setdefault(key, Binding(key))
            (binding.indirect if by_pronoun else binding.cataphoric).append(event)
    return [b for b in bindings.values() if _was_abroad(prep, cast, b, lang)]


def _was_abroad(prep: Prepared, cast: Cast, binding: Binding, lang: str) -> bool:
    """An event sentence or one of the person's own sentences places them abroad."""
    if any(e.abroad for e in binding.events):
        return True
    sentences = {s.index: s for s in prep.sentences}
    return any(
        shows_abroad(prep.norm, sentences[index], lang)
        for index, keys in cast.named.items()
        if binding.key in keys
    )


def _is_subject(prep: Prepared, cast: Cast, key: str, index: int) -> bool:
    spans = [
        s
        for s in cast.people[key].mentions
        if prep.sentences[index].start <= s[0] < prep.sentences[index].end
    ]
    return any(is_subject_mention(prep.norm, s) for s in spans)


def _referred(
    prep: Prepared, cast: Cast, event: Event, lang: str, order: dict[int, int]
) -> tuple[list[str], bool]:
    """People a nameless event is about, and whether by pronoun (else English cataphora:
    "A former official ... has returned" followed by the sentence that names him)."""
    sentence = event.sentence
    body = prep.norm[sentence.start : sentence.end]
    if lang == "zh":
        if _ZH_GROUP_STAT.search(body):
            return [], False
        subjects = cast.subjects.get(sentence.index, [])
        if subjects and not _ZH_ONE_PERSON.search(body):
            return subjects, True
        if not (_ZH_PRONOUN.search(body) or _ZH_ONE_PERSON.search(body)):
            return [], False
    else:
        if _EN_PRONOUN.search(body) and cast.subjects.get(sentence.index):
            return cast.subjects[sentence.index], True
        if _EN_GROUP_STAT.search(body):
            return [], False
    position = order[sentence.index]
    if position + 1 < len(prep.sentences):
        following = prep.sentences[position + 1].index
        return [k for k in cast.named.get(following, []) if k not in cast.officials], False
    return [], False


# --- building a record ------------------------------------------------------------------------


def build_record(prep: Prepared, cast: Cast, binding: Binding, lang: str) -> CaseRecord:
    person = cast.people[binding.key]
    events = _own_events(prep, cast, binding)
    method = min((e.method for e in events), key=_precedence().index)
    trigger = next(
        e.trigger_for(method) for e in events if method in {t.method for t in e.triggers}
    )
    narrow = _narrow_context(prep, cast, binding.key)
    broad = _broad_context(prep, cast, binding.key, events)
    evidence: list[Evidence] = []

    def note(field_name: str, start: int, end: int) -> None:
        evidence.append(Evidence(field_name, prep.text[start:end], start, end))

    as_named = [m for m in person.mentions if prep.norm[m[0] : m[1]] == display_key(binding.key)]
    first = min(as_named or person.mentions)
    note("name", *first)
    ev_start, ev_end = _evidence_span(prep, _evidence_event(prep, binding).sentence)
    note("return", ev_start, ev_end)
    note("method", trigger.start, trigger.end)
    record = CaseRecord(
        document_id=prep.doc.id,
        source_url=prep.doc.url,
        language="zh" if lang == "zh" else ("en" if prep.language == "en" else "other"),
        name=prep.text[first[0] : first[1]],
        name_simplified=display_key(binding.key),
        name_pinyin=pinyin(display_key(binding.key)) if lang == "zh" else binding.key,
        name_is_full=person.full,
        method=method,  # type: ignore[arg-type]
        method_text=prep.text[trigger.start : trigger.end],
        published=prep.doc.published,
        title=prep.doc.title,
    )
    record.evidence = evidence
    _fill_date(prep, cast, binding.key, record, events, method, note)
    _fill_places(prep, cast, record, binding.key, events, narrow + broad, lang, note)
    event_spans = [(e.sentence.start, e.sentence.end) for e in events]
    _fill_profile(
        prep,
        record,
        person.mentions,
        _own_spans(prep, cast, binding.key, narrow) + event_spans,
        broad,
        lang,
        note,
    )
    record.confidence = _confidence(record)
    return record


_SEPARATOR = re.compile(r"[，,；;]")


def _own_events(prep: Prepared, cast: Cast, binding: Binding) -> list[Event]:
    """The person's events, each cut to the person's own part of a shared sentence, the most
    specific first: an event shows the person abroad, names fewest people, comes first."""
    own = [_own_part_of_event(prep, cast, event, binding.key) for event in binding.events]

    def specificity(event: Event) -> tuple[bool, int, int]:
        named = len(_people_in(prep, cast, event.sentence))
        return (not event.abroad, named if event in binding.direct else 99, event.sentence.start)

    order = sorted(range(len(own)), key=lambda i: specificity(binding.events[i]))
    return [own[i] for i in order]


def _people_in(
    prep: Prepared, cast: Cast, sentence: Sentence, everyone: bool = False
) -> list[tuple[int, str]]:
    """(first mention offset, key) of the people named in a sentence, in text order: the
    subjects, or with ``everyone`` also officials and relatives."""
    found = []
    for key in cast.named.get(sentence.index, []):
        if not everyone and (key in cast.officials or key in cast.side):
            continue
        starts = [m[0] for m in cast.people[key].mentions if sentence.start <= m[0] < sentence.end]
        if starts:
            found.append((min(starts), key))
    return sorted(found)


def _own_part_of_event(prep: Prepared, cast: Cast, event: Event, key: str) -> Event:
    """ "A was sent back on March 3, while B returned on March 7": A's part ends at the first
    separator after A's trigger. Names listed together (A、B分别…) keep the whole sentence."""
    people = _people_in(prep, cast, event.sentence)
    keys = [k for _, k in people]
    if len(people) < 2 or key not in keys:
        return event
    bounds = [event.sentence.start]
    for (start, _), (next_start, _) in zip(people, people[1:], strict=False):
        between = [t for t in event.triggers if start <= t.start < next_start]
        if not between:
            return event
        cut = _SEPARATOR.search(prep.norm, between[-1].end, next_start)
        bounds.append(cut.end() if cut else next_start)
    bounds.append(event.sentence.end)
    i = keys.index(key)
    part = Sentence(bounds[i], bounds[i + 1], event.sentence.paragraph, event.sentence.index)
    triggers = tuple(t for t in event.triggers if part.start <= t.start < part.end)
    return Event(part, triggers or event.triggers, event.abroad)


# Text between two names that gives the first its own predicate (A涉嫌贪污，B涉嫌受贿) rather
# than a shared one ("Ouyang and Qiu are accused of ...").
_OWN_PREDICATE = re.compile(
    r"涉嫌|犯|罪|原系|的妻子|的丈夫|suspect|accus|charg|wanted", re.IGNORECASE
)


def _own_spans(prep: Prepared, cast: Cast, key: str, spans: list[Span]) -> list[Span]:
    """Each span cut to the person's part where it also names others (吉春梅涉嫌贪污，卢新宇涉嫌
    受贿 → each keeps their own crimes; 其妻黄某…以洗钱罪判处 stays with the wife)."""
    by_start = {s.start: s for s in prep.sentences}
    out = []
    for start, end in spans:
        sentence = by_start.get(start)
        people = _people_in(prep, cast, sentence, everyone=True) if sentence else []
        keys = [k for _, k in people]
        if len(people) < 2 or key not in keys:
            out.append((start, end))
            continue
        bounds = [start]
        for (here, _), (there, _) in zip(people, people[1:], strict=False):
            own = _OWN_PREDICATE.search(prep.norm, here, there)
            bounds.append(there if own else bounds[-1])
        bounds.append(end)
        i = keys.index(key)
        part_end = next((b for b in bounds[i + 1 :] if b > bounds[i]), end)
        out.append((bounds[i], part_end))
    return out


def _precedence() -> tuple[str, ...]:
    from extract.lexicon import default_lexicon

    return default_lexicon().triggers.precedence


def _narrow_context(prep: Prepared, cast: Cast, key: str) -> list[Span]:
    """Sentences naming the person, and nameless sentences about them alone."""
    spans = []
    for s in prep.sentences:
        if s.index in prep.excluded:
            continue
        if key in cast.named.get(s.index, []) or (
            not cast.named.get(s.index) and cast.subjects.get(s.index) == [key]
        ):
            spans.append((s.start, s.end))
    return spans


def _broad_context(prep: Prepared, cast: Cast, key: str, events: list[Event]) -> list[Span]:
    """The person's events and every sentence about them (named, by pronoun or group word)."""
    spans = {(e.sentence.start, e.sentence.end) for e in events}
    for s in prep.sentences:
        if s.index not in prep.excluded and key in cast.subjects.get(s.index, []):
            spans.add((s.start, s.end))
    return sorted(spans)


_DATELINE = re.compile(
    r"(?:【[^】]{1,20}】|\[[^\]]{1,20}\]|[（(][^）)]{1,30}电[）)]|〔[^〕]{1,20}〕"
    r"|[A-Z][A-Za-z/ .,]{1,40}(?:\d{1,2} )?\([A-Za-z ]+\) ?(?:--|—|–|-)\s*|——|—|-\s)"
)


_EN_PLURAL = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^.]*?\b(?:fugitives|suspects|officials|people)\b",
    re.IGNORECASE,
)


def _evidence_event(prep: Prepared, binding: Binding) -> Event:
    """The shortest sentence that reports this person's return (the dev set's rule), leaving out
    group statements ("Three fugitives have returned") that name nobody."""
    candidates = binding.direct + [
        e
        for e in binding.cataphoric
        if not _EN_PLURAL.search(prep.norm, e.sentence.start, e.sentence.end)
    ]
    if not candidates:
        return binding.events[0]
    return min(candidates, key=lambda e: len(range(*_evidence_span(prep, e.sentence))))


def _evidence_span(prep: Prepared, sentence: Sentence) -> Span:
    match = _DATELINE.match(prep.text, sentence.start, sentence.end)
    start = match.end() if match else sentence.start
    while start < sentence.end and prep.text[start].isspace():
        start += 1
    return start, sentence.end


# --- dates ----------------------------------------------------------------------------------

_NOT_RETURN_DATE_AFTER = re.compile(
    r"\s*(?:表示|称|说|透露|介绍|通报|宣布|获悉|发布|外逃|出逃|潜逃|出境|出生|以来|至\d|起|间|在[^，。]{0,8}被[^，。]{0,8}(?:拘|羁))"
)
_EN_SAID = re.compile(
    r"(?:said|says|announced|reported|told|statement|learned|learnt|confirmed|disclosed|according to)"
    r"\W+(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
_EN_FLED = re.compile(r"(?:fled|fleeing|left|since|in \d{4} at)\b[^.,;]{0,40}$", re.IGNORECASE)


def _fill_date(
    prep: Prepared,
    cast: Cast,
    key: str,
    record: CaseRecord,
    events: list[Event],
    method: str,
    note: Note,
) -> None:
    if method == "prosecuted_abroad":
        return
    mention = (
        _event_date(prep, events[0])
        or _arrival_date(prep, cast, key, events[0].sentence)
        or _date_before(prep, events[0].sentence)
    )
    for event in events[1:]:
        mention = mention or _event_date(prep, event)
    if mention is not None:
        _set_date(record, prep, mention, note)


def _set_date(record: CaseRecord, prep: Prepared, mention: DateMention, note: Note) -> None:
    record.return_date = mention.value
    record.return_date_text = prep.text[mention.start : mention.end]
    note("return_date", mention.start, mention.end)


def _candidate_dates(prep: Prepared, sentence: Sentence) -> list[DateMention]:
    out = []
    for mention in prep.dates.get(sentence.index, []):
        if not sentence.start <= mention.start < sentence.end:
            continue
        if "ago" in mention.text or _NOT_RETURN_DATE_AFTER.match(prep.norm, mention.end):
            continue
        before = prep.norm[max(sentence.start, mention.start - 50) : mention.start]
        if re.search(r"[A-Za-z]", before[-3:] or "x") and (
            _EN_SAID.search(before) or _EN_FLED.search(before)
        ):
            continue
        out.append(mention)
    return out


def _event_date(prep: Prepared, event: Event) -> DateMention | None:
    dates = _candidate_dates(prep, event.sentence)
    if not dates:
        return None
    trigger = event.trigger_for(event.method)
    if prep.language != "zh":
        after = [d for d in dates if d.start >= trigger.start]
        if after:
            return after[0]
    before = [d for d in dates if d.start < trigger.end]
    return before[-1] if before else dates[0]


_ARRIVAL = re.compile(
    r"机场|抵达|落地|走出|走下|舱门|航班|口岸|arrived|landed|airport", re.IGNORECASE
)


def _arrival_date(prep: Prepared, cast: Cast, key: str, sentence: Sentence) -> DateMention | None:
    """Features open on the scene of arrival (6月28日傍晚，上海浦东国际机场。) and only later say
    that the person was persuaded to return: the arrival's day is the return date."""
    for earlier in reversed([s for s in prep.sentences if s.start < sentence.start]):
        about = cast.subjects.get(earlier.index, [])
        window = prep.norm[earlier.start : earlier.end]
        if (not about or key in about) and _ARRIVAL.search(window):
            dates = [d for d in _candidate_dates(prep, earlier) if d.precision == "day"]
            if dates:
                return dates[0]
    return None


def _date_before(prep: Prepared, sentence: Sentence) -> DateMention | None:
    """A date in the sentences just before the event (此次 / the scene-setting first paragraph)."""
    position = next(i for i, s in enumerate(prep.sentences) if s.index == sentence.index)
    for earlier in reversed(prep.sentences[max(0, position - 3) : position]):
        if earlier.paragraph < sentence.paragraph - 1:
            break
        dates = [d for d in _candidate_dates(prep, earlier) if d.precision in ("day", "month")]
        if dates:
            return dates[-1]
    return None


# --- places ---------------------------------------------------------------------------------

_NOT_FLED_BEFORE = re.compile(r"(?:驻|中|与|飞往|途经|经)$")


def _fill_places(
    prep: Prepared,
    cast: Cast,
    record: CaseRecord,
    key: str,
    events: list[Event],
    context: list[Span],
    lang: str,
    note: Note,
) -> None:
    places: list[Place] = []
    for event in events:
        places = _event_places(prep, cast, event, key, lang)
        if places:
            break
    else:
        for start, end in context:
            places = [p for p in find_places(prep.norm, start, end, lang) if _fled_place(prep, p)]
            if places:
                break
    for place in places:
        if place.code not in record.fled_to:
            record.fled_to.append(place.code)
            note("fled_to", place.start, place.end)


def _fled_place(prep: Prepared, place: Place) -> bool:
    """Not 驻柬埔寨 (a liaison post), 中意 (a treaty), or a newspaper name (香港商报)."""
    if _NOT_FLED_BEFORE.search(prep.norm[max(0, place.start - 2) : place.start]):
        return False
    return not re.match(
        r"商报|日报|时报|文汇|大公|电视|媒体|报", prep.norm[place.end : place.end + 2]
    )


def _event_places(prep: Prepared, cast: Cast, event: Event, key: str, lang: str) -> list[Place]:
    start, end = _evidence_span(prep, event.sentence)
    places = [p for p in find_places(prep.norm, start, end, lang) if _fled_place(prep, p)]
    places = [p for p in places if p.kind == "name"] or places
    if "分别" in prep.norm[start:end] and len(places) > 1:
        named = [k for k in cast.named.get(event.sentence.index, []) if k not in cast.officials]
        if key in named and len(named) == len(places):
            return [places[named.index(key)]]
    return places


# --- profile fields ---------------------------------------------------------------------------


def _fill_profile(
    prep: Prepared,
    record: CaseRecord,
    mentions: list[Span],
    narrow: list[Span],
    broad: list[Span],
    lang: str,
    note: Note,
) -> None:
    norm = prep.norm
    event_spans = [(e.start, e.end) for e in record.evidence if e.field == "return"]
    for found in attrs.crimes(norm, narrow, lang):
        record.alleged_crimes.append(found.value)  # type: ignore[arg-type]
        note("alleged_crimes", found.start, found.end)
    for found in attrs.coercion(norm, broad, lang):
        record.coercion.append(found.value)  # type: ignore[arg-type]
        note("coercion", found.start, found.end)
    red, number = attrs.red_notice(norm, broad, lang)
    if red:
        record.red_notice, record.red_notice_number = True, number
        note("red_notice", red.start, red.end)
    _fill_years(prep, record, event_spans + narrow + broad, note)
    sex = attrs.gender(norm, narrow, lang)
    if sex:
        record.gender = sex.value  # type: ignore[assignment]
        note("gender", sex.start, sex.end)
    born = attrs.birth_year(norm, narrow)
    if born:
        record.birth_year = int(born.value)
        note("birth_year", born.start, born.end)
    if lang == "zh":
        post = attrs.former_position_zh(norm, narrow, sorted(mentions))
    else:
        post = attrs.former_position_en(norm, [e for _, e in sorted(mentions)])
    if post:
        record.former_position = prep.text[post.start : post.end]
        note("former_position", post.start, post.end)
    _fill_fled_date(prep, record, narrow, lang, note)
    _fill_doc_level(prep, record, event_spans, note)


def _fill_fled_date(
    prep: Prepared, record: CaseRecord, spans: list[Span], lang: str, note: Note
) -> None:
    found = attrs.fled_date_text(prep.norm, spans, lang)
    if found is None:
        return
    mentions = DateResolver(prep.doc.published).find(found.value, found.start)
    year = re.search(r"(?:19|20)\d{2}$", found.value)
    record.fled_date_text = prep.text[found.start : found.end]
    record.fled_date = mentions[0].value if mentions else (year.group() if year else None)
    note("fled_date", found.start, found.end)


def _fill_years(prep: Prepared, record: CaseRecord, spans: list[Span], note: Note) -> None:
    for start, end in spans:
        durations = find_durations(prep.norm[start:end], start)
        if durations:
            record.years_at_large = durations[0].years
            note("years_at_large", durations[0].start, durations[0].end)
            return


_OPERATIONS = (
    ("skynet", re.compile(r"天网|Sky Net", re.I)),
    ("foxhunt", re.compile(r"猎狐|Fox Hunt", re.I)),
)


def _fill_doc_level(
    prep: Prepared, record: CaseRecord, event_spans: list[Span], note: Note
) -> None:
    title = normalise(prep.doc.title or "")
    for code, pattern in _OPERATIONS:
        match = pattern.search(prep.norm)
        if match or pattern.search(title):
            record.operation = code  # type: ignore[assignment]
            if match:
                note("operation", match.start(), match.end())
            break
    for span in event_spans:
        for found in attrs.handling_authorities(prep.norm, span):
            record.handling_authorities.append(prep.text[found.start : found.end])
            note("handling_authorities", found.start, found.end)


def _confidence(record: CaseRecord) -> float:
    score = 0.45
    score += 0.15 if record.name_is_full else 0.05
    score += 0.15 if record.method not in ("unknown",) else 0.0
    score += 0.1 if record.return_date else 0.0
    score += 0.1 if record.fled_to else 0.0
    return round(min(score, 0.95), 2)
