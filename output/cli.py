"""The ``returnwatch`` console command.

Each subcommand is a thin wrapper over a Python function with the same options; the wrappers live
in the package that owns the function and register themselves here by name, so this module stays
an index rather than a place where logic accumulates.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

# subcommand name -> "module:function" that adds the subparser and sets ``func`` as default.
SUBCOMMANDS: dict[str, str] = {
    "extract": "output.cli_extract:register",
    "evaluate": "output.cli_extract:register_evaluate",
    "demo": "output.cli_crawl:register_demo",
    "crawl": "output.cli_crawl:register",
    "sites": "output.cli_crawl:register_sites",
    "parse": "output.cli_parse:register",
    "status": "output.cli_status:register",
    "ingest": "output.cli_ingest:register",
    "worker": "output.cli_worker:register",
    "review": "output.cli_store:register_review",
    "export": "output.cli_store:register_export",
    "reextract": "output.cli_store:register_reextract",
    "browse": "output.cli_store:register_browse",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="returnwatch",
        description="Turn public announcements of Sky Net / Fox Hunt returns into a reviewed case database.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, target in SUBCOMMANDS.items():
        module_name, func_name = target.split(":")
        register: Callable[[argparse._SubParsersAction, str], None] = getattr(
            importlib.import_module(module_name), func_name
        )
        register(subparsers, name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
