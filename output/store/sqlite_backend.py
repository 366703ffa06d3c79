"""SQLite: one file in WAL mode, the default store.

Writers take the database lock when their transaction starts (BEGIN IMMEDIATE) and wait up to
``busy_timeout`` for it, so concurrent writers (crawl, review page, re-extraction) queue instead
of failing; that lock also serialises merging, so no key locks are needed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from output.store.backend import Backend
from output.store.errors import CorruptStoreError, StoreError

BUSY_TIMEOUT_MS = 30000
CACHE_KIB = 65536
# Pages the WAL may hold before a commit copies them into the store (SQLite's default: 1,000,
# 4 MiB). Each such checkpoint syncs the disk twice; at the default a crawl checkpointed every
# few hundred articles, holding up the crawl process (its reactor waits) or an extraction
# worker each time. 40 MiB: a checkpoint every few thousand articles, and at the last close.
WAL_CHECKPOINT_PAGES = 10000
_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
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
        """Check the place, then the file through SQLite itself, read-only, before any
        connection that could write to it: a file that is not SQLite, or a SQLite database of
        another program, is refused untouched (the writing connection would first switch it to
        WAL). The check goes through SQLite, never a plain ``open()`` of the file: on POSIX,
        closing any descriptor on a file drops every lock this process holds on it, and another
        process could then checkpoint and delete the WAL under this process's open
        connections; SQLite keeps such descriptors open until its last lock is released."""
        path = Path(target)
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a store file")
        if read_only:
            if not path.exists():
                raise StoreError(f"{path}: no store there")
        else:
            if path.parent.exists() and not path.parent.is_dir():
                raise StoreError(f"{path}: {path.parent} is not a folder")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{path}: cannot create the folder {path.parent} ({exc.strerror or exc})"
                ) from None
        if path.exists() and path.stat().st_size > 0:
            _check_is_store(path)

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
            cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
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


def _table_names(path: Path, mode: str) -> set[str]:
    """The tables of the database at ``path``, read-only. ``immutable=1`` first: it opens no
    ``-wal``/``-shm`` file, so another program's WAL database gets none left beside it (it
    may miss what that WAL holds, which a store's ``meta`` table never depends on: a store's
    tables and its ``meta`` row are created in one transaction)."""
    uri = f"file:{quote(str(path.resolve()))}?{mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return {row[0] for row in conn.execute(_TABLES)}
    finally:
        conn.close()


def _check_is_store(path: Path) -> None:
    """Read the file's header and table names through a read-only SQLite connection: an empty
    database or a returnwatch store (a ``meta`` table) passes; anything else is a
    CorruptStoreError, and nothing was written."""
    try:
        try:
            tables = _table_names(path, "immutable=1")
        except sqlite3.DatabaseError:  # maybe caught mid-write: read it again, consistently
            tables = _table_names(path, "mode=ro")
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorname", None)
        if code == "SQLITE_NOTADB":
            raise CorruptStoreError(
                f"{path}: not a SQLite database (corrupt store?); left untouched"
            ) from None
        raise CorruptStoreError(f"{path}: cannot read the store ({exc}); left untouched") from None
    if tables and "meta" not in tables:
        names = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise CorruptStoreError(
            f"{path}: not a returnwatch store (tables: {names}); left untouched"
        )
