"""Page decoding (scrapers/parsing/encoding.py): UnicodeDammit with the corrections Chinese sites
need, on the pages of bench/compare_decoding.py (written here, the suite's, the saved real ones)."""

from __future__ import annotations

import os

import bs4.dammit
import pytest

from bench.compare_decoding import (
    WRITTEN,
    Case,
    existing_cases,
    real_cases,
    returnwatch,
    unicodedammit,
)
from scrapers.parsing.encoding import choose_encoding, declared_charset, decode_page

# Its bytes decode strictly as GB18030 (the declared family), so no rule that trusts a valid
# declaration can see it is Big5; UnicodeDammit as documented misreads it too.
KNOWN_WRONG = {"Big5 declared gb2312"}


def _id(case: Case) -> str:
    return case.name


@pytest.mark.parametrize("case", [c for c in WRITTEN if c.name not in KNOWN_WRONG], ids=_id)
def test_written_pages_decode_to_the_text_they_hold(case: Case) -> None:
    assert returnwatch(case) == case.text.lstrip("\ufeff")


def test_the_one_written_page_no_rule_gets_right_is_still_misread() -> None:
    (case,) = [c for c in WRITTEN if c.name in KNOWN_WRONG]
    assert returnwatch(case) != case.text
    assert returnwatch(case) == case.body.decode("gb18030")


@pytest.mark.parametrize(
    "name",
    ["UTF-8, title-only page declared gbk", "UTF-8, title-only page on a site configured gb18030"],
)
def test_utf8_first_is_needed_where_the_library_trusts_the_gbk_hint(name: str) -> None:
    (case,) = [c for c in WRITTEN if c.name == name]
    assert unicodedammit(case) == case.body.decode("gb18030")  # 寮曟浮鍥炲浗: nonsense
    assert returnwatch(case) == case.text
    assert "引渡回国" in case.text


@pytest.mark.parametrize("case", existing_cases(), ids=_id)
def test_the_suites_encoding_cases_and_the_mirrors_gbk_pages(case: Case) -> None:
    assert returnwatch(case) == case.text


@pytest.mark.skipif(
    not os.environ.get("RETURNWATCH_REAL_PAGES"), reason="RETURNWATCH_REAL_PAGES not set"
)
def test_every_saved_real_page_decodes_as_utf8_even_declared_gb2312() -> None:
    cases = real_cases()
    assert len(cases) >= 100
    wrong = [c.name for c in cases if returnwatch(c) != c.text]
    assert wrong == []
    people = [c for c in cases if "people-" in c.name]
    assert people and all(b"charset=GB2312" in c.body for c in people)


def test_gb_family_declarations_read_as_gb18030_and_rare_name_characters_survive() -> None:
    html = '<meta charset="gbk"><title>外逃人员陶𬀩回国投案</title>'.encode("gb18030")
    assert declared_charset(html, None) == "gb18030"
    assert declared_charset(b"", "text/html; charset=GB2312") == "gb18030"
    assert decode_page(html, declared_charset(html, None)) == (
        "gb18030",
        '<meta charset="gbk"><title>外逃人员陶𬀩回国投案</title>',
    )
    big5 = "<title>引渡回國</title><p>受賄案宣判</p>".encode("big5")
    assert choose_encoding(big5, None) == "big5"


def test_the_detector_is_chardet() -> None:
    """The measured behaviour is chardet's: with charset-normalizer (bs4's fallback) short
    GBK pages come out wrong. cchardet, if ever installed, would take precedence."""
    assert bs4.dammit.chardet_module is not None
    assert bs4.dammit.chardet_module.__name__ == "chardet"
