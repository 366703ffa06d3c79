"""From an article to case records: the chain of small steps, in order.

1. prepare: matching copy (simplified, ASCII digits, same offsets), language, sentences
   (extract.prepared);
2. events: sentences that report a return (extract.events);
3. cast: who is named in each sentence and whom each sentence is about (extract.people);
4. bind: each event to the people it is about (extract.binding);
5. build (here): one record per bound person, every value with the span that states it; the
   return date is chosen by extract.return_date.
"""

from __future__ import annotations

import re
from typing import Any

from extract import attributes as attrs
from extract import positions
from extract.anonymised import display_key
from extract.binding import Binding, bind_events, own_events, own_spans, people_in
from extract.dates import DateResolver
from extract.document import Document
from extract.durations import Duration, find_durations
from extract.events import Event, Trigger, find_events, shows_abroad
from extract.evidence_choice import EN_PLURAL, evidence_event, tells_return
from extract.family_groups import family_crimes
from extract.flight import fill_places
from extract.listing import list_lead
from extract.memo import DocumentMemo
from extract.method_choice import (
    channel_named,
    choose_method,
    loose_return_told,
    persuaded_to_return,
    persuasion_told,
)
from extract.people import Cast, zh_cast
from extract.people_en import en_cast
from extract.prepared import Note, Prepared, Span, evidence_span, prepare, resolve_dates
from extract.record import CaseRecord, Evidence
from extract.return_date import RESPECTIVELY, fill_return_date
from extract.romanise import pinyin

# sentences after the last event whose dates are read: the arrival told after it (ARRIVAL_AFTER)
# and the day that refines a month ("… earlier this month." … "He landed on Dec 6")
DATES_AFTER = 4


def extract_document(doc: Document) -> list[CaseRecord]:
    """One record per individual the article reports as returned (or prosecuted abroad)."""
    prep = prepare(doc)
    if prep is None:
        return []
    lang = "zh" if prep.language == "zh" else "en"
    events = find_events(prep.norm, prep.sentences, lang, prep.excluded)
    if not events:
        return []
    if not _anyone_abroad(prep, events, lang):
        return []  # (the cast, the costliest step, is built only where a return may bind)
    event_indices = {e.sentence.index for e in events}
    if lang == "zh":
        cast = zh_cast(prep.norm, prep.title_norm, prep.sentences, event_indices)
    else:
        cast = en_cast(prep.norm, prep.sentences)
    prep.names = sorted(span for person in cast.people.values() for span in person.mentions)
    # a person only urged or worked on (做其思想工作, "urged him to come back") is no return
    bindings = [
        b
        for b in bind_events(prep, cast, events, lang)
        if any(tells_return(prep, t) for e in b.events for t in e.triggers)
    ]
    if bindings:
        resolve_dates(prep, max(event_indices) + DATES_AFTER)
    return [build_record(prep, cast, b, lang) for b in bindings]


def _anyone_abroad(prep: Prepared, events: list[Event], lang: str) -> bool:
    """Whether anything places someone abroad: else every binding is refused (主动投案 at home)."""
    return any(e.abroad for e in events) or any(
        shows_abroad(prep.norm, s, lang) for s in prep.sentences
    )


# --- building a record ------------------------------------------------------------------------


