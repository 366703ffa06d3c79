"""The report as one self-contained HTML page (Jinja2 template ``templates/report.html``).

Styles are inline, charts are inline SVG, nothing is fetched when the page is opened; every
count sits in an element with a ``data-n`` attribute naming it (``figures.numbers``), so a
test can read the numbers back and compare them with the JSON export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from output.report.charts import all_charts, country_items
from output.report.figures import Figures, numbers
from output.report.fonts import cjk_font
from output.report.labels import code_label, country_name, method_label
from output.report.official import official_totals
from output.report.spool import RowSpool


@dataclass(frozen=True)
class ReportMeta:
    """How the figures were made: what was counted, from where, when, by which version."""

    statuses: str
    store: str
    generated_at: str
    version: str
    schema_version: str
    year_from: int | None = None
    year_to: int | None = None
    country: str | None = None


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("output.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(country_name=country_name, method_label=method_label, code_label=code_label)
    return env


def coverage_rows(
    f: Figures, year_from: int | None = None, year_to: int | None = None
) -> list[dict[str, Any]]:
    """One row per year with named cases or an official total (within the years asked for):
    named, official, ratio."""
    official = official_totals().years
    low, high = year_from or 0, year_to or 9999
    rows = []
    for year in sorted(y for y in set(f.per_year) | set(official) if low <= y <= high):
        named = f.per_year.get(year, 0)
        total = official.get(year)
        ratio = f"{100 * named / total.returned:.1f} %" if total else "–"
        rows.append({"year": year, "named": named, "official": total, "ratio": ratio})
    return rows


def render_report(cases: list[dict[str, Any]], f: Figures, meta: ReportMeta) -> str:
    """The report page of ``cases`` (exported case dictionaries) and their figures ``f``."""
    with RowSpool() as spool:
        for case in cases:
            spool.add(case)
        return "".join(report_chunks(spool.tables(f), f, meta))


def report_chunks(tables: Iterable[dict[str, Any]], f: Figures, meta: ReportMeta) -> Iterator[str]:
    """The report page in pieces, as the template makes them (written as they come: the page
    of 100,000 cases is never one string); ``tables`` are ``RowSpool.tables``, read as the
    page reaches them."""
    template = _environment().get_template("report.html")
    return template.generate(
        f=f,
        meta=meta,
        numbers=numbers(f),
        countries=country_items(f),
        coverage=coverage_rows(f, meta.year_from, meta.year_to),
        official=official_totals(),
        charts=all_charts(f),
        tables=tables,
        font=cjk_font(),
    )
