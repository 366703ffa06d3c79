"""The lexicon files are well-formed, and a broken one fails loudly, naming the file."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from extract.lexicon import LexiconError, default_lexicon, load_lexicon
from extract.lexicon.reading import uncased_capitals
from extract.record import COERCIONS, CRIMES
from extract.words import word_tags

LEXICON_DIR = Path(str(resources.files("extract.lexicon")))


def test_shipped_lexicons_load_and_cover_the_enums() -> None:
    lex = load_lexicon()
    assert set(lex.crimes_zh) == set(CRIMES)
    assert set(lex.coercion_zh) == set(COERCIONS)
    codes = {c.code for c in lex.countries}
    assert {"US", "CA", "KH", "HK", "MO", "TW", "NZ", "LA"} <= codes
    assert lex.surnames.single["单"] == "shan" and lex.surnames.single["曾"] == "zeng"
    assert lex.surnames.compound["欧阳"] == "ouyang"


def test_country_aliases_are_unique_across_countries() -> None:
    seen: dict[str, str] = {}
    for country in load_lexicon().countries:
        for alias in country.zh + country.en:
            assert seen.setdefault(alias, country.code) == country.code, alias


def _broken_copy(tmp_path: Path, name: str, edit) -> Path:  # type: ignore[no-untyped-def]
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    data = json.loads((target / name).read_text("utf-8"))
    edit(data)
    (target / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return target


def test_unknown_method_category_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "triggers.json", lambda d: d["zh"].update({"kidnapped": ["绑架"]})
    )
    with pytest.raises(LexiconError, match=r"triggers\.json\.zh: unknown category 'kidnapped'"):
        load_lexicon(directory)


def test_bad_country_code_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path,
        "countries.json",
        lambda d: d["countries"].update({"XQ": {"zh": ["某国"], "en": ["Q"]}}),
    )
    with pytest.raises(LexiconError, match=r"countries\.json\.countries\.XQ: XQ is not an ISO"):
        load_lexicon(directory)


def test_uncompilable_pattern_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(tmp_path, "crimes.json", lambda d: d["zh"]["fraud"].append("诈骗("))
    with pytest.raises(LexiconError, match=r"crimes\.json\.zh\.fraud: bad pattern"):
        load_lexicon(directory)


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    directory = _broken_copy(tmp_path, "names.json", lambda d: None)
    (directory / "names.json").write_text("{not json", "utf-8")
    with pytest.raises(LexiconError, match=r"names\.json: cannot read lexicon"):
        load_lexicon(directory)


def test_trigger_without_anchor_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "triggers.json", lambda d: d["en"]["deported"].append("kicked out")
    )
    with pytest.raises(
        LexiconError, match=r"triggers\.json\.en\.deported: 'kicked out' contains no anchor"
    ):
        load_lexicon(directory)


def test_non_ascii_english_anchor_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "triggers.json", lambda d: d["anchors"]["en"].append("rückkehr")
    )
    with pytest.raises(LexiconError, match=r"triggers\.json\.anchors\.en: 'rückkehr' is not ASCII"):
        load_lexicon(directory)


@pytest.mark.parametrize(
    ("name", "edit", "where"),
    [
        ("triggers.json", lambda d: d["en"]["unknown"].append("handed to [A-Z]"), "en.unknown"),
        ("triggers.json", lambda d: d["irrealis"]["en"].append("may be [^A-Z]"), "irrealis.en"),
        ("coercion.json", lambda d: d["en"]["overseas_contact"].append("met in [A-Z]"), "en"),
        ("crimes.json", lambda d: d["en"]["other"].append("(?:a|[A-Z]) crime"), "en.other"),
    ],
)
def test_an_english_pattern_asking_for_a_capital_where_case_is_ignored_is_refused(
    tmp_path: Path, name: str, edit: Callable[[dict[str, Any]], None], where: str
) -> None:
    directory = _broken_copy(tmp_path, name, edit)
    stem = name.removesuffix(".json")
    with pytest.raises(
        LexiconError, match=rf"{stem}\.json\.{re.escape(where)}.*write \(\?-i:\[A-Z\]\)"
    ):
        load_lexicon(directory)


@pytest.mark.parametrize(
    ("pattern", "uncased"),
    [
        ("the return of (?=[A-Z])", True),
        ("the return of (?=(?-i:[A-Z]))", False),
        ("(?-i:[A-Z][a-z]+ (?:of|[A-Z]\\.))", False),
        ("(?:him|(?-i:X))[A-Z]", True),
        ("\\[A-Z\\]", False),
        ("[\\]A-Z]", True),
        ("[a-z]+", False),
    ],
)
def test_uncased_capitals_reads_groups_classes_and_escapes(pattern: str, uncased: bool) -> None:
    assert uncased_capitals(pattern) is uncased


_SCAN_PATTERNS = """
import gc, json, re, sys
from pathlib import Path
from extract import Document, extract_cases
from extract.lexicon.reading import uncased_capitals
for line in Path(sys.argv[1]).read_text("utf-8").splitlines():
    doc = json.loads(line)
    extract_cases(Document(id=doc["id"], text=doc["text"], published=doc["published"]))
