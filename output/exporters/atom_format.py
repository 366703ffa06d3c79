"""Atom feed of cases (feedgen): the new or changed cases, most recently changed first, so that
a researcher can follow, say, accepted cases from Canada in a feed reader.

The review app serves it at ``/feed.atom`` and ``returnwatch export --format atom`` writes it;
both give the same feed for the same filters: the feed id is the feed's URL with its filters
in a fixed order, each entry's id (``urn:returnwatch:case:<case id>``) never changes with the
server's address, and an entry's ``updated`` is the case's last change in the store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

import pycountry
from feedgen.feed import FeedGenerator
from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"

# The queue's filters a feed URL may carry, in the order its id and links name them.
FEED_PARAMS = ("status", "site", "year", "country", "method", "q")
FEED_LIMIT = 100
MAX_FEED_LIMIT = 1000
# Where `returnwatch review` serves by default: the case links of an exported feed point there
# unless --base-url names the published server.
DEFAULT_BASE_URL = "http://127.0.0.1:8765"


def canonical_params(params: dict[str, Any]) -> dict[str, str]:
    """The non-empty filters in ``FEED_PARAMS`` order, country codes upper-case."""
    out = {}
    for key in FEED_PARAMS:
        value = params.get(key)
        if value is not None and str(value) != "":
            out[key] = str(value).upper() if key == "country" else str(value)
    return out


def _url(base_url: str, path: str, params: dict[str, str]) -> str:
    return base_url.rstrip("/") + path + ("?" + urlencode(params) if params else "")


def entry_id(case_id: str) -> str:
    return f"urn:returnwatch:case:{case_id}"


def _time(value: str | None, default: datetime) -> datetime:
    """A store timestamp (ISO 8601, UTC) as an aware datetime; ``default`` when absent."""
    if not value:
        return default
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return f"{country.name} ({code})" if country is not None else code


def entry_title(case: dict[str, Any]) -> str:
    name = case["name"] + (f" {case['name_pinyin']}" if case.get("name_pinyin") else "")
    facts = [case.get("method") or "unknown channel", case.get("return_date") or "undated"]
    if case["countries"]:
        facts.append("from " + ", ".join(case["countries"]))
    return f"{name}: {', '.join(facts)}"


def _source_item(source: dict[str, Any]) -> str:
    label = escape(source.get("title") or source["url"])
    where = ", ".join(x for x in (source.get("site"), (source.get("published") or "")[:10]) if x)
    suffix = f" ({escape(where)})" if where else ""
    return f'<li><a href="{escape(source["url"])}">{label}</a>{suffix}</li>'


def entry_html(case: dict[str, Any], case_url: str) -> str:
    """The entry's content: who, when, from where, how, and links to the case and sources."""
    countries = ", ".join(country_name(c) for c in case["countries"]) or "not stated"
    pinyin = f" ({escape(case['name_pinyin'])})" if case.get("name_pinyin") else ""
    rows = [
        ("Status", case["status"]),
        ("Return date", case.get("return_date") or "not stated"),
        ("Fled to", countries),
        ("Channel", case.get("method") or "unknown"),
    ]
    items = "".join(f"<li>{label}: {escape(str(value))}</li>" for label, value in rows)
    sources = "".join(_source_item(s) for s in case["sources"]) or "<li>none active</li>"
    return (
        f'<p><strong lang="zh">{escape(case["name"])}</strong>{pinyin}</p><ul>{items}</ul>'
        f'<p><a href="{escape(case_url)}">Case page</a></p>'
        f"<p>Sources ({len(case['sources'])}):</p><ul>{sources}</ul>"
    )


def _add_entry(fg: FeedGenerator, case: dict[str, Any], base_url: str, now: datetime) -> None:
    case_url = base_url.rstrip("/") + "/case/" + quote(case["id"], safe="")
    entry = fg.add_entry(order="append")
    entry.id(entry_id(case["id"]))
    entry.title(entry_title(case))
    entry.updated(_time(case.get("updated_at"), now))
    entry.published(_time(case.get("created_at"), now))
    entry.link(href=case_url, rel="alternate", type="text/html")
    entry.category(term=case["status"], label=f"status: {case['status']}")
    if case.get("method"):
        entry.category(term=case["method"], label=f"channel: {case['method']}")
    entry.content(entry_html(case, case_url), type="html")


def feed_title(params: dict[str, str]) -> str:
    named = ", ".join(f"{k} {v}" for k, v in params.items())
    return "returnwatch: new and changed cases" + (f" ({named})" if named else "")


def render(
    cases: list[dict[str, Any]], *, base_url: str, params: dict[str, Any], generated_at: str
) -> bytes:
    """The Atom document of ``cases`` (as ``Store.recent_cases`` gives them, most recently
    changed first) for the filters ``params``, linking to the review server at ``base_url``."""
    query = canonical_params(params)
    now = _time(generated_at, datetime.now(UTC))
    feed_url = _url(base_url, "/feed.atom", query)
    fg = FeedGenerator()
    fg.id(feed_url)
    fg.title(feed_title(query))
    fg.subtitle("Returns of fugitives to China (Sky Net, Fox Hunt) held in a returnwatch store")
    fg.author({"name": "returnwatch"})
    fg.link(href=feed_url, rel="self", type="application/atom+xml")
    fg.link(href=_url(base_url, "/", query), rel="alternate", type="text/html")
    fg.generator("returnwatch")
    fg.language("en")
    changed = [_time(c.get("updated_at"), now) for c in cases]
    fg.updated(max(changed) if changed else now)
    for case in cases:
        _add_entry(fg, case, base_url, now)
    return _with_source_links(fg.atom_str(), cases)


def _with_source_links(data: bytes, cases: list[dict[str, Any]]) -> bytes:
    """Each entry's links to its sources (rel="related"), added after the case page's link.
    feedgen 1.0 writes an entry's links without their rel, type and title (a name clash in
    ``FeedEntry.atom_entry``), and a link without rel is an alternate: only one per entry is
    allowed, so the case page is the one feedgen writes and the sources are added here."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    for element, case in zip(root.iterfind(f"{{{ATOM}}}entry"), cases, strict=True):
        anchor = element.find(f"{{{ATOM}}}link")
        anchor.set("rel", "alternate")
        anchor.set("type", "text/html")
        for source in reversed(case["sources"]):
            link = etree.Element(f"{{{ATOM}}}link", href=source["url"], rel="related")
            link.set("title", source.get("title") or source["url"])
            anchor.addnext(link)
    etree.indent(root, space="  ")
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return out + b"\n"
