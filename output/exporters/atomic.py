"""The export's error type. Writing is ``output.files.write_output``: checked before the store
is read, then written atomically (a regular file), through (a symbolic link) or directly (a
FIFO, a character device, standard output)."""

from __future__ import annotations

from output.files import OutputError


class ExportError(OutputError):
    """The export cannot be written; the message names the path."""
