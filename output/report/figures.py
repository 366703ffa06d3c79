"""The report's figures, counted over exported cases (``output.exporters.cases.export_case``).

Every count is over the same dictionaries ``returnwatch export --format json`` writes, so a
figure in the report can be checked against the export: :func:`numbers` flattens them to the
``key -> count`` pairs the HTML carries in ``data-n`` attributes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.record import load_schema

TOP_COUNTRIES = 20
OTHER = "other"
UNKNOWN = "unknown"
# Years at large: (label, lower bound included, upper bound excluded)
AT_LARGE_BINS: tuple[tuple[str, float, float], ...] = (
    ("under 1", 0, 1),
    ("1 to 2", 1, 2),
    ("2 to 5", 2, 5),
    ("5 to 10", 5, 10),
    ("10 to 20", 10, 20),
    ("20 or more", 20, float("inf")),
)


def _enum(name: str) -> list[str]:
    """The codes the record contract allows for ``name`` (its order is the report's order)."""
    spec = load_schema()["properties"][name]
    values = spec["items"]["enum"] if "items" in spec else spec["enum"]
    return [v for v in values if v is not None]


METHODS = _enum("method")
TACTICS = _enum("coercion")
CRIMES = _enum("alleged_crimes")


def return_year(case: dict[str, Any]) -> int | None:
    """The year of return (a partial date's first four digits), None when unknown."""
    value = case.get("return_date")
    return int(value[:4]) if value else None


# What the report reads of an exported case (the rest, evidence and reviews above all, is
# dropped as each case is read, so a large store's cases take little memory).
REPORT_FIELDS = (
    "id",
    "status",
    "name",
    "name_pinyin",
    "return_date",
    "fled_to",
    "method",
    "coercion",
    "alleged_crimes",
    "years_at_large",
    "red_notice",
)


def slim(case: dict[str, Any]) -> dict[str, Any]:
    """The parts of an exported case the report shows or counts."""
    out = {name: case.get(name) for name in REPORT_FIELDS}
    out["sources"] = [
        {"url": s["url"], "publisher": s.get("publisher"), "published": s.get("published")}
        for s in case["sources"]
    ]
    return out


def select_cases(
    cases: Iterable[dict[str, Any]],
    *,
    year_from: int | None = None,
    year_to: int | None = None,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """The cases returned in ``year_from``..``year_to`` (a bound excludes cases whose year of
    return is unknown) from ``country`` (one of their countries of flight), slimmed."""
    wanted = country.upper() if country else None
    chosen = []
    for case in cases:
        year = return_year(case)
        if (year_from is not None or year_to is not None) and year is None:
            continue
        if year_from is not None and year is not None and year < year_from:
            continue
        if year_to is not None and year is not None and year > year_to:
            continue
        if wanted and wanted not in case["fled_to"]:
            continue
        chosen.append(slim(case))
    return chosen


def at_large_bin(years: float | None) -> str:
    if years is None:
        return UNKNOWN
    return next(label for label, low, high in AT_LARGE_BINS if low <= years < high)


def _ordered(counter: Counter[str], order: list[str]) -> dict[str, int]:
    """Counts in the contract's order, zero counts left out."""
    return {k: counter[k] for k in order if counter[k]}


@dataclass
class Figures:
    """Every count the report and the statistics page show."""

    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_sources: dict[int, int] = field(default_factory=dict)
    per_year: dict[int, int] = field(default_factory=dict)
    year_unknown: int = 0
    first_return: str | None = None
    last_return: str | None = None
    countries: dict[str, int] = field(default_factory=dict)  # every country, most cases first
    no_country: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    channels_per_year: dict[int, dict[str, int]] = field(default_factory=dict)
    tactics: dict[str, int] = field(default_factory=dict)
    no_tactic: int = 0
    crimes: dict[str, int] = field(default_factory=dict)
    no_crime: int = 0
    at_large: dict[str, int] = field(default_factory=dict)
    red_notice: int = 0

    def top_countries(self, top: int = TOP_COUNTRIES) -> tuple[dict[str, int], int, int]:
        """The ``top`` countries, the cases of the others added up (a case fled to two of them
        counts in each), and how many countries those are."""
        items = list(self.countries.items())
        rest = items[top:]
        return dict(items[:top]), sum(n for _, n in rest), len(rest)


def _count_lists(cases: list[dict[str, Any]], name: str) -> tuple[Counter[str], int]:
    """How many cases name each value of the list field ``name``, and how many name none."""
    counter: Counter[str] = Counter()
    empty = 0
    for case in cases:
        values = case.get(name) or []
        counter.update(set(values))
        empty += not values
    return counter, empty


def compute(cases: list[dict[str, Any]]) -> Figures:
    """The figures of ``cases`` (exported case dictionaries)."""
    f = Figures(total=len(cases))
    f.by_status = dict(sorted(Counter(c["status"] for c in cases).items()))
    f.by_sources = dict(sorted(Counter(len(c["sources"]) for c in cases).items()))
    years = Counter(y for c in cases if (y := return_year(c)) is not None)
    f.per_year = dict(sorted(years.items()))
    f.year_unknown = f.total - sum(years.values())
    dates = sorted(c["return_date"] for c in cases if c.get("return_date"))
    f.first_return, f.last_return = (dates[0], dates[-1]) if dates else (None, None)
    countries, f.no_country = _count_lists(cases, "fled_to")
    f.countries = dict(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])))
    f.channels = _ordered(Counter(c.get("method") or UNKNOWN for c in cases), METHODS)
    per_year: dict[int, Counter[str]] = {}
    for case in cases:
        year = return_year(case)
        if year is not None:
            per_year.setdefault(year, Counter())[case.get("method") or UNKNOWN] += 1
    f.channels_per_year = {y: _ordered(per_year[y], METHODS) for y in sorted(per_year)}
    tactics, f.no_tactic = _count_lists(cases, "coercion")
    f.tactics = _ordered(tactics, TACTICS)
    crimes, f.no_crime = _count_lists(cases, "alleged_crimes")
    f.crimes = _ordered(crimes, CRIMES)
    bins = Counter(at_large_bin(c.get("years_at_large")) for c in cases)
    f.at_large = _ordered(bins, [label for label, _, _ in AT_LARGE_BINS] + [UNKNOWN])
    f.red_notice = sum(1 for c in cases if c.get("red_notice"))
    return f


