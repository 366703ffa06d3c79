"""Review actions: each changes a case and appends one row per case to the audit trail.

The audit trail (``reviews``) is append-only: who, when, which action, which fields changed from
what to what, and the note. A reviewer-set field is marked so re-extraction never overwrites it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from output.store import cases, ids, schema
from output.store.errors import ReviewError
from output.store.fieldvalues import parse_value, validate_value

STATUS_ACTIONS = {"accept": "accepted", "needs_edit": "needs_edit", "reopen": "pending"}


def _case(conn: Connection, case_id: str) -> Any:
    row = conn.execute(select(schema.cases).where(schema.cases.c.id == case_id)).first()
    if row is None:
        raise ReviewError(f"no case {case_id}")
    return row


def _reviewer(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ReviewError("a reviewer name is required")
    return cleaned


def log(
    conn: Connection,
    case_id: str,
    reviewer: str,
    action: str,
    changes: list[dict[str, Any]],
    note: str | None,
    now: str,
) -> None:
    conn.execute(
        schema.reviews.insert().values(
            case_id=case_id,
            reviewer=_reviewer(reviewer),
            at=now,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False),
            note=note or None,
        )
    )


def _set_status(
    conn: Connection, case_id: str, status: str, now: str, **extra: Any
) -> dict[str, Any]:
    row = _case(conn, case_id)
    conn.execute(
        update(schema.cases)
        .where(schema.cases.c.id == case_id)
        .values(status=status, updated_at=now, **extra)
    )
    return {"field": "status", "from": row.status, "to": status}


def change_status(
    conn: Connection, case_id: str, action: str, reviewer: str, note: str | None, now: str
) -> None:
    """accept / needs_edit / reopen: a status change with an optional note."""
    if action not in STATUS_ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    _reviewer(reviewer)
    change = _set_status(conn, case_id, STATUS_ACTIONS[action], now)
    log(conn, case_id, reviewer, action, [change], note, now)


def reject(conn: Connection, case_id: str, reviewer: str, reason: str, now: str) -> None:
    if not reason.strip():
        raise ReviewError("a rejection needs a reason")
    _reviewer(reviewer)
    change = _set_status(conn, case_id, "rejected", now)
    log(conn, case_id, reviewer, "reject", [change], reason.strip(), now)


def edit_field(
    conn: Connection,
    case_id: str,
    reviewer: str,
    field: str,
    raw: str,
    note: str | None,
    now: str,
) -> Any:
    """Set ``field`` from the reviewer's text; refused with the reason when invalid."""
    _reviewer(reviewer)
    value = parse_value(field, raw)
    validate_value(field, value)
    row = _case(conn, case_id)
    fields = json.loads(row.fields)
    current = fields.get(field, {"value": None, "mention_id": None, "conflicts": []})
    old = current.get("value")
    machine = current.get("machine_value", old) if current.get("origin") == "reviewer" else old
    fields[field] = {
        **current,
        "value": value,
        "origin": "reviewer",
        "reviewer": reviewer.strip(),
        "at": now,
        "machine_value": machine,
    }
    reviewer_fields = sorted(set(json.loads(row.reviewer_fields)) | {field})
    conn.execute(
        update(schema.cases)
        .where(schema.cases.c.id == case_id)
        .values(
            fields=json.dumps(fields, ensure_ascii=False),
            reviewer_fields=json.dumps(reviewer_fields),
            updated_at=now,
        )
    )
    cases.refresh_columns(conn, case_id)
    log(conn, case_id, reviewer, "edit", [{"field": field, "from": old, "to": value}], note, now)
    return value


def _move_mentions(conn: Connection, mention_ids: list[str], to_case: str) -> None:
    m, k = schema.mentions, schema.mention_keys
    conn.execute(update(m).where(m.c.id.in_(mention_ids)).values(case_id=to_case, pinned=True))
    conn.execute(update(k).where(k.c.mention_id.in_(mention_ids)).values(case_id=to_case))


def _mention_ids(conn: Connection, case_id: str) -> list[str]:
    m = schema.mentions
    return [str(x) for x in conn.execute(select(m.c.id).where(m.c.case_id == case_id)).scalars()]


def mark_duplicate(
    conn: Connection, case_id: str, target_id: str, reviewer: str, note: str | None, now: str
) -> None:
    """Fold ``case_id`` into ``target_id``: its mentions move there; it stays as a pointer."""
    _reviewer(reviewer)
    if case_id == target_id:
        raise ReviewError("a case cannot duplicate itself")
    target = _case(conn, target_id)
    if target.status == "duplicate":
        raise ReviewError(f"case {target_id} is itself a duplicate of {target.duplicate_of}")
    moved = _mention_ids(conn, case_id)
    _move_mentions(conn, moved, target_id)
    change = _set_status(conn, case_id, "duplicate", now, duplicate_of=target_id)
    conn.execute(
        update(schema.cases)
        .where(schema.cases.c.duplicate_of == case_id)
        .values(duplicate_of=target_id)
    )
    cases.recompute_case(conn, target_id, now)
    moves = {"field": "mentions", "from": moved, "to": []}
    log(
        conn,
        case_id,
        reviewer,
        "duplicate",
        [change, moves, {"field": "duplicate_of", "from": None, "to": target_id}],
        note,
        now,
    )
    log(
        conn,
        target_id,
        reviewer,
        "absorb",
        [{"field": "mentions", "from": [], "to": moved}],
        note,
        now,
    )


def split(
    conn: Connection,
    case_id: str,
    mention_ids: list[str],
    reviewer: str,
    note: str | None,
    now: str,
) -> str:
    """Move ``mention_ids`` out of a wrong merge into a new pending case; return its id."""
    _reviewer(reviewer)
    _case(conn, case_id)
    current = set(_mention_ids(conn, case_id))
    chosen = sorted(set(mention_ids))
    if not chosen or not set(chosen) <= current:
        raise ReviewError("choose one or more mentions of this case to split off")
    if set(chosen) == current:
        raise ReviewError("a split must leave at least one mention in the case")
    new_id = ids.stable_id("case-", "split", case_id, *chosen, now)
    first = conn.execute(
        select(schema.mentions.c.record).where(schema.mentions.c.id == chosen[0])
    ).scalar_one()
    record = json.loads(first)
    conn.execute(
        schema.cases.insert().values(
            id=new_id,
            status="pending",
            name=record["name"],
            name_pinyin=record["name_pinyin"],
            name_is_full=record["name_is_full"],
            countries="",
            fields="{}",
            reviewer_fields="[]",
            flagged=False,
            created_at=now,
            updated_at=now,
        )
    )
    _move_mentions(conn, chosen, new_id)
    cases.recompute_case(conn, case_id, now)
    cases.recompute_case(conn, new_id, now)
    log(
        conn,
        case_id,
        reviewer,
        "split",
        [{"field": "mentions", "from": chosen, "to": new_id}],
        note,
        now,
    )
    log(
        conn,
        new_id,
        reviewer,
        "split_from",
        [{"field": "mentions", "from": case_id, "to": chosen}],
        note,
        now,
    )
    return new_id
