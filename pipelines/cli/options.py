"""Options several commands share."""

from __future__ import annotations

import argparse


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        help="store: a SQLite file (default: $RETURNWATCH_DATA_DIR/returnwatch.sqlite, "
        "else ./data/returnwatch.sqlite) or postgresql://USER@HOST:PORT/DATABASE",
    )


def workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        metavar="N",
        help="extraction worker processes (default: the spare cores, os.cpu_count()-1; "
        "0: in this process)",
    )
