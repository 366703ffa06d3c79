"""Storing mentions and merging them into cases (the write side of cross-source merging).

A mention is one CaseRecord from one document, identified by document, name and occurrence, so
storing it again finds the same row. A new mention is compared only with the cases that share one
of its blocking keys (an index lookup): that keeps merging near n log n as the store grows.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from functools import cache
from typing import Any

import jsonschema
from sqlalchemy import Connection, delete, select, update

from output.merge import (
    CASE_FIELDS,
    MentionView,
    aliases,
    is_anonymised_merge,
    merge_fields,
    name_keys,
    same_return,
)
from output.record import CaseRecord, load_schema
from output.store import ids, schema
from output.store.dialect import insert_ignore
from output.store.errors import StoreError

ANONYMISED_FLAG = "anonymised name merged on matching facts (return day, country, crime, post)"


def record_json(record: CaseRecord) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    """Built once: compiling the schema per record cost more than storing the record."""
    return jsonschema.Draft202012Validator(load_schema())


def _check(document_id: str, record: CaseRecord) -> None:
    try:
        _validator().validate(record.to_dict())
    except jsonschema.ValidationError as exc:
        path = "/".join(str(p) for p in exc.absolute_path) or "(record)"
        raise StoreError(
            f"document {document_id}: record for {record.name!r} breaks the schema at {path}: "
            f"{exc.message}"
        ) from exc


def add_mentions(
    conn: Connection, document_id: str, records: list[CaseRecord], now: str
) -> tuple[list[str], set[str]]:
    """Store the records of one document; return their mention ids and the cases touched."""
    if (
        conn.execute(
            select(schema.documents.c.id).where(schema.documents.c.id == document_id)
        ).first()
        is None
    ):
        raise StoreError(f"document {document_id} is not stored: add_document() first")
    occurrences: Counter[str] = Counter()
    mention_ids: list[str] = []
    touched: set[str] = set()
    for record in records:
        record = dataclasses.replace(record, document_id=document_id)
        _check(document_id, record)
        occurrence = occurrences[record.name_simplified]
        occurrences[record.name_simplified] += 1
        mid = ids.mention_id(document_id, record.name_simplified, occurrence)
        case_id = _store_one(conn, mid, document_id, occurrence, record, now)
        if case_id is not None:
            touched.add(case_id)
        mention_ids.append(mid)
    return mention_ids, touched


def _store_one(
    conn: Connection, mid: str, document_id: str, occurrence: int, record: CaseRecord, now: str
) -> str | None:
    """Insert or update one mention; return its case id when something changed, else None."""
    m = schema.mentions
    payload = record_json(record)
    existing = conn.execute(
        select(m.c.record, m.c.active, m.c.case_id).where(m.c.id == mid)
    ).first()
    if existing is not None:
        if existing.record == payload and existing.active:
            return None
        conn.execute(
            update(m)
            .where(m.c.id == mid)
            .values(
                record=payload,
                active=True,
                name_is_full=record.name_is_full,
                return_date=record.return_date,
                confidence=record.confidence,
                updated_at=now,
            )
        )
        _write_keys(conn, mid, existing.case_id, record)
        return str(existing.case_id)
    case_id = find_case(conn, record) or _new_case(conn, mid, record, now)
    conn.execute(
        m.insert().values(
            id=mid,
            document_id=document_id,
            case_id=case_id,
            ordinal=occurrence,
            name_simplified=record.name_simplified,
            name_is_full=record.name_is_full,
            return_date=record.return_date,
            confidence=record.confidence,
            record=payload,
            active=True,
            pinned=False,
            created_at=now,
            updated_at=now,
        )
    )
    _write_keys(conn, mid, case_id, record)
    return case_id


def _write_keys(conn: Connection, mid: str, case_id: str, record: CaseRecord) -> None:
    k = schema.mention_keys
    conn.execute(delete(k).where(k.c.mention_id == mid))
    for key in name_keys(record):
        conn.execute(insert_ignore(conn, k).values(key=key, mention_id=mid, case_id=case_id))


def _new_case(conn: Connection, mid: str, record: CaseRecord, now: str) -> str:
    case_id = ids.case_id(mid)
    conn.execute(
        insert_ignore(conn, schema.cases).values(
            id=case_id,
            status="pending",
            name=record.name,
            name_pinyin=record.name_pinyin,
            name_is_full=record.name_is_full,
            return_date=record.return_date,
            year=int(record.return_date[:4]) if record.return_date else None,
            countries=_countries(record.fled_to),
            method=record.method,
            fields="{}",
            reviewer_fields="[]",
            flagged=False,
            created_at=now,
            updated_at=now,
        )
    )
    return case_id


def _countries(codes: list[str]) -> str:
    """``,CA,US,``: one column a LIKE '%,US,%' can filter on in every dialect."""
    return "," + ",".join(sorted(codes)) + "," if codes else ""


def case_records(conn: Connection, case_id: str) -> list[CaseRecord]:
    m = schema.mentions
    rows = conn.execute(
        select(m.c.record).where(m.c.case_id == case_id, m.c.active.is_(True))
    ).all()
    return [CaseRecord.from_dict(json.loads(r.record)) for r in rows]


def find_case(conn: Connection, record: CaseRecord) -> str | None:
    """The first (oldest) case sharing a blocking key whose mentions this record agrees with."""
    keys = name_keys(record)
    if not keys:
        return None
    k, c = schema.mention_keys, schema.cases
    candidates = conn.execute(
        select(c.c.id)
        .where(c.c.id.in_(select(k.c.case_id).where(k.c.key.in_(keys))))
        .where(c.c.status != "duplicate")
        .order_by(c.c.created_at, c.c.id)
    ).all()
    for row in candidates:
        if same_return(record, case_records(conn, row.id)):
            return str(row.id)
    return None


def mention_views(conn: Connection, case_id: str) -> list[MentionView]:
    m, d = schema.mentions, schema.documents
    rows = conn.execute(
        select(m.c.id, m.c.record, d.c.published)
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.case_id == case_id, m.c.active.is_(True))
    ).all()
    return [
        MentionView(r.id, CaseRecord.from_dict(json.loads(r.record)), r.published) for r in rows
    ]


def recompute_case(conn: Connection, case_id: str, now: str) -> dict[str, tuple[Any, Any]]:
    """Re-merge a case's fields from its active mentions, keeping every reviewer-set value.

    Returns the machine values that changed, ``{field: (old, new)}``, for re-extraction reports.
    """
    c = schema.cases
    row = conn.execute(select(c.c.fields, c.c.reviewer_fields).where(c.c.id == case_id)).one()
    old: dict[str, Any] = json.loads(row.fields)
    reviewer_set = set(json.loads(row.reviewer_fields))
    views = mention_views(conn, case_id)
    if not views:
        return {}
    merged = {name: fv.to_dict() for name, fv in merge_fields(views).items()}
    changes: dict[str, tuple[Any, Any]] = {}
    for name in CASE_FIELDS:
        before = old.get(name, {}).get("machine_value", old.get(name, {}).get("value"))
        if old and before != merged[name]["value"]:
            changes[name] = (before, merged[name]["value"])
        if name in reviewer_set:
            kept = dict(old[name])
            kept["machine_value"] = merged[name]["value"]
            kept["conflicts"] = merged[name]["conflicts"]
            merged[name] = kept
    merged["aliases"] = {
        "value": aliases(views),
        "mention_id": None,
        "origin": "machine",
        "conflicts": [],
    }
    records = [v.record for v in views]
    _write_case(conn, case_id, merged, is_anonymised_merge(records), now)
    return changes


def _columns(merged: dict[str, Any]) -> dict[str, Any]:
    """The indexed columns the queue filters on, taken from the merged (or reviewed) fields."""
    return_date = merged["return_date"]["value"]
    return {
        "name": merged["name"]["value"],
        "name_pinyin": merged["name_pinyin"]["value"],
        "names": " | ".join(merged.get("aliases", {}).get("value", [])),
        "name_is_full": bool(merged["name_is_full"]["value"]),
        "return_date": return_date,
        "year": int(return_date[:4]) if return_date else None,
        "countries": _countries(merged["fled_to"]["value"] or []),
        "method": merged["method"]["value"],
    }


def _write_case(
    conn: Connection, case_id: str, merged: dict[str, Any], flagged: bool, now: str
) -> None:
    c = schema.cases
    conn.execute(
        update(c)
        .where(c.c.id == case_id)
        .values(
            fields=json.dumps(merged, ensure_ascii=False),
            flagged=flagged,
            flag_reason=ANONYMISED_FLAG if flagged else None,
            updated_at=now,
            **_columns(merged),
        )
    )


def refresh_columns(conn: Connection, case_id: str) -> None:
    """Bring the indexed columns in line with the fields after a reviewer's edit."""
    c = schema.cases
    fields = json.loads(conn.execute(select(c.c.fields).where(c.c.id == case_id)).scalar_one())
    conn.execute(update(c).where(c.c.id == case_id).values(**_columns(fields)))
