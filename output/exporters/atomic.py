"""Writing an export safely: refuse an unwritable path before any work, then write-and-rename.

A reader (or the researchers' import job) never sees half a file, and an export that fails leaves
the previous file in place.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportError(Exception):
    """The export cannot be written; the message names the path."""


def check_writable(path: Path) -> None:
    """Fail early, before the store is read, when ``path`` cannot be written."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"{path}: is a directory")
    if not parent.is_dir():
        raise ExportError(f"{path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{path}: directory {parent} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"{path}: file is not writable")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, rename it over."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
