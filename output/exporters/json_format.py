"""JSON export: one document ``{schema_version, exported_at, cases}``, written a case at a time.

The document is never held whole: the head is written, then each case as it comes from the
store, then the tail, so memory stays flat however many cases there are. Each case is checked
before it is written by the export schema compiled to Python (fastjsonschema, about a tenth of
a millisecond a case); only a case that fails goes through jsonschema, to name the path and
reason. The bytes are those of ``json.dumps(document, ensure_ascii=False, indent=2)`` and a
newline, what the export wrote when it built the whole document first (see ``_indented``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import Any, BinaryIO

import fastjsonschema
import jsonschema
import orjson
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


@cache
def _explaining() -> jsonschema.Draft202012Validator:
    return validator()


@cache
def compiled_case_check() -> Callable[[Any], Any]:
    """The export schema's ``case`` definition compiled to Python; references into the record
    schema are resolved from the package, never fetched."""
    schema = export_schema()
    record = load_schema()
    case_schema = {"$id": schema["$id"], "$defs": schema["$defs"], "$ref": "#/$defs/case"}

    def local(uri: str) -> dict[str, Any]:
        if uri.split("#")[0] != record["$id"]:
            raise ExportError(f"export schema refers to an unknown schema {uri}")
        return record

    check: Callable[[Any], Any] = fastjsonschema.compile(case_schema, handlers={"https": local})
    return check


def _raise_for(error: jsonschema.ValidationError, prefix: list[Any]) -> None:
    where = "/".join(str(p) for p in [*prefix, *error.absolute_path]) or "(document)"
    raise ExportError(f"export does not match case_export.schema.json at {where}: {error.message}")


def validate_case(case: dict[str, Any], index: int) -> None:
    """ExportError naming ``cases/INDEX/PATH`` and the reason when the case breaks the schema."""
    try:
        compiled_case_check()(case)
        return
    except fastjsonschema.JsonSchemaValueException:
        pass
    document = build_document([case], "")
    error = jsonschema.exceptions.best_match(_explaining().iter_errors(document))
    if error is None:  # the compiled check is stricter here than jsonschema: name the case
        raise ExportError(f"export does not match case_export.schema.json at cases/{index}")
    path = list(error.absolute_path)
    _raise_for(error, ["cases", index, *path[2:]] if path[:1] == ["cases"] else [])


def build_document(cases: list[dict[str, Any]], exported_at: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "exported_at": exported_at, "cases": cases}


def validate_document(document: dict[str, Any]) -> None:
    error = jsonschema.exceptions.best_match(validator().iter_errors(document))
    if error is not None:
        _raise_for(error, [])


def _indented(case: dict[str, Any]) -> bytes:
    """A case as it stands inside the ``cases`` array of the indented document. orjson writes
    what ``json.dumps(case, ensure_ascii=False, indent=2)`` writes, 25 times faster (the
    standard library indents in pure Python), but for floats below 1e-4: ``1e-7``, not
    ``1e-07`` (the same number)."""
    return b"    " + orjson.dumps(case, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n    ")


def write(handle: BinaryIO, cases: Iterable[dict[str, Any]], exported_at: str) -> int:
    """Write the document to ``handle`` a case at a time, each checked first; the cases
    written."""
    head = build_document([], exported_at)
    head_text = json.dumps(head, ensure_ascii=False, indent=2)
    before, after = head_text.rsplit('"cases": []', 1)
    handle.write(before.encode("utf-8") + b'"cases": [')
    count = 0
    for case in cases:
        validate_case(case, count)
        handle.write((b",\n" if count else b"\n") + _indented(case))
        count += 1
    handle.write((b"\n  ]" if count else b"]") + after.encode("utf-8") + b"\n")
    return count
