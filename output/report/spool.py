"""The report's tables of cases per country, spooled to a temporary SQLite file.

Each case's row is rendered to HTML as the case is read and written, under each of its countries
of flight, to a private temporary database (``sqlite3.connect("")``: on disk, deleted when
closed, a small page cache); the tables are then read back in the report's country order, each
sorted by SQLite (return date, name, id), so a store of 100,000 cases is never held in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from markupsafe import Markup, escape

from output.report.figures import UNKNOWN, Figures
from output.report.labels import code_label, country_name, method_label

BATCH = 1000


def _sources(case: dict[str, Any]) -> str:
    links = []
    for s in case["sources"]:
        text = escape(s.get("publisher") or "source")
        if s.get("published"):
            text += " " + escape(s["published"])
        links.append(f'<a href="{escape(s["url"])}" rel="noreferrer">{text}</a>')
    return "".join(links)


def case_row(case: dict[str, Any]) -> Markup:
    """A case's row in its country's table: name, pinyin, return date, channel, tactics,
    sources as links."""
    method = case.get("method")
    tactics = ", ".join(code_label(c) for c in case.get("coercion") or [])
    cells = (
        f'<td lang="zh">{escape(case.get("name") or "")}</td>',
        f'<td class="pinyin">{escape(case.get("name_pinyin") or "")}</td>',
        f"<td>{escape(case.get('return_date') or '')}</td>",
        f"<td>{escape(method_label(method)) if method else ''}</td>",
        f"<td>{escape(tactics)}</td>",
        f'<td class="sources">{_sources(case)}</td>',
    )
    return Markup("    <tr>\n      " + "\n      ".join(cells) + "\n    </tr>")


class RowSpool:
    """Rows of cases by country, added one case at a time, read back a table at a time."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        self._db.execute("CREATE TABLE row (code TEXT, date TEXT, name TEXT, id TEXT, html TEXT)")
        self._pending: list[tuple[str, str, str, str, str]] = []

    def add(self, case: dict[str, Any]) -> None:
        """Spool ``case``'s row under each of its countries (``unknown`` when none)."""
        html = str(case_row(case))
        date, name = case.get("return_date") or "9999", case.get("name") or ""
        for code in case["fled_to"] or [UNKNOWN]:
            self._pending.append((code, date, name, case["id"], html))
        if len(self._pending) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO row VALUES (?, ?, ?, ?, ?)", self._pending)
        self._pending = []

    def _rows(self, code: str) -> Iterator[Markup]:
        query = "SELECT html FROM row WHERE code = ? ORDER BY date, name, id"
        for (html,) in self._db.execute(query, (code,)):
            yield Markup(html)

    def tables(self, f: Figures) -> Iterator[dict[str, Any]]:
        """One table per country of flight (most cases first; a case fled to two countries is
        in both), then the cases with no country, each sorted by return date then name."""
        self._flush()
        self._db.execute("CREATE INDEX row_order ON row (code, date, name, id)")
        codes = list(f.countries) + ([UNKNOWN] if f.no_country else [])
        for code in codes:
            name = "country not stated" if code == UNKNOWN else country_name(code)
            count = f.no_country if code == UNKNOWN else f.countries[code]
            yield {"code": code, "name": name, "count": count, "rows": self._rows(code)}

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RowSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
