# ruff: noqa: E501  (expected URLs, titles and page snippets stay on one line)
"""Parsing helpers: dates, encodings, challenge pages, mirror paths, listings, feeds."""

from __future__ import annotations

import json

import pytest

from scrapers.config import Discovery, load_sites
from scrapers.mirror import mirror_url
from scrapers.parsing.challenge import detect_challenge, literal_cookies
from scrapers.parsing.dates import date_from_url, parse_date
from scrapers.parsing.encoding import choose_encoding, declared_charset
from scrapers.parsing.generic import generic_article
from scrapers.parsing.listing import page_url, parse_json_listing, parse_listing, template_url
from scrapers.spiders.feed import parse_feed
from scrapers.spiders.listing import next_page_number


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("发布时间：\n   2024-01-08 06:30 \n", "2024-01-08T06:30"),
        ("2024年06月23日09:37 | 来源：人民网", "2024-06-23T09:37"),
        ("2024年6月3日", "2024-06-03"),
        ("Published: Feb 17, 2026 10:37 AM", "2026-02-17T10:37"),
        ("Published: Jun 13, 2024 09:42 PM", "2024-06-13T21:42"),
        ("Wed, 19 Jun 2024 10:21:00 +0800", "2024-06-19"),
        (" 2025 09/03 10:15:32", "2025-09-03T10:15"),
        ("1719104400", "2024-06-23T09:00"),
        ("外逃15年", None),
        ("", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_date_from_url():
    assert date_from_url("http://zgjjjc.ccdi.gov.cn/bqml/bqxx/202402/t20240204_326880.html") == (
        "2024-02-04",
        "20240204",
    )
    assert (
        date_from_url("http://www.news.cn/20250903/86e0a8bd188e437b8de3302fc9512390/c.html")[0]
        == "2025-09-03"
    )
    assert date_from_url("https://example.org/about.html") == (None, None)


def test_gbk_without_or_with_wrong_declaration_is_detected():
    text = "<html><body>外逃职务犯罪嫌疑人回国投案</body></html>"
    gbk = text.encode("gbk")
    assert choose_encoding(gbk, None) == "gb18030"
    assert choose_encoding(gbk, "utf-8") == "gb18030"
    assert choose_encoding(text.encode("utf-8"), "gb2312") == "utf-8"
    assert declared_charset(b'<meta charset="GB2312">', None) == "gb18030"
    assert declared_charset(b"", "text/html; charset=GBK") == "gb18030"


COOKIE_PAGE = (
    '<html><body><script>(function () { document.cookie = "HOY_TR=AB,12,xy; max-age=31536000; '
    'path=/";document.cookie = "HBB_HC=2bed; max-age=86400; path=/"; })()</script>'
    '<script src="/_ws_sbu/sbu_hc.js"></script></body></html>'
)


def test_cookie_challenge_is_answerable_with_its_literal_cookies():
    challenge = detect_challenge(200, COOKIE_PAGE)
    assert challenge is not None and challenge.answerable
    assert challenge.cookies == {"HOY_TR": "AB,12,xy", "HBB_HC": "2bed"}


def test_jsl_and_captcha_are_blocked_and_real_pages_are_not_challenges():
    jsl = "<html><script>document.cookie=('_')+('_')+('j')+'__jsl_clearance'</script></html>"
    assert detect_challenge(521, jsl).kind == "jsl"
    assert not detect_challenge(200, '<div id="captchaPage">滑动验证</div>').answerable
    article = COOKIE_PAGE.replace("</body>", "<p>" + "正文内容" * 100 + "</p></body>")
    assert detect_challenge(200, article) is None
    assert literal_cookies('document.cookie = "HMY_JC=ab12,"+"; expires=') == {"HMY_JC": "ab12,"}


def test_mirror_url_keeps_query_in_file_name():
    assert mirror_url("https://www.ccdi.gov.cn/yaowenn/", "http://127.0.0.1:8000") == (
        "http://127.0.0.1:8000/www.ccdi.gov.cn/yaowenn/"
    )
    assert mirror_url(
        "https://search.globaltimes.cn/Q?page_no=1&search_txt=Sky%20Net", "http://m/"
    ) == ("http://m/search.globaltimes.cn/Q%3Fpage_no%3D1%26search_txt%3DSky%2520Net")
    long = mirror_url("https://h/s?" + "q=%E5%9B%9E" * 40, "http://m")
    assert len(long.rsplit("/", 1)[1]) < 400 and "~" in long


def test_ccdi_listing_and_paging():
    disc = load_sites()["ccdi"].discovery[0]
    html = """<ul class="list_news_dl2 fixed"><li><div><a href="./202406/t20240624_990101.html">“红通人员”周建平回国投案</a></div>
    <div class="more">2024-06-24</div></li></ul><script>createPageHTML(3, 0, "index", "html");</script>"""
    page = parse_listing(html, "https://www.ccdi.gov.cn/toutiaon/index.html", disc)
    assert [(e.url, e.title, e.published) for e in page.entries] == [
        (
            "https://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html",
            "“红通人员”周建平回国投案",
            "2024-06-24",
        )
    ]
    assert page.total_pages == 3
    assert [next_page_number(disc, c, 3) for c in (None, 1, 2)] == [1, 2, None]
    assert page_url("https://www.ccdi.gov.cn/toutiaon/index.html", "index_{page}.html", 2) == (
        "https://www.ccdi.gov.cn/toutiaon/index_2.html"
    )
    mps = load_sites()["mps"].discovery[0]
    assert [next_page_number(mps, c, 3) for c in (None, 2, 1)] == [2, 1, None]


def test_json_listing_and_template():
    disc = Discovery(
        strategy="json",
        start_urls=("x",),
        items_path="datasource",
        json_link="publishUrl",
        json_date="publishTime",
    )
    body = json.dumps(
        {
            "datasource": [
                {
                    "title": "<b>外逃</b>人员回国",
                    "publishUrl": "/20240625/ab/c.html",
                    "publishTime": "2024-06-25 16:32:10",
                }
            ]
        }
    )
    page = parse_json_listing(body, "https://www.news.cn/ds_1.json", disc)
    assert [(e.url, e.title, e.published) for e in page.entries] == [
        ("https://www.news.cn/20240625/ab/c.html", "外逃人员回国", "2024-06-25T16:32")
    ]
    with pytest.raises(ValueError, match="ds_1.json"):
        parse_json_listing("<html>challenge</html>", "https://www.news.cn/ds_1.json", disc)
    assert (
        template_url("https://s/?k={keyword}&p={page}", "红通", 0)
        == "https://s/?k=%E7%BA%A2%E9%80%9A&p=0"
    )


def test_feed_and_sitemap():
    rss = """<?xml version="1.0"?><rss><channel><item><title>Fugitive returns</title>
    <link>https://www.chinadaily.com.cn/a/202406/19/WS1.html</link><pubDate>Wed, 19 Jun 2024 10:21:00 +0800</pubDate></item></channel></rss>"""
    entries, nested = parse_feed(rss)
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://www.chinadaily.com.cn/a/202406/19/WS1.html", "Fugitive returns", "2024-06-19")
    ]
    sitemap = """<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://x/s1.xml</loc></sitemap></sitemapindex>"""
    assert parse_feed(sitemap) == ([], ["https://x/s1.xml"])


def test_generic_article_corrects_trafilatura_date_from_page_text():
    html = """<html><head><title>外逃人员冯某回国投案自首</title></head><body><h1>外逃人员冯某回国投案自首</h1>
    <div class="info">发布时间：2024年06月23日 来源：某县公安局</div><div class="content">
    <p>2021年3月，犯罪嫌疑人冯某潜逃泰国。2024年6月18日，外逃3年的犯罪嫌疑人冯某从泰国回国投案自首。</p>
    <p>县公安局提醒，仍在境外的涉案人员应尽快回国投案自首，争取从宽处理，切勿心存侥幸。</p></div></body></html>"""
    article = generic_article(html, "https://www.mxx.gov.cn/art/x.html")
    assert (article.published, article.published_text) == ("2024-06-23", "2024年06月23日")
    assert article.source_line == "某县公安局"
    assert "从泰国回国投案自首" in article.text
