"""Check every case record of an article against the record contract (the JSON Schema).

Spidermon's own ``ItemValidationPipeline`` validates whole items; ours are articles that carry
case records, and the contract (``output/case_record.schema.json``) is the record's. So this
pipeline validates each record and counts the errors in Spidermon's statistics
(``spidermon/validation/...``), where its ``ItemValidationMonitor`` reads them at the end of the
crawl. A record that breaks the contract is counted and logged, not dropped: the failed monitor
makes the run fail, and the operator sees which field.

Speed: Spidermon's validator (plain jsonschema) cost about 4 ms a record, more than extracting
it. A record is therefore first checked by the schema compiled to Python (fastjsonschema: the
store's own check, ``output.store.validation``, for the shipped schema), and only a record that
fails goes through Spidermon's validator, which names every bad field the Spidermon way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from output.store.validation import record_dict
from scrapers.items import ArticleItem

logger = logging.getLogger(__name__)

VALIDATOR_TYPE = "CaseRecord"
ERRORS_STAT = "spidermon/validation/fields/errors"  # what ItemValidationMonitor reads


def fast_check(schema: dict[str, Any] | None) -> Callable[[dict[str, Any]], bool]:
    """True when a record dict keeps ``schema`` (None: the shipped one, compiled once for the
    whole process and shared with the store)."""
    if schema is None:
        from output.store.validation import schema_error

        return lambda data: schema_error(data) is None
    import fastjsonschema

    compiled = fastjsonschema.compile(schema)

    def check(data: dict[str, Any]) -> bool:
        try:
            compiled(data)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check


class CaseValidationPipeline:
    def __init__(self, schema: dict[str, Any] | None = None, stats: Any = None):
        from spidermon.contrib.scrapy.stats import ValidationStatsManager
        from spidermon.contrib.validation import JSONSchemaValidator

        from output.record import load_schema

        self.valid = fast_check(schema)
        self.validator = JSONSchemaValidator(schema if schema is not None else load_schema())
        self.stats = ValidationStatsManager(stats) if stats is not None else None
        if self.stats is not None:
            self.stats.add_validator(VALIDATOR_TYPE, self.validator.name)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CaseValidationPipeline:
        if not crawler.settings.getbool("SPIDERMON_ENABLED"):
            raise NotConfigured("SPIDERMON_ENABLED is off")
        return cls(stats=crawler.stats)

    def open_spider(self) -> None:
        """Start the error count at 0, so the monitor checks it rather than skipping."""
        if self.stats is not None:
            self.stats.stats.set_value(ERRORS_STAT, 0)

    def errors(self, record: dict[str, Any]) -> dict[str, list[str]]:
        """Field path -> messages for one record (empty when it keeps the contract)."""
        if self.valid(record):
            return {}
        ok, errors = self.validator.validate(record)
        return {} if ok else dict(errors)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        for record in item.cases:
            data = record_dict(record)
            errors = self.errors(data)
            if self.stats is not None:
                self.stats.add_item()
                self.stats.add_fields(len(data))
            if not errors:
                continue
            logger.warning(
                "case record %r from %s breaks the schema: %s", record.name, item.url, errors
            )
            if self.stats is not None:
                for field_name, messages in errors.items():
                    for message in messages:
                        self.stats.add_field_error(field_name, message)
                self.stats.add_item_with_errors()
        return item
