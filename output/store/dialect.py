"""Finding the backend of a store or a connection, and the transactions every writer uses.

Backends register here by dialect name; the code that differs lives in their own modules
(``sqlite_backend``, ``postgres_backend``), never here.
"""

from __future__ import annotations

import importlib
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert

from output.store.backend import Backend

T = TypeVar("T")
BACKENDS = {
    "sqlite": "output.store.sqlite_backend:SQLiteBackend",
    "postgresql": "output.store.postgres_backend:PostgresBackend",
}
WRITE_ATTEMPTS = 5


@cache
def backend_named(dialect: str) -> Backend:
    module, _, name = BACKENDS[dialect].partition(":")
    backend: Backend = getattr(importlib.import_module(module), name)()
    return backend


def backend_of(conn: Connection | Engine) -> Backend:
    return backend_named(conn.dialect.name)


def insert_ignore(conn: Connection, table: Table) -> Insert:
    """``INSERT ... ON CONFLICT DO NOTHING`` in the connection's dialect (the idempotent write)."""
    statement: Insert = backend_of(conn).insert(table).on_conflict_do_nothing()
    return statement


def dialect_insert(conn: Connection, table: Table) -> Any:
    """The dialect's INSERT with ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    return backend_of(conn).insert(table)


def insert_rows(conn: Connection, statement: Insert, rows: Sequence[dict[str, Any]]) -> None:
    """Many rows through one INSERT, the fastest way the connection's backend has."""
    backend_of(conn).insert_rows(conn, statement, rows)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction, begun the way the backend needs (SQLite: lock taken up front)."""
    with engine.connect() as conn:
        backend_of(engine).begin_write(conn)
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def run_write(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in a write transaction, again from the start when a concurrent writer made
    the database abort it (deadlock, serialisation failure); other errors propagate."""
    backend = backend_of(engine)
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with write_transaction(engine) as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt == WRITE_ATTEMPTS or not backend.is_transient(exc):
                raise
            time.sleep(random.uniform(0.01, 0.05) * attempt)
    raise AssertionError("unreachable")
