"""The store's two servers as the CLI starts them: the review page and Datasette (browse)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from store_samples import fill

from output.store import open_store
from pipelines.cli.browse import browse_command

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str, deadline: float) -> bytes:
    """GET ``url``, retrying until the server is up or ``deadline`` (monotonic) passes."""
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body: bytes = response.read()
                return body
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cases.sqlite"
    with open_store(path) as store:
        fill(store)
    return path


def test_review_command_serves_on_loopback(db: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "review", "--db", str(db), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        page = fetch(f"http://127.0.0.1:{port}/?q=Liwen", time.monotonic() + 30).decode()
    finally:
        proc.terminate()
        proc.wait(10)
    assert "Cases <small>(1)</small>" in page and "陈立文" in page


def test_browse_opens_the_store_read_only_in_datasette(db: Path) -> None:
    port = free_port()
    before = db.read_bytes()
    proc = subprocess.Popen(
        browse_command(db, "127.0.0.1", port), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        base = f"http://127.0.0.1:{port}/cases"
        rows = json.loads(
            fetch(f"{base}/cases.json?_shape=array&_sort=name", time.monotonic() + 60)
        )
    finally:
        proc.terminate()
        proc.wait(10)
    assert sorted(r["name"] for r in rows) == sorted(["周明远", "陈立文", "刘海燕", "王某", "王某"])
    assert db.read_bytes() == before
