"""Re-extraction over stored documents: machine values refresh, reviewer decisions survive."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from store_samples import ANON_C_URL, CCDI_URL, HOSTILE_URL, LIU_URL, articles, case_of, fill

from extract.record import CaseRecord
from output.reextract import reextract
from output.store import Store, open_store

Changes = dict[str, Callable[[CaseRecord], list[CaseRecord]]]


def extractor(changes: Changes) -> Callable[[dict[str, Any]], list[CaseRecord]]:
    """The sample records of each document, transformed per URL as a better extraction would."""
    by_url = {doc["url"]: makers for doc, makers in articles()}

    def run(doc: dict[str, Any]) -> list[CaseRecord]:
        records = [make() for make in by_url[doc["url"]]]
        change = changes.get(doc["url"])
        return [out for r in records for out in (change(r) if change else [r])]

    return run


pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema


@pytest.fixture()
def store(store_db: str | Path) -> Iterator[Store]:
    with open_store(store_db) as s:
        fill(s)
        yield s


def test_nothing_to_do_reports_nothing(store: Store) -> None:
    report = reextract(store, extractor({}))
    assert report.documents == 8
    assert report.to_dict() | {"documents": 0} == {
        "documents": 0,
        "mentions_added": [],
        "mentions_updated": [],
        "mentions_retired": [],
        "cases_created": [],
        "changes": {},
        "errors": [],
    }


def test_machine_values_update_but_reviewer_values_stay(store: Store) -> None:
    chen = case_of(store, CCDI_URL)["id"]
    store.edit_field(chen, "Ana", "former_position", "宁波市国土资源局原局长")
    better = {
        CCDI_URL: lambda r: [
            dataclasses.replace(
                r, former_position="浙江省宁波市国土资源局局长", years_at_large=10.9
            )
        ]
    }
    report = reextract(store, extractor(better))
    case = store.get_case(chen)
    assert case is not None
    position = case["fields"]["former_position"]
    assert position["value"] == "宁波市国土资源局原局长" and position["origin"] == "reviewer"
    assert position["machine_value"] == "浙江省宁波市国土资源局局长"
    assert case["fields"]["years_at_large"]["value"] == 10.9
    assert report.changes == {
        chen: {
            "former_position": ["宁波市国土资源局局长", "浙江省宁波市国土资源局局长"],
            "years_at_large": [11.0, 10.9],
        }
    }
    assert len(report.mentions_updated) == 1 and report.mentions_added == []
    assert [r["action"] for r in case["reviews"]] == ["edit"]


def test_rejected_case_stays_rejected_even_when_renamed(store: Store) -> None:
    zhou = case_of(store, HOSTILE_URL)["id"]
    liu = case_of(store, LIU_URL)["id"]
    store.reject(zhou, "Ana", "planted test page")
    store.reject(liu, "Ana", "duplicate announcement")
    better = {
        # A better name boundary: a new mention id for the same person.
        HOSTILE_URL: lambda r: [
            dataclasses.replace(r, name="周明远先生", name_simplified="周明远先生")
        ],
        LIU_URL: lambda r: [dataclasses.replace(r, return_date="2023-11-01")],
    }
    report = reextract(store, extractor(better))
    zhou_case = store.get_case(zhou)
    liu_case = store.get_case(liu)
    assert zhou_case is not None and liu_case is not None
    assert zhou_case["status"] == "rejected" and liu_case["status"] == "rejected"
    assert liu_case["fields"]["return_date"]["value"] == "2023-11-01"
    active = [m["record"]["name"] for m in zhou_case["mentions"] if m["active"]]
    assert active == ["周明远先生"]
    assert report.cases_created == [] and len(report.mentions_retired) == 1
    assert store.list_cases()[1] == 5


def test_mention_no_longer_found_is_retired_not_deleted(store: Store) -> None:
    anon_case = case_of(store, ANON_C_URL)["id"]
    report = reextract(store, extractor({ANON_C_URL: lambda r: []}))
    case = store.get_case(anon_case)
    assert case is not None and len(case["mentions"]) == 1
    assert case["mentions"][0]["active"] is False
    assert report.mentions_retired == [case["mentions"][0]["id"]]


def test_new_person_found_makes_a_new_case(store: Store) -> None:
    def add_second(r: CaseRecord) -> list[CaseRecord]:
        other = dataclasses.replace(
            r, name="刘海峰", name_simplified="刘海峰", name_pinyin="Liu Haifeng", evidence=[]
        )
        return [r, other]

    report = reextract(store, extractor({LIU_URL: add_second}))
    assert len(report.mentions_added) == 1 and len(report.cases_created) == 1
    created = store.get_case(report.cases_created[0])
    assert created is not None and created["name"] == "刘海峰" and created["status"] == "pending"
    again = reextract(store, extractor({LIU_URL: add_second}))
    assert again.mentions_added == [] and again.cases_created == [] and again.changes == {}


def test_a_failing_article_is_reported_and_the_rest_continue(store: Store) -> None:
    def broken(r: CaseRecord) -> list[CaseRecord]:
        raise ValueError("lexicon entry missing")

    report = reextract(store, extractor({LIU_URL: broken}))
    assert report.errors == [f"{LIU_URL}: ValueError: lexicon entry missing"]
    assert report.documents == 8


def test_reextract_command_with_the_real_extraction(tmp_path: Path) -> None:
    """Stored articles with no mentions yet: the CLI runs extract_cases and merges the sources."""
    import json

    from store_samples import CHINADAILY_URL, PROVINCE_URL, run_cli

    from extract import Document, extract_cases

    db = tmp_path / "s.sqlite"
    wanted = {CCDI_URL, PROVINCE_URL, CHINADAILY_URL, LIU_URL}
    with open_store(db) as s:
        for doc, _makers in articles():
            if doc["url"] == LIU_URL:
                doc["published"] = "2023-11-06T10:30"  # as the crawl stores some sites' dates
            if doc["url"] in wanted:
                s.add_document(doc)
    report_file = tmp_path / "report.json"
    assert run_cli(["reextract", "--db", str(db), "--report", str(report_file)]) == 0
    report = json.loads(report_file.read_text("utf-8"))
    with open_store(db) as s:
        for doc in s.iter_documents():
            day = doc["published"][:10]
            expected = extract_cases(
                Document(doc["id"], doc["text"], doc["url"], day, doc["title"])
            )
            for record in expected:
                case = case_of(s, doc["url"])
                stored = [m["record"] for m in case["mentions"] if m["url"] == doc["url"]]
                assert dataclasses.replace(record, document_id=doc["id"]).to_dict() in stored
        chen = case_of(s, CCDI_URL)
        assert case_of(s, PROVINCE_URL)["id"] == chen["id"] == case_of(s, CHINADAILY_URL)["id"]
        assert case_of(s, LIU_URL)["id"] != chen["id"]
    assert report["documents"] == 4 and len(report["cases_created"]) == 2
    assert report["errors"] == []
    out = tmp_path / "all.json"
    assert (
        run_cli(
            ["export", "--db", str(db), "--format", "json", "--status", "all", "--output", str(out)]
        )
        == 0
    )
    sources = [
        src for case in json.loads(out.read_text("utf-8"))["cases"] for src in case["sources"]
    ]
    assert {src["published"] for src in sources if src["url"] == LIU_URL} == {"2023-11-06"}
