"""The store on both backends: idempotent writes, batches, crawl bookkeeping, schema versions,
the append-only audit trail, concurrent writers, and bad stores refused."""

from __future__ import annotations

import dataclasses
import multiprocessing
import random
import sqlite3
import threading
import time
import zlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from store_backends import counts, execute, pg_schema_url
from store_samples import CCDI_URL, LIU_URL, articles, chen_ccdi, fill

from extract.record import CaseRecord
from output.merge import name_keys
from output.store import (
    SCHEMA_VERSION,
    CorruptStoreError,
    SchemaTooNewError,
    StoreError,
    open_store,
)
from output.store.paths import DATA_DIR_ENV
from output.store.validation import record_dict
from output.store.writes import ArticleWrite

pytest_plugins = ["store_fixtures"]  # the store_db and pg_database fixtures
Db = str | Path


def batch(seen: bool = True) -> list[ArticleWrite]:
    """Every sample article as one batch, marked seen."""
    return [
        ArticleWrite(doc, [make() for make in makers], seen_kind="article" if seen else None)
        for doc, makers in articles()
    ]


def test_document_stored_once_with_stable_id(store_db: Db) -> None:
    document = articles()[0][0]
    with open_store(store_db) as store:
        first = store.add_document(document)
        second = store.add_document(dict(document))
        stored = store.get_document(first[0])
    assert first[1] is True and second == (first[0], False)
    assert first[0].startswith("doc-") and len(first[0]) == 20
    assert stored is not None and stored["url"] == CCDI_URL and stored["site"] == "ccdi"
    assert counts(store_db)["documents"] == 1


def test_revised_document_text_is_updated_not_duplicated(store_db: Db) -> None:
    document = articles()[0][0]
    with open_store(store_db) as store:
        doc_id, _ = store.add_document(document)
        revised = {**document, "text": document["text"] + "（完）", "html_hash": "other"}
        assert store.add_document(revised) == (doc_id, False)
        stored = store.get_document(doc_id)
    assert stored is not None and stored["text"].endswith("（完）")


def test_storing_everything_twice_changes_nothing(store_db: Db) -> None:
    with open_store(store_db) as store:
        first_ids = fill(store)
        before = counts(store_db)
        with store.connect() as conn:
            cases_before = conn.execute(sa.text("select id, fields, updated_at from cases")).all()
        second_ids = fill(store)
        store.store_articles(batch())
        with store.connect() as conn:
            cases_after = conn.execute(sa.text("select id, fields, updated_at from cases")).all()
    assert first_ids == second_ids
    after = counts(store_db)
    assert after == {**before, "seen_urls": 8}
    assert before["documents"] == 8 and before["mentions"] == 8 and before["cases"] == 5
    assert before["mention_keys"] == sum(
        len(name_keys(make())) for _, makers in articles() for make in makers
    )
    assert sorted(cases_before) == sorted(cases_after)


def test_one_batch_stores_what_single_writes_store(store_db: Db, tmp_path: Path) -> None:
    """The in-memory merge index of a batch makes the same cases as one article at a time."""
    single = tmp_path / "single.sqlite"
    with open_store(single) as store:
        fill(store)
        expected = {cid: store.get_case(cid) for cid in store.case_ids()}
    with open_store(store_db) as store:
        results = store.store_articles(batch())
        got = {cid: store.get_case(cid) for cid in store.case_ids()}
        seen = store.seen(CCDI_URL)
    assert [r.created for r in results] == [True] * 8
    assert [len(r.mention_ids) for r in results] == [1] * 8
    assert seen == articles()[0][0]["html_hash"]
    assert got.keys() == expected.keys()
    for case_id, case in got.items():
        assert case is not None and expected[case_id] is not None
        assert case["fields"] == expected[case_id]["fields"]
        assert case["name"] == expected[case_id]["name"]
        assert case["flagged"] == expected[case_id]["flagged"]
        assert [m["id"] for m in case["mentions"]] == [
            m["id"] for m in expected[case_id]["mentions"]
        ]


