"""Every country a person fled to or lived in before the return, where a report tells the
route in words beyond 'fled to' (a list that ends 'and finally'), and no country of someone
else's trip. Sentences written for these tests in the style of
the real reports the mechanisms were learned from (no sentence of a real article)."""

from __future__ import annotations

import pytest

from extract import Document, extract_cases


def _places(text: str, published: str = "2019-06-14") -> list[tuple[str, list[str]]]:
    records = extract_cases(Document(id="t", text=text, published=published))
    return [(r.name, r.fled_to) for r in records]


def test_a_list_of_countries_that_goes_on_past_a_comma_with_and_finally() -> None:
    text = (
        "Police said Gao Minjie was brought back from Japan on Monday. "
        "Gao fled in 2012 to Kenya, then Brazil, and finally Chile."
    )
    assert _places(text) == [("Gao Minjie", ["JP", "KE", "BR", "CL"])]


def test_trips_of_relatives_officers_and_money_are_no_countries_of_flight() -> None:
    """Words of a trip (去了, "travelled to") tell where someone went, not who: a relative, the
    officers sent after the person, the money. Asylum sought by a group of others ("many
    fugitives who sought asylum in") is theirs, not the person's."""
    text = (
        "外逃8年的职务犯罪嫌疑人王海峰日前从新西兰回国投案。其妻女早在2015年就去了加拿大定居。"
        "办案人员曾两次去了澳大利亚做其工作。他将大部分赃款转去了加拿大。"
    )
    assert _places(text) == [("王海峰", ["NZ"])]
    text = (
        "BEIJING, May 8 (Xinhua) -- Chen Hua, a former official, was repatriated from Thailand "
        "on Tuesday. Investigators travelled to Laos several times to persuade him. Unlike "
        "many fugitives who sought asylum in the United States, he never applied for refugee "
        "status."
    )
    assert _places(text) == [("Chen Hua", ["TH"])]


def test_years_counted_with_qizhong_keep_the_persons_sentence() -> None:
    """其中7年藏身于澳大利亚: 其中 counts years of the person's flight, not a group of people."""
    text = "外逃11年的犯罪嫌疑人王海峰日前从新西兰回国投案。外逃11年间，其中7年藏身于澳大利亚。"
    assert _places(text) == [("王海峰", ["NZ", "AU"])]


def test_countries_where_many_of_a_listed_group_live_are_not_the_persons() -> None:
    text = (
        "Pan Yuwen, number 34 on a list of 100 most wanted suspects, was repatriated from "
        "Peru on Friday, the commission said.\n"
        "China published the list last year, and many of them are living in Australia, New "
        "Zealand and Canada."
    )
    assert _places(text) == [("Pan Yuwen", ["PE"])]


def test_a_foreign_name_known_by_a_religious_title() -> None:
    """Imam Yakup Tursun: a name that is no pinyin, known by its title. (A home abroad is no
    word of flight: it is as often a relative's or the one the person left.)"""
    text = (
        "Imam Yakup Tursun, an ethnic Uyghur cleric, may face execution.\n"
        "Earlier this year Yakup Tursun flew from his home in Canada to Tashkent to see his "
        "children.\n"
        "This week the family was told that he had been extradited to China by Uzbekistan."
    )
    assert _places(text) == [("Yakup Tursun", ["UZ"])]


def test_officials_titled_mr_or_dr_are_no_returnees() -> None:
    text = (
        "Fugitive Han Leiming, wanted for fraud, was deported from New Zealand on March 8 "
        "after a tribunal led by Dr Helen Marsh rejected his appeal."
    )
    assert _places(text) == [("Han Leiming", ["NZ"])]


def test_asylum_applied_for_in_one_country_after_another_is_a_route_of_flight() -> None:
    text = (
        "BEIJING, March 3 (Xinhua) -- Tang Weiping, a former bank manager, returned to China "
        "and gave himself up on Tuesday, the commission said.\n"
        "Tang left China in 2009 and applied for asylum first in Belgium, then Austria and "
        "finally Canada."
    )
    assert _places(text) == [("Tang Weiping", ["BE", "AT", "CA"])]
    text = (
        "Wu Lanying, a fugitive accused of fraud, was repatriated from Ireland on Monday. "
        "She had applied for political asylum in Ireland and Portugal."
    )
    assert _places(text) == [("Wu Lanying", ["IE", "PT"])]


