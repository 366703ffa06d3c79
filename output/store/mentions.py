"""Storing mentions and merging them into cases (the write side of cross-source merging).

A mention is one CaseRecord from one document, identified by document, name and occurrence, so
storing it again finds the same row. Mentions are written in batches (one crawl flush, one
document): the cases a batch could join are found by its name keys in one indexed lookup and
held in an in-memory index (``MergeIndex``) that also learns the cases the batch creates; rows
go in with bulk inserts, and only the touched cases are re-merged. Nothing compares all pairs.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from extract.record import CaseRecord, Evidence
from output.case_summary import CaseSummary
from output.merge import (
    name_keys,
)
from output.store import ids, schema
from output.store.dialect import backend_of, insert_ignore, insert_rows
from output.store.errors import StoreError
from output.store.validation import check_record, record_dict

ANONYMISED_FLAG = "anonymised name merged on matching facts (return day, country, crime, post)"
CHUNK = 500  # ids per IN (...) list: far below every backend's bound-parameter limit


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def record_json(record: CaseRecord, data: dict[str, Any] | None = None) -> str:
    return json.dumps(
        record_dict(record) if data is None else data, ensure_ascii=False, sort_keys=True
    )


def stored_record(payload: str) -> CaseRecord:
    """A stored mention's record. Checked against the schema when it was written, so this is
    ``CaseRecord.from_dict`` without its key check (a third of the time of re-merging a case);
    a key the record does not have still fails, as a TypeError."""
    data = json.loads(payload)
    data["evidence"] = [Evidence(**e) for e in data["evidence"]]
    return CaseRecord(**data)


@dataclass
class PreparedMention:
    """A checked record with its stable id, ready to store."""

    mention_id: str
    document_id: str
    occurrence: int
    record: CaseRecord
    payload: str
    keys: list[str]


def prepare(document_id: str, records: list[CaseRecord]) -> list[PreparedMention]:
    """Check the records of one document and give each its id; raises StoreError, stores nothing.

    Called before the write transaction so a bad record costs no lock time."""
    occurrences: Counter[str] = Counter()
    out: list[PreparedMention] = []
    for record in records:
        record = dataclasses.replace(record, document_id=document_id)
        data = record_dict(record)
        check_record(document_id, record, data)
        occurrence = occurrences[record.name_simplified]
        occurrences[record.name_simplified] += 1
        out.append(
            PreparedMention(
                mention_id=ids.mention_id(document_id, record.name_simplified, occurrence),
                document_id=document_id,
                occurrence=occurrence,
                record=record,
                payload=record_json(record, data),
                keys=name_keys(record),
            )
        )
    return out


def lock_names(prepared: Iterable[PreparedMention]) -> list[str]:
    """The lock keys of a batch: its documents and its name keys (see the PostgreSQL backend)."""
    keys: set[str] = set()
    for p in prepared:
        keys.add("doc:" + p.document_id)
        keys.update("name:" + k for k in p.keys)
    return sorted(keys)


@dataclass
class MergeIndex:
    """The cases a batch's mentions may join: by name key, each with its merge summary."""

    by_key: dict[str, list[str]] = field(default_factory=dict)
    order: dict[str, tuple[str, str]] = field(default_factory=dict)
    summaries: dict[str, CaseSummary] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Connection, keys: Iterable[str]) -> MergeIndex:
        """Two indexed look-ups per 500 keys: the (key, case) pairs, then each case's summary
        row. Records are read only for a case stored without a summary."""
        index = cls()
        k, c = schema.mention_keys, schema.cases
        pairs: set[tuple[str, str]] = set()
        for part in chunks(sorted(set(keys))):
            linked = conn.execute(
                select(k.c.key, k.c.case_id).distinct().where(k.c.key.in_(part))
            ).all()
            pairs.update((row.key, row.case_id) for row in linked)
        rows: dict[str, Any] = {}
        for part in chunks(sorted({case_id for _, case_id in pairs})):
            found = conn.execute(
                select(c.c.id, c.c.created_at, c.c.merge_summary).where(
                    c.c.id.in_(part), c.c.status != "duplicate"
                )
            ).all()
            rows.update({row.id: row for row in found})
        missing = sorted(case_id for case_id, row in rows.items() if row.merge_summary is None)
        rebuilt = summaries_from_records(conn, missing)
        for key, case_id in sorted(pairs):
            if case_id in rows:
                index._link(key, case_id, (rows[case_id].created_at, case_id))
        for case_id, row in rows.items():
            stored = row.merge_summary
            index.summaries[case_id] = (
                CaseSummary.from_json(stored) if stored is not None else rebuilt[case_id]
            )
        return index

    def _link(self, key: str, case_id: str, order: tuple[str, str]) -> None:
        linked = self.by_key.setdefault(key, [])
        if case_id not in linked:
            linked.append(case_id)
        self.order.setdefault(case_id, order)

    def find(self, record: CaseRecord, keys: list[str]) -> str | None:
        """The first (oldest) case sharing a key whose mentions this record agrees with."""
        candidates = {case_id for key in keys for case_id in self.by_key.get(key, ())}
        for case_id in sorted(candidates, key=self.order.__getitem__):
            summary = self.summaries.get(case_id)
            if summary is not None and summary.accepts(record):
                return case_id
        return None

    def add(self, case_id: str, record: CaseRecord, keys: list[str], created_at: str) -> None:
        for key in keys:
            self._link(key, case_id, (created_at, case_id))
        self.summaries.setdefault(case_id, CaseSummary()).add(record)


