"""The extraction stage on its own: ``returnwatch process`` over documents stored unextracted.

Documents are stored as a crawl stores them (no records); the stage extracts exactly those,
in this process or in a worker process, and the same records and cases come out either way. A
document revised at the source waits for the stage again; one extracted by an older
extraction version is taken again.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text
from store_samples import CCDI_URL, CHINADAILY_URL, LIU_URL, PROVINCE_URL, articles

from extract import Document, extract_cases, words
from extract.api import EXTRACTION_VERSION
from output.store import open_store
from pipelines import stage as stage_module
from pipelines.cli import main
from pipelines.stage import ExtractionStage, StageSettings, is_auto, spare_cores, worker_count

WANTED = (CCDI_URL, PROVINCE_URL, CHINADAILY_URL, LIU_URL)


def store_documents(db: Path) -> None:
    """The sample articles' documents alone, as the crawl stores them before extraction."""
    with open_store(db) as store:
        for doc, _ in articles():
            if doc["url"] in WANTED:
                store.add_document(doc)


def contents(db: Path) -> tuple[list[tuple], list[tuple]]:
    with open_store(db) as store, store.connect() as conn:
        mentions = conn.execute(
            text("select id, document_id, case_id, record from mentions order by id")
        ).all()
        cases = conn.execute(text("select id, name, fields from cases order by id")).all()
    return [tuple(m) for m in mentions], [tuple(c) for c in cases]


