"""Extraction speed: text documents per second on one core, and HTML-to-cases time vs lxml.

Run: ``make bench-extract`` (or ``.venv/bin/python bench/bench_extract.py [--pages DIR]``).
Targets (issue 2): >= 300 text documents per second; HTML-to-cases <= 3x lxml's parse time.
``--long 1 5 20``: seconds to extract documents of 1, 5 and 20 MB made of one announcement
repeated (issue 10: time linear in the length; the maximum length is raised for the run).
The HTML pages default to $RETURNWATCH_CCDI_PAGES/articles (the saved ccdi.gov.cn pages).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from lxml import html as lxml_html

from extract import Document, extract_cases, html_to_text

ROOT = Path(__file__).resolve().parent.parent


def best_of(runs: int, func) -> float:  # type: ignore[no-untyped-def]
    """Best CPU time of this process over several runs: other processes on the machine (a
    test suite, a crawl) then disturb the figures much less than wall-clock time would."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


def text_throughput(repeat: int) -> float:
    docs = []
    for line in (ROOT / "tests" / "data" / "devset.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        docs.append(
            Document(id=d["id"], text=d["text"], published=d["published"], title=d["title"])
        )
    extract_cases(docs[0])  # load lexicons and converters once, as a long run would
    elapsed = best_of(3, lambda: [extract_cases(doc) for _ in range(repeat) for doc in docs])
    return len(docs) * repeat / elapsed


def html_ratio(pages: Path) -> tuple[float, float, int]:
    raws = [p.read_text("utf-8", errors="replace") for p in sorted(pages.glob("*.html"))]

    def full() -> None:
        for raw in raws:
            title, text = html_to_text(raw)
            extract_cases(Document(id="x", text=text, title=title))

    full()
    # the two are timed in turns, so that both meet the machine in the same state (timed one
    # after the other, lxml's best run varied by a quarter between invocations)
    parse = whole = float("inf")
    for _ in range(15):
        parse = min(parse, best_of(1, lambda: [lxml_html.fromstring(raw) for raw in raws]))
        whole = min(whole, best_of(1, full))
    return whole / len(raws) * 1000, parse / len(raws) * 1000, len(raws)


def long_documents(sizes_mb: list[float]) -> None:
    """Extraction time of documents of one announcement repeated to each size (UTF-8 MB)."""
    first = json.loads(
        (ROOT / "tests" / "data" / "devset.jsonl").read_text("utf-8").splitlines()[0]
    )
    unit = first["text"] + "\n"
    extract_cases(Document(id="warm", text=unit, published=first["published"]))
    previous: tuple[float, float] | None = None
    for size in sizes_mb:
        text = unit * max(1, int(size * 1024 * 1024 / len(unit.encode("utf-8"))))
        doc = Document(id=f"{size}MB", text=text, published=first["published"])
        start = time.process_time()
        records = extract_cases(doc, max_chars=len(text))
        seconds = time.process_time() - start
        per_mb = seconds / size
        growth = f", {per_mb / previous[1]:.2f}x the s/MB of {previous[0]:g} MB" if previous else ""
        print(
            f"{size:g} MB ({len(text):,} characters): {seconds:.1f} s, {per_mb:.2f} s/MB, "
            f"{len(records)} records{growth}",
            flush=True,
        )
        previous = (size, per_mb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default_pages = os.environ.get(
        "RETURNWATCH_CCDI_PAGES", str(ROOT.parent / "shared/real-pages/ccdi")
    )
    parser.add_argument("--pages", default=str(Path(default_pages) / "articles"))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument(
        "--long", type=float, nargs="*", metavar="MB", help="long documents only (e.g. 1 5 20)"
    )
    args = parser.parse_args()
    if args.long is not None:
        long_documents(args.long or [1, 5, 20])
        return
    rate = text_throughput(args.repeat)
    print(f"text extraction: {rate:.0f} documents/second (dev set x{args.repeat}, one core)")
    pages = Path(args.pages)
    if pages.is_dir():
        whole, parse, count = html_ratio(pages)
        print(
            f"HTML to cases: {whole:.2f} ms/page; lxml parse {parse:.2f} ms/page; "
            f"ratio {whole / parse:.2f}x over {count} pages"
        )
    else:
        print(f"HTML benchmark skipped: no pages at {pages}")


if __name__ == "__main__":
    main()
