"""Rebuild ``china_places_en.json``: the English names of China's provinces and prefecture-level
divisions, for the English patterns of a return to a place in China ("escorted back to Hefei",
"landed in Ordos", "was put on a flight to Hubei Province").

The names are the pinyin of each division's short form (湖北省 -> Hubei, 柳州市 -> Liuzhou), with the
apostrophe variant where a syllable opens on a vowel (西安 -> Xi'an and Xian), except where the
file's ``exonyms`` give the names the English press uses (乌鲁木齐 -> Urumqi, 陕西 -> Shaanxi) or a
reading pypinyin gets wrong (漯河 -> Luohe). Names shorter than four letters are left out: after a
verb they would be words or initials (阿里 Ali). Hong Kong, Macao and Taiwan are no destination
of a return to the mainland. Run ``python -m extract.lexicon.build_places_en`` after a change
to ``china_places.json`` or to the exonyms; ``tests/test_places_en.py`` checks that the file is
what this script writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extract.lexicon import short_place_name

HERE = Path(__file__).parent
OUT = HERE / "china_places_en.json"
DOC = (
    "English names of China's provinces and prefecture-level divisions (Hong Kong, Macao and "
    "Taiwan left out), keyed by their full Chinese names in china_places.json: built by "
    "build_places_en.py from the pinyin of the short forms, where `exonyms` (edited by hand) "
    "give the names the English press uses instead or correct a reading. Used by the English "
    "trigger patterns' {cn_place} (a return to a place in China)."
)
NOT_MAINLAND = ("香港特别行政区", "澳门特别行政区", "台湾省")
MIN_LETTERS = 4


def romanised(short: str) -> list[str]:
    """The pinyin of a place name as one word, and with the apostrophe before a syllable that
    opens on a vowel (Xi'an) when it has one."""
    from pypinyin import lazy_pinyin  # heavy; the build needs it, extraction does not

    syllables = [s.capitalize() if i == 0 else s for i, s in enumerate(lazy_pinyin(short))]
    plain = "".join(syllables)
    marked = syllables[0] + "".join(f"'{s}" if s[0] in "aeo" else s for s in syllables[1:])
    return [plain] if marked == plain else [marked, plain]


def english_names(data: dict[str, Any], exonyms: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each province and prefecture of ``data`` (china_places.json) by its English names."""
    names: dict[str, list[str]] = {}
    for full in data["provinces"] + data["prefectures"]:
        if full in NOT_MAINLAND:
            continue
        words = exonyms.get(full) or romanised(short_place_name(full))
        kept = [w for w in words if len(w.replace("'", "")) >= MIN_LETTERS]
        if kept:
            names[full] = kept
    return names


def build(here: Path = HERE) -> dict[str, Any]:
    """The file's content from china_places.json and the exonyms already in the file."""
    places = json.loads((here / "china_places.json").read_text(encoding="utf-8"))
    current = json.loads((here / OUT.name).read_text(encoding="utf-8"))
    exonyms = current.get("exonyms", {})
    return {"_doc": DOC, "exonyms": exonyms, "names": english_names(places, exonyms)}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(data['names'])} divisions")


if __name__ == "__main__":
    main()