def test_the_flight_of_a_group_of_others_in_the_persons_sentence_is_not_theirs() -> None:
    text = (
        "Ma Jianlin was repatriated from Fiji on Sunday. Unlike many suspects who fled to "
        "Australia, he stayed in Fiji for six years."
    )
    assert _places(text) == [("Ma Jianlin", ["FJ"])]


def test_a_flight_denied_intended_or_a_relatives_is_not_the_persons() -> None:
    lead = "Wang Feng was repatriated from Laos on May 5, 2019. "
    for told in (
        "Wang never applied for asylum in Germany, his lawyer said.",
        "Wang had been planning to seek asylum in Thailand.",
        "Wang was denied asylum in Canada in 2014.",
        "His wife, who sought asylum in the United States, remains at large.",
        "Wang, whose parents sought asylum in New Zealand in 2010, had lived in Laos.",
    ):
        assert _places(lead + told) == [("Wang Feng", ["LA"])], told


def test_the_flight_of_a_group_the_person_was_among_is_theirs() -> None:
    text = (
        "Zhang Hua was repatriated from Laos on May 5, 2019. Zhang was among the 100 fugitives "
        "who fled to the United States before moving to Thailand in 2016."
    )
    assert _places(text) == [("Zhang Hua", ["LA", "US", "TH"])]


def test_a_trip_abroad_never_returned_from_is_a_country_of_flight() -> None:
    """ "failed to return after travelling to Malta": the trip became the flight; a trip the
    person came back from is none (its other wordings, "never returned from", were left out of
    flight.en: no labelled text holds them, and an entry that changes no output is a defect)."""
    stayed = (
        "A fund manager surnamed Qiu was extradited from Spain on Sunday. "
        "Qiu failed to return after travelling to Malta with his family in 2014."
    )
    assert _places(stayed) == [("Qiu", ["ES", "MT"])]
    came_back = stayed.replace("failed to return after travelling", "travelled")
    assert _places(came_back) == [("Qiu", ["ES"])]


def test_a_chinese_route_goes_on_past_commas_with_then_and_flew_on_to() -> None:
    """先逃到…，又飞往…，再转机飞往…: each clause opened by a word of sequence and of going
    goes on with the route; a flight on to a city of China (又飞往北京) is none."""
    text = (
        "2009年，原信用社主任韦国柱先逃到新加坡，又飞往马来西亚，再转机飞往澳大利亚。"
        "2018年3月，韦国柱被澳大利亚遣返回国。"
        "2012年，会计蒙秀兰逃到泰国，后又飞往昆明。2016年，蒙秀兰被从泰国押解回国。"
    )
    assert _places(text) == [
        ("韦国柱", ["AU", "SG", "MY"]),
        ("蒙秀兰", ["TH"]),
    ]


def test_a_group_told_as_one_shares_its_route_of_flight() -> None:
    """这三人…先逃到…: a nameless sentence about a group named before tells each one's flight;
    told one by one (分别逃往) it tells nobody's in particular."""
    text = (
        "审计发现，韦国柱、蒙秀兰、覃立新已下落不明。原来这三人早已外逃，先逃到新加坡，"
        "再飞往加拿大。2018年3月，韦国柱被加拿大遣返回国。"
    )
    assert _places(text) == [("韦国柱", ["CA", "SG"])]
    one_by_one = text.replace("先逃到新加坡，再飞往加拿大", "分别逃往新加坡、加拿大")
    assert _places(one_by_one) == [("韦国柱", ["CA"])]


def test_an_english_flight_clause_goes_on_with_the_countries_it_includes() -> None:
    """ "hiding in several countries, including A, B and finally C": the comma before
    "including" (or "such as") goes on with the route."""
    text = (
        "Lu Jianhua was extradited from Samoa on Monday. During his nine years abroad, Lu had "
        "been hiding in several countries, including Fiji, Vanuatu and finally Samoa."
    )
    assert _places(text) == [("Lu Jianhua", ["WS", "FJ", "VU"])]


