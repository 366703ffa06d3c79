"""The English names of places in China: built from the gazetteer, validated on load, and the
one list every English pattern of a return to a place in China reads ({cn_place})."""

from __future__ import annotations

import json
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from extract.api import extract_cases
from extract.document import Document
from extract.lexicon import LexiconError, load_lexicon
from extract.lexicon.build_places_en import NOT_MAINLAND, build, romanised
from extract.lexicon.places_en import english_destinations

LEXICON_DIR = Path(str(resources.files("extract.lexicon")))


def test_the_file_is_what_the_build_script_writes() -> None:
    """An edit to the gazetteer or to the exonyms is followed by a rebuild."""
    shipped = json.loads((LEXICON_DIR / "china_places_en.json").read_text("utf-8"))
    assert shipped == build(LEXICON_DIR)


def test_every_mainland_province_and_prefecture_has_an_english_name() -> None:
    places = json.loads((LEXICON_DIR / "china_places.json").read_text("utf-8"))
    names = json.loads((LEXICON_DIR / "china_places_en.json").read_text("utf-8"))["names"]
    short = {"阿里地区", "阿坝藏族羌族自治州"}  # Ali, Aba: too short to be safe after a verb
    wanted = set(places["provinces"] + places["prefectures"]) - set(NOT_MAINLAND) - short
    assert set(names) == wanted
    assert names["陕西省"] == ["Shaanxi"] and names["乌鲁木齐市"] == ["Urumqi", "Urumchi"]
    assert names["柳州市"] == ["Liuzhou"] and names["泰安市"] == ["Tai'an", "Taian"]


@pytest.mark.parametrize(
    ("short", "names"),
    [("柳州", ["Liuzhou"]), ("西安", ["Xi'an", "Xian"]), ("鄂尔多斯", ["E'erduosi", "Eerduosi"])],
)
def test_romanised_names_mark_a_syllable_opening_on_a_vowel(short: str, names: list[str]) -> None:
    assert romanised(short) == names


def test_the_english_list_holds_no_hong_kong_macao_or_taiwan() -> None:
    words = set(english_destinations())
    assert {"Beijing", "Guangdong", "Inner Mongolia", "Ordos", "Xi'an"} <= words
    assert not {"Xianggang", "Aomen", "Taiwan", "Hong Kong"} & words


def test_a_name_that_is_not_an_english_place_name_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = target / "china_places_en.json"
    data = json.loads(path.read_text("utf-8"))
    data["names"]["柳州市"] = ["柳州"]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(
        LexiconError, match=re.escape("china_places_en.json.names.柳州市: '柳州' is not an English")
    ):
        load_lexicon(target)


def _cases(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(id="t", text=text, published="2019-06-14")
    return [(r.name, r.return_date, r.method) for r in extract_cases(doc)]


@pytest.mark.parametrize(
    "place", ["Guangdong Province", "Ordos", "Inner Mongolia", "Xi'an", "Qiqihar", "Ganzhou"]
)
def test_a_return_escorted_or_landed_in_any_place_in_china_is_a_return(place: str) -> None:
    """A hand list of a few cities once stood here; any province or prefecture is one now."""
    escorted = (
        f"Fugitive Wen Hailong, who fled to Laos in 2015, was escorted back to {place} on Tuesday."
    )
    assert _cases(escorted) == [("Wen Hailong", "2019-06-11", "captured")]
    landed = f"Fugitive Wen Hailong, who fled to Laos in 2015, landed in {place} on Tuesday."
    assert _cases(landed) == [("Wen Hailong", "2019-06-11", "unknown")]


def test_a_flight_to_a_city_of_china_is_no_return_of_itself() -> None:
    # officers and witnesses are flown home too; only "flown back to China" tells a return
    text = (
        "Two investigators, Cheng Bo and Wei Lan, were flown back to Hefei on Sunday after "
        "meeting fugitive Xu Zhimin in Toronto. Xu remains in Canada."
    )
    assert _cases(text) == []


def test_an_escort_to_hong_kong_or_a_foreign_city_is_no_return() -> None:
    for place in ("Hong Kong", "Bangkok", "Vancouver"):
        text = (
            f"Fugitive Wen Hailong, who fled to Laos in 2015, was escorted to {place} on Tuesday."
        )
        assert _cases(text) == []
