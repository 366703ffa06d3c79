"""Declarative site knowledge: one TOML file per site under ``scrapers/sites/``.

Everything a spider needs to know about a site (where to start, how to page, which CSS selectors
find the title, date, source line and body, which encoding to expect, how politely to crawl)
lives in its config, so a site that changes its layout is fixed by editing one file and no code.
Configs are validated when loaded: a typo names the file and the key instead of surfacing as an
empty crawl hours later.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

STRATEGIES = ("listing", "search", "json", "feed", "urls")
SITES_PACKAGE = "scrapers.sites"


class ConfigError(ValueError):
    """A site config that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Discovery:
    """One way of finding article URLs on a site (a column, a search, a JSON feed...).

    ``strategy`` picks the spider mixin that handles it. Listing-like strategies read ``item``
    blocks and take ``link``/``title``/``date`` inside each; JSON strategies take dotted paths.
    """

    strategy: str
    start_urls: tuple[str, ...] = ()
    url_template: str | None = None
    keywords: tuple[str, ...] = ()
    item: str | None = None
    link: str = "a::attr(href)"
    title: str | None = "a"
    date: str | None = None
    next_page: str | None = None
    page_template: str | None = None
    page_start: int = 1
    total_pages_regex: str | None = None
    page_descending: bool = False
    max_pages: int = 50
    datasource_regex: str | None = None
    items_path: str | None = None
    json_link: str = "url"
    json_title: str = "title"
    json_date: str | None = None
    jsonp: bool = False
    filter_titles: bool = True


@dataclass(frozen=True)
class ArticleRules:
    """Selectors of an article page, each a list tried in order (first non-empty wins).

    ``drop``: elements removed before anything is read (share widgets, player, editor box);
    ``boilerplate``: regular expressions of whole body lines the site's articles never hold
    (removed along with the shared patterns of ``scrapers.parsing.boilerplate``);
    ``min_body_chars``: a body shorter than this on an article URL is checked against the
    generic extractor, and a selector miss when that finds twice as much (default: the crawl
    setting ``RETURNWATCH_MIN_BODY_CHARS``).
    """

    url_patterns: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    title_strip: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    date_regex: str | None = None
    source: tuple[str, ...] = ()
    source_regex: str | None = None
    body: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    date_script_regex: str | None = None
    min_body_chars: int | None = None


@dataclass(frozen=True)
class SiteConfig:
    """A site as the crawl sees it."""

    id: str
    name: str
    language: str
    domains: tuple[str, ...]
    discovery: tuple[Discovery, ...]
    article: ArticleRules
    encoding: str | None = None
    download_delay: float | None = None
    verified: str = "unverified"
    # Which saved real pages of the site the conformance test checks this config against
    # (a folder of ../shared/real-pages); empty: not yet checked against real markup.
    real_pages: str = ""
    notes: str = ""
    path: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def strategies(self) -> tuple[str, ...]:
        seen: list[str] = []
        for d in self.discovery:
            if d.strategy not in seen:
                seen.append(d.strategy)
        return tuple(seen)

    @property
    def start_urls(self) -> tuple[str, ...]:
        urls: list[str] = []
        for d in self.discovery:
            urls.extend(d.start_urls)
            if d.url_template:
                urls.append(d.url_template)
        return tuple(urls)

    def owns(self, url: str) -> bool:
        """True when the URL's host is one of this site's domains (or a subdomain of one)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def canonical(self, url: str) -> str:
        """The URL with this site's scheme: ccdi's search links http:// to pages its columns
        link https://, and one article must be one URL (one document, one seen record)."""
        if not self.owns(url):
            return url
        schemes = [urlsplit(u).scheme for u in self.start_urls if "://" in u]
        scheme = schemes[0] if schemes else "https"
        parts = urlsplit(url)
        return parts._replace(scheme=scheme).geturl() if parts.scheme != scheme else url

    @property
    def checked_on_real_pages(self) -> bool:
        """True when the conformance test checks this config against saved real pages."""
        return bool(self.real_pages)

    def is_article_url(self, url: str) -> bool:
        if not self.article.url_patterns:
            return True
        return any(re.search(p, url) for p in self.article.url_patterns)


_DISCOVERY_KEYS = set(Discovery.__dataclass_fields__)
_ARTICLE_KEYS = set(ArticleRules.__dataclass_fields__)
_TOP_KEYS = {
    "id",
    "name",
    "language",
    "domains",
    "discovery",
    "article",
    "encoding",
    "download_delay",
    "verified",
    "real_pages",
    "notes",
}


