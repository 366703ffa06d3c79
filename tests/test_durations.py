"""Stated at-large durations: 外逃13年, 两年半, "on the run for 20 years"; never prison terms."""

from __future__ import annotations

import pytest

from extract.durations import Duration, find_durations


def found(text: str) -> list[tuple[str, float | None]]:
    return [(d.text, d.years) for d in find_durations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外逃13年的职务犯罪嫌疑人庞树勋", ("外逃13年", 13.0)),
        ("外逃十一年的职务犯罪嫌疑人", ("外逃十一年", 11.0)),
        ("陈某某潜逃境外已两年半，此次被押解回国", ("潜逃境外已两年半", 2.5)),
        ("外逃１４年的公职人员", ("外逃１４年", 14.0)),
        ("潜逃柬埔寨3年的合同诈骗案犯罪嫌疑人", ("潜逃柬埔寨3年", 3.0)),
        ("外逃加拿大12年的职务犯罪嫌疑人", ("外逃加拿大12年", 12.0)),
        ("外逃澳大利亚14年的严国良", ("外逃澳大利亚14年", 14.0)),
        ("潜逃越南5年的职务侵占案犯罪嫌疑人", ("潜逃越南5年", 5.0)),
        ("外逃14年的職務犯罪嫌疑人", ("外逃14年", 14.0)),
        ("在逃二十三年", ("在逃二十三年", 23.0)),
        ("外逃一年半", ("外逃一年半", 1.5)),
        ("外逃3年半", ("外逃3年半", 3.5)),
        ("外逃半年", ("外逃半年", 0.5)),
        ("潜逃海外长达8年之久", ("潜逃海外长达8年", 8.0)),
        ("外逃十余年", ("外逃十余年", None)),
        ("外逃二十余年", ("外逃二十余年", None)),
        ("外逃近5年", ("外逃近5年", None)),
        ("外逃两年多", ("外逃两年多", None)),
        ("外逃多年的“老周”", ("外逃多年", None)),
        ("潛逃超過10年", ("潛逃超過10年", None)),
        ("在外逃17年后，蒋某选择回国投案自首", ("外逃17年", 17.0)),
        ("潛逃加拿大8年後回國", ("潛逃加拿大8年", 8.0)),
    ],
)
def test_chinese_durations(text: str, expected: tuple[str, float | None]) -> None:
    assert found(text) == [expected]


def test_span_and_offset() -> None:
    text = "经不懈努力，外逃13年的职务犯罪嫌疑人回国投案"
    assert find_durations(text, offset=50) == [Duration(56, 61, "外逃13年", 13.0)]
    assert text[6:11] == "外逃13年"


def test_full_width_span_indexes_original_text() -> None:
    text = "外逃４年的公职人员张某"
    (duration,) = find_durations(text)
    assert text[duration.start : duration.end] == "外逃４年"
    assert duration.years == 4.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A former official who had been on the run for 20 years",
            ("had been on the run for 20 years", 20.0),
        ),
        (
            "He fled China in 2001 and had been at large for 17 years.",
            ("had been at large for 17 years", 17.0),
        ),
        (
            "brought to justice after eight years in New Zealand.",
            ("after eight years in New Zealand", 8.0),
        ),
        ("surrendered in 2017 after 11 years abroad.", ("after 11 years abroad", 11.0)),
        (
            "A former official who fled to Canada 12 years ago",
            ("fled to Canada 12 years ago", 12.0),
        ),
        (
            "After nine years under a false name in Australia, Kong",
            ("After nine years under a false name in Australia", 9.0),
        ),
        ("Hou, who had been at large for 15 years", ("had been at large for 15 years", 15.0)),
        ("in hiding for twenty-two years", ("in hiding for twenty-two years", 22.0)),
        ("on the run for two and a half years", ("on the run for two and a half years", 2.5)),
        ("at large for two decades", ("at large for two decades", 20.0)),
        ("ending his 20-year flight", ("20-year flight", 20.0)),
        (
            "He had been at large for nearly five years.",
            ("had been at large for nearly five years", None),
        ),
        ("on the run for more than 10 years", ("on the run for more than 10 years", None)),
        ("after nearly five years abroad", ("after nearly five years abroad", None)),
        (
            "who had been at large in Myanmar for nine years returned",
            ("had been at large in Myanmar for nine years", 9.0),
        ),
        (
            "hiding in the United States for 14 years",
            ("hiding in the United States for 14 years", 14.0),
        ),
        ("who spent 19 years in the United States", ("spent 19 years in the United States", 19.0)),
    ],
)
def test_english_durations(text: str, expected: tuple[str, float | None]) -> None:
    assert found(text) == [expected]


def test_several_durations_in_order() -> None:
    text = (
        "12月15日，外逃8年的韦丽娟回国。12月17日，外逃5年的谭绍辉回内地。"
        "12月18日，外逃3年的邝志坚被遣返。"
    )
    assert found(text) == [("外逃8年", 8.0), ("外逃5年", 5.0), ("外逃3年", 3.0)]


