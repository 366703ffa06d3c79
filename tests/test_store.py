"""The store: idempotent writes, crawl bookkeeping, schema versions, bad stores refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_samples import CCDI_URL, articles, chen_ccdi, fill

from output.store import (
    SCHEMA_VERSION,
    CorruptStoreError,
    SchemaTooNewError,
    StoreError,
    open_store,
)
from output.store.paths import DATA_DIR_ENV


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    tables = [
        "documents",
        "cases",
        "mentions",
        "mention_keys",
        "reviews",
        "seen_urls",
        "crawl_runs",
    ]
    out = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    con.close()
    return out


def test_document_stored_once_with_stable_id(tmp_path: Path) -> None:
    document = articles()[0][0]
    with open_store(tmp_path / "s.sqlite") as store:
        first = store.add_document(document)
        second = store.add_document(dict(document))
        stored = store.get_document(first[0])
    assert first[1] is True and second == (first[0], False)
    assert first[0].startswith("doc-") and len(first[0]) == 20
    assert stored is not None and stored["url"] == CCDI_URL and stored["site"] == "ccdi"
    assert counts(tmp_path / "s.sqlite")["documents"] == 1


def test_revised_document_text_is_updated_not_duplicated(tmp_path: Path) -> None:
    document = articles()[0][0]
    with open_store(tmp_path / "s.sqlite") as store:
        doc_id, _ = store.add_document(document)
        revised = {**document, "text": document["text"] + "（完）", "html_hash": "other"}
        assert store.add_document(revised) == (doc_id, False)
        stored = store.get_document(doc_id)
    assert stored is not None and stored["text"].endswith("（完）")


def test_storing_everything_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        first_ids = fill(store)
        before = counts(db)
        with store.connect() as conn:
            cases_before = conn.execute(sa.text("select id, fields, updated_at from cases")).all()
        second_ids = fill(store)
        with store.connect() as conn:
            cases_after = conn.execute(sa.text("select id, fields, updated_at from cases")).all()
    assert first_ids == second_ids
    assert counts(db) == before
    assert before["documents"] == 8 and before["mentions"] == 8 and before["cases"] == 5
    assert sorted(cases_before) == sorted(cases_after)


def test_mentions_need_their_document_and_a_valid_record(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        with pytest.raises(StoreError, match="doc-missing is not stored"):
            store.add_mentions("doc-missing", [chen_ccdi()])
        doc_id, _ = store.add_document(articles()[0][0])
        bad = chen_ccdi()
        bad.fled_to = ["Canada"]
        with pytest.raises(StoreError, match=r"陈立文.*fled_to/0"):
            store.add_mentions(doc_id, [bad])
    assert counts(tmp_path / "s.sqlite")["mentions"] == 0


def test_seen_urls_and_crawl_runs(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        assert store.seen("https://www.ccdi.gov.cn/yaowenn/") is None
        store.mark_seen("https://www.ccdi.gov.cn/yaowenn/", "h1", "listing")
        store.mark_seen("https://www.ccdi.gov.cn/yaowenn/", "h1", "listing")
        assert store.seen("https://www.ccdi.gov.cn/yaowenn/") == "h1"
        store.mark_seen("https://www.ccdi.gov.cn/yaowenn/", "h2", "listing")
        assert store.seen("https://www.ccdi.gov.cn/yaowenn/") == "h2"
        run_a = store.start_run(["ccdi"], {"max_pages": 3})
        run_b = store.start_run(["ccdi"], {"max_pages": 3})
        store.finish_run(run_a, {"articles": 12}, "finished")
        runs = {r["id"]: r for r in store.runs()}
        with pytest.raises(StoreError, match="no crawl run run-nope"):
            store.finish_run("run-nope", {}, "failed")
    assert run_a != run_b
    assert runs[run_a]["status"] == "finished" and runs[run_a]["stats"] == '{"articles": 12}'
    assert runs[run_b]["status"] == "running" and runs[run_b]["finished_at"] is None
    assert counts(tmp_path / "s.sqlite")["seen_urls"] == 1


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    open_store(tmp_path / "s.sqlite").close()
    con = sqlite3.connect(tmp_path / "s.sqlite")
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    version = con.execute("select value from meta where key='schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION
    con.close()


def test_default_location_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "store-here"))
    open_store(None).close()
    assert (tmp_path / "store-here" / "returnwatch.sqlite").is_file()


def test_reviews_are_append_only(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        fill(store)
        case_id = store.case_ids()[0]
        store.accept(case_id, "Ana")
    con = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("update reviews set reviewer='someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("delete from reviews")
    con.close()


def test_newer_schema_refused_with_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("update meta set value='99' where key='schema_version'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError, match=r"s\.sqlite: store schema version 99 is newer"):
        open_store(db)
    with pytest.raises(SchemaTooNewError):
        open_store(db, read_only=True)


def test_corrupt_store_reported_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    garbage = b"this is not a database\x00" * 100
    db.write_bytes(garbage)
    with pytest.raises(CorruptStoreError, match=r"s\.sqlite: not a SQLite database"):
        open_store(db)
    assert db.read_bytes() == garbage


def test_damaged_sqlite_pages_reported(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        fill(store)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    db.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError, match="cannot read the store"):
        open_store(db)
    assert db.read_bytes() == bytes(data)


def test_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute("create table notes (x text)")
    con.close()
    with pytest.raises(CorruptStoreError, match="not a returnwatch store"):
        open_store(db)


def test_concurrent_writers_store_each_thing_once(tmp_path: Path) -> None:
    """Four handles storing the same articles at once: no lock error, nothing doubled."""
    import threading

    db = tmp_path / "s.sqlite"
    open_store(db).close()
    errors: list[str] = []

    def worker() -> None:
        try:
            with open_store(db) as store:
                for _ in range(3):
                    fill(store)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert counts(db)["documents"] == 8 and counts(db)["mentions"] == 8 and counts(db)["cases"] == 5
