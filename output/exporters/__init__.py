"""Exports of reviewed cases: JSON, JSON Lines, CSV, FollowTheMoney, an Atom feed and WARC, one
module per format.

Every format is written as it is read: cases come from the store a batch at a time
(``output.store.bulk``) and go to the output one at a time, so an export of 100,000 cases
holds a batch in memory, never the export. The WARC export writes the captured copies of the
exported cases' sources instead of the cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from extract.record import METHODS
from output.exporters import (
    atom_format,
    csv_format,
    ftm_format,
    json_format,
    jsonl_format,
    warc_format,
)
from output.exporters.atomic import ExportError
from output.exporters.cases import EXPORT_STATUSES, iter_export_cases, wanted_status
from output.files import OutputError, check_output, open_output, write_output
from output.store import Store, bulk, open_store
from output.store.clock import utc_now
from output.store.queries import CaseFilter

FORMATS = ("json", "jsonl", "csv", "ftm", "atom", "warc")


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
    feed: FeedOptions | None = None,
) -> ExportResult:
    """Export the cases with ``status`` from the store at ``db`` to ``output`` in ``fmt``;
    ``output`` is written atomically (a failed export leaves the previous file). An ``atom``
    feed takes the filters, length and server address of ``feed``."""
    path = Path(output)
    _check(fmt, status, path)
    if fmt == "atom":
        return _export_feed(db, path, status, feed or FeedOptions())
    with open_store(db, read_only=True) as store:
        try:
            return _write(store, fmt, path, status, bom)
        except OutputError as exc:
            if isinstance(exc, ExportError):
                raise
            raise ExportError(str(exc)) from None


@dataclass(frozen=True)
class FeedOptions:
    """What an Atom export holds: the cases of a country of flight and a return channel (None:
    any), at most ``limit`` of them, linked to the review server at ``base_url``."""

    country: str | None = None
    method: str | None = None
    limit: int = atom_format.FEED_LIMIT
    base_url: str = atom_format.DEFAULT_BASE_URL

    def check(self) -> None:
        if self.country is not None and not re.fullmatch(r"[A-Za-z]{2}", self.country):
            raise ExportError(f"country must be a two-letter code (CA, US), not {self.country!r}")
        if self.method is not None and self.method not in METHODS:
            raise ExportError(f"unknown method {self.method!r} (choose from {', '.join(METHODS)})")
        if not 1 <= self.limit <= atom_format.MAX_FEED_LIMIT:
            raise ExportError(f"the feed limit must be from 1 to {atom_format.MAX_FEED_LIMIT}")
        if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", self.base_url):
            raise ExportError(f"base URL must be an http(s) URL, not {self.base_url!r}")


def _export_feed(db: str | Path | None, path: Path, status: str, feed: FeedOptions) -> ExportResult:
    """The Atom feed of the most recently changed cases that match ``status`` and ``feed``."""
    feed.check()
    filters = CaseFilter(
        status=None if status == "all" else status,
        country=feed.country.upper() if feed.country else None,
        method=feed.method,
    )
    with open_store(db, read_only=True) as store:
        cases = store.recent_cases(filters, limit=feed.limit)
    data = atom_format.render(
        cases,
        base_url=feed.base_url,
        params={"status": filters.status, "country": filters.country, "method": filters.method},
        generated_at=utc_now(),
    )
    try:
        write_output(path, data)
    except OutputError as exc:
        raise ExportError(str(exc)) from None
    return ExportResult(path=path, cases=len(cases), bytes=len(data))


__all__ = ["FORMATS", "ExportError", "ExportResult", "FeedOptions", "export"]
