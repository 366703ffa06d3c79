"""Cross-source merging: one case per return, provenance per field, conflicts kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import (
    ANON_A_URL,
    ANON_B_URL,
    ANON_C_URL,
    CCDI_URL,
    CHINADAILY_URL,
    LIU_URL,
    PROVINCE_URL,
    articles,
    case_of,
    chen_ccdi,
    filled_store,
)

from output.merge import dates_compatible, name_keys, pinyin_keys
from output.store import Store, open_store

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema


@pytest.fixture()
def store(store_db: str | Path) -> Iterator[Store]:
    with filled_store(store_db) as opened:
        yield opened


def test_three_sources_one_case(store: Store) -> None:
    case = case_of(store, CCDI_URL)
    urls = sorted(m["url"] for m in case["mentions"])
    assert urls == sorted([CCDI_URL, PROVINCE_URL, CHINADAILY_URL])
    assert case_of(store, CHINADAILY_URL)["id"] == case["id"]
    assert case["name"] == "陈立文"
    assert case["fields"]["aliases"]["value"] == ["陈立文", "Chen Liwen"]


def test_each_field_names_its_mention(store: Store) -> None:
    case = case_of(store, CCDI_URL)
    by_url = {m["url"]: m["id"] for m in case["mentions"]}
    fields = case["fields"]
    assert fields["birth_year"] == {
        "value": 1963,
        "mention_id": by_url[CCDI_URL],
        "origin": "machine",
        "conflicts": [],
    }
    # 2024-03 (日前) contains 2024-03-12: the precise day wins, and it is no conflict.
    assert fields["return_date"]["value"] == "2024-03-12"
    assert fields["return_date"]["conflicts"] == []
    # Only the province reported the pressure on the family: the case keeps it, from there.
    assert fields["coercion"]["value"] == ["family_pressure"]
    assert fields["coercion"]["mention_id"] == by_url[PROVINCE_URL]


def test_conflicting_values_are_kept(store: Store) -> None:
    case = case_of(store, CCDI_URL)
    by_url = {m["url"]: m["id"] for m in case["mentions"]}
    position = case["fields"]["former_position"]
    assert position["value"] == "宁波市国土资源局局长"
    assert position["conflicts"] == [
        {
            "value": "director of the Ningbo land resources bureau",
            "mention_ids": [by_url[CHINADAILY_URL]],
        }
    ]
    # fled_date 2013 contains 2013-04: no conflict.
    assert case["fields"]["fled_date"] == {
        "value": "2013-04",
        "mention_id": by_url[CCDI_URL],
        "origin": "machine",
        "conflicts": [],
    }


def test_unrelated_case_stays_apart(store: Store) -> None:
    liu = case_of(store, LIU_URL)
    assert len(liu["mentions"]) == 1 and liu["id"] != case_of(store, CCDI_URL)["id"]


def test_anonymised_names_merge_only_on_all_facts_and_are_flagged(store: Store) -> None:
    merged = case_of(store, ANON_A_URL)
    assert case_of(store, ANON_B_URL)["id"] == merged["id"]
    assert merged["flagged"] is True and "anonymised" in merged["flag_reason"]
    alone = case_of(store, ANON_C_URL)
    assert alone["id"] != merged["id"] and len(alone["mentions"]) == 1
    assert alone["flagged"] is False


def _store_one_more(store: Store, url: str, **changes: object) -> str:
    document = {**articles()[0][0], "url": url}
    doc_id, _ = store.add_document(document)
    store.add_mentions(doc_id, [dataclasses.replace(chen_ccdi(), **changes)])  # type: ignore[arg-type]
    return case_of(store, url)["id"]


def test_same_name_other_return_is_another_case(store: Store) -> None:
    chen = case_of(store, CCDI_URL)["id"]
    assert _store_one_more(store, "https://example.gov.cn/a", return_date="2019-05-02") != chen
    assert _store_one_more(store, "https://example.gov.cn/b", fled_to=["AU"]) != chen
    # Within 31 days counts as the same return (announced later, dated by a later event).
    assert _store_one_more(store, "https://example.gov.cn/c", return_date="2024-04-10") == chen


def test_same_pinyin_different_hanzi_do_not_merge(store: Store) -> None:
    chen = case_of(store, CCDI_URL)["id"]
    other = _store_one_more(
        store, "https://example.gov.cn/d", name="陈利文", name_simplified="陈利文"
    )
    assert other != chen


def test_english_name_in_given_name_first_order_merges(store_db: str | Path) -> None:
    with open_store(store_db) as store:
        chen = _store_one_more(store, "https://example.gov.cn/zh")
        english = _store_one_more(
            store,
            "https://example.com/en",
            name="Liwen Chen",
            name_simplified="Liwen Chen",
            name_pinyin=None,
            language="en",
        )
    assert english == chen


def test_keys_and_dates() -> None:
    assert pinyin_keys("Chen Liwen") == ["py:chenliwen", "py:liwenchen"]
    assert pinyin_keys("LIWEN CHEN") == ["py:chenliwen", "py:liwenchen"]
    assert name_keys(chen_ccdi()) == ["py:chenliwen", "py:liwenchen", "zh:陈立文"]
    assert dates_compatible("2024-03", "2024-03-12")
    assert dates_compatible("2024-03-12", "2024-04-12")
    assert not dates_compatible("2024-03-12", "2024-04-13")
    assert not dates_compatible("2024-01", "2024-03-05")
    assert dates_compatible(None, "2024-03-05")
