"""Deploying to scrapyd: a real scrapyd on 127.0.0.1, the project deployed with scrapyd-deploy,
one crawl scheduled through the JSON API in mirror mode, its cases read from the store.

The project is copied to a temporary directory first, so the egg build (setup.py, build/,
egg-info) never touches the checkout; the copy's scrapy.cfg is the repository's with the test
server's URL.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import text

from output.store import open_store
from scrapers.mirror_server import MirrorServer

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("extract", "output", "scrapers", "pipelines")
EXPECTED = {  # the ccdi announcements of samples/mirror (test_crawl_mirror.py has them all)
    "https://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html": (
        "周建平",
        "2024-06-20",
        ["NZ"],
        "surrendered",
    ),
    "https://www.ccdi.gov.cn/yaowenn/202405/t20240510_985512.html": (
        "韩立新",
        "2024-05-08",
        ["TH"],
        "deported",
    ),
    "https://www.ccdi.gov.cn/toutiaon/202404/t20240418_982244.html": (
        "蒋海波",
        "2024-04-15",
        ["BG"],
        "extradited",
    ),
    "https://www.ccdi.gov.cn/yaowenn/202405/t20240516_986120.html": (
        "孙国栋",
        "2024-05-09",
        ["CA"],
        "surrendered",
    ),
}

pytest.importorskip("scrapyd")
pytest.importorskip("scrapyd_client")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as response:
        return json.loads(response.read())


def copy_project(target: Path, scrapyd_url: str) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in PACKAGES:
        shutil.copytree(REPO / package, target / package, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, target / name)
    config = (REPO / "scrapy.cfg").read_text("utf-8")
    assert "url = http://localhost:6800/" in config
    (target / "scrapy.cfg").write_text(
        config.replace("url = http://localhost:6800/", f"url = {scrapyd_url}/"), "utf-8"
    )


@pytest.fixture()
def scrapyd(tmp_path: Path):
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        "eggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\nitems_dir =\n"
        "poll_interval = 0.5\n",
        "utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapyd"],
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if api(base, "daemonstatus.json")["status"] == "ok":
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            err = proc.communicate()[1].decode()[-1500:]
            pytest.skip(f"scrapyd did not start on 127.0.0.1:{port}: {err}")
        time.sleep(0.2)
    yield base, home
    proc.terminate()
    proc.wait(timeout=10)


def test_deploy_schedule_and_store_cases(tmp_path: Path, scrapyd) -> None:
    base, home = scrapyd
    project = tmp_path / "project"
    copy_project(project, base)

    deploy = subprocess.run(
        [sys.executable, "-m", "scrapyd_client.deploy", "-v", "r1"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert deploy.returncode == 0, deploy.stderr[-3000:]
    assert json.loads(deploy.stdout)["status"] == "ok", deploy.stdout
    assert api(base, "listversions.json?project=returnwatch")["versions"] == ["r1"]
    spiders = api(base, "listspiders.json?project=returnwatch")["spiders"]
    assert {"ccdi", "mps", "urls"} <= set(spiders)  # site configs read from the deployed egg

    db = tmp_path / "cases.sqlite"
    with MirrorServer(REPO / "samples" / "mirror") as mirror:
        job = api(
            base,
            "schedule.json",
            [
                ("project", "returnwatch"),
                ("spider", "ccdi"),
                ("setting", f"RETURNWATCH_MIRROR={mirror.url}"),
                ("setting", f"RETURNWATCH_DB={db}"),
                # an extraction worker process, started from the deployed egg's code
                ("setting", "RETURNWATCH_EXTRACTION_WORKERS=1"),
            ],
        )
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 120
        while True:
            jobs = api(base, "listjobs.json?project=returnwatch")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            assert time.monotonic() < deadline, jobs
            time.sleep(0.5)

    log = next((home / "logs" / "returnwatch" / "ccdi").glob("*.log")).read_text("utf-8")
    assert "'finish_reason': 'finished'" in log, log[-3000:]
    assert "'returnwatch/extract/workers': 1" in log, log[-3000:]
    assert "'returnwatch/cases_found': 4" in log, log[-3000:]
    assert "extraction worker process died" not in log, log[-3000:]  # the worker did it
    with open_store(db) as store:
        docs = {d["id"]: d["url"] for d in store.iter_documents()}
        with store.connect() as conn:
            rows = conn.execute(text("select document_id, record from mentions")).all()
    cases = {}
    for document_id, record in rows:
        r = json.loads(record)
        cases[docs[document_id]] = (r["name"], r["return_date"], r["fled_to"], r["method"])
    assert cases == EXPECTED
