"""``returnwatch review``: serve the local review web page (``output.review``)."""

from __future__ import annotations

import argparse
import os
import sys

from output.review import serve
from output.review.security import TOKEN_ENV, BindRefused, check_bind
from output.store import StoreError
from output.store.paths import resolve_db_path
from pipelines.cli.options import db_option


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(name, help="serve the local review web page")
    db_option(p)
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
