"""Merge benchmark: store and merge N mentions (about 3 per case, from different sources).

Usage: python bench/bench_merge.py [N ...] [--postgresql] [--batch 500]   (default 1000 10000 100000)

Each mention comes from its own article (a Chinese report with the hanzi name and the exact day,
a provincial one with the month only, an English one with the pinyin in either order); articles
go in as the crawl writes them, ``--batch`` per transaction. Prints seconds and ms per mention
at each size and the 100k/10k time ratio: 10 means linear growth, about 12.5 n log n; anything
near 100 would mean all-pairs comparison. ``--postgresql`` runs on a temporary database of the
server at $RETURNWATCH_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from output.record import CaseRecord, Evidence  # noqa: E402
from output.store import open_store  # noqa: E402
from output.store.pg_admin import DEFAULT_ADMIN_URL, temporary_database  # noqa: E402
from output.store.writes import ArticleWrite  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
SURNAMES_PY = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo"
GIVEN = "建国立文海燕明远志强秀英伟华丽娟军平晓东德"
GIVEN_PY = "Jian Li Hai Ming Zhi Xiu Wei Hua Li Jun Ping Xiao Dong De Guo Wen Yan Yuan Qiang Ying"
COUNTRIES = ["US", "CA", "AU", "NZ", "TH", "MY", "SG", "GB", "FR", "JP"]


def person(i: int) -> tuple[str, str, str, str]:
    """Name, pinyin, return day and country of person ``i`` (distinct names up to 8,000 people,
    then the same names return on other days: same-name different-return cases)."""
    a, b, c = i % 20, (i // 20) % 20, (i // 400) % 20
    name = SURNAMES[a] + GIVEN[b] + GIVEN[c]
    given = GIVEN_PY.split()
    pinyin = f"{SURNAMES_PY.split()[a]} {given[b]}{given[c].lower()}"
    year = 2015 + (i // 8000) % 10
    return name, pinyin, f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", COUNTRIES[i % 10]


def article(j: int, i: int) -> ArticleWrite:
    name, pinyin, day, country = person(i)
    kind = j % 3
    url = f"https://example.gov.cn/{j}.html"
    if kind == 2:  # English report, given name first half the time
        first, last = pinyin.split(" ", 1)
        shown = f"{last} {first}" if j % 2 else pinyin
        text = f"{shown} returned to China from abroad on {day}."
        record = CaseRecord(
            document_id="",
            source_url=url,
            language="en",
            name=shown,
            name_simplified=shown,
            name_pinyin=None,
            name_is_full=True,
            fled_to=[country],
            return_date=day,
            method="surrendered",
            confidence=0.7,
            evidence=[Evidence("name", shown, 0, len(shown))],
        )
    else:
        text = f"职务犯罪嫌疑人{name}于{day}回国投案。"
        record = CaseRecord(
            document_id="",
            source_url=url,
            language="zh",
            name=name,
            name_simplified=name,
            name_pinyin=pinyin,
            name_is_full=True,
            fled_to=[country],
            return_date=day if kind == 0 else day[:7],
            method="surrendered",
            alleged_crimes=["bribery"],
            confidence=0.9 if kind == 0 else 0.8,
            evidence=[Evidence("name", name, 7, 7 + len(name))],
        )
    document = {"url": url, "site": "bench", "text": text, "html_hash": f"h{j}"}
    return ArticleWrite(document, [record], seen_kind="article")


def articles(n: int) -> Iterator[ArticleWrite]:
    rng = random.Random(n)
    people = max(n // 3, 1)
    for j in range(n):
        yield article(j, rng.randrange(people))


@contextmanager
def store_location(postgresql: bool) -> Iterator[str]:
    if postgresql:
        admin = os.environ.get("RETURNWATCH_BENCH_PG", DEFAULT_ADMIN_URL)
        with temporary_database(admin, "bench") as url:
            yield url
    else:
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "b.sqlite")


def run(n: int, batch: int, postgresql: bool) -> float:
    with store_location(postgresql) as db, open_store(db) as store:
        pending: list[ArticleWrite] = []
        started = time.perf_counter()
        for item in articles(n):
            pending.append(item)
            if len(pending) >= batch:
                store.store_articles(pending)
                pending = []
        store.store_articles(pending)
        elapsed = time.perf_counter() - started
        _, cases = store.list_cases(limit=1)
    print(
        f"{n:>7} mentions -> {cases:>6} cases: {elapsed:7.1f} s, "
        f"{1e3 * elapsed / n:.2f} ms/mention",
        flush=True,
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction")
    parser.add_argument("--postgresql", action="store_true", help="on a temporary PG database")
    args = parser.parse_args()
    backend = "PostgreSQL" if args.postgresql else "SQLite"
    print(f"merge benchmark on {backend}, {args.batch} articles per transaction")
    times = {n: run(n, args.batch, args.postgresql) for n in args.sizes}
    if 10000 in times and 100000 in times:
        print(f"100k/10k time ratio {times[100000] / times[10000]:.1f} (at most 15: n log n)")


if __name__ == "__main__":
    main()
