"""Read side of the store: the review queue with its filters, and everything about one case."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, or_, select

from output.store import schema

STATUSES = ("pending", "accepted", "rejected", "needs_edit", "duplicate")


@dataclass(frozen=True)
class CaseFilter:
    """The queue's filters; None means 'any'."""

    status: str | None = None
    site: str | None = None
    year: int | None = None
    country: str | None = None
    method: str | None = None
    q: str | None = None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query: Select[Any], f: CaseFilter) -> Select[Any]:
    c, m, d = schema.cases, schema.mentions, schema.documents
    if f.status:
        query = query.where(c.c.status == f.status)
    if f.year is not None:
        query = query.where(c.c.year == f.year)
    if f.country:
        query = query.where(
            c.c.countries.like(f"%,{_escape_like(f.country.upper())},%", escape="\\")
        )
    if f.method:
        query = query.where(c.c.method == f.method)
    if f.site:
        in_site = select(m.c.case_id).join(d, d.c.id == m.c.document_id).where(d.c.site == f.site)
        query = query.where(c.c.id.in_(in_site))
    if f.q:
        pattern = f"%{_escape_like(f.q.strip())}%"
        query = query.where(
            or_(
                c.c.name.ilike(pattern, escape="\\"),
                c.c.name_pinyin.ilike(pattern, escape="\\"),
                c.c.names.ilike(pattern, escape="\\"),
            )
        )
    return query


def list_cases(
    conn: Connection, f: CaseFilter, *, limit: int = 100, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """One page of the queue (newest return first) and the total matching the filters."""
    c, m = schema.cases, schema.mentions
    n_mentions = (
        select(func.count())
        .where(m.c.case_id == c.c.id, m.c.active.is_(True))
        .scalar_subquery()
        .label("n_mentions")
    )
    query = _filtered(select(c, n_mentions), f)
    query = (
        query.order_by(c.c.return_date.desc().nulls_last(), c.c.name, c.c.id)
        .limit(limit)
        .offset(offset)
    )
    total = conn.execute(_filtered(select(func.count()).select_from(c), f)).scalar_one()
    rows = [dict(r._mapping) for r in conn.execute(query).all()]
    for row in rows:
        row["countries"] = [x for x in row["countries"].split(",") if x]
    return rows, int(total)


def facets(conn: Connection) -> dict[str, list[Any]]:
    """The values the queue's filter menus offer."""
    c, d = schema.cases, schema.documents
    years = conn.execute(select(c.c.year).distinct().where(c.c.year.is_not(None))).scalars()
    methods = conn.execute(select(c.c.method).distinct().where(c.c.method.is_not(None))).scalars()
    sites = conn.execute(select(d.c.site).distinct().where(d.c.site.is_not(None))).scalars()
    countries: set[str] = set()
    for value in conn.execute(select(c.c.countries).distinct()).scalars():
        countries.update(x for x in value.split(",") if x)
    return {
        "status": list(STATUSES),
        "year": sorted(years, reverse=True),
        "method": sorted(methods),
        "site": sorted(sites),
        "country": sorted(countries),
    }


def get_case(conn: Connection, case_id: str) -> dict[str, Any] | None:
    """A case with its merged fields, every mention with its document, reviews and duplicates."""
    c, m, d, r = schema.cases, schema.mentions, schema.documents, schema.reviews
    row = conn.execute(select(c).where(c.c.id == case_id)).first()
    if row is None:
        return None
    case = dict(row._mapping)
    case["fields"] = json.loads(case["fields"])
    case["reviewer_fields"] = json.loads(case["reviewer_fields"])
    case["countries"] = [x for x in case["countries"].split(",") if x]
    mention_rows = conn.execute(
        select(
            m,
            d.c.url,
            d.c.site,
            d.c.title,
            d.c.published,
            d.c.text,
            d.c.language,
            d.c.fetched_at,
            d.c.http_status,
            d.c.body_sha256,
            d.c.raw.is_not(None).label("captured"),
        )
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.case_id == case_id)
        .order_by(m.c.active.desc(), d.c.published, m.c.id)
    ).all()
    case["mentions"] = []
    for mr in mention_rows:
        mention = dict(mr._mapping)
        mention["record"] = json.loads(mention["record"])
        case["mentions"].append(mention)
    case["reviews"] = [
        {**dict(rv._mapping), "changes": json.loads(rv.changes)}
        for rv in conn.execute(select(r).where(r.c.case_id == case_id).order_by(r.c.id)).all()
    ]
    case["duplicates"] = list(
        conn.execute(select(c.c.id, c.c.name).where(c.c.duplicate_of == case_id)).all()
    )
    return case


def all_case_ids(conn: Connection, status: str | None = None) -> list[str]:
    c = schema.cases
    query = select(c.c.id).order_by(c.c.created_at, c.c.id)
    if status:
        query = query.where(c.c.status == status)
    return [str(x) for x in conn.execute(query).scalars()]


def recent_cases(conn: Connection, f: CaseFilter, *, limit: int) -> list[dict[str, Any]]:
    """The cases matching the queue's filters, most recently changed first (what a feed of new
    or changed cases lists), each with its active sources: two queries, whatever ``limit``."""
    c, m, d = schema.cases, schema.mentions, schema.documents
    query = _filtered(select(c), f).order_by(c.c.updated_at.desc(), c.c.id).limit(limit)
    rows = [dict(r._mapping) for r in conn.execute(query).all()]
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["countries"] = [x for x in row["countries"].split(",") if x]
        row["fields"] = json.loads(row["fields"])
        row["sources"] = []
    if not by_id:
        return rows
    sources = conn.execute(
        select(m.c.case_id, d.c.url, d.c.site, d.c.title, d.c.published)
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.case_id.in_(list(by_id)), m.c.active.is_(True))
        .order_by(d.c.published, m.c.id)
    ).all()
    for source in sources:
        by_id[source.case_id]["sources"].append(dict(source._mapping))
    return rows
