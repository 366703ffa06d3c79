# ruff: noqa: E501  (page snippets stay on one line)
"""Boilerplate removal, field provenance, the loud fallback, ``returnwatch parse`` and
``returnwatch sites`` on pages written for these tests (the real pages are in the conformance
test)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from output.crawl_runs import site_summary
from pipelines.cli import main
from pipelines.cli.sites import NOT_CHECKED, list_sites
from pipelines.cli.status import format_status
from scrapers.config import ConfigError, load_config_file, load_sites, parse_config
from scrapers.parsing.boilerplate import is_boilerplate, remove_boilerplate
from scrapers.parsing.page import miss_reason, page_report, parse_page

REPO = Path(__file__).resolve().parent.parent
ARTICLE_URL = "https://www.chinanews.com.cn/gn/2025/03-02/10300001.shtml"
PARAGRAPHS = (
    "中新网3月2日电 据中央纪委国家监委网站消息，在中央追逃办统筹协调下，经浙江省追逃办等单位不懈努力，"
    "外逃9年的职务犯罪嫌疑人韩立新于2025年2月27日从泰国回国投案。",
    "韩立新，男，1971年4月出生，原浙江省某市交通运输局副局长，涉嫌受贿犯罪，2016年3月外逃。",
    "2025年以来，各地追逃办持续推进天网行动，一批外逃人员相继回国投案或被缉捕归案。",
)


def old_template(body: str = "".join(f"<p>　　{p}</p>" for p in PARAGRAPHS)) -> str:
    """A chinanews article page in the template its config knows."""
    return (
        "<html><head><meta charset='utf-8'><title>韩立新回国投案-中新网</title></head><body>"
        "<div class='content_left'><div class='content_left_title'>外逃职务犯罪嫌疑人韩立新回国投案</div>"
        "<div class='content_left_time'>2025年03月02日 10:15　来源：<a class='source'>中国新闻网</a></div>"
        f"<div class='left_zw'>{body}</div></div></body></html>"
    )


def new_template() -> str:
    """The same article after an overnight redesign: none of the body selectors matches."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><meta charset='utf-8'><title>韩立新回国投案-中新网</title>"
        "<meta name='publishdate' content='2025-03-02'></head><body>"
        "<nav><a href='/'>首页</a> <a href='/gn/'>国内</a> <a href='/gj/'>国际</a></nav>"
        "<main><article class='news-v2'><h1 class='news-v2__title'>外逃职务犯罪嫌疑人韩立新回国投案</h1>"
        f"<section class='news-v2__body'>{paragraphs}<p>【编辑:王萌】</p></section></article></main>"
        "<footer>关于我们 | 联系我们 | 版权声明</footer></body></html>"
    )


# -- the shared boilerplate step -------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Play Video",
        "0:00",
        "/2:54",
        "0:00 / 2:54",
        "|<<1234下一页>>|",
        "上一页 1 2 3 下一页",
        "关注公众号：人民网财经",
        "分享到：",
        "微信扫一扫",
        "Share this article",
        "【纠错】",
        "图集",
        "+1",
        "【责任编辑:张樵苏",
        "】",
        "（编辑：严玉洁 王辉）",
        "(责编：胡永秋、杨光宇)",
        "【编辑:陈海峰】",
        "Editor: Li Yan",
    ],
)
def test_generic_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "编辑部主任王某某于2019年外逃，2024年5月从加拿大回国投案。",
        "他分享了追逃追赃工作的经验，并关注外逃人员的家属。",
        "Shares of the company fell after the fugitive was extradited.",
        "Editor's note: this story was updated on May 3.",
        "新华社北京5月9日电（记者邹伟）",
        "（作者：方敏 北京大学经济学院教授）",
        "2024年5月9日",
    ],
)
def test_article_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_remove_boilerplate_keeps_the_article_and_takes_an_editor_name_with_its_label():
    text = "Play Video\n0:00\n/2:54\n第一段。\n第二段。\n图集\n+1\n【纠错】\n责任编辑：\n焦鹏"
    assert remove_boilerplate(text) == "第一段。\n第二段。"
    assert remove_boilerplate("第一段。\n焦鹏") == "第一段。\n焦鹏"  # a name alone stays


