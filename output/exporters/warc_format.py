"""WARC export: the captured copy of every source of the exported cases, as WARC/1.1 records.

Each stored document that is a source of an exported case becomes one record (warcio), in
document id order, read from the store a batch at a time, and so does each earlier capture of
those pages (a page edited since it was first captured, ``captures``), oldest first:

- a ``response`` record when the store kept the HTTP response (status and headers): its HTTP
  header block is the one received, except that the body is kept decoded (as the crawl read
  it), so ``Content-Encoding`` and ``Transfer-Encoding`` are renamed ``X-Original-...`` and
  ``Content-Length`` gives the body's length;
- a ``resource`` record when it kept the bytes without a response (a mirrored file);
- nothing when it kept no bytes (stored before schema version 5): counted as ``missing``.

``WARC-Target-URI`` is the source's URL (as in the JSON export; the address that answered,
when it differs, is in ``WARC-Returnwatch-Final-URI``), ``WARC-Date`` the capture time
(``fetched_at``), ``WARC-Payload-Digest`` the SHA-256 of the
body the store computed when it stored it (``sha256:`` and base32, as WARC 1.1 writes digests),
so a reader checks the file against the store and the JSON export's ``sha256``.
"""

from __future__ import annotations

import base64
import io
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# The address that answered, when it is not the source's (a redirect; the local mirror).
FINAL_URL_HEADER = "WARC-Returnwatch-Final-URI"
# Headers that describe the transfer, not the body the store keeps (decoded).
_TRANSFER_HEADERS = ("content-encoding", "transfer-encoding", "content-length")


@dataclass
class WarcResult:
    records: int = 0
    missing: int = 0  # sources without a captured copy


def payload_digest(sha256_hex: str) -> str:
    """A hex SHA-256 as a WARC digest: ``sha256:`` and the digest in base32."""
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode("ascii")


def warc_date(fetched_at: str | None) -> str | None:
    """``2024-06-01T08:00:00+00:00`` or ``...Z`` as a WARC-Date (UTC, ``Z``)."""
    if not fetched_at:
        return None
    return fetched_at.replace("+00:00", "Z")


def _http_headers(status: int, headers: list[list[str]], length: int) -> StatusAndHeaders:
    pairs: list[tuple[str, str]] = []
    for name, value in headers:
        if name.lower() in _TRANSFER_HEADERS[:2]:
            pairs.append(("X-Original-" + name, value))
        elif name.lower() != "content-length":
            pairs.append((name, value))
    pairs.append(("Content-Length", str(length)))
    return StatusAndHeaders(str(status), pairs, protocol="HTTP/1.1")


def record_for(writer: WARCWriter, capture: dict[str, Any]) -> Any:
    """The WARC record of one captured document (see the module docstring)."""
    body = zlib.decompress(capture["raw"])
    warc_headers = {"WARC-Payload-Digest": payload_digest(capture["body_sha256"])}
    date = warc_date(capture["fetched_at"])
    if date:
        warc_headers["WARC-Date"] = date
    url = capture["url"]
    if capture["final_url"] and capture["final_url"] != url:
        warc_headers[FINAL_URL_HEADER] = capture["final_url"]
    if capture["http_status"] is not None and capture["http_headers"] is not None:
        http = _http_headers(capture["http_status"], capture["http_headers"], len(body))
        return writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict=warc_headers,
        )
    return writer.create_warc_record(
        url,
        "resource",
        payload=io.BytesIO(body),
        length=len(body),
        warc_content_type="application/octet-stream",
        warc_headers_dict=warc_headers,
    )


def write(handle: BinaryIO, captures: Iterable[dict[str, Any]]) -> WarcResult:
    """Write one gzipped WARC/1.1 record per capture to ``handle``, one at a time."""
    writer = WARCWriter(handle, gzip=True, warc_version="1.1")
    result = WarcResult()
    for capture in captures:
        if capture["raw"] is None or not capture["body_sha256"]:
            result.missing += 1
            continue
        writer.write_record(record_for(writer, capture))
        result.records += 1
    return result
