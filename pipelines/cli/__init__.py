"""The ``returnwatch`` command line: one thin module per command over the stage functions.

Each module under ``pipelines/cli/`` adds its subcommand (``register``) and wraps one Python
function with the same options (sqlite-utils style); this module only lists them. A command is
a run of stages, which is why the command line sits on top, in ``pipelines``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from pipelines.cli import (
    browse,
    crawl,
    demo,
    evaluate,
    export,
    extract,
    ingest,
    parse,
    process,
    reextract,
    report,
    review,
    sites,
    status,
    worker,
)

Register = Callable[[argparse._SubParsersAction, str], None]

# subcommand name -> the function that adds its subparser (with ``func`` as default)
SUBCOMMANDS: dict[str, Register] = {
    "extract": extract.register,
    "evaluate": evaluate.register,
    "demo": demo.register,
    "crawl": crawl.register,
    "sites": sites.register,
    "parse": parse.register,
    "status": status.register,
    "ingest": ingest.register,
    "process": process.register,
    "worker": worker.register,
    "review": review.register,
    "export": export.register,
    "report": report.register,
    "reextract": reextract.register,
    "browse": browse.register,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="returnwatch",
        description="Turn public announcements of Sky Net / Fox Hunt returns into a reviewed case database.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, register in SUBCOMMANDS.items():
        register(subparsers, name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    status_code: int = args.func(args)
    return status_code


if __name__ == "__main__":
    sys.exit(main())
