"""The real-text labels are well-formed and hold no article text (it is not ours to publish)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from extract.record import COERCIONS, CRIMES, METHODS

LABELS = Path(__file__).parent / "realtext" / "labels.jsonl"
CASE_KEYS = [
    "name",
    "name_is_full",
    "return_date",
    "fled_to",
    "method",
    "alleged_crimes",
    "years_at_large",
    "red_notice",
    "former_position",
    "coercion",
    "evidence",
]


def _labels() -> list[dict[str, object]]:
    return [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]


def test_the_labels_are_well_formed_and_hold_no_text() -> None:
    rows = _labels()
    assert len(rows) >= 200
    assert len({r["id"] for r in rows}) == len(rows) == len({r["url"] for r in rows})
    for row in rows:
        assert "text" not in row and "title" not in row, row["id"]
        assert row["query"] and str(row["url"]).startswith("http"), row["id"]
        assert row["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(row["published"]))
        for case in row["cases"]:  # type: ignore[attr-defined]
            assert list(case) == CASE_KEYS, row["id"]
            assert case["method"] in METHODS
            assert set(case["alleged_crimes"]) <= set(CRIMES)
            assert set(case["coercion"]) <= set(COERCIONS)
            assert all(re.fullmatch(r"[A-Z]{2}", c) for c in case["fled_to"])
            date = case["return_date"]
            assert date is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date)
