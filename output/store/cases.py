"""Recomputing a case from its active mentions (the read side of cross-source merging).

Every write that adds, changes or moves a mention names the cases it touched; their fields,
flags, search columns and merge summary are recomputed here from their active mentions, in
one pass per batch (``recompute_cases``), and only the rows that changed are written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, select, update

from extract.record import CaseRecord
from output.case_summary import CaseSummary, is_anonymised_merge
from output.merge import (
    CASE_FIELDS,
    MentionView,
    aliases,
    merge_fields,
    name_keys,
)
from output.store import schema
from output.store.dialect import dialect_insert, insert_rows
from output.store.mentions import ANONYMISED_FLAG, MergeIndex, _countries, chunks, stored_record


def case_records(conn: Connection, case_id: str) -> list[CaseRecord]:
    m = schema.mentions
    rows = conn.execute(
        select(m.c.record).where(m.c.case_id == case_id, m.c.active.is_(True))
    ).all()
    return [stored_record(r.record) for r in rows]


def find_case(conn: Connection, record: CaseRecord) -> str | None:
    """The first (oldest) case sharing a blocking key whose mentions this record agrees with."""
    keys = name_keys(record)
    return MergeIndex.load(conn, keys).find(record, keys) if keys else None


def _views(conn: Connection, case_ids: Sequence[str]) -> dict[str, list[MentionView]]:
    m, d = schema.mentions, schema.documents
    views: dict[str, list[MentionView]] = {case_id: [] for case_id in case_ids}
    for part in chunks(case_ids):
        rows = conn.execute(
            select(m.c.case_id, m.c.id, m.c.record, d.c.published)
            .join(d, d.c.id == m.c.document_id)
            .where(m.c.case_id.in_(part), m.c.active.is_(True))
        ).all()
        for r in rows:
            record = stored_record(r.record)
            views[r.case_id].append(MentionView(r.id, record, r.published))
    return views


def mention_views(conn: Connection, case_id: str) -> list[MentionView]:
    return _views(conn, [case_id])[case_id]


def recompute_cases(
    conn: Connection, case_ids: Iterable[str], now: str
) -> dict[str, dict[str, tuple[Any, Any]]]:
    """Re-merge the given cases from their active mentions, keeping every reviewer-set value.

    Only these cases are read and written (one query each way per batch). Returns, per case, the
    machine values that changed, ``{field: (old, new)}``, for re-extraction reports."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    c = schema.cases
    stored: dict[str, Any] = {}
    for part in chunks(wanted):
        rows = conn.execute(select(*_KEPT).where(c.c.id.in_(part))).all()
        stored.update({r.id: r for r in rows})
    views = _views(conn, wanted)
    changes: dict[str, dict[str, tuple[Any, Any]]] = {}
    rows_out: list[dict[str, Any]] = []
    emptied: list[str] = []
    for case_id in wanted:
        if case_id not in stored:
            continue
        if not views[case_id]:
            emptied.append(case_id)
            continue
        row = stored[case_id]
        merged, changed = _merge(
            json.loads(row.fields), set(json.loads(row.reviewer_fields)), views[case_id]
        )
        changes[case_id] = changed
        records = [v.record for v in views[case_id]]
        rows_out.append(_case_write(row, merged, records, now))
    _write_cases(conn, rows_out)
    if emptied:
        # No active mention left (re-extraction retired them): nothing can join the case.
        conn.execute(
            update(c).where(c.c.id.in_(emptied)).values(merge_summary=CaseSummary().to_json())
        )
    return {case_id: changed for case_id, changed in changes.items() if changed}


def recompute_case(conn: Connection, case_id: str, now: str) -> dict[str, tuple[Any, Any]]:
    """Re-merge one case (see ``recompute_cases``)."""
    return recompute_cases(conn, [case_id], now).get(case_id, {})


def _merge(
    old: dict[str, Any], reviewer_set: set[str], views: list[MentionView]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
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
    return merged, changes


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


_COLUMN_NAMES = (
    "name",
    "name_pinyin",
    "names",
    "name_is_full",
    "return_date",
    "year",
    "countries",
    "method",
)
# Read with a case before re-merging it and written back unchanged (see ``_write_cases``).
_KEPT = tuple(
    schema.cases.c[name]
    for name in ("id", "status", "duplicate_of", "fields", "reviewer_fields", "created_at")
)
# What re-merging a case rewrites.
_MERGED = ("fields", "flagged", "flag_reason", "updated_at", "merge_summary", *_COLUMN_NAMES)


def _case_write(
    row: Any, merged: dict[str, Any], records: list[CaseRecord], now: str
) -> dict[str, Any]:
    flagged = is_anonymised_merge(records)
    return {
        "id": row.id,
        "status": row.status,
        "duplicate_of": row.duplicate_of,
        "reviewer_fields": row.reviewer_fields,
        "created_at": row.created_at,
        "fields": json.dumps(merged, ensure_ascii=False),
        "flagged": flagged,
        "flag_reason": ANONYMISED_FLAG if flagged else None,
        "updated_at": now,
        "merge_summary": CaseSummary.of(records).to_json(),
        **_columns(merged),
    }


def _write_cases(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Write re-merged cases back with one multi-row statement: INSERT ... ON CONFLICT (id) DO
    UPDATE of the merged columns. Every row was read in this transaction and carries its kept
    columns unchanged, so nothing new is inserted; on PostgreSQL this is one statement per
    batch where an UPDATE per case was a statement each. In id order: concurrent writers
    updating overlapping cases queue, never deadlock."""
    if not rows:
        return
    statement = dialect_insert(conn, schema.cases)
    statement = statement.on_conflict_do_update(
        index_elements=[schema.cases.c.id],
        set_={name: statement.excluded[name] for name in _MERGED},
    )
    insert_rows(conn, statement, sorted(rows, key=lambda row: str(row["id"])))


def refresh_columns(conn: Connection, case_id: str) -> None:
    """Bring the indexed columns in line with the fields after a reviewer's edit."""
    c = schema.cases
    fields = json.loads(conn.execute(select(c.c.fields).where(c.c.id == case_id)).scalar_one())
    conn.execute(update(c).where(c.c.id == case_id).values(**_columns(fields)))
