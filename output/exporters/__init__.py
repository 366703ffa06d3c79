"""Exports of reviewed cases: JSON, JSON Lines, CSV, FollowTheMoney and an Atom feed, one module
per format."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extract.record import METHODS
from output.exporters import atom_format, csv_format, ftm_format, json_format, jsonl_format
from output.exporters.atomic import ExportError
from output.exporters.cases import EXPORT_STATUSES, export_cases
from output.files import OutputError, check_output, write_output
from output.store import open_store
from output.store.clock import utc_now
from output.store.queries import CaseFilter

FORMATS = ("json", "jsonl", "csv", "ftm", "atom")


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
    feed: FeedOptions | None = None,
) -> ExportResult:
    """Export the cases with ``status`` from the store at ``db`` to ``output`` in ``fmt``; an
    ``atom`` feed takes the filters, length and server address of ``feed``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if status not in EXPORT_STATUSES:
        raise ExportError(f"unknown status {status!r} (choose from {', '.join(EXPORT_STATUSES)})")
    path = Path(output)
    try:
        check_output(path)
    except OutputError as exc:
        raise ExportError(str(exc)) from None
    if fmt == "atom":
        return _export_feed(db, path, status, feed or FeedOptions())
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
