"""The long fuzzing run of the extraction (issue 10): N generated hostile documents (default
100,000) through ``extract_cases``; no exception may escape, every record must keep
extract/case_record.schema.json and every evidence offset must verify against the text.

Run: ``.venv/bin/python bench/fuzz_extract.py [--documents 100000] [--seed 0]``. The documents
come from the Hypothesis strategies of tests/fuzzing.py (real announcement sentences mixed with
arbitrary Unicode: surrogates, control characters, every script). Prints the documents tried,
the records made, the schema-valid share, the failures and the time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import check_records, documents  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import logging

    from extract import extract_cases

    logging.getLogger("extract").setLevel(logging.ERROR)  # ignored dates, cut texts: expected

    counts = {"documents": 0, "records": 0, "failures": 0}
    first_failure: list[str] = []

    @seed(args.seed)
    @settings(
        max_examples=args.documents,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(documents)
    def run(document):  # type: ignore[no-untyped-def]
        counts["documents"] += 1
        try:
            records = extract_cases(document)
            check_records(document, records)
        except Exception as exc:  # noqa: BLE001 - counted and reported; the run goes on
            counts["failures"] += 1
            if not first_failure:
                first_failure.append(f"{type(exc).__name__}: {exc} on {document!r}"[:2000])
            return
        counts["records"] += len(records)
        if counts["documents"] % 10_000 == 0:
            print(f"  {counts['documents']:,} documents...", file=sys.stderr, flush=True)

    started = time.monotonic()
    run()
    seconds = time.monotonic() - started
    valid = 100.0 * (counts["documents"] - counts["failures"]) / max(counts["documents"], 1)
    print(
        f"{counts['documents']:,} documents, {counts['records']:,} records, "
        f"{counts['failures']} failures, {valid:.2f}% of documents without an escaped "
        f"exception or an invalid record, {seconds:.0f} s"
    )
    if first_failure:
        print("first failure:", first_failure[0])
    return 1 if counts["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
