"""The coverage report: one self-contained HTML page of a store's cases, with charts.

``report(db, output, ...)`` counts over the cases ``returnwatch export --format json`` would
write (the same ``iter_export_cases``, read in batches): each case is counted (``Tally``) and
its table row spooled to a temporary file (``RowSpool``) as it is read, so memory does not grow
with the store; then the charts are drawn with matplotlib and the page written atomically; ``case_figures`` and ``charts`` serve the review app's statistics page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from extract.record import SCHEMA_VERSION
from output.exporters.cases import EXPORT_STATUSES, iter_export_cases
from output.files import OutputError, check_output, open_output
from output.report.charts import all_charts
from output.report.errors import ReportError
from output.report.figures import REPORT_FIELDS, Figures, Tally, compute, iter_selected
from output.report.html import ReportMeta, report_chunks
from output.report.spool import RowSpool
from output.store import Store, open_store
from output.store.clock import utc_now
from output.store.paths import is_postgres_url, resolve_db_path
from output.store.queries import CaseFilter

_COUNTRY = re.compile(r"[A-Za-z]{2}")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    cases: int
    bytes: int


def package_version() -> str:
    try:
        return version("returnwatch")
    except PackageNotFoundError:
        return "unknown (not installed)"


def describe_store(db: str | Path | None) -> str:
    """The store as the report names it: a file's absolute path, a URL without its password."""
    where = resolve_db_path(db)
    if is_postgres_url(where):
        return make_url(str(where)).render_as_string(hide_password=True)
    return str(Path(where).resolve())


def _check_options(
    status: str, year_from: int | None, year_to: int | None, country: str | None
) -> None:
    if status not in EXPORT_STATUSES:
        raise ReportError(f"--status {status!r}: choose from {', '.join(EXPORT_STATUSES)}")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise ReportError(f"--from {year_from} is after --to {year_to}")
    if country is not None and not _COUNTRY.fullmatch(country):
        raise ReportError(f"--country {country!r}: expected a two-letter code such as CA")


def report(
    db: str | Path | None,
    output: str | Path,
    *,
    status: str = "accepted",
    year_from: int | None = None,
    year_to: int | None = None,
    country: str | None = None,
) -> ReportResult:
    """Write the report of the cases with ``status`` in the store at ``db`` to ``output``,
    limited to returns in ``year_from``..``year_to`` and to flights to ``country``."""
    _check_options(status, year_from, year_to, country)
    path = Path(output)
    try:
        check_output(path)
    except OutputError as exc:
        raise ReportError(str(exc)) from None
    meta = ReportMeta(
        statuses=status,
        store=describe_store(db),
        generated_at=utc_now(),
        version=package_version(),
        schema_version=SCHEMA_VERSION,
        year_from=year_from,
        year_to=year_to,
        country=country.upper() if country else None,
    )
    with RowSpool() as spool:
        tally = Tally()
        with open_store(db, read_only=True) as store, store.connect() as conn:
            chosen = iter_selected(
                iter_export_cases(conn, status),
                year_from=year_from,
                year_to=year_to,
                country=country,
            )
            for case in chosen:
                tally.add(case)
                spool.add(case)
        figures = tally.figures()
        size = _write(path, report_chunks(spool.tables(figures), figures, meta))
    return ReportResult(path=path, cases=figures.total, bytes=size)


def _write(path: Path, chunks: Iterator[str]) -> int:
    """Write the page's ``chunks`` to ``path`` atomically; its size in bytes."""
    size = 0
    try:
        with open_output(path) as handle:
            for chunk in chunks:
                data = chunk.encode("utf-8")
                handle.write(data)
                size += len(data)
    except OutputError as exc:
        raise ReportError(str(exc)) from None
    return size


def _row_case(row: dict[str, Any]) -> dict[str, Any]:
    """A queue row (``Store.list_cases``: the case's columns and its number of active sources)
    as the exported case the figures count: the same merged values, one source per mention."""
    fields = json.loads(row["fields"])
    case = {name: fields.get(name, {}).get("value") for name in REPORT_FIELDS}
    case.update(id=row["id"], status=row["status"], sources=[{}] * int(row["n_mentions"]))
    return case


def case_figures(store: Store, filters: CaseFilter) -> Figures:
    """The figures of the cases the review queue shows under ``filters`` (every page), read
    in one query."""
    _, total = store.list_cases(filters, limit=1)
    rows, _ = store.list_cases(filters, limit=max(total, 1))
    return compute([_row_case(row) for row in rows])


__all__ = [
    "ReportError",
    "ReportResult",
    "all_charts",
    "case_figures",
    "report",
]
