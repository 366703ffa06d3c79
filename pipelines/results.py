"""Where the extraction stage's results go: statistics, log, JSONL output, the run's report.

A batch may hold documents of several sites; each site's counts go to the statistics of the
crawler that crawls it (``attach``), where progress, the monitors and the run record read them.
The record-contract counts are Spidermon's (``spidermon/validation/...``, read by its
``ItemValidationMonitor``): every record is counted, and a record that breaks the contract
(``extract/case_record.schema.json``; the store refused it) is named field by field by
Spidermon's own validator. Warnings and errors are logged here, tagged with the site's spider
so that its error monitor counts them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Protocol

from spidermon.contrib.scrapy.stats import ValidationStatsManager
from spidermon.contrib.validation import JSONSchemaValidator

from extract.record import load_schema
from output.reextract import ExtractionReport
from pipelines.extraction import FIELDS_CHECKED, RECORDS_CHECKED, BatchResult

logger = logging.getLogger(__name__)

VALIDATOR_TYPE = "CaseRecord"
VALIDATION_ERRORS_STAT = "spidermon/validation/fields/errors"  # what ItemValidationMonitor reads
INTERNAL = (RECORDS_CHECKED, FIELDS_CHECKED)


class Stats(Protocol):
    """The part of Scrapy's stats collector the results need."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None: ...

    def set_value(self, key: str, value: Any) -> None: ...

    def get_value(self, key: str, default: Any = None) -> Any: ...


class ValidationCounts:
    """Spidermon's record-contract statistics of one crawler."""

    def __init__(self, stats: Stats, validator: JSONSchemaValidator):
        self.manager = ValidationStatsManager(stats)
        self.validator = validator
        self.manager.add_validator(VALIDATOR_TYPE, validator.name)
        stats.set_value(VALIDATION_ERRORS_STAT, 0)  # 0, so the monitor checks rather than skips

    def count(self, records: int, fields: int, invalid: list[dict[str, Any]]) -> None:
        for _ in range(records):
            self.manager.add_item()
        self.manager.add_fields(fields)
        for data in invalid:
            ok, errors = self.validator.validate(data)
            if ok:
                continue
            for field_name, messages in errors.items():
                for message in messages:
                    self.manager.add_field_error(field_name, message)
            self.manager.add_item_with_errors()


class ResultSink:
    """Takes each ``BatchResult`` of a run (the stage's ``on_result``)."""

    def __init__(self, output: str | Path | None = None, validate: bool = False):
        self.output = Path(output) if output else None
        self.validate = validate
        self.report = ExtractionReport()
        self.stats: dict[str, Stats] = {}
        self.spiders: dict[str, object] = {}
        self.validation: dict[str, ValidationCounts] = {}
        self.validator: JSONSchemaValidator | None = None

    def attach(self, site: str, stats: Stats | None, spider: object = None) -> None:
        """Count the documents of ``site`` into ``stats`` (its crawler's); log with ``spider``."""
        if stats is None:
            return
        self.stats[site] = stats
        self.spiders[site] = spider
        if self.validate:
            if self.validator is None:
                self.validator = JSONSchemaValidator(load_schema())
            self.validation[site] = ValidationCounts(stats, self.validator)

    def adopt(self, site: str, stats: Stats | None, spider: object = None) -> bool:
        """``attach`` for a site no crawler of its own counts (a URL list's pages of hosts
        without a config): the first crawler to store one counts them. True when attached."""
        if site in self.stats or stats is None:
            return False
        self.attach(site, stats, spider)
        return True

    def __call__(self, result: BatchResult) -> None:
        self.report.add(result.report)
        for site, message in result.warnings:
            logger.warning(message, extra={"spider": self.spiders.get(site)})
        for site, message in result.errors:
            logger.error(message, extra={"spider": self.spiders.get(site)})
        for site, counts in result.stats.items():
            stats = self.stats.get(site)
            if stats is None:
                continue
            for key, value in counts.items():
                if key not in INTERNAL:
                    stats.inc_value(key, value)
            if site in self.validation:
                self.validation[site].count(
                    counts[RECORDS_CHECKED], counts[FIELDS_CHECKED], result.invalid.get(site, [])
                )
        if self.output is not None and result.lines:
            self._append("".join(line + "\n" for line in result.lines).encode("utf-8"))

    def _append(self, data: bytes) -> None:
        """One ``write`` on an ``O_APPEND`` descriptor: the crawlers of a distributed crawl may
        share the file, and their lines must not split each other's."""
        assert self.output is not None
        fd = os.open(self.output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            written = os.write(fd, data)
            while written < len(data):  # a regular file takes it whole; a pipe may not
                written += os.write(fd, data[written:])
        finally:
            os.close(fd)
