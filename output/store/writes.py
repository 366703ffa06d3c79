"""Batched writes: many articles (document, case records, seen mark) in one transaction.

The crawl buffers articles and hands them over here every N items or T seconds. Per batch the
work is a fixed number of statements (look-ups by IN, bulk inserts, bulk updates) instead of a
dozen per article, and a URL is marked seen in the same transaction that stores its document
and mentions: a crawl killed at any moment has either all of an article or none of it.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, bindparam, literal, select, update

from extract.api import EXTRACTION_VERSION
from extract.record import CaseRecord
from output.store import cases, ids, mentions, schema
from output.store.dialect import backend_of, dialect_insert, insert_ignore, insert_rows
from output.store.errors import StoreError

# zlib level for the raw page bytes: level 1 keeps most of the gain at a fraction of the time
# the crawl process would spend on level 6 for every page.
RAW_COMPRESSION = 1

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
    "fallback",
    "raw",
    "http_status",
    "http_headers",
)
# A document whose text or hash changed was revised at the source: these are refreshed, and
# its extraction is cleared (the extraction stage takes it again) unless the write carries it.
REVISABLE_FIELDS = (
    "final_url",
    "title",
    "published",
    "published_text",
    "source_line",
    "text",
    "html_hash",
    "fetched_at",
    "fallback",
    "raw",
    "http_status",
    "http_headers",
    "body_sha256",
    "extraction",
)


@dataclass
class ArticleWrite:
    """One article to store: its document, its case records (None: the document alone) and,
    when ``seen_kind`` is set, its URL marked seen with the document's ``html_hash``."""

    document: dict[str, Any]
    records: list[CaseRecord] | None = None
    seen_kind: str | None = None


@dataclass
class ArticleResult:
    document_id: str
    created: bool
    mention_ids: list[str] = field(default_factory=list)


@dataclass
class PreparedArticle:
    """An ArticleWrite checked and given its ids (``prepare_article``), ready to write."""

    document_id: str
    values: dict[str, Any]
    mentions: list[mentions.PreparedMention] | None
    seen_kind: str | None


