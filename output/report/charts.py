"""The report's charts (matplotlib, drawn with no display: the SVG canvas, no pyplot state).

Each function takes :class:`~output.report.figures.Figures` and returns one chart as strict
inline SVG (``output.report.svg``); the report and the review app's statistics page show the
same ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from output.report.figures import METHODS, OTHER, Figures
from output.report.fonts import cjk_font
from output.report.labels import code_label, country_name, method_label
from output.report.svg import figure_svg

COLOURS = {
    "persuaded": "#c0392b",
    "surrendered": "#e67e22",
    "extradited": "#2c7fb8",
    "deported": "#41ab5d",
    "captured": "#6a51a3",
    "prosecuted_abroad": "#17becf",
    "other": "#969696",
    "unknown": "#d9d9d9",
}
BAR = "#23344a"
WIDTH = 7.0  # inches; the page scales the SVG to its column


def _rc() -> Any:  # matplotlib types rc keys as a Literal of every setting name
    """Plot settings: text as outlines, stable ids, the CJK font as fallback for Chinese."""
    families = ["DejaVu Sans"] + ([cjk_font().family] if cjk_font().family else [])
    return {
        "svg.fonttype": "path",
        "svg.hashsalt": "returnwatch",
        "font.family": families,
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


def _empty(ax: Axes) -> None:
    ax.text(0.5, 0.5, "no cases", ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def bars(
    name: str, title: str, items: Sequence[tuple[str, int]], *, horizontal: bool = True
) -> str:
    """A bar chart of ``(label, count)`` pairs, each bar labelled with its count."""
    with rc_context(_rc()):
        height = max(1.6, 0.28 * len(items) + 0.9) if horizontal else 2.8
        figure = Figure(figsize=(WIDTH, height), layout="constrained")
        ax = figure.add_subplot()
        if not items:
            _empty(ax)
        elif horizontal:
            labels, values = zip(*reversed(items), strict=True)
            container = ax.barh(labels, values, color=BAR)
            ax.bar_label(container, padding=3)
            ax.set_xlabel("cases")
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        else:
            labels, values = zip(*items, strict=True)
            container = ax.bar(labels, values, color=BAR)
            ax.bar_label(container, padding=2)
            ax.set_ylabel("cases")
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(title, loc="left")
        return figure_svg(figure, name, title)


def stacked_channels(f: Figures, name: str = "channels-per-year") -> str:
    """Cases per year of return, each bar split by channel of return."""
    title = "Return channels per year of return"
    with rc_context(_rc()):
        figure = Figure(figsize=(WIDTH, 3.2), layout="constrained")
        ax = figure.add_subplot()
        years = list(f.channels_per_year)
        if not years:
            _empty(ax)
            return figure_svg(figure, name, title)
        bottoms = [0] * len(years)
        for method in METHODS:
            values = [f.channels_per_year[y].get(method, 0) for y in years]
            if any(values):
                ax.bar(
                    [str(y) for y in years],
                    values,
                    bottom=bottoms,
                    label=method_label(method),
                    color=COLOURS[method],
                )
                bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        ax.set_ylabel("cases")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        ax.set_title(title, loc="left")
        return figure_svg(figure, name, title)


def country_items(f: Figures) -> list[tuple[str, int]]:
    top, rest, n_rest = f.top_countries()
    items = [(f"{code} {country_name(code)}", n) for code, n in top.items()]
    if rest:
        items.append((f"{OTHER} ({n_rest} countries)", rest))
    if f.no_country:
        items.append(("not stated", f.no_country))
    return items


def all_charts(f: Figures) -> dict[str, str]:
    """Every chart, by name, in the order the pages show them."""
    none = [("none named", f.no_tactic)] if f.no_tactic else []
    no_crime = [("none named", f.no_crime)] if f.no_crime else []
    red = [("red notice", f.red_notice), ("no red notice", f.total - f.red_notice)]
    return {
        "countries": bars("countries", "Countries fled to (top 20)", country_items(f)),
        "channels": stacked_channels(f),
        "tactics": bars(
            "tactics",
            "Pressure tactics named",
            [(code_label(k), n) for k, n in f.tactics.items()] + none,
        ),
        "crimes": bars(
            "crimes",
            "Alleged crimes",
            [(code_label(k), n) for k, n in f.crimes.items()] + no_crime,
        ),
        "at_large": bars("at-large", "Years at large", list(f.at_large.items()), horizontal=False),
        "red_notice": bars("red-notice", "Interpol red notice", red if f.total else []),
        "sources": bars(
            "sources",
            "Sources per case",
            [(str(k), n) for k, n in f.by_sources.items()],
            horizontal=False,
        ),
    }