def _tuple(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: expected a string or a list of strings, got {value!r}")


def _check_regex(pattern: str | None, where: str) -> None:
    if pattern is None:
        return
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


def _build_discovery(raw: dict[str, Any], where: str) -> Discovery:
    unknown = set(raw) - _DISCOVERY_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    strategy = raw.get("strategy")
    if strategy not in STRATEGIES:
        raise ConfigError(f"{where}.strategy: {strategy!r} is not one of {STRATEGIES}")
    values = dict(raw)
    for key in ("start_urls", "keywords"):
        if key in values:
            values[key] = _tuple(values[key], f"{where}.{key}")
    for key in ("total_pages_regex", "datasource_regex"):
        _check_regex(values.get(key), f"{where}.{key}")
    disc = Discovery(**values)
    if strategy in ("listing", "search") and not disc.item:
        raise ConfigError(f"{where}: strategy {strategy!r} needs an 'item' selector")
    if strategy == "search" and (not disc.url_template or not disc.keywords):
        raise ConfigError(f"{where}: strategy 'search' needs 'url_template' and 'keywords'")
    if strategy == "json" and not disc.items_path:
        raise ConfigError(f"{where}: strategy 'json' needs 'items_path'")
    if strategy not in ("urls",) and not disc.start_urls and not disc.url_template:
        raise ConfigError(f"{where}: needs 'start_urls' or 'url_template'")
    return disc


def _build_article(raw: dict[str, Any], where: str) -> ArticleRules:
    unknown = set(raw) - _ARTICLE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in ("date_regex", "source_regex", "date_script_regex"):
            _check_regex(value, f"{where}.{key}")
            values[key] = value
        elif key == "min_body_chars":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{where}.{key}: expected a non-negative integer")
            values[key] = value
        else:
            values[key] = _tuple(value, f"{where}.{key}")
    for key in ("url_patterns", "boilerplate"):
        for pattern in values.get(key, ()):
            _check_regex(pattern, f"{where}.{key}")
    return ArticleRules(**values)


def parse_config(data: dict[str, Any], path: str) -> SiteConfig:
    """Validate one parsed TOML document and build its ``SiteConfig``."""
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}")
    for key in ("id", "name", "language", "domains"):
        if key not in data:
            raise ConfigError(f"{path}: missing key {key!r}")
    site_id = data["id"]
    if not re.fullmatch(r"[a-z][a-z0-9_]*", str(site_id)):
        raise ConfigError(f"{path}: id {site_id!r} must be lower-case letters, digits, _")
    if data["language"] not in ("zh", "en", "other"):
        raise ConfigError(f"{path}: language must be zh, en or other")
    delay = data.get("download_delay")
    if delay is not None and (not isinstance(delay, int | float) or delay < 0):
        raise ConfigError(f"{path}: download_delay must be a non-negative number")
    for key in ("verified", "real_pages", "notes"):
        if not isinstance(data.get(key, ""), str):
            raise ConfigError(f"{path}: {key} must be a string")
    discovery = tuple(
        _build_discovery(d, f"{path}: discovery[{i}]")
        for i, d in enumerate(data.get("discovery", []))
    )
    return SiteConfig(
        id=site_id,
        name=data["name"],
        language=data["language"],
        domains=tuple(d.lower() for d in _tuple(data["domains"], f"{path}: domains")),
        discovery=discovery,
        article=_build_article(data.get("article", {}), f"{path}: article"),
        encoding=data.get("encoding"),
        download_delay=float(delay) if delay is not None else None,
        verified=data.get("verified", "unverified"),
        real_pages=data.get("real_pages", ""),
        notes=data.get("notes", ""),
        path=path,
    )


def load_config_file(path: str | Path | Traversable) -> SiteConfig:
    """Read and validate one site config file (a path, or a packaged resource)."""
    p = Path(path) if isinstance(path, str) else path
    stem = p.name.rsplit(".", 1)[0]
    try:
        data = tomllib.loads(p.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: {exc}") from exc
    config = parse_config(data, str(p))
    if config.id != stem:
        raise ConfigError(f"{p}: id {config.id!r} differs from the file name {stem!r}")
    return config


def sites_dir() -> Traversable:
    """The shipped configs, read through importlib.resources so that they are found inside a
    zipped egg too (scrapyd deploys one)."""
    return resources.files(SITES_PACKAGE)


@cache
def load_sites(directory: str | None = None) -> dict[str, SiteConfig]:
    """All site configs, keyed by site id, in file-name order."""
    folder: Path | Traversable = Path(directory) if directory else sites_dir()
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    configs = [load_config_file(f) for f in files]
    return {c.id: c for c in configs}


def site_for_url(url: str, sites: dict[str, SiteConfig]) -> SiteConfig | None:
    """The configured site whose domains hold the URL (longest domain wins)."""
    best: tuple[int, SiteConfig] | None = None
    host = (urlsplit(url).hostname or "").lower()
    for config in sites.values():
        for d in config.domains:
            if (host == d or host.endswith("." + d)) and (best is None or len(d) > best[0]):
                best = (len(d), config)
    return best[1] if best else None
