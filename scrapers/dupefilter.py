"""Request de-duplication that lives for one run only (see DUPEFILTER_CLASS in settings)."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter


class MemoryDupeFilter(RFPDupeFilter):
    """Scrapy's fingerprint filter without the JOBDIR file: what survives a killed run is the
    store's seen-URL record, written only after an article is stored."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> MemoryDupeFilter:
        assert crawler.request_fingerprinter is not None
        return cls(
            None,
            debug=crawler.settings.getbool("DUPEFILTER_DEBUG"),
            fingerprinter=crawler.request_fingerprinter,
        )
