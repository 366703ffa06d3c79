"""Archived pages: read a web archive (WARC / ARC files) or a ``wget --mirror`` tree.

Pages that are gone from the web often survive in archives. This module only reads them: each
archived HTTP response becomes an :class:`ArchivedPage` (original URL, status, headers, raw bytes,
when it was archived), and whatever cannot be read becomes a :class:`Problem` naming the file,
the record and the URL, so one bad record is reported and skipped instead of ending the run.
What happens to the pages (parsing, relevance, extraction, storage) is ``pipelines.ingest``.
"""

from __future__ import annotations

import gzip
import mimetypes
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

# A wget --mirror tree keeps each host in a directory of its own name (with a port: host:8080).
_HOST_DIR = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?$")
# Characters kept as they are when a saved file name becomes a URL path again: a name holds the
# URL's own percent-escapes and query (search?page=2&q=%E5%A4%96), which must not be escaped twice.
_URL_SAFE = "/?&=%:;,+~@!$'()*[]"
# Saved with a name that says nothing (search?page=1&...): decided by the first bytes.
_MARKUP_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<?xml", b"<!--")


@dataclass(frozen=True)
class ArchivedPage:
    """One archived response. ``where`` locates it for messages (file, record number, offset)."""

    url: str
    status: int
    content_type: str | None
    body: bytes
    archived_at: str | None  # ISO 8601 UTC, "2024-06-24T06:30:00Z"
    where: str
    # The archived HTTP response's headers, in order (None: the archive kept no HTTP response,
    # only the file: a mirror, a WARC resource record); with them ``status`` is the real one.
    headers: list[tuple[str, str]] | None = None


@dataclass(frozen=True)
class Problem:
    """Input that could not be read; ``where`` names the file (and record), ``message`` why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _iso(value: str | None) -> str | None:
    """A WARC-Date (``2024-06-24T06:30:00Z``, maybe with fractions) as ``...T06:30:00Z``."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def looks_like_markup(body: bytes) -> bool:
    """True when the bytes start like an HTML or XML document (BOM and blanks skipped)."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_MARKUP_START)


# -- WARC ----------------------------------------------------------------------------------------
# What warcio raises on damaged input: besides its own ArchiveLoadFailed, a truncated gzip member
# or a header block cut short surfaces as a decompression, decoding or attribute error (a record
# without WARC-Target-URI reaches ``None.startswith``). All of them mean "this file is damaged
# here", are reported with the file and record, and never stop the other files.
READ_ERRORS = (EOFError, OSError, ValueError, zlib.error, AttributeError, TypeError, IndexError)


def _reason(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()
    return first[0] if first else type(exc).__name__


def _warc_page(record: object, where: str) -> ArchivedPage | None:
    """The page of a ``response`` (HTTP) or ``resource`` (bare file) record, else None."""
    rec_type = getattr(record, "rec_type", None)
    if rec_type not in ("response", "resource"):
        return None  # warcinfo, request, metadata, revisit (no payload of its own)
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = (headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    archived_at = _iso(headers.get_header("WARC-Date"))
    http = getattr(record, "http_headers", None)
    http_headers = None
    if rec_type == "response" and http is not None:
        status = int(http.get_statuscode() or 0)
        content_type = http.get_header("Content-Type")
        http_headers = [(str(name), str(value)) for name, value in http.headers]
    else:
        status, content_type = 200, headers.get_header("Content-Type")
    body = record.content_stream().read()  # type: ignore[attr-defined]
    return ArchivedPage(
        url, status, content_type, body, archived_at, f"{where} {url}", http_headers
    )


def _archive_start(path: Path) -> bytes:
    """The first bytes of the (decompressed) file: WARC files start ``WARC/``, ARC files with
    their ``filedesc://`` record. warcio alone would read any text line as an ARC header."""
    with path.open("rb") as handle:
        head = handle.read(2)
        handle.seek(0)
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=handle) as unzipped:
                return unzipped.read(16)
        return handle.read(16)