found = sorted({
    p.pattern for p in gc.get_objects()
    if isinstance(p, re.Pattern) and isinstance(p.pattern, str)
    and p.flags & re.IGNORECASE and uncased_capitals(p.pattern)
})
print(json.dumps(found))
"""


def test_no_pattern_the_extraction_matches_ignoring_case_asks_for_a_capital() -> None:
    """The code's own patterns as well as the lexicons': every one compiled once the labelled
    development articles have been read (patterns built on first use included), in a process
    of its own so that the test suite's other libraries add none."""
    data = Path(__file__).parent / "data" / "devset.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _SCAN_PATTERNS, str(data)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    assert json.loads(done.stdout) == []


def test_prefilter_finds_english_anchors_among_chinese_and_capitals() -> None:
    from extract.events import may_report_a_return

    # the English anchors are looked for in the ASCII letters alone, lower-cased
    assert may_report_a_return("据路透社报道，Suspect EXTRADITED from Canada，引发关注。")
    assert may_report_a_return("他于2019年被劝返回国。")
    assert not may_report_a_return("Officials discussed the harvest in Henan. 今年粮食丰收。")


def test_anchor_prefilter_passes_every_labelled_article_with_cases() -> None:
    from extract.events import may_report_a_return

    data = Path(__file__).parent / "data"
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            doc = json.loads(line)
            if doc["cases"]:
                assert may_report_a_return(doc["text"]), (path.name, doc["id"])


def test_every_trigger_fits_the_window_around_its_anchor() -> None:
    """has_trigger only looks this far around anchor words: a longer pattern could be missed."""
    import re._parser as regex_parser  # the stdlib parser behind re (sre_parse is deprecated)

    from extract.events import _ANCHOR_REACH

    lex = load_lexicon()
    for table in (lex.triggers.zh, lex.triggers.en):
        for terms in table.values():
            for term in terms:
                assert regex_parser.parse(term.pattern).getwidth()[1] <= _ANCHOR_REACH, term.pattern


def test_name_cue_entries_are_checked(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "names.json", lambda d: d["words_ending_in_surname"].append("多部门")
    )
    with pytest.raises(LexiconError, match=r"names\.json\.words_ending_in_surname: '多部门'"):
        load_lexicon(directory)
    directory = _broken_copy(
        tmp_path / "b", "names.json", lambda d: d["employer_ends"].append("(局")
    )
    with pytest.raises(LexiconError, match=r"names\.json\.employer_ends: bad pattern"):
        load_lexicon(directory)
    directory = _broken_copy(
        tmp_path / "c", "names.json", lambda d: d["officials_ambiguous"].append("厨师")
    )
    with pytest.raises(
        LexiconError, match=r"names\.json\.officials_ambiguous: \['厨师'\] are not in officials"
    ):
        load_lexicon(directory)


def test_china_places_cover_every_level_with_short_forms() -> None:
    places = load_lexicon().china_places
    # a province, an autonomous prefecture, a prefecture-level city and a county-level city
    for full, short in (("广西壮族自治区", "广西"), ("延边朝鲜族自治州", "延边")):
        assert full in places.major and short in places.major
    for full, short in (("钦州市", "钦州"), ("常熟市", "常熟"), ("马鞍山市", "马鞍山")):
        assert full in places.major and short in places.major
    assert "新疆" in places.major
    # counties and districts are kept by full name only (高明区 is no reason to refuse 高明)
    assert "高明区" in places.all_full and "高明" not in places.major
    assert len(places.major) > 1000


