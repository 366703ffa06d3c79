"""Reviewer input for one case field: parsed from a form string, validated against the schema.

The record schema is the contract, so an edit is checked against the same property definition an
extracted value is; an invalid value is refused with the schema's reason, never stored.
"""

from __future__ import annotations

from typing import Any

import jsonschema

from extract.record import load_schema
from output.merge import CASE_FIELDS
from output.store.errors import ReviewError

_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


def _property(field: str) -> dict[str, Any]:
    schema = load_schema()
    if field not in CASE_FIELDS:
        raise ReviewError(f"{field!r} is not an editable case field")
    prop: dict[str, Any] = schema["properties"][field]
    return {"$defs": schema["$defs"], **prop}


def _types(prop: dict[str, Any]) -> set[str]:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return _types(prop["$defs"][name])
    if "enum" in prop:
        kinds = {"string"} if any(isinstance(v, str) for v in prop["enum"]) else set()
        return kinds | ({"null"} if None in prop["enum"] else set())
    declared = prop.get("type", "string")
    return set(declared) if isinstance(declared, list) else {declared}


def _scalar(field: str, raw: str, kinds: set[str]) -> Any:
    text = raw.strip()
    if not text:
        if "null" in kinds:
            return None
        if "string" in kinds:
            return ""
        raise ReviewError(f"{field}: a value is required")
    if "boolean" in kinds:
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ReviewError(f"{field}: {raw!r} is not true or false")
    if "integer" in kinds:
        try:
            return int(text)
        except ValueError:
            raise ReviewError(f"{field}: {raw!r} is not a whole number") from None
    if "number" in kinds:
        try:
            return float(text)
        except ValueError:
            raise ReviewError(f"{field}: {raw!r} is not a number") from None
    return text


def parse_value(field: str, raw: str) -> Any:
    """The typed value of ``raw`` for ``field``; lists are comma-separated."""
    prop = _property(field)
    kinds = _types(prop)
    if "array" in kinds:
        items = [p.strip() for p in raw.replace("，", ",").split(",") if p.strip()]
        return [i.upper() for i in items] if field == "fled_to" else items
    return _scalar(field, raw, kinds)


def validate_value(field: str, value: Any) -> None:
    prop = _property(field)
    try:
        jsonschema.Draft202012Validator(prop).validate(value)
    except jsonschema.ValidationError as exc:
        raise ReviewError(f"{field}: {exc.message}") from exc