@pytest.mark.parametrize(
    "text",
    [
        "被判处有期徒刑5年零6个月",
        "判处有期徒刑5年",
        "经过两个多月的缜密侦查",
        "外逃8个月",
        "这位中间人与贺建新相识二十余年",
        "在美国从事半导体材料研究十余年",
        "这16年，我没有一天真正踏实过",
        "2008年5月外逃。2014年12月，国际刑警组织",
        "外逃人员10000余人",
        "五十四岁，54岁",
        "Lou Jianping, 61, former head",
        "a 61-year-old man",
        "sentenced to 12 years in prison",
        "He fled to Thailand in 2015 after the company's capital chain broke.",
        "Since the Fox Hunt campaign was launched in 2014",
        "He worked for 12 years at the bank.",
        "外逃3年后又潜逃他国",  # a stage of the flight, not its length
    ],
)
def test_non_durations(text: str) -> None:
    assert find_durations(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("was sent home after spending eleven years in hiding overseas", 11.0),
        ("was repatriated from Peru, where he had lived for twelve years", 12.0),
        ("she had been living in Spain for six years under her sister's name", 6.0),
        ("Before escaping overseas 16 years ago, he ran a trading firm", 16.0),
        ("had lived in Fiji for nearly 8 years", None),
        ("came home in May, ending 14 years on the run", 14.0),
        ("was repatriated in 2016, four years after he vanished from his post", 4.0),
        ("For nine years, Kuang Lide lived quietly outside Vancouver", 9.0),
        ("For six years he hid in a village near Phnom Penh", 6.0),
        ("who fled in 2002, returned to China to face trial seven years later", 7.0),
    ],
)
def test_english_durations_of_living_or_hiding_abroad(text: str, years: float | None) -> None:
    found = find_durations(text)
    assert len(found) == 1 and found[0].years == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "gave himself up after fleeing to the Republic of Fiji (ROF) for six years",
            ("fleeing to the Republic of Fiji (ROF) for six years", 6.0),
        ),
        ("who fled overseas for 11 years before", ("fled overseas for 11 years", 11.0)),
        (
            "came home after evading the police for 17 years",
            ("evading the police for 17 years", 17.0),
        ),
        ("having eluded capture for nearly a decade", ("eluded capture for nearly a decade", None)),
    ],
)
def test_a_flight_or_an_evasion_that_lasted_is_an_at_large_duration(
    text: str, expected: tuple[str, float | None]
) -> None:
    assert found(text) == [expected]


def test_a_flight_years_ago_is_not_how_long_it_lasted_for() -> None:
    """ "fled ... for" states how long; a trip "for two years of study" before the flight does not."""
    assert found("He went to Canada to study for two years and fled in 2009.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The former banker who came back from Fiji after nine years gave himself up.",
            ("after nine years", 9.0),
        ),
        ("FUGITIVE BACK AFTER 12 YEARS ON THE RUN", ("AFTER 12 YEARS ON THE RUN", 12.0)),
        ("Mr Pan's return, 14 years after he fled Wenzhou,", ("14 years after he fled", 14.0)),
        ("出走境外五年的苏某于昨日回国投案", ("出走境外五年", 5.0)),
    ],
)
def test_a_return_after_years_away_states_the_years_at_large(
    text: str, expected: tuple[str, float | None]
) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["He returned home after 12 years in prison in Thailand.", "returned after two years of study"],
)
def test_years_spent_otherwise_before_a_return_are_not_years_at_large(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ended his seven years on the lam in March", ("seven years on the lam", 7.0)),
        ("nine years of life in hiding came to an end", ("nine years of life in hiding", 9.0)),
        ("He said his 12 years overseas had been lonely", ("12 years overseas", 12.0)),
        (
            "who spent four years in southern Laos before he",
            ("spent four years in southern Laos", 4.0),
        ),
        (
            "had lived openly in Macao for 13 years until",
            ("lived openly in Macao for 13 years", 13.0),
        ),
        (
            "after he fled to the Philippines 15 years ago",
            ("fled to the Philippines 15 years ago", 15.0),
        ),
        (
            "a man who spent nine years fighting his deportation from the US",
            ("spent nine years fighting his deportation", 9.0),
        ),
        ("Five years later, she returned to Fujian.", ("Five years later, she returned", 5.0)),
        (
            "Over the following 10 years he moved to Fiji and then Samoa",
            ("Over the following 10 years he moved", 10.0),
        ),
    ],
)
def test_time_at_large_told_in_free_english(text: str, expected: tuple[str, float]) -> None:
    """The years at large told as a noun phrase, a region, an adverb, an appeal fought, or a
    later return: each is the stated duration."""
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "sentenced to seven years in prison after he returned",
        "Five years later, the company went bankrupt.",
        "spent six years studying in Ohio",
    ],
)
def test_years_that_are_not_at_large(text: str) -> None:
    assert find_durations(text) == []
