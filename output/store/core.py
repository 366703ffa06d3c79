"""The case store: documents, mentions merged into cases, reviews and crawl runs in one database.

SQLite by default (one file, WAL); the tables are SQLAlchemy Core so another dialect can share
them. Every write is idempotent: the same document or mention stored twice changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DatabaseError

from output.record import CaseRecord
from output.store import actions, ids, mentions, queries, schema
from output.store.clock import utc_now
from output.store.dialect import insert_ignore, sqlite_engine, write_transaction
from output.store.errors import CorruptStoreError, StoreError
from output.store.migrations import migrate
from output.store.paths import resolve_db_path

SQLITE_MAGIC = b"SQLite format 3\x00"
DOCUMENT_FIELDS = (
    "url",
    "final_url",
    "site",
    "title",
    "published",
    "published_text",
    "source_line",
    "language",
    "text",
    "html_hash",
    "fetched_at",
)
# A document whose text or hash changed was revised at the source: these are refreshed.
REVISABLE_FIELDS = (
    "final_url",
    "title",
    "published",
    "published_text",
    "source_line",
    "text",
    "html_hash",
    "fetched_at",
)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLAlchemy could write anything into it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise CorruptStoreError(f"{path}: not a SQLite database (corrupt store?); left untouched")


def open_store(db: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating or migrating) the store at ``db``; None means the default data dir."""
    path = resolve_db_path(db)
    _check_sqlite_file(path)
    if read_only:
        if not path.exists():
            raise StoreError(f"{path}: no store there")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = sqlite_engine(path, read_only=read_only)
    try:
        if read_only:
            with engine.connect() as conn:
                from output.store.migrations import SCHEMA_VERSION, stored_version

                version = stored_version(conn)
            if version is not None and version > SCHEMA_VERSION:
                migrate(engine, str(path))  # raises SchemaTooNewError
        else:
            migrate(engine, str(path))
    except DatabaseError as exc:
        engine.dispose()
        raise CorruptStoreError(
            f"{path}: cannot read the store ({exc.orig}); left untouched"
        ) from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(engine, str(path))


