"""Returns and returnees told in freer words than the formula, learned from the development
real-text sets (sentences written for these tests, none of a real article): a removal told as
being carried or taken to China, a voluntary journey, a non-pinyin name introduced by what the
person is, a source named beside the removal it reports, and a title of office that is the
returnee's own post rather than an official's."""

from __future__ import annotations

import pytest

from extract import Document, extract_cases
from extract.record import CaseRecord


def _records(text: str, published: str | None = "2021-03-10") -> list[CaseRecord]:
    return extract_cases(Document(id="t", text=text, published=published))


def _cases(text: str, published: str | None = "2021-03-10") -> list[tuple[str, str, list[str]]]:
    return [(r.name, r.method, r.fled_to) for r in _records(text, published)]


@pytest.mark.parametrize(
    ("verb", "method"),
    [
        ("was transported to China", "unknown"),
        ("was ferried back to the mainland", "unknown"),
        ("was forcibly taken to China", "captured"),
        ("was forcibly driven across the border to mainland China", "captured"),
    ],
)
def test_a_person_carried_to_china(verb: str, method: str) -> None:
    text = f"Qin Haoran, a trader, had lived in Laos since 2012. In 2018 he {verb}."
    assert _cases(text) == [("Qin Haoran", method, ["LA"])]


def test_a_person_described_in_apposition_then_transported_to_china() -> None:
    text = (
        "Qin Haoran, a former cashier wanted for embezzlement, was transported back to China "
        "from Fiji on 9 May 2017."
    )
    assert [(r.name, r.method, r.return_date) for r in _records(text)] == [
        ("Qin Haoran", "unknown", "2017-05-09")
    ]


def test_a_person_taken_away_by_chinese_police_abroad_is_captured() -> None:
    text = (
        "Qin Haoran, a financier, was last seen on Monday. Friends say Qin was forcibly taken "
        "from his flat in Macau by Chinese police."
    )
    assert _cases(text) == [("Qin Haoran", "captured", ["MO"])]


def test_a_journey_made_to_china_is_a_return_and_a_voluntary_one_a_surrender() -> None:
    text = "Qin Haoran, a broker, lived in Malaysia. In 2017 Qin made his way back to China."
    assert _cases(text) == [("Qin Haoran", "unknown", ["MY"])]
    text = "Qin Haoran, a broker, lived in Malaysia. In 2017 Qin voluntarily made his way to China."
    assert _cases(text) == [("Qin Haoran", "surrendered", ["MY"])]


def test_goods_carried_to_china_are_no_return() -> None:
    text = "Qin Haoran, a broker in Malaysia, said the timber was transported to China by sea."
    assert _records(text) == []


@pytest.mark.parametrize("role", ["Activist", "Uyghur activist", "The refugee", "Tibetan monk"])
def test_a_name_that_is_no_pinyin_after_what_the_person_is(role: str) -> None:
    text = f"{role} Tursunjan Eziz fled to Kyrgyzstan in 2015. He was deported to China in 2019."
    assert _cases(text) == [("Tursunjan Eziz", "deported", ["KG"])]


@pytest.mark.parametrize(
    "headline",
    ["Refugee Claimant Deported To China", "Students Who Live Abroad Face Pressure To Return"],
)
def test_a_headline_in_title_case_names_no_one_after_a_role_word(headline: str) -> None:
    text = f"{headline}\nA man was deported back to China last week, officials said."
    assert _records(text) == []


def test_the_source_of_a_removal_report_named_by_role_is_not_the_returnee() -> None:
    text = (
        "Kazakhstan has deported a Uyghur teacher back to China, Uyghur activist Tursunjan "
        "Eziz reported on Monday. The teacher, Mehmet Imin, had fled in 2016."
    )
    assert [r.name for r in _records(text)] == ["Mehmet Imin"]


@pytest.mark.parametrize(
    "descriptor",
    [
        "某建材有限公司原项目负责人",
        "某贸易公司负责人",
        "原某区派出所民警",
        "原某县公安局有关负责人",
    ],
)
def test_a_title_that_is_the_returnees_own_post(descriptor: str) -> None:
    text = f"3月2日，{descriptor}范佳琪从柬埔寨回国投案。"
    assert _cases(text) == [("范佳琪", "surrendered", ["KH"])]


def test_an_official_by_title_is_still_no_returnee() -> None:
    text = "公安局有关负责人范佳琪介绍，犯罪嫌疑人孔某从柬埔寨回国投案。"
    assert [r.name for r in _records(text)] == ["孔某"]


@pytest.mark.parametrize(
    "removal",
    [
        "Laos handed Qin Haoran over to China on Tuesday.",
        "Qin Haoran was handed over by Lao immigration police on Tuesday.",
        "Lao police passed Qin Haoran to Chinese authorities on Tuesday.",
        "Qin Haoran was handed to Chinese police by Lao authorities on Tuesday.",
        "Lao immigration police handed over Qin Haoran to Chinese police on Tuesday.",
    ],
)
def test_a_handover_by_the_host_state_is_a_deportation(removal: str) -> None:
    text = f"Qin Haoran, a trader wanted for fraud, had hidden in Laos since 2016. {removal}"
    assert _cases(text) == [("Qin Haoran", "deported", ["LA"])]


