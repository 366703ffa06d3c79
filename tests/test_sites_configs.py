# ruff: noqa: E501  (expected URLs, titles and page snippets stay on one line)
"""Site configs: all load and validate, each has mock pages, bad configs are named clearly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract import is_relevant
from scrapers.config import ConfigError, load_config_file, load_sites, site_for_url
from scrapers.loader import SiteSpiderLoader, crawlable
from scrapers.mirror import mirror_file
from scrapers.parsing import parse_article
from scrapers.parsing.listing import template_url
from scrapers.parsing.titles import title_worth_fetching
from scrapers.settings import DOWNLOAD_DELAY, RETURNWATCH_GOV_MIN_DELAY, ROBOTSTXT_OBEY

REPO = Path(__file__).resolve().parent.parent
MIRROR = REPO / "samples" / "mirror"
REQUIRED = {
    "ccdi",
    "mps",
    "spp",
    "gdjct",
    "zjsjw",
    "sdjj",
    "xinhua",
    "people",
    "chinanews",
    "chinadaily",
    "globaltimes",
    "weixin",
}


def test_every_required_site_has_a_valid_config():
    sites = load_sites()
    assert set(sites) >= REQUIRED
    for site in sites.values():
        assert site.article.title and site.article.body, site.id
        if site.id != "weixin":
            assert site.start_urls, site.id
        gov = any(d.endswith("gov.cn") for d in site.domains)
        assert not gov or (site.download_delay or DOWNLOAD_DELAY) >= 2.0


def test_politeness_defaults():
    assert ROBOTSTXT_OBEY is True and DOWNLOAD_DELAY >= 2.0 and RETURNWATCH_GOV_MIN_DELAY >= 2.0


@pytest.mark.parametrize("site", sorted(REQUIRED - {"weixin"}))
def test_every_start_url_has_a_mock_page(site):
    config = load_sites()[site]
    for disc in config.discovery:
        urls = list(disc.start_urls)
        if disc.url_template and disc.keywords:
            urls += [template_url(disc.url_template, k, disc.page_start) for k in disc.keywords]
        for url in urls:
            assert Path(mirror_file(str(MIRROR), url)).exists(), url


ANNOUNCEMENTS = [
    "www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html",
    "www.ccdi.gov.cn/yaowenn/202405/t20240510_985512.html",
    "www.ccdi.gov.cn/toutiaon/202404/t20240418_982244.html",
    "www.ccdi.gov.cn/yaowenn/202405/t20240516_986120.html",  # a feature
    "www.spp.gov.cn/spp/tt/202406/t20240612_656301.shtml",  # a court verdict
    "www.mps.gov.cn/n2253534/n2253535/c9660001/content.html",
    "www.spp.gov.cn/spp/tt/202406/t20240618_657001.shtml",
    "www.gdjct.gd.gov.cn/ffkb/content/post_180112.html",
    "www.zjsjw.gov.cn/toutiao/202401/t20240111_21093001.shtml",
    "www.zjsjw.gov.cn/toutiao/202402/t20240228_21095002.shtml",
    "www.sdjj.gov.cn/tbbg/202402/t20240229_10234501.htm",
    "www.news.cn/20240625/8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c/c.html",
    "fanfu.people.com.cn/n1/2024/0524/c64371-40242001.html",
    "www.chinanews.com.cn/gn/2024/06-05/10228801.shtml",
    "www.chinadaily.com.cn/a/202406/19/WS6672a1b2a31095c51c50a1f0.html",
    "www.globaltimes.cn/page/202406/1314301.shtml",
    "mp.weixin.qq.com/s/Xq3vL9pR2mT7kW1aZb8c4Q",
]


@pytest.mark.parametrize("path", ANNOUNCEMENTS)
def test_every_mock_announcement_passes_the_title_and_relevance_filters(path):
    url = ("http://" if path.startswith("fanfu") else "https://") + path
    config = site_for_url(url, load_sites())
    raw = (MIRROR / path).read_bytes()
    html = raw.decode("gb18030") if config.encoding == "gb18030" else raw.decode("utf-8")
    article = parse_article(html, url, config)
    assert article.title and len(article.text) > 50
    assert title_worth_fetching(article.title), "listing title filter would skip it"
    assert is_relevant(article.title, article.text)


def test_bad_config_errors_name_file_and_key(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "bad"\nname = "x"\nlanguage = "zh"\ndomains = ["x.cn"]\n'
        '[[discovery]]\nstrategy = "listing"\nstart_urls = ["https://x.cn/"]\nitme = "li"\n'
    )
    with pytest.raises(ConfigError, match=r"bad.toml: discovery\[0\]: unknown keys \['itme'\]"):
        load_config_file(bad)
    bad.write_text(
        'id = "bad"\nname = "x"\nlanguage = "zh"\ndomains = ["x.cn"]\n'
        '[article]\ndate_regex = "(unclosed"\n'
    )
    with pytest.raises(ConfigError, match="bad.toml: article.date_regex: bad regular expression"):
        load_config_file(bad)
    other = tmp_path / "other.toml"
    other.write_text('id = "bad"\nname = "x"\nlanguage = "zh"\ndomains = ["x.cn"]\n')
    with pytest.raises(ConfigError, match="differs from the file name"):
        load_config_file(other)


def test_loader_builds_one_spider_per_site_from_its_strategies():
    loader = SiteSpiderLoader.from_settings({})
    assert loader.list() == [*crawlable(load_sites()), "urls"]
    ccdi = loader.load("ccdi")
    assert (
        ccdi.name == "ccdi"
        and hasattr(ccdi, "discover_listing")
        and hasattr(ccdi, "discover_search")
    )
    with pytest.raises(KeyError):
        loader.load("weixin")  # URL-list only


def test_scrapy_list_and_returnwatch_sites_from_repo_root():
    scrapy = [sys.executable, "-m", "scrapy", "list"]
    out = subprocess.run(
        scrapy, cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == sorted([*crawlable(load_sites()), "urls"])
    sites = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "sites"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ccdi         listing+search" in sites
    assert "https://www.ccdi.gov.cn/yaowenn/index.html" in sites
