"""Helpers for store tests on both backends (counting rows, raw SQL, PostgreSQL schemas).

The fixtures themselves live in ``store_fixtures`` (a module test files name in
``pytest_plugins``): one fresh PostgreSQL database per test run and one schema per test.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from output.store import open_store
from output.store.pg_admin import DEFAULT_ADMIN_URL

PG_ADMIN = os.environ.get("RETURNWATCH_TEST_PG", DEFAULT_ADMIN_URL)
BACKENDS = ("sqlite", "postgresql")
TABLES = ("documents", "cases", "mentions", "mention_keys", "reviews", "seen_urls", "crawl_runs")


def pg_schema_url(database_url: str, schema: str) -> str:
    """A store URL on ``schema`` (created here) of the test database."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(database_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def counts(db: str | Path) -> dict[str, int]:
    with open_store(db) as store, store.connect() as conn:
        return {t: conn.execute(sa.text(f"select count(*) from {t}")).scalar_one() for t in TABLES}


def execute(db: str | Path, statement: str) -> None:
    """Run raw SQL in its own transaction (tampering, as another program might)."""
    with open_store(db) as store, store.engine.begin() as conn:
        conn.exec_driver_sql(statement)
