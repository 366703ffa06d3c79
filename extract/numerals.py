"""Number reading for the date and duration layer.

Announcements mix Arabic digits, full-width digits (２０２２年) and Chinese numerals
(二〇一八年 / 十一年 / 两年半). These helpers read one number span; they never rewrite
whole texts, because converting numerals inside words corrupts them (统一 -> 统1).
"""

from __future__ import annotations

import re

# Full-width digits and Latin letters map one-to-one onto ASCII, so offsets survive.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_FULLWIDTH[0xFF0E] = ord(".")  # full-width full stop inside numbers (１２．５)

CN_DIGITS: dict[str, int] = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CN_TENS_SHORTHAND = {"廿": 20, "卅": 30}

#: Characters that may appear in a Chinese numeral (used by callers' regexes).
CN_NUMERAL_CHARS = "".join([*CN_DIGITS, *CN_UNITS, *CN_BIG_UNITS, *_CN_TENS_SHORTHAND])

_ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")
_ARABIC_WITH_UNIT = re.compile(r"^(\d+(?:\.\d+)?)([万萬亿億])$")


_HAS_FULLWIDTH = re.compile("[\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def to_ascii_digits(text: str) -> str:
    """Map full-width digits/letters to ASCII keeping the length, so spans stay valid."""
    if _HAS_FULLWIDTH.search(text) is None:  # str.translate is slow on CJK text: skip it
        return text
    return text.translate(_FULLWIDTH)


def parse_number(s: str) -> float | None:
    """Read one number written in Arabic, full-width or Chinese numerals; None if it is not one."""
    s = to_ascii_digits(s.strip())
    if not s:
        return None
    if _ARABIC.match(s):
        return float(s.replace(",", ""))
    unit_match = _ARABIC_WITH_UNIT.match(s)
    if unit_match:
        return float(unit_match.group(1)) * CN_BIG_UNITS[unit_match.group(2)]
    if all(ch in CN_DIGITS for ch in s):
        return _digit_by_digit(s)
    return _parse_cn_positional(s)


def _digit_by_digit(s: str) -> float:
    """二〇一五 -> 2015, 〇七 -> 7: years and codes are written digit by digit."""
    value = 0
    for ch in s:
        value = value * 10 + CN_DIGITS[ch]
    return float(value)


def _parse_cn_positional(s: str) -> float | None:
    """十一 / 二十三 / 一百零五 / 三万五千: positional Chinese numerals with units."""
    total = 0
    section = 0  # value below the current 万/亿 group
    digit: int | None = None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in _CN_TENS_SHORTHAND:
            section += _CN_TENS_SHORTHAND[ch]
            digit = None
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        elif ch in CN_BIG_UNITS:
            section += digit or 0
            if CN_BIG_UNITS[ch] > 10_000:  # 亿 scales everything read so far
                total = (total + section) * CN_BIG_UNITS[ch]
            else:
                total += section * CN_BIG_UNITS[ch]
            section = 0
            digit = None
        else:
            return None
    section += digit or 0
    return float(total + section)


#: English number words the announcements spell out ("after eight years", "twenty-two years").
EN_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
}
for _unit, _unit_value in list(EN_NUMBER_WORDS.items())[2:11]:
    EN_NUMBER_WORDS[f"twenty-{_unit}"] = 20 + _unit_value
    EN_NUMBER_WORDS[f"twenty {_unit}"] = 20 + _unit_value

#: Regex alternation matching an English number word or an Arabic number (longest first).
EN_NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:\.\d+)?|"
    + "|".join(re.escape(w) for w in sorted(EN_NUMBER_WORDS, key=len, reverse=True))
    + r")"
)


def parse_en_number(s: str) -> float | None:
    """Read "eight" / "twenty-two" / "17"; None when the words are not a number we know."""
    key = s.strip().lower()
    if key in EN_NUMBER_WORDS:
        return float(EN_NUMBER_WORDS[key])
    return parse_number(key)
