"""JobQueueGuard: Scrapy's JOBDIR request queue is resumed from only when a clean close saved
it (the killed-crawl case is crawled for real in test_crawl_mirror)."""

from __future__ import annotations

from pathlib import Path

from scrapy.utils.test import get_crawler

from scrapers.extensions.job_queue import JobQueueGuard


def queue_files(job: Path) -> list[str]:
    return sorted(str(p.relative_to(job)) for p in job.rglob("*") if p.is_file())


def write_queue(job: Path, *, saved: bool) -> None:
    slot = job / "requests.queue" / "www.ccdi.gov.cn-0a1b" / "0s"
    slot.mkdir(parents=True)
    (slot / "q00000").write_bytes(b"")
    if saved:
        (job / "requests.queue" / "active.json").write_text('{"www.ccdi.gov.cn-0a1b": [0]}')


def test_a_queue_left_without_its_saved_state_is_discarded(tmp_path):
    write_queue(tmp_path, saved=False)
    (tmp_path / "spider.state").write_bytes(b"kept")
    JobQueueGuard.from_crawler(get_crawler(settings_dict={"JOBDIR": str(tmp_path)}))
    assert queue_files(tmp_path) == ["spider.state"]


def test_a_queue_saved_by_a_clean_close_is_resumed_once(tmp_path):
    write_queue(tmp_path, saved=True)
    guard = JobQueueGuard.from_crawler(get_crawler(settings_dict={"JOBDIR": str(tmp_path)}))
    assert queue_files(tmp_path) == [
        "requests.queue/active.json",
        "requests.queue/www.ccdi.gov.cn-0a1b/0s/q00000",
    ]
    guard.spider_opened()  # Scrapy's scheduler has read the state by then
    assert queue_files(tmp_path) == ["requests.queue/www.ccdi.gov.cn-0a1b/0s/q00000"]
    JobQueueGuard(tmp_path)  # the next start, had this run been killed
    assert queue_files(tmp_path) == []
