"""The coverage report and the review app's /stats page in a real browser: Playwright driving
Debian's Chromium (/usr/bin/chromium, never `playwright install`).

Screenshots of both go to the test's directory (or to $RETURNWATCH_SCREENSHOTS when set). The
checks: no request leaves the page (the browser's own log of requests), Chinese names are drawn
with real glyphs (not the same empty box for every character), the charts keep their colours
under the review app's Content-Security-Policy. Skips with a reason when Chromium, Playwright or
a font with CJK coverage is missing (`make test` installs Chromium and fonts-noto-cjk as root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_samples import fill_varied
from store_samples import fill
from werkzeug.serving import make_server

from output.report import report
from output.review import create_app
from output.store import open_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

if not os.path.exists(CHROMIUM):
    pytest.skip(
        f"{CHROMIUM} missing (make test installs Debian's chromium)", allow_module_level=True
    )
if (
    shutil.which("fc-list") is None
    or not subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout.strip()
):
    pytest.skip(
        "no font with Chinese coverage (make test installs fonts-noto-cjk)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright not installed")

# Draws one character on a canvas in the font of ``element`` and returns its pixels: two
# different characters drawn as the same picture are the missing-glyph box ("tofu").
GLYPH = """([selector, ch]) => {
  const element = document.querySelector(selector);
  const canvas = document.createElement('canvas');
  canvas.width = 64; canvas.height = 64;
  const ctx = canvas.getContext('2d');
  ctx.font = '40px ' + getComputedStyle(element).fontFamily;
  ctx.fillText(ch, 4, 48);
  return {pixels: Array.from(ctx.getImageData(0, 0, 64, 64).data).join(','),
          width: ctx.measureText(ch).width};
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 1400})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.requested = []  # type: ignore[attr-defined]
    pg.on("request", lambda request: pg.requested.append(request.url))
    yield pg
    context.close()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    with open_store(path) as store:
        fill(store)
        fill_varied(store)
    return path


def shots(tmp_path: Path) -> Path:
    where = Path(os.environ.get("RETURNWATCH_SCREENSHOTS") or tmp_path)
    where.mkdir(parents=True, exist_ok=True)
    return where


def drawn(page: Any, selector: str, ch: str) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(GLYPH, [selector, ch])
    return result


def test_report_opens_with_no_request_and_real_chinese_glyphs(
    page: Any, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    report(db, out, status="all")
    page.goto(out.as_uri())
    page.wait_for_load_state("load")
    assert page.requested == [out.as_uri()]  # nothing but the file itself
    screenshot = shots(tmp_path) / "report.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 50_000
    cell = '#country-CA table.cases tbody tr td[lang="zh"]'
    name = page.locator(cell).first.inner_text()
    assert name == "王建国"  # the first Canadian case of report_samples, sorted by return date
    wang, li = drawn(page, cell, "王"), drawn(page, cell, "李")
    assert wang["pixels"] != li["pixels"] and wang["width"] > 30  # glyphs, full width
    # the check itself: two characters no font has are drawn as the same box
    assert drawn(page, cell, "\U000f0001")["pixels"] == drawn(page, cell, "\U000f0002")["pixels"]
    assert page.locator("svg").count() == 7


class Server:
    """The review app on 127.0.0.1 on a free port, in a thread, for one test."""

    def __init__(self, db: Path) -> None:
        self.httpd = make_server("127.0.0.1", 0, create_app(db), threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.thread.join(5)


def test_stats_page_keeps_its_colours_under_the_policy(page: Any, db: Path, tmp_path: Path) -> None:
    blocked: list[str] = []
    page.on(
        "console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None
    )
    with Server(db) as server:
        page.goto(server.url + "/?country=CA")
        page.click("#to-stats")
        page.wait_for_load_state("load")
        assert page.url == server.url + "/stats?country=CA"
        screenshot = shots(tmp_path) / "stats.png"
        page.screenshot(path=str(screenshot), full_page=True)
        bar = page.locator('svg[aria-labelledby="countries-title"] path[fill="#23344a"]').first
        fill_colour = bar.evaluate("e => getComputedStyle(e).fill")
    assert fill_colour == "rgb(35, 52, 74)"  # the attribute applies: no inline style needed
    assert blocked == []
    assert page.locator('[data-n="total"]').first.inner_text() == "6"
    assert all(url.startswith(server.url + "/") for url in page.requested), page.requested
    assert screenshot.stat().st_size > 30_000