def test_a_handover_to_chinese_police_by_no_named_agent_stays_a_capture() -> None:
    text = "Qin Haoran, who fled to Laos, was handed to Chinese police at the airport."
    assert _cases(text) == [("Qin Haoran", "captured", ["LA"])]


@pytest.mark.parametrize("verb", ["stood on Chinese soil", "stepped onto Chinese soil"])
def test_standing_on_chinese_soil_again_is_a_return(verb: str) -> None:
    text = f"Qin Haoran {verb} again in May 2018, after six years on the run in Canada."
    assert [(r.name, r.return_date, r.fled_to) for r in _records(text)] == [
        ("Qin Haoran", "2018-05", ["CA"])
    ]


def test_an_abduction_by_chinese_secret_police_abroad_is_a_capture() -> None:
    text = (
        "In 2003 Qin Haoran travelled to Cambodia, where he was abducted by Chinese secret police."
    )
    assert _cases(text) == [("Qin Haoran", "captured", ["KH"])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "专案组力求以劝返来实现外逃人员主动回国投案。外逃人员孔令华于5月从柬埔寨回国投案。",
            ["孔令华"],
        ),
        ("有关部门希望通过劝返来实现外逃人员自愿回国接受审判。", []),
        ("他被遣返回中国后，家属至今没有他的何消息。", []),
    ],
)
def test_a_function_word_before_a_frequent_word_is_no_name(text: str, names: list[str]) -> None:
    assert [r.name for r in _records(text)] == names


@pytest.mark.parametrize("name", ["于建设", "来学习"])
def test_a_word_given_name_after_a_role_stays_a_name(name: str) -> None:
    text = f"犯罪嫌疑人{name}于5月从柬埔寨回国投案。"
    assert [r.name for r in _records(text)] == [name]


def test_a_name_after_a_credit_label_is_the_newsrooms() -> None:
    text = (
        "China extradites fraud suspect from Spain\n"
        "2019-05-02 10:11:12 Xinhua Editor : Qin Hao'e ECNS App Download\n"
        "Tang Weilin, a fraud suspect, was extradited to China from Spain on Thursday."
    )
    assert [r.name for r in _records(text)] == ["Tang Weilin"]


def test_a_returnees_own_post_does_not_make_a_speaker_one() -> None:
    text = "公司项目负责人范佳琪表示，2019年外逃的犯罪嫌疑人孔某已从老挝被遣返回国。"
    assert [r.name for r in _records(text)] == ["孔某"]


def test_a_credit_label_after_an_article_is_a_sentences_word() -> None:
    text = (
        "He worked as an Editor: Qin Haoran, later accused of bribery, fled to Canada and was "
        "persuaded to return in 2018."
    )
    assert [r.name for r in _records(text)] == ["Qin Haoran"]


def test_a_source_named_by_role_and_a_relative_clause_is_no_returnee() -> None:
    text = (
        "Activist Tursunjan Eziz, who has lived in Virginia since 2016, reported that the "
        "teacher Mehmet Imin had been deported from Kazakhstan to China in 2019."
    )
    assert [r.name for r in _records(text)] == ["Mehmet Imin"]


def test_a_name_after_a_possessive_is_not_the_one_forcibly_taken() -> None:
    text = "Police forcibly took Qin Haoran's driver, Lam Chi-wai, to China from Macau last year."
    assert _records(text) == []


@pytest.mark.parametrize("description", ["The suspect", "The fugitive", "The man"])
def test_a_definite_description_points_back_to_the_one_person(description: str) -> None:
    text = (
        "Qin Wenhao, wanted for invoice fraud, was brought back to China on Monday, the ministry "
        f"said. {description} had been arrested in Kenya on Jan 5."
    )
    assert [(r.name, r.fled_to) for r in _records(text)] == [("Qin Wenhao", ["KE"])]


@pytest.mark.parametrize("apposed", [" - Qin Wenhao - ", ", Qin Wenhao, "])
def test_the_return_of_a_fugitive_named_in_apposition(apposed: str) -> None:
    text = (
        "Officials hailed the return of one of Beijing's most wanted fugitives"
        f"{apposed}from Canada in March."
    )
    assert _cases(text) == [("Qin Wenhao", "unknown", ["CA"])]


def test_an_official_reporting_a_dated_return_tells_a_fact() -> None:
    text = "该市追逃办负责人表示，外逃人员郑海涛已于2019年从阿联酋被引渡回国。"
    assert _cases(text) == [("郑海涛", "extradited", ["AE"])]
    text = "该市追逃办负责人表示，将继续加大追逃力度，敦促外逃人员郑海涛早日从阿联酋回国投案。"
    assert _records(text) == []


@pytest.mark.parametrize("role", ["Refugee", "Monk", "Blogger", "Student"])
def test_a_role_word_opening_the_sentence_is_no_part_of_the_name(role: str) -> None:
    text = f"{role} Tenzin Wangmo was deported from Nepal to China in 2019."
    assert _cases(text) == [("Tenzin Wangmo", "deported", ["NP"])]


