"""Patterns of foreign papers and wires reporting removals to China, and two Chinese ones, learned
from the labelled real articles of mirror_fresh10 (sentences written for these tests, none of a
real article): a list of names after a reporting verb, the object of a removal to China, a
surname given "as Mr X", a completed "managed to bring back", an urging that is a refusal
("urged X not to return"), a handover date told past the reporting verb, a report's own date
(6月28日报道), and 曾 (once) before a common verb."""

from __future__ import annotations

from extract import Document, extract_cases


def _cases(text: str, published: str = "2016-03-02") -> list[tuple[str, str, str | None]]:
    records = extract_cases(Document(id="t", text=text, published=published))
    return [(r.name, r.method, r.return_date) for r in records]


def test_names_listed_after_a_reporting_verb_are_the_returned_not_speakers() -> None:
    text = (
        "An activist in Bangkok, Li, said Gu Wenhao, Tian Jiasheng and two more Chinese "
        "nationals had been deported to China on Friday. All of them had fled to Thailand."
    )
    assert _cases(text) == [
        ("Gu Wenhao", "deported", "2016-02-26"),
        ("Tian Jiasheng", "deported", "2016-02-26"),
    ]


def test_a_speaker_named_after_said_stays_a_speaker() -> None:
    text = (
        "Zhao Lin, who fled to Canada in 2009, was deported to China on Monday, said Guo Ming, "
        "a spokesman for the ministry."
    )
    assert [name for name, _, _ in _cases(text)] == ["Zhao Lin"]


def test_the_object_of_a_removal_to_china_with_a_name_that_is_no_pinyin() -> None:
    text = (
        "Tajikistan said last week that it had extradited Abdurehim Tohti, 41, to China. "
        "He had lived in Tajikistan as a refugee since 2008."
    )
    assert _cases(text) == [("Abdurehim Tohti", "extradited", None)]


def test_a_surname_given_as_mr_x() -> None:
    text = (
        "Police said they had managed to bring back the man, identified only by his surname as "
        "Mr Feng, who had fled to New Zealand in 2011."
    )
    assert _cases(text) == [("Feng", "unknown", None)]


def test_an_urging_not_to_return_is_no_persuasion() -> None:
    text = (
        "Turkey has extradited Ablet Kurban to China, officials said on Friday. Rights groups had "
        "urged Turkey not to return him, saying he faced torture."
    )
    assert [(n, m) for n, m, _ in _cases(text)] == [("Ablet Kurban", "extradited")]


def test_the_handover_day_told_after_the_reporting_verb() -> None:
    text = (
        "Mirzat Tursun, who fled to Kazakhstan, has been extradited to China, a foreign ministry "
        "official said, adding that he was handed over on February 11."
    )
    assert _cases(text) == [("Mirzat Tursun", "extradited", "2016-02-11")]


def test_a_reporting_verb_still_ends_the_return_when_another_story_follows() -> None:
    text = (
        "Qin Hao, who fled to Peru, has been extradited to China, the ministry said, as the two "
        "countries signed a new treaty on February 11."
    )
    assert _cases(text) == [("Qin Hao", "extradited", None)]


def test_the_day_a_paper_reported_is_not_the_return_day() -> None:
    text = "新华社2月28日报道，犯罪嫌疑人孔某已被从泰国遣返回国。"
    assert _cases(text) == [("孔某", "deported", None)]


def test_once_before_a_common_verb_is_no_name() -> None:
    text = "潜逃俄罗斯20年、曾杀害我一名民警的犯罪嫌疑人聂某被从俄方引渡回国。"
    assert [name for name, _, _ in _cases(text, "2023-03-24")] == ["聂某"]


def test_a_removal_feared_or_possible_is_no_return() -> None:
    text = (
        "Rights lawyer Xu Dongming was detained in Laos on Friday, and his family fear he may be "
        "deported to China. If Laos sends him back, he faces prison, his wife said."
    )
    assert _cases(text) == []


def test_a_risk_of_refoulement_is_no_return() -> None:
    text = (
        "Activist Deng Lihua, held in Vietnam since May, is at risk of being repatriated to China."
    )
    assert _cases(text) == []


def test_a_minister_and_a_spokesman_named_by_surname_later_stay_officials() -> None:
    text = (
        "Turkey has extradited Ablet Kurban to China. Foreign ministry spokesman Hua Ning "
        "confirmed the extradition.\n\n"
        '"As far as I know, he was extradited back to China last week," Hua told reporters.\n\n'
        "Mr Shi Lei, the minister in charge of the return of fugitives, said 40 had come back."
    )
    assert [name for name, _, _ in _cases(text)] == ["Ablet Kurban"]


def test_taking_in_funds_without_permission_is_illegal_fundraising() -> None:
    text = (
        "Police repatriated from Spain a suspect surnamed Hou on Tuesday. Hou was accused of "
        "taking in funds worth 30 million yuan ($4.5 million) without approval."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-03-02"))
    assert [(r.name, r.alleged_crimes) for r in records] == [("Hou", ["illegal_fundraising"])]


def test_what_the_person_admitted_names_the_crimes() -> None:
    text = (
        "Canada deported Sun Jianguo to China last year. State media said last month that Sun "
        "had admitted smuggling and bribery."
    )
    records = extract_cases(Document(id="t", text=text, published="2012-05-18"))
    assert [(r.name, sorted(r.alleged_crimes)) for r in records] == [
        ("Sun Jianguo", ["bribery", "smuggling"])
    ]
