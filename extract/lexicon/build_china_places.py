"""Rebuild ``china_places.json`` from the official administrative division codes.

The gazetteer is data, not code: this script is how it was made, so it can be made again when the
divisions change. Its source is the adcode table that the ``cpca`` package ships (the national
statistics bureau's division codes); install it for the build only
(``pip install --no-deps cpca``), then run ``python -m extract.lexicon.build_china_places``.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("china_places.json")
DOC = (
    "China's provinces, prefecture-level divisions and county-level divisions by their full "
    "official names, built from the national division codes (adcodes as shipped by the cpca "
    "package) by build_china_places.py. Short forms (柳州 for 柳州市) are derived on load. A name "
    "candidate that is a place is not a person."
)


def _source() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("build_china_places: install cpca first (pip install --no-deps cpca)")
    return Path(next(iter(spec.submodule_search_locations)), "resources", "adcodes.csv")


def _levels(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """Split the table by level: 2, 4 or 6 significant digits of the 12-digit code."""
    levels: dict[str, set[str]] = {"provinces": set(), "prefectures": set(), "counties": set()}
    for row in rows:
        code, name = row["adcode"], row["name"]
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        if code[2:] == "0" * 10:
            levels["provinces"].add(name)
        elif code[4:] == "0" * 8:
            levels["prefectures"].add(name)
        elif code[6:] == "0" * 6:
            levels["counties"].add(name)
    return {key: sorted(names) for key, names in levels.items()}


def main() -> None:
    with _source().open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    data = {"_doc": DOC, **_levels(rows)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: " + ", ".join(f"{len(v)} {k}" for k, v in data.items() if k != "_doc"))


if __name__ == "__main__":
    main()