@pytest.mark.parametrize("workers", ["0", "1"])
def test_process_extracts_what_is_stored_and_nothing_twice(
    tmp_path: Path, workers: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite"
    store_documents(db)
    with open_store(db) as store:
        assert len(store.unextracted(100)) == len(WANTED)
    assert main(["process", "--db", str(db), "--workers", workers]) == 0
    assert capsys.readouterr().out.startswith(f"{len(WANTED)} documents: ")
    mentions, cases = contents(db)
    with open_store(db) as store:
        assert store.unextracted(100) == []
        docs = store.iter_documents()
    expected = sorted(
        r.name
        for d in docs
        for r in extract_cases(Document(d["id"], d["text"], d["url"], d["published"], d["title"]))
    )
    assert expected == ["Chen Liwen", "刘海燕", "陈立文", "陈立文"]
    assert len(mentions) == len(expected)
    assert sorted(name for _, name, _ in cases) == ["刘海燕", "陈立文"]  # three sources merged
    assert all(d["extraction"] == EXTRACTION_VERSION for d in docs)
    # nothing left: a second run extracts nothing and changes nothing
    assert main(["process", "--db", str(db), "--workers", workers]) == 0
    assert capsys.readouterr().out.startswith("0 documents: ")
    assert contents(db) == (mentions, cases)


def test_in_a_worker_and_here_the_same_records_and_cases(tmp_path: Path) -> None:
    results = []
    for workers in ("0", "1"):
        db = tmp_path / f"{workers}.sqlite"
        store_documents(db)
        assert main(["process", "--db", str(db), "--workers", workers]) == 0
        results.append(contents(db))
    assert results[0] == results[1]


def test_revised_or_older_documents_wait_for_the_stage_again(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    store_documents(db)
    assert main(["process", "--db", str(db), "--workers", "0"]) == 0
    doc = next(d for d, _ in articles() if d["url"] == LIU_URL)
    with open_store(db) as store:
        doc_id, created = store.add_document(dict(doc))  # unchanged: still extracted
        assert not created and store.unextracted(100) == []
        store.add_document({**doc, "text": doc["text"] + "（完）", "html_hash": "revised"})
        assert store.unextracted(100) == [doc_id]
        assert store.unextracted(100, version=EXTRACTION_VERSION + 1) != [doc_id]  # all older
    assert main(["process", "--db", str(db), "--workers", "0"]) == 0
    with open_store(db) as store:
        assert store.unextracted(100) == []


def test_worker_count_is_bounded_by_the_spare_cores() -> None:
    assert worker_count("auto") == worker_count(None) == spare_cores() >= 1
    assert worker_count("0") == 0
    assert worker_count(1000) == spare_cores()
    with pytest.raises(ValueError, match="RETURNWATCH_EXTRACTION_WORKERS must be a number"):
        worker_count("many")


def _stage(db: Path, workers: int, batch_size: int = 50, auto: bool = True) -> ExtractionStage:
    settings = StageSettings(db=str(db), workers=workers, batch_size=batch_size, spare_core=auto)
    return ExtractionStage(settings, open_store(db), on_result=lambda result: None)


def _dictionary_loaded() -> bool:
    """(Run in a worker.) Whether this process has loaded jieba's dictionary."""
    return words._dictionary.cache_info().currsize == 1


def test_workers_start_with_the_dictionaries_loaded(tmp_path: Path) -> None:
    """The fork server warms up before its first fork: a worker has jieba's dictionary before
    it is given any document."""
    db = tmp_path / "s.sqlite"
    store_documents(db)
    stage = _stage(db, workers=1)
    stage.start()
    try:
        assert stage.starting is not None
        stage.starting.join(60)
        assert stage.pools[0].submit(_dictionary_loaded).result(60) is True
    finally:
        stage.close()
        stage.store.close()
    with open_store(db) as store:
        assert len(store.unextracted(100)) == len(WANTED)  # the warm-up stored nothing


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: no core is ever spare")
def test_a_worker_joins_when_no_crawler_is_left_fetching(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    store_documents(db)
    stage = _stage(db, workers=spare_cores(), batch_size=1)
    first, second = object(), object()
    stage.start()
    stage.fetching(first)
    stage.fetching(second)
    try:
        stage.done_fetching(first)
        assert stage.sizes == [spare_cores()]  # the other crawler still uses the core
        stage.done_fetching(second)
        assert stage.sizes == [spare_cores(), 1]
        stage.drain()
        assert stage.store.unextracted(100) == []
    finally:
        stage.close()
        stage.store.close()
    assert stage.pools == []
    here = tmp_path / "here.sqlite"
    store_documents(here)
    assert main(["process", "--db", str(here), "--workers", "0"]) == 0
    assert stored_mentions(db) == stored_mentions(here)


def stored_mentions(db: Path) -> set[tuple]:
    """The mentions (id, document, record): the same whichever worker stored them first. The
    cases they form may come out in another order (a case's id is its first mention's)."""
    mentions, _ = contents(db)
    return {(m, d, r) for m, d, _, r in mentions}


def test_no_worker_joins_for_nothing_waiting_or_a_count_the_user_gave(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    store_documents(db)
    capped = _stage(db, workers=0, auto=False)  # --workers 0: extraction in this process
    capped.done_fetching(capped)
    assert capped.pools == []
    capped.store.close()
    given = _stage(db, workers=1, auto=False)  # --workers 1: one, whatever the machine has
    given.start()
    try:
        given.done_fetching(given)
        assert given.sizes == [1]
    finally:
        given.close()
        given.store.close()
    assert main(["process", "--db", str(db), "--workers", "0"]) == 0
    idle = _stage(db, workers=spare_cores())
    idle.start()
    try:
        idle.done_fetching(idle)  # every document already extracted
        assert idle.sizes == [spare_cores()]
    finally:
        idle.close()
        idle.store.close()


def test_a_worker_count_is_left_to_the_machine_only_when_not_given() -> None:
    assert is_auto(None) and is_auto("auto") and is_auto(" AUTO ") and is_auto("")
    assert not is_auto("1") and not is_auto(0) and not is_auto(2)


def test_a_pool_that_cannot_start_its_workers_is_logged_not_raised(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """start() asks for the workers in a thread: a pool already shut down (the run closed it
    meanwhile) must not end that thread with a traceback."""
    pool = ProcessPoolExecutor(max_workers=1)
    pool.shutdown()
    with caplog.at_level(logging.ERROR, logger="pipelines.stage"):
        stage_module._start_workers(pool, 1)
    assert [r.getMessage() for r in caplog.records] == [
        "extraction workers could not start: cannot schedule new futures after shutdown"
    ]