def test_site_boilerplate_patterns_are_configuration():
    config = parse_config(
        {
            "id": "x",
            "name": "x",
            "language": "zh",
            "domains": ["x.gov.cn"],
            "article": {
                "body": ["div.zw"],
                "boilerplate": ["本网站所有内容.*", "扫码阅读手机版"],
                "min_body_chars": 10,
            },
        },
        "x.toml",
    )
    html = (
        "<html><body><h1>标题</h1><div class='zw'><p>外逃人员李某回国投案，追逃工作取得进展。</p>"
        "<p>扫码阅读手机版</p><p>本网站所有内容，未经许可不得转载</p></div></body></html>"
    )
    page = parse_page(html, "https://www.x.gov.cn/a.html", {"x": config})
    assert page.article.text == "外逃人员李某回国投案，追逃工作取得进展。"
    assert page.selector_miss is None


def test_config_keys_are_validated(tmp_path):
    bad = tmp_path / "bad.toml"
    head = 'id = "bad"\nname = "x"\nlanguage = "zh"\ndomains = ["x.cn"]\n'
    bad.write_text(head + '[article]\nboilerplate = ["(unclosed"]\n')
    with pytest.raises(ConfigError, match="bad.toml: article.boilerplate: bad regular expression"):
        load_config_file(bad)
    bad.write_text(head + "[article]\nmin_body_chars = -3\n")
    with pytest.raises(ConfigError, match="article.min_body_chars: expected a non-negative"):
        load_config_file(bad)


# -- selectors, provenance and the fallback --------------------------------------------------
def test_selectors_produce_every_field_and_say_which():
    page = parse_page(old_template(), ARTICLE_URL)
    assert (page.site, page.is_article, page.checked, page.selector_miss) == (
        "chinanews",
        True,
        True,
        None,
    )
    article = page.article
    assert article.title == "外逃职务犯罪嫌疑人韩立新回国投案"
    assert (article.published, article.published_text) == (
        "2025-03-02T10:15",
        "2025年03月02日 10:15",
    )
    assert article.source_line == "中国新闻网"
    assert article.text.splitlines() == list(PARAGRAPHS)
    assert article.fallback is None
    assert article.produced_by == {
        "title": "selector .content_left_title",
        "published": "selector .content_left_time",
        "source_line": "selector .content_left_time a.source",
        "text": "selector div.left_zw",
        "language": "config",
    }


def test_a_changed_template_falls_back_to_the_generic_extractor_and_says_so():
    page = parse_page(new_template(), ARTICLE_URL)
    article = page.article
    assert page.selector_miss == "the body selector found no body"
    assert article.fallback == "trafilatura: the body selector found no body"
    assert [line for line in article.text.splitlines()] == list(PARAGRAPHS)  # editor line gone
    assert article.title == "外逃职务犯罪嫌疑人韩立新回国投案"  # still the site's h1 selector
    assert article.published == "2025-03-02"
    assert article.produced_by["text"] == "trafilatura (fallback)"
    assert article.produced_by["title"] == "selector h1"
    assert article.produced_by["published"] == "url"  # the date selectors missed too


