"""Exports of reviewed cases: JSON, JSON Lines, CSV and FollowTheMoney, one module per format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from output.exporters import csv_format, ftm_format, json_format, jsonl_format
from output.exporters.atomic import ExportError
from output.exporters.cases import EXPORT_STATUSES, export_cases
from output.files import OutputError, check_output, write_output
from output.store import open_store
from output.store.clock import utc_now

FORMATS = ("json", "jsonl", "csv", "ftm")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    cases: int
    bytes: int


def export(
    db: str | Path | None,
    fmt: str,
    output: str | Path,
    *,
    status: str = "accepted",
    bom: bool = False,
) -> ExportResult:
    """Export the cases with ``status`` from the store at ``db`` to ``output`` in ``fmt``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if status not in EXPORT_STATUSES:
        raise ExportError(f"unknown status {status!r} (choose from {', '.join(EXPORT_STATUSES)})")
    path = Path(output)
    try:
        check_output(path)
    except OutputError as exc:
        raise ExportError(str(exc)) from None
    with open_store(db, read_only=True) as store:
        cases = export_cases(store, status)
    exported_at = utc_now()
    if fmt == "json":
        data = json_format.render(cases, exported_at)
    elif fmt == "jsonl":
        data = jsonl_format.render(cases, exported_at)
    elif fmt == "csv":
        data = csv_format.render(cases, exported_at, bom=bom)
    else:
        data = ftm_format.render(cases, exported_at)
    try:
        write_output(path, data)
    except OutputError as exc:
        raise ExportError(str(exc)) from None
    return ExportResult(path=path, cases=len(cases), bytes=len(data))


__all__ = ["FORMATS", "ExportError", "ExportResult", "export"]
