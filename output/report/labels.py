"""How codes read in the report: country names, channels with their official terms."""

from __future__ import annotations

from functools import cache

import pycountry

# ISO names that are long or contested read as researchers write them; HK, MO and TW as written
# in the records (extract/case_record.schema.json).
COUNTRY_NAMES = {
    "TW": "Taiwan",
    "HK": "Hong Kong",
    "MO": "Macao",
    "US": "United States",
    "GB": "United Kingdom",
    "KR": "South Korea",
    "RU": "Russia",
    "VN": "Vietnam",
    "LA": "Laos",
}
# The official word behind each channel (shared/domain.md, return channels).
METHOD_TERMS = {
    "persuaded": "劝返",
    "surrendered": "回国投案",
    "extradited": "引渡",
    "deported": "遣返",
    "captured": "缉捕",
    "prosecuted_abroad": "异地追诉",
}


@cache
def country_name(code: str) -> str:
    """'CA' -> 'Canada'; a code pycountry does not know stays as it is."""
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def method_label(method: str) -> str:
    """'persuaded' -> 'persuaded 劝返' (the code alone when no single term stands for it)."""
    term = METHOD_TERMS.get(method)
    return f"{method} {term}" if term else method


def code_label(code: str) -> str:
    """'family_pressure' -> 'family pressure'."""
    return code.replace("_", " ")