def teaser_page() -> str:
    """The body selector finds a teaser; the article's paragraphs sit outside it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return old_template("<p>韩立新回国投案。</p>").replace(
        "</div></body>", f"<div class='more'>{paragraphs}</div></div></body>"
    )


def test_a_too_short_body_is_a_miss_when_the_generic_extractor_finds_far_more():
    page = parse_page(teaser_page(), ARTICLE_URL)
    assert page.selector_miss.startswith(
        "the body selector found 8 characters, under 80, the generic extractor "
    )
    assert page.article.fallback == f"trafilatura: {page.selector_miss}"
    assert PARAGRAPHS[1] in page.article.text


def test_a_short_notice_is_a_short_article_not_a_miss():
    notice = old_template(f"<p>{PARAGRAPHS[1]}</p>")  # 44 characters, all the page has
    page = parse_page(notice, ARTICLE_URL)
    assert (page.checked, page.selector_miss, page.article.fallback) == (True, None, None)
    assert page.article.text == PARAGRAPHS[1]
    assert miss_reason("", "", 80) == "the body selector found no body"
    assert miss_reason("短" * 40, "短" * 79, 80) is None
    assert miss_reason("短" * 40, "短" * 80, 80) is not None
    assert miss_reason("短" * 10, "短" * 79, 80) is None  # the generic extractor: under 80 too


def test_no_fallback_off_article_urls_or_without_a_config():
    listing = parse_page(new_template(), "https://www.chinanews.com.cn/scroll-news/news1.html")
    assert (listing.is_article, listing.checked, listing.selector_miss) == (False, False, None)
    other = parse_page(new_template(), "https://www.somecounty.gov.cn/art/2025/3/2/art_1_1.html")
    assert (other.site, other.checked, other.article.fallback) == (None, False, None)
    assert other.article.produced_by["text"] == "trafilatura"
    assert PARAGRAPHS[0] in other.article.text


def test_site_minimum_body_length_overrides_the_default():
    sites = load_sites()
    lenient = replace(
        sites["chinanews"], article=replace(sites["chinanews"].article, min_body_chars=0)
    )
    assert parse_page(teaser_page(), ARTICLE_URL, config=lenient).selector_miss is None
    assert parse_page(teaser_page(), ARTICLE_URL).selector_miss is not None


def test_language_follows_the_script_when_the_config_says_otherwise():
    html = (
        "<html><body><h1>外国专家：中美合作共赢</h1><div id='Content'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div></body></html>"
    )
    page = parse_page(
        html, "https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html"
    )
    assert page.article.language == "zh"
    assert page.article.produced_by["language"] == "script of the text (config: en)"


# -- returnwatch parse -----------------------------------------------------------------------
def test_page_report_has_every_field_a_maintainer_needs():
    report = page_report(new_template().encode("utf-8"), ARTICLE_URL)
    assert set(report) >= {
        "site",
        "config",
        "is_article",
        "title",
        "published",
        "published_text",
        "source_line",
        "language",
        "text",
        "produced_by",
        "selector_miss",
        "fallback",
    }
    assert report["site"] == "chinanews" and report["config"].endswith("chinanews.toml")
    assert report["encoding"] == "utf-8" and report["challenge"] is None
    assert report["relevant"] is True


def test_parse_command_prints_json_from_a_file_or_standard_input(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(old_template(), "utf-8")
    assert main(["parse", "--url", ARTICLE_URL, str(page)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["produced_by"]["text"] == "selector div.left_zw"
    page.write_text(new_template(), "utf-8")
    assert main(["parse", "--url", ARTICLE_URL, str(page)]) == 1  # a miss: exit status 1
    assert json.loads(capsys.readouterr().out)["fallback"].startswith("trafilatura")
    done = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "parse", "--url", ARTICLE_URL, "-", "--expected"],
        input=old_template().encode("utf-8"),
        capture_output=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "file": "-",
        "url": ARTICLE_URL,
        "site": "chinanews",
        "title_contains": "外逃职务犯罪嫌疑人韩立新回国投案",
        "published": "2025-03-02",
        "body_starts": "中新网3月2日电据中央纪委国家监委网站消息，在中央",
    }
    assert main(["parse", "--url", ARTICLE_URL, str(tmp_path / "missing.html")]) == 2


# -- returnwatch sites and status ------------------------------------------------------------
def test_sites_marks_configs_not_yet_checked_against_real_pages(capsys):
    rows = {row["id"]: row for row in list_sites()}
    for site in ("mps", "spp", "gdjct", "zjsjw", "sdjj", "globaltimes"):
        assert rows[site]["checked_on_real_pages"] is False, site
    for site in ("ccdi", "xinhua", "people", "chinadaily", "chinanews"):
        assert rows[site]["checked_on_real_pages"] is True, site
    assert main(["sites"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if "[" in line}
    assert NOT_CHECKED in lines["mps"] and NOT_CHECKED not in lines["ccdi"]


def test_status_shows_selector_misses():
    summary = site_summary(
        {
            "returnwatch/selector_pages": 10,
            "returnwatch/selector_miss": 3,
            "finish_reason": "finished",
            "returnwatch/monitors": {"passed": True, "results": []},
        }
    )
    assert (summary["selector_pages"], summary["selector_miss"]) == (10, 3)
    row = {
        "site": "chinanews",
        "state": "ok",
        "started_at": "2026-12-05T05:00:00",
        "summary": summary,
    }
    table = format_status([row])
    assert "miss" in table.splitlines()[0] and " 3/10 " in table.splitlines()[1]
