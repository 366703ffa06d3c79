"""Downloader middleware: answer the inline-cookie challenge once, count every other as blocked."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.statscollectors import StatsCollector

from scrapers.parsing.challenge import detect_challenge

logger = logging.getLogger(__name__)

RETRIED = "returnwatch_challenge_retried"
STAT_BLOCKED = "returnwatch/blocked_by_challenge"
STAT_ANSWERED = "returnwatch/challenge_answered"
STAT_BLOCKED_STATUS = "returnwatch/blocked_by_challenge_status/"


class BlockedByChallenge(IgnoreRequest):
    """A challenge page the crawl cannot answer; the URL is not an article and is not stored."""


class ChallengeMiddleware:
    def __init__(self, stats: StatsCollector | None = None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ChallengeMiddleware:
        return cls(crawler.stats)

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if isinstance(response, TextResponse):
            html = response.text
        elif response.status in (412, 521):
            html = response.body.decode("utf-8", "replace")
        else:
            return response
        challenge = detect_challenge(response.status, html)
        if challenge is None:
            return response
        if challenge.answerable and not request.meta.get(RETRIED):
            self._inc(STAT_ANSWERED)
            logger.info(
                "answering cookie challenge at %s (%s)", request.url, ", ".join(challenge.cookies)
            )
            cookies = dict(request.cookies) if isinstance(request.cookies, dict) else {}
            cookies.update(challenge.cookies)
            return request.replace(
                cookies=cookies, dont_filter=True, meta={**request.meta, RETRIED: True}
            )
        self._inc(STAT_BLOCKED)
        self._inc(f"{STAT_BLOCKED}/{challenge.kind}")
        if response.status >= 400:  # counted here, so the run record's errors leave it out
            self._inc(f"{STAT_BLOCKED_STATUS}{response.status}")
        logger.warning(
            "blocked by challenge (%s, HTTP %s) at %s", challenge.kind, response.status, request.url
        )
        raise BlockedByChallenge(f"{request.url}: {challenge.kind} challenge")
