"""Metamorphic properties at scale: pass/fail counts per property and every failing example.

Run: ``.venv/bin/python bench/bench_metamorphic.py --examples 2000 [--property name ...]
[--seed N] [--show N]``. CI runs the same properties on a few fixed examples
(tests/test_metamorphic.py); this runs many more, never stops at the first failure and never
shrinks, so the counts say how often each kind of rewrite still breaks the extraction.
Exit status 1 when any example failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from tests import metamorphic as mm  # noqa: E402


@dataclass
class Tally:
    """Counts of one property's run and its failing examples (description, problems)."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, list[str]]] = field(default_factory=list)
    seconds: float = 0.0


def run_property(name: str, examples: int, run_seed: int) -> Tally:
    """Generate ``examples`` variants of one property and check each one."""
    tally = Tally()

    @seed(run_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(mm.PROPERTIES[name]())
    def check(variant: mm.Variant) -> None:
        problems = mm.check_variant(variant)
        tally.counts["fail" if problems else "pass"] += 1
        if problems:
            tally.failures.append((mm.describe(variant), problems))

    started = time.perf_counter()
    check()
    tally.seconds = time.perf_counter() - started
    return tally


def report(name: str, tally: Tally, show: int) -> None:
    total = tally.counts["pass"] + tally.counts["fail"]
    print(
        f"{name:8} examples {total:6}  passed {tally.counts['pass']:6}  "
        f"failed {tally.counts['fail']:5}  ({tally.seconds:.0f} s)"
    )
    distinct = dict.fromkeys(f"{d}\n      " + "\n      ".join(p) for d, p in tally.failures)
    for text in list(distinct)[:show]:
        print(f"    FAIL {text}")
    if len(distinct) > show:
        print(f"    ... {len(distinct) - show} more distinct failing examples")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per property")
    parser.add_argument("--property", action="append", choices=sorted(mm.PROPERTIES))
    parser.add_argument("--seed", type=int, default=0, help="random seed of the generation")
    parser.add_argument("--show", type=int, default=50, help="failing examples shown per property")
    args = parser.parse_args(argv)
    failed = 0
    for name in args.property or list(mm.PROPERTIES):
        tally = run_property(name, args.examples, args.seed)
        report(name, tally, args.show)
        failed += tally.counts["fail"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
