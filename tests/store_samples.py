"""Fictional articles in the announcements' style and their case records, for store tests.

The records are written by hand (not by the extraction) so the store, merge, review and export
tests do not move when the extraction changes. Evidence offsets are computed from the texts.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from extract.record import CaseRecord, Evidence
from output.store import Store, open_store

CCDI_URL = "https://www.ccdi.gov.cn/yaowenn/202403/t20240314_331201.html"
PROVINCE_URL = "https://www.zjsjw.gov.cn/ttxw/202403/t20240315_21876543.shtml"
CHINADAILY_URL = "https://www.chinadaily.com.cn/a/202403/20/WS65fa1c2ba31082fc043bd411.html"
LIU_URL = "https://www.ccdi.gov.cn/yaowenn/202311/t20231106_307712.html"
ANON_A_URL = "https://www.gdjct.gd.gov.cn/gdyw/content/post_198871.html"
ANON_B_URL = "https://www.mps.gov.cn/n2253534/n2253535/c9371101/content.html"
ANON_C_URL = "https://www.spp.gov.cn/spp/zdgz/202206/t20220610_559012.shtml"
HOSTILE_URL = "https://www.ccdi.gov.cn/yaowenn/202405/t20240502_340001.html"

CCDI_TEXT = (
    "在中央追逃办统筹协调下，经浙江省追逃办、宁波市纪委监委不懈努力，外逃11年的职务犯罪嫌疑人"
    "陈立文于3月12日从加拿大回国投案。\n"
    "陈立文，男，1963年5月出生，原宁波市国土资源局局长，涉嫌受贿罪，2013年4月外逃。"
)
PROVINCE_TEXT = (
    "日前，在中央追逃办统筹协调下，经省追逃办、宁波市纪委监委努力，职务犯罪嫌疑人陈立文从加拿大"
    "回国投案。\n办案人员多次走访其亲属，讲政策拉家常，动员其亲属规劝陈立文早日回国。"
)
CHINADAILY_TEXT = (
    "Chen Liwen, a former director of the Ningbo land resources bureau who fled to Canada in "
    "2013, returned to China and turned himself in on March 12, the Central Commission for "
    "Discipline Inspection said on Thursday.\nChen is suspected of taking bribes."
)
LIU_TEXT = (
    "在中央追逃办统筹协调下，经江苏省追逃办、苏州市公安局不懈努力，涉嫌集资诈骗罪的犯罪嫌疑人"
    "刘海燕于11月2日被美国遣返回国。\n刘海燕，女，1971年出生，原苏州某投资公司法定代表人，"
    "2016年9月外逃。"
)
ANON_A_TEXT = (
    "广东省纪委监委消息，职务犯罪嫌疑人王某于2022年6月8日从泰国被遣返回国。王某原系某县财政局"
    "副局长，涉嫌贪污罪。"
)
ANON_B_TEXT = (
    "公安部通报：经工作，犯罪嫌疑人王某于2022年6月8日由泰国警方遣返回国。王某原为某县财政局"
    "副局长，涉嫌贪污罪。"
)
ANON_C_TEXT = "检察机关介绍，犯罪嫌疑人王某于2022年6月从泰国回国投案。"
HOSTILE_TITLE = "<script>alert('title')</script>外逃人员周明远回国投案"
HOSTILE_TEXT = (
    "外逃人员周明远于4月28日从新西兰回国投案。"
    "<img src=x onerror=\"alert('body')\"><script>document.title='pwned'</script>"
)


def ev(text: str, field: str, snippet: str) -> Evidence:
    start = text.index(snippet)
    return Evidence(field=field, text=snippet, start=start, end=start + len(snippet))


def record(text: str, url: str, **values: Any) -> CaseRecord:
    evidence = values.pop("evidence", [])
    return CaseRecord(
        document_id="",
        source_url=url,
        evidence=[ev(text, f, s) for f, s in evidence],
        **values,
    )


def chen_ccdi() -> CaseRecord:
    return record(
        CCDI_TEXT,
        CCDI_URL,
        language="zh",
        name="陈立文",
        name_simplified="陈立文",
        name_pinyin="Chen Liwen",
        name_is_full=True,
        gender="male",
        birth_year=1963,
        former_position="宁波市国土资源局局长",
        alleged_crimes=["bribery"],
        fled_to=["CA"],
        fled_date="2013-04",
        fled_date_text="2013年4月",
        years_at_large=11.0,
        return_date="2024-03-12",
        return_date_text="3月12日",
        method="surrendered",
        method_text="回国投案",
        operation="skynet",
        handling_authorities=["浙江省追逃办", "宁波市纪委监委"],
        confidence=0.9,
        published="2024-03-14",
        evidence=[
            ("name", "陈立文"),
            ("return_date", "3月12日"),
            ("fled_to", "加拿大"),
            ("method", "回国投案"),
            ("former_position", "原宁波市国土资源局局长"),
            ("alleged_crimes", "涉嫌受贿罪"),
            ("birth_year", "1963年5月出生"),
        ],
    )


def chen_province() -> CaseRecord:
    return record(
        PROVINCE_TEXT,
        PROVINCE_URL,
        language="zh",
        name="陈立文",
        name_simplified="陈立文",
        name_pinyin="Chen Liwen",
        name_is_full=True,
        fled_to=["CA"],
        return_date="2024-03",
        return_date_text="日前",
        method="surrendered",
        method_text="回国投案",
        coercion=["family_pressure"],
        confidence=0.8,
        published="2024-03-15",
        evidence=[
            ("name", "陈立文"),
            ("fled_to", "加拿大"),
            ("coercion", "动员其亲属规劝陈立文早日回国"),
        ],
    )


def chen_chinadaily() -> CaseRecord:
    return record(
        CHINADAILY_TEXT,
        CHINADAILY_URL,
        language="en",
        name="Chen Liwen",
        name_simplified="Chen Liwen",
        name_pinyin="Chen Liwen",
        name_is_full=True,
        former_position="director of the Ningbo land resources bureau",
        alleged_crimes=["bribery"],
        fled_to=["CA"],
        fled_date="2013",
        fled_date_text="in 2013",
        return_date="2024-03-12",
        return_date_text="on March 12",
        method="surrendered",
        method_text="turned himself in",
        confidence=0.7,
        published="2024-03-20",
        evidence=[
            ("name", "Chen Liwen"),
            ("former_position", "director of the Ningbo land resources bureau"),
        ],
    )


def liu() -> CaseRecord:
    return record(
        LIU_TEXT,
        LIU_URL,
        language="zh",
        name="刘海燕",
        name_simplified="刘海燕",
        name_pinyin="Liu Haiyan",
        name_is_full=True,
        gender="female",
        birth_year=1971,
        former_position="苏州某投资公司法定代表人",
        alleged_crimes=["fraud"],
        fled_to=["US"],
        fled_date="2016-09",
        fled_date_text="2016年9月",
        return_date="2023-11-02",
        return_date_text="11月2日",
        method="deported",
        method_text="被美国遣返回国",
        operation="skynet",
        confidence=0.9,
        published="2023-11-06",
        evidence=[("name", "刘海燕"), ("method", "被美国遣返回国"), ("return_date", "11月2日")],
    )


def anon(text: str, url: str, return_date: str, *, full_facts: bool) -> CaseRecord:
    facts: dict[str, Any] = {}
    if full_facts:
        facts = {"former_position": "某县财政局副局长", "alleged_crimes": ["embezzlement"]}
    return record(
        text,
        url,
        language="zh",
        name="王某",
        name_simplified="王某",
        name_pinyin=None,
        name_is_full=False,
        fled_to=["TH"],
        return_date=return_date,
        method="deported" if full_facts else "surrendered",
        confidence=0.6,
        evidence=[("name", "王某")],
        **facts,
    )


def hostile() -> CaseRecord:
    return record(
        HOSTILE_TEXT,
        HOSTILE_URL,
        language="zh",
        name="周明远",
        name_simplified="周明远",
        name_pinyin="Zhou Mingyuan",
        name_is_full=True,
        fled_to=["NZ"],
        return_date="2024-04-28",
        return_date_text="4月28日",
        method="surrendered",
        method_text="回国投案",
        former_position='<b>=HYPERLINK("http://evil")</b>',
        confidence=0.5,
        evidence=[("name", "周明远"), ("method", "回国投案")],
    )


def articles() -> list[tuple[dict[str, Any], list[Any]]]:
    """(document, records) pairs in crawl order."""

    def doc(
        url: str, site: str, title: str, published: str, text: str, lang: str
    ) -> dict[str, Any]:
        return {
            "url": url,
            "final_url": url,
            "site": site,
            "title": title,
            "published": published,
            "published_text": published,
            "source_line": None,
            "language": lang,
            "text": text,
            "html_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "fetched_at": "2024-06-01T08:00:00+00:00",
        }

    return [
        (
            doc(CCDI_URL, "ccdi", "外逃11年的陈立文回国投案", "2024-03-14", CCDI_TEXT, "zh"),
            [chen_ccdi],
        ),
        (
            doc(PROVINCE_URL, "zjsjw", "陈立文回国投案", "2024-03-15", PROVINCE_TEXT, "zh"),
            [chen_province],
        ),
        (
            doc(
                CHINADAILY_URL,
                "chinadaily",
                "Fugitive official returns from Canada",
                "2024-03-20",
                CHINADAILY_TEXT,
                "en",
            ),
            [chen_chinadaily],
        ),
        (doc(LIU_URL, "ccdi", "刘海燕被遣返回国", "2023-11-06", LIU_TEXT, "zh"), [liu]),
        (
            doc(ANON_A_URL, "gdjct", "一职务犯罪嫌疑人被遣返", "2022-06-10", ANON_A_TEXT, "zh"),
            [lambda: anon(ANON_A_TEXT, ANON_A_URL, "2022-06-08", full_facts=True)],
        ),
        (
            doc(
                ANON_B_URL, "mps", "公安机关成功遣返一名犯罪嫌疑人", "2022-06-12", ANON_B_TEXT, "zh"
            ),
            [lambda: anon(ANON_B_TEXT, ANON_B_URL, "2022-06-08", full_facts=True)],
        ),
        (
            doc(ANON_C_URL, "spp", "检察机关追逃工作", "2022-06-10", ANON_C_TEXT, "zh"),
            [lambda: anon(ANON_C_TEXT, ANON_C_URL, "2022-06", full_facts=False)],
        ),
        (doc(HOSTILE_URL, "ccdi", HOSTILE_TITLE, "2024-05-02", HOSTILE_TEXT, "zh"), [hostile]),
    ]


def fill(store: Store) -> dict[str, list[str]]:
    """Store every sample article and its records; return mention ids by URL."""
    out: dict[str, list[str]] = {}
    for document, makers in articles():
        doc_id, _ = store.add_document(document)
        out[document["url"]] = store.add_mentions(doc_id, [make() for make in makers])
    return out


def filled_store(path: str | Path) -> Store:
    store = open_store(path)
    fill(store)
    return store


def case_of(store: Store, url: str) -> dict[str, Any]:
    """The case holding the first mention stored from ``url``."""
    with store.connect() as conn:
        from sqlalchemy import select

        from output.store import schema

        m, d = schema.mentions, schema.documents
        case_id = conn.execute(
            select(m.c.case_id).join(d, d.c.id == m.c.document_id).where(d.c.url == url)
        ).scalar_one()
    case = store.get_case(case_id)
    assert case is not None
    return case


def run_cli(argv: list[str]) -> int:
    """Run one of the store's subcommands (review, export, reextract, browse) in this process."""
    from pipelines.cli import main

    return main(argv)
