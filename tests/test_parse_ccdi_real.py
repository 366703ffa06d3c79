"""Conformance of the ccdi article parser on the 100 real saved pages (templates A, B, C).

The pages are read from RETURNWATCH_CCDI_PAGES (set by .ci/run), never copied into the repo.
index.tsv gives, per page, the visible 发布时间, 来源 and title.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

from scrapers.config import load_sites
from scrapers.parsing import parse_article

PAGES = os.environ.get("RETURNWATCH_CCDI_PAGES")
pytestmark = pytest.mark.skipif(not PAGES, reason="RETURNWATCH_CCDI_PAGES not set (see .ci/run)")


def rows() -> list[dict[str, str]]:
    if not PAGES:
        return []
    with open(Path(PAGES) / "index.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _url(row: dict[str, str]) -> str:
    name = row["file"]
    return row["url_if_known"] or f"https://www.ccdi.gov.cn/yaowenn/{name[1:7]}/{name}"


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["file"])
def test_real_page_parsed_like_the_page_shows_it(row):
    html = (Path(PAGES) / "articles" / row["file"]).read_text("utf-8")
    article = parse_article(html, _url(row), load_sites()["ccdi"])
    assert article.title == " ".join(row["title"].replace("\u200b", "").split())
    assert article.source_line == (row["daty_来源"] or None)
    if row["daty_发布时间"]:
        assert article.published == row["daty_发布时间"].replace(" ", "T")
        assert article.published_text == row["daty_发布时间"]
    else:  # magazine pages print no date: the URL's tYYYYMMDD is used and named
        stamp = re.search(r"t(\d{8})_", row["file"]).group(1)
        assert article.published == f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}"
        assert article.published_text == stamp
    body = article.text
    assert len(body) > 300
    assert "微信扫一扫" not in body and "createPageHTML" not in body and "分享<" not in body
    assert "\u3000\u3000" not in body


def test_all_hundred_pages_present():
    assert len(rows()) == 100
