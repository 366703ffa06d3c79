"""Checking a case record against the contract before it is stored, cheaply.

The JSON Schema (``extract/case_record.schema.json``) is the contract. Validating with jsonschema
cost about 1.4 ms a record, as much as extracting it; the schema is therefore compiled once to
Python by fastjsonschema (about 0.08 ms), and jsonschema runs only on a record that fails, to
name the path and reason the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from functools import cache
from typing import Any

import fastjsonschema
import jsonschema

from extract.record import CaseRecord, Evidence, load_schema
from output.store.errors import StoreError

_RECORD_FIELDS = tuple(f.name for f in fields(CaseRecord))
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


def record_dict(record: CaseRecord) -> dict[str, Any]:
    """``record.to_dict()`` without ``dataclasses.asdict``'s recursive deep copy (0.5 ms a
    record, the largest cost left in storing one); the same keys, order and values."""
    data = {name: getattr(record, name) for name in _RECORD_FIELDS}
    for name, value in data.items():
        if isinstance(value, list):
            data[name] = list(value)
    data["evidence"] = [
        {name: getattr(e, name) for name in _EVIDENCE_FIELDS} for e in record.evidence
    ]
    return data


@cache
def _fast() -> Callable[[Any], Any]:
    check: Callable[[Any], Any] = fastjsonschema.compile(load_schema())
    return check


@cache
def _explaining() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema())


def schema_error(data: dict[str, Any]) -> jsonschema.ValidationError | None:
    """The first way ``data`` breaks the schema, or None when it is valid."""
    try:
        _fast()(data)
        return None
    except fastjsonschema.JsonSchemaValueException:
        pass
    error: jsonschema.ValidationError | None = jsonschema.exceptions.best_match(
        _explaining().iter_errors(data)
    )
    return error


def check_record(where: str, record: CaseRecord, data: dict[str, Any] | None = None) -> None:
    """Raise StoreError naming ``where`` (a document id or URL), the person and the bad path.
    ``data`` is the record as a dict when the caller already has it."""
    error = schema_error(record_dict(record) if data is None else data)
    if error is not None:
        path = "/".join(str(p) for p in error.absolute_path) or "(record)"
        raise StoreError(
            f"document {where}: record for {record.name!r} breaks the schema at {path}: "
            f"{error.message}"
        )
