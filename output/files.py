"""Reading JSON Lines input and writing output files: the one place every command does both.

``read_jsonl`` reads a JSONL file (or standard input) line by line and never raises on a bad
line: a line that is not UTF-8, not JSON, nested too deeply, holds an integer too long to read,
a lone surrogate, NaN or Infinity, or is longer than the limit, is reported as
``FILE:LINE: reason`` and skipped; the good lines before and after it are read. A UTF-8
byte-order mark at the start of the file is accepted.

``write_output`` / ``open_output`` write a file the way careful command-line tools do: a regular
file is written to a temporary file beside it and renamed over it (a reader never sees half a
file, a failed write leaves the previous file, the previous file's mode is kept); a symbolic
link is written through (its target is replaced, the link stays); a FIFO, a character device
(``/dev/null``, a terminal) and ``-`` (standard output) are written directly; anything else (a
directory, a socket, a block device) is refused. Every failure is an ``OutputError`` whose
message is one line naming the path.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
import tempfile
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


class OutputError(Exception):
    """An output file cannot be written; the message is one line naming the path."""


# -- reading ---------------------------------------------------------------------------------


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


# -- writing ---------------------------------------------------------------------------------


def _describe(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "no space left on device"
    return error.strerror or str(error)


def output_kind(path: Path) -> str:
    """How ``path`` is written: ``stdout``, ``new``, ``file`` (atomically), ``direct`` (FIFO,
    character device); OutputError for anything else or a place that cannot be written."""
    if str(path) == "-":
        return "stdout"
    try:
        mode = path.stat().st_mode  # follows a symbolic link to what it points to
    except (FileNotFoundError, NotADirectoryError):
        parent = path.parent
        if not parent.is_dir():
            raise OutputError(f"{path}: directory {parent} does not exist") from None
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(f"{path}: directory {parent} is not writable") from None
        return "new"
    except OSError as exc:
        raise OutputError(f"{path}: {_describe(exc)}") from None
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a directory")
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return "direct"
    if not stat.S_ISREG(mode):
        raise OutputError(f"{path}: not a regular file, FIFO or character device; not written")
    if not os.access(path, os.W_OK):
        raise OutputError(f"{path}: file is not writable")
    return "file"


def check_output(path: str | Path) -> None:
    """Fail early (OutputError), before any work, when ``path`` cannot be written."""
    output_kind(Path(path))


def _target(path: Path) -> Path:
    """The file a symbolic link leads to (written through, the link kept), else ``path``."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def _atomic(path: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``path``, renamed over it when the block ends without error."""
    try:
        previous = path.stat()
    except FileNotFoundError:
        previous = None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, stat.S_IMODE(previous.st_mode) if previous else _new_file_mode())
        if previous is not None and os.geteuid() == 0:
            os.fchown(fd, previous.st_uid, previous.st_gid)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


@contextmanager
def _direct(path: Path) -> Iterator[BinaryIO]:
    fd = os.open(path, os.O_WRONLY)  # a FIFO or a device: never created, never truncated
    with os.fdopen(fd, "wb") as handle:
        yield handle


@contextmanager
def _stdout() -> Iterator[BinaryIO]:
    sys.stdout.flush()
    yield sys.stdout.buffer
    sys.stdout.buffer.flush()


@contextmanager
def open_output(path: str | Path) -> Iterator[BinaryIO]:
    """A binary handle on the output ``path`` (rules in the module docstring). A regular file
    appears only when the block ends without error; OutputError on any failure."""
    where = Path(path)
    kind = output_kind(where)
    opener: Callable[[], Any]
    if kind == "stdout":
        opener = _stdout
    elif kind == "direct":
        opener = lambda: _direct(where)  # noqa: E731
    else:
        opener = lambda: _atomic(_target(where))  # noqa: E731
    try:
        with opener() as handle:
            yield handle
    except OutputError:
        raise
    except OSError as exc:
        kept = " (the previous file is kept)" if kind == "file" else ""
        raise OutputError(f"{path}: {_describe(exc)}{kept}") from None


def write_output(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (rules in the module docstring)."""
    with open_output(path) as handle:
        handle.write(data)
