"""The case store: documents, mentions merged into cases, reviews and crawl runs in one database.

SQLite by default (one file, WAL), PostgreSQL for several crawl workers (``postgresql://`` URL);
``open_store`` picks the backend from the ``db`` value, and everything above the backend is the
same SQLAlchemy Core. Every write is idempotent: the same document or mention stored twice
changes nothing. The crawl writes in batches (``store_articles``): one transaction per batch.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, or_, select, update
from sqlalchemy.exc import DBAPIError

from extract.api import EXTRACTION_VERSION
from extract.record import CaseRecord
from output.store import actions, cases, ids, mentions, queries, schema
from output.store.backend import Backend
from output.store.clock import utc_now
from output.store.dialect import backend_named, backend_of, run_write, write_transaction
from output.store.errors import StoreError
from output.store.migrations import check_version, migrate, stored_version
from output.store.paths import resolve_db_path
from output.store.writes import (
    DOCUMENT_FIELDS,
    REVISABLE_FIELDS,
    ArticleResult,
    ArticleWrite,
    PreparedArticle,
    mark_seen_many,
    prepare_article,
    prepare_articles,
    write_prepared,
)

__all__ = [
    "DOCUMENT_FIELDS",
    "REVISABLE_FIELDS",
    "ArticleResult",
    "ArticleWrite",
    "PreparedArticle",
    "Store",
]


def _backend_for(target: str | Path) -> Backend:
    return backend_named("postgresql" if isinstance(target, str) else "sqlite")


def open_store(db: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating or migrating) the store at ``db``: a file path, a ``postgresql://`` URL,
    or None for the default file in the data dir. ``read_only`` never creates or migrates."""
    target = resolve_db_path(db)
    backend = _backend_for(target)
    where = backend.describe(target)
    backend.prepare(target, read_only=read_only)
    engine = backend.engine(target, read_only=read_only)
    try:
        if read_only:
            with engine.connect() as conn:
                version = stored_version(conn)
            check_version(version, where)
        else:
            _migrate_retrying(engine, backend, where)
    except DBAPIError as exc:
        engine.dispose()
        raise backend.open_error(where, exc) from exc
    except StoreError as exc:
        engine.dispose()
        if not str(exc).startswith(where):
            raise type(exc)(f"{where}: {exc}") from exc
        raise
    return Store(engine, where)


def check_store(db: str | Path | None = None, *, read_only: bool = False) -> None:
    """Open the store at ``db`` and close it again: created or migrated now, and a target that
    is not a store fails now (StoreError, one line naming it), before a command does any
    other work. Commands that open the store later (the crawl, in Scrapy's components) call
    this first."""
    open_store(db, read_only=read_only).close()


OPEN_ATTEMPTS = 5


def _migrate_retrying(engine: Engine, backend: Backend, where: str) -> None:
    """Create or upgrade the schema, again after a pause when a concurrent opener made the
    database refuse at once (several crawl workers starting on a new store together)."""
    for attempt in range(1, OPEN_ATTEMPTS + 1):
        try:
            migrate(engine, where)
            return
        except DBAPIError as exc:
            if attempt == OPEN_ATTEMPTS or not backend.is_transient(exc):
                raise
            time.sleep(random.uniform(0.05, 0.2) * attempt)


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

    # -- documents and mentions -------------------------------------------------------------
    def add_document(self, doc: dict[str, Any]) -> tuple[str, bool]:
        """Store one fetched article; return (document_id, created). The id is a hash of the URL."""
        (result,) = self.store_articles([ArticleWrite(doc)])
        return result.document_id, result.created

    def add_mentions(self, document_id: str, records: list[CaseRecord]) -> list[str]:
        """Store the case records of one stored document and merge them into cases; idempotent."""
        prepared = mentions.prepare(document_id, records)
        now = utc_now()

        def work(conn: Connection) -> list[str]:
            mention_ids, touched = mentions.store_prepared(conn, prepared, now)
            cases.recompute_cases(conn, touched, now)
            return mention_ids

        mention_ids = run_write(self.engine, work)
        backend_of(self.engine).keep_statistics(self.engine)
        return mention_ids

    def store_articles(
        self,
        articles: Sequence[ArticleWrite | PreparedArticle],
        seen: Sequence[tuple[str, str, str]] = (),
    ) -> list[ArticleResult]:
        """Store many articles in one transaction: each document, its case records merged into
        cases, and (``seen_kind``) its URL marked seen; ``seen`` marks more URLs (url, content
        hash, kind) in the same transaction. All or nothing: a bad document or record is
        refused (StoreError naming its URL) before anything is written. Articles checked
        earlier with ``prepare_article`` are not checked again."""
        batch = prepare_articles(articles)
        if not batch and not seen:
            return []
        now = utc_now()
        results = run_write(self.engine, lambda conn: write_prepared(conn, batch, now, seen))
        backend_of(self.engine).keep_statistics(self.engine)
        return results

    @staticmethod
    def prepare_article(article: ArticleWrite) -> PreparedArticle:
        """Check an article now (StoreError naming its URL) and store it later, in a batch."""
        return prepare_article(article)

    @staticmethod
    def document_id(url: str) -> str:
        return ids.document_id(url)

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

    def documents(self, document_ids: Sequence[str]) -> list[dict[str, Any]]:
        """What the extraction reads of these documents (no raw bytes), in the order given."""
        d = schema.documents
        columns = (d.c.id, d.c.url, d.c.site, d.c.title, d.c.published, d.c.text)
        found: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in mentions.chunks(list(document_ids)):
                rows = conn.execute(select(*columns).where(d.c.id.in_(part)))
                found.update({r.id: dict(r._mapping) for r in rows})
        return [found[i] for i in document_ids if i in found]

    def unextracted(
        self, limit: int, *, version: int = EXTRACTION_VERSION, site: str | None = None
    ) -> list[str]:
        """Ids of documents not extracted yet, or by an older extraction, oldest first."""
        d = schema.documents
        query = select(d.c.id).where(or_(d.c.extraction.is_(None), d.c.extraction < version))
        if site is not None:
            query = query.where(d.c.site == site)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(d.c.stored_at, d.c.id).limit(limit))
            return [str(r.id) for r in rows]

    def forget_extractions(self) -> None:
        """Mark every document unextracted: the extraction stage takes them all again (their
        mentions stay until then)."""
        with write_transaction(self.engine) as conn:
            conn.execute(update(schema.documents).values(extraction=None))

    def document_ids(self) -> list[str]:
        d = schema.documents
        with self.engine.connect() as conn:
            return [str(i) for i in conn.execute(select(d.c.id).order_by(d.c.id)).scalars()]

    # -- crawl bookkeeping -------------------------------------------------------------------
    def seen(self, url: str) -> str | None:
        """The content hash recorded for ``url`` (listing page or article), None if never seen."""
        s = schema.seen_urls
        with self.engine.connect() as conn:
            row = conn.execute(select(s.c.content_hash).where(s.c.url == url)).first()
        return str(row.content_hash) if row else None

    def mark_seen(self, url: str, content_hash: str, kind: str) -> None:
        now = utc_now()
        run_write(self.engine, lambda conn: mark_seen_many(conn, [(url, content_hash, kind)], now))

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

    def recent_cases(
        self, filters: queries.CaseFilter | None = None, *, limit: int = 100
    ) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.recent_cases(conn, filters or queries.CaseFilter(), limit=limit)

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