def summaries_from_records(conn: Connection, case_ids: Sequence[str]) -> dict[str, CaseSummary]:
    """Merge summaries computed from the cases' active records (stores written before the
    summary existed, and the migration that adds it)."""
    m = schema.mentions
    records: dict[str, list[CaseRecord]] = {case_id: [] for case_id in case_ids}
    for part in chunks(case_ids):
        found = conn.execute(
            select(m.c.case_id, m.c.record).where(m.c.case_id.in_(part), m.c.active.is_(True))
        ).all()
        for case_id, payload in found:
            records[case_id].append(stored_record(payload))
    return {case_id: CaseSummary.of(found) for case_id, found in records.items()}


def _existing(conn: Connection, mention_ids: list[str]) -> dict[str, Any]:
    m = schema.mentions
    found: dict[str, Any] = {}
    for part in chunks(mention_ids):
        rows = conn.execute(
            select(m.c.id, m.c.record, m.c.active, m.c.case_id).where(m.c.id.in_(part))
        ).all()
        found.update({r.id: r for r in rows})
    return found


def _require_documents(conn: Connection, document_ids: set[str]) -> None:
    d = schema.documents
    stored: set[str] = set()
    for part in chunks(sorted(document_ids)):
        stored.update(conn.execute(select(d.c.id).where(d.c.id.in_(part))).scalars())
    missing = sorted(document_ids - stored)
    if missing:
        raise StoreError(f"document {missing[0]} is not stored: add_document() first")


def store_prepared(
    conn: Connection, prepared: list[PreparedMention], now: str
) -> tuple[list[str], set[str]]:
    """Store checked mentions (any number of documents); return their ids and the cases touched.

    An unchanged mention is left alone; a changed or retired one is updated in place and stays
    in its case; a new one joins the first compatible case sharing a name key, else a new case.
    """
    if not prepared:
        return [], set()
    backend_of(conn).lock_keys(conn, lock_names(prepared))
    _require_documents(conn, {p.document_id for p in prepared})
    existing = _existing(conn, [p.mention_id for p in prepared])
    touched: set[str] = set()
    changed = [
        p
        for p in prepared
        if p.mention_id in existing
        and not (existing[p.mention_id].record == p.payload and existing[p.mention_id].active)
    ]
    _update_mentions(conn, changed, now)
    touched.update(str(existing[p.mention_id].case_id) for p in changed)
    new = [p for p in prepared if p.mention_id not in existing]
    touched.update(_insert_new(conn, new, now))
    return [p.mention_id for p in prepared], touched


