"""Exports: JSON (schema-validated, atomic), JSONL, CSV (BOM, formula cells), FollowTheMoney."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from followthemoney import model
from store_samples import (
    CCDI_URL,
    CHINADAILY_URL,
    HOSTILE_URL,
    LIU_URL,
    PROVINCE_URL,
    case_of,
    fill,
    run_cli,
)

from extract.record import SCHEMA_VERSION
from output.exporters import ExportError, export
from output.exporters.json_format import validate_document
from output.store import open_store

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema


@pytest.fixture()
def db(store_db: Path) -> Path:
    """Sample store with the Chen case and the hostile case accepted, Liu rejected."""
    path = store_db
    with open_store(path) as store:
        fill(store)
        store.accept(case_of(store, CCDI_URL)["id"], "Ana")
        store.accept(case_of(store, HOSTILE_URL)["id"], "Ana")
        store.reject(case_of(store, LIU_URL)["id"], "Ana", "not a return")
    return path


def test_json_export_of_accepted_cases(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.json"
    result = export(db, "json", out)
    document = json.loads(out.read_text("utf-8"))
    assert result.cases == 2 and document["schema_version"] == SCHEMA_VERSION
    chen = next(c for c in document["cases"] if c["name"] == "陈立文")
    assert chen["status"] == "accepted" and chen["return_date"] == "2024-03-12"
    assert chen["fled_to"] == ["CA"] and chen["aliases"] == ["陈立文", "Chen Liwen"]
    assert sorted(s["url"] for s in chen["sources"]) == sorted(
        [CCDI_URL, PROVINCE_URL, CHINADAILY_URL]
    )
    ccdi = next(s for s in chen["sources"] if s["url"] == CCDI_URL)
    assert ccdi["publisher"] == "ccdi" and ccdi["published"] == "2024-03-14"
    assert {"field": "fled_to", "text": "加拿大", "start": 55, "end": 58} in ccdi["evidence"]
    assert chen["field_sources"]["birth_year"] == {
        "origin": "machine",
        "mention_id": ccdi["mention_id"],
    }
    assert (
        chen["conflicts"]["former_position"][0]["value"]
        == "director of the Ningbo land resources bureau"
    )
    assert chen["reviews"][0]["reviewer"] == "Ana" and chen["reviews"][0]["action"] == "accept"
    assert list(tmp_path.glob(".cases.json.*")) == []


def test_status_all_includes_every_case(db: Path, tmp_path: Path) -> None:
    result = export(db, "json", tmp_path / "all.json", status="all")
    statuses = sorted(c["status"] for c in json.loads((tmp_path / "all.json").read_text())["cases"])
    assert result.cases == 5
    assert statuses == ["accepted", "accepted", "pending", "pending", "rejected"]


def test_schema_validation_catches_a_bad_case(db: Path, tmp_path: Path) -> None:
    export(db, "json", tmp_path / "cases.json")
    document = json.loads((tmp_path / "cases.json").read_text())
    document["cases"][0]["fled_to"] = ["Canada"]
    with pytest.raises(ExportError, match=r"at cases/0/fled_to/0"):
        validate_document(document)


def test_reviewer_values_exported_with_their_origin(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        case_id = case_of(store, CCDI_URL)["id"]
        store.edit_field(case_id, "Bo", "former_position", "宁波市国土资源局原局长")
    export(db, "json", tmp_path / "cases.json")
    chen = next(
        c for c in json.loads((tmp_path / "cases.json").read_text())["cases"] if c["id"] == case_id
    )
    assert chen["former_position"] == "宁波市国土资源局原局长"
    assert chen["field_sources"]["former_position"]["origin"] == "reviewer"
    assert chen["field_sources"]["former_position"]["reviewer"] == "Bo"


def test_jsonl_one_case_a_line(db: Path, tmp_path: Path) -> None:
    export(db, "jsonl", tmp_path / "cases.jsonl")
    lines = (tmp_path / "cases.jsonl").read_text("utf-8").splitlines()
    assert sorted(json.loads(line)["name"] for line in lines) == ["周明远", "陈立文"]


def test_csv_neutralises_formulas_and_offers_a_bom(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        case_id = case_of(store, HOSTILE_URL)["id"]
        store.edit_field(case_id, "Ana", "former_position", '=HYPERLINK("http://evil","x")')
        store.edit_field(case_id, "Ana", "handling_authorities", "@SUM(1), -2+3, +cmd")
    export(db, "csv", tmp_path / "plain.csv")
    export(db, "csv", tmp_path / "excel.csv", bom=True)
    plain = (tmp_path / "plain.csv").read_bytes()
    excel = (tmp_path / "excel.csv").read_bytes()
    assert not plain.startswith(b"\xef\xbb\xbf") and excel == b"\xef\xbb\xbf" + plain
    rows = list(csv.DictReader(io.StringIO(plain.decode("utf-8"))))
    zhou = next(r for r in rows if r["name"] == "周明远")
    assert zhou["former_position"] == '\'=HYPERLINK("http://evil","x")'
    assert zhou["handling_authorities"] == "'@SUM(1); -2+3; +cmd"
    chen = next(r for r in rows if r["name"] == "陈立文")
    assert chen["fled_to"] == "CA" and chen["return_date"] == "2024-03-12"
    assert chen["source_urls"].split("; ")[0].startswith("https://")


def test_ftm_person_and_dated_return_event(db: Path, tmp_path: Path) -> None:
    export(db, "ftm", tmp_path / "cases.ftm.json")
    entities = [
        model.get_proxy(json.loads(line))
        for line in (tmp_path / "cases.ftm.json").read_text("utf-8").splitlines()
    ]
    people = [e for e in entities if e.schema.name == "Person"]
    events = [e for e in entities if e.schema.name == "Event"]
    assert len(people) == 2 and len(events) == 2
    chen = next(p for p in people if "陈立文" in p.get("name"))
    assert chen.get("alias") == ["Chen Liwen"]
    assert chen.get("nationality") == ["cn"] and chen.get("position") == ["宁波市国土资源局局长"]
    assert chen.get("birthDate") == ["1963"] and chen.get("gender") == ["male"]
    assert sorted(chen.get("sourceUrl")) == sorted([CCDI_URL, PROVINCE_URL, CHINADAILY_URL])
    event = next(e for e in events if e.get("involved") == [chen.id])
    assert event.get("date") == ["2024-03-12"] and event.get("country") == ["ca"]
    assert event.get("name") == ["陈立文: returned and surrendered from CA"]
    assert CCDI_URL in event.get("sourceUrl")


def test_unwritable_output_fails_before_touching_anything(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"missing-dir.*does not exist"):
        export(db, "json", tmp_path / "missing-dir" / "cases.json")
    a_file = tmp_path / "a-file"
    a_file.write_text("keep", "utf-8")
    with pytest.raises(ExportError, match=r"a-file/cases.json: directory .*a-file does not exist"):
        export(db, "json", a_file / "cases.json")
    with pytest.raises(ExportError, match="is a directory"):
        export(db, "json", tmp_path)
    assert a_file.read_text("utf-8") == "keep"


def test_failed_export_keeps_the_previous_file(db: Path, tmp_path: Path) -> None:
    previous = tmp_path / "cases.json"
    previous.write_text("previous export", "utf-8")
    with open_store(db) as store, store.engine.begin() as conn:
        row = conn.execute(
            sa.text("select id, fields from cases where status='accepted' limit 1")
        ).one()
        fields = json.loads(row[1])
        fields["fled_to"]["value"] = ["Canada"]  # damaged by hand: breaks the export schema
        conn.execute(
            sa.text("update cases set fields=:f where id=:i"),
            {"f": json.dumps(fields), "i": row[0]},
        )
    with pytest.raises(ExportError, match=r"fled_to/0: 'Canada' does not match"):
        export(db, "json", previous)
    assert previous.read_text("utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cases")] == []


def test_export_never_creates_a_store(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no store there"):
        export(tmp_path / "none.sqlite", "json", tmp_path / "out.json")
    assert not (tmp_path / "none.sqlite").exists() and not (tmp_path / "out.json").exists()


def test_cli_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cases.csv"
    status = run_cli(["export", "--db", str(db), "--format", "csv", "--bom", "--output", str(out)])
    assert status == 0 and "wrote 2 cases" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,status,")
    bad = run_cli(
        ["export", "--db", str(db), "--format", "json", "--output", str(tmp_path / "x" / "y.json")]
    )
    assert bad == 2 and "does not exist" in capsys.readouterr().err
