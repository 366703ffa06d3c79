"""Where the store lives: a SQLite file (the default) or a PostgreSQL URL, told apart in one place.

``--db`` takes either a file path or ``postgresql://USER@HOST:PORT/DATABASE``; everything that
accepts ``--db`` passes the value through ``resolve_db_path`` so a URL is never mangled into a
path (``Path("postgresql://h/db")`` would collapse the double slash).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "RETURNWATCH_DATA_DIR"
DEFAULT_FILENAME = "returnwatch.sqlite"
# URL schemes of a PostgreSQL store; ``postgresql+psycopg`` is SQLAlchemy's own spelling.
POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def default_db_path() -> Path:
    """``$RETURNWATCH_DATA_DIR/returnwatch.sqlite``, or ``./data/returnwatch.sqlite``."""
    base = os.environ.get(DATA_DIR_ENV) or "data"
    return Path(base) / DEFAULT_FILENAME


def is_postgres_url(db: str | Path | None) -> bool:
    return isinstance(db, str) and db.strip().lower().startswith(POSTGRES_SCHEMES)


def resolve_db_path(db: str | Path | None) -> Path | str:
    """The store a ``--db`` value names: a database URL as given, else a file path (None means
    the default file)."""
    if db is None:
        return default_db_path()
    if is_postgres_url(db):
        return str(db).strip()
    return Path(db)
