"""The official yearly totals of returns (``official_totals.json``), validated on load.

The report sets the number of named cases per year of return beside these totals. Each figure
keeps the period it covers (several years were announced before December) and its source, so a
reader can see why a coverage ratio is approximate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema

from output.report.errors import ReportError

DATA_FILE = "official_totals.json"

_PERIOD = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?$"}
_COUNT = {"type": ["integer", "null"], "minimum": 0}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["about", "source_note", "years", "decade"],
    "properties": {
        "about": {"type": "string", "minLength": 1},
        "source_note": {"type": "string", "minLength": 1},
        "years": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["year", "returned", "returned_period", "source"],
                "properties": {
                    "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
                    "returned": {"type": "integer", "minimum": 1},
                    "returned_period": {**_PERIOD, "type": "string"},
                    "staff": _COUNT,
                    "staff_period": _PERIOD,
                    "red_notice_100": _COUNT,
                    "source": {"type": "string", "minLength": 1},
                },
            },
        },
        "decade": {"type": "object"},
    },
}


@dataclass(frozen=True)
class OfficialYear:
    year: int
    returned: int
    returned_period: str
    staff: int | None
    staff_period: str | None
    red_notice_100: int | None
    source: str

    @property
    def partial(self) -> bool:
        """Whether the figure covers less than the whole year (announced before December)."""
        return self.returned_period != str(self.year)


@dataclass(frozen=True)
class OfficialTotals:
    about: str
    source_note: str
    years: dict[int, OfficialYear]


def parse_totals(data: Any, where: str = DATA_FILE) -> OfficialTotals:
    """The totals in ``data`` (a decoded JSON document); ReportError naming ``where`` and the
    offending place when it does not match the schema or lists a year twice."""
    try:
        fastjsonschema.compile(SCHEMA)(data)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ReportError(f"{where}: {exc.message}") from None
    years: dict[int, OfficialYear] = {}
    for entry in data["years"]:
        if entry["year"] in years:
            raise ReportError(f"{where}: year {entry['year']} is listed twice")
        fields = {"staff": None, "staff_period": None, "red_notice_100": None} | entry
        years[entry["year"]] = OfficialYear(**fields)
    return OfficialTotals(data["about"], data["source_note"], dict(sorted(years.items())))


@cache
def official_totals() -> OfficialTotals:
    """The bundled totals (read and validated once)."""
    text = resources.files("output.report").joinpath(DATA_FILE).read_text("utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportError(f"{DATA_FILE}: line {exc.lineno}: {exc.msg}") from None
    return parse_totals(data)
