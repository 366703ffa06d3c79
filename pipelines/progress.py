"""The crawl's live per-site progress table on a terminal, drawn by ``rich``."""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.live import Live
from rich.table import Table

from pipelines.crawl_result import STAT_KEYS

COLUMNS = {"pages": "pages", "kept": "kept", "cases": "cases", "blocked": "blocked"}
COLUMNS["selector_miss"] = "miss"


class Progress:
    """Per-site counters of the running crawlers, redrawn in place (``rich.live.Live``)."""

    def __init__(self, crawlers: dict[str, Any], stream: IO[str]):
        self.crawlers = crawlers
        self.live = Live(console=Console(file=stream), auto_refresh=False, transient=False)

    def snapshot(self) -> dict[str, dict[str, int]]:
        return {
            site: {k: int(c.stats.get_value(key, 0) or 0) for k, key in STAT_KEYS.items()}
            for site, c in self.crawlers.items()
            if c.stats is not None
        }

    def table(self) -> Table:
        table = Table("site", *COLUMNS.values(), box=None, pad_edge=False)
        for site, row in self.snapshot().items():
            table.add_row(site, *(str(row[key]) for key in COLUMNS))
        return table

    def start(self) -> None:
        self.live.start()

    def draw(self) -> None:
        self.live.update(self.table(), refresh=True)

    def stop(self) -> None:
        self.draw()
        self.live.stop()
