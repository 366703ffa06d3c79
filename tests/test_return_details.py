"""Which date, country and person a return belongs to, where an article tells more than one
step of the story. Sentences written for these tests in the style of the real reports the
mechanisms were learned from (no sentence of a real article)."""

from __future__ import annotations

from extract import Document, extract_cases
from extract.record import CaseRecord


def _records(text: str, published: str) -> list[CaseRecord]:
    return extract_cases(Document(id="t", text=text, published=published))


def test_a_later_event_with_its_own_date_beats_a_date_borrowed_from_around_the_first() -> None:
    records = _records(
        "BEIJING, Oct 22 - Police have caught a fraud suspect at his parents' home in "
        "Hangzhou, state media said on Thursday.\n"
        "Liang Wenbo, a former trader, fled to Canada in 2009. Why Liang was not detained when "
        "he came back into China is unclear.\n"
        "After his mother pleaded with him for months, on Oct. 12 Liang gave himself up at his "
        "parents' home.",
        "2015-10-22",
    )
    assert [(r.name, r.return_date, r.return_date_text, r.fled_to, r.method) for r in records] == [
        ("Liang Wenbo", "2015-10-12", "Oct. 12", ["CA"], "surrendered")
    ]


def test_another_suspect_set_against_someone_else_is_not_a_second_person_of_one_name() -> None:
    records = _records(
        "民警押着境外逃犯邵某走下舷梯。\n"
        "去年7月12日，该支队侦破一起虚开增值税专用发票案，抓获主犯马某，但另一名涉案人邵某下落不明。"
        "民警走访得知，邵某已逃往澳门。经做工作，邵某于10月29日向珠海拱北边检站投案。",
        "2014-11-03",
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("邵某", "2014-10-29", ["MO"], "surrendered")
    ]


def test_another_of_the_same_name_is_still_a_second_person() -> None:
    records = _records(
        "2019年，广西逃犯邵某从越南被遣返回国。另一名犯罪嫌疑人邵某于同年5月从老挝回国投案。",
        "2020-01-10",
    )
    assert [(r.name, r.fled_to, r.method) for r in records] == [
        ("邵某", ["VN"], "deported"),
        ("邵某", ["LA"], "surrendered"),
    ]


def test_hidden_in_two_countries_names_both() -> None:
    records = _records(
        "Sun Weiguo returned to China from New Zealand on May 3, 2017 and turned himself in, "
        "the commission said. Sun, a former bank manager, had hidden in Australia and New "
        "Zealand from 2003 on.",
        "2017-05-05",
    )
    assert [(r.name, r.return_date, r.fled_to) for r in records] == [
        ("Sun Weiguo", "2017-05-03", ["NZ", "AU"])
    ]
