"""The case store: ``open_store(db)`` returns a :class:`Store` (SQLite by default)."""

from output.store.core import Store, check_store, open_store
from output.store.errors import CorruptStoreError, ReviewError, SchemaTooNewError, StoreError
from output.store.migrations import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "CorruptStoreError",
    "ReviewError",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "check_store",
    "open_store",
]
