"""The one place that knows dialects apart: engines, connection pragmas and insert-if-absent."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.sql.dml import Insert


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """SQLite in WAL mode, foreign keys on, and a busy timeout so concurrent writers wait."""
    url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a crash cannot corrupt the store; only the last commits may be lost
            # on power failure, and writing is several times faster than FULL.
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def insert_ignore(conn: Connection, table: Table) -> Insert:
    """``INSERT ... ON CONFLICT DO NOTHING`` in the connection's dialect (the idempotent write)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that takes SQLite's write lock first (BEGIN IMMEDIATE).

    A default (deferred) transaction that reads and then writes fails at once with 'database is
    locked' when another writer committed in between; taking the lock up front makes concurrent
    writers (the crawl, the review page, re-extraction) wait their turn for busy_timeout instead.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