def check_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The document's column values; StoreError naming the URL when it cannot be stored. The
    raw bytes are kept zlib-compressed, with the SHA-256 of the body as fetched."""
    url = doc.get("url")
    if not url or doc.get("text") is None:
        raise StoreError(f"document {url or '(no url)'}: 'url' and 'text' are required")
    unknown = set(doc) - set(DOCUMENT_FIELDS)
    if unknown:
        raise StoreError(f"document {url}: unknown keys {sorted(unknown)}")
    values = {name: doc.get(name) for name in DOCUMENT_FIELDS}
    values["body_sha256"] = None
    if values["raw"] is not None:
        values["body_sha256"] = hashlib.sha256(values["raw"]).hexdigest()
        values["raw"] = zlib.compress(values["raw"], RAW_COMPRESSION)
    values["http_headers"] = _headers_json(url, values["http_headers"])
    return values


def _headers_json(url: str, headers: Any) -> str | None:
    """Response headers as the store keeps them: a JSON list of [name, value] pairs, in the
    order received (a name may repeat). Given as such pairs or as a mapping."""
    if headers is None:
        return None
    pairs = list(headers.items()) if isinstance(headers, dict) else list(headers)
    if not all(
        isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(x, str) for x in p)
        for p in pairs
    ):
        raise StoreError(f"document {url}: http_headers must be (name, value) string pairs")
    return json.dumps([list(p) for p in pairs], ensure_ascii=False)


def prepare_article(article: ArticleWrite) -> PreparedArticle:
    """Check a document and its records (StoreError naming the URL); nothing is written."""
    values = check_document(article.document)
    # records given with the document: it is extracted (by the current extraction)
    values["extraction"] = EXTRACTION_VERSION if article.records is not None else None
    doc_id = ids.document_id(values["url"])
    prepared = None
    if article.records is not None:
        try:
            prepared = mentions.prepare(doc_id, article.records)
        except StoreError as exc:
            raise StoreError(f"{values['url']}: {exc}") from exc
    if article.seen_kind and not values.get("html_hash"):
        raise StoreError(f"document {values['url']}: marking it seen needs its html_hash")
    return PreparedArticle(doc_id, values, prepared, article.seen_kind)


def prepare_articles(articles: Sequence[ArticleWrite | PreparedArticle]) -> list[PreparedArticle]:
    """Check every article before the transaction (those not prepared yet); the first bad one
    is refused (StoreError naming its URL) and nothing of the batch is stored."""
    return [a if isinstance(a, PreparedArticle) else prepare_article(a) for a in articles]


def _segments(batch: list[PreparedArticle]) -> list[list[PreparedArticle]]:
    """Runs in which every document appears once (the same URL twice is written in order)."""
    runs: list[list[PreparedArticle]] = [[]]
    in_run: set[str] = set()
    for item in batch:
        if item.document_id in in_run:
            runs.append([])
            in_run = set()
        runs[-1].append(item)
        in_run.add(item.document_id)
    return runs


def write_prepared(
    conn: Connection,
    batch: list[PreparedArticle],
    now: str,
    seen: Sequence[tuple[str, str, str]] = (),
) -> list[ArticleResult]:
    """Store a checked batch in the caller's transaction, and mark its URLs and the ``seen``
    (url, content hash, kind) ones seen; return one result per article."""
    prepared_mentions = [m for item in batch for m in item.mentions or []]
    lock = {"doc:" + item.document_id for item in batch}
    backend_of(conn).lock_keys(conn, sorted(lock | set(mentions.lock_names(prepared_mentions))))
    results: list[ArticleResult] = []
    touched: set[str] = set()
    for run in _segments(batch):
        created = upsert_documents(conn, [(item.document_id, item.values) for item in run], now)
        for item, was_created in zip(run, created, strict=True):
            results.append(ArticleResult(item.document_id, was_created))
        run_mentions = [m for item in run for m in item.mentions or []]
        _, run_touched = mentions.store_prepared(conn, run_mentions, now)
        touched |= run_touched
        for item, result in zip(run, results[-len(run) :], strict=True):
            result.mention_ids = [m.mention_id for m in item.mentions or []]
    cases.recompute_cases(conn, touched, now)
    mark_seen_many(
        conn,
        [
            *seen,
            *(
                (item.values["url"], item.values["html_hash"], item.seen_kind)
                for item in batch
                if item.seen_kind
            ),
        ],
        now,
    )
    return results


def upsert_documents(
    conn: Connection, docs: list[tuple[str, dict[str, Any]]], now: str
) -> list[bool]:
    """Insert new documents, refresh revised ones; whether each was created. Ids are unique."""
    d = schema.documents
    stored: dict[str, Any] = {}
    for part in mentions.chunks([doc_id for doc_id, _ in docs]):
        rows = conn.execute(select(d.c.id, d.c.html_hash, d.c.text).where(d.c.id.in_(part)))
        stored.update({r.id: r for r in rows})
    new = [{"id": doc_id, "stored_at": now, **v} for doc_id, v in docs if doc_id not in stored]
    insert_rows(conn, insert_ignore(conn, d), new)
    revised = [
        {"b_id": doc_id, **{"b_" + name: values[name] for name in REVISABLE_FIELDS}}
        for doc_id, values in docs
        if doc_id in stored
        and (stored[doc_id].html_hash, stored[doc_id].text) != (values["html_hash"], values["text"])
    ]
    if revised:
        keep_captures(conn, [row["b_id"] for row in revised], now)
        conn.execute(
            update(d)
            .where(d.c.id == bindparam("b_id"))
            .values(**{name: bindparam("b_" + name) for name in REVISABLE_FIELDS}),
            revised,
        )
    return [doc_id not in stored for doc_id, _ in docs]


_CAPTURE_COLUMNS = (
    "url",
    "final_url",
    "fetched_at",
    "http_status",
    "http_headers",
    "body_sha256",
    "raw",
)


def keep_captures(conn: Connection, document_ids: list[str], now: str) -> None:
    """Before revised documents take their new page: copy the capture each holds (when it
    holds one) into ``captures``, superseded ``now``."""
    d, c = schema.documents, schema.captures
    source = select(d.c.id, *(d.c[name] for name in _CAPTURE_COLUMNS), literal(now, String)).where(
        d.c.id.in_(document_ids), d.c.raw.is_not(None)
    )
    columns = ["document_id", *_CAPTURE_COLUMNS, "superseded_at"]
    conn.execute(c.insert().from_select(columns, source))


def mark_seen_many(conn: Connection, rows: list[tuple[str, str, str]], now: str) -> None:
    """Record (url, content hash, kind); a URL already recorded changes only when its hash did."""
    if not rows:
        return
    latest = {url: (url, digest, kind) for url, digest, kind in rows}  # one row per URL
    s = schema.seen_urls
    statement = dialect_insert(conn, s)
    statement = statement.on_conflict_do_update(
        index_elements=[s.c.url],
        set_={
            "content_hash": statement.excluded.content_hash,
            "kind": statement.excluded.kind,
            "seen_at": statement.excluded.seen_at,
        },
        where=s.c.content_hash != statement.excluded.content_hash,
    )
    insert_rows(
        conn,
        statement,
        [
            {"url": url, "content_hash": digest, "kind": kind, "seen_at": now}
            for url, digest, kind in sorted(latest.values())
        ],
    )