def test_batch_is_all_or_nothing(store_db: Db) -> None:
    articles_ = batch()
    bad = chen_ccdi()
    bad.fled_to = ["Canada"]
    articles_[-1] = ArticleWrite(articles()[-1][0], [bad], seen_kind="article")
    with open_store(store_db) as store:
        with pytest.raises(StoreError, match=r"t20240502_340001\.html.*陈立文.*fled_to/0"):
            store.store_articles(articles_)
        assert store.seen(CCDI_URL) is None
    assert counts(store_db)["documents"] == 0 and counts(store_db)["mentions"] == 0


def test_same_url_twice_in_one_batch_is_one_revised_document(store_db: Db) -> None:
    doc, makers = articles()[3]
    revised = {**doc, "text": doc["text"] + "（完）", "html_hash": "h2"}
    with open_store(store_db) as store:
        results = store.store_articles(
            [
                ArticleWrite(doc, [m() for m in makers], seen_kind="article"),
                ArticleWrite(revised, [m() for m in makers], seen_kind="article"),
            ]
        )
        stored = store.get_document(results[0].document_id)
        assert store.seen(LIU_URL) == "h2"
    assert [r.created for r in results] == [True, False]
    assert results[0].mention_ids == results[1].mention_ids
    assert stored is not None and stored["text"].endswith("（完）")
    assert counts(store_db)["documents"] == 1 and counts(store_db)["mentions"] == 1


def test_mentions_need_their_document_and_a_valid_record(store_db: Db) -> None:
    with open_store(store_db) as store:
        with pytest.raises(StoreError, match="doc-missing is not stored"):
            store.add_mentions("doc-missing", [chen_ccdi()])
        doc_id, _ = store.add_document(articles()[0][0])
        bad = chen_ccdi()
        bad.fled_to = ["Canada"]
        with pytest.raises(StoreError, match=r"陈立文.*fled_to/0"):
            store.add_mentions(doc_id, [bad])
        bad = dataclasses.replace(chen_ccdi(), return_date="2024-13")
        with pytest.raises(StoreError, match=r"return_date.*does not match"):
            store.add_mentions(doc_id, [bad])
    assert counts(store_db)["mentions"] == 0


def test_fast_record_dict_equals_to_dict() -> None:
    for _, makers in articles():
        for make in makers:
            record: CaseRecord = make()
            assert record_dict(record) == record.to_dict()
            assert list(record_dict(record)) == list(record.to_dict())


def test_seen_urls_and_crawl_runs(store_db: Db) -> None:
    with open_store(store_db) as store:
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
    assert counts(store_db)["seen_urls"] == 1


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    open_store(tmp_path / "s.sqlite").close()
    con = sqlite3.connect(tmp_path / "s.sqlite")
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    version = con.execute("select value from meta where key='schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION == 6
    con.close()


def test_a_store_connection_checkpoints_its_wal_only_every_40_mib(tmp_path: Path) -> None:
    """A checkpoint syncs the disk twice: a crawl's connections let the WAL grow to 10,000
    pages (40 MiB) first, not SQLite's 1,000."""
    with open_store(tmp_path / "s.sqlite") as store, store.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert pages == 10000


def test_default_location_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "store-here"))
    open_store(None).close()
    assert (tmp_path / "store-here" / "returnwatch.sqlite").is_file()


def test_reviews_are_append_only(store_db: Db) -> None:
    with open_store(store_db) as store:
        fill(store)
        case_id = store.case_ids()[0]
        store.accept(case_id, "Ana")
    for statement in ("update reviews set reviewer='someone else'", "delete from reviews"):
        with pytest.raises(DBAPIError, match="append-only"):
            execute(store_db, statement)
    if isinstance(store_db, str):
        with pytest.raises(DBAPIError, match="append-only"):
            execute(store_db, "truncate reviews")
    assert counts(store_db)["reviews"] == 1


def test_newer_schema_refused_with_clear_message(store_db: Db) -> None:
    open_store(store_db).close()
    execute(store_db, "update meta set value='99' where key='schema_version'")
    where = r"s\.sqlite" if isinstance(store_db, Path) else r"postgresql://postgres@127\.0\.0\.1"
    with pytest.raises(SchemaTooNewError, match=where + r".*: store schema version 99 is newer"):
        open_store(store_db)
    with pytest.raises(SchemaTooNewError):
        open_store(store_db, read_only=True)


