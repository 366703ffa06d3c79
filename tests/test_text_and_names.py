"""Text preparation and name helpers."""

from __future__ import annotations

from extract.names import is_plausible_zh_name
from extract.romanise import pinyin
from extract.text import detect_language, normalise, split_sentences


def test_normalise_keeps_length_and_offsets() -> None:
    text = "【大公報訊】外逃１４年的「紅通人員」龔長林從加拿大回國投案。"
    norm = normalise(text)
    assert len(norm) == len(text)
    assert norm[norm.index("龚长林") : norm.index("龚长林") + 3] == "龚长林"
    assert text[norm.index("龚长林") : norm.index("龚长林") + 3] == "龔長林"
    assert "14年" in norm


def test_language_by_script_then_words() -> None:
    assert detect_language("外逃人员回国投案") == "zh"
    assert detect_language("Sky Net 天网行动 2024 外逃人员相继归案") == "zh"
    english = "A former official who fled to Canada has returned to China and surrendered to the authorities, the commission said."
    assert detect_language(english) == "en"
    assert detect_language(english) == detect_language(english)
    assert detect_language("12345") == "other"


def test_sentences_do_not_split_on_abbreviations() -> None:
    text = "SHENYANG, Sept. 27 (Xinhua) -- A man returned from the U.S. on Monday. He surrendered.\nNext paragraph."
    sentences = split_sentences(text, "en")
    assert [text[s.start : s.end] for s in sentences] == [
        "SHENYANG, Sept. 27 (Xinhua) -- A man returned from the U.S. on Monday.",
        "He surrendered.",
        "Next paragraph.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_a_page_wrapped_at_a_fixed_width_keeps_its_sentences_whole() -> None:
    text = (
        "A former manager of a state firm, who fled to Peru when he was\n"
        "suspected of taking bribes, was handed over to China on Friday,\n"
        "the ministry said.\n"
        "Zhao Lin had run the firm since 2001.\n"
        "Ministry of Public Security\n"
        "Beijing"
    )
    assert [text[s.start : s.end] for s in split_sentences(text, "en")] == [
        "A former manager of a state firm, who fled to Peru when he was\n"
        "suspected of taking bribes, was handed over to China on Friday,\n"
        "the ministry said.",
        "Zhao Lin had run the firm since 2001.",
        "Ministry of Public Security",
        "Beijing",
    ]


def test_a_line_break_ends_a_sentence_on_a_page_not_wrapped() -> None:
    text = "Fugitive back from Peru\nthe ministry said on Friday that Zhao Lin returned."
    assert len(split_sentences(text, "en")) == 2


def test_surnames_read_as_surnames() -> None:
    assert [
        pinyin(n) for n in ("单雄", "曾国强", "仇立", "区志明", "查良", "朴正浩", "解放军", "盖伟")
    ] == [
        "Shan Xiong",
        "Zeng Guoqiang",
        "Qiu Li",
        "Ou Zhiming",
        "Zha Liang",
        "Piao Zhenghao",
        "Xie Fangjun",
        "Ge Wei",
    ]
    assert pinyin("张某") == "Zhang Mou"
    assert pinyin("Lou Jianping") is None


def test_plausible_names() -> None:
    assert (
        is_plausible_zh_name("庞树勋")
        and is_plausible_zh_name("王某某")
        and is_plausible_zh_name("欧阳明辉")
    )
    assert (
        not is_plausible_zh_name("相继")
        and not is_plausible_zh_name("人员")
        and not is_plausible_zh_name("石家庄")
    )
