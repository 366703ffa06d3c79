"""Where the store lives when no path is given: one place, decided by one documented rule."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "RETURNWATCH_DATA_DIR"
DEFAULT_FILENAME = "returnwatch.sqlite"


def default_db_path() -> Path:
    """``$RETURNWATCH_DATA_DIR/returnwatch.sqlite``, or ``./data/returnwatch.sqlite``."""
    base = os.environ.get(DATA_DIR_ENV) or "data"
    return Path(base) / DEFAULT_FILENAME


def resolve_db_path(db: str | Path | None) -> Path:
    return default_db_path() if db is None else Path(db)
