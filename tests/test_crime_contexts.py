"""Crimes told the way sentencing and court reports tell them: a charge laid against a named
person, a prison term handed down for an offence, a part taken in one; and in Chinese, the
offence of a case that a fugitive of that case is named by, and a person's own part of a
sentence that lists another person's name and then several crimes. Sentences written for
these tests in the style of real reports (no sentence of a real article)."""

from __future__ import annotations

from extract import Document, extract_cases


def _crimes(text: str, published: str = "2018-03-09") -> list[tuple[str, list[str]]]:
    records = extract_cases(Document(id="t", text=text, published=published))
    return [(r.name, r.alleged_crimes) for r in records]


def test_a_charge_laid_against_a_named_person() -> None:
    text = (
        "Xu Minghao, a former fund manager, was repatriated from Canada on Tuesday. "
        "Prosecutors in Ningbo have charged Xu with fraud."
    )
    assert _crimes(text) == [("Xu Minghao", ["fraud"])]


def test_a_court_sentence_for_an_offence_far_from_the_verb() -> None:
    text = (
        "Bo Jinhua came back to China and turned himself in on Jan. 4, 2017. "
        "A district court in Auckland sentenced Bo, who also uses the name Kevin Bo, to seven "
        "months of home detention for money laundering. "
        "In China, Bo received a four-year prison term, suspended for five years, over bribery."
    )
    assert _crimes(text) == [("Bo Jinhua", ["money_laundering", "bribery"])]


def test_years_handed_down_for_an_offence() -> None:
    text = (
        "Among those sentenced on Friday was Mo Dehai, a former hospital director who "
        "surrendered in 2015 after fleeing to Fiji, and who received two years suspended for "
        "embezzlement."
    )
    assert _crimes(text) == [("Mo Dehai", ["embezzlement"])]


def test_a_part_taken_in_an_offence() -> None:
    text = (
        "Yan Shoufu, who ran the branch before him, was extradited from Peru on Monday. "
        "Police say Yan took part in the embezzlement together with two colleagues."
    )
    assert _crimes(text) == [("Yan Shoufu", ["embezzlement"])]


def test_zh_crimes_listed_after_another_persons_name_are_the_next_persons() -> None:
    text = (
        "中央追逃办曾公布5名外逃人员的藏身线索,他们是邵启明、蒋浩、周立平、汪长平和洪毅。"
        "寝食难安的不只是汪长平,涉嫌对单位行贿罪、贪污罪的“红通”嫌犯洪毅同样如此。"
        "眼下,这5人当中的洪毅、周立平已回国投案自首。"
    )
    assert _crimes(text) == [("洪毅", ["bribe_giving", "embezzlement"]), ("周立平", [])]


def test_zh_a_fugitive_named_by_the_case_of_a_crime() -> None:
    text = "一起特大走私案在逃人员邓某日前被柬埔寨警方遣返回国。"
    assert _crimes(text) == [("邓某", ["smuggling"])]


def test_every_span_keeps_contexts_that_overlap() -> None:
    from extract.prefilter import PrunedAlternation

    contexts = PrunedAlternation([r"after \w+ing[^.]{0,20}", r"years suspended for \w+"])
    text = "after fleeing abroad, two years suspended for fraud."
    assert [text[a:b] for a, b in contexts.spans(text, 0, len(text))] == [
        "after fleeing abroad, two years s"
    ]
    assert [text[a:b] for a, b in contexts.every_span(text, 0, len(text))] == [
        "after fleeing abroad, two years s",
        "years suspended for fraud",
    ]


def test_a_share_of_a_group_gives_its_crimes_to_no_one() -> None:
    text = (
        "Wei Jianbo, a former land official, was escorted back to Foshan from Laos on Tuesday. "
        "Police in the province have brought back 41 fugitives this year. "
        "Most of the suspects who left the country were allegedly involved in fraud, illegal "
        "fundraising and taking bribes."
    )
    assert _crimes(text) == [("Wei Jianbo", [])]


def _red(text: str) -> list[tuple[str, bool]]:
    records = extract_cases(Document(id="t", text=text, published="2016-11-17"))
    return [(r.name, r.red_notice) for r in records]


def test_a_place_on_the_list_told_from_the_list_or_in_words() -> None:
    assert _red(
        "Gu Yanhong came back from Canada and surrendered on Monday, the commission said. "
        "Gu is the 41st person from the list to come back since April 2015."
    ) == [("Gu Yanhong", True)]
    assert _red(
        "Gu Yanhong came back from Canada and surrendered on Monday, the commission said. "
        "Gu stood second on that list of fugitives."
    ) == [("Gu Yanhong", True)]


def test_an_alleged_offence_before_the_persons_role() -> None:
    text = (
        "Alleged smuggling kingpin Ruan Tiansheng was deported from Canada to China on Friday, "
        "police said."
    )
    assert _crimes(text) == [("Ruan Tiansheng", ["smuggling"])]
