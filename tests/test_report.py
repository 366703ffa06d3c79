"""`returnwatch report`: every number it shows equals the same count over the JSON export
(counted here independently), the page fetches nothing, the official totals are validated."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from report_samples import expected, fill_varied, shown
from store_samples import CCDI_URL, case_of, fill, run_cli

from output.report import ReportError, report
from output.report.official import official_totals, parse_totals
from output.store import open_store

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema


@pytest.fixture()
def db(store_db: Path) -> Path:
    with open_store(store_db) as store:
        fill(store)
        fill_varied(store)
        store.accept(case_of(store, CCDI_URL)["id"], "Ana")
        for i in (0, 3, 10, 17, 24):
            url = f"https://www.ccdi.gov.cn/yaowenn/report/{i}-0.html"
            store.accept(case_of(store, url)["id"], "Ana")
    return store_db


def exported(db: Path, tmp_path: Path, status: str) -> list[dict[str, Any]]:
    out = tmp_path / f"export-{status}.json"
    assert (
        run_cli(
            [
                "export",
                "--db",
                str(db),
                "--format",
                "json",
                "--status",
                status,
                "--output",
                str(out),
            ]
        )
        == 0
    )
    cases: list[dict[str, Any]] = json.loads(out.read_text("utf-8"))["cases"]
    return cases


def test_every_number_equals_the_count_over_the_json_export(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run_cli(["report", "--db", str(db), "--status", "all", "--output", str(out)]) == 0
    cases = exported(db, tmp_path, "all")
    numbers = shown(out.read_text("utf-8"))
    assert numbers == expected(cases)
    assert numbers["total"] == 35 and numbers["status.accepted"] == 6
    assert numbers["country.other"] > 0  # more than 20 countries: the rest grouped
    assert numbers["sources.2"] >= 10 and numbers["year.unknown"] >= 1


def test_filters_match_the_same_filters_over_the_export(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ca.html"
    argv = ["report", "--db", str(db), "--country", "ca", "--from", "2017", "--to", "2024"]
    assert run_cli([*argv, "--status", "all", "--output", str(out)]) == 0
    cases = [
        c
        for c in exported(db, tmp_path, "all")
        if "CA" in c["fled_to"] and c["return_date"] and 2017 <= int(c["return_date"][:4]) <= 2024
    ]
    assert len(cases) >= 4
    numbers = shown(out.read_text("utf-8"))
    assert numbers == expected(cases)
    page = lxml_html.fromstring(out.read_text("utf-8"))
    years = page.xpath('//table[@class="coverage"]/tbody/tr/td[1]/text()')
    official = {"2018", "2019", "2020", "2021", "2022", "2023"}  # those kept, in 2017..2024
    assert years == sorted(official | {c["return_date"][:4] for c in cases})
    assert "national totals" in out.read_text("utf-8")
    names = page.xpath('//div[@id="country-CA"]//table[@class="cases"]/tbody/tr/td[1]/text()')
    assert sorted(names) == sorted(c["name"] for c in cases)
    accepted = tmp_path / "accepted.html"
    assert run_cli(["report", "--db", str(db), "--output", str(accepted)]) == 0
    assert shown(accepted.read_text("utf-8")) == expected(exported(db, tmp_path, "accepted"))


def test_the_page_is_self_contained_and_its_charts_obey_a_strict_policy(
    db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    result = report(db, out, status="all")
    text = out.read_text("utf-8")
    assert result.cases == 35 and result.bytes == len(text.encode("utf-8"))
    page = lxml_html.fromstring(text)
    assert page.xpath("//script | //link | //img | //iframe | //object | //embed") == []
    assert page.xpath("//@src") == []
    assert re.findall(r"url\((?!#)", text) == [] and "@import" not in text  # url(#clip) only
    for element in page.xpath("//*[@href]"):
        href = element.get("href")
        assert element.tag == "a" or href.startswith("#"), href  # links, never fetched
    svgs = page.xpath("//svg")
    assert len(svgs) == 7
    assert all(not s.xpath(".//*[@style] | .//style") for s in svgs)
    links = page.xpath('//div[@id="country-CA"]//td[@class="sources"]/a/@href')
    assert "https://www.zjsjw.gov.cn/ttxw/202403/t20240315_21876543.shtml" in links
    method = page.xpath('//section[@id="method"]')[0].text_content()
    assert "every review status" in method and "returnwatch 0.1.0" in method


def test_coverage_sets_named_cases_beside_the_official_totals(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    report(db, out, status="all")
    rows = lxml_html.fromstring(out.read_text("utf-8")).xpath('//table[@class="coverage"]/tbody/tr')
    cells = {r[0].text_content(): [td.text_content().strip() for td in r] for r in rows}
    named_2018 = sum(
        1 for c in exported(db, tmp_path, "all") if (c["return_date"] or "").startswith("2018")
    )
    assert cells["2018"][1:5] == [
        str(named_2018),
        "1,335",
        "2018",
        f"{100 * named_2018 / 1335:.1f} %",
    ]
    assert cells["2016"][3] == "2016-01/2016-11 (part of the year)"
    assert cells["2024"][2] == "–"  # no official total kept for 2024
    assert "never named" in out.read_text("utf-8")


def test_official_totals_are_validated_on_load() -> None:
    totals = official_totals()
    assert (
        totals.years[2019].returned == 2041 and totals.years[2019].staff_period == "2019-01/2019-10"
    )
    assert sorted(totals.years) == [2015, 2016, 2018, 2019, 2020, 2021, 2022, 2023]
    good = {"year": 2015, "returned": 1023, "returned_period": "2015", "source": "CCDI"}
    doc = {"about": "a", "source_note": "b", "decade": {}}
    with pytest.raises(
        ReportError, match=r"^official_totals.json: data.years\[0\].returned must be integer"
    ):
        parse_totals(doc | {"years": [good | {"returned": "1,023"}]})
    with pytest.raises(ReportError, match="year 2015 is listed twice"):
        parse_totals(doc | {"years": [good, good]})
    with pytest.raises(ReportError, match="returned_period must match"):
        parse_totals(doc | {"years": [good | {"returned_period": "Jan-Nov"}]})


def test_bad_options_fail_with_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.html"
    assert (
        run_cli(["report", "--db", str(db), "--from", "2020", "--to", "2019", "--output", str(out)])
        == 2
    )
    assert run_cli(["report", "--db", str(db), "--country", "Canada", "--output", str(out)]) == 2
    assert run_cli(["report", "--db", str(db), "--output", str(tmp_path / "no" / "r.html")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "returnwatch report: --from 2020 is after --to 2019",
        "returnwatch report: --country 'Canada': expected a two-letter code such as CA",
        f"returnwatch report: {tmp_path / 'no' / 'r.html'}: directory {tmp_path / 'no'} does not exist",
    ]
    assert not out.exists()


def test_report_of_an_empty_store(tmp_path: Path) -> None:
    db, out = tmp_path / "empty.sqlite", tmp_path / "empty.html"
    open_store(db).close()
    assert report(db, out).cases == 0
    page = out.read_text("utf-8")
    assert shown(page) == {"total": 0, "red_notice": 0}
    assert len(lxml_html.fromstring(page).xpath("//svg")) == 7  # each chart says "no cases"


def test_each_country_table_lists_its_cases_in_order_of_return(db: Path, tmp_path: Path) -> None:
    """The tables are spooled and read back sorted (return date, then name; no date last): each
    holds exactly the exported cases fled there, in that order, each with its sources."""
    out = tmp_path / "report.html"
    assert report(db, out, status="all").cases == 35
    page = lxml_html.fromstring(out.read_text("utf-8"))
    cases = exported(db, tmp_path, "all")
    tables = page.xpath('//section[@id="cases"]/div[@class="country"]')
    assert len(tables) == len({code for c in cases for code in c["fled_to"] or ["unknown"]})
    for table in tables:
        code = table.get("id").removeprefix("country-")
        held = [c for c in cases if code in (c["fled_to"] or ["unknown"])]
        held.sort(key=lambda c: (c["return_date"] or "9999", c["name"] or "", c["id"]))
        rows = table.xpath('.//table[@class="cases"]/tbody/tr')
        assert [r.xpath("td[3]")[0].text_content() for r in rows] == [
            c["return_date"] or "" for c in held
        ]
        assert [r.xpath("td[1]")[0].text_content() for r in rows] == [c["name"] or "" for c in held]
        links = [len(r.xpath('td[@class="sources"]/a')) for r in rows]
        assert links == [len(c["sources"]) for c in held]
