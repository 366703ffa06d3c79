"""The report's one error type."""

from __future__ import annotations


class ReportError(Exception):
    """The report cannot be made; the message is one line naming the file or option at fault."""