def test_a_province_of_a_neighbouring_country_tells_where_the_handover_was() -> None:
    """Vietnam's and Laos's provinces on China's border are listed with their country's
    cities (countries.json): a handover by the police of Quang Ninh was in Vietnam."""
    text = (
        "Police in the northern province of Quang Ninh said on Friday they had handed "
        "Ma Lianfeng over to Chinese police at the border gate."
    )
    assert _places(text) == [("Ma Lianfeng", ["VN"])]


def test_others_flights_and_trips_home_are_no_route_of_flight() -> None:
    """A group's word before someone else's flight (他们的同伙, 他们安排财务人员…), a trip home
    through a third country (从奥克兰出发，再转机飞往悉尼) and "including" before what is not a
    place tell no country of the person's flight."""
    text = (
        "韦国柱、蒙秀兰已下落不明。他们的同伙早已逃往菲律宾。他们还安排财务人员先逃到越南，"
        "又前往老挝。2018年3月，韦国柱被加拿大遣返回国。"
        "工作组押解韦国柱从奥克兰出发，再转机飞往悉尼，最终回到北京。"
    )
    assert _places(text) == [("韦国柱", ["CA"])]
    escorted = (
        "2018年5月，工作组押解外逃人员覃立新从莫斯科出发，再转机飞往阿斯塔纳，最终抵达乌鲁木齐。"
    )
    assert _places(escorted) == [("覃立新", ["RU"])]
    english = (
        "Lu Jianhua was extradited from Samoa on Monday. Lu fled abroad in 2014 with 30 million "
        "yuan, including funds wired to accounts in Switzerland and Singapore."
    )
    assert _places(english) == [("Lu Jianhua", ["WS"])]


def test_a_province_that_reads_as_a_pinyin_name_is_left_out_of_the_cities() -> None:
    """Cao Bang and Lai Chau (Vietnamese provinces) read as Chinese names: the gazetteer of
    cities leaves them out, so a person of that name stays a person."""
    text = "Cao Bang, a former finance official, was persuaded to return from Canada on June 2."
    assert _places(text) == [("Cao Bang", ["CA"])]


