"""The listing title filter (scrapers/parsing/titles.py and scrapers/title_terms.json): only
plainly irrelevant titles are skipped; a title naming a case, a court step, an investigation or
a return, a feature headline that names none, and an entry without a title are fetched."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from bench.compare_title_filters import labelled, old_rule, real_pages, tally
from scrapers.config import Discovery
from scrapers.parsing.listing import ListingEntry
from scrapers.parsing.titles import (
    TitleTermsError,
    load_title_terms,
    parse_title_terms,
    title_worth_fetching,
)
from scrapers.spiders.base import SiteSpider

# Titles written for this test: verdicts, trials, investigations, returns, features.
FETCHED = [
    "原副县长某某受贿、滥用职权案一审宣判",
    "某市原国土局局长贪污案开庭受审",
    "省交通运输厅原副厅长严重违纪违法被开除党籍",
    "外逃九年的“红通人员”落网",
    "潜逃境外的诈骗团伙骨干被抓获",
    "检察机关对某某涉嫌受贿案提起公诉",
    "等了二十三年，老检察官终于等来这一天",  # a feature: names neither return nor case
    "追了十六年，专案组终于等来这通电话",
    "深度关注丨以严的基调纠治“四风”",
    "全省追逃追赃工作会议召开",  # a meeting, but about the returns: kept
    "Court jails former bank manager who fled to Canada",
    "Ex-official SENTENCED after years abroad",
    "原副縣長某某受賄案一審宣判",  # traditional script
]
SKIPPED = [
    "全省党风廉政建设工作会议召开",
    "关于2024年端午节放假的通知",
    "明日全市有大到暴雨 注意防范",
    "颱風天氣提示",  # traditional script
    "省纪委监委开展专题调研",
    "某某出版社2024年6月新书推荐",
    "Heavy RAIN expected across the south",
    "Dragon Boat Festival travel peaks",
]


@pytest.mark.parametrize("title", FETCHED)
def test_titles_naming_a_case_or_a_return_and_features_are_fetched(title: str) -> None:
    assert title_worth_fetching(title)


@pytest.mark.parametrize("title", SKIPPED)
def test_plainly_irrelevant_titles_are_skipped(title: str) -> None:
    assert not title_worth_fetching(title)


@pytest.mark.parametrize("title", [None, "", "   "])
def test_an_entry_without_a_title_is_fetched(title: str | None) -> None:
    assert title_worth_fetching(title)


def test_the_old_rule_dropped_verdicts_and_features() -> None:
    assert not old_rule(FETCHED[0]) and not old_rule(FETCHED[6])


def test_the_shipped_terms_file_is_well_formed() -> None:
    terms = load_title_terms()
    assert {"case", "court", "return", "investigation"} <= set(terms.keep)
    assert {"meeting", "notice", "weather"} <= set(terms.skip)
    for required in ("受贿", "贪污", "宣判", "受审", "一审", "归案", "追逃", "外逃", "红通"):
        assert any(required in values for values in terms.keep.values()), required
    for required in ("引渡", "遣返", "劝返", "投案", "落网", "抓获"):
        assert required in terms.keep["return"], required
    kept = {t.lower() for values in terms.keep.values() for t in values}
    assert not kept & {t.lower() for values in terms.skip.values() for t in values}


BAD = [
    ([], "top level must be an object"),
    ({"keep": {"a": ["x"]}}, "missing 'skip'"),
    ({"keep": {"a": ["x"]}, "skip": {"b": ["y"]}, "drop": {}}, "unknown key 'drop'"),
    ({"keep": {"a": []}, "skip": {"b": ["y"]}}, "keep.a: expected a non-empty list"),
    ({"keep": {"a": ["x", 3]}, "skip": {"b": ["y"]}}, "keep.a: bad term 3"),
    ({"keep": {"a": ["x", " x"]}, "skip": {"b": ["y"]}}, "keep.a: bad term ' x'"),
    ({"keep": {"a": ["x", "x"]}, "skip": {"b": ["y"]}}, "keep.a: a term is listed twice"),
    ({"keep": {"a": ["Rain"]}, "skip": {"b": ["rain"]}}, "'rain' is both kept and skipped"),
    ({"keep": {"_doc": "only a note"}, "skip": {"b": ["y"]}}, "keep: no category"),
]


@pytest.mark.parametrize("data,message", BAD)
def test_a_broken_terms_file_names_the_file_and_the_key(data: object, message: str) -> None:
    with pytest.raises(TitleTermsError, match="^terms.json: .*" + re.escape(message)):
        parse_title_terms(data, "terms.json")


def test_an_unreadable_terms_file_is_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "title_terms.json"
    path.write_text('{"keep": ', "utf-8")
    with pytest.raises(TitleTermsError) as error:
        load_title_terms(path)
    assert str(error.value).startswith(f"{path}: cannot read title terms: ")
    assert "\n" not in str(error.value)
    path.write_text(json.dumps({"keep": {"a": ["案"]}, "skip": {"b": ["会议"]}}), "utf-8")
    assert load_title_terms(path).skip == {"b": ("会议",)}


def spider(filter_titles: bool = True) -> SiteSpider:
    built = SiteSpider()
    built.filter_titles = filter_titles
    return built


def entry(title: str | None) -> ListingEntry:
    return ListingEntry(url="https://www.ccdi.gov.cn/yaowenn/202406/t20240601_1.html", title=title)


def test_the_spider_skips_only_irrelevant_titles_and_only_where_filtered() -> None:
    listing = Discovery(strategy="listing")
    search = Discovery(strategy="search", filter_titles=False)
    assert spider().title_passes(entry(FETCHED[0]), listing)
    assert spider().title_passes(entry(None), listing)
    assert not spider().title_passes(entry(SKIPPED[0]), listing)
    assert spider().title_passes(entry(SKIPPED[0]), search)
    assert spider(filter_titles=False).title_passes(entry(SKIPPED[0]), listing)


def test_no_labelled_case_is_lost_and_the_old_rule_lost_some() -> None:
    result = tally(labelled())
    assert result["new"] == {"skipped": 0, "cases_lost": 0, "lost_in": []}
    assert result["old"]["cases_lost"] > 0


@pytest.mark.skipif(
    not os.environ.get("RETURNWATCH_REAL_PAGES"), reason="RETURNWATCH_REAL_PAGES not set"
)
def test_on_the_saved_real_pages_only_plainly_irrelevant_ones_are_skipped() -> None:
    result = tally(real_pages(Path(os.environ["RETURNWATCH_REAL_PAGES"])))
    assert result["pages"] >= 100
    assert result["new"]["cases_lost"] == 0
    assert result["new"]["skipped"] <= 5 < result["old"]["skipped"]
