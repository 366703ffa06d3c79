"""The store fixture over both backends: a SQLite file, and a PostgreSQL schema of its own.

PostgreSQL tests run against the server on 127.0.0.1:5432 (``RETURNWATCH_TEST_PG`` overrides
the admin URL): one fresh database ``returnwatch_test_<random>`` per test run, dropped at the
end, and one schema per test inside it. When the server is unreachable those parametrizations
are skipped with the reason. Test modules load this with ``pytest_plugins = ["store_fixtures"]``.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_backends import BACKENDS, PG_ADMIN, pg_schema_url

from output.store.pg_admin import reachable, temporary_database

_schemas = itertools.count(1)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    reason = reachable(PG_ADMIN)
    if reason is not None:
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN}: {reason}")
    with temporary_database(PG_ADMIN, "test") as url:
        yield url


@pytest.fixture(params=BACKENDS)
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a fresh, empty store lives: a SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "s.sqlite"
    database = request.getfixturevalue("pg_database")
    return pg_schema_url(database, f"t{next(_schemas)}_{os.getpid()}")
