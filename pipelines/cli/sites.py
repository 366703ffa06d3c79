"""``returnwatch sites``: the configured sites, their strategies and start URLs."""

from __future__ import annotations

import argparse
import json
from typing import Any

from scrapers.config import load_sites

NOT_CHECKED = "not yet checked against real pages"


def list_sites() -> list[dict[str, Any]]:
    """One row per configured site: id, name, strategies, start URLs, language, encoding, how
    its config was verified, and the real pages the conformance test checks it against
    (``real_pages`` empty and ``checked_on_real_pages`` false: selectors never tried on markup
    the site really served)."""
    return [
        {
            "id": c.id,
            "name": c.name,
            "language": c.language,
            "strategies": list(c.strategies),
            "start_urls": list(c.start_urls),
            "encoding": c.encoding,
            "verified": c.verified,
            "real_pages": c.real_pages,
            "checked_on_real_pages": c.checked_on_real_pages,
        }
        for c in load_sites().values()
    ]


def run_sites(args: argparse.Namespace) -> int:
    rows = list_sites()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        checked = f"real pages: {row['real_pages']}" if row["real_pages"] else NOT_CHECKED
        print(f"{row['id']:<12} {'+'.join(row['strategies']):<13} {row['name']}  [{checked}]")
        for url in row["start_urls"]:
            print(f"{'':<12} {url}")
    return 0


def register(subparsers: argparse._SubParsersAction, name: str) -> None:
    p = subparsers.add_parser(
        name,
        help="list the configured sites, strategies and start URLs",
        description="Lists each configured site with its discovery strategies and start URLs, "
        "and whether its config has been checked against real pages of the site (the "
        "conformance set, ../shared/real-pages) or not yet.",
    )
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    p.set_defaults(func=run_sites)
