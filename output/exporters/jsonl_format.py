"""JSON Lines export: one case per line, for streaming imports."""

from __future__ import annotations

import json
from typing import Any


def render(cases: list[dict[str, Any]], exported_at: str) -> bytes:
    lines = [json.dumps(case, ensure_ascii=False) for case in cases]
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