def _summaries(db: Db) -> dict[str, str | None]:
    with open_store(db) as store, store.connect() as conn:
        return dict(conn.execute(sa.text("select id, merge_summary from cases")).all())


def test_version_1_store_is_migrated(store_db: Db) -> None:
    """A store of schema 1 (no cases.names, no mention_keys(mention_id) index, no
    cases.merge_summary) is upgraded, and merges into the same cases afterwards."""
    with open_store(store_db) as store:
        fill(store)
    summaries = _summaries(store_db)
    execute(store_db, "drop index ix_mention_keys_mention_id")
    execute(store_db, "alter table cases drop column names")
    execute(store_db, "alter table cases drop column merge_summary")
    execute(store_db, "update meta set value='1' where key='schema_version'")
    with open_store(store_db) as store, store.connect() as conn:
        version = conn.execute(sa.text("select value from meta")).scalar_one()
        names = dict(conn.execute(sa.text("select name, names from cases")).all())
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("mention_keys")}
        found, total = store.list_cases(limit=10)
    assert version == "6"
    assert names["陈立文"] == "陈立文 | Chen Liwen"
    assert "ix_mention_keys_mention_id" in indexes
    assert total == 5 and len(found) == 5
    assert _summaries(store_db) == summaries
    with open_store(store_db) as store:
        fill(store)
    assert counts(store_db)["cases"] == 5


def test_version_4_store_gets_raw_bytes_and_extraction_columns(store_db: Db) -> None:
    """Schema 4 kept no raw bytes and no extraction version: the upgrade adds both, the
    documents stored before count as extracted by the first version (their mentions are
    there), and a document stored afterwards keeps its bytes compressed and waits for the
    extraction stage."""
    with open_store(store_db) as store:
        fill(store)
    execute(store_db, "drop index ix_documents_extraction")
    execute(store_db, "alter table documents drop column extraction")
    execute(store_db, "alter table documents drop column raw")
    execute(store_db, "update meta set value='4' where key='schema_version'")
    page = "<html><body>新的页面</body></html>".encode()
    document = {**articles()[0][0], "url": "https://example.gov.cn/new", "raw": page}
    with open_store(store_db) as store:
        old = store.unextracted(100, version=1)
        store.add_document(document)
        new = store.unextracted(100, version=1)
        stored = store.get_document(store.document_id(document["url"]))
    assert old == []
    assert new == [store.document_id(document["url"])]
    assert stored is not None and zlib.decompress(stored["raw"]) == page


def test_version_3_store_gets_the_document_fallback_column(store_db: Db) -> None:
    """Schema 3 had no documents.fallback: the upgrade adds it (null: not checked then), and a
    document stored afterwards keeps why the generic extractor gave its text."""
    with open_store(store_db) as store:
        fill(store)
    execute(store_db, "alter table documents drop column fallback")
    execute(store_db, "update meta set value='3' where key='schema_version'")
    document = {
        **articles()[0][0],
        "url": "https://example.gov.cn/changed-template",
        "fallback": "trafilatura: the body selector found no body",
    }
    with open_store(store_db) as store:
        store.add_document(document)
        docs = {d["url"]: d for d in store.iter_documents()}
    assert docs[document["url"]]["fallback"] == "trafilatura: the body selector found no body"
    assert docs[articles()[0][0]["url"]]["fallback"] is None
    assert len(docs) == len(articles()) + 1


def test_version_2_store_gets_merge_summaries(store_db: Db) -> None:
    """Schema 2 had no cases.merge_summary: the upgrade computes it from the active records,
    the same summary the merge writes; a case with no summary is still merged from its records."""
    with open_store(store_db) as store:
        fill(store)
    summaries = _summaries(store_db)
    assert all(s is not None and s.startswith('{"n":') for s in summaries.values())
    execute(store_db, "alter table cases drop column merge_summary")
    execute(store_db, "update meta set value='2' where key='schema_version'")
    assert _summaries(store_db) == summaries
    execute(store_db, "update cases set merge_summary = null")
    with open_store(store_db) as store:
        fill(store)  # every mention is known again: nothing to place
        doc = {**articles()[0][0], "url": "https://example.gov.cn/again"}
        doc_id, _ = store.add_document(doc)
        store.add_mentions(doc_id, [chen_ccdi()])
        with store.connect() as conn:
            joined = conn.execute(
                sa.text(
                    "select count(*) from mentions where case_id = (select case_id"
                    " from mentions where document_id = :d)"
                ),
                {"d": doc_id},
            ).scalar_one()
    assert joined == 4 and counts(store_db)["cases"] == 5


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