def _event_and_group_spans(
    prep: Prepared, cast: Cast, key: str, events: list[Any]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The person's event sentences, and the sentences about a group they belong to.

    A group's sentence ("two fugitives wanted in a fraud and fundraising case") does not say
    which crime is whose: it counts only for someone whose own sentences name none."""
    event_spans = [
        (e.sentence.start, e.sentence.end)
        for e in events
        if not EN_PLURAL.search(prep.norm, e.sentence.start, e.sentence.end)
    ]
    group_spans = [(e.sentence.start, e.sentence.end) for e in events] + [
        (s.start, s.end)  # 二人涉嫌…: what a group word says holds for each of them
        for s in prep.sentences
        if not cast.named.get(s.index) and key in cast.subjects.get(s.index, [])
    ]
    # each person's part of an event sentence naming several (涉嫌甲罪的A、涉嫌乙罪的B)
    return own_spans(prep, cast, key, event_spans), group_spans


def build_record(prep: Prepared, cast: Cast, binding: Binding, lang: str) -> CaseRecord:
    person = cast.people[binding.key]
    events = own_events(prep, cast, binding)
    narrow = _narrow_context(prep, cast, binding.key)
    broad = _broad_context(prep, cast, binding.key, events)
    # each sentence cut to this person's part where it names others too
    own_narrow = own_spans(prep, cast, binding.key, narrow)
    method, trigger = _method_and_trigger(prep, cast, binding, events, own_narrow, broad, lang)
    evidence: list[Evidence] = []

    def note(field_name: str, start: int, end: int) -> None:
        evidence.append(Evidence(field_name, prep.text[start:end], start, end))

    as_named = [m for m in person.mentions if prep.norm[m[0] : m[1]] == display_key(binding.key)]
    first = min(as_named or person.mentions)
    note("name", *first)
    ev_start, ev_end = evidence_span(prep, evidence_event(prep, cast, binding).sentence)
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
    fill_return_date(prep, cast, binding.key, record, events, method, note)
    own_broad = own_spans(prep, cast, binding.key, broad)
    alone = _alone(prep, cast, binding.key, narrow)
    fill_places(prep, cast, record, binding.key, events, own_narrow + own_broad, alone, lang, note)
    event_spans, group_spans = _event_and_group_spans(prep, cast, binding.key, events)
    _fill_profile(
        prep,
        record,
        person.mentions,
        own_narrow + event_spans,
        group_spans,
        own_broad,
        alone,
        lang,
        note,
        _respective_crimes(prep, cast, binding.key, narrow, lang),
    )
    record.confidence = _confidence(record)
    return record


def _method_and_trigger(
    prep: Prepared,
    cast: Cast,
    binding: Binding,
    events: list[Event],
    own_narrow: list[Span],
    broad: list[Span],
    lang: str,
) -> tuple[str, Trigger]:
    """The method of the events told of the person and the words that say it; a return told
    loosely (brought back, 归案) is a capture where an arrest abroad is told of them, and a
    surrender, a loose return or a removal is persuaded where persuasion is told of them
    (民警一次次上其父母家走访、劝说; "mobilised him to turn himself in", then handed over), as
    domain.md has it: whoever persuaded, however the return is worded."""
    method = choose_method(prep, cast, binding, events, lang)
    trigger = next(e.trigger_for(method, prep.names) for e in events if e.has_method(method))
    spans = set(broad) if method in ("unknown", "captured") else set()  # (only they read it)
    told = [s for s in prep.sentences if (s.start, s.end) in spans] if spans else []
    if method == "unknown":
        found = loose_return_told(prep, told, events, lang, cast.people[binding.key].mentions)
        method, trigger = (found.method, found) if found else (method, trigger)
    named = channel_named(prep, events, method, trigger, lang, told)
    method, trigger = (named.method, named) if named else (method, trigger)
    if method in ("surrendered", "unknown", "deported"):
        urged = persuasion_told(prep, cast, binding.key, own_narrow, lang)
        if urged and method == "deported":
            end = next(e for s, e in own_narrow if s <= urged.start < e)
            urged = urged if persuaded_to_return(prep, urged, end) else None
        method, trigger = ("persuaded", urged) if urged else (method, trigger)
    return method, trigger


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


def _alone(prep: Prepared, cast: Cast, key: str, spans: list[Span]) -> list[Span]:
    """The spans of sentences that name this person and nobody else (for English pronouns)."""
    by_start = prep.sentence_at
    return [
        (start, end)
        for start, end in spans
        if start in by_start and cast.named.get(by_start[start].index, []) in ([], [key])
    ]


def _broad_context(prep: Prepared, cast: Cast, key: str, events: list[Event]) -> list[Span]:
    """The person's events and every sentence about them (named, by pronoun or group word)."""
    spans = {(e.sentence.start, e.sentence.end) for e in events}
    for s in prep.sentences:
        if s.index not in prep.excluded and key in cast.subjects.get(s.index, []):
            spans.add((s.start, s.end))
    return sorted(spans)


# --- profile fields ---------------------------------------------------------------------------


def _fill_profile(
    prep: Prepared,
    record: CaseRecord,
    mentions: list[Span],
    narrow: list[Span],
    group: list[Span],
    broad: list[Span],
    alone: list[Span],
    lang: str,
    note: Note,
    respective: list[attrs.Found] | None = None,
) -> None:
    norm = prep.norm
    event_spans = [(e.start, e.end) for e in record.evidence if e.field == "return"]
    crimes = respective or attrs.crimes(norm, narrow, lang) or attrs.crimes(norm, group, lang)
    crimes = crimes or family_crimes(prep, record.name, lang)
    for found in crimes:
        record.alleged_crimes.append(found.value)  # type: ignore[arg-type]
        note("alleged_crimes", found.start, found.end)
    for found in attrs.coercion(norm, broad, lang):
        record.coercion.append(found.value)  # type: ignore[arg-type]
        note("coercion", found.start, found.end)
    red, number = attrs.red_notice(norm, broad + list_lead(prep, mentions), lang)
    place, place_number = attrs.list_place(norm, narrow, mentions, lang)
    red, number = red or place, number or place_number
    if red:
        record.red_notice, record.red_notice_number = True, number
        note("red_notice", red.start, red.end)
    _fill_years(prep, record, _own_parts(event_spans, narrow) + narrow + broad, note)
    sex = attrs.gender(norm, narrow if lang == "zh" else alone, lang, mentions)
    if sex:
        record.gender = sex.value  # type: ignore[assignment]
        note("gender", sex.start, sex.end)
    born = attrs.birth_year(norm, narrow)
    if born:
        record.birth_year = int(born.value)
        note("birth_year", born.start, born.end)
    if lang == "zh":
        post = positions.former_position_zh(norm, narrow, sorted(mentions))
    else:
        post = (
            positions.former_position_en(norm, mentions)
            or positions.former_position_en_lead(norm, group)
            or positions.former_position_en_verb(norm, narrow)
        )
    if post:
        record.former_position = prep.text[post.start : post.end]
        note("former_position", post.start, post.end)
    _fill_fled_date(prep, record, narrow, lang, note)
    _fill_doc_level(prep, record, event_spans, note)


def _respective_crimes(
    prep: Prepared, cast: Cast, key: str, spans: list[Span], lang: str
) -> list[attrs.Found] | None:
    """甲、乙分别涉嫌受贿罪、行贿罪: as many crimes as people, in the same order, each takes
    theirs (the dates of such a sentence are divided the same way)."""
    for start, end in spans:
        sentence = prep.sentence_at.get(start)
        if sentence is None or not RESPECTIVELY.search(prep.norm, start, end):
            continue
        people = [k for _, k in people_in(prep, cast, sentence)]
        found = attrs.crimes(prep.norm, [(start, end)], lang)
        if key in people and len(people) > 1 and len(found) == len(people):
            return [found[people.index(key)]]
    return None


def _fill_fled_date(
    prep: Prepared, record: CaseRecord, spans: list[Span], lang: str, note: Note
) -> None:
    found = attrs.fled_date_text(prep.norm, spans, lang)
    if found is None:
        return
    mentions = DateResolver(prep.doc.published).find(found.value, found.start)
    year = _YEAR_AT_END.search(found.value)
    record.fled_date_text = prep.text[found.start : found.end]
    record.fled_date = mentions[0].value if mentions else (year.group() if year else None)
    note("fled_date", found.start, found.end)


_YEAR_AT_END = re.compile(r"(?:19|20)\d{2}$")


def _own_parts(spans: list[Span], parts: list[Span]) -> list[Span]:
    """Each span replaced by the person's own parts inside it (甲外逃十二年…，潜逃美国九年的乙…:
    乙's years are in 乙's part of the sentence), or kept whole when none is."""
    out = []
    for start, end in spans:
        inside = [p for p in parts if start <= p[0] and p[1] <= end and p != (start, end)]
        out += inside or [(start, end)]
    return out


# 多人潜逃境外十余年: a group's time abroad, not the person's
_GROUP_BEFORE = re.compile(r"(?:多人|多名|数名|\d+名|\d+人)[^，。；]{0,6}$")


# the durations of a span, read once per document (each record reads its own and the shared
# sentences again)
_DURATIONS: DocumentMemo[Span, list[Duration]] = DocumentMemo()


def _span_durations(prep: Prepared, start: int, end: int) -> list[Duration]:
    """The person's own at-large durations of the span (not a group's: 多人潜逃境外十余年)."""
    memo = _DURATIONS.table(prep.norm)
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = [
            d
            for d in find_durations(prep.norm[start:end], start)
            if not _GROUP_BEFORE.search(prep.norm, max(start, d.start - 8), d.start)
        ]
    return found


def _fill_years(prep: Prepared, record: CaseRecord, spans: list[Span], note: Note) -> None:
    for start, end in spans:
        durations = _span_durations(prep, start, end)
        if durations:
            record.years_at_large = durations[0].years
            note("years_at_large", durations[0].start, durations[0].end)
            return


_OPERATIONS = (
    ("skynet", re.compile(r"天网|Sky Net", re.I)),
    ("foxhunt", re.compile(r"猎狐|Fox Hunt", re.I)),
)


# the operation a document names, found once for all its records
_OPERATION_FOUND: DocumentMemo[str, tuple[str, Span | None] | None] = DocumentMemo()


def _operation(prep: Prepared) -> tuple[str, Span | None] | None:
    """The operation the text (with the span naming it) or else the title names, if any
    (remembered by title too: two documents may share one text object)."""
    memo = _OPERATION_FOUND.table(prep.norm)
    title = prep.doc.title or ""
    if title not in memo:
        memo[title] = None
        for code, pattern in _OPERATIONS:
            match = pattern.search(prep.norm)
            if match or pattern.search(prep.title_norm):
                memo[title] = (code, match.span() if match else None)
                break
    return memo[title]


def _fill_doc_level(
    prep: Prepared, record: CaseRecord, event_spans: list[Span], note: Note
) -> None:
    operation = _operation(prep)
    if operation is not None:
        code, span = operation
        record.operation = code  # type: ignore[assignment]
        if span is not None:
            note("operation", *span)
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
