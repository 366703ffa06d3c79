"""The typed case record and the shipped JSON Schema stay in step."""

from __future__ import annotations

import dataclasses
import typing

import jsonschema
import pytest

from extract import Document, extract_cases
from extract.record import (
    COERCIONS,
    CRIMES,
    METHODS,
    CaseRecord,
    Evidence,
    load_schema,
    validate_record,
)


def test_schema_lists_exactly_the_record_fields() -> None:
    schema = load_schema()
    names = [f.name for f in dataclasses.fields(CaseRecord)]
    assert sorted(schema["properties"]) == sorted(names)
    assert sorted(schema["required"]) == sorted(names)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_enums_match_the_typed_literals() -> None:
    props = load_schema()["properties"]
    assert tuple(props["method"]["enum"]) == METHODS
    assert tuple(props["alleged_crimes"]["items"]["enum"]) == CRIMES
    assert tuple(props["coercion"]["items"]["enum"]) == COERCIONS
    hints = typing.get_type_hints(CaseRecord)
    assert typing.get_args(hints["method"]) == METHODS


def test_extracted_record_validates_and_round_trips() -> None:
    text = (
        "在中央追逃办统筹协调下，经湖南省追逃办等单位不懈努力，外逃6年的职务犯罪嫌疑人单志伟"
        "3月2日从老挝回国投案。单志伟，男，1970年5月出生，原湖南省某县财政局副局长，涉嫌贪污犯罪。"
    )
    [record] = extract_cases(Document(id="t1", text=text, published="2024-03-05"))
    validate_record(record)
    again = CaseRecord.from_dict(record.to_dict())
    assert again == record
    assert again.name_pinyin == "Shan Zhiwei"


def test_invalid_record_is_refused() -> None:
    record = CaseRecord(
        document_id="x",
        source_url=None,
        language="zh",
        name="张某",
        name_simplified="张某",
        name_pinyin=None,
        name_is_full=False,
        return_date="2024-13",
        evidence=[Evidence("return", "回国", 0, 2)],
    )
    with pytest.raises(jsonschema.ValidationError):
        validate_record(record)
    with pytest.raises(ValueError, match="unknown case-record keys"):
        CaseRecord.from_dict({**record.to_dict(), "nickname": "x"})
