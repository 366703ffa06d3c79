"""The crawl's case-record validation: Spidermon's counts, from the extraction stage's results."""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler
from spidermon.contrib.validation import JSONSchemaValidator

from extract.record import CaseRecord, Evidence, load_schema
from output.store.validation import record_dict
from pipelines.results import VALIDATION_ERRORS_STAT as ERRORS_STAT
from pipelines.results import ValidationCounts


def stats() -> MemoryStatsCollector:
    return MemoryStatsCollector(get_crawler())


def record(**changes: object) -> CaseRecord:
    values: dict[str, object] = {
        "document_id": "d1",
        "source_url": "https://www.ccdi.gov.cn/toutiaon/202405/t20240501_700001.html",
        "language": "zh",
        "name": "王建国",
        "name_simplified": "王建国",
        "name_pinyin": "Wang Jianguo",
        "name_is_full": True,
        "fled_to": ["US"],
        "return_date": "2024-05-02",
        "return_date_text": "2024年5月2日",
        "method": "surrendered",
        "evidence": [Evidence("name", "王建国", 30, 33)],
    }
    values.update(changes)
    return CaseRecord(**values)  # type: ignore[arg-type]


def counts(collected: MemoryStatsCollector) -> ValidationCounts:
    return ValidationCounts(collected, JSONSchemaValidator(load_schema()))


def count(validation: ValidationCounts, *records: CaseRecord, invalid: int = 0) -> None:
    """Count ``records`` as the stage reports them: all checked, the last ``invalid`` bad."""
    data = [record_dict(r) for r in records]
    bad = data[len(data) - invalid :] if invalid else []
    validation.count(len(data), sum(len(d) for d in data), bad)


def test_valid_records_are_counted_without_errors():
    collected = stats()
    count(counts(collected), record(), record(name="李某", name_simplified="李某"))
    values = collected.get_stats()
    assert values[ERRORS_STAT] == 0
    assert values["spidermon/validation/items"] == 2
    assert values["spidermon/validation/fields"] == 2 * 28  # the 28 fields of each record
    assert "spidermon/validation/items/errors" not in values


def test_a_record_breaking_the_schema_is_counted_with_its_field():
    collected = stats()
    bad = record(return_date="2024-13-02", fled_to=["usa"])
    count(counts(collected), record(), bad, invalid=1)
    values = collected.get_stats()
    assert values["spidermon/validation/items"] == 2
    assert values["spidermon/validation/items/errors"] == 1
    assert values[ERRORS_STAT] == 2
    fields = sorted(
        k.rsplit("/", 1)[1] for k in values if k.startswith(ERRORS_STAT + "/") and k.count("/") == 5
    )
    assert fields == ["fled_to.0", "return_date"]


def test_each_bad_field_of_a_record_is_named():
    collected = stats()
    count(counts(collected), record(confidence=1.5, method="walked"), invalid=1)
    values = collected.get_stats()
    fields = sorted(
        k.rsplit("/", 1)[1] for k in values if k.startswith(ERRORS_STAT + "/") and k.count("/") == 5
    )
    assert fields == ["confidence", "method"]
    assert values[ERRORS_STAT] == 2
