"""The exported shape of a case, shared by every format: fields, review status, sources."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from output.merge import CASE_FIELDS
from output.store import Store, bulk

EXPORT_STATUSES = ("accepted", "all")


def export_case(case: dict[str, Any]) -> dict[str, Any]:
    """A case as the store returns it, flattened to the export schema."""
    fields = case["fields"]
    out: dict[str, Any] = {
        "id": case["id"],
        "status": case["status"],
        "duplicate_of": case["duplicate_of"],
        "flagged": bool(case["flagged"]),
        "flag_reason": case["flag_reason"],
        "aliases": fields.get("aliases", {}).get("value", []),
    }
    field_sources: dict[str, Any] = {}
    conflicts: dict[str, Any] = {}
    for name in CASE_FIELDS:
        entry = fields.get(name, {"value": None, "mention_id": None, "origin": "machine"})
        out[name] = entry.get("value")
        source = {"origin": entry.get("origin", "machine"), "mention_id": entry.get("mention_id")}
        if source["origin"] == "reviewer":
            source.update(reviewer=entry.get("reviewer", ""), at=entry.get("at", ""))
        field_sources[name] = source
        if entry.get("conflicts"):
            conflicts[name] = entry["conflicts"]
    out["field_sources"] = field_sources
    out["conflicts"] = conflicts
    out["sources"] = [
        {
            "mention_id": m["id"],
            "url": m["url"],
            "publisher": m["site"],
            "title": m["title"],
            "published": m["published"][:10] if m["published"] else None,
            "language": m["language"] or m["record"].get("language"),
            "evidence": m["record"].get("evidence", []),
            "sha256": m.get("body_sha256"),
            "captured_at": m.get("fetched_at"),
        }
        for m in case["mentions"]
        if m["active"]
    ]
    out["reviews"] = [
        {
            "reviewer": r["reviewer"],
            "at": r["at"],
            "action": r["action"],
            "changes": r["changes"],
            "note": r["note"],
        }
        for r in case["reviews"]
    ]
    return out


def wanted_status(status: str) -> str | None:
    """The store's status filter for an export's ``status`` (``all``: None, every status)."""
    if status not in EXPORT_STATUSES:
        raise ValueError(f"status must be one of {EXPORT_STATUSES}, not {status!r}")
    return None if status == "all" else status


def iter_export_cases(conn: Connection, status: str = "accepted") -> Iterator[dict[str, Any]]:
    """Every case with ``status`` (``all`` for every status), in creation order, exported; read
    from the store in batches (``output.store.bulk``), never all at once."""
    for case in bulk.iter_cases(conn, wanted_status(status)):
        yield export_case(case)


def export_cases(store: Store, status: str = "accepted") -> list[dict[str, Any]]:
    """Every case with ``status``, exported, as a list (for small stores and tests)."""
    with store.connect() as conn:
        return list(iter_export_cases(conn, status))
