"""The case-record contract: one record per individual returned person per document.

The record is the boundary between extraction and everything downstream (store, review, export),
so it is typed here and mirrored by ``case_record.schema.json``; a test keeps the two in step.
Every value that comes from text keeps its words beside it (``return_date_text``, ``method_text``)
and every field can be traced through ``evidence`` to character offsets in the document text.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any, Literal, get_args

SCHEMA_VERSION = "1.0"

Method = Literal[
    "persuaded",
    "surrendered",
    "extradited",
    "deported",
    "captured",
    "prosecuted_abroad",
    "other",
    "unknown",
]
Crime = Literal[
    "embezzlement",
    "bribery",
    "bribe_giving",
    "misappropriation",
    "duty_encroachment",
    "fraud",
    "illegal_fundraising",
    "money_laundering",
    "abuse_of_power",
    "dereliction",
    "smuggling",
    "tax_crime",
    "other",
]
Coercion = Literal[
    "family_pressure",
    "intermediary",
    "overseas_contact",
    "asset_measures",
    "public_exposure",
    "family_sanctions",
    "policy_appeal",
]
Operation = Literal["skynet", "foxhunt"]
Gender = Literal["male", "female"]
Language = Literal["zh", "en", "other"]

METHODS: tuple[str, ...] = get_args(Method)
CRIMES: tuple[str, ...] = get_args(Crime)
COERCIONS: tuple[str, ...] = get_args(Coercion)
OPERATIONS: tuple[str, ...] = get_args(Operation)


@dataclass(frozen=True)
class Evidence:
    """A span of the document text that supports one field.

    ``start``/``end`` are character offsets into the document's text (Python ``str`` indices),
    so ``text == document_text[start:end]`` always holds.
    """

    field: str
    text: str
    start: int
    end: int


@dataclass
class CaseRecord:
    """One returned person as reported by one document."""

    document_id: str
    source_url: str | None
    language: Language
    name: str
    name_simplified: str
    name_pinyin: str | None
    name_is_full: bool
    gender: Gender | None = None
    birth_year: int | None = None
    former_position: str | None = None
    alleged_crimes: list[Crime] = field(default_factory=list)
    fled_to: list[str] = field(default_factory=list)
    fled_date: str | None = None
    fled_date_text: str | None = None
    years_at_large: float | None = None
    return_date: str | None = None
    return_date_text: str | None = None
    method: Method = "unknown"
    method_text: str | None = None
    coercion: list[Coercion] = field(default_factory=list)
    red_notice: bool = False
    red_notice_number: int | None = None
    operation: Operation | None = None
    handling_authorities: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    published: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, keys in declaration order."""
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseRecord:
        """Build a record from a dict (as read back from JSON); unknown keys are refused."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown case-record keys: {sorted(unknown)}")
        values = dict(data)
        values["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        return cls(**values)

    def evidence_for(self, field_name: str) -> list[Evidence]:
        return [e for e in self.evidence if e.field == field_name]


@cache
def load_schema() -> dict[str, Any]:
    """The shipped JSON Schema (draft 2020-12) of one case record."""
    text = resources.files("extract").joinpath("case_record.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_record(record: CaseRecord | dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when a record breaks the contract."""
    import jsonschema  # heavy for the bottom layer: only a caller checking one record needs it

    data = record.to_dict() if isinstance(record, CaseRecord) else record
    jsonschema.Draft202012Validator(load_schema()).validate(data)
