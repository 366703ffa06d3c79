"""Creating and dropping PostgreSQL databases for stores, tests and benchmarks (psycopg 3).

``temporary_database(admin_url)`` gives the URL of a new, empty database named
``returnwatch_<purpose>_<random>`` and drops it afterwards (even with connections left open).
The admin URL names any database the user may connect to (``postgres`` by default).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def _libpq(url: str) -> str:
    """The URL psycopg itself takes (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def reachable(admin_url: str = DEFAULT_ADMIN_URL) -> str | None:
    """None when the server answers, else the reason it does not."""
    import psycopg  # optional: only PostgreSQL stores need the driver

    try:
        with psycopg.connect(_libpq(admin_url), connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0]


def create_database(admin_url: str, name: str) -> str:
    """Create database ``name``; return the store URL naming it (same server and user)."""
    import psycopg  # optional: only PostgreSQL stores need the driver
    from psycopg import sql  # same

    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    import psycopg  # optional: only PostgreSQL stores need the driver
    from psycopg import sql  # same

    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@contextmanager
def temporary_database(admin_url: str = DEFAULT_ADMIN_URL, purpose: str = "tmp") -> Iterator[str]:
    name = f"returnwatch_{purpose}_{secrets.token_hex(4)}"
    url = create_database(admin_url, name)
    try:
        yield url
    finally:
        drop_database(admin_url, name)