def numbers(f: Figures) -> dict[str, int]:
    """Every count of ``f`` under the key the HTML gives it (``data-n``)."""
    top, rest, _ = f.top_countries()
    out = {"total": f.total, "red_notice": f.red_notice}
    if f.year_unknown:
        out["year.unknown"] = f.year_unknown
    out |= {f"status.{k}": v for k, v in f.by_status.items()}
    out |= {f"sources.{k}": v for k, v in f.by_sources.items()}
    out |= {f"year.{k}": v for k, v in f.per_year.items()}
    out |= {f"country.{k}": v for k, v in top.items()}
    if rest:
        out[f"country.{OTHER}"] = rest
    if f.no_country:
        out[f"country.{UNKNOWN}"] = f.no_country
    out |= {f"channel.{k}": v for k, v in f.channels.items()}
    for year, counts in f.channels_per_year.items():
        out |= {f"channel.{year}.{k}": v for k, v in counts.items()}
    out |= {f"tactic.{k}": v for k, v in f.tactics.items()}
    out |= {f"crime.{k}": v for k, v in f.crimes.items()}
    if f.no_tactic:
        out[f"tactic.{UNKNOWN}"] = f.no_tactic
    if f.no_crime:
        out[f"crime.{UNKNOWN}"] = f.no_crime
    out |= {f"at_large.{k}": v for k, v in f.at_large.items()}
    out |= {f"table.{k}": v for k, v in f.countries.items()}  # rows of each country's table
    if f.no_country:
        out[f"table.{UNKNOWN}"] = f.no_country
    return out
