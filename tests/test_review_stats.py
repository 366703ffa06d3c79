"""The review app's statistics page (/stats) through Flask's test client: the report's figures
and charts for the queue's filters, server-rendered SVG under the same Content-Security-Policy."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from report_samples import expected, fill_varied, shown
from store_samples import fill, run_cli

from output.review import create_app
from output.store import open_store

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


@pytest.fixture()
def db(store_db: Path) -> Path:
    with open_store(store_db) as store:
        fill(store)
        fill_varied(store)
    return store_db


def every_case(db: Path, tmp_path: Path) -> list[dict[str, Any]]:
    out = tmp_path / "all.json"
    assert (
        run_cli(
            ["export", "--db", str(db), "--format", "json", "--status", "all", "--output", str(out)]
        )
        == 0
    )
    cases: list[dict[str, Any]] = json.loads(out.read_text("utf-8"))["cases"]
    return cases


def without_years(numbers: dict[str, int]) -> dict[str, int]:
    """The page shows every count of the report but the coverage table's cases per year and
    the sizes of the per-country case tables."""
    return {k: v for k, v in numbers.items() if not k.startswith(("year.", "table."))}


def test_stats_page_counts_what_the_export_holds(db: Path, tmp_path: Path) -> None:
    response = create_app(db).test_client().get("/stats")
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == CSP
    page = response.get_data(as_text=True)
    assert shown(page) == without_years(expected(every_case(db, tmp_path)))
    tree = lxml_html.fromstring(page)
    assert len(tree.xpath("//svg")) == 7
    # nothing the policy would block: no script, no inline style, no style attribute
    assert tree.xpath("//script | //style | //*[@style] | //*[@onload]") == []
    assert re.findall(r"url\((?!#)", page) == []


def test_stats_follow_the_queue_filters(db: Path, tmp_path: Path) -> None:
    client = create_app(db).test_client()
    cases = every_case(db, tmp_path)
    ca = [c for c in cases if "CA" in c["fled_to"]]
    page = client.get("/stats?country=CA&status=pending").get_data(as_text=True)
    assert shown(page) == without_years(expected(ca))
    assert shown(page)["total"] == len(ca) == 6
    persuaded_2016 = [
        c
        for c in cases
        if c["method"] == "persuaded" and (c["return_date"] or "").startswith("2016")
    ]
    page = client.get("/stats?method=persuaded&year=2016").get_data(as_text=True)
    assert shown(page) == without_years(expected(persuaded_2016))
    nobody = client.get("/stats?q=nobody").get_data(as_text=True)
    assert shown(nobody) == {"total": 0, "red_notice": 0}
    assert len(lxml_html.fromstring(nobody).xpath("//svg")) == 7  # empty charts say so
    assert client.get("/stats?year=99999999999999999999").status_code == 400


def test_queue_and_stats_link_to_each_other_with_the_filters(db: Path) -> None:
    client = create_app(db).test_client()
    queue = lxml_html.fromstring(client.get("/?country=CA&method=&page=1").get_data(as_text=True))
    assert queue.xpath('//a[@id="to-stats"]/@href') == ["/stats?country=CA"]
    stats = lxml_html.fromstring(
        client.get("/stats?country=CA&status=pending").get_data(as_text=True)
    )
    assert stats.xpath('//a[@id="to-queue"]/@href') == ["/?country=CA&status=pending"]
    assert stats.xpath('//select[@name="country"]/option[@selected]/@value') == ["CA"]


def test_stats_needs_the_token_like_every_page(db: Path) -> None:
    client = create_app(db, token="s3cret").test_client()
    assert client.get("/stats").status_code == 403
    assert client.get("/stats", headers={"X-Returnwatch-Token": "s3cret"}).status_code == 200
