"""Exports of reviewed cases: JSON, JSON Lines, CSV, FollowTheMoney and WARC, one module per
format.

Every format is written as it is read: cases come from the store a batch at a time
(``output.store.bulk``) and go to the output one at a time, so an export of 100,000 cases
holds a batch in memory, never the export. The WARC export writes the captured copies of the
exported cases' sources instead of the cases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from output.exporters import csv_format, ftm_format, json_format, jsonl_format, warc_format
from output.exporters.atomic import ExportError
from output.exporters.cases import EXPORT_STATUSES, iter_export_cases, wanted_status
from output.files import OutputError, check_output, open_output
from output.store import Store, bulk, open_store
from output.store.clock import utc_now

FORMATS = ("json", "jsonl", "csv", "ftm", "warc")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    cases: int
    bytes: int
    records: int | None = None  # warc: the records written (one per captured source)
    missing: int = 0  # warc: sources of the cases without a captured copy


class CountingWriter:
    """A binary handle that counts the bytes written through it."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.written = 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        return self.handle.write(data)

    def flush(self) -> None:
        """Nothing: writers (warcio) flush after every record, a system call each; the output
        is flushed once when it is closed (``output.files.open_output``)."""


CaseWriter = Callable[[BinaryIO, Iterable[dict[str, Any]], str], int]


def _case_writer(fmt: str, bom: bool) -> CaseWriter:
    if fmt == "json":
        return json_format.write
    if fmt == "jsonl":
        return jsonl_format.write
    if fmt == "csv":
        return lambda handle, cases, at: csv_format.write(handle, cases, at, bom=bom)
    return ftm_format.write


def _check(fmt: str, status: str, path: Path) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if status not in EXPORT_STATUSES:
        raise ExportError(f"unknown status {status!r} (choose from {', '.join(EXPORT_STATUSES)})")
    try:
        check_output(path)
    except OutputError as exc:
        raise ExportError(str(exc)) from None


def _write(store: Store, fmt: str, path: Path, status: str, bom: bool) -> ExportResult:
    with store.connect() as conn, open_output(path) as raw_handle:
        handle: Any = CountingWriter(raw_handle)
        if fmt == "warc":
            warc = warc_format.write(handle, bulk.iter_captures(conn, wanted_status(status)))
            cases = bulk.count_cases(conn, wanted_status(status))
            return ExportResult(path, cases, handle.written, warc.records, warc.missing)
        count = _case_writer(fmt, bom)(handle, iter_export_cases(conn, status), utc_now())
        return ExportResult(path, count, handle.written)


def export(
    db: str | Path | None,
    fmt: str,
    output: str | Path,
    *,
    status: str = "accepted",
    bom: bool = False,
) -> ExportResult:
    """Export the cases with ``status`` from the store at ``db`` to ``output`` in ``fmt``;
    ``output`` is written atomically (a failed export leaves the previous file)."""
    path = Path(output)
    _check(fmt, status, path)
    with open_store(db, read_only=True) as store:
        try:
            return _write(store, fmt, path, status, bom)
        except OutputError as exc:
            if isinstance(exc, ExportError):
                raise
            raise ExportError(str(exc)) from None


__all__ = ["FORMATS", "ExportError", "ExportResult", "export"]
