"""Writing output files the way careful command-line tools do: the one place every command does it.

``write_output`` / ``open_output``: a regular file is written to a temporary file beside it and
renamed over it (a reader never sees half a file, a failed write leaves the previous file, the
previous file's mode is kept); a symbolic link is written through (its target is replaced, the
link stays); a FIFO, a character device (``/dev/null``, a terminal) and ``-`` (standard output)
are written directly; anything else (a directory, a socket, a block device) is refused. Every
failure is an ``OutputError`` whose message is one line naming the path. Reading JSONL input is
``extract.jsonl``.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO


class OutputError(Exception):
    """An output file cannot be written; the message is one line naming the path."""


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