class Store:
    """One open store. Methods are short transactions; use as a context manager to close it."""

    def __init__(self, engine: Engine, where: str) -> None:
        self.engine = engine
        self.where = where

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> Connection:
        """A connection for read queries (``with store.connect() as conn``)."""
        return self.engine.connect()

    # -- documents ---------------------------------------------------------------------------
    def add_document(self, doc: dict[str, Any]) -> tuple[str, bool]:
        """Store one fetched article; return (document_id, created). The id is a hash of the URL."""
        url = doc.get("url")
        if not url or doc.get("text") is None:
            raise StoreError(f"document {url or '(no url)'}: 'url' and 'text' are required")
        unknown = set(doc) - set(DOCUMENT_FIELDS)
        if unknown:
            raise StoreError(f"document {url}: unknown keys {sorted(unknown)}")
        doc_id = ids.document_id(url)
        values = {name: doc.get(name) for name in DOCUMENT_FIELDS}
        d = schema.documents
        with write_transaction(self.engine) as conn:
            result = conn.execute(
                insert_ignore(conn, d).values(id=doc_id, stored_at=utc_now(), **values)
            )
            if result.rowcount:
                return doc_id, True
            row = conn.execute(select(d.c.html_hash, d.c.text).where(d.c.id == doc_id)).one()
            if (row.html_hash, row.text) != (values["html_hash"], values["text"]):
                revised = {name: values[name] for name in REVISABLE_FIELDS}
                conn.execute(update(d).where(d.c.id == doc_id).values(**revised))
        return doc_id, False

    def get_document(self, document_id: str) -> dict[str, Any] | None:
        d = schema.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(d).where(d.c.id == document_id)).first()
        return dict(row._mapping) if row else None

    def iter_documents(self) -> list[dict[str, Any]]:
        d = schema.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(d).order_by(d.c.id)).all()
        return [dict(r._mapping) for r in rows]

    # -- mentions ----------------------------------------------------------------------------
    def add_mentions(self, document_id: str, records: list[CaseRecord]) -> list[str]:
        """Store the case records of one document and merge them into cases; idempotent."""
        now = utc_now()
        with write_transaction(self.engine) as conn:
            mention_ids, touched = mentions.add_mentions(conn, document_id, records, now)
            for case_id in sorted(touched):
                mentions.recompute_case(conn, case_id, now)
        return mention_ids

    # -- crawl bookkeeping -------------------------------------------------------------------
    def seen(self, url: str) -> str | None:
        """The content hash recorded for ``url`` (listing page or article), None if never seen."""
        s = schema.seen_urls
        with self.engine.connect() as conn:
            row = conn.execute(select(s.c.content_hash).where(s.c.url == url)).first()
        return str(row.content_hash) if row else None

    def mark_seen(self, url: str, content_hash: str, kind: str) -> None:
        s = schema.seen_urls
        now = utc_now()
        with write_transaction(self.engine) as conn:
            result = conn.execute(
                insert_ignore(conn, s).values(
                    url=url, content_hash=content_hash, kind=kind, seen_at=now
                )
            )
            if not result.rowcount:
                conn.execute(
                    update(s)
                    .where(s.c.url == url, s.c.content_hash != content_hash)
                    .values(content_hash=content_hash, kind=kind, seen_at=now)
                )

    def start_run(self, sites: list[str], options: dict[str, Any]) -> str:
        now = utc_now()
        run_id = ids.stable_id(
            "run-", now, ",".join(sites), json.dumps(options, sort_keys=True, default=str)
        )
        r = schema.crawl_runs
        with write_transaction(self.engine) as conn:
            # Two runs started in the same second with the same options get distinct ids.
            suffix = 0
            candidate = run_id
            while conn.execute(select(r.c.id).where(r.c.id == candidate)).first():
                suffix += 1
                candidate = f"{run_id}-{suffix}"
            conn.execute(
                r.insert().values(
                    id=candidate,
                    sites=json.dumps(sites),
                    options=json.dumps(options, sort_keys=True, default=str),
                    started_at=now,
                    status="running",
                )
            )
        return candidate

    def finish_run(self, run_id: str, stats: dict[str, Any], status: str) -> None:
        r = schema.crawl_runs
        with write_transaction(self.engine) as conn:
            result = conn.execute(
                update(r)
                .where(r.c.id == run_id)
                .values(
                    finished_at=utc_now(),
                    stats=json.dumps(stats, sort_keys=True, default=str),
                    status=status,
                )
            )
        if not result.rowcount:
            raise StoreError(f"{self.where}: no crawl run {run_id}")

    def runs(self) -> list[dict[str, Any]]:
        r = schema.crawl_runs
        with self.engine.connect() as conn:
            rows = conn.execute(select(r).order_by(r.c.started_at)).all()
        return [dict(row._mapping) for row in rows]

    # -- review ------------------------------------------------------------------------------
    def list_cases(
        self, filters: queries.CaseFilter | None = None, *, limit: int = 100, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        with self.engine.connect() as conn:
            return queries.list_cases(
                conn, filters or queries.CaseFilter(), limit=limit, offset=offset
            )

    def facets(self) -> dict[str, list[Any]]:
        with self.engine.connect() as conn:
            return queries.facets(conn)

    def get_case(self, case_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return queries.get_case(conn, case_id)

    def case_ids(self, status: str | None = None) -> list[str]:
        with self.engine.connect() as conn:
            return queries.all_case_ids(conn, status)

    def accept(self, case_id: str, reviewer: str, note: str | None = None) -> None:
        with write_transaction(self.engine) as conn:
            actions.change_status(conn, case_id, "accept", reviewer, note, utc_now())

    def set_status(self, case_id: str, action: str, reviewer: str, note: str | None = None) -> None:
        """``action`` is accept, needs_edit or reopen."""
        with write_transaction(self.engine) as conn:
            actions.change_status(conn, case_id, action, reviewer, note, utc_now())

    def reject(self, case_id: str, reviewer: str, reason: str) -> None:
        with write_transaction(self.engine) as conn:
            actions.reject(conn, case_id, reviewer, reason, utc_now())

    def edit_field(
        self, case_id: str, reviewer: str, field: str, raw: str, note: str | None = None
    ) -> Any:
        with write_transaction(self.engine) as conn:
            return actions.edit_field(conn, case_id, reviewer, field, raw, note, utc_now())

    def mark_duplicate(
        self, case_id: str, target_id: str, reviewer: str, note: str | None = None
    ) -> None:
        with write_transaction(self.engine) as conn:
            actions.mark_duplicate(conn, case_id, target_id, reviewer, note, utc_now())

    def split_case(
        self, case_id: str, mention_ids: list[str], reviewer: str, note: str | None = None
    ) -> str:
        with write_transaction(self.engine) as conn:
            return actions.split(conn, case_id, mention_ids, reviewer, note, utc_now())
