"""Number reading: Arabic, full-width and Chinese numerals, English number words."""

from __future__ import annotations

import pytest

from extract.numerals import parse_en_number, parse_number, to_ascii_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０２２年１０月２５日", "2022年10月25日"),
        ("外逃１４年", "外逃14年"),
        ("ＡＢＣ１２ｘ", "ABC12x"),
        ("１２．５", "12.5"),
        ("no change 统一", "no change 统一"),
        ("", ""),
    ],
)
def test_to_ascii_digits(text: str, expected: str) -> None:
    result = to_ascii_digits(text)
    assert result == expected
    assert len(result) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17", 17.0),
        ("１７", 17.0),
        ("十", 10.0),
        ("十一", 11.0),
        ("二十三", 23.0),
        ("三十一", 31.0),
        ("一百二十", 120.0),
        ("一百零五", 105.0),
        ("两", 2.0),
        ("兩", 2.0),
        ("〇七", 7.0),
        ("二〇一五", 2015.0),
        ("一九六二", 1962.0),
        ("二〇〇七", 2007.0),
        ("廿三", 23.0),
        ("三万五千", 35000.0),
        ("一亿三千万", 130_000_000.0),
        ("4.3亿", 430_000_000.0),
        ("1,300", 1300.0),
        ("2.5", 2.5),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "abc", "x十", "统一", "十年", "1.2.3"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one", 1.0),
        ("eight", 8.0),
        ("Nine", 9.0),
        ("twelve", 12.0),
        ("twenty", 20.0),
        ("twenty-two", 22.0),
        ("twenty nine", 29.0),
        ("17", 17.0),
    ],
)
def test_parse_en_number(text: str, expected: float) -> None:
    assert parse_en_number(text) == expected


def test_parse_en_number_unknown_word() -> None:
    assert parse_en_number("umpteen") is None
