"""Extension: never resume from a request queue that a killed crawl left half-written.

With ``JOBDIR`` Scrapy keeps pending requests in disk queues (queuelib) and saves their state
(``requests.queue/active.json`` and each queue file's size header) only when the spider closes.
After a SIGKILL or a power cut that state is missing or stale, and Scrapy cannot tell: a queue
file created but never flushed makes every later push to it fail (``struct.error``, logged by
asyncio and the request silently lost); a stale size header makes it pop records of the dead run
in place of new ones. Either way articles are never fetched.

A crawl does not need that queue to resume: the store's seen-URL record and resume paging
(``RETURNWATCH_RESUME``) find every article not yet stored. So the queue is kept only when it
was saved by a clean close (Ctrl-C included), and its state file is removed once Scrapy has read
it, so that a run killed later leaves no state that looks valid.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

QUEUE_DIR = "requests.queue"
STATE_FILE = "active.json"  # written by Scrapy's scheduler on close, read on open


def discard_unsaved_queue(job_dir: Path) -> bool:
    """Remove ``job_dir``'s request queue unless a clean close saved its state; True if removed."""
    queue = job_dir / QUEUE_DIR
    if not queue.is_dir() or (queue / STATE_FILE).exists():
        return False
    shutil.rmtree(queue)
    return True


class JobQueueGuard:
    def __init__(self, job_dir: Path):
        self.job_dir = job_dir
        if discard_unsaved_queue(job_dir):
            logger.warning(
                "%s: the request queue of a crawl that did not close was discarded; "
                "resuming from the store's record of seen pages",
                job_dir / QUEUE_DIR,
            )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobQueueGuard:
        job_dir = crawler.settings.get("JOBDIR")
        if not job_dir:
            raise NotConfigured("no JOBDIR")
        ext = cls(Path(job_dir))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        return ext

    def spider_opened(self) -> None:
        """The scheduler has read the saved state: from now on only a clean close rewrites it."""
        (self.job_dir / QUEUE_DIR / STATE_FILE).unlink(missing_ok=True)
