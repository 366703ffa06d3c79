"""Cross-source merging: one case per return, provenance per field, conflicts kept."""

from __future__ import annotations

import dataclasses
import random
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

from extract.record import CaseRecord
from output.case_summary import CaseSummary, same_return
from output.merge import (
    countries_compatible,
    dates_compatible,
    hanzi_key,
    has_cjk,
    name_keys,
    names_match,
    pinyin_keys,
)
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


def _pairwise_same_return(new: CaseRecord, case: list[CaseRecord]) -> bool:
    """Comparing with every mention (the pairwise rule, ``names_match``): a name match with one,
    compatible facts with all, and no other hanzi name in the case."""
    if not case or not any(names_match(new, m) for m in case):
        return False
    if new.name_is_full and has_cjk(new.name_simplified):
        hanzi = {hanzi_key(m.name_simplified) for m in case if has_cjk(m.name_simplified)}
        if hanzi and hanzi_key(new.name_simplified) not in hanzi:
            return False
    return all(
        dates_compatible(new.return_date, m.return_date)
        and countries_compatible(new.fled_to, m.fled_to)
        for m in case
    )


# Names that collide in every way the rules distinguish: same hanzi, same pinyin with other
# hanzi (陈立文 / 陈利文), pinyin in either order, English only, anonymised.
_NAMES = [
    ("陈立文", "Chen Liwen", True),
    ("陈利文", "Chen Liwen", True),
    ("Chen Liwen", None, True),
    ("Liwen Chen", None, True),
    ("王某", None, False),
    ("王某", None, True),
]
_DATES = [None, "2024", "2024-02", "2024-03", "2024-05", "2024-03-01", "2024-03-31", "2024-04-30"]
_DATES += ["2024-04-02", "2023-12-31", "2025-01-01"]


def _random_record(rng: random.Random) -> CaseRecord:
    name, pinyin, full = rng.choice(_NAMES)
    return CaseRecord(
        document_id="d",
        source_url=None,
        language="zh" if has_cjk(name) else "en",
        name=name,
        name_simplified=name,
        name_pinyin=pinyin,
        name_is_full=full,
        return_date=rng.choice(_DATES),
        fled_to=rng.choice([[], ["CA"], ["US"], ["CA", "US"], ["TH"]]),
        alleged_crimes=rng.choice([[], ["bribery"]]),
        former_position=rng.choice([None, "某县财政局副局长"]),
    )


def test_case_summary_decides_as_comparing_every_mention() -> None:
    """20,000 random cases and newcomers: the stored summary (also after a JSON round trip)
    accepts exactly the records that comparing with each mention accepts."""
    rng = random.Random(5)
    accepted = 0
    for _ in range(20000):
        case = [_random_record(rng) for _ in range(rng.randrange(0, 4))]
        new = _random_record(rng)
        expected = _pairwise_same_return(new, case)
        summary = CaseSummary.of(case)
        assert summary.accepts(new) == expected, (new, case)
        assert CaseSummary.from_json(summary.to_json()).accepts(new) == expected
        assert same_return(new, case) == expected
        accepted += expected
    assert 1000 < accepted < 19000  # both outcomes well represented


def test_case_summary_of_the_chen_case() -> None:
    chen = chen_ccdi()
    summary = CaseSummary.of([chen, dataclasses.replace(chen, return_date="2024-03")])
    assert summary.to_json() == (
        '{"n":2,"h":["zh:陈立文"],"fh":["zh:陈立文"],"l":[],'
        '"f":["py:chenliwen","py:liwenchen","zh:陈立文"],"a":[],'
        '"fa":["anon:陈立文|2024-03-12|CA|bribery|宁波市国土资源局局长"],'
        '"d":["2024-03-12","2024-03-12"],"c":[["CA"]]}'
    )
