"""Errors of the case store, each naming the file it is about so the user knows what to fix."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: the store cannot do what was asked."""


class SchemaTooNewError(StoreError):
    """The store was written by a newer returnwatch; opening it could lose data it relies on."""


class CorruptStoreError(StoreError):
    """The file is not a readable store; it is reported and left untouched, never overwritten."""


class ReviewError(StoreError):
    """A review action was refused (invalid value, unknown case, rejected transition)."""
