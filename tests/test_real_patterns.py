"""Patterns learned from real published articles, tested on sentences written for these tests.

The real articles are scored by ``returnwatch evaluate`` when their texts are cached; these tests
keep each mechanism learned from them working where the cache is absent (CI).
"""

from __future__ import annotations

from extract import Document, extract_cases


def _one(text: str, published: str | None = "2019-04-02") -> dict[str, object]:
    records = extract_cases(Document(id="t", text=text, published=published))
    assert len(records) == 1, [r.name for r in records]
    return records[0].to_dict()


def test_surrender_abroad_then_escort_home_is_a_surrender() -> None:
    record = _one(
        "3月20日，潜逃缅甸的职务犯罪嫌疑人郝立新被押解回国。"
        "此前，郝立新在缅甸向我驻缅甸使馆投案自首。"
    )
    assert record["method"] == "surrendered"


def test_an_escort_alone_is_a_capture() -> None:
    record = _one("3月20日，潜逃缅甸的职务犯罪嫌疑人郝立新被押解回国。")
    assert record["method"] == "captured"


def test_deportation_with_an_escort_stays_a_deportation() -> None:
    record = _one("3月20日，潜逃缅甸的职务犯罪嫌疑人郝立新被缅甸警方遣返，由我方工作组押解回国。")
    assert record["method"] == "deported"
