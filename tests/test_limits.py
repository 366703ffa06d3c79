"""The crawl's limits in isolation (the whole crawl against them: tests/hostile/)."""

from __future__ import annotations

import gzip

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from output.crawl_runs import errors_by_kind
from scrapers import settings as project_settings
from scrapers.middlewares.limits import LimitedHttpCompression, LimitedRedirect


def _settings(**extra: object) -> dict[str, object]:
    names = (
        "DOWNLOAD_MAXSIZE",
        "DOWNLOAD_WARNSIZE",
        "RETURNWATCH_MAX_DECOMPRESSION_RATIO",
        "RETURNWATCH_DECOMPRESSION_FLOOR",
        "REDIRECT_MAX_TIMES",
    )
    return {**{n: getattr(project_settings, n) for n in names}, **extra}


def _crawler(**extra: object):  # type: ignore[no-untyped-def]
    crawler = get_crawler(settings_dict=_settings(**extra))
    crawler._apply_settings()  # stats, as when the crawl starts
    return crawler


def _compression(**extra: object) -> LimitedHttpCompression:
    return LimitedHttpCompression.from_crawler(_crawler(**extra))


def test_the_project_limits_replace_scrapys_defaults():
    assert project_settings.DOWNLOAD_MAXSIZE == 16 * 1024 * 1024
    assert project_settings.DOWNLOAD_WARNSIZE == 4 * 1024 * 1024
    middlewares = project_settings.DOWNLOADER_MIDDLEWARES
    assert middlewares["scrapers.middlewares.limits.LimitedHttpCompression"] == 590
    assert (
        middlewares["scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware"]
        is None
    )
    assert middlewares["scrapers.middlewares.limits.LimitedRedirect"] == 600


def test_the_ratio_bounds_inflation_below_the_maximum_size():
    middleware = _compression(RETURNWATCH_MAX_DECOMPRESSION_RATIO=10.0)
    request = Request("https://example.org/")
    assert middleware.inflated_limit(request, 10 * 1024 * 1024) == 16 * 1024 * 1024
    assert middleware.inflated_limit(request, 200 * 1024) == 2000 * 1024
    assert middleware.inflated_limit(request, 1000) == 1024 * 1024  # the floor


def test_a_small_bomb_is_refused_by_the_ratio():
    middleware = _compression(RETURNWATCH_MAX_DECOMPRESSION_RATIO=10.0)
    bomb = gzip.compress(bytes(8 * 1024 * 1024))  # 8 KiB inflating 1000x
    request = Request("https://example.org/bomb")
    response = HtmlResponse(
        request.url, body=bomb, headers={"Content-Encoding": "gzip"}, request=request
    )
    with pytest.raises(IgnoreRequest):
        middleware.process_response(request, response)


def test_an_ordinary_compressed_page_passes():
    middleware = _compression()
    page = ("<p>外逃人员回国投案</p>" * 2000).encode("utf-8")
    request = Request("https://example.org/page")
    response = HtmlResponse(
        request.url, body=gzip.compress(page), headers={"Content-Encoding": "gzip"}, request=request
    )
    assert middleware.process_response(request, response).body == page


def test_a_redirect_loop_is_refused_naming_the_first_url():
    middleware = LimitedRedirect.from_crawler(_crawler())
    first = Request("https://example.org/a")
    second = Request("https://example.org/b", meta={"redirect_urls": [first.url]})
    with pytest.raises(IgnoreRequest, match="redirect loop back to https://example.org/a"):
        middleware._redirect(Request(first.url), second, 302)


def test_limit_counts_are_errors_in_the_run_record():
    stats = {"returnwatch/limits/redirect_loop": 2, "returnwatch/limits/decompressed_size": 1}
    assert errors_by_kind(stats) == {"limit/decompressed_size": 1, "limit/redirect_loop": 2}
