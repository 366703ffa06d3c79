"""Report benchmark: `returnwatch report` over a store of N cases, its time and peak memory.

Usage: python bench/bench_report.py [N ...] [--keep DIR] [--db PATH ...]
(sizes default to 1000 10000 100000)

Each size builds a SQLite store of N people with bench/bench_merge.py's generator (one Chinese
report each, so N cases, over its countries, 2015-2024, a tenth of them anonymised), outside the
timing, then runs `returnwatch report --status all` on it in a child process and prints the
wall time, the part spent reading the cases (``iter_export_cases``, shared with the exports,
timed in the same child before the report) and the child's peak resident memory
(``ru_maxrss``), with the report's size. ``--db PATH`` measures existing stores instead (opened
read-only, never built nor changed), such as ``bench/bench_export.py --stores DIR``'s
``DIR/export-N.sqlite``.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_merge import article, make_person  # noqa: E402

from output.store import open_store  # noqa: E402

CHILD = """
import sys, time
from output.exporters.cases import iter_export_cases
from output.report import report
from output.store import open_store
db, out = sys.argv[1], sys.argv[2]
started = time.perf_counter()
with open_store(db, read_only=True) as store, store.connect() as conn:
    n = sum(1 for _ in iter_export_cases(conn, "all"))
read = time.perf_counter() - started
started = time.perf_counter()
result = report(db, out, status="all")
print(result.cases, read, time.perf_counter() - started, result.bytes)
"""


def build(db: Path, n: int) -> None:
    """N cases: person j's central report (index 3j: hanzi name, exact day)."""
    rng = random.Random(f"report-{n}")
    with open_store(db) as store:
        batch = []
        for j in range(n):
            batch.append(article(3 * j, make_person(rng)))
            if len(batch) == 1000:
                store.store_articles(batch)
                batch = []
        store.store_articles(batch)


def run(n: int, where: Path) -> None:
    db = where / f"report-{n}.sqlite"
    started = time.perf_counter()
    build(db, n)
    print(f"{n:>7} cases: store built in {time.perf_counter() - started:.0f} s", flush=True)
    measure(db, where / f"report-{n}.html")


def measure(db: Path, out: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(out)], capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(done.stderr[-2000:])
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    cases, read, total, size = done.stdout.split()
    print(
        f"{db.name}: report of {cases} cases in {float(total):.1f} s "
        f"(reading them alone {float(read):.1f} s), {int(size) / 2**20:.1f} MiB of HTML, "
        f"peak memory so far {peak_mib:.0f} MiB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--keep", type=Path, help="build the stores and reports here")
    parser.add_argument(
        "--db", type=Path, nargs="+", help="measure these existing stores (nothing is built)"
    )
    args = parser.parse_args()
    if args.db:
        with tempfile.TemporaryDirectory() as tmp:
            for i, db in enumerate(args.db):
                measure(db, Path(tmp) / f"report-{i}.html")
        return
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            run(n, args.keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            run(n, Path(tmp))


if __name__ == "__main__":
    main()