def test_foreign_database_is_not_taken_over(store_db: Db) -> None:
    if isinstance(store_db, Path):
        con = sqlite3.connect(store_db)
        con.execute("create table notes (x text)")
        con.close()
    else:
        import psycopg

        with psycopg.connect(store_db, autocommit=True) as conn:
            conn.execute("create table notes (x text)")
    with pytest.raises(CorruptStoreError, match="not a returnwatch store .tables: notes"):
        open_store(store_db)
    if isinstance(store_db, Path):
        con = sqlite3.connect(store_db)
        tables = [r[0] for r in con.execute("select name from sqlite_master")]
        con.close()
        assert tables == ["notes"]


def test_unreachable_postgresql_is_a_clear_error() -> None:
    url = "postgresql://returnwatch@127.0.0.1:1/cases"
    with pytest.raises(
        StoreError, match=r"postgresql://returnwatch@127\.0\.0\.1:1/cases: cannot connect"
    ):
        open_store(url)
    with pytest.raises(StoreError, match="names no database"):
        open_store("postgresql://returnwatch@127.0.0.1:5432")


def test_password_is_not_shown_in_errors() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://rw:s3cret@127.0.0.1:1/cases")
    assert "s3cret" not in str(caught.value) and "rw:***@" in str(caught.value)


def shuffled_writes(db: Db, seed: int) -> None:
    """A crawl worker: the sample articles three times in its own order, single and batched."""
    rng = random.Random(seed)
    with open_store(db) as store:
        for round_ in range(3):
            items = articles()
            rng.shuffle(items)
            if round_ == 1:
                store.store_articles(
                    [ArticleWrite(d, [m() for m in ms], seen_kind="article") for d, ms in items]
                )
                continue
            for document, makers in items:
                doc_id, _ = store.add_document(document)
                store.add_mentions(doc_id, [make() for make in makers])


def expected_counts(tmp_path: Path) -> dict[str, int]:
    reference = tmp_path / "reference.sqlite"
    shuffled_writes(reference, 0)
    return counts(reference)


def test_concurrent_threads_store_each_thing_once(store_db: Db, tmp_path: Path) -> None:
    """Four handles storing the same articles at once: no lock error, nothing doubled."""
    open_store(store_db).close()
    errors: list[str] = []

    def worker(seed: int) -> None:
        try:
            shuffled_writes(store_db, seed)
        except (StoreError, DBAPIError) as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert counts(store_db) == expected_counts(tmp_path)
    assert counts(store_db)["cases"] == 5


