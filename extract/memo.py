"""Results remembered for the document being read.

A document's sentences are asked the same questions many times over: for each person's
record and for each field (the places a sentence names, the crimes it tells). The matching copy
of the text (``norm``) is one string for the whole extraction of a document, so a memo keyed
by its spans holds while that string is the one asked about, and is dropped as soon as another
comes: one document's results at a time, whatever the number of documents.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class DocumentMemo(Generic[Key, Value]):
    """A table of results for the text last asked about (by identity: an equal text of another
    document starts a new table, which is only a miss)."""

    def __init__(self) -> None:
        # one tuple, replaced whole: a thread that reads it gets a text and its own table
        self._current: tuple[str | None, dict[Key, Value]] = (None, {})

    def table(self, text: str) -> dict[Key, Value]:
        """The results remembered for ``text``, a new empty table when it is another text."""
        current, table = self._current
        if current is not text:
            table = {}
            self._current = (text, table)
        return table