def _update_mentions(conn: Connection, changed: list[PreparedMention], now: str) -> None:
    if not changed:
        return
    m = schema.mentions
    conn.execute(
        update(m)
        .where(m.c.id == bindparam("b_id"))
        .values(
            record=bindparam("b_record"),
            active=True,
            name_is_full=bindparam("b_full"),
            return_date=bindparam("b_return"),
            confidence=bindparam("b_confidence"),
            updated_at=now,
        ),
        [
            {
                "b_id": p.mention_id,
                "b_record": p.payload,
                "b_full": p.record.name_is_full,
                "b_return": p.record.return_date,
                "b_confidence": p.record.confidence,
            }
            for p in changed
        ],
    )
    existing = _existing(conn, [p.mention_id for p in changed])
    _rewrite_keys(conn, [(p, str(existing[p.mention_id].case_id)) for p in changed])


def _rewrite_keys(conn: Connection, placed: list[tuple[PreparedMention, str]]) -> None:
    k = schema.mention_keys
    ids_ = [p.mention_id for p, _ in placed]
    for part in chunks(ids_):
        conn.execute(delete(k).where(k.c.mention_id.in_(part)))
    _insert_keys(conn, placed)


def _insert_keys(conn: Connection, placed: list[tuple[PreparedMention, str]]) -> None:
    rows = [
        {"key": key, "mention_id": p.mention_id, "case_id": case_id}
        for p, case_id in placed
        for key in p.keys
    ]
    insert_rows(conn, insert_ignore(conn, schema.mention_keys), rows)


def _insert_new(conn: Connection, new: list[PreparedMention], now: str) -> set[str]:
    """Place new mentions in cases (found or created), then insert cases, mentions and keys."""
    if not new:
        return set()
    index = MergeIndex.load(conn, {key for p in new for key in p.keys})
    new_cases: list[dict[str, Any]] = []
    placed: list[tuple[PreparedMention, str]] = []
    for p in new:
        case_id = index.find(p.record, p.keys) if p.keys else None
        if case_id is None:
            case_id = ids.case_id(p.mention_id)
            new_cases.append(_case_row(case_id, p.record, now))
        index.add(case_id, p.record, p.keys, now)
        placed.append((p, case_id))
    insert_rows(conn, insert_ignore(conn, schema.cases), new_cases)
    insert_rows(
        conn,
        schema.mentions.insert(),
        [
            {
                "id": p.mention_id,
                "document_id": p.document_id,
                "case_id": case_id,
                "ordinal": p.occurrence,
                "name_simplified": p.record.name_simplified,
                "name_is_full": p.record.name_is_full,
                "return_date": p.record.return_date,
                "confidence": p.record.confidence,
                "record": p.payload,
                "active": True,
                "pinned": False,
                "created_at": now,
                "updated_at": now,
            }
            for p, case_id in placed
        ],
    )
    _insert_keys(conn, placed)
    return {case_id for _, case_id in placed}


def _case_row(case_id: str, record: CaseRecord, now: str) -> dict[str, Any]:
    return {
        "id": case_id,
        "status": "pending",
        "duplicate_of": None,
        "name": record.name,
        "name_pinyin": record.name_pinyin,
        "names": "",
        "name_is_full": record.name_is_full,
        "return_date": record.return_date,
        "year": int(record.return_date[:4]) if record.return_date else None,
        "countries": _countries(record.fled_to),
        "method": record.method,
        "fields": "{}",
        "reviewer_fields": "[]",
        "flagged": False,
        "flag_reason": None,
        "created_at": now,
        "updated_at": now,
        "merge_summary": CaseSummary.of([record]).to_json(),
    }


def add_mentions(
    conn: Connection, document_id: str, records: list[CaseRecord], now: str
) -> tuple[list[str], set[str]]:
    """Store the records of one document; return their mention ids and the cases touched."""
    return store_prepared(conn, prepare(document_id, records), now)


def _countries(codes: list[str]) -> str:
    """``,CA,US,``: one column a LIKE '%,US,%' can filter on in every dialect."""
    return "," + ",".join(sorted(codes)) + "," if codes else ""
