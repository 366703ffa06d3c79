"""Merge benchmark: store N mentions (about 3 per case, from different sources) and time it.

Usage: python bench/bench_merge.py [N ...]   (default 1000 10000)
Prints mentions/second and the time per mention at each size; per-mention cost that stays flat
as N grows means total growth near n log n (index lookups), not n^2 (all-pairs comparison).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from output.record import CaseRecord
from output.store import open_store

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国立文海燕明远志强秀英伟华丽娟军平晓东德"
COUNTRIES = ["US", "CA", "AU", "NZ", "TH", "MY", "SG", "GB", "FR", "JP"]


def person(i: int, rng: random.Random) -> tuple[str, str, str]:
    name = SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i // 400) % 20]
    year = 2015 + (i % 10)
    return name, f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", COUNTRIES[i % 10]


def run(n: int) -> float:
    rng = random.Random(n)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "b.sqlite") as store:
        started = time.perf_counter()
        for j in range(n):
            i = rng.randrange(max(n // 3, 1))
            name, day, country = person(i, rng)
            url = f"https://example.gov.cn/{j}.html"
            doc_id, _ = store.add_document({"url": url, "site": "bench", "text": name})
            record = CaseRecord(
                document_id=doc_id,
                source_url=url,
                language="zh",
                name=name,
                name_simplified=name,
                name_pinyin=None,
                name_is_full=True,
                fled_to=[country],
                return_date=day,
            )
            store.add_mentions(doc_id, [record])
        elapsed = time.perf_counter() - started
        _, cases = store.list_cases(limit=1)
    print(
        f"{n:>7} mentions -> {cases:>6} cases: {elapsed:7.1f} s, {1e3 * elapsed / n:.2f} ms/mention"
    )
    return elapsed


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    for size in sizes:
        run(size)
