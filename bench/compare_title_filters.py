"""Pages the listing title filter skips and the cases it loses: the old rule beside the new.

Run ``python bench/compare_title_filters.py`` (``make bench-titles``; RETURNWATCH_REAL_PAGES
adds the saved real pages). The old rule fetched only a title naming a return
(``extract.is_relevant``); the new one (``scrapers.parsing.titles``) skips only a plainly
irrelevant title. A case is lost when the extraction finds it in a skipped page's text.

- real pages: every saved page, its listed title (ccdi's index.tsv, else the parsed title);
- labelled articles: tests/data/*.jsonl, with the labelled cases of the skipped articles;
- sample mirror: a crawl of samples/mirror with the filter off, recording every listing entry
  the filter would judge; the cases lost are the crawl's case records from those entries.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract import extract_cases, is_relevant  # noqa: E402
from extract.document import Document  # noqa: E402
from scrapers.config import load_sites  # noqa: E402
from scrapers.parsing.titles import title_worth_fetching  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
Rule = Callable[[str | None], bool]  # True: the entry is fetched


def old_rule(title: str | None) -> bool:
    return not title or is_relevant(title, None)


RULES: dict[str, Rule] = {"old": old_rule, "new": title_worth_fetching}


def tally(entries: Iterable[tuple[str | None, int]]) -> dict[str, Any]:
    """(title, cases in its page) -> pages skipped and cases lost under each rule."""
    rows = list(entries)
    out: dict[str, Any] = {"pages": len(rows), "cases": sum(c for _, c in rows)}
    for name, fetched in RULES.items():
        skipped = [(t, c) for t, c in rows if not fetched(t)]
        out[name] = {"skipped": len(skipped), "cases_lost": sum(c for _, c in skipped)}
        out[name]["lost_in"] = [t for t, c in skipped if c]
    return out


def _cases(text: str, title: str | None, url: str) -> int:
    return len(extract_cases(Document(id=url, text=text, url=url, title=title)))


def real_pages(folder: Path) -> Iterable[tuple[str | None, int]]:
    from scrapers.parsing.encoding import choose_encoding, declared_charset
    from scrapers.parsing.page import parse_page

    sites = load_sites()
    listed: dict[str, str] = {}
    index = folder / "ccdi" / "index.tsv"
    if index.is_file():
        with open(index, encoding="utf-8") as handle:
            listed = {r["file"]: r["title"] for r in csv.DictReader(handle, delimiter="\t")}
    expected: dict[str, str] = {}
    for path in folder.rglob("expected.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            expected[row["file"]] = row["url"]
    for path in sorted(folder.rglob("*.html")):
        url = expected.get(path.name) or f"https://www.ccdi.gov.cn/yaowenn/202401/{path.name}"
        raw = path.read_bytes()
        html = raw.decode(choose_encoding(raw, declared_charset(raw, None)), "replace")
        article = parse_page(html, url, sites).article
        title = listed.get(path.name) or article.title
        yield title, _cases(article.text or "", title, url)


def labelled() -> Iterable[tuple[str | None, int]]:
    for path in sorted((REPO / "tests" / "data").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            yield row["title"], len(row["cases"])


def mirror_entries() -> Iterable[tuple[str | None, int]]:
    """Crawl the sample mirror with every entry fetched; each judged entry with its cases."""
    from pipelines.cli.demo import SAMPLE_MIRROR, SAMPLE_URLS
    from pipelines.crawl import crawl
    from scrapers.loader import crawlable
    from scrapers.mirror_server import MirrorServer
    from scrapers.spiders.base import SiteSpider

    judged: dict[str, str | None] = {}

    def record(self: SiteSpider, entry: Any, discovery: Any) -> bool:
        if self.filter_titles and discovery.filter_titles:
            judged[self.canonical(entry.url)] = entry.title
        return True

    SiteSpider.title_passes = record  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp, MirrorServer(SAMPLE_MIRROR) as server:
        output = Path(tmp) / "cases.jsonl"
        crawl(
            crawlable(load_sites()),
            mirror=server.url,
            db=str(Path(tmp) / "db.sqlite"),
            output=str(output),
            urls=str(SAMPLE_URLS),
            full=True,
            quiet=True,
        )
        records = [json.loads(x) for x in output.read_text("utf-8").splitlines()]
    for url, title in judged.items():
        yield title, sum(1 for r in records if r["source_url"] == url)


def main() -> None:
    results: dict[str, Any] = {}
    folder = os.environ.get("RETURNWATCH_REAL_PAGES")
    if folder:
        results["real pages"] = tally(real_pages(Path(folder)))
    results["labelled articles"] = tally(labelled())
    results["sample mirror"] = tally(mirror_entries())
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
