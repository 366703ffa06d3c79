"""Versioned schema migrations, the same on every backend.

A new store is created at ``SCHEMA_VERSION`` in one step; an older store is brought forward by
the numbered steps in ``MIGRATIONS``, all in one write transaction (a failed upgrade leaves the
store as it was). Concurrent openers of a new or old store queue on the backend's write lock,
so only the first one creates or upgrades. A store written by a newer returnwatch is refused:
this code cannot know what its newer columns mean.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable

from sqlalchemy import Connection, Engine, bindparam, inspect, select, text, update

from output.store import schema
from output.store.dialect import backend_of, write_transaction
from output.store.errors import CorruptStoreError, SchemaTooNewError
from output.store.mentions import chunks, summaries_from_records

SCHEMA_VERSION = 6
MIGRATE_LOCK = "returnwatch:migrate"


def body_sha256(compressed: bytes) -> str:
    """The SHA-256 (hex) of a body the store keeps zlib-compressed."""
    return hashlib.sha256(zlib.decompress(compressed)).hexdigest()


def _v2_names_and_key_index(conn: Connection) -> None:
    """``cases.names`` (every written form of the name, what the name search reads) and an index
    on ``mention_keys.mention_id`` (re-keying a mention was a full scan)."""
    columns = {c["name"] for c in inspect(conn).get_columns("cases")}
    if "names" not in columns:
        conn.execute(text("ALTER TABLE cases ADD COLUMN names TEXT NOT NULL DEFAULT ''"))
    c = schema.cases
    for row in conn.execute(select(c.c.id, c.c.fields)).all():
        aliases = json.loads(row.fields).get("aliases", {}).get("value", [])
        conn.execute(update(c).where(c.c.id == row.id).values(names=" | ".join(aliases)))
    for index in schema.mention_keys.indexes:
        index.create(conn, checkfirst=True)


def _v3_merge_summary(conn: Connection) -> None:
    """``cases.merge_summary``: what merging needs of a case's mentions, so a look-up no longer
    parses every record of every candidate case. Computed here once for every case."""
    columns = {c["name"] for c in inspect(conn).get_columns("cases")}
    if "merge_summary" not in columns:
        conn.execute(text("ALTER TABLE cases ADD COLUMN merge_summary TEXT"))
    c = schema.cases
    case_ids = [str(x) for x in conn.execute(select(c.c.id).order_by(c.c.id)).scalars()]
    for part in chunks(case_ids):
        summaries = summaries_from_records(conn, part)
        conn.execute(
            update(c).where(c.c.id == bindparam("b_id")).values(merge_summary=bindparam("b_s")),
            [{"b_id": case_id, "b_s": s.to_json()} for case_id, s in summaries.items()],
        )


def _v4_document_fallback(conn: Connection) -> None:
    """``documents.fallback``: why the generic extractor replaced the site's body selector on
    that page (null for every document stored before: they were not checked)."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    if "fallback" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN fallback TEXT"))


def _v5_raw_and_extraction(conn: Connection) -> None:
    """``documents.raw`` (the compressed page bytes; null for documents stored before) and
    ``documents.extraction`` (the extraction version that produced its mentions). Documents
    stored before were extracted as they were stored: they get the first version."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    binary = "BYTEA" if conn.dialect.name == "postgresql" else "BLOB"
    if "raw" not in columns:
        conn.execute(text(f"ALTER TABLE documents ADD COLUMN raw {binary}"))
    if "extraction" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN extraction INTEGER"))
    conn.execute(update(schema.documents).values(extraction=1))
    for index in schema.documents.indexes:
        index.create(conn, checkfirst=True)


def _v6_captured_response(conn: Connection) -> None:
    """``documents.http_status``, ``http_headers`` and ``body_sha256``: the response as fetched,
    beside the raw bytes; the ``captures`` table (earlier captures of a revised page); and the
    indexes exports read cases in creation order by. Null for documents stored before, except the SHA-256, computed here
    from the raw bytes where a document has them (a batch at a time: the bytes are large)."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("http_status", "INTEGER"), ("http_headers", "TEXT")):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))
    if "body_sha256" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN body_sha256 VARCHAR(64)"))
    for index in schema.cases.indexes:  # the export's creation-order indexes
        index.create(conn, checkfirst=True)
    schema.captures.create(conn, checkfirst=True)
    d = schema.documents
    with_raw = select(d.c.id).where(d.c.raw.is_not(None)).order_by(d.c.id)
    ids = [str(i) for i in conn.execute(with_raw).scalars()]
    for part in chunks(ids):
        rows = conn.execute(select(d.c.id, d.c.raw).where(d.c.id.in_(part))).all()
        conn.execute(
            update(d).where(d.c.id == bindparam("b_id")).values(body_sha256=bindparam("b_sha")),
            [{"b_id": r.id, "b_sha": body_sha256(r.raw)} for r in rows],
        )


# version -> step that upgrades a store from version-1 to version.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _v2_names_and_key_index,
    3: _v3_merge_summary,
    4: _v4_document_fallback,
    5: _v5_raw_and_extraction,
    6: _v6_captured_response,
}


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


def check_version(version: int | None, where: str) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{where}: store schema version {version} is newer than this returnwatch "
            f"(supports up to {SCHEMA_VERSION}); upgrade returnwatch to open it"
        )


def _create(conn: Connection) -> None:
    schema.metadata.create_all(conn)
    backend_of(conn).install_append_only(conn)
    conn.execute(schema.meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))


def migrate(engine: Engine, where: str) -> int:
    """Create or upgrade the schema; ``where`` names the store in error messages."""
    with engine.connect() as conn:
        version = stored_version(conn)
    check_version(version, where)
    if version == SCHEMA_VERSION:
        return SCHEMA_VERSION
    with write_transaction(engine) as conn:
        backend_of(conn).lock_keys(conn, [MIGRATE_LOCK])
        version = stored_version(conn)  # another process may have done it meanwhile
        check_version(version, where)
        if version is None:
            _create(conn)
            return SCHEMA_VERSION
        for step in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
            conn.execute(
                schema.meta.update()
                .where(schema.meta.c.key == "schema_version")
                .values(value=str(step))
            )
    return SCHEMA_VERSION