def test_a_malformed_place_name_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "china_places.json", lambda d: d["prefectures"].append("Liuzhou")
    )
    with pytest.raises(LexiconError, match=r"china_places\.json\.prefectures: 'Liuzhou'"):
        load_lexicon(directory)


def test_surname_english_words_must_be_surname_readings(tmp_path: Path) -> None:
    directory = _broken_copy(tmp_path, "surnames.json", lambda d: d["en_words"].append("The"))
    with pytest.raises(LexiconError, match=r"surnames\.json\.en_words: \['The'\] are not surname"):
        load_lexicon(directory)


def test_jiebas_tag_table_is_read_as_jieba_reads_it() -> None:
    assert word_tags("外逃 120 v\n王建国 3 nr\n") == {"外逃": "v", "王建国": "nr"}
    with pytest.raises(ValueError, match="jieba dictionary line 2: '红通 7': expected word"):
        word_tags("外逃 120 v\n红通 7\n")


def test_the_kinship_list_is_expanded_where_a_lexicon_writes_kin() -> None:
    lex = load_lexicon()
    assert lex.kinship["zh"][:2] == ["亲属", "家属"] and "brother" in lex.kinship["en"]
    assert "弟" in lex.kinship["zh_after_its"]  # 其弟: one list for every 其-relative pattern
    family = [re.compile(p) for p in lex.coercion_zh["family_pressure"]]
    assert any(p.search("专案组约见其胞弟做工作") for p in family)  # 胞弟: only in kinship.json
    assert not any("{kin}" in p for terms in lex.coercion_en.values() for p in terms)
    assert "中间人" in lex.names.kin and "妻子" in lex.names.kin  # names.json's own, and the list


def test_no_lexicon_spells_out_the_kinship_list_again() -> None:
    """One kinship list: a pattern naming three or more of its words writes {kin} instead."""
    kin = set(json.loads((LEXICON_DIR / "kinship.json").read_text("utf-8"))["zh"])
    for name in ("coercion.json", "triggers.json", "crimes.json"):
        text = (LEXICON_DIR / name).read_text("utf-8")
        for group in re.findall(r"\(\?:([^()]*)\)|\(([^()?]*)\)", text):
            words = "".join(group).split("|")
            assert sum(w in kin for w in words) < 3, (name, words)


def test_an_unknown_placeholder_is_refused(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "coercion.json", lambda d: d["zh"]["family_pressure"].append("{kinfolk}做工作")
    )
    with pytest.raises(
        LexiconError, match=r"coercion\.json\.zh\.family_pressure: no list \{kinfolk\}"
    ):
        load_lexicon(directory)


def test_the_destinations_in_china_hold_every_level_by_full_and_short_name() -> None:
    """{cn_place} in triggers.json: provinces, prefectures, county-level cities and counties."""
    from extract.lexicon import destinations_in_china

    places = set(destinations_in_china())
    assert {"重庆", "重庆市", "临沧", "鄂尔多斯", "苍南", "苍南县", "镇雄"} <= places
    assert not {"家中", "家乡", "国内", "老家"} & places


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(zh_named_offence="(罪"), r"zh_named_offence: bad pattern"),
        (lambda d: d.update(zh_named_offence="[\u4e00-\u9fff]+罪"), r"exactly one group"),
        (lambda d: d.update(zh_generic_offence=["职务", ""]), r"zh_generic_offence: must be"),
    ],
)
def test_a_malformed_named_offence_is_refused(tmp_path: Path, change: Any, message: str) -> None:
    directory = _broken_copy(tmp_path, "crimes.json", change)
    with pytest.raises(LexiconError, match=message):
        load_lexicon(directory)


def test_the_named_offence_reads_the_name_between_its_opener_and_zui() -> None:
    named = default_lexicon().named_offence
    assert named is not None
    found = [m.group(1) for m in named.pattern.finditer("以涉嫌伪造身份证件罪、妨害作证罪和犯罪")]
    assert found == ["伪造身份证件", "妨害作证"]
    assert "职务" in named.generic


def test_a_countrys_side_must_end_in_fang(tmp_path: Path) -> None:
    directory = _broken_copy(
        tmp_path, "countries.json", lambda d: d["countries"]["US"].update(side=["美国"])
    )
    with pytest.raises(LexiconError, match=r"countries\.json\.countries\.US\.side: '美国'"):
        load_lexicon(directory)
