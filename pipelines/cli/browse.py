"""``returnwatch browse``: explore the store read-only in Datasette."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from output.store import StoreError, open_store
from output.store.paths import resolve_db_path
from pipelines.cli.options import db_option


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="explore the store read-only in Datasette")
    db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8001)
    p.set_defaults(func=run_browse)


def browse_command(db: str | Path | None, host: str, port: int) -> list[str]:
    """The Datasette command line: the store opened immutable (read-only, no locks taken)."""
    path = resolve_db_path(db)
    if isinstance(path, str):
        raise StoreError(f"browse: Datasette opens SQLite files only, not {path}; use psql")
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(path),
        "-h",
        host,
        "-p",
        str(port),
    ]


def run_browse(args: argparse.Namespace) -> int:
    try:
        command = browse_command(args.db, args.host, args.port)
        # Checks the file and its schema version, and folds the WAL in so Datasette sees it all.
        with open_store(args.db) as store, store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except StoreError as exc:
        print(f"returnwatch browse: {exc}", file=sys.stderr)
        return 2
    return subprocess.call(command)
