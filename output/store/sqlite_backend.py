"""SQLite: one file in WAL mode, the default store.

Writers take the database lock when their transaction starts (BEGIN IMMEDIATE) and wait up to
``busy_timeout`` for it, so concurrent writers (crawl, review page, re-extraction) queue instead
of failing; that lock also serialises merging, so no key locks are needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from output.store.backend import Backend
from output.store.errors import CorruptStoreError, StoreError

BUSY_TIMEOUT_MS = 30000
CACHE_KIB = 65536
_APPEND_ONLY = (
    "CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END",
)


class SQLiteBackend(Backend):
    dialect = "sqlite"

    def describe(self, target: str | Path) -> str:
        return str(target)

    def prepare(self, target: str | Path, *, read_only: bool) -> None:
        """Check the place, never the file's bytes: a file that is not SQLite is refused by
        SQLite itself on the first read (SQLITE_NOTADB, see ``open_error``), before anything is
        written. Reading the header here would open and close a descriptor on the database,
        and on POSIX closing any descriptor drops every lock this process holds on the file:
        another process could then take the store for its own, checkpoint and delete the WAL
        under this process's open connections, and corrupt it."""
        path = Path(target)
        if read_only:
            if not path.exists():
                raise StoreError(f"{path}: no store there")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)

    def engine(self, target: str | Path, *, read_only: bool) -> Engine:
        """WAL mode, foreign keys on, and a busy timeout so concurrent writers wait."""
        path = Path(target)
        url = (
            f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
            if read_only
            else f"sqlite:///{path}"
        )
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            # WAL is kept in the file: set it only when it is not (converting needs the file to
            # itself, which another process opening the new store at that moment may hold)
            if not read_only and cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL (a per-connection setting): a crash cannot corrupt the store; only the
            # last commits may be lost on power failure, and writing is several times faster.
            cursor.execute("PRAGMA synchronous=NORMAL")
            # 64 MiB of page cache (SQLite's default is 2 MiB): the merge index and the id
            # look-ups of a batch touch pages all over a store of 100,000 mentions.
            cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.close()

        return engine

    def begin_write(self, conn: Connection) -> None:
        """BEGIN IMMEDIATE: a deferred transaction that reads and then writes fails at once with
        'database is locked' when another writer committed in between; taking the lock up front
        makes it wait its turn for busy_timeout instead."""
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    def install_append_only(self, conn: Connection) -> None:
        for statement in _APPEND_ONLY:
            conn.execute(text(statement))

    def insert(self, table: Table) -> Any:
        return sqlite_insert(table)

    def is_transient(self, exc: DBAPIError) -> bool:
        """ "database is locked" that the busy timeout did not absorb: SQLite returns it at once,
        without waiting, where waiting could deadlock (two processes creating a new store, or
        turning a read into a write at the same moment)."""
        return "locked" in str(exc.orig) or "busy" in str(exc.orig)

    def open_error(self, where: str, exc: DBAPIError) -> StoreError:
        code = getattr(exc.orig, "sqlite_errorname", None)
        if code == "SQLITE_NOTADB":
            return CorruptStoreError(
                f"{where}: not a SQLite database (corrupt store?); left untouched"
            )
        detail = f"{exc.orig}, {code}" if code else str(exc.orig)
        return CorruptStoreError(f"{where}: cannot read the store ({detail}); left untouched")
