"""Versioned schema migrations.

A new store is created at ``SCHEMA_VERSION`` in one step; an older store is brought forward by the
numbered steps in ``MIGRATIONS`` (each runs in its own transaction and bumps the version). A store
written by a newer returnwatch is refused: this code cannot know what its newer columns mean.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, select, text

from output.store import schema
from output.store.errors import CorruptStoreError, SchemaTooNewError

SCHEMA_VERSION = 1

# version -> step that upgrades a store from version-1 to version.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}

_SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END",
)


def stored_version(conn: Connection) -> int | None:
    """The store's schema version, None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "meta" not in tables:
        raise CorruptStoreError(f"not a returnwatch store (tables: {', '.join(sorted(tables))})")
    row = conn.execute(
        select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
    ).first()
    if row is None:
        raise CorruptStoreError("store has no schema_version")
    return int(row[0])


def _create(conn: Connection) -> None:
    schema.metadata.create_all(conn)
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE_APPEND_ONLY:
            conn.execute(text(statement))
    conn.execute(schema.meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))


def migrate(engine: Engine, where: str) -> int:
    """Create or upgrade the schema; ``where`` names the store in error messages."""
    with engine.begin() as conn:
        version = stored_version(conn)
        if version is None:
            _create(conn)
            return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{where}: store schema version {version} is newer than this returnwatch "
            f"(supports up to {SCHEMA_VERSION}); upgrade returnwatch to open it"
        )
    for step in range(version + 1, SCHEMA_VERSION + 1):
        with engine.begin() as conn:
            MIGRATIONS[step](conn)
            conn.execute(
                schema.meta.update()
                .where(schema.meta.c.key == "schema_version")
                .values(value=str(step))
            )
    return SCHEMA_VERSION
