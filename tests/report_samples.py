"""A store of varied cases for the report tests: 30 people over 24 countries (so the top-20
chart groups the rest), every channel, tactics, crimes, red notices, years at large, some
reported twice, some with no country or no date of return."""

from __future__ import annotations

import hashlib
from typing import Any

from extract.record import CaseRecord, Evidence
from output.store import Store
from output.store.writes import ArticleWrite

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
PINYIN = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Gao",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Xu",
    "Han",
    "Feng",
    "Deng",
    "Cao",
]
COUNTRIES = [
    "CA",
    "US",
    "AU",
    "NZ",
    "TH",
    "GB",
    "FR",
    "DE",
    "JP",
    "KR",
    "SG",
    "MY",
    "ID",
    "PH",
    "VN",
    "LA",
    "KH",
    "MM",
    "FJ",
    "AE",
    "IT",
    "ES",
    "NL",
    "BR",
]
METHODS = ["persuaded", "surrendered", "extradited", "deported", "captured", "unknown"]
TACTICS = ["family_pressure", "overseas_contact", "asset_measures", "policy_appeal"]
CRIMES = ["embezzlement", "bribery", "fraud", "misappropriation"]


def person(i: int) -> dict[str, Any]:
    """The facts of person ``i`` (0..29), varied by arithmetic so tests can reason about them."""
    name = SURNAMES[i] + "建国"
    countries = [] if i % 13 == 12 else [COUNTRIES[i % len(COUNTRIES)]]
    if i % 7 == 3:
        countries.append("CA")  # some fled to two countries
    return {
        "name": name,
        "name_simplified": name,
        "name_pinyin": f"{PINYIN[i]} Jianguo",
        "fled_to": sorted(set(countries)),
        "return_date": None if i == 29 else f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "method": METHODS[i % len(METHODS)],
        "coercion": TACTICS[: i % 4],
        "alleged_crimes": CRIMES[i % 3 : i % 3 + (i % 2) + 1] if i % 5 else [],
        "red_notice": i % 4 == 0,
        "years_at_large": None if i % 6 == 5 else float(i % 23) + 0.5,
    }


def article(i: int, j: int, facts: dict[str, Any]) -> ArticleWrite:
    url = f"https://www.ccdi.gov.cn/yaowenn/report/{i}-{j}.html"
    text = f"外逃人员{facts['name']}回国。"
    record = CaseRecord(
        document_id="",
        source_url=url,
        language="zh",
        name_is_full=True,
        evidence=[Evidence("name", facts["name"], 4, 4 + len(facts["name"]))],
        confidence=0.9,
        **facts,
    )
    document = {
        "url": url,
        "site": "ccdi" if j == 0 else "zjsjw",
        "title": f"{facts['name']}回国",
        "published": "2024-01-02",
        "language": "zh",
        "text": text,
        "html_hash": hashlib.sha256(url.encode()).hexdigest(),
    }
    return ArticleWrite(document, [record], seen_kind="article")


def fill_varied(store: Store) -> None:
    """30 people; every third reported by two sites."""
    writes = []
    for i in range(30):
        facts = person(i)
        writes.append(article(i, 0, facts))
        if i % 3 == 0:
            writes.append(article(i, 1, facts))
    store.store_articles(writes)
