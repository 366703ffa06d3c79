"""The exported shape of a case, shared by every format: fields, review status, sources."""

from __future__ import annotations

from typing import Any

from output.merge import CASE_FIELDS
from output.store import Store

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


def export_cases(store: Store, status: str = "accepted") -> list[dict[str, Any]]:
    """Every case with ``status`` (``all`` for every status), in creation order."""
    if status not in EXPORT_STATUSES:
        raise ValueError(f"status must be one of {EXPORT_STATUSES}, not {status!r}")
    wanted = None if status == "all" else status
    result = []
    for case_id in store.case_ids(wanted):
        case = store.get_case(case_id)
        if case is not None:
            result.append(export_case(case))
    return result
