"""The countries of flight: the curated table (``countries.json``), then every other ISO 3166-1
country by pycountry's names."""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from pathlib import Path

from extract.lexicon.reading import LexiconError, _read, _strings


@dataclass(frozen=True)
class Country:
    code: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    adj: tuple[str, ...]
    cities: tuple[str, ...]
    fallback: bool = False  # from pycountry, not curated: matched with more care
    side: tuple[str, ...] = ()  # 美方: the country's authorities as a party


def load_countries(directory: Path | None = None) -> list[Country]:
    import pycountry  # heavy (its ISO databases): only when the lexicon is built

    data = _read("countries.json", directory)
    entries = data.get("countries")
    if not isinstance(entries, dict) or not entries:
        raise LexiconError("countries.json: 'countries' must be a non-empty object")
    countries = []
    for code, entry in entries.items():
        where = f"countries.json.countries.{code}"
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code)):
            raise LexiconError(f"{where}: not an alpha-2 code")
        if pycountry.countries.get(alpha_2=code) is None:
            raise LexiconError(f"{where}: {code} is not an ISO 3166-1 alpha-2 code")
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: expected an object")
        countries.append(
            Country(
                code=code,
                zh=tuple(_strings(entry.get("zh"), f"{where}.zh")),
                en=tuple(_strings(entry.get("en"), f"{where}.en")),
                adj=tuple(
                    _strings(entry.get("adj", []), f"{where}.adj") if entry.get("adj") else []
                ),
                cities=tuple(
                    _strings(entry["cities"], f"{where}.cities") if entry.get("cities") else []
                ),
                side=_sides(entry, where),
            )
        )
    return countries + _fallback_countries(countries)


def _sides(entry: dict[str, object], where: str) -> tuple[str, ...]:
    """The country named as a party (美方): Chinese, ending in 方."""
    sides = _strings(entry["side"], f"{where}.side") if entry.get("side") else []
    for side in sides:
        if not re.fullmatch(r"[\u4e00-\u9fff]+方", side):
            raise LexiconError(f"{where}.side: {side!r} is not a Chinese name ending in 方")
    return tuple(sides)


def _fallback_countries(curated: list[Country]) -> list[Country]:
    """Every other ISO 3166-1 country by pycountry's Chinese and English names (津巴布韦,
    Zimbabwe), so that no country of flight is unknown; the curated table keeps the press's short
    forms and corrects pycountry's mistakes, and it wins wherever both name a country."""
    import pycountry  # heavy (its ISO databases): only when the lexicon is built

    zh_names = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True
    )
    codes = {c.code for c in curated} | {"CN"}
    taken = {alias for c in curated for alias in c.zh + c.en + c.adj + c.cities}
    extra = []
    for entry in pycountry.countries:
        if entry.alpha_2 in codes:
            continue
        zh = zh_names.gettext(entry.name)
        en = [getattr(entry, "common_name", None), entry.name]
        extra.append(
            Country(
                code=entry.alpha_2,
                zh=tuple(
                    n for n in (zh,) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", n) and n not in taken
                ),
                en=tuple(
                    dict.fromkeys(
                        n for n in en if n and re.fullmatch(r"[A-Z][\w .'-]+", n) and n not in taken
                    )
                ),
                adj=(),
                cities=(),
                fallback=True,
            )
        )
    return extra
