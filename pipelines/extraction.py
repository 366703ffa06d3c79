"""The extraction stage: stored documents in, their case records merged into the store.

Every article reaches the store as a document first (a crawl, an archive ingest, a URL list);
this stage then takes the documents that have no extraction yet, or an older one
(``extract.api.EXTRACTION_VERSION``), in batches, extracts them and stores their records with
the document's extraction version, one transaction per batch (``output.reextract``). A run
killed at any moment thus loses nothing: a document stored and not extracted is taken by the
next run of the stage, in whatever command that is (``crawl``, ``ingest``, ``process``, a
distributed ``worker``).

``extract_batch`` is the work of one batch: it runs in a worker process of a
``concurrent.futures.ProcessPoolExecutor`` (``pipelines.stage``) or, with no worker, in the
caller's process. What the caller must know comes back as a ``BatchResult``: counts per site
for the crawl's statistics and monitors, the warnings to log, and the records for the JSONL
output.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any

from extract.api import MAX_DOCUMENT_CHARS, cut_document, extract_cases
from extract.record import CaseRecord
from output.reextract import ExtractionReport, store_extractions, to_document
from output.store import Store
from output.store.validation import record_dict, schema_error

# Statistics the stage adds to the crawler of each document's site.
CASES_STAT = "returnwatch/cases_found"
CUT_STAT = "returnwatch/extract/cut_documents"  # texts cut to RETURNWATCH_MAX_DOCUMENT_CHARS
ERRORS_STAT = "returnwatch/extract/errors"  # documents the extraction or the store refused
# Counted per site for the record-contract statistics (pipelines.results), not stats.
RECORDS_CHECKED = "records"
FIELDS_CHECKED = "fields"
RECORD_FIELDS = len(fields(CaseRecord))  # what Spidermon counts per record validated


@dataclass
class BatchResult:
    """What one batch did: the store's report, and per site what the crawl counts."""

    ids: list[str]
    report: ExtractionReport
    stats: dict[str, Counter[str]] = field(default_factory=dict)  # site -> stat -> count
    # site -> the records that break the record contract, as dicts (Spidermon's validation
    # counts name their fields; the store refuses them)
    invalid: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (site, message)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (site, message)
    lines: list[str] = field(default_factory=list)  # JSONL of the records (when asked)

    def count(self, site: str, stat: str, value: int = 1) -> None:
        self.stats.setdefault(site, Counter())[stat] += value


def _extract_one(doc: dict[str, Any], max_chars: int, result: BatchResult) -> list[CaseRecord]:
    site = doc.get("site") or "generic"
    document = to_document(doc)
    if len(document.text) > max_chars:
        result.warnings.append(
            (
                site,
                f"{doc['url']}: text of {len(document.text)} characters cut to its first "
                f"{max_chars} for extraction (RETURNWATCH_MAX_DOCUMENT_CHARS)",
            )
        )
        result.count(site, CUT_STAT)
        document = cut_document(document, max_chars)
    records = extract_cases(document, max_chars=max_chars)
    for record in records:
        if record.source_url is None:
            record.source_url = doc["url"]
    result.count(site, CASES_STAT, len(records))
    result.count(site, RECORDS_CHECKED, len(records))
    result.count(site, FIELDS_CHECKED, len(records) * RECORD_FIELDS)
    return records


def extract_batch(
    store: Store, doc_ids: list[str], max_chars: int = MAX_DOCUMENT_CHARS, lines: bool = False
) -> BatchResult:
    """Extract the stored documents ``doc_ids`` and store their records; ``lines``: return the
    records as JSON lines too. A document the extraction fails on, or whose records break the
    record contract, is named in ``errors`` and stays unextracted (taken again next run)."""
    result = BatchResult(list(doc_ids), ExtractionReport())
    extracted = []
    docs = store.documents(doc_ids)
    for doc in docs:
        site = doc.get("site") or "generic"
        try:
            extracted.append((doc, _extract_one(doc, max_chars, result)))
        except (ValueError, KeyError, IndexError, TypeError) as exc:  # one bad page, not all
            message = f"{doc['url']}: extraction failed: {type(exc).__name__}: {exc}"
            result.errors.append((site, message))
            result.count(site, ERRORS_STAT)
    result.report = store_extractions(store, extracted)
    stored = set(result.report.stored)
    for doc, records in extracted:
        if doc["id"] not in stored:  # the store refused its records: they break the contract
            site = doc.get("site") or "generic"
            data = [record_dict(record) for record in records]
            result.invalid.setdefault(site, []).extend(d for d in data if schema_error(d))
    site_of = {doc["url"]: doc.get("site") or "generic" for doc in docs}
    for message in result.report.errors:  # records the store refused: "URL: why"
        site = site_of.get(message.split(": ", 1)[0], "generic")
        result.errors.append((site, message))
        result.count(site, ERRORS_STAT)
    if lines:
        stored = set(result.report.stored)
        result.lines = [
            record.to_json()
            for doc, records in extracted
            if doc["id"] in stored
            for record in records
        ]
    return result
