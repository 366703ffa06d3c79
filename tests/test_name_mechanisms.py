"""The general name mechanisms: places and common words are never people.

The sentences are written for these tests; they put a place or a word that begins with a surname
character where announcements put a name, so only the mechanism (gazetteer, dictionary) can tell.
"""

from __future__ import annotations

import pytest

from extract import Document, extract_cases
from extract.names import is_plausible_zh_name
from extract.words import is_common_word, straddles_word


@pytest.mark.parametrize("city", ["钦州", "邵阳", "黄冈", "常熟", "马鞍山", "贺州", "高州"])
def test_a_city_is_not_a_name(city: str) -> None:
    assert not is_plausible_zh_name(city)


@pytest.mark.parametrize("city", ["钦州", "邵阳", "黄冈", "常熟", "马鞍山", "贺州", "高州"])
def test_a_city_before_the_return_words_is_not_a_returnee(city: str) -> None:
    text = (
        f"经{city}市监委持续追逃，外逃6年的职务犯罪嫌疑人、原某国企会计欧阳明辉日前从泰国回国投案。"
        f"{city}警方表示将依法处理。"
    )
    records = extract_cases(Document(id="t", text=text, published="2024-05-10"))
    assert [r.name for r in records] == ["欧阳明辉"]


@pytest.mark.parametrize("word", ["强制", "信任", "公布", "印尼"])
def test_common_words_are_words(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["高峰", "文明", "王刚"])
def test_words_the_dictionary_knows_as_names_stay_possible(word: str) -> None:
    assert not is_common_word(word)


def test_a_candidate_inside_a_longer_word_straddles_it() -> None:
    text = "原中国银行某支行行长许超凡被遣返回国"
    assert straddles_word(text, 0, 2)  # 原中 cuts 中国银行
    start = text.index("许超凡")
    assert not straddles_word(text, start, start + 3)
    islands = "逃往圣文森特和格林纳丁斯后被缉捕"
    start = islands.index("丁斯")
    assert straddles_word(islands, start, start + 2)
