"""JSON export: one document ``{schema_version, exported_at, cases}``, validated before writing."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from referencing import Registry, Resource

from extract.record import SCHEMA_VERSION, load_schema
from output.exporters.atomic import ExportError


@cache
def export_schema() -> dict[str, Any]:
    text = resources.files("output").joinpath("case_export.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validator() -> jsonschema.Draft202012Validator:
    """A validator that resolves the export schema's references into the record schema."""
    record = load_schema()
    registry: Registry[Any] = Registry().with_resource(
        record["$id"], Resource.from_contents(record)
    )
    return jsonschema.Draft202012Validator(export_schema(), registry=registry)


def build_document(cases: list[dict[str, Any]], exported_at: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "exported_at": exported_at, "cases": cases}


def validate_document(document: dict[str, Any]) -> None:
    error = jsonschema.exceptions.best_match(validator().iter_errors(document))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(document)"
        raise ExportError(
            f"export does not match case_export.schema.json at {where}: {error.message}"
        )


def render(cases: list[dict[str, Any]], exported_at: str) -> bytes:
    document = build_document(cases, exported_at)
    validate_document(document)
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
