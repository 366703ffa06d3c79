"""PostgreSQL (psycopg 3): one database shared by several crawl workers at once.

``--db postgresql://USER@HOST:PORT/DATABASE`` (a ``?options=-csearch_path%3DSCHEMA`` query
puts the store in its own schema). Transactions run at READ COMMITTED; writers that could touch
the same document or merge the same person take transaction-scoped advisory locks on those keys
first, in one sorted order (no deadlock between them), so two workers storing the same article,
or two articles about the same person, queue instead of creating the row or the case twice.
The append-only audit trail is enforced by a trigger that raises on UPDATE, DELETE and TRUNCATE.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from output.store.backend import Backend
from output.store.errors import StoreError

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# SQLSTATEs of a transaction aborted by a concurrent one: deadlock_detected, serialization_failure.
TRANSIENT = frozenset({"40P01", "40001"})
_APPEND_ONLY = (
    "CREATE OR REPLACE FUNCTION reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'reviews are append-only'; END $$",
    "CREATE TRIGGER reviews_no_update_delete BEFORE UPDATE OR DELETE ON reviews "
    "FOR EACH ROW EXECUTE FUNCTION reviews_append_only()",
    "CREATE TRIGGER reviews_no_truncate BEFORE TRUNCATE ON reviews "
    "FOR EACH STATEMENT EXECUTE FUNCTION reviews_append_only()",
)


def sqlalchemy_url(target: str | Path) -> URL:
    """The user's URL (postgresql://, postgres://) with SQLAlchemy's psycopg 3 driver name."""
    return make_url(str(target).strip()).set(drivername=DRIVER)


def lock_id(key: str) -> int:
    """A signed 64-bit advisory-lock number for a key (collisions only make writers wait)."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big", signed=True)


class PostgresBackend(Backend):
    dialect = "postgresql"

    def describe(self, target: str | Path) -> str:
        return make_url(str(target).strip()).render_as_string(hide_password=True)

    def prepare(self, target: str | Path, *, read_only: bool) -> None:
        url = sqlalchemy_url(target)
        if not url.database:
            raise StoreError(f"{self.describe(target)}: the URL names no database")

    def engine(self, target: str | Path, *, read_only: bool) -> Engine:
        url = sqlalchemy_url(target)
        if read_only:
            # Exports and status read a consistent store and can never write by mistake.
            options = url.query.get("options", "")
            if isinstance(options, tuple):
                options = " ".join(options)
            url = url.update_query_dict(
                {"options": f"{options} -c default_transaction_read_only=on".strip()}
            )
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "returnwatch"},
        )

    def begin_write(self, conn: Connection) -> None:
        """Nothing to do: the first statement begins the transaction (READ COMMITTED)."""

    def lock_keys(self, conn: Connection, keys: Iterable[str]) -> None:
        ids = sorted({lock_id(k) for k in keys})
        if ids:
            conn.execute(
                text(
                    "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:ids AS bigint[])) k"
                ),
                {"ids": ids},
            )

    def install_append_only(self, conn: Connection) -> None:
        for statement in _APPEND_ONLY:
            conn.exec_driver_sql(statement)

    def insert(self, table: Table) -> Any:
        return pg_insert(table)

    def is_transient(self, exc: DBAPIError) -> bool:
        return getattr(exc.orig, "sqlstate", None) in TRANSIENT

    def open_error(self, where: str, exc: DBAPIError) -> StoreError:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if isinstance(exc, OperationalError):
            return StoreError(f"{where}: cannot connect to PostgreSQL ({reason})")
        return StoreError(f"{where}: cannot read the store ({reason})")
