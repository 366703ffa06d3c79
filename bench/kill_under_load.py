"""Run the killed-crawl test many times in a row while busy processes load every core.

    .venv/bin/python bench/kill_under_load.py [--repeat 20] [--busy N]

Starts ``--busy`` processes (default: one per core) that spin on the CPU, then runs
``tests/test_crawl_mirror.py::test_killed_crawl_resumes_without_loss_or_duplicates`` with
``RETURNWATCH_KILL_REPEAT=--repeat`` (each kind of kill that many times), and prints how many
runs passed. The busy processes are stopped at the end, whatever happened. A crash-consistency
test that passes only on an idle machine is a failing test: this is how it is checked.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST = "tests/test_crawl_mirror.py::test_killed_crawl_resumes_without_loss_or_duplicates"
SPIN = "while True: pass"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs of each kind of kill")
    parser.add_argument("--busy", type=int, default=os.cpu_count() or 1, help="busy processes")
    args = parser.parse_args()
    busy = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(args.busy)]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST],
            cwd=REPO,
            env={**os.environ, "RETURNWATCH_KILL_REPEAT": str(args.repeat)},
            capture_output=True,
            text=True,
        )
    finally:
        for process in busy:
            process.kill()
            process.wait()
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    passed = int(m.group(1)) if (m := re.search(r"(\d+) passed", summary)) else 0
    failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", summary)) else 0
    print(f"{args.busy} busy processes on {os.cpu_count()} cores: {passed} passed, {failed} failed")
    if failed:
        print(done.stdout[-5000:])
    return 0 if failed == 0 and passed == 2 * args.repeat else 1


if __name__ == "__main__":
    sys.exit(main())
