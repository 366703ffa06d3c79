"""The crawl's case-record validation: the compiled fast check, and Spidermon's counts."""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from output.record import CaseRecord, Evidence
from pipelines.validation import ERRORS_STAT, CaseValidationPipeline
from scrapers.items import ArticleItem


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


def item(*records: CaseRecord) -> ArticleItem:
    return ArticleItem(
        url="https://www.ccdi.gov.cn/toutiaon/202405/t20240501_700001.html",
        final_url="https://www.ccdi.gov.cn/toutiaon/202405/t20240501_700001.html",
        site="ccdi",
        title="外逃职务犯罪嫌疑人王建国回国投案",
        published="2024-05-02",
        published_text="2024-05-02 06:30",
        source_line="中央纪委国家监委网站",
        language="zh",
        text="……",
        html_hash="0" * 64,
        fetched_at="2024-05-03T00:00:00Z",
        document_id="d1",
        cases=list(records),
    )


def test_valid_records_are_counted_without_errors():
    collected = stats()
    pipeline = CaseValidationPipeline(stats=collected)
    pipeline.open_spider()
    pipeline.process_item(item(record(), record(name="李某", name_simplified="李某")))
    values = collected.get_stats()
    assert values[ERRORS_STAT] == 0
    assert values["spidermon/validation/items"] == 2
    assert values["spidermon/validation/fields"] == 2 * 28  # the 28 fields of each record
    assert "spidermon/validation/items/errors" not in values


def test_a_record_breaking_the_schema_is_counted_with_its_field(caplog):
    collected = stats()
    pipeline = CaseValidationPipeline(stats=collected)
    pipeline.open_spider()
    bad = record(return_date="2024-13-02", fled_to=["usa"])
    pipeline.process_item(item(record(), bad))
    values = collected.get_stats()
    assert values["spidermon/validation/items"] == 2
    assert values["spidermon/validation/items/errors"] == 1
    assert values[ERRORS_STAT] == 2
    fields = sorted(
        k.rsplit("/", 1)[1] for k in values if k.startswith(ERRORS_STAT + "/") and k.count("/") == 5
    )
    assert fields == ["fled_to.0", "return_date"]
    assert (
        "'王建国' from https://www.ccdi.gov.cn/toutiaon/202405/t20240501_700001.html breaks the schema"
        in caplog.text
    )


def test_errors_name_each_bad_field_with_the_shipped_and_a_given_schema():
    shipped = CaseValidationPipeline()
    assert shipped.errors(record().to_dict()) == {}
    errors = shipped.errors(record(confidence=1.5, method="walked").to_dict())
    assert sorted(errors) == ["confidence", "method"]
    given = CaseValidationPipeline(
        schema={"type": "object", "properties": {"name": {"type": "string", "maxLength": 2}}}
    )
    assert given.errors({"name": "王某"}) == {}
    assert list(given.errors({"name": "王建国"})) == ["name"]
