"""Re-extraction: run the current extraction over every stored document and update the cases.

After the extraction improves, machine-extracted values are refreshed from the stored text. A value
a reviewer set is never overwritten (it keeps ``origin: reviewer``; the new machine value is kept
beside it), a case's review status is never touched (a rejected case stays rejected, and a mention
renamed by the better extraction stays in the rejected case it came from), and a mention the new
extraction no longer finds is retired (inactive), never deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update

from output.merge import names_match
from output.record import CaseRecord
from output.store import Store, ids, schema
from output.store import mentions as store_mentions
from output.store.clock import utc_now
from output.store.dialect import write_transaction

Extractor = Callable[[Any], list[CaseRecord]]


@dataclass
class ReextractReport:
    documents: int = 0
    mentions_added: list[str] = field(default_factory=list)
    mentions_updated: list[str] = field(default_factory=list)
    mentions_retired: list[str] = field(default_factory=list)
    cases_created: list[str] = field(default_factory=list)
    # case id -> field -> [old, new] machine values
    changes: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

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


def _default_extractor() -> Extractor:
    from extract import Document, extract_cases

    def run(doc: dict[str, Any]) -> list[CaseRecord]:
        document = Document(
            id=doc["id"],
            text=doc["text"],
            url=doc["url"],
            # The crawl may store a time too (2024-06-23T09:00); the extraction anchors on the day.
            published=doc["published"][:10] if doc["published"] else None,
            title=doc["title"],
        )
        return extract_cases(document)

    return run


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


def _names_overlap(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def _reextract_document(
    conn: Connection, doc: dict[str, Any], records: list[CaseRecord], report: ReextractReport
) -> None:
    now = utc_now()
    before = _mentions_of(conn, doc["id"])
    cases_before = {r.case_id for r in before.values()}
    mention_ids, touched = store_mentions.add_mentions(conn, doc["id"], records, now)
    produced = set(mention_ids)
    gone = [r for mid, r in before.items() if mid not in produced and r.active]
    m = schema.mentions
    for old in gone:
        conn.execute(update(m).where(m.c.id == old.id).values(active=False, updated_at=now))
        report.mentions_retired.append(old.id)
        touched.add(old.case_id)
    after = _mentions_of(conn, doc["id"])
    for mid in mention_ids:
        if mid not in before:
            report.mentions_added.append(mid)
            record = next(r for i, r in zip(mention_ids, records, strict=True) if i == mid)
            adopted = _adopt_into_rejected(conn, mid, record, gone)
            new_case = after[mid].case_id
            if adopted is not None and adopted != new_case:
                touched.add(adopted)
                if _drop_if_empty(conn, new_case):
                    touched.discard(new_case)
            elif new_case not in cases_before and new_case == ids.case_id(mid):
                report.cases_created.append(new_case)
        elif before[mid].record != after[mid].record or not before[mid].active:
            report.mentions_updated.append(mid)
    for case_id in sorted(touched):
        changed = store_mentions.recompute_case(conn, case_id, now)
        if changed:
            report.changes.setdefault(case_id, {}).update(
                {name: [old, new] for name, (old, new) in changed.items()}
            )


def _drop_if_empty(conn: Connection, case_id: str) -> bool:
    """A case created a moment ago for a mention that was then adopted elsewhere: remove it."""
    m, c, k = schema.mentions, schema.cases, schema.mention_keys
    if conn.execute(select(m.c.id).where(m.c.case_id == case_id)).first() is not None:
        return False
    conn.execute(k.delete().where(k.c.case_id == case_id))
    conn.execute(c.delete().where(c.c.id == case_id, c.c.status == "pending"))
    return True


def reextract(store: Store, extractor: Extractor | None = None) -> ReextractReport:
    """Re-run ``extractor`` (default: ``extract.extract_cases``) over every stored document."""
    run = extractor or _default_extractor()
    report = ReextractReport()
    for doc in store.iter_documents():
        report.documents += 1
        try:
            records = run(doc)
        except (ValueError, KeyError, IndexError) as exc:  # one bad article must not stop the run
            report.errors.append(f"{doc['url']}: {type(exc).__name__}: {exc}")
            continue
        with write_transaction(store.engine) as conn:
            _reextract_document(conn, doc, records, report)
    return report
