"""One lock per site, so a crawl started by cron or a timer never overlaps another of that site.

``fcntl.flock`` on ``<data dir>/locks/<site>.lock``: the kernel releases the lock when the
holding process ends, however it ends (SIGKILL included), so a crashed crawl never leaves a
stale lock behind, and no PID file needs cleaning. The file's content (pid and start time of
the holder) is only there to name the holder in messages. Locks are per machine: two machines
sharing a PostgreSQL store do not see each other's locks.
"""

from __future__ import annotations

import fcntl
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType


class SiteLocks:
    """``with SiteLocks(dir, sites, wait=0) as locks:`` holds the free sites' locks.

    ``locks.held`` lists the sites this process now holds, ``locks.busy`` those another
    process still held after ``wait`` seconds (0 = do not wait); all are released on exit."""

    def __init__(
        self, lock_dir: str | Path, sites: list[str], wait: float = 0.0, poll: float = 0.2
    ):
        if wait < 0:
            raise ValueError(f"lock wait {wait}: expected 0 or more seconds")
        self.lock_dir = Path(lock_dir)
        self.sites = list(sites)
        self.wait = wait
        self.poll = poll
        self.handles: dict[str, int] = {}
        self.busy: list[str] = []

    @property
    def held(self) -> list[str]:
        return [s for s in self.sites if s in self.handles]

    def path(self, site: str) -> Path:
        return self.lock_dir / f"{site}.lock"

    def holder(self, site: str) -> str:
        """Who holds a site's lock, as its holder wrote it ("pid 123 since 2026-...")."""
        try:
            return self.path(site).read_text("utf-8").strip() or "another process"
        except OSError:
            return "another process"

    def _try(self, site: str) -> bool:
        fd = os.open(self.path(site), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} since {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\n".encode())
        self.handles[site] = fd
        return True

    def acquire(self) -> SiteLocks:
        self.lock_dir.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.wait
        pending = [s for s in self.sites if not self._try(s)]
        while pending and time.monotonic() < deadline:
            time.sleep(min(self.poll, max(deadline - time.monotonic(), 0.0)))
            pending = [s for s in pending if not self._try(s)]
        self.busy = pending
        return self

    def release(self) -> None:
        for fd in self.handles.values():
            os.close(fd)  # closing the descriptor drops the flock
        self.handles.clear()

    def __enter__(self) -> SiteLocks:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def is_locked(lock_dir: str | Path, site: str) -> bool:
    """Whether some process holds the site's lock right now (for ``returnwatch status``)."""
    path = Path(lock_dir) / f"{site}.lock"
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
