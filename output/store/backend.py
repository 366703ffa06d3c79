"""What differs between the databases a store can live in, behind one small interface.

The schema, the queries and the merge are SQLAlchemy Core and shared; a backend only knows how
to open its database, start a write transaction that waits its turn, serialise writers that
could merge the same person, enforce the append-only audit trail, and spell insert-if-absent.
One module per backend: ``sqlite_backend`` (the default, one file) and ``postgres_backend``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert

from output.store.errors import StoreError


class Backend(ABC):
    """Stateless: one instance per dialect, shared by every store of that kind."""

    dialect: ClassVar[str]

    @abstractmethod
    def describe(self, target: str | Path) -> str:
        """How error messages name the store (a path, or a URL without its password)."""

    @abstractmethod
    def prepare(self, target: str | Path, *, read_only: bool) -> None:
        """Checks before connecting; raise StoreError for a target that must not be opened."""

    @abstractmethod
    def engine(self, target: str | Path, *, read_only: bool) -> Engine:
        """A new engine on the target."""

    @abstractmethod
    def begin_write(self, conn: Connection) -> None:
        """Start a transaction that will write (SQLite takes its lock up front)."""

    def lock_keys(self, conn: Connection, keys: Iterable[str]) -> None:  # noqa: B027
        """Serialise writers touching the same keys (documents, name keys) until commit.

        A no-op where a write transaction already excludes every other writer (SQLite)."""

    @abstractmethod
    def install_append_only(self, conn: Connection) -> None:
        """Make UPDATE and DELETE on ``reviews`` fail in the database itself."""

    @abstractmethod
    def insert(self, table: Table) -> Any:
        """The dialect's INSERT, which offers ``on_conflict_do_nothing`` / ``_do_update``."""

    def insert_rows(
        self, conn: Connection, statement: Insert, rows: Sequence[dict[str, Any]]
    ) -> None:
        """Run an INSERT (with or without ON CONFLICT) for many rows: the driver's executemany,
        which SQLite runs in C over one prepared statement."""
        if rows:
            conn.execute(statement, list(rows))

    def keep_statistics(self, engine: Engine) -> None:  # noqa: B027
        """After a bulk write: refresh the planner's statistics of tables that grew a lot, where
        the database relies on them to choose index look-ups. A no-op for SQLite, whose planner
        takes an index without statistics."""

    def is_transient(self, exc: DBAPIError) -> bool:
        """A conflict with a concurrent writer (deadlock, serialisation): retry the transaction."""
        return False

    @abstractmethod
    def open_error(self, where: str, exc: DBAPIError) -> StoreError:
        """The StoreError to raise when the database cannot be opened or read."""
