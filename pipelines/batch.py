"""Batch extraction over JSON Lines: the function behind ``returnwatch extract``.

Input lines are ``{"id", "url", "published", "title", "text"}`` or the same with ``"html"``
instead of ``"text"``. Lines are read by ``extract.jsonl.read_jsonl`` and the output written by
``output.files.open_output``, as every command does: a malformed line is reported with its file
and line number and skipped, so one bad line in a long export never loses the good ones.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extract.api import MAX_DOCUMENT_CHARS, cut_document, extract_cases, html_to_text
from extract.document import Document
from extract.jsonl import BadLine as FileBadLine
from extract.jsonl import iter_jsonl, open_input, parse_json_line
from output.files import check_output, open_output

_PUBLISHED = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


class BadLine(ValueError):
    """An input line that is not a usable document."""


@dataclass
class BatchReport:
    documents: int = 0
    cases: int = 0
    bad_lines: list[str] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)  # documents cut to the maximum length

    @property
    def ok(self) -> bool:
        return not self.bad_lines


def parse_line(line: str) -> Document:
    """One input line as a Document; raises BadLine with the reason."""
    try:
        data: Any = parse_json_line(line.encode("utf-8", "surrogatepass"))
    except ValueError as exc:
        raise BadLine(str(exc)) from None
    return parse_document(data)


def parse_document(data: Any) -> Document:
    """One decoded input line as a Document; raises BadLine with the reason."""
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


def extract_file(
    input_path: str,
    output_path: str,
    warn: Callable[[str], None] = lambda message: print(message, file=sys.stderr),
    progress: Callable[[int, int], None] | None = None,
    max_chars: int = MAX_DOCUMENT_CHARS,
) -> BatchReport:
    """Extract case records from every document of a JSONL file into a JSONL file.

    Bad lines are reported (``FILE:LINE: skipped: reason``) and skipped; a document longer than
    ``max_chars`` is cut there, with a warning. Raises OSError when the input cannot be read,
    ``output.files.OutputError`` when the output cannot be written (a regular output file is
    then left as it was)."""
    report = BatchReport()

    def bad(line: FileBadLine) -> None:
        message = f"{line.path}:{line.line}: skipped: {line.reason}"
        report.bad_lines.append(message)
        warn(message)

    check_output(output_path)
    with open_input(input_path) as source, open_output(output_path) as sink:
        for number, data in iter_jsonl(source, input_path, bad):
            try:
                document = parse_document(data)
            except BadLine as exc:
                bad(FileBadLine(input_path, number, str(exc)))
                continue
            if len(document.text) > max_chars:
                message = (
                    f"{input_path}:{number}: document {document.id!r} cut to its first "
                    f"{max_chars} of {len(document.text)} characters"
                )
                report.cut.append(message)
                warn(message)
                document = cut_document(document, max_chars)
            for record in extract_cases(document, max_chars=max_chars):
                sink.write((record.to_json() + "\n").encode("utf-8"))
                report.cases += 1
            report.documents += 1
            if progress:
                progress(report.documents, report.cases)
    return report
