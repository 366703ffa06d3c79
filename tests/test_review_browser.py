"""The review page in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium).

Skips with a reason when Chromium or Playwright is missing (`make test` installs Chromium).
Two stores: the hand-written sample articles (always), and a store filled by a real crawl of
the bundled mock sites (``returnwatch demo``), which needs the extraction to find cases.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_samples import HOSTILE_URL, LIU_URL, case_of, fill

from output.review import create_app
from output.store import open_store

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parent.parent

if not os.path.exists(CHROMIUM):
    pytest.skip(
        f"{CHROMIUM} missing (make test installs Debian's chromium)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright not installed")


class Server:
    """The review app on 127.0.0.1 on a free port, in a thread, for one test."""

    def __init__(self, db: Path) -> None:
        from werkzeug.serving import make_server

        self.httpd = make_server("127.0.0.1", 0, create_app(db), threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def set_reviewer(page: Any, base: str, name: str) -> None:
    page.goto(base + "/")
    page.click("#set-reviewer")
    page.fill("#reviewer-input", name)
    page.click("#reviewer-save")
    assert page.inner_text("#reviewer-name") == name


def open_case(page: Any, base: str, query: str) -> None:
    page.goto(base + "/")
    page.fill("input[name=q]", query)
    page.click("form.filters button[type=submit]")
    page.click("a.case-link")


def test_accept_edit_reject_on_sample_store(page: Any, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        fill(store)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with Server(db) as server:
        set_reviewer(page, server.url, "Ana Lima")
        open_case(page, server.url, "Liwen")
        assert page.inner_text("#case-name").startswith("陈立文")
        assert page.locator("article.mention").count() == 3
        assert page.locator("mark[data-fields='fled_to']").first.inner_text() == "加拿大"
        # Edit with an invalid value: refused with the reason, nothing stored.
        row = page.locator("#field-birth_year")
        row.locator("input[name=value]").fill("19x3")
        row.locator("button").click()
        assert "birth_year: '19x3' is not a whole number" in page.inner_text("#error")
        # A valid edit.
        row = page.locator("#field-former_position")
        row.locator("input[name=value]").fill("宁波市国土资源局原局长")
        row.locator("button").click()
        row = page.locator("#field-former_position")
        assert row.locator("td.value").inner_text() == "宁波市国土资源局原局长"
        assert "reviewer Ana Lima" in row.locator("td.origin").inner_text()
        page.click("#accept")
        assert page.inner_text("#case-status") == "accepted"
        # Reject another case with a reason.
        open_case(page, server.url, "刘海燕")
        page.fill("#reject-reason", "same return already recorded")
        page.click("#reject")
        assert page.inner_text("#case-status") == "rejected"
        assert "same return already recorded" in page.inner_text("#audit")
        # The planted page: markup shows as text, no script runs.
        open_case(page, server.url, "周明远")
        title = page.locator("article.mention h3.doc-title").inner_text()
        assert title == "<script>alert('title')</script>外逃人员周明远回国投案"
        assert "<img src=x onerror=" in page.locator("div.article").inner_text()
        assert page.evaluate("document.title") != "pwned" and dialogs == []
        assert page.locator("article img").count() == 0
    with open_store(db) as store:
        liu = case_of(store, LIU_URL)
        zhou = case_of(store, HOSTILE_URL)
        chen_rows, _ = store.list_cases()
    chen = next(r for r in chen_rows if r["name"] == "陈立文")
    assert chen["status"] == "accepted" and liu["status"] == "rejected"
    assert [(r["reviewer"], r["action"]) for r in liu["reviews"]] == [("Ana Lima", "reject")]
    assert zhou["status"] == "pending"


def crawl_mock_sites(db: Path) -> str:
    """Run `returnwatch demo` (a real crawl of the bundled mock sites) in a child process."""
    code = "import sys; from pipelines.cli.demo import demo; demo(db=sys.argv[1], quiet=True)"
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.stderr[-2000:] if done.returncode else ""


def test_review_on_store_filled_by_a_crawl_of_the_mock_sites(page: Any, tmp_path: Path) -> None:
    db = tmp_path / "crawl" / "demo.sqlite"
    db.parent.mkdir()
    error = crawl_mock_sites(db)
    if error:
        pytest.skip(f"crawl of the mock sites failed (crawl or extraction not ready): {error}")
    with open_store(db) as store:
        rows, total = store.list_cases()
        documents = len(store.iter_documents())
    if total < 2:
        pytest.skip(f"crawl stored {documents} documents but only {total} cases (extraction?)")
    first, second = rows[0], rows[1]
    with Server(db) as server:
        set_reviewer(page, server.url, "Bo")
        page.goto(f"{server.url}/case/{first['id']}")
        assert page.locator("article.mention").count() == first["n_mentions"]
        page.click("#accept")
        assert page.inner_text("#case-status") == "accepted"
        page.goto(f"{server.url}/case/{second['id']}")
        row = page.locator("#field-method_text")
        row.locator("input[name=value]").fill("经劝返回国")
        row.locator("button").click()
        assert page.locator("#field-method_text td.value").inner_text() == "经劝返回国"
        page.fill("#reject-reason", "not an overseas return")
        page.click("#reject")
        assert page.inner_text("#case-status") == "rejected"
    with open_store(db) as store:
        a = store.get_case(first["id"])
        b = store.get_case(second["id"])
    assert a is not None and a["status"] == "accepted"
    assert b is not None and b["status"] == "rejected"
    assert [r["action"] for r in b["reviews"]] == ["edit", "reject"]
    assert b["fields"]["method_text"]["origin"] == "reviewer"


def test_glosses_and_feed_link_in_the_browser(page: Any, tmp_path: Path) -> None:
    """The glosses show beside the Chinese terms (and as their hover title), the queue page
    announces its feed, and the browser reports no Content-Security-Policy violation."""
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        fill(store)
    console: list[str] = []
    page.on("console", lambda msg: console.append(msg.text))
    with Server(db) as server:
        page.goto(server.url + "/?country=CA")
        feed = page.locator("link[rel=alternate][type='application/atom+xml']")
        assert feed.get_attribute("href") == "/feed.atom?country=CA"
        response = page.request.get(server.url + "/feed.atom?country=CA")
        assert response.ok and "<title>陈立文 Chen Liwen: surrendered" in response.text()
        open_case(page, server.url, "Liwen")
        coercion = page.locator("#field-coercion td.value .terms")
        assert coercion.locator("abbr").nth(1).get_attribute("title") == "persuasion by relatives"
        assert coercion.locator("abbr").nth(1).inner_text() == "亲属规劝"
        assert "亲属规劝 persuasion by relatives" in coercion.locator(".gloss").inner_text()
        assert coercion.locator(".gloss").is_visible()
        page.locator("#field-coercion").screenshot(path=str(tmp_path / "glosses.png"))
    assert (tmp_path / "glosses.png").stat().st_size > 1000
    assert not [m for m in console if "Content Security Policy" in m]
