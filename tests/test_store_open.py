"""Every command opens the store through one function (issue 10, items 6-7).

A target that is not a store (not SQLite, truncated, another program's SQLite database in
either journal mode, a directory, a path under a file) gives one line on standard error and
exit status 2 from every command that takes ``--db``, and the file is left byte for byte as it
was, with no ``-wal``/``-shm`` file left beside it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from output.store import StoreError, check_store, open_store
from pipelines.cli import main


def _other_program(path: Path, wal: bool) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org/')")
    conn.commit()
    conn.close()


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"this is a text file, not a database\n" * 50)


def _truncated(path: Path) -> None:
    _other_program(path, wal=False)
    path.write_bytes(path.read_bytes()[:100])


def _directory(path: Path) -> None:
    path.mkdir()


BAD_STORES: dict[str, Callable[[Path], None]] = {
    "other program's SQLite (rollback journal)": lambda p: _other_program(p, wal=False),
    "other program's SQLite (WAL)": lambda p: _other_program(p, wal=True),
    "not SQLite": _not_sqlite,
    "truncated": _truncated,
    "directory": _directory,
}

COMMANDS: dict[str, list[str]] = {
    "crawl": ["crawl", "ccdi", "--mirror", "http://127.0.0.1:9", "--quiet"],
    "reextract": ["reextract"],
    "ingest": ["ingest", "{tmp}/empty-mirror"],
    "status": ["status"],
    "export": ["export", "--format", "json", "--output", "{tmp}/out.json"],
    "browse": ["browse"],
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"


@pytest.mark.parametrize("kind", BAD_STORES)
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_bad_store_in_one_line_and_leaves_it_untouched(
    tmp_path, capsys, kind, command
):
    db = tmp_path / "store.sqlite"
    BAD_STORES[kind](db)
    (tmp_path / "empty-mirror").mkdir()
    before = _digest(db)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]] + ["--db", str(db)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"returnwatch {command}: {db}")
    assert "Traceback" not in err
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty-mirror", "store.sqlite"]


def test_a_store_under_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "a-file").write_text("x", "utf-8")
    assert main(["reextract", "--db", str(tmp_path / "a-file" / "s.sqlite")]) == 2
    assert capsys.readouterr().err.endswith("a-file is not a folder\n")


def test_another_programs_wal_database_keeps_its_header(tmp_path):
    db = tmp_path / "other.db"
    _other_program(db, wal=False)
    header = db.read_bytes()[:100]
    with pytest.raises(StoreError, match="not a returnwatch store"):
        open_store(db)
    assert db.read_bytes()[:100] == header  # bytes 18-19 would be 2, 2 in WAL mode


def test_an_empty_file_and_a_store_still_open(tmp_path):
    db = tmp_path / "new.sqlite"
    db.touch()
    check_store(db)
    check_store(db)  # a returnwatch store now
    with open_store(db, read_only=True) as store:
        assert store.runs() == []