def test_refuge_sought_in_countries_tells_where_the_person_fled() -> None:
    text = (
        "Lu Haoming was repatriated from the United States on Friday. Lu had earlier sought "
        "refuge in Hong Kong, Singapore, France and Italy."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-11-17"))
    assert [(r.name, sorted(r.fled_to)) for r in records] == [
        ("Lu Haoming", ["FR", "HK", "IT", "SG", "US"])
    ]


def test_a_countrys_airline_is_no_country_of_flight() -> None:
    """The carrier a person was flown home on (埃塞俄比亚航空, "an Ethiopian Airlines flight")
    is named after a country the person need never have been in."""
    text = (
        "外逃人员龙德顺于2011年潜逃至肯尼亚。8日上午，随着埃塞俄比亚航空ET684航班降落在"
        "广州白云国际机场，龙德顺被押解回国。"
    )
    assert _places(text) == [("龙德顺", ["KE"])]
    text = (
        "Long Deshun, who fled to Kenya in 2011, was escorted back to Guangzhou on an "
        "Ethiopian Airlines flight on Monday."
    )
    assert _places(text) == [("Long Deshun", ["KE"])]


def test_a_country_named_as_a_party_is_that_country() -> None:
    """美方, 泰方, 韩方: the country's authorities as a party to the return."""
    text = "“百名红通人员”于宝华于本月2日被美方遣返回国，她涉嫌贪污公款逾千万元。"
    assert _places(text) == [("于宝华", ["US"])]
    text = "韩方抓获并向我方移交了涉黑案骨干成员许长海。"
    assert _places(text) == [("许长海", ["KR"])]
    # a dictionary word crossing it is no party (老方法, 加方式)
    text = "专案组采用老方法摸排线索，外逃人员许长海于2019年5月回国投案。"
    assert _places(text) == [("许长海", [])]


def test_a_person_handed_to_another_countrys_side_is_not_returned() -> None:
    text = (
        "双方合作成效显著，我方抓获后向韩方移交了涉嫌杀人的崔东焕等在逃人员，韩方则抓获并"
        "向我方移交了涉黑案骨干成员许长海等在逃犯罪嫌疑人。"
    )
    assert [name for name, _ in _places(text)] == ["许长海"]
    text = "先后将我国诈骗犯罪嫌疑人方哲，以及韩方关切的诈骗犯罪嫌疑人赵英植缉捕归案。"
    assert [name for name, _ in _places(text)] == ["方哲"]


@pytest.mark.parametrize(
    ("told", "places"),
    [
        ("who was last seen in Cambodia", ["TH", "KH"]),
        ("who went missing in Laos", ["TH", "LA"]),
        ("who vanished from Vietnam", ["TH", "VN"]),
        ("who was about to fly to Vietnam", ["TH"]),
        ("who disappeared in May while getting ready to travel on to Vietnam", ["TH"]),
    ],
)
def test_where_the_person_was_last_seen_is_where_they_were(told: str, places: list[str]) -> None:
    """ "last seen in Cambodia", "went missing in Laos": the country a person vanished from
    before turning up in Chinese custody is one they were in, beside the one a flight word
    names elsewhere; a country they were only about to travel on to is not."""
    text = (
        "Xie Wenliang had moved to Thailand in 2012. Now one of the missing men, Xie Wenliang, "
        f"{told}, has phoned his family. In a video, Xie says he voluntarily made his "
        "way to China to hand himself over to the authorities."
    )
    assert _places(text) == [("Xie Wenliang", places)]


@pytest.mark.parametrize(
    "other",
    [
        "His wife was last seen in Canada in 2019",
        "Wang's business partner went missing in Canada in 2018",
        "One of the investors he cheated fled to Canada",
        "The informant who exposed Wang disappeared in Canada",
        "Wang's creditor, who went missing in Canada in 2021, was found later",
        "A colleague of Wang Dehai went missing in Canada",
        "Wang's phone went missing in Canada in 2019",
    ],
)
def test_another_persons_flight_is_not_the_persons(other: str) -> None:
    """A relative, a partner, a creditor, a colleague, a victim or an informant as the subject of
    the flight words, or a thing that went missing: the country is where that person or thing
    went, not the returnee."""
    text = (
        f"Wang Dehai, a former bank manager who fled to Australia in 2014, was persuaded to "
        f"return to China on Friday. {other}, investigators said."
    )
    assert _places(text) == [("Wang Dehai", ["AU"])]


def test_a_trip_set_for_a_day_that_became_the_flight() -> None:
    """ "was scheduled to travel to Japan for a trade fair and never returned": a trip due to be
    made is the flight when it was made; only a journey on, not yet made, is left out."""
    text = (
        "Wang Dehai was scheduled to travel to Japan for a trade fair in 2018 and never came "
        "back. He was repatriated on Monday."
    )
    assert _places(text) == [("Wang Dehai", ["JP"])]


def test_a_camp_of_a_countrys_refugees_is_where_the_person_hid() -> None:
    """ "hid in a Thai refugee camp": the country's word before the camp's kind places the
    person there (only "Thai refugee X", what the person is, tells nothing of where)."""
    text = "Wang Dehai hid in a Thai refugee camp for three years before he was sent back to China."
    assert _places(text) == [("Wang Dehai", ["TH"])]


@pytest.mark.parametrize(
    ("told", "places"),
    [
        (
            "Wang's wife and son, who hold Grenadian passports, are believed to be living in Canada.",
            ["GD"],
        ),
        ("Wang's lawyer, who spoke to reporters, said Wang had lived in Canada.", ["GD", "CA"]),
    ],
)
def test_a_relative_clause_set_off_by_commas(told: str, places: list[str]) -> None:
    """ "His wife and son, who hold …, are believed to be living in Canada": the relatives' own
    verb after their relative clause; a clause that names the person again after it ("…, said
    Wang had lived in") is the person's."""
    text = f"Wang Dehai, who bought citizenship in Grenada, was deported to China on Monday. {told}"
    assert _places(text) == [("Wang Dehai", places)]
