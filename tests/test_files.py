"""The one JSONL reader and the one output writer every command uses (issue 10, items 1-3, 12-13).

Each hostile line kind is fed to the reader, to ``returnwatch extract`` and to ``evaluate``;
each kind of output path (regular file, symlink, FIFO, character device, directory, socket, a
full disk) to the writer and to ``returnwatch extract`` / ``export``.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from extract.jsonl import BadLine, read_jsonl
from output.files import OutputError, write_output
from pipelines.cli import main

GOOD = {"id": "a", "text": "庞树勋11月14日从美国回国投案。", "published": "2016-11-16"}
GOOD_LINE = json.dumps(GOOD, ensure_ascii=False).encode("utf-8")

# (bytes of the line, a word of the reason reported for it)
HOSTILE_LINES = [
    ("中文".encode("gbk") + b'{"id": "x"}', "not UTF-8"),
    (bytes(b for b in range(256) if b != 10), "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"id": ' + b"9" * 5000 + b', "text": "x"}', "invalid JSON"),
    (b'{"id": "s", "title": "\\ud800", "text": "x"}', "lone surrogate"),
    (b'{"id": "k", "text": {"\\udfff": 1}}', "lone surrogate"),
    (b'{"id": "n", "text": NaN}', "NaN is not JSON"),
    (b'{"id": "t", "text": "unterminated', "invalid JSON"),
    (b"\xef\xbb\xbf" + GOOD_LINE, "invalid JSON"),  # a BOM is accepted on the first line only
]


def _read(path: Path) -> tuple[list[tuple[int, object]], list[BadLine]]:
    bad: list[BadLine] = []
    good = list(read_jsonl(str(path), bad.append))
    return good, bad


@pytest.mark.parametrize(("line", "reason"), HOSTILE_LINES)
def test_each_hostile_line_is_reported_with_file_and_line_and_skipped(tmp_path, line, reason):
    path = tmp_path / "in.jsonl"
    path.write_bytes(GOOD_LINE + b"\n" + line + b"\n" + GOOD_LINE + b"\n")
    good, bad = _read(path)
    assert [number for number, _ in good] == [1, 3]
    assert len(bad) == 1
    assert str(bad[0]).startswith(f"{path}:2: ")
    assert reason in bad[0].reason
    assert "\n" not in str(bad[0])


def test_a_byte_order_mark_on_the_first_line_is_accepted(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_LINE + b"\r\n" + GOOD_LINE)
    good, bad = _read(path)
    assert bad == []
    assert [value for _, value in good] == [GOOD, GOOD]


def test_a_line_longer_than_the_limit_is_skipped_without_reading_it_whole(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'"' + b"x" * 5000 + b'"\n' + GOOD_LINE + b"\n")
    bad: list[BadLine] = []
    good = list(read_jsonl(str(path), bad.append, max_line_bytes=1000))
    assert [number for number, _ in good] == [2]
    assert "longer than 1000 bytes" in str(bad[0])


def test_extract_keeps_the_good_lines_around_every_hostile_one(tmp_path, capsys):
    lines = [GOOD_LINE]
    for i, (line, _) in enumerate(HOSTILE_LINES):
        lines += [line, json.dumps({**GOOD, "id": f"g{i}"}, ensure_ascii=False).encode()]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(out)]) == 1
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted(r["document_id"] for r in records) == sorted(
        ["a"] + [f"g{i}" for i in range(len(HOSTILE_LINES))]
    )
    err = capsys.readouterr().err.splitlines()
    skipped = [line for line in err if ": skipped: " in line]
    assert [line.split(":")[1] for line in skipped] == [
        str(2 * i + 2) for i in range(len(HOSTILE_LINES))
    ]
    assert not any("Traceback" in line for line in err)


def test_evaluate_refuses_a_bad_gold_line_in_one_line(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b'{"id": "a", "text": "x", "cases": []}\n\xff\xfe\n')
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{gold}:2: not UTF-8" in err


def test_extract_cuts_a_document_longer_than_the_maximum_with_a_warning(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({**GOOD, "text": GOOD["text"] * 100}, ensure_ascii=False))
    out = tmp_path / "out.jsonl"
    assert main(["extract", "-i", str(source), "-o", str(out), "--max-chars", "40"]) == 0
    assert f"{source}:1: document 'a' cut to its first 40 of" in capsys.readouterr().err
    for line in out.read_text("utf-8").splitlines():
        assert all(e["end"] <= 40 for e in json.loads(line)["evidence"])


# -- writing ---------------------------------------------------------------------------------


def test_a_regular_file_is_replaced_atomically_keeping_its_mode(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text("old", "utf-8")
    path.chmod(0o644)
    write_output(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["cases.jsonl"]


def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "new.csv", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


def test_a_symlink_is_written_through(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_output(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


def test_a_fifo_is_written_directly_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output(fifo, b"through the pipe")
    reader.join(10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_character_device_is_written_directly_never_replaced():
    before = os.stat("/dev/null")
    write_output("/dev/null", b"nothing")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_directory_and_a_socket_are_refused(tmp_path):
    with pytest.raises(OutputError, match="is a directory"):
        write_output(tmp_path, b"x")
    sock_path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(OutputError, match="not a regular file, FIFO or character device"):
            write_output(sock_path, b"x")


def test_a_full_disk_is_one_line_and_the_previous_file_is_kept(tmp_path, monkeypatch):
    path = tmp_path / "cases.json"
    path.write_text("previous", "utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as raised:
        write_output(path, b"new")
    assert str(raised.value) == f"{path}: no space left on device (the previous file is kept)"
    assert path.read_text("utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["cases.json"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_extract_to_a_full_device_is_one_line_exit_2(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(GOOD_LINE + b"\n")
    assert main(["extract", "--input", str(source), "--output", "/dev/full"]) == 2
    assert capsys.readouterr().err == ("returnwatch extract: /dev/full: no space left on device\n")


def test_extract_to_standard_output(tmp_path, capsysbinary):
    source = tmp_path / "in.jsonl"
    source.write_bytes(GOOD_LINE + b"\n")
    assert main(["extract", "--input", str(source), "--output", "-"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert json.loads(out.splitlines()[0])["document_id"] == "a"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_export_to_a_full_device_is_one_line_exit_2(tmp_path, capsys):
    from output.store import check_store

    db = tmp_path / "s.sqlite"
    check_store(db)
    argv = ["export", "--db", str(db), "--format", "json", "--status", "all"]
    assert main([*argv, "--output", "/dev/full"]) == 2
    assert capsys.readouterr().err == "returnwatch export: /dev/full: no space left on device\n"


def test_export_through_a_fifo_and_a_symlink(tmp_path):
    from output.store import check_store

    db = tmp_path / "s.sqlite"
    check_store(db)
    argv = ["export", "--db", str(db), "--format", "jsonl", "--status", "all"]
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", "utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert main([*argv, "--output", str(link)]) == 0
    assert link.is_symlink() and target.read_text("utf-8") != "old\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main([*argv, "--output", str(fifo)]) == 0
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and len(received) == 1


@pytest.mark.parametrize("where", ["dir", "under-a-file"])
def test_crawl_refuses_an_unwritable_output_in_one_line(tmp_path, capsys, where):
    (tmp_path / "a-file").write_text("x", "utf-8")
    output = tmp_path if where == "dir" else tmp_path / "a-file" / "cases.jsonl"
    argv = ["crawl", "ccdi", "--db", str(tmp_path / "s.sqlite"), "--output", str(output)]
    assert main([*argv, "--mirror", "http://127.0.0.1:9", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"returnwatch crawl: {output}") and err.count("\n") == 1
