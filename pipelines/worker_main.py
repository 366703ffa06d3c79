"""Entry point of an article worker process: ``python -m pipelines.worker_main IN OUT PARENT``.

It first starts a watch on the crawl process, before the heavy imports of the worker (Scrapy,
SQLAlchemy, the extraction): on a loaded machine those imports take seconds, and a crawl killed
meanwhile would leave the worker to finish them, and its batch, alone. The worker ends at once
when the crawl process is gone (killed, so it never closed the pipes in order). What it had not
written is neither stored nor marked seen, so the next run fetches it again; SQLite rolls back a
transaction cut short.
"""

from __future__ import annotations

import os
import sys
import threading
import time

POLL_SECONDS = 0.2


def exit_with_parent(parent: int) -> None:
    """Poll the parent's pid; a changed parent (reparented to init) ends the process."""
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(3)


if __name__ == "__main__":
    threading.Thread(target=exit_with_parent, args=(int(sys.argv[3]),), daemon=True).start()
    # the module's own copy, not a ``__main__`` one: what it pickles (Report) must name
    # ``pipelines.worker`` for the crawl process to read it
    from pipelines.worker import main

    main(sys.argv[1:3])
