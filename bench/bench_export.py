"""Export benchmark: time and peak memory of every export format at 1,000, 10,000 and 100,000 cases.

Usage: python bench/bench_export.py [N ...] [--formats json jsonl csv ftm warc] [--stores DIR]
(sizes default to 1000 10000 100000 cases)

Each store is built with the merge benchmark's generator (``bench/bench_merge.py``): N people,
three articles each (a central report, a provincial one, an English one), merged as the crawl
merges them, so a case has up to three sources; every article keeps a captured page (its bytes,
an HTTP status and headers, a capture time) as the crawl stores it, for the WARC export. Building
the 100,000-case store (300,000 articles) takes several minutes: ``--stores DIR`` keeps the
stores there and reuses them on the next run. Each export (``--status all``) runs in a fresh
process that reports its wall time, its CPU time (the process's whole life, imports included;
steadier than wall time on a shared machine) and its peak resident memory (``ru_maxrss``):
memory that does not grow with N means the export streams (SQLite's page cache, up to 64 MiB,
fills as a larger store is read, then stays). The target: every format under 30 s at 100,000
cases. A format added to ``returnwatch export`` is measured by naming it in ``--formats``, and
``--formats report`` times ``returnwatch report --status all`` (the coverage report) where the
command exists.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_merge import article, people  # noqa: E402

from output.exporters import ExportResult, export  # noqa: E402
from output.store import open_store  # noqa: E402
from output.store.writes import ArticleWrite  # noqa: E402

FORMATS = ("json", "jsonl", "csv", "ftm", "warc")
HEADERS = [("Server", "nginx"), ("Content-Type", "text/html; charset=utf-8")]


def captured(write: ArticleWrite, j: int) -> ArticleWrite:
    """The generator's article with the page a crawl would have kept for it."""
    document = dict(write.document)
    document["raw"] = f"<html><body><p>{document['text']}</p></body></html>".encode()
    document.update(http_status=200, http_headers=HEADERS)
    document["fetched_at"] = f"2025-01-{1 + j % 28:02d}T08:00:00Z"
    return ArticleWrite(document, write.records, write.seen_kind)


def bench_articles(cases: int) -> Iterator[ArticleWrite]:
    """Three articles about each of ``cases`` people, round robin: each person gets one of
    each kind (when the count of people is not a multiple of three)."""
    persons = people(3 * cases)
    for j in range(3 * len(persons)):
        yield captured(article(j, persons[j % len(persons)]), j)


def build(path: Path, cases: int, batch: int = 1000) -> None:
    started = time.perf_counter()
    with open_store(path) as store:
        pending: list[ArticleWrite] = []
        for item in bench_articles(cases):
            pending.append(item)
            if len(pending) >= batch:
                store.store_articles(pending)
                pending = []
        store.store_articles(pending)
        _, total = store.list_cases(limit=1)
    print(f"built a store of {total} cases in {time.perf_counter() - started:.0f} s", flush=True)


def store_for(directory: Path, cases: int) -> Path:
    path = directory / f"export-{cases}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        build(partial, cases)
        partial.rename(path)
    return path


def one(db: str, fmt: str, output: str) -> None:
    """Run one export in this process; print its result, time and peak memory as JSON. The
    format ``report`` runs ``returnwatch report`` (the coverage report) over the same store."""
    started = time.perf_counter()
    if fmt == "report":
        # imported here only: the whole command line (Scrapy included) would add 50 MB to the
        # peak memory measured for every other format
        from pipelines.cli import main as returnwatch

        argv = ["report", "--db", db, "--status", "all", "--output", output]
        if returnwatch(argv) != 0:
            raise SystemExit(f"returnwatch {' '.join(argv)} failed")
        with open_store(db, read_only=True) as store:
            cases = store.list_cases(limit=1)[1]
        result = ExportResult(Path(output), cases, Path(output).stat().st_size)
    else:
        result = export(db, fmt, output, status="all")
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_kb, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    print(
        json.dumps(
            {
                "cases": result.cases,
                "bytes": result.bytes,
                "seconds": seconds,
                "cpu": cpu,
                "peak_mb": peak_kb / 1024,
                "records": result.records,
            }
        )
    )


def measure(db: Path, fmt: str, out_dir: Path) -> dict[str, float]:
    output = out_dir / f"out.{fmt}"
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(db), fmt, str(output)],
        capture_output=True,
        text=True,
        check=True,
    )
    output.unlink(missing_ok=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--formats", nargs="+", default=list(FORMATS))
    parser.add_argument("--stores", type=Path, help="keep the built stores here and reuse them")
    parser.add_argument(
        "--one", nargs=3, metavar=("DB", "FORMAT", "OUTPUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.one:
        one(*args.one)
        return
    with tempfile.TemporaryDirectory() as tmp:
        stores = args.stores or Path(tmp)
        stores.mkdir(parents=True, exist_ok=True)
        print(
            f"{'cases':>7} {'format':>6} {'seconds':>8} {'cpu s':>6} {'peak MB':>8} {'MB out':>8}"
        )
        for n in args.sizes:
            db = store_for(stores, n)
            for fmt in args.formats:
                f = measure(db, fmt, Path(tmp))
                print(
                    f"{int(f['cases']):>7} {fmt:>6} {f['seconds']:>8.1f} {f['cpu']:>6.1f} "
                    f"{f['peak_mb']:>8.0f} {f['bytes'] / 1e6:>8.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
