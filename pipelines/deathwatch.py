"""Worker processes die with the process that started them, even when it is SIGKILLed.

The extraction stage's workers are forked by multiprocessing's fork server, which ends when the
process that started it is gone; ``start`` (the pool's initializer, run first thing in each
worker) starts a thread that checks every 0.2 s that the worker's parent is still the one it
had and that the owner (the crawl) still exists, and ends the worker at once otherwise. This
module imports the standard library only, so the fork server preloads it and a worker runs
the watch before it imports anything heavy: no worker is ever busy and unwatched.
"""

from __future__ import annotations

import os
import signal
import threading
import time

WATCH_SECONDS = 0.2


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    return True


def _watch(parent: int, owner: int) -> None:
    while os.getppid() == parent and alive(owner):
        time.sleep(WATCH_SECONDS)
    os._exit(3)  # nothing half-written survives: the open transaction is rolled back


def start(owner: int) -> None:
    """Watch the parent and ``owner``; leave Ctrl-C to the owner (it reaches the process
    group, and the owner decides what to finish)."""
    threading.Thread(target=_watch, args=(os.getppid(), owner), daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
