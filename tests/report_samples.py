"""A store of varied cases for the report tests: 30 people over 24 countries (so the top-20
chart groups the rest), every channel, tactics, crimes, red notices, years at large, some
reported twice, some with no country or no date of return."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from lxml import html as lxml_html

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


BINS = [(0, 1, "under 1"), (1, 2, "1 to 2"), (2, 5, "2 to 5"), (5, 10, "5 to 10")]
BINS += [(10, 20, "10 to 20"), (20, 10**9, "20 or more")]


def expected(cases: list[dict[str, Any]]) -> dict[str, int]:
    """The report's counts, from the exported cases, written out one by one."""
    out: Counter[str] = Counter(total=len(cases), red_notice=0)
    countries: Counter[str] = Counter()
    for c in cases:
        year = c["return_date"][:4] if c["return_date"] else None
        out[f"status.{c['status']}"] += 1
        out[f"sources.{len(c['sources'])}"] += 1
        out[f"year.{year or 'unknown'}"] += 1
        out["red_notice"] += c["red_notice"] is True
        out[f"channel.{c['method']}"] += 1
        if year:
            out[f"channel.{year}.{c['method']}"] += 1
        for tactic in c["coercion"] or ["unknown"]:
            out[f"tactic.{tactic}"] += 1
        for crime in c["alleged_crimes"] or ["unknown"]:
            out[f"crime.{crime}"] += 1
        at_large = c["years_at_large"]
        label = (
            "unknown" if at_large is None else next(n for lo, hi, n in BINS if lo <= at_large < hi)
        )
        out[f"at_large.{label}"] += 1
        for code in c["fled_to"] or ["unknown"]:
            out[f"table.{code}"] += 1
            if code != "unknown":
                countries[code] += 1
    ranked = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    out.update({f"country.{code}": n for code, n in ranked[:20]})
    if ranked[20:]:
        out["country.other"] = sum(n for _, n in ranked[20:])
    if out["table.unknown"]:
        out["country.unknown"] = out["table.unknown"]
    return dict(out)


def shown(page: str) -> dict[str, int]:
    """Every ``data-n`` element's number (one key shown twice must show the same number)."""
    values: dict[str, int] = {}
    for element in lxml_html.fromstring(page).xpath("//*[@data-n]"):
        key, number = element.get("data-n"), int(element.text_content())
        assert values.setdefault(key, number) == number, key
    return values