def test_concurrent_worker_processes_on_postgresql(pg_database: str, tmp_path: Path) -> None:
    """Six crawl-worker processes writing the same documents and mentions to PostgreSQL at once
    (each in its own order): every document, mention, key and case exactly once."""
    db = pg_schema_url(pg_database, "workers")
    open_store(db).close()
    context = multiprocessing.get_context("spawn")
    procs = [context.Process(target=shuffled_writes, args=(db, seed)) for seed in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(180)
    assert [p.exitcode for p in procs] == [0] * 6
    assert counts(db) == expected_counts(tmp_path)
    assert (counts(db)["documents"], counts(db)["mentions"], counts(db)["cases"]) == (8, 8, 5)


def _people_batch(first: int, count: int) -> list[ArticleWrite]:
    """``count`` articles about as many fictional people (names 陈立文0, 陈立文1, ...)."""
    out = []
    for i in range(first, first + count):
        doc = {**articles()[0][0], "url": f"https://www.ccdi.gov.cn/yaowenn/t{i}.html"}
        name = f"陈立文{i}"
        record = dataclasses.replace(chen_ccdi(), name=name, name_simplified=name)
        out.append(ArticleWrite(doc, [record], seen_kind="article"))
    return out


def test_statements_per_batch_do_not_grow_with_its_size(store_db: Db) -> None:
    """A batch is a fixed number of statements (look-ups, one bulk insert per table, one
    write-back of the re-merged cases), whether it holds 4 articles or 60, and on PostgreSQL
    none is an executemany (which psycopg runs as one statement per row)."""
    statements: list[str] = []
    per_row: list[str] = []
    with open_store(store_db) as store:

        def count(*args: object) -> None:
            statements.append(str(args[2]))
            if args[5]:  # executemany: psycopg runs it as one statement per row
                per_row.append(str(args[2]))

        store.store_articles(_people_batch(0, 2))  # cases the next batches look up by pinyin
        sa.event.listen(store.engine, "before_cursor_execute", count)
        store.store_articles(_people_batch(10, 4))
        small = len(statements)
        statements.clear()
        store.store_articles(_people_batch(100, 60))
        large = len(statements)
        cases = len(store.case_ids())
    assert large == small and small <= 16
    if isinstance(store_db, str):
        assert per_row == []
    # Same pinyin (Chen Liwen), other hanzi: 66 people, 66 cases.
    assert cases == 66 and counts(store_db)["mentions"] == 66


def test_postgresql_statistics_follow_a_bulk_load(pg_database: str) -> None:
    """Without planner statistics PostgreSQL scans whole tables for each batch's key look-ups;
    the store ANALYZEs a table once it changed by more than half (autovacuum may be off)."""
    db = pg_schema_url(pg_database, "stats")
    docs = [
        ArticleWrite({"url": f"https://www.ccdi.gov.cn/yaowenn/s{i}.html", "text": "正文"})
        for i in range(2100)
    ]
    query = "select last_analyze is not null from pg_stat_user_tables where relid = %s::regclass"
    with open_store(db) as store:
        store.store_articles(docs[:5])
        with store.connect() as conn:
            analysed_early = conn.exec_driver_sql(query, ("documents",)).scalar_one()
        store.store_articles(docs)
        time.sleep(1.2)  # the server publishes table counters at most once a second
        store.store_articles(docs[:1])
        with store.connect() as conn:
            analysed = conn.exec_driver_sql(query, ("documents",)).scalar_one()
            untouched = conn.exec_driver_sql(query, ("reviews",)).scalar_one()
    assert (analysed_early, analysed, untouched) == (False, True, False)


def test_a_store_opened_while_another_process_holds_the_new_file_is_retried(tmp_path):
    """SQLite refuses at once ("database is locked") where waiting could deadlock, or after a
    short busy timeout: opening a new store retries the migration instead of failing."""
    import sqlite3
    import threading

    from sqlalchemy import create_engine

    from output.store.core import _migrate_retrying
    from output.store.migrations import SCHEMA_VERSION, stored_version
    from output.store.sqlite_backend import SQLiteBackend

    path = tmp_path / "new.sqlite"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")  # another opener, mid-way through creating the file
    released = threading.Timer(0.4, holder.execute, args=("COMMIT",))
    released.start()
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    try:
        _migrate_retrying(engine, SQLiteBackend(), str(path))
        with engine.connect() as conn:
            assert stored_version(conn) == SCHEMA_VERSION
    finally:
        released.join()
        holder.close()
        engine.dispose()


def test_opening_the_store_again_keeps_this_process_locks(tmp_path):
    """A process with the store open (a crawl's pipelines) opens it again (its monitors). On
    POSIX, closing any descriptor on the file drops every lock the process holds on it; had
    the open read the file's header, another process closing its own connection would find
    no one else there, checkpoint and delete the WAL under the first, and corrupt the store."""
    import subprocess
    import sys

    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        store.store_articles(batch())
        reader = store.engine.connect()  # a connection kept open, as a running crawl does
        reader.exec_driver_sql("SELECT count(*) FROM documents").scalar_one()
        assert db.with_name("s.sqlite-wal").exists()
        open_store(db).close()
        other = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('select 1 from sqlite_master').fetchall(); c.close()"
        subprocess.run([sys.executable, "-c", other, str(db)], check=True)
        assert db.with_name("s.sqlite-wal").exists()  # the other process saw this one's lock
        store.store_articles(batch())
        assert reader.exec_driver_sql("SELECT count(*) FROM documents").scalar_one() == len(batch())
        reader.close()
