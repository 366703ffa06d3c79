"""The report's figures, counted over exported cases (``output.exporters.cases.export_case``).

Every count is over the same dictionaries ``returnwatch export --format json`` writes, so a
figure in the report can be checked against the export: :func:`numbers` flattens them to the
``key -> count`` pairs the HTML carries in ``data-n`` attributes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
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


def selected(
    case: dict[str, Any],
    *,
    year_from: int | None = None,
    year_to: int | None = None,
    country: str | None = None,
) -> bool:
    """Whether ``case`` returned in ``year_from``..``year_to`` (a bound excludes cases whose
    year of return is unknown) from ``country`` (one of its countries of flight)."""
    year = return_year(case)
    if (year_from is not None or year_to is not None) and year is None:
        return False
    if year_from is not None and year is not None and year < year_from:
        return False
    if year_to is not None and year is not None and year > year_to:
        return False
    return not country or country.upper() in case["fled_to"]


def iter_selected(
    cases: Iterable[dict[str, Any]],
    *,
    year_from: int | None = None,
    year_to: int | None = None,
    country: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The cases ``selected`` keeps, slimmed, one at a time (a store's cases are never held)."""
    for case in cases:
        if selected(case, year_from=year_from, year_to=year_to, country=country):
            yield slim(case)


def select_cases(
    cases: Iterable[dict[str, Any]],
    *,
    year_from: int | None = None,
    year_to: int | None = None,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """``iter_selected`` as a list (for small sets of cases and tests)."""
    return list(iter_selected(cases, year_from=year_from, year_to=year_to, country=country))


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


@dataclass
class Tally:
    """The figures' counts, added up one case at a time (``add``): memory bounded by the
    number of distinct values (countries, years, codes), never by the number of cases."""

    total: int = 0
    status: Counter[str] = field(default_factory=Counter)
    sources: Counter[int] = field(default_factory=Counter)
    years: Counter[int] = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    countries: Counter[str] = field(default_factory=Counter)
    channels: Counter[str] = field(default_factory=Counter)
    per_year: dict[int, Counter[str]] = field(default_factory=dict)
    tactics: Counter[str] = field(default_factory=Counter)
    crimes: Counter[str] = field(default_factory=Counter)
    at_large: Counter[str] = field(default_factory=Counter)
    empty: Counter[str] = field(default_factory=Counter)  # cases naming no value of a list
    red_notice: int = 0

    def add(self, case: dict[str, Any]) -> None:
        """Count one exported (or slimmed) case."""
        self.total += 1
        self.status[case["status"]] += 1
        self.sources[len(case["sources"])] += 1
        method = case.get("method") or UNKNOWN
        self.channels[method] += 1
        year = return_year(case)
        if year is not None:
            self.years[year] += 1
            self.per_year.setdefault(year, Counter())[method] += 1
        date = case.get("return_date")
        if date:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)
        for name, counter in (
            ("fled_to", self.countries),
            ("coercion", self.tactics),
            ("alleged_crimes", self.crimes),
        ):
            values = case.get(name) or []
            counter.update(set(values))
            self.empty[name] += not values
        self.at_large[at_large_bin(case.get("years_at_large"))] += 1
        self.red_notice += bool(case.get("red_notice"))

    def figures(self) -> Figures:
        """The figures of the cases added so far."""
        f = Figures(total=self.total, first_return=self.first, last_return=self.last)
        f.by_status = dict(sorted(self.status.items()))
        f.by_sources = dict(sorted(self.sources.items()))
        f.per_year = dict(sorted(self.years.items()))
        f.year_unknown = f.total - sum(self.years.values())
        f.countries = dict(sorted(self.countries.items(), key=lambda kv: (-kv[1], kv[0])))
        f.no_country = self.empty["fled_to"]
        f.channels = _ordered(self.channels, METHODS)
        f.channels_per_year = {
            y: _ordered(self.per_year[y], METHODS) for y in sorted(self.per_year)
        }
        f.tactics, f.no_tactic = _ordered(self.tactics, TACTICS), self.empty["coercion"]
        f.crimes, f.no_crime = _ordered(self.crimes, CRIMES), self.empty["alleged_crimes"]
        f.at_large = _ordered(self.at_large, [label for label, _, _ in AT_LARGE_BINS] + [UNKNOWN])
        f.red_notice = self.red_notice
        return f


def compute(cases: Iterable[dict[str, Any]]) -> Figures:
    """The figures of ``cases`` (exported case dictionaries)."""
    tally = Tally()
    for case in cases:
        tally.add(case)
    return tally.figures()


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
