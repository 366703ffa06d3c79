"""Conformance of the site configs on every real page we hold (../shared/real-pages).

The pages are read from ``RETURNWATCH_REAL_PAGES`` (the real-pages folder; ``make test`` and
``.ci/run`` set it when ../shared/real-pages exists), never copied into the repository. Each
sub-folder describes its pages: ``expected.jsonl`` (one line per page: ``file``, ``url``,
``site``, ``title_contains``, ``published``, and optionally ``body_starts``,
``body_contains``, ``body_lacks``, ``source``; body snippets without whitespace) or, for the
ccdi folder, ``index.tsv`` (title, visible 发布时间 and 来源 per page). Every page goes through
``parse_page`` as the crawl would parse it, and must be parsed by its site's own selectors: a
page that needs the generic fallback fails here, since a fallback hides a config to fix.
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from scrapers.config import load_sites
from scrapers.parsing.boilerplate import is_boilerplate
from scrapers.parsing.encoding import choose_encoding, declared_charset
from scrapers.parsing.page import PageParse, body_length, parse_page

ENV = "RETURNWATCH_REAL_PAGES"
ROOT = os.environ.get(ENV)
pytestmark = pytest.mark.skipif(
    not ROOT, reason=f"{ENV} not set (make test and .ci/run set it to ../shared/real-pages)"
)
CCDI_MIN_BODY = 300


@dataclass(frozen=True)
class Expected:
    """What one real page must parse into (see the module docstring)."""

    path: Path
    url: str
    site: str
    title_contains: str
    published: str
    published_text: str | None = None
    source: str | None = None
    body_starts: str | None = None
    body_contains: tuple[str, ...] = ()
    body_lacks: tuple[str, ...] = ()
    min_body: int = 0
    title_equals: str | None = None

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"


def _from_jsonl(folder: Path) -> list[Expected]:
    pages = []
    for line in (folder / "expected.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        pages.append(
            Expected(
                path=folder / row["file"],
                url=row["url"],
                site=row["site"],
                title_contains=row["title_contains"],
                published=row["published"],
                source=row.get("source"),
                body_starts=row.get("body_starts"),
                body_contains=tuple(row.get("body_contains", ())),
                body_lacks=tuple(row.get("body_lacks", ())),
            )
        )
    return pages


def _from_ccdi_index(folder: Path) -> list[Expected]:
    """index.tsv of the ccdi folder: the page's title, visible 发布时间 and 来源."""
    with open(folder / "index.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    pages = []
    for row in rows:
        name = row["file"]
        stamp = re.search(r"t(\d{8})_", name).group(1)  # type: ignore[union-attr]
        shown = row["daty_发布时间"]
        title = " ".join(row["title"].replace("\u200b", "").split())
        pages.append(
            Expected(
                path=folder / "articles" / name,
                url=row["url_if_known"] or f"https://www.ccdi.gov.cn/yaowenn/{name[1:7]}/{name}",
                site="ccdi",
                title_contains=title,
                title_equals=title,
                # magazine pages print no date: the URL's tYYYYMMDD is used and named
                published=shown.replace(" ", "T")
                if shown
                else f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}",
                published_text=shown or stamp,
                source=row["daty_来源"] or None,
                body_lacks=("微信扫一扫", "createPageHTML", "分享<"),
                min_body=CCDI_MIN_BODY,
            )
        )
    return pages


def folders() -> list[Path]:
    return sorted(p for p in Path(ROOT).iterdir() if p.is_dir()) if ROOT else []


def expectations() -> list[Expected]:
    pages: list[Expected] = []
    for folder in folders():
        if (folder / "expected.jsonl").is_file():
            pages += _from_jsonl(folder)
        elif (folder / "index.tsv").is_file():
            pages += _from_ccdi_index(folder)
    return pages


def parsed(page: Expected) -> PageParse:
    """The page as the crawl would parse it: decoded by the crawl's rule, its site's config."""
    sites = load_sites()
    raw = page.path.read_bytes()
    encoding = choose_encoding(raw, declared_charset(raw, None), sites[page.site].encoding)
    return parse_page(raw.decode(encoding), page.url, sites)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def problems(page: Expected, result: PageParse) -> list[str]:
    """Every way the parse differs from what the page shows (empty: it conforms)."""
    article = result.article
    found: list[str] = []
    if result.site != page.site or not result.is_article:
        found.append(f"config {result.site}, article URL {result.is_article}")
    if result.selector_miss or article.fallback:
        found.append(f"selector miss: {result.selector_miss}; fallback {article.fallback}")
    if page.title_contains not in (article.title or ""):
        found.append(f"title {article.title!r}")
    if page.title_equals is not None and article.title != page.title_equals:
        found.append(f"title {article.title!r} is not {page.title_equals!r}")
    if not (article.published or "").startswith(page.published):
        found.append(f"published {article.published!r} ({article.published_text!r})")
    if page.published_text is not None and article.published_text != page.published_text:
        found.append(f"published_text {article.published_text!r}")
    if page.source is not None and article.source_line != page.source:
        found.append(f"source {article.source_line!r}")
    found += _body_problems(page, article.text)
    return found


def _body_problems(page: Expected, text: str) -> list[str]:
    body = _squeezed(text)
    found = []
    if not body or body_length(text) < page.min_body:
        found.append(f"body of {body_length(text)} characters")
    if page.body_starts and not body.startswith(page.body_starts):
        found.append(f"body starts {body[:40]!r}")
    found += [f"body lacks {s!r}" for s in page.body_contains if s not in body]
    found += [f"body holds {s!r}" for s in page.body_lacks if s in body]
    found += [f"boilerplate line {line!r}" for line in text.splitlines() if is_boilerplate(line)]
    if "\u3000\u3000" in text:
        found.append("full-width paragraph indent left in the body")
    return found


PAGES = expectations()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.id)
def test_real_page_parsed_by_its_site_config_as_the_page_shows_it(page: Expected) -> None:
    assert problems(page, parsed(page)) == []


def test_every_folder_of_real_pages_describes_its_pages() -> None:
    for folder in folders():
        described = (folder / "expected.jsonl").is_file() or (folder / "index.tsv").is_file()
        assert described, f"{folder}: no expected.jsonl"
        files = {p.name for p in folder.rglob("*.html")} - {"search_results.html"}
        listed = {p.path.name for p in PAGES if folder in p.path.parents}
        assert files == listed, f"{folder}: pages without expected values: {files - listed}"


def test_the_conformance_set_holds_the_hundred_ccdi_pages_and_the_ten_others() -> None:
    by_site: dict[str, int] = {}
    for page in PAGES:
        by_site[page.site] = by_site.get(page.site, 0) + 1
    assert by_site["ccdi"] == 100
    assert sum(by_site.values()) >= 110


def test_sites_with_real_pages_say_so_and_only_they() -> None:
    """``real_pages`` in a site config (shown by ``returnwatch sites``) is set exactly for the
    sites the conformance set checks."""
    checked = {site.id for site in load_sites().values() if site.checked_on_real_pages}
    assert checked == {page.site for page in PAGES}
