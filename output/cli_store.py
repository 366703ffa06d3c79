"""CLI wrappers for the store: ``review``, ``export``, ``reextract``, ``browse``.

Each is a thin wrapper over a Python function with the same options (sqlite-utils style).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from output.exporters import FORMATS, ExportError, export
from output.files import OutputError, check_output, write_output
from output.store import StoreError, open_store
from output.store.paths import resolve_db_path


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        help="store: a SQLite file (default: $RETURNWATCH_DATA_DIR/returnwatch.sqlite, "
        "else ./data/returnwatch.sqlite) or postgresql://USER@HOST:PORT/DATABASE",
    )


def register_review(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="serve the local review web page")
    _db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument(
        "--token",
        default=None,
        help="access token required on every request (or $RETURNWATCH_REVIEW_TOKEN); "
        "needed to bind a non-loopback address",
    )
    p.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests for this host name (besides loopback names and --host), "
        "e.g. the machine's name when serving on 0.0.0.0",
    )
    p.set_defaults(func=run_review)


def run_review(args: argparse.Namespace) -> int:
    import os

    from output.review import serve
    from output.review.security import TOKEN_ENV, BindRefused, check_bind

    try:
        check_bind(args.host, args.token or os.environ.get(TOKEN_ENV))
        print(f"review page on http://{args.host}:{args.port}/ (store {resolve_db_path(args.db)})")
        serve(
            args.db,
            host=args.host,
            port=args.port,
            token=args.token,
            allowed_hosts=tuple(args.allowed_host),
        )
    except (BindRefused, StoreError) as exc:
        print(f"returnwatch review: {exc}", file=sys.stderr)
        return 2
    return 0


def register_export(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="export cases as json, jsonl, csv or ftm")
    _db(p)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--status", default="accepted", choices=("accepted", "all"))
    p.add_argument("--output", required=True, type=Path, help="file to write (atomically)")
    p.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 BOM (for Excel)")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    try:
        result = export(args.db, args.format, args.output, status=args.status, bom=args.bom)
    except (ExportError, StoreError) as exc:
        print(f"returnwatch export: {exc}", file=sys.stderr)
        return 2
    done = sys.stderr if str(result.path) == "-" else sys.stdout  # "-": the export is stdout
    print(f"wrote {result.cases} cases ({result.bytes} bytes) to {result.path}", file=done)
    return 0


def register_reextract(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="re-run the extraction over stored documents")
    _db(p)
    p.add_argument("--report", type=Path, default=None, help="write the full change report (JSON)")
    p.set_defaults(func=run_reextract)


def run_reextract(args: argparse.Namespace) -> int:
    from output.reextract import reextract

    try:
        if args.report:
            check_output(args.report)  # before the long run, not after it
        with open_store(args.db) as store:
            report = reextract(store)
    except (StoreError, OutputError) as exc:
        print(f"returnwatch reextract: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    for case_id, changes in sorted(report.changes.items()):
        for field, (old, new) in sorted(changes.items()):
            print(f"  {case_id} {field}: {old!r} -> {new!r}")
    for error in report.errors:
        print(f"  error: {error}", file=sys.stderr)
    if args.report:
        data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
        try:
            write_output(args.report, data)
        except OutputError as exc:
            print(f"returnwatch reextract: {exc}", file=sys.stderr)
            return 2
    return 1 if report.errors else 0


def register_browse(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="explore the store read-only in Datasette")
    _db(p)
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
