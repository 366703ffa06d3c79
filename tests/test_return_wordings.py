"""Returns told in words the trigger lexicon lacked: 押回国 (escorted back to the country,
without 内 or a country's name), 归返 (returned, in police notices), and a name followed by the
adverb 刚刚 (just). Sentences written for these tests in the style of real police notices (no
sentence of a real article)."""

from __future__ import annotations

from extract import Document, extract_cases


def _cases(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    records = extract_cases(Document(id="t", text=text, published="2025-02-20"))
    return [(r.name, r.method, r.return_date, r.fled_to) for r in records]


def test_escorted_back_to_the_country() -> None:
    text = "2月3日,在柬埔寨落网的电诈集团头目邓志华被押回国。"
    assert _cases(text) == [("邓志华", "captured", "2025-02-03", ["KH"])]


def test_returned_after_persuasion_told_as_guifan() -> None:
    text = "经过两个多月的规劝,潜逃菲律宾7年的犯罪嫌疑人曾某已被成功归返。"
    assert _cases(text) == [("曾某", "persuaded", None, ["PH"])]


def test_a_name_before_the_adverb_just() -> None:
    text = "1月9日,外逃缅甸的犯罪嫌疑人张伟刚刚被遣返回国。"
    assert _cases(text) == [("张伟", "deported", "2025-01-09", ["MM"])]
