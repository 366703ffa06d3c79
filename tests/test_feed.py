"""The Atom feeds of cases: `returnwatch export --format atom` and the review app's /feed.atom,
parsed back as Atom (namespace, required elements), newest change first, filtered like the
queue, with a stable entry id per case and the case's last change as ``updated``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import update
from store_samples import (
    ANON_A_URL,
    ANON_C_URL,
    CCDI_URL,
    CHINADAILY_URL,
    HOSTILE_URL,
    LIU_URL,
    PROVINCE_URL,
    case_of,
    fill,
    run_cli,
)

from output.review import create_app
from output.store import open_store, schema

pytest_plugins = ["store_fixtures"]  # store_db: a SQLite file, then a PostgreSQL schema

A = "{http://www.w3.org/2005/Atom}"
# The last change of each sample case, set by hand so the order is known.
CHANGED = {
    CCDI_URL: "2024-03-20T08:00:00+00:00",
    LIU_URL: "2023-11-07T09:30:00+00:00",
    ANON_A_URL: "2022-06-12T10:00:00+00:00",
    ANON_C_URL: "2022-06-11T10:00:00+00:00",
    HOSTILE_URL: "2024-05-03T07:15:00+00:00",
}


@pytest.fixture()
def db(store_db: Path) -> Path:
    with open_store(store_db) as store:
        fill(store)
        with store.engine.begin() as conn:
            for url, changed in CHANGED.items():
                case_id = case_of(store, url)["id"]
                conn.execute(
                    update(schema.cases)
                    .where(schema.cases.c.id == case_id)
                    .values(updated_at=changed)
                )
    return store_db


def ids(db: Path) -> dict[str, str]:
    with open_store(db) as store:
        return {url: str(case_of(store, url)["id"]) for url in CHANGED}


def parse_atom(data: bytes) -> etree._Element:
    """The feed element, after checking what RFC 4287 requires of a feed and of each entry."""
    feed = etree.fromstring(data)
    assert feed.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(f"{A}{tag}") is not None, tag
    assert feed.find(f"{A}link[@rel='self']").get("type") == "application/atom+xml"
    for entry in feed.iterfind(f"{A}entry"):
        for tag in ("id", "title", "updated", "content"):
            assert len(entry.findall(f"{A}{tag}")) == 1, tag
        assert entry.findtext(f"{A}title").strip()
        alternates = [
            link
            for link in entry.iterfind(f"{A}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        assert len(alternates) == 1  # at most one alternate per type and language
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", entry.findtext(f"{A}updated"))
    return feed


def entries(feed: etree._Element) -> list[etree._Element]:
    return list(feed.iterfind(f"{A}entry"))


def export_atom(db: Path, tmp_path: Path, *options: str) -> etree._Element:
    out = tmp_path / "cases.atom"
    assert (
        run_cli(["export", "--db", str(db), "--format", "atom", "--output", str(out), *options])
        == 0
    )
    return parse_atom(out.read_bytes())


def test_exported_feed_lists_every_case_newest_change_first(db: Path, tmp_path: Path) -> None:
    feed = export_atom(db, tmp_path, "--status", "all")
    case = ids(db)
    assert feed.findtext(f"{A}id") == "http://127.0.0.1:8765/feed.atom"
    assert feed.findtext(f"{A}title") == "returnwatch: new and changed cases"
    assert feed.findtext(f"{A}updated") == "2024-05-03T07:15:00+00:00"
    order = [HOSTILE_URL, CCDI_URL, LIU_URL, ANON_A_URL, ANON_C_URL]
    assert [e.findtext(f"{A}id") for e in entries(feed)] == [
        f"urn:returnwatch:case:{case[url]}" for url in order
    ]
    assert [e.findtext(f"{A}updated") for e in entries(feed)] == [CHANGED[u] for u in order]
    chen = entries(feed)[1]
    assert chen.findtext(f"{A}title") == "陈立文 Chen Liwen: surrendered, 2024-03-12, from CA"
    links = [(link.get("rel"), link.get("href")) for link in chen.iterfind(f"{A}link")]
    assert links == [
        ("alternate", f"http://127.0.0.1:8765/case/{case[CCDI_URL]}"),
        ("related", CCDI_URL),
        ("related", PROVINCE_URL),
        ("related", CHINADAILY_URL),
    ]
    content = chen.find(f"{A}content")
    assert content.get("type") == "html"
    html = content.text
    for part in (
        '<strong lang="zh">陈立文</strong> (Chen Liwen)',
        "<li>Return date: 2024-03-12</li>",
        "<li>Fled to: Canada (CA)</li>",
        "<li>Channel: surrendered</li>",
        f'<a href="http://127.0.0.1:8765/case/{case[CCDI_URL]}">Case page</a>',
        f'<a href="{CHINADAILY_URL}">Fugitive official returns from Canada</a> (chinadaily, 2024-03-20)',
    ):
        assert part in html
    # Scraped markup in a title stays text inside the entry's HTML.
    hostile = entries(feed)[0].find(f"{A}content").text
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in hostile
    assert "<script>" not in hostile


def test_export_filters_by_status_country_and_method(db: Path, tmp_path: Path) -> None:
    case = ids(db)
    assert entries(export_atom(db, tmp_path)) == []  # default --status accepted: none yet
    by_country = export_atom(db, tmp_path, "--status", "all", "--country", "us")
    assert by_country.findtext(f"{A}id") == "http://127.0.0.1:8765/feed.atom?country=US"
    assert [e.findtext(f"{A}id") for e in entries(by_country)] == [
        f"urn:returnwatch:case:{case[LIU_URL]}"
    ]
    by_method = export_atom(db, tmp_path, "--status", "all", "--method", "deported")
    assert [e.findtext(f"{A}id") for e in entries(by_method)] == [
        f"urn:returnwatch:case:{case[LIU_URL]}",
        f"urn:returnwatch:case:{case[ANON_A_URL]}",
    ]
    with open_store(db) as store:
        store.accept(case[ANON_C_URL], "Ana")
    accepted = export_atom(db, tmp_path, "--limit", "5", "--base-url", "https://rw.example.org/")
    (entry,) = entries(accepted)
    # Accepting is a change: the entry's updated is now, after every hand-set time.
    assert entry.findtext(f"{A}updated") > CHANGED[HOSTILE_URL]
    assert accepted.findtext(f"{A}updated") == entry.findtext(f"{A}updated")
    assert entry.findtext(f"{A}id") == f"urn:returnwatch:case:{case[ANON_C_URL]}"
    assert entry.find(f"{A}link").get("href") == f"https://rw.example.org/case/{case[ANON_C_URL]}"
    assert accepted.findtext(f"{A}id") == "https://rw.example.org/feed.atom?status=accepted"
    limited = export_atom(db, tmp_path, "--status", "all", "--limit", "2")
    assert len(entries(limited)) == 2


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--format", "csv", "--country", "CA"], "apply to --format atom"),
        (["--format", "atom", "--country", "CAN"], "country must be a two-letter code"),
        (["--format", "atom", "--limit", "0"], "the feed limit must be from 1 to 1000"),
        (["--format", "atom", "--base-url", "ftp://x"], "base URL must be an http(s) URL"),
    ],
)
def test_bad_feed_options_are_one_line_errors(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    out = tmp_path / "out"
    assert run_cli(["export", "--db", str(db), "--output", str(out), *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith("returnwatch export: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_review_app_serves_the_feed_with_the_queue_filters(db: Path, tmp_path: Path) -> None:
    client = create_app(db).test_client()
    case = ids(db)
    response = client.get("/feed.atom?country=US&status=pending")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = parse_atom(response.data)
    assert feed.findtext(f"{A}id") == "http://localhost/feed.atom?status=pending&country=US"
    (entry,) = entries(feed)
    assert entry.findtext(f"{A}id") == f"urn:returnwatch:case:{case[LIU_URL]}"
    assert entry.find(f"{A}link").get("href") == f"http://localhost/case/{case[LIU_URL]}"
    # The same case has the same entry id in the exported feed.
    exported = export_atom(db, tmp_path, "--status", "all", "--country", "US")
    assert entries(exported)[0].findtext(f"{A}id") == entry.findtext(f"{A}id")
    everything = parse_atom(client.get("/feed.atom?limit=3").data)
    assert [e.findtext(f"{A}updated") for e in entries(everything)] == [
        CHANGED[HOSTILE_URL],
        CHANGED[CCDI_URL],
        CHANGED[LIU_URL],
    ]
    assert client.get("/feed.atom?limit=0").status_code == 400
    assert client.get("/feed.atom?limit=5000").status_code == 400
    assert entries(parse_atom(client.get("/feed.atom?method=captured").data)) == []


def test_queue_page_announces_its_feed(db: Path) -> None:
    client = create_app(db).test_client()
    page = client.get("/?country=us&method=deported&page=1").get_data(as_text=True)
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="returnwatch: new and changed cases (these filters)" '
        'href="/feed.atom?country=US&amp;method=deported">' in page
    )
    assert 'href="/feed.atom?country=US&amp;method=deported" class="feed"' in page
    assert '<link rel="alternate" type="application/atom+xml"' in client.get("/").get_data(
        as_text=True
    )
