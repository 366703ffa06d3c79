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
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    Text,
    bindparam,
    cast,
    create_engine,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSON
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.sql.dml import Insert

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


# Planner statistics (``keep_statistics``): the tables batches look up by key, refreshed when
# more than ANALYZE_MIN_CHANGES rows and half the table changed since the last ANALYZE.
ANALYZED_TABLES = ("documents", "mentions", "mention_keys", "cases", "seen_urls")
ANALYZE_MIN_CHANGES = 1000
ANALYZE_GROWTH = 0.5
ANALYZE_LOCK = "returnwatch:analyze"
_STALE = text(
    "SELECT s.relname FROM pg_stat_user_tables s "
    "WHERE s.relid = ANY(ARRAY(SELECT to_regclass(t)::oid FROM unnest(CAST(:tables AS text[])) t)) "
    "AND s.n_mod_since_analyze > :floor + :growth * s.n_live_tup ORDER BY s.relname"
)
_STALE_PARAMS = {
    "tables": list(ANALYZED_TABLES),
    "floor": ANALYZE_MIN_CHANGES,
    "growth": ANALYZE_GROWTH,
}
_TRY_LOCK = text("SELECT pg_try_advisory_xact_lock(:k)")


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
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_S,
                "application_name": "returnwatch",
                # No server-side prepared statements: PostgreSQL would soon settle on one generic
                # plan per statement, made while the tables were small (a sequential scan), and
                # keep it as they grow, unless an ANALYZE happens to invalidate it. Planning each
                # look-up anew costs far less than scanning the documents once per batch.
                "prepare_threshold": None,
            },
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

    def insert_rows(
        self, conn: Connection, statement: Insert, rows: Sequence[dict[str, Any]]
    ) -> None:
        """``INSERT ... SELECT ... FROM json_populate_recordset(NULL::table, :rows)``: one
        statement and one parameter whatever the number of rows, typed by the table's own row
        type. psycopg's executemany runs one statement per row (a batch of 100 articles was
        some 800 statements); a multi-row VALUES list is a new statement for SQLAlchemy to
        compile at every size, and per-column arrays cost more to encode than the JSON. This
        statement is compiled once per table and column list."""
        if not rows:
            return
        table = statement.table
        names = list(rows[0])
        quoted = conn.dialect.identifier_preparer.format_table(table)
        source = func.json_populate_recordset(
            literal_column(f"NULL::{quoted}"), cast(bindparam("rows", type_=Text), JSON)
        ).table_valued(*names)
        conn.execute(
            statement.from_select(names, select(*[source.c[name] for name in names])),
            {
                "rows": json.dumps(
                    [{name: row[name] for name in names} for row in rows], default=_bytea
                )
            },
        )

    def keep_statistics(self, engine: Engine) -> None:
        """ANALYZE the store's tables that changed by more than half their size since their
        last ANALYZE. Autovacuum does this where it is on, but lags behind a bulk load and may
        be off; without statistics the planner guesses that a look-up of a few hundred keys
        matches most of a table and scans all of it, once per batch (quadratic time). One
        worker at a time (the others skip); a table the user does not own is skipped."""
        with engine.connect() as conn:
            stale = conn.execute(_STALE, _STALE_PARAMS).scalars().all()
            if stale and conn.execute(_TRY_LOCK, {"k": lock_id(ANALYZE_LOCK)}).scalar():
                preparer = conn.dialect.identifier_preparer
                for name in stale:
                    conn.exec_driver_sql(f"ANALYZE {preparer.quote(name)}")
            conn.commit()

    def is_transient(self, exc: DBAPIError) -> bool:
        return getattr(exc.orig, "sqlstate", None) in TRANSIENT

    def open_error(self, where: str, exc: DBAPIError) -> StoreError:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if isinstance(exc, OperationalError):
            return StoreError(f"{where}: cannot connect to PostgreSQL ({reason})")
        return StoreError(f"{where}: cannot read the store ({reason})")


def _bytea(value: object) -> str:
    """Bytes in JSON as PostgreSQL's bytea text form (``\\x`` and hex), which
    ``json_populate_recordset`` reads into a bytea column."""
    if isinstance(value, bytes):
        return "\\x" + value.hex()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
