"""Spider middleware: start requests go through the shared seen set of a distributed crawl.

The strategy spiders mark their start requests ``dont_filter`` (a column's first page is always
fetched). With several workers each running ``start()``, every start URL would then be queued
once per worker; filtered by the shared seen set instead, it is queued once by whichever worker
comes first, so any worker may start first and all of them run the same command.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request


class SharedSeeds:
    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item_or_request in start:
            if isinstance(item_or_request, Request) and item_or_request.dont_filter:
                yield item_or_request.replace(dont_filter=False)
            else:
                yield item_or_request
