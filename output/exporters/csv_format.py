"""CSV export: one row per case, lists joined with '; ', formula-like cells neutralised.

A cell beginning with = + - @ (or a tab or carriage return) is run as a formula by spreadsheet
programs; scraped text is untrusted, so such cells get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any, BinaryIO

from output.merge import CASE_FIELDS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS: tuple[str, ...] = (
    "id",
    "status",
    "duplicate_of",
    "flagged",
    "aliases",
    *CASE_FIELDS,
    "conflicting_fields",
    "source_urls",
    "publishers",
    "published",
)


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def row(case: dict[str, Any]) -> list[str]:
    values = dict(case)
    values["conflicting_fields"] = sorted(case["conflicts"])
    values["source_urls"] = [s["url"] for s in case["sources"]]
    values["publishers"] = [s["publisher"] or "" for s in case["sources"]]
    values["published"] = [s["published"] or "" for s in case["sources"]]
    return [neutralise(_cell(values.get(column))) for column in COLUMNS]


def write(
    handle: BinaryIO, cases: Iterable[dict[str, Any]], exported_at: str, *, bom: bool = False
) -> int:
    """Write the header and a row per case to ``handle``, a case at a time; the cases written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> None:
        handle.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()

    if bom:
        handle.write(b"\xef\xbb\xbf")
    writer.writerow(COLUMNS)
    flush()
    count = 0
    for case in cases:
        writer.writerow(row(case))
        count += 1
        if count % 100 == 0:
            flush()
    flush()
    return count
