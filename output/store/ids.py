"""Stable identifiers: hashes of chosen fields, so the same thing stored twice finds its row."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: str) -> str:
    """``prefix`` + 16 hex digits of SHA-256 over the parts, joined by a unit separator."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


def document_id(url: str) -> str:
    """A document is its URL: the same article fetched again is the same document."""
    return stable_id("doc-", url.strip())


def mention_id(document_id: str, name_simplified: str, occurrence: int) -> str:
    """One person in one document; ``occurrence`` separates two people of the same name in it."""
    return stable_id("men-", document_id, name_simplified.strip(), str(occurrence))


def case_id(first_mention_id: str) -> str:
    return stable_id("case-", first_mention_id)
