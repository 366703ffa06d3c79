"""Reading JSON Lines input: the one place every command reads a JSONL file.

``read_jsonl`` reads a JSONL file (or standard input) line by line and never raises on a bad
line: a line that is not UTF-8, not JSON, nested too deeply, holds an integer too long to read,
a lone surrogate, NaN or Infinity, or is longer than the limit, is reported as
``FILE:LINE: reason`` and skipped; the good lines before and after it are read. A UTF-8
byte-order mark at the start of the file is accepted. It lives at the bottom layer because the
extraction's own evaluation reads labelled JSONL with it; writing files is ``output.files``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

BOM = b"\xef\xbb\xbf"
# A longer line is skipped unread (a document of 20 MB fits with room to spare).
MAX_LINE_BYTES = 256 * 1024 * 1024
_CHUNK = 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class BadLine:
    """A line of a JSONL file that was skipped, and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@contextmanager
def open_input(path: str) -> Iterator[BinaryIO]:
    """A binary handle on an input file (``-``: standard input); OSError when it cannot be
    opened."""
    if path == "-":
        yield sys.stdin.buffer
        return
    with Path(path).open("rb") as handle:
        yield handle


def _read_line(handle: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """The next line (b"" at the end) and whether it was longer than ``limit`` (the rest of
    such a line is read and dropped in chunks, never held whole)."""
    line = handle.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, False
    while True:
        rest = handle.readline(_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return b"", True


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _has_lone_surrogate(value: Any) -> bool:
    """Any string (key or value) in ``value`` holding half a surrogate pair; iterative, so a
    deeply nested value cannot exhaust the stack."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse_json_line(raw: bytes) -> Any:
    """One line's JSON value; ValueError with a short reason when it is not usable."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1})"
        ) from None
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise ValueError("invalid JSON (nested too deeply)") from None
    except ValueError as exc:  # an integer longer than Python's limit, NaN, Infinity
        raise ValueError(f"invalid JSON ({str(exc).splitlines()[0]})") from None
    if _ESCAPED_SURROGATE.search(text) and _has_lone_surrogate(value):
        raise ValueError("invalid JSON (a lone surrogate \\uD800-\\uDFFF is not a character)")
    return value


def read_jsonl(
    path: str,
    on_bad: Callable[[BadLine], None],
    *,
    max_line_bytes: int = MAX_LINE_BYTES,
) -> Iterator[tuple[int, Any]]:
    """(line number, JSON value) of each good non-blank line of ``path`` (``-``: standard
    input); each bad line goes to ``on_bad`` and is skipped. OSError when the file cannot be
    opened or read."""
    with open_input(path) as handle:
        yield from iter_jsonl(handle, path, on_bad, max_line_bytes=max_line_bytes)


def iter_jsonl(
    handle: BinaryIO,
    path: str,
    on_bad: Callable[[BadLine], None],
    *,
    max_line_bytes: int = MAX_LINE_BYTES,
) -> Iterator[tuple[int, Any]]:
    """``read_jsonl`` on a handle already open (``path`` names it in the reports)."""
    number = 0
    while True:
        raw, too_long = _read_line(handle, max_line_bytes)
        number += 1
        if too_long:
            on_bad(BadLine(path, number, f"line longer than {max_line_bytes} bytes"))
            continue
        if not raw:
            return
        if number == 1 and raw.startswith(BOM):
            raw = raw[len(BOM) :]
        if not raw.strip():
            continue
        try:
            yield number, parse_json_line(raw)
        except ValueError as exc:
            on_bad(BadLine(path, number, str(exc)))
