"""JSON Lines export: one case per line, for streaming imports; written a case at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO


def write(handle: BinaryIO, cases: Iterable[dict[str, Any]], exported_at: str) -> int:
    count = 0
    for case in cases:
        handle.write(json.dumps(case, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count
