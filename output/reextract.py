"""Storing what the extraction made of stored documents: the first time, or again.

Every document takes this one way to its mentions and cases, whatever brought it (a crawl, an
archive, a URL list): the extraction stage (``pipelines.extraction``) reads documents that have
no extraction yet, or an older one, and hands their case records here; ``reextract`` does the
same for every document. Records of a document extracted again refresh its machine-extracted
values: a value a reviewer set is never overwritten (it keeps ``origin: reviewer``; the new
machine value is kept beside it), a case's review status is never touched (a rejected case stays
rejected, and a mention renamed by the better extraction stays in the rejected case it came
from), and a mention the new extraction no longer finds is retired (inactive), never deleted.
The records of a batch of documents and their extraction version are written in one
transaction: a document is extracted wholly or not at all, whenever a run is killed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from extract import Document, extract_cases
from extract.api import EXTRACTION_VERSION
from extract.record import CaseRecord
from output.merge import names_match
from output.store import Store, StoreError, ids, schema
from output.store import cases as store_cases
from output.store import mentions as store_mentions
from output.store.clock import utc_now
from output.store.dialect import backend_of, write_transaction
from output.store.mentions import PreparedMention

# Takes a stored document (as ``Store.documents`` returns it), returns its case records.
Extractor = Callable[[dict[str, Any]], list[CaseRecord]]
# Documents read and written per transaction by ``reextract``.
BATCH = 50


@dataclass
class ExtractionReport:
    documents: int = 0
    mentions_added: list[str] = field(default_factory=list)
    mentions_updated: list[str] = field(default_factory=list)
    mentions_retired: list[str] = field(default_factory=list)
    cases_created: list[str] = field(default_factory=list)
    # case id -> field -> [old, new] machine values
    changes: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)  # ids of the documents marked extracted

    def add(self, other: ExtractionReport) -> None:
        """Add the report of another batch to this one."""
        self.documents += other.documents
        for name in ("mentions_added", "mentions_updated", "mentions_retired", "cases_created"):
            getattr(self, name).extend(getattr(other, name))
        for case_id, changed in other.changes.items():
            self.changes.setdefault(case_id, {}).update(changed)
        self.errors.extend(other.errors)
        self.stored.extend(other.stored)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "mentions_added": self.mentions_added,
            "mentions_updated": self.mentions_updated,
            "mentions_retired": self.mentions_retired,
            "cases_created": self.cases_created,
            "changes": self.changes,
            "errors": self.errors,
        }

    def summary(self) -> str:
        changed_fields = sum(len(v) for v in self.changes.values())
        return (
            f"{self.documents} documents: {len(self.mentions_added)} mentions added, "
            f"{len(self.mentions_updated)} updated, {len(self.mentions_retired)} retired; "
            f"{len(self.cases_created)} new cases; {changed_fields} field values changed in "
            f"{len(self.changes)} cases; {len(self.errors)} errors"
        )


def to_document(doc: dict[str, Any]) -> Document:
    """The extraction's input for a stored document; a stored time (2024-06-23T09:00) is cut to
    the day the extraction anchors on."""
    published = doc.get("published")
    return Document(
        id=doc["id"],
        text=doc["text"],
        url=doc.get("url"),
        published=published[:10] if published else None,
        title=doc.get("title"),
    )


def default_extractor(doc: dict[str, Any]) -> list[CaseRecord]:
    return extract_cases(to_document(doc))


def _mentions_of(conn: Connection, document_id: str) -> dict[str, Any]:
    m, c = schema.mentions, schema.cases
    rows = conn.execute(
        select(m.c.id, m.c.record, m.c.active, m.c.case_id, c.c.status)
        .join(c, c.c.id == m.c.case_id)
        .where(m.c.document_id == document_id)
    ).all()
    return {r.id: r for r in rows}


def _adopt_into_rejected(
    conn: Connection, new_id: str, record: CaseRecord, retired: list[Any]
) -> str | None:
    """Keep a renamed mention in the rejected case its predecessor belonged to."""
    for old in retired:
        if old.status != "rejected":
            continue
        previous = CaseRecord.from_dict(json.loads(old.record))
        if names_match(previous, record) or _names_overlap(previous.name, record.name):
            m, k = schema.mentions, schema.mention_keys
            conn.execute(update(m).where(m.c.id == new_id).values(case_id=old.case_id))
            conn.execute(update(k).where(k.c.mention_id == new_id).values(case_id=old.case_id))
            return str(old.case_id)
    return None


def _store_again(
    conn: Connection,
    doc_id: str,
    prepared: list[PreparedMention],
    report: ExtractionReport,
    now: str,
) -> None:
    """A document extracted before: its mentions refreshed, those no longer found retired."""
    before = _mentions_of(conn, doc_id)
    cases_before = {r.case_id for r in before.values()}
    mention_ids, touched = store_mentions.store_prepared(conn, prepared, now)
    produced = set(mention_ids)
    gone = [r for mid, r in before.items() if mid not in produced and r.active]
    m = schema.mentions
    for old in gone:
        conn.execute(update(m).where(m.c.id == old.id).values(active=False, updated_at=now))
        report.mentions_retired.append(old.id)
        touched.add(old.case_id)
    after = _mentions_of(conn, doc_id)
    for mention in prepared:
        mid = mention.mention_id
        if mid not in before:
            report.mentions_added.append(mid)
            adopted = _adopt_into_rejected(conn, mid, mention.record, gone)
            new_case = after[mid].case_id
            if adopted is not None and adopted != new_case:
                touched.add(adopted)
                if _drop_if_empty(conn, new_case):
                    touched.discard(new_case)
            elif new_case not in cases_before and new_case == ids.case_id(mid):
                report.cases_created.append(new_case)
        elif before[mid].record != after[mid].record or not before[mid].active:
            report.mentions_updated.append(mid)
    _recompute(conn, touched, report, now)


def _recompute(conn: Connection, touched: set[str], report: ExtractionReport, now: str) -> None:
    for case_id in sorted(touched):
        changed = store_cases.recompute_case(conn, case_id, now)
        if changed:
            report.changes.setdefault(case_id, {}).update(
                {name: [old, new] for name, (old, new) in changed.items()}
            )


def _store_first(
    conn: Connection, prepared: list[PreparedMention], report: ExtractionReport, now: str
) -> None:
    """Documents without mentions yet (most of a crawl's): all their mentions in one go."""
    mention_ids, touched = store_mentions.store_prepared(conn, prepared, now)
    report.mentions_added.extend(mention_ids)
    m = schema.mentions
    for part in store_mentions.chunks(mention_ids):
        rows = conn.execute(select(m.c.id, m.c.case_id).where(m.c.id.in_(part)))
        report.cases_created.extend(str(r.case_id) for r in rows if r.case_id == ids.case_id(r.id))
    store_cases.recompute_cases(conn, touched, now)


def _extracted_before(conn: Connection, doc_ids: list[str]) -> set[str]:
    m = schema.mentions
    found: set[str] = set()
    for part in store_mentions.chunks(doc_ids):
        found.update(
            conn.execute(select(m.c.document_id).where(m.c.document_id.in_(part))).scalars()
        )
    return found


def store_extractions(
    store: Store,
    extracted: list[tuple[dict[str, Any], list[CaseRecord]]],
    version: int = EXTRACTION_VERSION,
) -> ExtractionReport:
    """Store the records of each (document, records) pair and mark the documents extracted by
    ``version``, in one transaction. A document whose records the store refuses (they break
    the record contract) is reported in ``errors``, left unmarked and the rest is stored."""
    report = ExtractionReport(documents=len(extracted))
    checked: list[tuple[str, list[PreparedMention]]] = []
    for doc, records in extracted:
        try:
            checked.append((doc["id"], store_mentions.prepare(doc["id"], records)))
        except StoreError as exc:
            report.errors.append(f"{doc['url']}: {exc}")
    if not checked:
        return report
    now = utc_now()
    with write_transaction(store.engine) as conn:
        again = _extracted_before(conn, [doc_id for doc_id, _ in checked])
        first = [m for doc_id, prepared in checked if doc_id not in again for m in prepared]
        _store_first(conn, first, report, now)
        for doc_id, prepared in checked:
            if doc_id in again:
                _store_again(conn, doc_id, prepared, report, now)
        d = schema.documents
        for part in store_mentions.chunks([doc_id for doc_id, _ in checked]):
            conn.execute(update(d).where(d.c.id.in_(part)).values(extraction=version))
    report.stored = [doc_id for doc_id, _ in checked]
    backend_of(store.engine).keep_statistics(store.engine)
    return report


def _names_overlap(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def _drop_if_empty(conn: Connection, case_id: str) -> bool:
    """A case created a moment ago for a mention that was then adopted elsewhere: remove it."""
    m, c, k = schema.mentions, schema.cases, schema.mention_keys
    if conn.execute(select(m.c.id).where(m.c.case_id == case_id)).first() is not None:
        return False
    conn.execute(k.delete().where(k.c.case_id == case_id))
    conn.execute(c.delete().where(c.c.id == case_id, c.c.status == "pending"))
    return True


def extract_stored(
    store: Store, doc_ids: list[str], extractor: Extractor = default_extractor
) -> ExtractionReport:
    """Extract the given stored documents and store their records (one transaction). A
    document the extractor fails on is reported and left as it was."""
    extracted = []
    failed: list[str] = []
    for doc in store.documents(doc_ids):
        try:
            extracted.append((doc, extractor(doc)))
        except (ValueError, KeyError, IndexError) as exc:  # one bad article must not stop the run
            failed.append(f"{doc['url']}: {type(exc).__name__}: {exc}")
    report = store_extractions(store, extracted)
    report.documents += len(failed)
    report.errors.extend(failed)
    return report


def reextract(store: Store, extractor: Extractor | None = None) -> ExtractionReport:
    """Re-run ``extractor`` (default: ``extract.extract_cases``) over every stored document, in
    batches of ``BATCH`` documents (the command runs them in worker processes: see
    ``pipelines.extraction``)."""
    report = ExtractionReport()
    doc_ids = store.document_ids()
    for start in range(0, len(doc_ids), BATCH):
        report.add(
            extract_stored(store, doc_ids[start : start + BATCH], extractor or default_extractor)
        )
    return report


ReextractReport = ExtractionReport  # the report's name before every extraction went this way
