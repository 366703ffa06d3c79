"""Batch extraction over JSON Lines: the function behind ``returnwatch extract``.

Input lines are ``{"id", "url", "published", "title", "text"}`` or the same with ``"html"``
instead of ``"text"``. A malformed line is reported with its line number and skipped, so one bad
line in a long export never loses the good ones.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from extract.api import extract_cases, html_to_text
from extract.document import Document

_PUBLISHED = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


class BadLine(ValueError):
    """An input line that is not a usable document."""


@dataclass
class BatchReport:
    documents: int = 0
    cases: int = 0
    bad_lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.bad_lines


def parse_line(line: str) -> Document:
    """One input line as a Document; raises BadLine with the reason."""
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise BadLine("expected a JSON object")
    doc_id = data.get("id")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or str(doc_id) == "":
        raise BadLine("missing or empty 'id'")
    published = data.get("published")
    if published is not None and not (isinstance(published, str) and _PUBLISHED.match(published)):
        raise BadLine(f"'published' must be YYYY-MM-DD, YYYY-MM or null, not {published!r}")
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise BadLine("'title' must be a string or null")
    text, html = data.get("text"), data.get("html")
    if isinstance(text, str):
        body = text
    elif isinstance(html, str):
        found_title, body = html_to_text(html)
        title = title or found_title
    else:
        raise BadLine("needs a string 'text' or 'html'")
    url = data.get("url")
    return Document(
        id=str(doc_id),
        text=body,
        url=url if isinstance(url, str) else None,
        published=published,
        title=title,
    )


@contextmanager
def _open(path: str, mode: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin if "r" in mode else sys.stdout
        return
    with Path(path).open(mode, encoding="utf-8") as handle:
        yield handle


def extract_file(
    input_path: str,
    output_path: str,
    warn: Callable[[str], None] = lambda message: print(message, file=sys.stderr),
    progress: Callable[[int, int], None] | None = None,
) -> BatchReport:
    """Extract case records from every document of a JSONL file into a JSONL file."""
    report = BatchReport()
    with _open(input_path, "r") as source, _open(output_path, "w") as sink:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                document = parse_line(line)
            except BadLine as exc:
                message = f"{input_path}:{number}: skipped: {exc}"
                report.bad_lines.append(message)
                warn(message)
                continue
            for record in extract_cases(document):
                sink.write(record.to_json() + "\n")
                report.cases += 1
            report.documents += 1
            if progress:
                progress(report.documents, report.cases)
    return report
