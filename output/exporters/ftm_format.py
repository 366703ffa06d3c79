"""FollowTheMoney export: a Person per case and the return as a dated Event linked to it.

Entities are written one JSON object a line, the format Aleph (``ftm`` tools) and OpenSanctions'
tooling read. Ids are derived from the case id, so re-exporting gives the same entities.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from followthemoney.model import Model
    from followthemoney.proxy import EntityProxy


@cache
def _model() -> Model:
    """The FollowTheMoney model, imported on first use: the package takes over a second to
    import, which every ``returnwatch`` command would otherwise pay."""
    from followthemoney import model  # heavy: see the docstring

    return model


DATASET = "returnwatch"
METHOD_LABELS = {
    "persuaded": "persuaded to return",
    "surrendered": "returned and surrendered",
    "extradited": "extradited",
    "deported": "deported",
    "captured": "captured abroad",
    "prosecuted_abroad": "prosecuted abroad",
    "other": "returned (other channel)",
    "unknown": "returned",
}


def _source_urls(case: dict[str, Any]) -> list[str]:
    return [s["url"] for s in case["sources"] if s["url"]]


def person(case: dict[str, Any]) -> EntityProxy:
    entity = _model().make_entity("Person")
    entity.make_id(DATASET, "person", case["id"])
    entity.add("name", case["name"])
    aliases = [a for a in case["aliases"] if a != case["name"]]
    if case["name_is_full"]:
        entity.add("alias", aliases)
    else:
        entity.add("weakAlias", aliases)
    # cleaned=True where the value is already in FollowTheMoney's form (a literal, or a value
    # the export schema restricts to it): cleaning costs about 20 us a value, 100,000 cases
    entity.add("nationality", "cn", cleaned=True)
    entity.add("position", case["former_position"])
    if case["gender"]:
        entity.add("gender", case["gender"], cleaned=True)  # male or female
    if case["birth_year"]:
        entity.add("birthDate", str(case["birth_year"]), cleaned=True)  # a year: a date prefix
    entity.add("sourceUrl", _source_urls(case))
    entity.add("publisher", [s["publisher"] for s in case["sources"] if s["publisher"]])
    entity.add("topics", "crime", cleaned=True)
    return entity


def return_event(case: dict[str, Any], person_entity: EntityProxy) -> EntityProxy:
    event = _model().make_entity("Event")
    event.make_id(DATASET, "return", case["id"])
    origin = "/".join(case["fled_to"]) or "abroad"
    label = METHOD_LABELS.get(case["method"] or "unknown", "returned")
    event.add("name", f"{case['name']}: {label} from {origin}")
    event.add("date", case["return_date"])
    event.add("startDate", event.get("date"), cleaned=True)
    event.add("country", case["fled_to"])
    event.add("involved", person_entity.id, cleaned=True)
    summary = [f"method: {case['method']}"]
    if case["alleged_crimes"]:
        summary.append("alleged crimes: " + ", ".join(case["alleged_crimes"]))
    if case["coercion"]:
        summary.append("pressure: " + ", ".join(case["coercion"]))
    if case["operation"]:
        summary.append(f"operation: {case['operation']}")
    event.add("summary", "; ".join(summary))
    event.add("description", case["method_text"])
    # the person's source URLs, cleaned once: cleaning a URL is most of an entity's cost
    event.add("sourceUrl", person_entity.get("sourceUrl"), cleaned=True)
    event.add("recordId", case["id"], cleaned=True)
    return event


def entities(case: dict[str, Any]) -> list[EntityProxy]:
    p = person(case)
    return [p, return_event(case, p)]


def write(handle: BinaryIO, cases: Iterable[dict[str, Any]], exported_at: str) -> int:
    """Write each case's entities to ``handle``, one JSON object a line; the cases written."""
    count = 0
    for case in cases:
        for entity in entities(case):
            line = json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True)
            handle.write(line.encode("utf-8") + b"\n")
        count += 1
    return count
