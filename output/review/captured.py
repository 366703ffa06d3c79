"""The captured copy of a source page, offered as a download beside the source on the case page.

The bytes are the page as fetched (kept compressed by the store), scraped from sites nobody
here controls: they are sent as an ``attachment`` with a content type no browser renders
(``application/octet-stream``; ``nosniff`` is on every response) and a sandboxing policy
besides, so they never run as a page of the review app. The file is named after the document,
``.html`` when the response said HTML (or when no response was kept: a mirrored page).
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from flask import Response, abort

EXTRA_POLICY = "; sandbox"


def filename(document_id: str, http_headers: str | None) -> str:
    pairs = json.loads(http_headers) if http_headers else []
    content_type = next((v for n, v in pairs if n.lower() == "content-type"), "")
    html = http_headers is None or "html" in content_type.lower()
    return f"{document_id}.{'html' if html else 'bin'}"


def download(document_id: str, document: dict[str, Any] | None) -> Response:
    """The decompressed bytes of ``document`` as a download; 404 without a captured copy."""
    if document is None or document["raw"] is None:
        abort(404, f"no captured copy of document {document_id}")
    response = Response(zlib.decompress(document["raw"]), mimetype="application/octet-stream")
    name = filename(str(document["id"]), document["http_headers"])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Content-SHA256"] = document["body_sha256"] or ""
    return response