def read_warc(path: str | Path) -> Iterator[ArchivedPage | Problem]:
    """The pages of one WARC or ARC file, gzipped or not, in file order.

    A file that is no archive, or a record that breaks the file's structure (truncated gzip,
    bad record header), is a Problem; the pages before it have been yielded already, and the
    records after a broken one cannot be found again, so the rest of that file is skipped.
    """
    # warcio is read only for WARC/ARC input (a mirror tree needs none of it)
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed  # same

    p = Path(path)
    try:
        start = _archive_start(p)
        handle = p.open("rb")
    except OSError as exc:
        yield Problem(str(p), f"cannot read ({exc.strerror or exc})")
        return
    except (EOFError, zlib.error) as exc:
        yield Problem(str(p), f"not a readable WARC/ARC file: {_reason(exc)}")
        return
    if not start:
        yield Problem(str(p), "no WARC records (empty file)")
        return
    if not start.startswith((b"WARC/", b"filedesc://")):
        yield Problem(str(p), f"not a WARC/ARC file (it starts with {start[:12]!r})")
        return
    number = 0
    with handle:
        records = ArchiveIterator(handle, arc2warc=True)
        try:
            for record in records:
                number += 1
                where = f"{p} record {number} (offset {records.offset})"
                try:
                    page = _warc_page(record, where)
                except READ_ERRORS as exc:
                    yield Problem(where, f"unreadable record: {_reason(exc)}")
                    continue
                if page is not None:
                    yield page
        except (ArchiveLoadFailed, *READ_ERRORS) as exc:
            after = f" after record {number}" if number else ""
            yield Problem(str(p), f"not a readable WARC/ARC file{after}: {_reason(exc)}")
            return


# -- wget --mirror tree --------------------------------------------------------------------------
def mirror_url(relative: str, scheme: str = "https") -> str:
    """``HOST/PATH?QUERY`` (a file of a wget --mirror tree) -> ``https://HOST/PATH?QUERY``.

    wget keeps the URL's query in the file name and saves a directory URL as ``index.html``;
    the file name is taken as the URL (``.../index.html``), since an archive cannot tell
    which of the two forms a page was linked by.
    """
    host, _, rest = relative.partition("/")
    return f"{scheme}://{host}/{quote(rest, safe=_URL_SAFE)}"


def _mirror_content_type(path: Path, body: bytes) -> str | None:
    guessed, _ = mimetypes.guess_type(path.name.split("?", 1)[0])
    if path.suffix.lower() in (".shtml", ".jhtml", ".htm", ".html"):
        return "text/html"
    if guessed is None and looks_like_markup(body):
        return "text/html"
    return guessed


def read_mirror(root: str | Path) -> Iterator[ArchivedPage | Problem]:
    """Every file of a ``wget --mirror`` tree under ``root`` (``root/HOST/PATH``), by path.

    Only directories named like hosts are read (``www.ccdi.gov.cn``, ``localhost:8000``); the
    file's modification time stands for when it was archived (wget sets it from the server's
    Last-Modified header when it has one).
    """
    base = Path(root)
    if not base.is_dir():
        yield Problem(str(base), "not a directory")
        return
    hosts = sorted(d for d in base.iterdir() if d.is_dir() and _HOST_DIR.match(d.name))
    if not hosts:
        yield Problem(str(base), "no HOST/PATH directories (expected a wget --mirror tree)")
        return
    for host in hosts:
        for path in sorted(p for p in host.rglob("*") if p.is_file()):
            relative = path.relative_to(base).as_posix()
            try:
                body = path.read_bytes()
                mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            except OSError as exc:
                yield Problem(str(path), f"cannot read ({exc.strerror})")
                continue
            yield ArchivedPage(
                url=mirror_url(relative),
                status=200,
                content_type=_mirror_content_type(path, body),
                body=body,
                archived_at=mtime.strftime("%Y-%m-%dT%H:%M:%SZ"),
                where=str(path),
            )


def read_archive(path: str | Path) -> Iterator[ArchivedPage | Problem]:
    """A directory is read as a wget --mirror tree, anything else as a WARC/ARC file."""
    p = Path(path)
    return read_mirror(p) if p.is_dir() else read_warc(p)
