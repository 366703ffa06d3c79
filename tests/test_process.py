"""The extraction stage on its own: ``returnwatch process`` over documents stored unextracted.

Documents are stored as a crawl stores them (no records); the stage extracts exactly those,
in this process or in a worker process, and the same records and cases come out either way. A
document revised at the source waits for the stage again; one extracted by an older
extraction version is taken again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from store_samples import CCDI_URL, CHINADAILY_URL, LIU_URL, PROVINCE_URL, articles

from extract import Document, extract_cases
from extract.api import EXTRACTION_VERSION
from output.store import open_store
from pipelines.cli import main
from pipelines.stage import spare_cores, worker_count

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