@pytest.mark.parametrize(
    "text",
    [
        "有关负责人介绍，办案人员正在争取于2023年底前将外逃人员王立民从新西兰引渡回国。",
        "有关负责人介绍，吴海涛原计划于2022年春节前从泰国回国投案，但因故推迟。",
        "有关负责人介绍，2021年5月两国签署引渡条约后，外逃人员马晓军有望于年内从秘鲁被引渡回国。",
    ],
)
def test_an_official_reporting_a_return_aimed_at_or_put_off_tells_none(text: str) -> None:
    assert _records(text) == []


def test_a_statement_that_tells_of_persuading_relatives_and_a_dated_return() -> None:
    text = "负责人表示，经多次做其家属思想工作，外逃人员周某于2019年11月从新加坡回国投案自首。"
    assert _cases(text) == [("周某", "persuaded", ["SG"])]


def test_a_journalist_named_before_the_returnee_is_no_returnee() -> None:
    text = (
        "Journalist Tom Hale interviewed Lin Bo in Toronto in 2019. The man later returned to "
        "China and surrendered, state media said."
    )
    assert [r.name for r in _records(text)] == ["Lin Bo"]


@pytest.mark.parametrize(
    "condition",
    [
        "on the condition that he would not be executed",
        "provided that he would not face the death penalty",
    ],
)
def test_the_condition_a_removal_was_made_on_is_a_clause_of_its_own(condition: str) -> None:
    text = f"In 2004 Qin Wenhao was sent back to China from the United States {condition}."
    assert _cases(text) == [("Qin Wenhao", "deported", ["US"])]
    text = f"Qin Wenhao would be sent back to China from the United States {condition}."
    assert _records(text) == []


@pytest.mark.parametrize("way", ["on his way to", "en route to", "in a car bound for"])
def test_a_country_the_person_was_on_the_way_to_is_no_country_of_flight(way: str) -> None:
    text = f"Qin Wenhao was detained in Myanmar {way} Thailand and was sent back to China in May."
    assert _cases(text) == [("Qin Wenhao", "deported", ["MM"])]


def test_ones_standing_in_china_is_no_return() -> None:
    text = "Qin Haoran, who fled to Canada, said his standing in China had grown over the years."
    assert _records(text) == []


@pytest.mark.parametrize(
    ("told", "found"),
    [
        (
            "In October, Hong Kong bookseller Xie Wenliang disappeared from his holiday flat in "
            "Thailand before emerging on Chinese state television to confess.",
            ("Xie Wenliang", ["TH"], "unknown"),
        ),
        (
            "In Thailand in 2015, the Chinese government grabbed the Swedish publisher Xie "
            "Wenliang, a co-owner of a small publishing house.",
            ("Xie Wenliang", ["TH"], "captured"),
        ),
        ("In 2015 the Chinese government grabbed the assets of Xie Wenliang in Thailand.", None),
        (
            "Relatives say the Chinese authorities snatched Xie Wenliang's father from his home "
            "in Urumqi. Xie himself lives in Amsterdam.",
            None,
        ),
        (
            "Xie Wenliang, a poet who went missing in Istanbul, has not appeared on state "
            "television, and Turkish police say he is still in the country.",
            None,
        ),
        (
            "The singer Xie Wenliang disappeared from public view for months before reappearing "
            "on state television.",
            None,
        ),
        (
            "Xie Wenliang, whose brother went missing in Myanmar in 2022, appeared on state "
            "television to thank the police.",
            None,
        ),
        (
            "Xie Wenliang, who lives in Thailand, appeared on Chinese state television to "
            "comment on the trade talks.",
            None,
        ),
    ],
)
def test_taken_by_the_chinese_state_or_shown_on_its_television(
    told: str, found: tuple[str, list[str], str] | None
) -> None:
    """A person who vanished abroad and then emerged on Chinese state television is back in
    China; the Chinese government grabbing a named person abroad is a capture (its grabbing
    of assets, or of someone's father, is none). Not one who has not appeared, one who vanished
    only from public view, nor one whose brother went missing. "Hong Kong bookseller" tells
    what the person is, not where they fled."""
    records = extract_cases(Document(id="t", text=told, published="2016-02-10"))
    got = [(r.name, r.fled_to, r.method) for r in records]
    assert got == ([found] if found else [])


@pytest.mark.parametrize(
    ("told", "name"),
    [
        ("The 26-year-old man, named as Mr Xu, arrived in China from Venezuela on Thursday.", "Xu"),
        ("The woman, identified only as Ms Tang, was sent back to China from Peru.", "Tang"),
        ("Mr Xu said the campaign would go on. A fugitive was sent back to China from Peru.", None),
    ],
)
def test_a_surname_given_with_its_title_alone(told: str, name: str | None) -> None:
    """ "The man, named as Mr Xu, …": a surname given with its title alone is the person's
    surname-only name, as "surnamed Xu" is; "Mr Xu said" names no returnee."""
    records = extract_cases(Document(id="t", text=told, published="2014-03-01"))
    assert [r.name for r in records] == ([name] if name else [])
