"""Patterns learned from real published articles, tested on sentences written for these tests.

The real articles are scored by ``returnwatch evaluate`` when their texts are cached; these tests
keep each mechanism learned from them working where the cache is absent (CI).
"""

from __future__ import annotations

import pytest

from extract import Document, extract_cases
from extract.record import CaseRecord


def _records(text: str, published: str | None = "2019-04-02") -> list[CaseRecord]:
    return extract_cases(Document(id="t", text=text, published=published))


def _one(text: str, published: str | None = "2019-04-02") -> dict[str, object]:
    records = _records(text, published)
    assert len(records) == 1, [r.name for r in records]
    return records[0].to_dict()


def test_surrender_abroad_then_escort_home_is_a_surrender() -> None:
    record = _one(
        "3月20日，潜逃缅甸的职务犯罪嫌疑人郝立新被押解回国。"
        "此前，郝立新在缅甸向我驻缅甸使馆投案自首。"
    )
    assert record["method"] == "surrendered"


def test_an_escort_alone_is_a_capture() -> None:
    record = _one("3月20日，潜逃缅甸的职务犯罪嫌疑人郝立新被押解回国。")
    assert record["method"] == "captured"


def test_deportation_with_an_escort_stays_a_deportation() -> None:
    record = _one("3月20日，潜逃缅甸的职务犯罪嫌疑人郝立新被缅甸警方遣返，由我方工作组押解回国。")
    assert record["method"] == "deported"


def test_a_statistics_sentence_lends_nothing_to_the_person_before_it() -> None:
    record = _one(
        "2018年5月，潜逃加拿大的职务犯罪嫌疑人郝立新被押解回国。"
        "截至目前，已有35名外逃人员归案，他们涉嫌贪污、受贿、诈骗等犯罪，分别从美国、澳大利亚被追回。"
    )
    assert record["alleged_crimes"] == [] and record["fled_to"] == ["CA"]


def test_a_sentence_counting_people_in_english_is_no_fact_about_the_last_one_named() -> None:
    record = _one(
        "Liu Hongxia, who fled to Canada in 2012, was repatriated to China on Tuesday. "
        "Among the returnees, 19 people were suspected of embezzlement and bribery."
    )
    assert record["alleged_crimes"] == []


def test_ascii_punctuation_in_chinese_text_reads_like_full_width() -> None:
    from extract.text import normalise

    assert normalise("合作,今年7月将她引渡回国;1,000元") == "合作，今年7月将她引渡回国；1,000元"
    record = _one(
        "经中泰执法合作,外逃泰国的犯罪嫌疑人郝立新近日被引渡回国。"
        "郝立新出生于1969年,涉嫌贪污犯罪,双方开展执法合作,今年3月将其引渡回国。"
    )
    assert record["return_date"] == "2019-03"


def test_a_dated_sentence_outranks_a_vague_one_and_a_birth_year_is_no_return_date() -> None:
    record = _one(
        "外逃泰国的犯罪嫌疑人郝立新日前被引渡回国。"
        "此次归案的郝立新，出生于1969年，涉嫌贪污犯罪。今年3月，泰方将其引渡回国。"
    )
    assert record["return_date"] == "2019-03"


def test_persuasion_of_a_relative_that_led_to_the_return_is_persuasion() -> None:
    record = _one(
        "2015年从加拿大回国投案自首的郝立新曾外逃七年。"
        "办案人员通过对郝立新的妻子开展劝导工作,最终促使他决定回国。"
    )
    assert record["method"] == "persuaded"


def test_english_surname_only_forms_name_the_person() -> None:
    for phrase in (
        "suspect Tang",
        "a suspect with the surname Tang",
        "identified only by his surname Tang",
    ):
        text = (
            f"Police escorted {phrase} back to China from Thailand on Friday, the ministry said. "
            "Tang had fled overseas in 2016."
        )
        records = extract_cases(Document(id="t", text=text, published="2025-08-20"))
        assert [(r.name, r.name_is_full, r.fled_to) for r in records] == [("Tang", False, ["TH"])]


def test_suspect_before_a_full_name_does_not_add_a_surname_only_person() -> None:
    text = "Suspect Tang Wenli was repatriated to China from Thailand on Friday, the ministry said."
    records = extract_cases(Document(id="t", text=text, published="2025-08-20"))
    assert [r.name for r in records] == ["Tang Wenli"]


def test_a_reporters_byline_is_no_person_of_the_case() -> None:
    text = (
        "By Zhou Ming | chinadaily.com.cn | Updated: 2017-04-25\n"
        "Suspect Tang Wenli was repatriated to China from Thailand on Friday, the ministry said."
    )
    records = extract_cases(Document(id="t", text=text, published="2017-04-25"))
    assert [r.name for r in records] == ["Tang Wenli"]


@pytest.mark.parametrize(
    "credits",
    [
        "(By Qin Yuhang)",
        "Reporting by Qin Yuhang; Editing by Dong Xiaoyan",
        "Editor: Qin Yuhang",
        "Written by Qin Yuhang",
    ],
)
def test_the_credits_of_a_story_name_no_returnee(credits: str) -> None:
    # a story that names no returnee: its reporters and editors are the only names
    text = (
        "On March 2, police in Laos handed two fraud suspects over to Chinese officers.\n\n"
        + credits
    )
    assert extract_cases(Document(id="t", text=text, published="2024-03-05")) == []


def test_a_sentence_opening_on_written_by_is_no_credit() -> None:
    text = (
        "Written by Qin Yuhang, the letter was read out in court. Qin returned from Laos and "
        "surrendered on March 2."
    )
    records = extract_cases(Document(id="t", text=text, published="2024-03-05"))
    assert [r.name for r in records] == ["Qin Yuhang"]


def test_an_aside_in_brackets_after_a_returnee_is_no_credit() -> None:
    text = (
        "On March 2, police in Laos handed fugitive Qin Yuhang over to Chinese officers (by road)."
    )
    records = extract_cases(Document(id="t", text=text, published="2024-03-05"))
    assert [r.name for r in records] == ["Qin Yuhang"]


def test_an_english_lead_that_says_the_person_gave_themselves_up_sets_the_method() -> None:
    text = (
        "A former state official who had fled to Canada has given herself up and returned "
        "to China, the anti-graft body said on Saturday.\n"
        "Wen Lihua, a former deputy director of a city land bureau, returned to China after 9 years "
        "in Canada, the commission said."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-12-03"))
    assert [(r.name, r.method) for r in records] == [("Wen Lihua", "surrendered")]


def test_surrendering_is_a_surrender() -> None:
    text = "Wen Lihua, who fled to Canada in 2010, returned to China on Saturday, surrendering to the police."
    records = extract_cases(Document(id="t", text=text, published="2018-07-29"))
    assert [(r.name, r.method) for r in records] == [("Wen Lihua", "surrendered")]


@pytest.mark.parametrize(
    "told",
    [
        'He had been "persuaded to surrender," state media reported.',
        "He has been persuaded to turn himself in, state media reported.",
        "State media said he was persuaded to give himself up.",
    ],
)
def test_a_persuasion_to_surrender_told_of_the_person_named_before(told: str) -> None:
    text = f"Cao Weiming, a former bank clerk, moved to Canada in 2013. {told}"
    records = _records(text, published="2016-03-02")
    assert [(r.name, r.method, r.fled_to) for r in records] == [
        ("Cao Weiming", "persuaded", ["CA"])
    ]


def test_the_return_of_a_plural_noun_is_a_policy_not_a_persons_return() -> None:
    headline = "Beijing presses Ottawa to ease the return of graft suspects"
    caption = "Sun Guoqiang is led away after a hearing on his refugee claim in Toronto in 2014."
    assert _records(f"{headline}\n\n{caption}", published=None) == []
    named = "Ottawa eased the return of Sun Guoqiang, who had lived in Toronto since 2009."
    assert [(r.name, r.method) for r in _records(named, published=None)] == [
        ("Sun Guoqiang", "unknown")
    ]


@pytest.mark.parametrize("role", ["司机", "秘书", "情妇"])
def test_the_one_an_associate_works_for_is_no_returnee_the_associate_is(role: str) -> None:
    text = (
        "2013年5月，齐永军从加拿大回国投案。分析人士指出，此前外逃官员卢美芳的"
        f"{role}邓建明等人也已相继回国投案自首。"
    )
    names = sorted(r.name for r in _records(text, published="2013-05-20"))
    assert names == ["邓建明", "齐永军"]


@pytest.mark.parametrize("role", ["评论员", "专家", "研究员", "主持人"])
def test_a_commentator_who_tells_of_returns_is_no_returnee(role: str) -> None:
    text = f"2013年5月，齐永军从加拿大回国投案。{role}乔宏达指出，外逃人员邓建明此前也已从美国回国投案自首。"
    names = sorted(r.name for r in _records(text, published="2013-05-20"))
    assert names == ["邓建明", "齐永军"]


@pytest.mark.parametrize("indent", ["", "  ", "\u3000\u3000"])
def test_an_old_headline_label_is_neither_a_person_nor_a_post(indent: str) -> None:
    text = (
        f"{indent}原标题：“猎狐行动”首次从法国成功引渡逃犯\n\n"
        "记者昨日从公安部了解到，工作组日前把犯罪嫌疑人周某从法国押解回国。"
    )
    records = _records(text, published="2016-09-20")
    assert [(r.name, r.former_position) for r in records] == [("周某", None)]


@pytest.mark.parametrize(
    ("after", "method"),
    [
        ("这是我国首次从南美洲国家成功遣返外逃经济犯罪嫌疑人。", "deported"),
        ("此次引渡也是两国引渡条约生效后的第一例。", "extradited"),
        ("这是办案民警第三次赴南美开展工作。", "captured"),
        ("这是此前未能遣返的一名逃犯。", "captured"),
    ],
)
def test_the_sentence_after_an_escort_home_may_name_its_channel(after: str, method: str) -> None:
    text = f"9月2日，涉嫌合同诈骗的犯罪嫌疑人韦某某被从秘鲁押解回到杭州萧山机场。{after}"
    assert _one(text, published="2014-09-28")["method"] == method


@pytest.mark.parametrize(
    ("where", "method"),
    [
        ("结果刚到拱北口岸就被抓获归案", "other"),
        ("在深圳湾口岸入境时被当场抓获", "other"),
        ("结果在老挝磨丁口岸被当地警方抓获，随后押解回国", "captured"),
    ],
)
def test_caught_at_a_port_of_entry_on_coming_back_is_no_capture_abroad(
    where: str, method: str
) -> None:
    text = f"2014年10月11日，外逃加拿大的犯罪嫌疑人冼某回国，{where}。"
    assert _one(text, published="2015-01-07")["method"] == method


@pytest.mark.parametrize("post", ["研究员", "副研究员", "评论员", "专家"])
def test_a_former_post_that_is_also_a_commentators_title_keeps_the_returnee(post: str) -> None:
    text = f"外逃5年的职务犯罪嫌疑人、原某科研院所{post}赵明远7月5日从美国回国投案。"
    record = _one(text, published="2019-07-10")
    assert (record["name"], record["method"], record["fled_to"]) == (
        "赵明远",
        "surrendered",
        ["US"],
    )


def test_a_later_list_of_owners_is_no_group_of_returnees() -> None:
    text = (
        "王海等2名犯罪嫌疑人从柬埔寨被遣返回国。此前，专案组依法查封了王海、李梅2人名下房产，"
        "李梅系王海之妻，目前在国内配合调查。"
    )
    assert [r.name for r in _records(text, published="2019-07-10")] == ["王海"]


@pytest.mark.parametrize("name", ["金大桥", "王海关", "高广场", "孙宾馆"])
def test_a_given_name_that_is_a_facility_word_stays_a_name_after_a_cue(name: str) -> None:
    text = f"“红通人员”、外逃12年的职务犯罪嫌疑人{name}于6月4日从韩国回国投案。{name}，男，涉嫌受贿罪。"
    assert [r.name for r in _records(text, published="2019-06-06")] == [name]


@pytest.mark.parametrize("role", ["情妇", "司机"])
def test_the_post_before_an_associate_is_the_one_they_stand_by(role: str) -> None:
    text = f"原广州市某局局长刘某的{role}陈佳于2月10日从加拿大被遣返回国。"
    record = _one(text, published="2019-06-06")
    assert (record["name"], record["former_position"]) == ("陈佳", None)


def test_a_persuasion_that_failed_leaves_the_removal_that_followed() -> None:
    text = (
        "Wang Jing was not persuaded by appeals from her family but was eventually deported "
        "from Thailand on May 25."
    )
    record = _one(text, published="2020-06-01")
    assert (record["name"], record["method"], record["return_date"]) == (
        "Wang Jing",
        "deported",
        "2020-05-25",
    )


def test_english_crime_contexts_beyond_suspected_of() -> None:
    cases = {
        "amid allegations of contract fraud": ["fraud"],
        "after he was investigated for bribery": ["bribery"],
        "on suspicion of embezzlement": ["embezzlement"],
    }
    for phrase, crimes in cases.items():
        text = (
            f"Wen Lihua, who fled to Canada in 2010 {phrase}, was repatriated to China on Saturday."
        )
        records = extract_cases(Document(id="t", text=text, published="2018-07-29"))
        assert [r.alleged_crimes for r in records] == [crimes], phrase


def test_returning_the_bribes_taken_names_bribery() -> None:
    text = (
        "Wen Lihua, who fled to Canada in 2010, returned to China on Saturday, "
        "surrendering to the police and returning bribes she had taken."
    )
    records = extract_cases(Document(id="t", text=text, published="2018-07-29"))
    assert [r.alleged_crimes for r in records] == [["bribery"]]


def test_a_number_in_a_list_is_no_day_of_the_month() -> None:
    record = _one("5月9日晚间，“红通”2号嫌犯郝立新被从新加坡遣返回国。", published="2015-05-11")
    assert record["return_date"] == "2015-05-09"


def test_the_arrival_told_after_the_event_dates_the_return() -> None:
    record = _one(
        "办案民警多次与郝立新的家人沟通，最终劝返了潜逃加拿大的郝立新。"
        "9月27日，郝立新表示同意回国自首。28日，郝立新乘坐的航班抵达上海浦东国际机场。",
        published="2014-11-03",
    )
    assert record["return_date"] == "2014-09-28"


def test_a_foreign_court_far_from_its_sentence_still_prosecutes_abroad() -> None:
    text = (
        "美国时间5月6日，美国联邦内华达地区法院法官宣判：郝立新因犯洗钱、签证欺诈等罪名，"
        "被判处有期徒刑25年。"
    )
    records = extract_cases(Document(id="t", text=text, published="2009-05-14"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [
        ("郝立新", "prosecuted_abroad", ["US"])
    ]


def test_every_country_of_a_route_of_flight_is_a_country_fled_to() -> None:
    record = _one(
        "2018年11月30日，外逃13年的郝立新被从保加利亚引渡回国。"
        "2005年12月，郝立新仓皇出逃，在13年间辗转菲律宾、越南、古巴等多国。"
    )
    assert record["fled_to"] == ["BG", "PH", "VN", "CU"]


def test_a_route_in_english_adds_each_country() -> None:
    text = (
        "Wen Lihua returned to China from New Zealand on Saturday. "
        "She had been hiding in Australia and New Zealand since 2001."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-11-13"))
    assert [r.fled_to for r in records] == [["NZ", "AU"]]


def test_countries_of_others_named_together_stay_theirs() -> None:
    text = "外逃人员郝立新、李文光分别从泰国、老挝被遣返回国。两人此前分别潜逃泰国、老挝多年。"
    records = extract_cases(Document(id="t", text=text, published="2016-11-13"))
    assert sorted((r.name, tuple(r.fled_to)) for r in records) == [
        ("李文光", ("LA",)),
        ("郝立新", ("TH",)),
    ]


def test_sneaking_back_and_being_caught_at_home_is_other() -> None:
    record = _one(
        "外逃13年的郝立新近期持外国护照潜回国内，警方于4月25日在安徽将其缉捕归案。",
        published="2015-05-14",
    )
    assert record["method"] == "other"


def test_caught_abroad_and_brought_home_in_one_verb_is_a_capture() -> None:
    record = _one("4月23日，工作组将集资诈骗案犯罪嫌疑人郝某等4人从马达加斯加缉捕回国。")
    assert (record["name"], record["method"], record["fled_to"]) == ("郝某", "captured", ["MG"])


def test_a_name_after_called_is_a_name() -> None:
    record = _one("一名中年男子走下飞机。这名中年男子叫郝立新，他从新加坡被押解回国。")
    assert record["name"] == "郝立新"


def test_the_day_before_counts_back_from_the_day_just_named() -> None:
    text = (
        "5月29日深夜，外逃美国的郝立新走下舷梯，回国投案。"
        "而就在此前一天，外逃加拿大的李文光也从加拿大回国投案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-05-31"))
    assert sorted((r.name, r.return_date) for r in records) == [
        ("李文光", "2019-05-28"),
        ("郝立新", "2019-05-29"),
    ]


def test_the_day_a_body_published_something_is_not_the_return_date() -> None:
    record = _one(
        "6月18日下午，郝立新在两名民警押解下走下飞机舷梯。"
        "郝立新是6月6日中央追逃办发布有关公告后从新加坡归案的第一人。",
        published="2018-06-20",
    )
    assert record["return_date"] == "2018-06-18"


def test_a_name_before_as_is_a_name() -> None:
    record = _one("2016年1月1日，“百名红通”10号嫌犯郝立新作为第19名到案人员从新加坡被抓获回国。")
    assert (record["name"], record["return_date"]) == ("郝立新", "2016-01-01")


def test_an_expulsion_that_hands_the_person_to_china_is_a_deportation() -> None:
    record = _one(
        "郁金龙案开庭。郁金龙于2009年逃往加拿大，加方于2012年3月8日将郁金龙驱逐出境并押送至中国。",
        "2012-03-20",
    )
    assert (record["method"], record["return_date"], record["fled_to"]) == (
        "deported",
        "2012-03-08",
        ["CA"],
    )


def test_china_expelling_a_foreigner_is_still_no_return() -> None:
    text = "公安机关依法将非法入境的外籍男子驱逐出境。该男子此前逃往泰国后被遣返。"
    assert extract_cases(Document(id="t", text=text, published="2020-01-01")) == []


def test_a_passive_return_told_before_what_followed_is_a_fact() -> None:
    record = _one(
        "潜逃新西兰的嫌疑人施永康于5月3日被遣返回国后，检察机关依法对其提起公诉。",
        "2016-05-10",
    )
    assert (record["name"], record["method"], record["return_date"]) == (
        "施永康",
        "deported",
        "2016-05-03",
    )


def test_what_a_person_would_face_after_returning_is_no_return() -> None:
    text = "外逃人员回国后如能如实供述，可依法从轻处理。潜逃美国的嫌疑人欧某仍在境外。"
    assert extract_cases(Document(id="t", text=text, published="2016-05-10")) == []


def test_surrendering_at_an_embassy_abroad_is_a_surrender() -> None:
    record = _one(
        "迫于追逃压力，外逃老挝的犯罪嫌疑人滕光耀于4月2日向我驻老挝使馆自首，4月5日被押解回国。",
        "2019-04-08",
    )
    assert (record["method"], record["fled_to"]) == ("surrendered", ["LA"])


def test_an_english_sentence_about_a_new_person_binds_to_the_name_that_follows() -> None:
    text = (
        "Xu Dongming, a former bank clerk who fled to Canada in 2009, turned himself in on "
        "Monday, the CCDI said. On Tuesday, a former county official went on trial in Nanjing "
        "ten months after she turned herself in. Zhao Liping, who had been on the run for 11 "
        "years in Fiji, admitted taking bribes in court."
    )
    records = extract_cases(Document(id="t", text=text, published="2017-06-08"))
    assert sorted((r.name, r.method, r.fled_to) for r in records) == [
        ("Xu Dongming", "surrendered", ["CA"]),
        ("Zhao Liping", "surrendered", ["FJ"]),
    ]


def test_persuading_a_described_fugitive_to_return_is_a_persuasion() -> None:
    record = _one(
        "On May 6, police in Hangzhou persuaded a fugitive with the surname Ruan, who had fled to "
        "Cambodia after a fraud case collapsed in 2016, to return to China.",
        "2018-05-09",
    )
    assert (record["name"], record["method"], record["return_date"]) == (
        "Ruan",
        "persuaded",
        "2018-05-06",
    )


def test_a_sentence_about_a_large_batch_of_fugitives_is_a_statistic() -> None:
    text = (
        "5月3日，潜逃泰国的嫌疑人龙国栋回国投案自首。"
        "今年以来，工作组赴境外开展工作，成功缉捕、劝返一大批境外逃犯。"
    )
    record = extract_cases(Document(id="t", text=text, published="2016-05-08"))[0]
    assert (record.name, record.method) == ("龙国栋", "surrendered")


def test_money_returned_to_china_is_no_return_of_a_person() -> None:
    text = (
        "Peng Jiahui's assets, 3 million Canadian dollars, were returned to China on Monday, police "
        "said. Peng, who fled to Canada in 2004, returned to China on March 3, 2015 to turn himself in."
    )
    record = _one(text, "2016-06-13")
    assert (record["name"], record["return_date"], record["method"]) == (
        "Peng Jiahui",
        "2015-03-03",
        "surrendered",
    )


@pytest.mark.parametrize(
    ("clause", "crime"),
    [
        ("涉嫌利用职务便利多次收受巨额贿赂", "bribery"),
        ("因涉嫌虚开增值税发票", "tax_crime"),
        ("曾因行贿外逃", "bribe_giving"),
    ],
)
def test_crimes_told_as_acts(clause: str, crime: str) -> None:
    record = _one(f"潜逃斐济的嫌疑人卓立言，{clause}，于3月4日被遣返回国。", "2019-03-08")
    assert record["alleged_crimes"] == [crime]


@pytest.mark.parametrize(
    ("phrase", "crime"),
    [
        ("suspected of falsifying value-added tax invoices", "tax_crime"),
        ("accused of abusing his post to receive bribes", "bribery"),
    ],
)
def test_english_crimes_told_as_acts(phrase: str, crime: str) -> None:
    record = _one(
        f"Tao Weiming, who fled to Fiji in 2012 and is {phrase}, was repatriated to China on March 4.",
        "2019-03-08",
    )
    assert record["alleged_crimes"] == [crime]


def test_chinese_police_catching_a_person_who_fled_is_a_capture() -> None:
    record = _one(
        "5月17日，在我驻外使馆支持下，上海公安机关成功抓获潜逃秘鲁12年的犯罪嫌疑人章某某。",
        "2016-08-18",
    )
    assert (record["name"], record["method"], record["return_date"], record["fled_to"]) == (
        "章某某",
        "captured",
        "2016-05-17",
        ["PE"],
    )


def test_two_people_introduced_before_a_sentence_about_both() -> None:
    text = (
        "例如，某市劳动保障监察支队原科长尹德顺，伙同支队原出纳员邹晓梅利用职务便利侵吞公款，"
        "并于2014年9月携款出逃。两人最终在巴拿马被缉捕归案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2016-10-20"))
    assert sorted((r.name, r.method, tuple(r.fled_to)) for r in records) == [
        ("尹德顺", "captured", ("PA",)),
        ("邹晓梅", "captured", ("PA",)),
    ]


def test_another_fugitive_is_not_the_person_told_of_before() -> None:
    text = (
        "某省国资委原主任尹德顺去年潜逃出境，至今仍在境外。"
        "而另一名潜逃澳门的逃犯，日前被成功劝返。\n"
        "尹德顺前年退休，去年四月擅自出国。\n"
        "逃犯受劝返内地\n"
        "此外，红色通缉令上的逃犯邹某近日被劝回内地受查。"
    )
    records = extract_cases(Document(id="t", text=text, published="2015-11-10"))
    assert [(r.name, r.method) for r in records] == [("邹某", "persuaded")]


def test_a_person_turned_over_to_chinese_officials_was_deported_that_day() -> None:
    text = (
        "Gao Minghui, a suspect in a 12-million-yuan fraud case, has been repatriated to China "
        "after six years on the run in Canada, the ministry said on Thursday. He fled to Canada in "
        "2011. Under escort of Canadian officers, he was turned over to Chinese police last Friday."
    )
    record = _one(text, "2017-03-16")
    assert (record["method"], record["return_date"], record["fled_to"]) == (
        "deported",
        "2017-03-10",
        ["CA"],
    )


def test_an_english_arrival_dates_a_return_told_without_a_day() -> None:
    text = (
        "The United States sent back to China a former official long wanted on corruption charges. "
        "Ms. Tang Suying's arrival in Beijing on Wednesday was carried live on television."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-11-18"))
    assert [(r.name, r.return_date) for r in records] == [("Tang Suying", "2016-11-16")]


def test_the_month_a_person_fled_with_the_money_is_not_the_return() -> None:
    text = (
        "某市社保监察支队原科长尹德顺，伙同原出纳员邹晓梅利用职务便利侵吞公款，"
        "并于2014年9月携款出逃。两人最终在巴拿马被缉捕归案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2016-10-20"))
    assert {r.return_date for r in records} == {None}


def test_a_line_that_neither_names_nor_places_the_person_gives_no_country() -> None:
    # a page's advertisement line sits between the return and the story of the flight
    text = (
        "外逃12年的职务犯罪嫌疑人、某县原副县长桂振华被引渡回国。\n"
        "德国进口原浆啤酒限时特惠\n"
        "桂振华说：“外逃这些年，我在菲律宾待过，后来到了保加利亚。”"
    )
    record = _one(text, "2018-12-01")
    assert record["fled_to"] == ["PH", "BG"]


def test_a_date_opening_a_list_of_returns_holds_for_every_person() -> None:
    text = "2016年，“百名红通人员”尹德明从美国回国投案、邹丁从西班牙被引渡回国。"
    records = extract_cases(Document(id="t", text=text, published="2017-03-10"))
    assert sorted((r.name, r.return_date) for r in records) == [
        ("尹德明", "2016"),
        ("邹丁", "2016"),
    ]


def test_a_person_charged_abroad_who_may_be_sent_back_is_prosecuted_abroad() -> None:
    record = _one(
        "3月，某粮库原主任尹德明及其前妻在加拿大被起诉，这是加方首次起诉中国外逃贪官，"
        "并可能将其遣返中国。",
        "2015-06-22",
    )
    assert (record["name"], record["method"], record["return_date"], record["fled_to"]) == (
        "尹德明",
        "prosecuted_abroad",
        None,
        ["CA"],
    )


def test_a_returned_person_charged_at_home_is_not_prosecuted_abroad() -> None:
    record = _one(
        "外逃加拿大的嫌疑人尹德明于3月回国投案。5月，尹德明在郑州被提起公诉。", "2015-06-22"
    )
    assert record["method"] == "surrendered"


def test_a_surname_alone_and_the_anonymised_name_are_one_person() -> None:
    text = (
        "一名黑衣男子日前从柬埔寨回国自首，早已等候在此的民警将他带上警车。\n"
        "这名黑衣男子姓闵，37岁。2019年5月，闵某因涉嫌虚开增值税发票被列为网上逃犯。"
    )
    records = extract_cases(Document(id="t", text=text, published="2020-03-31"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [("闵某", "surrendered", ["KH"])]


def test_a_minister_of_the_state_is_no_returnee() -> None:
    text = (
        "Zhou Kaiming, who fled to Canada in 2002, returned to China on Monday and turned himself "
        "in. Liu Qiming, China's minister in charge of the hunt, said that fugitives had returned."
    )
    records = extract_cases(Document(id="t", text=text, published="2017-05-10"))
    assert [r.name for r in records] == ["Zhou Kaiming"]


def test_a_descriptor_before_a_listed_name_is_that_persons_alone() -> None:
    text = (
        "新华社广州7月11日电 省检察院11日下午通报，检察机关2015年以来追回21名职务犯罪外逃人员，"
        "其中包括重要腐败案件涉案人龚建平、国企总经理柯立新、美国强制遣返人员欧阳丽芳等。"
    )
    records = {
        r.name: r for r in extract_cases(Document(id="t", text=text, published="2016-07-11"))
    }
    assert {n: (r.method, r.fled_to, r.return_date) for n, r in records.items()} == {
        "龚建平": ("unknown", [], None),
        "柯立新": ("unknown", [], None),
        "欧阳丽芳": ("deported", ["US"], None),
    }


def test_a_page_time_stamp_is_no_return_date() -> None:
    text = "新华社  2016-07-11 22:52\n外逃美国的职务犯罪嫌疑人龚建平回国投案自首。"
    assert _one(text, "2016-07-11")["return_date"] is None


def test_an_english_lead_binds_past_a_statistic_that_says_they() -> None:
    text = (
        "A former clerk who figured among China's most-wanted fugitives has returned from the "
        "United States to turn himself in, the commission said on Thursday, as China set out its "
        "plans for 2017. Last year, China brought back more than 1,000 people who had fled, and "
        "the money they took. In the latest case, China brought back Gao Minghui, who fled to the "
        "U.S. in 2000."
    )
    record = _one(text, None)
    assert (record["name"], record["method"], record["return_date"], record["fled_to"]) == (
        "Gao Minghui",
        "surrendered",
        None,
        ["US"],
    )


def test_crimes_told_respectively_go_each_to_their_person() -> None:
    text = (
        "某局原局长龚建平、某公司原总经理柯立新，分别涉嫌受贿罪、行贿罪于2014年12月被立案侦查，"
        "案发后二人潜逃老挝。2015年3月28日，二人被押解回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2015-04-21"))
    assert sorted((r.name, tuple(r.alleged_crimes)) for r in records) == [
        ("柯立新", ("bribe_giving",)),
        ("龚建平", ("bribery",)),
    ]


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "外逃美国的嫌疑人柯立新回国投案。多年间，柯立新利用职务之便为他人谋取利益，收受巨额贿赂。",
            "bribery",
        ),
        ("诈骗嫌疑犯柯立新携八百余万巨款潜逃，被遣返回国。", "fraud"),
        ("柯立新2004年被遣返回国，2006年因贪污罪获刑12年。", "embezzlement"),
    ],
)
def test_crime_contexts_without_she_xian(text: str, crime: str) -> None:
    assert _one(text, "2016-03-01")["alleged_crimes"] == [crime]


def test_a_crime_described_before_a_second_name_is_that_persons() -> None:
    text = (
        "除了龚建平，涉嫌贪污罪和单位行贿罪的红通嫌犯柯立新也不得安宁。"
        "目前，龚建平、柯立新已经从加拿大回国投案自首。"
    )
    records = {
        r.name: r for r in extract_cases(Document(id="t", text=text, published="2018-06-20"))
    }
    assert sorted(records["柯立新"].alleged_crimes) == ["bribe_giving", "embezzlement"]
    assert records["龚建平"].alleged_crimes == []


def test_the_arrival_named_later_in_a_feature_dates_the_return() -> None:
    text = (
        "对此，回国自首的柯某也予以承认，在国外的日子很不好过。\n"
        "据了解，柯某2005年潜逃至阿尔及利亚。民警每隔几天就与柯某的家人讲政策，最终劝返了柯某。\n"
        "今年9月27日，柯某主动发来信息，同意回国自首。28日，柯某乘坐的航班准时抵达上海浦东机场。"
    )
    record = _one(text, "2014-11-03")
    assert (record["return_date"], record["method"], record["fled_to"]) == (
        "2014-09-28",
        "persuaded",
        ["DZ"],
    )


def test_a_headline_verb_gives_way_to_the_bodys_method() -> None:
    text = (
        "Former trading company chairman Kong Dewei, on the most-wanted list, sent back from Fiji\n"
        "A former chairman who was on China's most-wanted list has returned after 12 years on the "
        "run in Fiji. Kong Dewei flew back to Beijing on Friday and turned himself in, the "
        "commission said."
    )
    record = _one(text, "2017-06-10")
    assert (record["name"], record["method"], record["fled_to"]) == (
        "Kong Dewei",
        "surrendered",
        ["FJ"],
    )


def test_a_quotation_closed_after_an_ellipsis_is_not_the_narrative_after_it() -> None:
    """“……我们将逮捕你……” is someone's words (我们将 is an official's phrase); the report of the
    capture that follows the closing quote, in the same paragraph, is a fact."""
    record = _one(
        "“邱文涛，我们是泰国警方，应中国政府请求，我们将逮捕你……”2019年5月7日晚，在泰国警方配合下，"
        "外逃职务犯罪嫌疑人邱文涛被缉捕归案。",
        "2019-05-20",
    )
    assert (record["name"], record["return_date"], record["method"]) == (
        "邱文涛",
        "2019-05-07",
        "captured",
    )


def test_a_surname_opening_sentences_after_a_nameless_lead_is_the_person() -> None:
    """ "A man ... was sent back" and then "Lin allegedly ...": the surname alone, repeated as a
    sentence's subject, is the person the lead reports."""
    record = _one(
        "A woman suspected of contract fraud was sent back to Fujian from Malaysia on Monday, "
        "after eleven years on the run. Lin allegedly took 6 million yuan from two suppliers "
        "in 2008. Lin was found in Kuala Lumpur by local police in May.",
        "2019-04-10",
    )
    assert (record["name"], record["name_is_full"], record["fled_to"], record["return_date"]) == (
        "Lin",
        False,
        ["MY"],
        "2019-04-08",
    )


def test_an_english_word_that_is_also_a_surname_reading_opens_no_name() -> None:
    """ "He" and "An" read as surnames (何, 安) but open English sentences: surnames.json
    en_words keeps them from becoming people."""
    records = _records(
        "An official said a suspect was sent back from Laos on Monday. He had fled in "
        "2015. An inquiry began. He was wanted for fraud.",
        published="2019-04-10",
    )
    assert [r.name for r in records] == []


def test_stepping_down_the_aircraft_stairs_home_is_a_return() -> None:
    """Features tell the arrival as a scene (走下舷梯 at a Chinese airport) and name no channel."""
    record = _one(
        "2017年9月8日上午，上海浦东国际机场，外逃美国九年的某市国土局原局长钟立群走下飞机舷梯。",
        "2017-09-10",
    )
    assert (record["name"], record["return_date"], record["fled_to"], record["method"]) == (
        "钟立群",
        "2017-09-08",
        ["US"],
        "unknown",
    )


def test_bringing_a_named_person_back_is_a_return() -> None:
    """ "brought Xu back": the object between the verb and "back" is the person."""
    record = _one(
        "A suspect surnamed Xu, who fled to Laos in 2016, had refused to come home. Police from "
        "Ningbo flew to Vientiane last month and brought Xu back to Zhejiang.",
        "2019-04-10",
    )
    assert (record["name"], record["fled_to"], record["method"]) == ("Xu", ["LA"], "unknown")


def test_netting_a_suspect_abroad_is_a_capture() -> None:
    record = _one(
        "Ningbo police netted a suspect surnamed Pan in Cambodia last month after tracing his "
        "relatives' phone numbers, the bureau said.",
        "2019-04-10",
    )
    assert (record["name"], record["fled_to"], record["method"]) == ("Pan", ["KH"], "captured")


@pytest.mark.parametrize(
    ("heading", "published"), [("相关阅读", "2020-09-06"), ("延伸阅读：", None)]
)
def test_links_under_a_related_reading_heading_are_other_articles(
    heading: str, published: str | None
) -> None:
    """The headlines listed under 相关阅读 are other articles' returns, dated by the line under
    each: not cases of this article, and their dates are not its dates."""
    records = extract_cases(
        Document(
            id="t",
            text="2020年9月5日，潜逃加拿大6年的犯罪嫌疑人谢某被成功劝返回国投案。\n"
            f"{heading}\n“百名红通人员”柯文忠回国投案\n中央纪委国家监委网站 2023-06-12\n"
            "“红通人员”岳东生回国投案\n中央纪委国家监委网站 2023-02-16",
            published=published,
        )
    )
    assert [(r.name, r.return_date) for r in records] == [("谢某", "2020-09-05")]


def test_related_stories_in_english_end_the_article() -> None:
    records = _records(
        "A suspect surnamed Tao was repatriated from Fiji on Monday, police said.\n"
        "RELATED STORIES\nFugitive Guo Dongsheng returns from Canada",
        published="2021-03-10",
    )
    assert [r.name for r in records] == ["Tao"]


def test_a_related_news_menu_above_the_article_leaves_the_article() -> None:
    """The heading opens a list of links only as far as its short lines go: prose after a
    menu's "Related News" is the article."""
    records = _records(
        "Related News\nHome » Metro » Society\nFugitives brought home\n"
        "Police said a 52-year-old man surnamed Tao, who had lived in Fiji for nine years, "
        "was repatriated on Monday after his family urged him to come back.",
        published="2021-03-10",
    )
    assert [(r.name, r.fled_to) for r in records] == [("Tao", ["FJ"])]


@pytest.mark.parametrize(
    "phrase",
    [
        "who was on the country's list of 100 most wanted overseas fugitives",
        "one of the 100 “most-wanted” suspects",
        "China's most-wanted graft suspect",
    ],
)
def test_english_most_wanted_wording_is_a_red_notice(phrase: str) -> None:
    record = _one(
        f"Tan Yuhong, {phrase}, returned to China from New Zealand on Friday and turned herself "
        "in, the anti-graft watchdog said.",
        "2018-06-10",
    )
    assert (record["name"], record["red_notice"], record["method"]) == (
        "Tan Yuhong",
        True,
        "surrendered",
    )


def test_a_handover_at_the_border_dates_the_return_and_a_campaign_number_is_no_day() -> None:
    """“雷霆5号”专项行动 is a campaign's name (its 5号 no date); 交接在逃人员 at the border is the
    return, and dates it."""
    record = _one(
        "近日，东阳警方成功劝返潜逃境外一年多的在逃人员蒋某。这是开展“雷霆5号”专项行动以来的重要成果。"
        "6月18日，东阳警方和老挝警方在磨憨口岸顺利交接在逃人员蒋某。",
        "2020-06-25",
    )
    assert (record["name"], record["return_date"], record["fled_to"], record["method"]) == (
        "蒋某",
        "2020-06-18",
        ["LA"],
        "persuaded",
    )


def test_a_country_passed_through_on_the_way_home_is_not_where_the_person_fled() -> None:
    record = _one(
        "2019年12月3日，潜逃新西兰的犯罪嫌疑人曹某从新西兰转机新加坡飞回杭州投案自首。",
        "2019-12-10",
    )
    assert (record["name"], record["fled_to"]) == ("曹某", ["NZ"])
    record = _one(
        "Cao Jianping, who fled to New Zealand in 2015, flew back to Hangzhou via Singapore on "
        "Tuesday and turned himself in.",
        "2019-12-10",
    )
    assert (record["name"], record["fled_to"]) == ("Cao Jianping", ["NZ"])


@pytest.mark.parametrize("verb", ["规劝", "动员"])
def test_urging_the_person_to_come_home_is_persuasion(verb: str) -> None:
    """domain.md: 劝说/规劝/劝导/动员 him or her to return makes the return persuaded, though
    回国投案 alone would be a surrender."""
    record = _one(
        f"警方多次走访其家属，让家属协助民警{verb}韦某回国投案。2019年12月3日，潜逃澳大利亚的韦某回国投案。",
        "2019-12-10",
    )
    assert (record["name"], record["method"]) == ("韦某", "persuaded")


def test_a_foreign_place_that_reads_as_pinyin_is_no_person_and_a_successful_extradition_is_one() -> (
    None
):
    records = _records(
        "Police in Lao Cai province on May 3 handed over a wanted man to the Chinese side. "
        "The aircraft carrying Tang Weiming landed in Kunming on Thursday, marking his "
        "successful extradition from Laos to China.",
        published="2022-05-06",
    )
    assert [(r.name, r.method, r.fled_to) for r in records] == [
        ("Tang Weiming", "extradited", ["LA"])
    ]


def test_a_given_name_printed_as_two_capitalised_syllables_is_whole() -> None:
    """Kuang Wan Fang (Hong Kong and older reports): the second syllable is part of the name,
    never read as a new one; Hong Kong after a name stays a place."""
    record = _one(
        "Kuang Wan Fang, who fled to the United States in 2001, was deported to China on Monday. "
        "Li Ming Hong Kong police said nothing.",
        "2019-04-10",
    )
    assert (record["name"], record["fled_to"], record["method"]) == (
        "Kuang Wan Fang",
        ["US"],
        "deported",
    )


@pytest.mark.parametrize(
    ("offence", "crimes"),
    [
        ("骗取贷款罪", ["other"]),
        ("骗取票据承兑罪", ["other"]),
        ("诈骗罪", ["fraud"]),
        ("以虚构订单骗取货款1800万元的犯罪", ["fraud"]),
    ],
)
def test_obtaining_loans_by_deception_is_its_own_offence(offence: str, crimes: list[str]) -> None:
    """The named offence 骗取贷款、票据承兑、金融票证罪 is not 诈骗 (the dev set's fraud list): the
    longer term wins; the act told in words (骗取货款1800万元) is a fraud."""
    record = _one(f"5月6日，涉嫌{offence}的犯罪嫌疑人盛某从加拿大回国投案。", "2020-05-09")
    assert record["alleged_crimes"] == crimes


def test_a_scam_is_a_fraud_in_english() -> None:
    record = _one(
        "Lu Jian, wanted for a fake cheque scam, was repatriated from Laos on Monday.",
        "2020-05-09",
    )
    assert record["alleged_crimes"] == ["fraud"]


@pytest.mark.parametrize("words", ["返回国内自首", "回到境内投案", "返回中国投案自首"])
def test_coming_back_into_the_country_to_give_oneself_up_is_a_surrender(words: str) -> None:
    """A return home and a surrender in one clause report the return, however the coming home
    is worded (回国, 返回国内, 回到境内) and whichever of 投案 and 自首 names the surrender."""
    record = _one(f"潜逃泰国五年的犯罪嫌疑人廖某于3月3日晚{words}，专班民警在口岸办理了手续。")
    assert (record["name"], record["method"], record["return_date"]) == (
        "廖某",
        "surrendered",
        "2019-03-03",
    )


@pytest.mark.parametrize(
    "future",
    [
        "will be deported",
        "will soon be extradited",
        "is expected to be repatriated",
        "is to be sent back",
    ],
)
def test_a_return_still_to_come_is_no_return(future: str) -> None:
    """A deportation announced for later names no one returned yet (a fugitive still abroad is
    not a case), like the conditional "would" and "could"."""
    text = f"Immigration officers in Manila said Zhou Pinghai {future} to China for overstaying."
    assert extract_cases(Document(id="t", text=text, published="2019-04-02")) == []
    done = "Immigration officers in Manila said Zhou Pinghai was deported to China on Monday."
    assert _one(done)["method"] == "deported"


def test_a_would_in_a_because_clause_leaves_the_main_clause_alone() -> None:
    """English clauses end at ", because", ", since", ", and" as at ", but": the conditional of
    the reason given (her surrender would bring leniency) does not undo the persuasion told
    before it."""
    text = (
        "Tan Meiling, who fled to Malaysia in 2012, gave herself up to police on Monday. "
        "Officers visited her parents and persuaded them to get Tan to come home, because a "
        "surrender would count in her favour."
    )
    assert _one(text)["method"] == "persuaded"
    vetoed = "Tan Meiling, who fled to Malaysia in 2012, would be deported, officers said."
    assert extract_cases(Document(id="t", text=vetoed, published="2019-04-02")) == []


@pytest.mark.parametrize("lead", ["After persuasion by", "Following repeated persuasion from"])
def test_persuasion_told_as_a_noun_is_a_persuaded_return(lead: str) -> None:
    text = (
        f"{lead} officers and his brother, Qiu Dehai, who had fled to Canada, came home and "
        "turned himself in on Friday."
    )
    record = _one(text)
    assert (record["name"], record["method"]) == ("Qiu Dehai", "persuaded")


def test_the_charge_of_an_arrest_warrant_is_an_alleged_crime() -> None:
    text = (
        "Ms Ren Xiaolan, a former bank manager who fled to Australia in 2009, was extradited to "
        "China on Monday. Her arrest warrant, issued by Interpol in 2010, names it as embezzlement."
    )
    assert _one(text)["alleged_crimes"] == ["embezzlement"]


@pytest.mark.parametrize(
    "negated", ["was not repatriated", "has never returned", "wasn't deported"]
)
def test_a_return_denied_is_no_return(negated: str) -> None:
    """Someone told of as not returned (still held abroad, still at large) is not a case."""
    text = (
        "Meng Qinghua, who fled China in 2012 and has been held in a detention centre in "
        f"Bangkok since, {negated}, the Thai police said on Friday."
    )
    assert [
        r.name for r in extract_cases(Document(id="t", text=text, published="2015-11-14"))
    ] == []


@pytest.mark.parametrize("label", ["date 2019-03-30 ", "发布时间：2019-03-30 09:12 "])
def test_a_page_date_label_before_the_first_sentence_dates_no_return(label: str) -> None:
    """A page's own date label left before its first sentence is the page's date, not the
    day of the return the sentence tells of."""
    text = f"{label}The police in Lagos have repatriated Mr Huo Bingwen, a fugitive, to China."
    record = _one(text, "2019-03-30")
    assert (record["name"], record["return_date"]) == ("Huo Bingwen", None)
    sentence = next(e for e in record["evidence"] if e["field"] == "return")
    assert sentence["text"].startswith("The police in Lagos")


def test_a_wire_lead_about_one_suspect_on_the_most_wanted_list_is_theirs() -> None:
    """ "A suspect who was on the list of 100 most wanted fugitives has returned" tells of one
    person (named in the next sentence), past the wire's dateline: not a statistic."""
    text = (
        "SHANGHAI (Reuters) - A Chinese graft suspect who was on the country's list of 100 most "
        "wanted overseas fugitives has returned to China from Canada, the watchdog said.\n"
        "Qian Meifang, a former tax official, fled to Canada in 2012."
    )
    record = _one(text, "2019-06-02")
    assert (record["name"], record["red_notice"], record["fled_to"]) == (
        "Qian Meifang",
        True,
        ["CA"],
    )


def test_a_statistic_of_the_most_wanted_list_still_names_nobody() -> None:
    text = (
        "So far only three people on the list of 100 most wanted fugitives have returned to "
        "China.\nQian Meifang, a former tax official, fled to Canada in 2012."
    )
    assert extract_cases(Document(id="t", text=text, published="2019-06-02")) == []


def test_two_names_joined_by_yu_are_both_returnees() -> None:
    """与 between two names lists them, as 和 does (甲与乙、丙等); before a name alone it means
    "with" (与罗某取得联系): the one contacted is not thereby a returnee."""
    text = (
        "省检察院通报，去年以来共追回外逃人员5名，其中包括“百名红通人员”孔令华与莫建邦、"
        "普通红通人员施国栋等。"
    )
    names = [r.name for r in extract_cases(Document(id="t", text=text, published="2016-07-11"))]
    assert names == ["孔令华", "莫建邦", "施国栋"]


def test_a_handover_to_the_chinese_police_is_the_return() -> None:
    """移交中国警方 is the moment of return, as 移交中方 is: its day is the return's, not the
    day of the arrest abroad told after it."""
    text = (
        "2021年3月9日晚，老挝警方在磨憨口岸将涉嫌集资诈骗罪外逃的犯罪嫌疑人符建东移交中国警方。\n"
        "3月8日，两国警方在万象将符建东抓获，并通过陆路口岸将其遣送回国。"
    )
    record = _one(text, "2021-03-12")
    assert (record["name"], record["return_date"], record["method"]) == (
        "符建东",
        "2021-03-09",
        "deported",
    )


def test_channels_listed_as_a_means_are_no_return_of_anyone() -> None:
    """引渡、遣返、劝返等多种手段 names the channels in general: the 劝返 of the list does not make
    the capture told of the person a persuasion."""
    text = (
        "潜逃境外9年的犯罪嫌疑人韩某被缉捕归案。\n"
        "警方综合运用引渡、遣返、劝返等多种手段，不断加大追逃力度。"
    )
    assert _one(text, "2019-07-02")["method"] == "captured"


def test_persuading_to_surrender_is_a_persuaded_return() -> None:
    """劝投 (persuading to give oneself up) is persuasion wording as 劝返 is."""
    text = "经专班民警多次劝投，潜逃老挝三年的犯罪嫌疑人蔡某于3月2日回国投案自首。"
    assert _one(text, "2021-03-05")["method"] == "persuaded"


@pytest.mark.parametrize(
    "work",
    [
        "专案组多次做其妻子和儿子的思想工作",
        "办案人员通过其在国内的亲属做思想工作",
        "专案组反复做其思想工作",
    ],
)
def test_ideological_work_on_the_person_or_the_relatives_makes_a_surrender_persuaded(
    work: str,
) -> None:
    """domain.md: 做(思想)工作 on the person or on their relatives is persuasion, however the
    return itself is worded (做其家属工作…回国投案 is persuaded)."""
    record = _one(
        f"2019年3月28日，外逃6年的职务犯罪嫌疑人钟立勤从老挝回国投案。此前，{work}，"
        "并冻结其涉案资产。"
    )
    assert record["method"] == "persuaded"
    assert "思想工作" in str(record["method_text"])


def test_work_done_well_on_a_task_is_no_persuasion() -> None:
    record = _one(
        "2019年3月28日，外逃6年的职务犯罪嫌疑人钟立勤从老挝回国投案。专案组全程做好衔接工作。"
    )
    assert record["method"] == "surrendered"


def test_handing_oneself_over_to_the_police_is_a_surrender() -> None:
    record = _one(
        "Gao Ruiming, a fugitive accused of loan fraud, has returned to China and handed himself "
        "over to the police, the anti-graft body said on Monday."
    )
    assert (record["method"], record["method_text"]) == ("surrendered", "handed himself over")


@pytest.mark.parametrize(
    "persuading",
    [
        "Police had spent years trying to persuade Gao to turn himself in.",
        "Officers urged Gao to come back and face the charges.",
        "Investigators explained the policy to him, advising him to stop resisting and give "
        "himself up.",
        "His brother convinced Gao to return.",
    ],
)
def test_persuasion_in_other_words_than_was_persuaded_makes_it_persuaded(persuading: str) -> None:
    """domain.md: persuasion wording tied to this person's return, whoever persuaded."""
    record = _one(
        "Gao Ruiming, a former bank clerk who fled to Peru in 2009, returned to China on "
        f"Thursday and turned himself in. {persuading}"
    )
    assert record["method"] == "persuaded"


def test_a_public_appeal_to_fugitives_is_no_persuasion_of_the_person() -> None:
    record = _one(
        "Gao Ruiming, a former bank clerk who fled to Peru in 2009, returned to China on "
        "Thursday and turned himself in. The notice urged the fugitives to surrender."
    )
    assert record["method"] == "surrendered"


@pytest.mark.parametrize("region", ["a South American country", "Latin America", "Central America"])
def test_a_region_named_after_america_is_not_the_united_states(region: str) -> None:
    record = _one(
        f"Gao Ruiming, a former bank clerk who fled to {region} in 2009, returned to China on "
        "Thursday and turned himself in."
    )
    assert record["fled_to"] == []


@pytest.mark.parametrize(
    "lead",
    [
        "记者12日从省公安厅获悉，",
        "5月12日，省纪委监委网站发布消息称，",
        "記者12日從省公安廳獲悉，",
    ],
)
def test_the_day_the_news_was_learned_or_published_is_no_return_date(lead: str) -> None:
    record = _one(f"{lead}外逃7年的犯罪嫌疑人韦国栋从缅甸被遣返回国。", "2021-05-13")
    assert record["return_date"] is None


def test_the_date_of_the_flight_before_a_vague_return_is_not_lent_to_it() -> None:
    record = _one(
        "记者从市公安局获悉，一名男子日前从缅甸回国自首。\n这名男子姓韦，41岁。"
        "2015年6月，韦某因涉嫌诈骗被列为网上逃犯，随后逃至缅甸。"
        "民警多次做韦某的思想工作，韦某最终决定回国投案。",
        "2021-05-13",
    )
    assert record["return_date"] is None


def test_an_arrest_abroad_then_an_escort_home_dates_the_return_by_the_escort() -> None:
    record = _one(
        "2021年3月2日，根据我方请求，老挝警方成功将外逃犯罪嫌疑人韦国栋抓捕归案。"
        "3月9日，韦国栋被押解回国。",
        "2021-03-12",
    )
    assert (record["return_date"], record["method"]) == ("2021-03-09", "captured")


def test_a_two_character_name_after_a_quoted_label_is_a_name() -> None:
    record = _one("今年以来，“红通人员”韦岚从缅甸回国投案。", "2021-05-13")
    assert record["name"] == "韦岚"


def test_also_between_the_name_and_the_return_keeps_the_name() -> None:
    record = _one("今年3月，原某县财政局会计韦德明亦從緬甸回國投案。", "2021-05-13")
    assert (record["name"], record["fled_to"]) == ("韦德明", ["MM"])


@pytest.mark.parametrize(
    ("when", "expected"), [("last November", "2018-11"), ("last March", "2019-03")]
)
def test_last_and_a_month_is_the_latest_such_month_before_publication(
    when: str, expected: str
) -> None:
    record = _one(
        f"Gao Ruiming, a former bank clerk who fled to Peru in 2009, returned to China {when} "
        "and turned himself in."
    )
    assert (record["return_date"], record["return_date_text"]) == (expected, when)


def test_the_return_of_a_named_person_on_a_day_dates_the_return() -> None:
    record = _one(
        "Gao Ruiming, a former bank clerk wanted for fraud, voluntarily returned to China from "
        "Peru, the anti-graft watchdog said on Monday. The return of Mr. Gao on Saturday comes "
        "as the two countries discuss a treaty."
    )
    assert record["return_date"] == "2019-03-30"


def test_a_sentence_opening_with_the_day_a_body_announced_gives_no_return_date() -> None:
    records = _records(
        "Gao Ruiming returned from Peru on March 2 and surrendered. Then on March 20, the "
        "commission announced that Tang Li, a former county official, had also returned and "
        "surrendered.",
        published="2019-04-02",
    )
    assert [(r.name, r.return_date) for r in records] == [
        ("Gao Ruiming", "2019-03-02"),
        ("Tang Li", None),
    ]


def test_a_trailing_attribution_keeps_the_day_of_the_return() -> None:
    record = _one(
        "Gao Ruiming, a fugitive who fled to Peru in 2009, was repatriated to China on Saturday, "
        "the commission said."
    )
    assert record["return_date"] == "2019-03-30"


@pytest.mark.parametrize(
    ("clause", "crimes"),
    [
        ("涉嫌贪污贿赂犯罪", ["embezzlement", "bribery"]),
        ("被控挪用公款", ["misappropriation"]),
        ("被指诈骗", ["fraud"]),
        ("经审理，法院认为其行为构成受贿罪", ["bribery"]),
        ("纪委监委对其受贿问题立案审查", ["bribery"]),
    ],
)
def test_crimes_told_without_the_suspected_formula(clause: str, crimes: list[str]) -> None:
    record = _one(f"原某县财政局局长韦国栋{clause}。2019年3月，韦国栋从缅甸回国投案。")
    assert record["alleged_crimes"] == crimes


@pytest.mark.parametrize(
    ("clause", "crimes"),
    [
        (
            "pleaded guilty in court to bribery and abuse of power charges",
            ["bribery", "abuse_of_power"],
        ),
        ("was a suspect of a 90 million yuan loan fraud case", ["fraud"]),
        # the offence before allegations, accusations or a scheme
        ("left in 2009 while facing loan fraud allegations at the bank", ["fraud"]),
        ("was wanted over his role in a $2-million fraud scheme", ["fraud"]),
        ("faced embezzlement accusations from his employer", ["embezzlement"]),
        # "allegations that …" goes on to the offence itself
        ("fled as auditors looked into allegations that he had taken bribes", ["bribery"]),
    ],
)
def test_english_crimes_told_before_charges_or_case(clause: str, crimes: list[str]) -> None:
    record = _one(f"Gao Ruiming {clause}. He returned from Peru on March 2 and surrendered.")
    assert record["alleged_crimes"] == crimes


def test_the_police_name_for_a_red_notice_is_a_red_notice() -> None:
    record = _one(
        "2017年5月，国际刑警组织对犯罪嫌疑人韦国栋发布红色通报。2019年3月，韦国栋从缅甸回国投案。"
    )
    assert record["red_notice"] is True


def test_a_flight_told_in_a_sentence_of_its_own_places_the_return_abroad() -> None:
    record = _one(
        "Gao Ruiming, a former bank clerk, fled to Peru in 2009. He returned on March 2 and surrendered."
    )
    assert (record["name"], record["fled_to"], record["return_date"]) == (
        "Gao Ruiming",
        ["PE"],
        "2019-03-02",
    )


def test_a_person_only_urged_to_come_back_is_no_case() -> None:
    records = _records(
        "Gao Ruiming, a developer, moved to Peru in 2012. His sister urged him by phone "
        "to come back and face the charges, but Gao refused.",
        published="2019-04-02",
    )
    assert records == []


def test_an_official_described_with_adjectives_is_no_returnee() -> None:
    records = _records(
        "Tang Li, the senior Chinese official in charge of fugitive affairs, said 20 "
        "fugitives had been returned from Peru so far.",
        published="2019-04-02",
    )
    assert records == []


@pytest.mark.parametrize(
    "told",
    [
        "Persuaded by the police and by his sister, Gao came home and turned himself in.",
        "Officers persuaded his parents to talk him into coming home, and Gao turned himself in.",
        "Two officers flew to Lima to persuade a bus driver accused of fraud to go home; Gao "
        "then flew back and surrendered.",
    ],
)
def test_more_english_forms_of_persuasion(told: str) -> None:
    record = _one(f"Gao Ruiming, a former bank clerk, fled to Peru in 2009. {told}")
    assert record["method"] == "persuaded"


def test_an_arrest_and_handover_to_chinese_officers_is_a_capture() -> None:
    record = _one(
        "Gao Ruiming, a retired tax official, fled to Namibia in January. Police in Namibia "
        "detained Gao and handed him over to a Chinese police team on March 26."
    )
    assert (record["name"], record["method"], record["return_date"]) == (
        "Gao Ruiming",
        "captured",
        "2019-03-26",
    )


def test_a_pronoun_sentence_ending_in_a_year_and_officials_said_is_about_the_person() -> None:
    record = _one(
        "Gao Ruiming fled to Namibia in January. Investigators found that he had abused his "
        "power and accepted bribes since 2011, officials said. Police in Namibia handed Gao "
        "over to Chinese police on March 26."
    )
    assert record["alleged_crimes"] == ["abuse_of_power", "bribery"]


@pytest.mark.parametrize(
    "alias", ["Gao Ruiming (aka Gao Rui)", "Gao Ruiming, who also used the name Gao Rui,"]
)
def test_another_name_of_the_same_person_is_no_second_case(alias: str) -> None:
    records = _records(
        f"{alias} returned to China from Peru on March 2 and surrendered.",
        published="2019-04-02",
    )
    assert [r.name for r in records] == ["Gao Ruiming"]


@pytest.mark.parametrize(
    ("clause", "crimes"),
    [
        ("fled in 2009 after auditors began looking into suspected embezzlement", ["embezzlement"]),
        (
            "fled in 2009 after embezzling and misappropriating public funds",
            ["embezzlement", "misappropriation"],
        ),
        ("was convicted in a Canadian court of money laundering", ["money_laundering"]),
        # 职务侵占 told by its definition: an employee taking the company's property
        (
            "is suspected of using his post to illegally seize money and property belonging to "
            "the company he worked for",
            ["duty_encroachment"],
        ),
        ("was wanted for occupational embezzlement at a private firm", ["duty_encroachment"]),
    ],
)
def test_english_crimes_in_freer_words(clause: str, crimes: list[str]) -> None:
    record = _one(
        f"Gao Ruiming {clause}. He returned to China from Peru on March 2 and surrendered."
    )
    assert record["alleged_crimes"] == crimes


@pytest.mark.parametrize(
    "statistic",
    [
        "Of these, 412 either surrendered or were persuaded to come back, the office said.",
        "Prosecutors captured 9 of them and persuaded another 21 to return since May.",
    ],
)
def test_a_head_count_lends_no_method_to_the_person_named_after_it(statistic: str) -> None:
    records = _records(
        f"China brought back 900 fugitives last year. {statistic} Gao Ruiming, a former "
        "county official, came back from Peru in November after three years in hiding.",
        published="2019-04-02",
    )
    assert [(r.name, r.method) for r in records] == [("Gao Ruiming", "unknown")]


def test_a_post_after_yuan_shi_drops_the_copula() -> None:
    record = _one(
        "韦国栋，1965年出生，原是某市建设公司副总经理，涉嫌贪污犯罪。2019年3月，韦国栋从缅甸被引渡回国。"
    )
    assert record["former_position"] == "某市建设公司副总经理"


def test_a_post_set_off_by_a_dash_before_the_name_drops_the_dash() -> None:
    record = _one(
        "3月28日，走下舷梯的正是“百名红通人员”——某市物资公司原总经理韦国栋，他从缅甸回国投案。"
    )
    assert record["former_position"] == "某市物资公司原总经理"


def test_a_second_person_told_together_with_the_first_is_a_case() -> None:
    records = _records(
        "3月11日，警方从希腊将韦某押解回国；与此同时，另一名红通人员毛某某一并被遣返回国。",
        published="2019-03-12",
    )
    assert [(r.name, r.method) for r in records] == [("韦某", "captured"), ("毛某某", "deported")]


def test_the_day_of_the_lead_refines_the_month_of_a_later_sentence() -> None:
    record = _one(
        "A fugitive who fled to Peru in 2013 was repatriated to China on Thursday morning. "
        "In March of this year, Peruvian police captured Gao Ruiming, and he was repatriated "
        "with the help of the embassy."
    )
    assert (record["name"], record["return_date"]) == ("Gao Ruiming", "2019-03-28")


def test_brought_home_on_a_weekday_is_the_return() -> None:
    records = _records(
        "A man on China's list of 100 most-wanted fugitives was brought home Wednesday "
        "from Peru, where he had fled in 2009. Businessman Gao Ruiming is the second person on the list to be sent back "
        "from Peru, the ministry said.",
        published="2019-04-05",
    )
    assert [(r.name, r.return_date) for r in records] == [("Gao Ruiming", "2019-04-03")]


def test_a_host_state_sending_the_person_back_is_a_deportation() -> None:
    record = _one(
        "韦国栋2011年逃到印度尼西亚。印度尼西亚于2015年11月将他遣送回中国。", "2016-09-02"
    )
    assert (record["method"], record["return_date"], record["fled_to"]) == (
        "deported",
        "2015-11",
        ["ID"],
    )


def test_an_escort_back_to_taiwan_is_no_return_to_china() -> None:
    records = _records(
        "台湾警方17日将一名涉嫌诈欺的林姓嫌犯押解回台。该嫌犯此前逃往福建省厦门市，由大陆公安逮捕。",
        published="2015-05-18",
    )
    assert records == []


@pytest.mark.parametrize(
    ("told", "post"),
    [
        (
            "Gao, born in 1961, was the former general manager of a grain company in Hunan province.",
            "former general manager of a grain company in Hunan province",
        ),
        (
            "He used to be the president of a county bank branch.",
            "president of a county bank branch",
        ),
        (
            "Gao, who retired as deputy head of the city's land bureau in 2017, fled to Peru.",
            "deputy head of the city's land bureau",
        ),
        (
            "Gao is suspected of embezzlement relating to his job as an accountant at a steel mill.",
            "accountant at a steel mill",
        ),
    ],
)
def test_an_english_post_told_with_a_verb(told: str, post: str) -> None:
    record = _one(f"Gao Ruiming returned to China from Peru on March 2 and surrendered. {told}")
    assert record["former_position"] == post


def test_being_escorted_by_officers_is_no_post() -> None:
    record = _one(
        "Gao Ruiming was repatriated from Peru on March 2 and was escorted to Hunan by police officers."
    )
    assert record["former_position"] is None


def test_a_former_businessman_is_no_post_and_the_post_told_later_is() -> None:
    record = _one(
        "Gao Ruiming, a former businessman, returned to China from Peru on March 2 and surrendered. "
        "Gao, 68, was general manager of a textile company in Ningbo, Zhejiang province, and is "
        "suspected of bribery."
    )
    assert (
        record["former_position"]
        == "general manager of a textile company in Ningbo, Zhejiang province"
    )


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("on Dec 12, 2018, the commission said", "2018-12-12"),
        ("in October 2018, according to police", "2018-10"),
    ],
)
def test_a_comma_after_the_year_keeps_the_year(when: str, expected: str) -> None:
    record = _one(f"Gao Ruiming returned to China from Peru {when}.", "2023-05-01")
    assert record["return_date"] == expected


@pytest.mark.parametrize(
    ("told", "method"),
    [
        (
            "He was deported last July after the ministry gave assurances that he would not face death.",
            "deported",
        ),
        ("He was coaxed into returning to China in 2011.", "persuaded"),
        ("He volunteered to come back to China in 2005.", "surrendered"),
        (
            "He received a suspended sentence because he decided to return voluntarily.",
            "surrendered",
        ),
        ("He had gone back to China after 15 years to face investigators.", "unknown"),
    ],
)
def test_a_return_told_in_passing(told: str, method: str) -> None:
    record = _one(f"Gao Ruiming, a former bank manager, fled to Peru in 2002. {told}")
    assert (record["name"], record["method"]) == ("Gao Ruiming", method)


def test_a_place_on_the_list_of_100_fugitives_is_no_head_count() -> None:
    record = _one(
        "Gao Ruiming had been hiding in Peru since 2003. He was number 11 on China's list of 100 "
        "fugitives before he returned to China on Oct. 8, 2016 to turn himself in.",
        "2017-06-14",
    )
    assert (record["return_date"], record["method"]) == ("2016-10-08", "surrendered")


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("今晨", "2019-03-08"),
        ("昨晚", "2019-03-07"),
        ("前晚", "2019-03-06"),
        ("上周五", "2019-03-01"),
    ],
)
def test_a_time_word_right_after_the_name_keeps_the_name_and_dates_the_return(
    when: str, expected: str
) -> None:
    record = _one(f"外逃10年的犯罪嫌疑人韦国栋{when}从泰国被押解回国。", "2019-03-08")
    assert (record["name"], record["return_date"]) == ("韦国栋", expected)


def test_the_relative_who_persuaded_is_no_returnee() -> None:
    records = _records(
        "在丈夫邹建国的劝说下，韦丽萍于2017年10月9日从伦敦回国投案。",
        published="2017-10-12",
    )
    assert [(r.name, r.method) for r in records] == [("韦丽萍", "persuaded")]


def test_a_quoted_platform_name_is_no_person() -> None:
    records = _records(
        "11月16日，警方将网络赌博平台“金沙汇”主要组织者韦某某从柬埔寨押解回国。",
        published="2019-11-19",
    )
    assert [r.name for r in records] == ["韦某某"]


def test_a_province_ending_in_a_surname_character_starts_no_anonymised_name() -> None:
    record = _one("云南某厅原副厅长韦启明2006年出逃新加坡，于2007年1月回国投案。", "2007-02-01")
    assert record["name"] == "韦启明"


def test_a_nationality_is_no_country_of_flight() -> None:
    record = _one(
        "在泰国经营赌博平台的柬埔寨籍华人韦振邦，前晚被泰国警方从曼谷引渡回国。", "2019-03-08"
    )
    assert record["fled_to"] == ["TH"]


@pytest.mark.parametrize(
    ("told", "years"),
    [
        ("He finally went home after nine years.", 9.0),
        ("He came back 12 years after fleeing China.", 12.0),
        ("She returned 11 years after she left.", 11.0),
        ("He had hid in Lima for five years.", 5.0),
    ],
)
def test_english_years_at_large_in_freer_words(told: str, years: float) -> None:
    record = _one(
        f"Gao Ruiming, a former bank clerk who fled to Peru, surrendered to police on March 2. {told}"
    )
    assert record["years_at_large"] == years


def test_an_english_sentence_for_a_crime_names_the_crime() -> None:
    record = _one(
        "Gao Ruiming returned from Peru in 2015 and surrendered. He was jailed for ten years for "
        "embezzlement and bribery in 2017."
    )
    assert record["alleged_crimes"] == ["embezzlement", "bribery"]


def test_a_suburb_of_a_foreign_city_places_the_person_abroad() -> None:
    record = _one(
        "Gao Ruiming, who had been living in suburban Adelaide, had gone back to China after 15 years."
    )
    assert record["fled_to"] == ["AU"]


def test_a_group_member_named_in_the_next_sentence_takes_the_group_return() -> None:
    records = _records(
        "11月5日，在公安部统一部署下，32名电信网络诈骗犯罪嫌疑人从缅甸被押解回国。"
        "其中，外号“阿峰”的诈骗团伙骨干韦某某曾多次组织人员偷渡出境。",
        published="2019-11-08",
    )
    assert [(r.name, r.method, r.fled_to, r.return_date) for r in records] == [
        ("韦某某", "captured", ["MM"], "2019-11-05")
    ]


def test_a_group_return_followed_by_no_member_names_nobody() -> None:
    records = _records(
        "11月5日，32名电信网络诈骗犯罪嫌疑人从缅甸被押解回国。据悉，韦某某等人仍在缅甸。",
        published="2019-11-08",
    )
    assert records == []


def test_a_groups_time_abroad_is_not_the_persons() -> None:
    record = _one(
        "多人潜逃境外十余年，时间最长的韦国栋涉嫌诈骗犯罪，外逃美国长达18年之久，去年7月回国投案自首。",
        "2017-04-23",
    )
    assert record["years_at_large"] == 18.0


def test_a_persuasion_video_or_the_choice_of_a_persuader_is_no_return() -> None:
    records = _records(
        "专案组确定其丈夫邹建国为劝返第一人选。邹建国录制了劝返视频，写下劝返信。"
        "2017年10月9日，韦丽萍从伦敦回国投案。",
        published="2017-10-12",
    )
    assert [r.name for r in records] == ["韦丽萍"]


def test_a_ring_leader_named_by_the_rings_crime_has_that_crime() -> None:
    record = _one("6月15日，一电信网络诈骗犯罪集团头目韦某被从阿塞拜疆引渡回国。", "2019-06-18")
    assert record["alleged_crimes"] == ["fraud"]


def test_a_court_verdict_before_the_post_is_not_part_of_it() -> None:
    record = _one(
        "6月27日，某市中级人民法院公开宣判某县粮食储备库原主任韦秀英贪污案。"
        "法院认为，韦秀英在境外经劝返后回国投案，构成自首。2013年，韦秀英逃往马来西亚。",
        "2019-06-28",
    )
    assert record["former_position"] == "某县粮食储备库原主任"


def test_a_nickname_in_quotes_is_no_second_group_member() -> None:
    records = _records(
        "3月6日，警方将32名电信网络诈骗犯罪嫌疑人从缅甸押解回国。"
        "其中，外号“阿峰”的诈骗团伙“金主”韦某某2019年偷渡出境。",
        published="2019-03-08",
    )
    assert [r.name for r in records] == ["韦某某"]


def test_a_name_ending_in_ming_before_riqian_is_not_tomorrow() -> None:
    record = _one(
        "在中央追逃办统筹协调下，外逃10年的职务犯罪嫌疑人韦建明日前从泰国回国投案。韦建明，男，1965年出生。",
        "2023-09-14",
    )
    assert (record["name"], record["return_date"], record["return_date_text"]) == (
        "韦建明",
        None,
        "日前",
    )


def test_a_conjunction_after_a_quoted_label_starts_no_name() -> None:
    records = _records(
        "“百名红通人员”和新增外逃人员追回工作取得进展，韦建国日前从美国回国投案。",
        published="2023-09-14",
    )
    assert [r.name for r in records] == ["韦建国"]


def test_urging_other_fugitives_is_no_persuasion_of_the_person() -> None:
    record = _one(
        "Gao Ruiming returned to China from Peru on March 2 and surrendered. An official called his "
        "return a significant outcome and urged other fugitives to come back and surrender."
    )
    assert record["method"] == "surrendered"


def test_bare_mongolia_in_chinese_is_a_country_and_inner_mongolia_is_not() -> None:
    assert _one("外逃人员韦建国从蒙古回国投案。", "2023-09-14")["fled_to"] == ["MN"]
    assert _one("内蒙古自治区追逃办：韦建国从美国回国投案。", "2023-09-14")["fled_to"] == ["US"]


@pytest.mark.parametrize(
    "place",
    [
        "Gao, who ranked 33rd on the list, returned from Peru on March 2 and surrendered.",
        "Gao was No. 9 on the list. He returned from Peru on March 2 and surrendered.",
        "Gao returned from Peru on March 2 and surrendered. He is the 60th on the list to return.",
    ],
)
def test_a_place_on_the_list_is_a_red_notice(place: str) -> None:
    record = _one(
        "Gao Ruiming is one of the 100 fugitives named in 2015 by China, subject to arrest "
        f"warrants. {place}"
    )
    assert record["red_notice"] is True


@pytest.mark.parametrize(
    "work", ["专案组多次做其父母工作", "专案组通过其亲属做工作", "专案组反复做其工作"]
)
def test_work_on_the_person_or_the_relatives_without_sixiang_is_persuasion(work: str) -> None:
    record = _one(f"外逃人员韦国栋于3月5日从泰国回国投案。此前，{work}。")
    assert record["method"] == "persuaded"


def test_flying_in_to_surrender_after_ending_years_abroad() -> None:
    record = _one("外逃人员韦国栋结束6年的外逃生涯，于3月5日从澳大利亚飞抵南京投案。")
    assert (record["name"], record["method"], record["return_date"], record["fled_to"]) == (
        "韦国栋",
        "surrendered",
        "2019-03-05",
        ["AU"],
    )


@pytest.mark.parametrize(("when", "expected"), [("同一天", "2019-03-05"), ("两天后", "2019-03-07")])
def test_the_same_day_and_two_days_later_count_from_the_day_named(when: str, expected: str) -> None:
    records = _records(
        f"2019年3月5日，外逃人员韦国栋从泰国回国投案。{when}，外逃人员李建明从越南被遣返回国。",
        published="2019-04-02",
    )
    assert [(r.name, r.return_date) for r in records] == [
        ("韦国栋", "2019-03-05"),
        ("李建明", expected),
    ]


def test_rare_surnames_start_names_and_keep_each_persons_clause_apart() -> None:
    records = _records(
        "2019年，外逃人员柯某从泰国回国投案，涉嫌受贿；庹某某从越南被遣返回国，涉嫌挪用公款。",
        published="2019-04-02",
    )
    assert [(r.name, r.fled_to, r.alleged_crimes) for r in records] == [
        ("柯某", ["TH"], ["bribery"]),
        ("庹某某", ["VN"], ["misappropriation"]),
    ]


def test_a_name_ending_in_ming_before_riqian_is_found_without_a_profile() -> None:
    record = _one("外逃人员韦建明日前从泰国回国投案。", "2023-09-14")
    assert (record["name"], record["return_date"]) == ("韦建明", None)


def test_an_arrest_abroad_makes_a_loosely_told_return_a_capture() -> None:
    record = _one(
        "A fraud suspect surnamed Tang was brought back to Nanning on Tuesday. "
        "Tang had been apprehended by police in Laos on March 20 at the request of Guangxi police.",
        "2019-04-04",
    )
    assert (record["method"], record["method_text"]) == ("captured", "apprehended")


def test_an_arrest_on_arrival_leaves_a_loose_return_unknown() -> None:
    record = _one(
        "A fraud suspect surnamed Tang, who fled to Laos in 2015, was brought back on Tuesday. "
        "Tang was arrested upon arrival at the airport in Nanning.",
        "2019-04-04",
    )
    assert record["method"] == "unknown"


def test_a_chinese_arrest_abroad_told_apart_from_the_return_is_a_capture() -> None:
    record = _one("4月2日，犯罪嫌疑人邹某归案。此前，当地警方在柬埔寨西港将邹某抓获。")
    assert record["method"] == "captured"


def test_a_speaker_introduced_by_a_post_he_holds_is_no_returnee() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-04",
            text=(
                "A fugitive who fled to Laos with 20 million yuan was brought back on Tuesday.\n"
                "Fan Zhiqiang, director of the provincial economic crimes investigation "
                "department, told reporters that more cases would follow."
            ),
        )
    )
    assert [r.name for r in records] == []


def test_the_couple_refers_back_to_the_people_just_named() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-04",
            text=(
                "A man surnamed Tang and a woman surnamed Ke fled to Laos in 2016 after a land scam.\n"
                "The couple were brought back to Nanning under guard on Tuesday."
            ),
        )
    )
    assert [(r.name, r.return_date) for r in records] == [
        ("Tang", "2019-04-02"),
        ("Ke", "2019-04-02"),
    ]


@pytest.mark.parametrize(
    "how",
    ["by selling counterfeit mining licences", "through forged loan contracts"],
)
def test_money_taken_by_selling_fakes_or_through_forged_papers_is_fraud(how: str) -> None:
    record = _one(
        f"Ruan Ping, who fled to Laos in 2015 after raising 30 million yuan {how}, "
        "was repatriated on Monday.",
        "2019-04-04",
    )
    assert record["alleged_crimes"] == ["fraud"]


def test_a_date_after_since_and_a_long_clause_is_not_the_return() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-06",
            text=(
                "A fugitive wanted for bribery was brought home Saturday from Canada.\n"
                "Businessman Pan Yulin is the third person sent back from Canada since the "
                "Sky Net list of one hundred fugitives was published last year, officials said."
            ),
        )
    )
    assert [(r.name, r.return_date) for r in records] == [("Pan Yulin", "2019-04-06")]


@pytest.mark.parametrize(
    ("where", "code"),
    [
        ("a British Columbia-based suspect", "CA"),
        ("a suspect living in New South Wales", "AU"),
        ("a suspect who had settled in California", "US"),
    ],
)
def test_a_region_of_a_country_places_the_person_in_it(where: str, code: str) -> None:
    record = _one(
        f"On March 30 the commission announced that {where}, former Hunan tax officer "
        "Kuang Lide, had returned and surrendered.",
    )
    assert (record["name"], record["fled_to"]) == ("Kuang Lide", [code])


def test_a_former_officer_named_after_his_post_is_the_fugitive() -> None:
    record = _one("Former Yunnan customs officer Kuang Lide returned from Laos and surrendered.")
    assert (record["name"], record["former_position"]) == (
        "Kuang Lide",
        "Former Yunnan customs officer",
    )


@pytest.mark.parametrize(
    ("where", "code"), [("卑诗省", "CA"), ("新南威尔士州", "AU"), ("加州", "US")]
)
def test_a_region_of_a_country_places_the_person_in_it_in_chinese(where: str, code: str) -> None:
    record = _one(f"外逃至{where}的犯罪嫌疑人邝立德日前回国投案。")
    assert record["fled_to"] == [code]


def test_a_list_number_before_a_name_in_a_report_on_the_list_is_a_red_notice() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-02",
            text=(
                "此前，另有两名“百名红通人员”从欧洲归案：2017年5月，第62号邝立德从意大利被引渡回国；"
                "2018年10月，第29号饶美芬从英国回国投案。"
            ),
        )
    )
    assert [(r.name, r.red_notice, r.red_notice_number) for r in records] == [
        ("邝立德", True, 62),
        ("饶美芬", True, 29),
    ]


def test_a_rank_told_of_the_person_in_a_report_on_the_list_is_a_red_notice() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-02",
            text=(
                "Forty of the 100 fugitives on the red notice list have now returned.\n"
                "Kuang Lide, who ranked 62nd, was extradited from Italy in May 2017."
            ),
        )
    )
    assert [(r.name, r.red_notice) for r in records] == [("Kuang Lide", True)]


def test_a_rank_without_the_list_in_the_document_is_no_red_notice() -> None:
    record = _one(
        "Kuang Lide, who ranked 62nd in his class, was extradited from Italy in May 2017."
    )
    assert record["red_notice"] is False


def test_listed_returnees_share_what_the_list_lead_says_of_them() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-01-10",
            text=(
                "Eleven people on the list of 100 Red Notice fugitives came back last year. Among "
                "them:\n- Kuang Lide, former head of a county land bureau, returned from Peru on "
                "May 3.\n- Rao Meifen, a former bank clerk, was repatriated from Fiji in October."
            ),
        )
    )
    assert [(r.name, r.red_notice) for r in records] == [("Kuang Lide", True), ("Rao Meifen", True)]


def test_a_list_under_a_lead_without_a_colon_lends_nothing() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-01-10",
            text=(
                "The list of 100 Red Notice fugitives was published in April 2015.\n"
                "- Kuang Lide, former head of a county land bureau, returned from Peru on May 3."
            ),
        )
    )
    assert [(r.name, r.red_notice) for r in records] == [("Kuang Lide", False)]


def test_a_relative_urging_the_person_in_the_clause_after_the_return_is_persuasion() -> None:
    record = _one(
        "Kuang Lide, who fled to Peru in 2009, came back on March 19 after his sister flew to Lima "
        "and urged him to return."
    )
    assert (record["method"], record["method_text"]) == ("persuaded", "urged him to return")


def test_a_numbered_chinese_list_under_a_red_notice_lead_lends_the_red_notice() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-01-10",
            text=(
                "2018年，全省共追回外逃人员25名，其中“百名红通人员”2名：\n"
                "1.邝立德，原某县国土局局长，2018年5月3日从秘鲁回国投案。\n"
                "2.饶美芬，原某银行职员，2018年10月从斐济被遣返回国。"
            ),
        )
    )
    assert [(r.name, r.red_notice) for r in records] == [("邝立德", True), ("饶美芬", True)]


@pytest.mark.parametrize(
    "persuading",
    [
        "办案人员通过其在当地经商的同乡转达政策，劝其回国投案。",
        "专案组通过其年迈的父亲和哥哥反复做工作。",
        "县追逃办请当地侨团负责人从中劝导。",
        "其女儿多次写信，劝她早日回国。",
        "民警以公安局名义给她写了一封劝投信。",
    ],
)
def test_persuasion_told_in_a_sentence_of_its_own_makes_the_return_persuaded(
    persuading: str,
) -> None:
    record = _one(f"原某局科长邝某某2015年外逃葡萄牙。{persuading}2019年3月，邝某某回国投案。")
    assert record["method"] == "persuaded"


def test_persuasion_that_failed_makes_no_case() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-02",
            text="邝某某2015年外逃葡萄牙。专案组劝其尽早回国投案，但邝某某至今拒不回国。",
        )
    )
    assert records == []


def test_families_asked_to_urge_fugitives_in_general_lend_no_persuasion() -> None:
    record = _one(
        "Kuang Lide was repatriated from Fiji on March 3. China has asked the families of "
        "suspects abroad to contact them and urge them to return."
    )
    assert record["method"] == "deported"


@pytest.mark.parametrize("cue", ["早日", "尽快"])
def test_an_appeal_cue_vetoes_a_return_but_not_a_persuasion(cue: str) -> None:
    record = _one(
        f"邝某某2015年外逃葡萄牙。其母亲多次打电话，劝他{cue}回国投案。2019年3月，邝某某回国投案。"
    )
    assert (record["method"], record["return_date"]) == ("persuaded", "2019-03")


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        (
            "Prosecutors accused Kuang, a former clerk of the Yichang port authority, of "
            "embezzling 3 million yuan.",
            ["embezzlement"],
        ),
        (
            "Kuang was convicted by the Yichang Intermediate People's Court on Monday of "
            "misappropriating public funds.",
            ["misappropriation"],
        ),
        ("A court gave Kuang six years for accepting bribes.", ["bribery"]),
        (
            "Kuang is suspected of taking more than 5 million yuan in bribes from contractors.",
            ["bribery"],
        ),
        (
            "She is suspected of accepting 12 million yuan ($1.7 million) in bribes.",
            ["bribery"],
        ),
        ("He left as investigators looked into allegations that he had taken bribes.", ["bribery"]),
        ("He flew to Fiji fearing an investigation into bribe-taking.", ["bribery"]),
    ],
)
def test_crimes_told_in_accusations_and_sentences_in_free_words(
    told: str, crimes: list[str]
) -> None:
    record = _one(f"Kuang Lide was repatriated from Fiji on March 3. {told}")
    assert record["alleged_crimes"] == crimes


@pytest.mark.parametrize(
    "told",
    [
        "Hong Kong immigration officers removed Kuang Lide, 51, to Shenzhen on Monday.",
        "On Monday ICE officers in Los Angeles removed a Chinese national, Kuang Lide, wanted "
        "for fraud.",
        "Thai police put Kuang Lide on a flight to Guangzhou on Monday.",
    ],
)
def test_a_removal_by_the_host_state_is_a_deportation(told: str) -> None:
    record = _one(told, "2019-04-04")
    assert (record["method"], record["return_date"]) == ("deported", "2019-04-01")


def test_an_order_to_remove_is_no_removal() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2019-04-04",
            text="An immigration judge ordered Kuang Lide removed to China in March 2018.",
        )
    )
    assert records == []


def test_coming_home_is_a_return() -> None:
    record = _one("Kuang Lide, who had lived in Spain for 11 years, came home in August.")
    assert (record["method"], record["return_date"]) == ("unknown", "2018-08")


def test_a_surname_given_alone_by_identified_only_as_is_a_name() -> None:
    record = _one(
        "A woman identified only as Rao, a former cashier, returned from Malaysia in 2018 and "
        "surrendered."
    )
    assert (record["name"], record["name_is_full"]) == ("Rao", False)


def test_words_inside_a_foreign_place_name_are_no_person() -> None:
    record = _one(
        "Kuang Lide was escorted to the Lok Ma Chau control point and handed to Shenzhen police "
        "after being removed to Shenzhen on Monday.",
        "2019-04-04",
    )
    assert record["name"] == "Kuang Lide"


def test_thought_work_on_the_parents_is_persuasion() -> None:
    record = _one(
        "Investigators did the thought work of the parents of Kuang Lide, who returned from "
        "Malaysia and surrendered in 2018."
    )
    assert (record["method"], record["coercion"]) == ("persuaded", ["family_pressure"])


def test_co_defendants_caught_in_a_chinese_city_are_no_returnees() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2020-09-24",
            text=(
                "2018年8月，资金链断裂后，邝某潜逃柬埔寨，被告人饶某、柯某则在温州被公安机关抓获。"
                "2019年4月，邝某在柬埔寨被当地警方抓获，同年4月17日被押解回国。"
            ),
        )
    )
    assert [(r.name, r.method) for r in records] == [("邝某", "captured")]


def test_a_handover_at_a_chinese_border_port_is_still_a_return() -> None:
    record = _one("潜逃越南4年的犯罪嫌疑人邝某某，15日在东兴口岸被越方移交中方。", "2024-01-17")
    assert record["method"] == "captured"


def test_one_who_never_left_the_country_is_no_case() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2023-05-12",
            text=(
                "2015年1月，覃某畏罪潜逃。2022年12月，昆明警方将其抓获归案。覃某潜逃长达八年，"
                "期间从未出境。"
            ),
        )
    )
    assert records == []


def test_a_fugitive_sent_back_to_taiwan_is_no_return_to_china() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2020-05-22",
            text="同一天，陆方也将一名台籍通缉犯陈姓男子遣返回台，陈男入境后随即被警方逮捕。",
        )
    )
    assert records == []


def test_a_promise_whatever_happens_is_no_return_of_anyone() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2023-08-30",
            text=(
                "据了解，其共犯、前财务长王姓女子仍在逃，检方持续追缉中。"
                "刑事局表示，外逃通缉犯不论逃到哪里，警方都会透过国际合作将其缉捕归案。"
            ),
        )
    )
    assert records == []


def test_dai_surnames_start_names() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2021-06-17",
            text="外逃人员刀某某、岩某近日先后从缅甸、泰国被劝返回国投案。",
        )
    )
    assert [(r.name, r.fled_to) for r in records] == [("刀某某", ["MM"]), ("岩某", ["TH"])]


def test_the_surname_yuan_starting_a_name_is_no_former_post() -> None:
    record = _one(
        "从斐济押解回国的犯罪嫌疑人原某在民警押送下走下舷梯。据介绍，原某以投资新能源项目为名非法集资。",
        "2019-03-29",
    )
    assert (record["name"], record["former_position"]) == ("原某", None)


def test_a_returnee_who_speaks_is_named_by_the_speech() -> None:
    record = _one(
        "回国自首的集资诈骗案嫌疑人邝某说，逃亡八年间他辗转了十几个国家，最后在莫桑比克落脚。",
        "2015-01-06",
    )
    assert (record["name"], record["method"], record["fled_to"]) == ("邝某", "surrendered", ["MZ"])


def test_an_officer_who_speaks_in_office_is_no_returnee() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2020-11-10",
            text=(
                "11月3日，潜逃柬埔寨的李某某回国投案。"
                "市公安局经侦支队副支队长柯建军说，从重新建档到李某某回国，前后只用了不到5个月。"
            ),
        )
    )
    assert [r.name for r in records] == ["李某某"]


def test_the_day_a_notice_was_published_is_not_the_return_of_those_it_named() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2018-12-08",
            text="今年6月6日，中央追逃办发布公告，公开50名外逃人员藏匿线索，目前已有童某、郦某2人归案。",
        )
    )
    assert [(r.name, r.return_date) for r in records] == [("童某", None), ("郦某", None)]


def test_a_generic_statement_lends_no_method() -> None:
    record = _one(
        "甘肃警方从吉尔吉斯斯坦押解回国的骗贷嫌疑人嵇某，1995年即已出逃。劝返往往通过亲属发挥作用。",
        "2015-01-06",
    )
    assert (record["method"], record["return_date"]) == ("captured", None)


@pytest.mark.parametrize(("crime", "code"), [("合同诈骗", "fraud"), ("骗贷600万元", "fraud")])
def test_a_crime_before_suspect_without_fanzui_is_the_persons(crime: str, code: str) -> None:
    record = _one(f"潜逃意大利的{crime}嫌疑人隗某，在母亲多次打电话劝说下回国投案。", "2015-01-06")
    assert record["alleged_crimes"] == [code]


def test_years_of_flight_told_as_a_span_during_which_are_years_at_large() -> None:
    record = _one(
        "回国自首的嫌疑人茅某说，逃亡八年间他辗转了十几个国家，最后在莫桑比克落脚。", "2015-01-06"
    )
    assert record["years_at_large"] == 8


def test_a_coarse_return_date_gives_way_to_the_day_of_the_arrival_told_later() -> None:
    record = _one(
        "A former township official who hid in Thailand for six years was persuaded to come back "
        "earlier this month, the commission said on Monday.\n"
        "Kuang Lide, former head of a township in Ganzhou, is suspected of taking bribes.\n"
        "Investigators traveled to Chiang Mai twice this year to talk with him.\n"
        "The commission said he had run a guesthouse there under another name.\n"
        "He landed in Nanchang on Dec 6 and was placed under investigation the same day.",
        "2023-12-19",
    )
    assert (record["return_date"], record["return_date_text"]) == ("2023-12-06", "Dec 6")


def test_inner_mongolia_is_china_not_mongolia() -> None:
    record = _one(
        "Kuang Lide, a former bank manager in Inner Mongolia, was repatriated from Thailand "
        "on Monday.",
        "2019-04-04",
    )
    assert record["fled_to"] == ["TH"]


def test_a_post_before_a_surname_given_alone_ends_before_surnamed() -> None:
    record = _one("A former village official surnamed Kuang was repatriated from Thailand in May.")
    assert (record["name"], record["former_position"]) == ("Kuang", "former village official")


def test_bringing_a_person_back_to_china_is_a_return() -> None:
    record = _one(
        "It took two trips to Dubai to bring a woman surnamed Kuang back to China last month.",
        "2023-05-22",
    )
    assert (record["name"], record["return_date"], record["fled_to"]) == (
        "Kuang",
        "2023-04",
        ["AE"],
    )


def test_a_relative_who_helped_persuade_the_person_makes_it_persuaded() -> None:
    record = _one(
        "Police brought a woman surnamed Kuang back to China last month. Her younger brother in "
        "Hunan helped persuade her.",
        "2023-05-22",
    )
    assert (record["method"], record["method_text"]) == ("persuaded", "helped persuade her")


def test_hong_is_a_surname_and_the_person_himself_is_the_subject() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2023-06-20",
            text=(
                "近日，外逃12年的职务犯罪嫌疑人洪海平从西班牙回国投案。\n"
                "洪海平，男，1970年出生，原某县国有渔业公司经理，2011年8月外逃。\n"
                "办案人员多次上门与洪海平的妻子谈心谈话，同时通过视频与洪海平本人沟通，"
                "耐心细致地做其思想工作，最终成功将其劝返。"
            ),
        )
    )
    assert [(r.name, r.method, r.fled_to) for r in records] == [("洪海平", "persuaded", ["ES"])]


@pytest.mark.parametrize("name", ["曾庆和", "柯永年"])
def test_a_profile_confirms_a_given_name_ending_in_he_or_nian(name: str) -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2020-06-28",
            text=(
                f"外逃9年的职务犯罪嫌疑人{name}在老挝落网，并于当日被押解回国。\n"
                f"{name}，男，1964年3月出生，原某县农村信用合作联社主任，2011年4月外逃。"
            ),
        )
    )
    assert [r.name for r in records] == [name]


def test_he_without_a_profile_stays_a_conjunction() -> None:
    records = extract_cases(
        Document(id="t", published="2020-06-28", text="邝某和柯某某近日从老挝被遣返回国。")
    )
    assert [r.name for r in records] == ["邝某", "柯某某"]


@pytest.mark.parametrize(
    ("where", "code"), [("澳门特区治安警察局", "MO"), ("香港特别行政区入境处", "HK")]
)
def test_a_territory_named_with_its_administrative_suffix_is_that_territory(
    where: str, code: str
) -> None:
    record = _one(f"5月19日，{where}将逾期逗留的内地外逃人员邝某遣返内地。", "2021-05-20")
    assert record["fled_to"] == [code]


def test_a_removal_still_to_come_is_no_method() -> None:
    record = _one(
        "2019年5月，蒙某在美国被法院以洗钱罪判处有期徒刑，这是异地追诉的成功案例。"
        "蒙某刑满后将被遣返回中国。",
        "2021-03-02",
    )
    assert record["method"] == "prosecuted_abroad"


def test_bribing_officials_is_bribe_giving() -> None:
    record = _one(
        "Kuang Lide was repatriated from Canada on Monday. A court found Kuang guilty of smuggling "
        "and of bribing 27 customs officials."
    )
    assert record["alleged_crimes"] == ["smuggling", "bribe_giving"]


@pytest.mark.parametrize(
    ("told", "expected"),
    [("in May last year", "2017-05"), ("in August of last year", "2017-08")],
)
def test_a_month_with_last_or_this_year_is_that_month(told: str, expected: str) -> None:
    record = _one(f"Kuang Lide was repatriated from Peru {told}.", "2018-09-12")
    assert record["return_date"] == expected


def test_the_former_post_opening_a_sentence_names_the_person_just_named_again() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2018-04-12",
            text=(
                "So far, 54 people on the list have returned, including No 3, Kuang Lide.\n"
                "The former deputy head of a tax bureau in Hebei province was returned to China in "
                "May last year after 16 years in the United States."
            ),
        )
    )
    assert [(r.name, r.return_date, r.fled_to) for r in records] == [
        ("Kuang Lide", "2017-05", ["US"])
    ]


def test_the_opening_scene_dates_a_return_told_by_year_only() -> None:
    record = _one(
        "In late November, a woman in her fifties stepped off a flight from Osaka at Shenyang "
        "airport and walked straight to the investigators waiting for her.\n"
        "Rao Meifen, a former cashier of a steel company in Anshan, had spent 13 years in Japan.\n"
        "Rao is the fourth fugitive the province has persuaded to return this year.",
        "2019-12-20",
    )
    assert (record["return_date"], record["return_date_text"]) == ("2019-11", "late November")


def test_a_crime_whose_name_holds_zui_is_read_whole_after_yin() -> None:
    record = _one(
        "3月上旬，外逃马来西亚5年的葛某某回国投案。2019年2月，葛某某因涉嫌帮助信息网络犯罪活动，"
        "在组织调查期间出境外逃。",
        "2024-03-19",
    )
    assert record["alleged_crimes"] == ["other"]


def test_a_pseudonym_of_the_surname_yuan_in_a_list_is_no_former_post() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2024-08-10",
            text=(
                "今年以来，我省先后追回外逃人员王某、原某某、张某等3人，其中王某从缅甸被押解回国，"
                "原某某、张某从泰国回国投案。"
            ),
        )
    )
    assert [(r.name, r.former_position) for r in records] == [
        ("王某", None),
        ("原某某", None),
        ("张某", None),
    ]


def test_a_compound_surname_after_a_title_starts_a_name() -> None:
    record = _one(
        "8月6日，外逃7年的原某国有钢铁企业财务处处长夏侯春龙被印度尼西亚移民局遣返回国。",
        "2024-08-10",
    )
    assert (record["name"], record["method"]) == ("夏侯春龙", "deported")


def test_a_relative_persuaded_to_persuade_is_no_returnee() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2022-06-24",
            text=(
                "Kuang Lide, a former section chief, flew back from Toronto on June 9 and "
                "surrendered. His wife, Rao Meifen, had been persuaded by investigators to talk "
                "him into coming back, the commission said."
            ),
        )
    )
    assert [(r.name, r.method) for r in records] == [("Kuang Lide", "persuaded")]


def test_the_following_month_counts_from_the_month_named_before() -> None:
    record = _one(
        "Kuang Lide was caught by Cambodian police in Sihanoukville last September and escorted "
        "back to Hefei on a chartered flight the following month.",
        "2021-06-02",
    )
    assert (record["return_date"], record["return_date_text"]) == ("2020-10", "the following month")


@pytest.mark.parametrize(("published", "year"), [("2018-05-20", "2017"), ("2018-12-20", "2018")])
def test_last_autumn_is_the_latest_autumn_ended_before_publication(
    published: str, year: str
) -> None:
    record = _one(
        "Rao Meifen, who returned from the United States and turned herself in last autumn, went "
        "on trial on Friday.",
        published,
    )
    assert record["return_date"] == year


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Forty of the list have returned so far. Twenty-five of the 40 surrendered.\n"
            "One woman on the list, Rao Meifen, died in Kenya in 2014.",
            "2017-04-26",
        ),
        ("邝某某2009年外逃南非，2016年在当地病亡，至死未能归案。", "2017-04-26"),
    ],
)
def test_one_who_died_abroad_is_no_case(text: str, published: str) -> None:
    assert extract_cases(Document(id="t", published=published, text=text)) == []


def test_a_route_told_in_other_words_names_each_country() -> None:
    record = _one(
        "Kuang Lide, who hid in Thailand for six years, returned and surrendered earlier this "
        "month. He crossed into Laos in 2017 before making his way south.",
        "2023-12-19",
    )
    assert sorted(record["fled_to"]) == ["LA", "TH"]


def test_a_date_opening_the_clause_reported_is_the_events() -> None:
    record = _one(
        "State media reported that earlier this month, the number nine suspect, Kuang Lide, was "
        "repatriated from Cambodia after six years at large.",
        "2016-06-25",
    )
    assert (record["return_date"], record["return_date_text"]) == ("2016-06", "earlier this month")


def test_an_engineering_bureau_is_no_returning_engineer_and_others_are_others() -> None:
    record = _one(
        "Many of the suspects had been abroad for a long time. Kuang Lide, who worked for a "
        "railway engineering bureau, stayed in Canada for 16 years before turning himself in last "
        "year. Others were sent back by the countries where they hid.",
        "2019-04-23",
    )
    assert (record["method"], record["return_date"]) == ("surrendered", "2018")


def test_a_fugitive_who_held_a_post_at_a_university_is_a_case() -> None:
    record = _one(
        "Kuang Lide, a former vice-president of a university in Hunan, was repatriated from "
        "Canada on Monday.",
        "2021-06-16",
    )
    assert (record["name"], record["method"]) == ("Kuang Lide", "deported")


def test_a_scientist_returning_to_work_is_still_no_case() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2021-06-16",
            text="Professor Kuang Lide, who led a laboratory at Stanford, returned to China to "
            "join Tsinghua University.",
        )
    )
    assert records == []


@pytest.mark.parametrize(
    "told",
    [
        "was convicted of money laundering by a federal court in Los Angeles in October",
        "was sentenced to 20 years in prison for money laundering by a federal court in Los Angeles",
        "was found guilty of money laundering by the U.S. District Court in Boston",
    ],
)
def test_a_conviction_by_a_foreign_court_is_prosecution_abroad(told: str) -> None:
    record = _one(f"Kuang Lide, a former bank manager in Xiamen, {told}.", "2019-04-11")
    assert (record["method"], record["fled_to"]) == ("prosecuted_abroad", ["US"])


def test_a_sentence_by_a_chinese_court_is_no_prosecution_abroad() -> None:
    record = _one(
        "Kuang Lide, who was repatriated from Canada last year, was sentenced to ten years in "
        "prison by the Nanchang Intermediate People's Court on Monday.",
        "2019-04-11",
    )
    assert record["method"] == "deported"


def test_a_political_charge_is_another_crime() -> None:
    record = _one(
        "Thai immigration police put Kuang Lide on a plane to Guangzhou on Monday. Kuang is "
        'wanted in China for "inciting subversion of state power".',
        "2019-04-11",
    )
    assert record["alleged_crimes"] == ["other"]


@pytest.mark.parametrize(
    "urging",
    ["专案组通过视频将公告内容转告邝某，敦促他抓住时机。", "其家人赴泰国当面做邝某的工作。"],
)
def test_urging_the_person_directly_is_persuasion(urging: str) -> None:
    record = _one(f"邝某2015年外逃泰国。{urging}两天后，邝某从泰国回国投案。", "2020-09-20")
    assert record["method"] == "persuaded"


def test_a_notice_urging_fugitives_in_general_is_no_persuasion() -> None:
    record = _one(
        "邝某2015年外逃泰国。省监委发布敦促他们投案的公告。两天后，邝某从泰国回国投案。",
        "2020-09-20",
    )
    assert record["method"] == "surrendered"


def test_a_nationality_is_no_country_of_flight_and_going_home_from_one_is() -> None:
    record = _one(
        "A Chinese fugitive who went home from New Zealand after nine years did so voluntarily, "
        "officials say.\nKuang Lide, a former deputy president of an industry association, "
        "returned to China to surrender.\nThe only extradition request before the courts "
        "concerned a Taiwanese national.",
        "2019-11-24",
    )
    assert (record["name"], record["fled_to"]) == ("Kuang Lide", ["NZ"])


def test_none_of_them_was_extradited_is_no_extradition() -> None:
    record = _one(
        "Six fugitives have come back from New Zealand since 2015. None of them was extradited. "
        "Kuang Lide, who had lived in Auckland for nine years, surrendered in May.",
        "2019-11-24",
    )
    assert record["method"] == "surrendered"


@pytest.mark.parametrize(
    ("city", "code"),
    [("Ho Chi Minh City", "VN"), ("Nairobi", "KE"), ("Istanbul", "TR"), ("Ulaanbaatar", "MN")],
)
def test_a_major_city_of_a_destination_places_the_person(city: str, code: str) -> None:
    record = _one(
        f"Kuang Lide, who had been hiding in {city}, was repatriated on Monday.", "2019-04-04"
    )
    assert record["fled_to"] == [code]


def test_days_later_count_from_the_day_named_before() -> None:
    record = _one(
        "Indonesian immigration officers detained Kuang Lide in Bali on Aug 28. He was sent back "
        "10 days later, escorted by Chinese police.",
        "2025-09-12",
    )
    assert (record["return_date"], record["return_date_text"]) == ("2025-09-07", "10 days later")


def test_a_country_adjective_opening_a_sentence_is_no_surname() -> None:
    records = extract_cases(
        Document(
            id="t",
            published="2025-07-04",
            text=(
                "Lao authorities handed over a Chinese national to police from Yunnan on Monday.\n"
                "The suspect, Kuang Lide, was deported in accordance with Lao law at the request "
                "of the Chinese side."
            ),
        )
    )
    assert [r.name for r in records] == ["Kuang Lide"]


def test_kickbacks_are_bribery_and_fleeing_the_country_years_ago_is_a_duration() -> None:
    record = _one(
        "Kuang Lide, suspected of taking kickbacks from suppliers, fled the country 11 years ago "
        "and was repatriated from Fiji on Monday.",
        "2023-07-12",
    )
    assert (record["alleged_crimes"], record["years_at_large"]) == (["bribery"], 11)


def test_a_pseudonym_after_a_title_ending_in_a_place_name_is_a_name() -> None:
    record = _one(
        "8月6日，外逃7年的原某国有企业财务处处长乐某被印度尼西亚移民局遣返回国。", "2024-08-10"
    )
    assert (record["name"], record["method"]) == ("乐某", "deported")


def test_a_post_never_runs_across_a_line_from_a_heading() -> None:
    record = _one(
        "二、原泉涉嫌贪污案\n犯罪嫌疑人：原泉，女，1980年出生，原某市住房公积金管理中心会计。\n"
        "到案情况：2019年外逃厄瓜多尔，2021-04-29被厄瓜多尔移民部门遣返回国。",
        "2021-05-20",
    )
    assert (record["name"], record["former_position"]) == ("原泉", "原某市住房公积金管理中心会计")


def test_an_opening_that_describes_the_person_before_naming_them_is_about_them() -> None:
    record = _one(
        "A former county water official who spent seven years in Ecuador was sentenced to nine "
        "years in prison on Monday for embezzlement and accepting bribes.\n"
        "Ma Jingchuan, 61, returned to China and surrendered in March 2018, the court said.",
        published="2019-04-02",
    )
    assert record["alleged_crimes"] == ["embezzlement", "bribery"]
    assert record["years_at_large"] == 7.0 and record["fled_to"] == ["EC"]


def test_an_opening_counting_people_lends_nothing_to_the_first_one_named() -> None:
    record = _one(
        "A total of 12 fugitives suspected of fraud are named in the commission's new report.\n"
        "Ma Jingchuan, 61, returned from Ecuador and surrendered in March 2018, the court said.",
        published="2019-04-02",
    )
    assert record["alleged_crimes"] == []


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        (
            "is suspected of pocketing about 2 million yuan (some $290,000) of public money",
            ["embezzlement"],
        ),
        ("is accused of siphoning off deposits from savers' accounts", ["embezzlement"]),
        ("is accused of stealing 800,000 yuan of school funds", ["embezzlement"]),
        ("is suspected of helping herself to the cooperative's cash", ["embezzlement"]),
        (
            "is suspected of diverting 9 million yuan of the bureau's money into a friend's firm",
            ["misappropriation"],
        ),
        (
            "is accused of taking in savings from farmers with promises of high returns",
            ["illegal_fundraising"],
        ),
        ("allegedly ran an unlicensed investment fund in Wenzhou", ["illegal_fundraising"]),
        ("is suspected of neglecting his duties as a safety inspector", ["dereliction"]),
        ("is suspected of faking value-added tax invoices", ["tax_crime"]),
        ("is suspected of granting loans in violation of regulations", ["other"]),
        ("is accused of running an underground bank", ["other"]),
        ("is suspected of seeking benefits for others and accepting money and gifts", ["bribery"]),
        ("is accused of paying local officials large sums in kickbacks", ["bribe_giving"]),
        ("allegedly cheated a supplier out of 3 million yuan", ["fraud"]),
    ],
)
def test_english_crimes_told_in_free_words(told: str, crimes: list[str]) -> None:
    record = _one(f"Ma Jingchuan, who fled to Peru in 2012, {told}. He was extradited on Monday.")
    assert record["alleged_crimes"] == crimes


def test_wanted_at_home_for_a_crime_names_the_crime() -> None:
    record = _one("Ma Jingchuan, wanted back home for bribery, was extradited from Peru on Monday.")
    assert record["alleged_crimes"] == ["bribery"]


def test_a_pinyin_name_printed_with_its_umlaut_is_a_name() -> None:
    record = _one("Lü Guangxin, who fled to Fiji in 2014, was repatriated to China on Monday.")
    assert record["name"] == "Lü Guangxin" and record["fled_to"] == ["FJ"]


def test_turkiye_keeps_its_letter() -> None:
    record = _one("Ma Jingchuan, who fled to Türkiye in 2014, was repatriated to China on Monday.")
    assert record["fled_to"] == ["TR"]


def test_a_business_partner_is_no_relative() -> None:
    text = (
        "Police said on Monday that Ma Jingchuan is still in Chile.\n"
        "His former business partner, Lu Huaxin, was persuaded to return from Chile in March."
    )
    records = extract_cases(Document(id="t", text=text, published="2019-04-02"))
    assert [(r.name, r.method) for r in records] == [("Lu Huaxin", "persuaded")]


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        ("涉嫌侵吞扶贫项目资金", ["embezzlement"]),
        ("涉嫌非法吸收民众存款", ["illegal_fundraising"]),
        ("涉嫌非法吸收存款", ["illegal_fundraising"]),
    ],
)
def test_chinese_crimes_in_other_words(told: str, crimes: list[str]) -> None:
    record = _one(f"外逃斐济的犯罪嫌疑人郝立新{told}，3月20日被遣返回国。")
    assert record["alleged_crimes"] == crimes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3月20日，外逃土耳其的犯罪嫌疑人艾合买提·吐尔逊被遣返回国。", "艾合买提·吐尔逊"),
        ("3月20日，将外逃人员布和·巴特尔从蒙古国押解回国。", "布和·巴特尔"),
        ("3月20日，阿不都热依木·买买提·吐尔逊从哈萨克斯坦回国投案。", "阿不都热依木·买买提·吐尔逊"),
    ],
)
def test_a_name_written_with_a_middle_dot_is_one_name(text: str, name: str) -> None:
    assert _one(text)["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "3月20日，涉嫌诈骗的蒙古国籍犯罪嫌疑人巴特尔·额尔敦被二连浩特警方遣返蒙古国。",
        "3月20日，涉嫌诈骗的越南籍犯罪嫌疑人阮文雄被东兴警方遣送至越南。",
        "Ma Jingchuan, wanted at home for fraud, was deported to Mongolia from Erenhot on Monday.",
    ],
)
def test_someone_deported_from_china_to_another_country_is_no_case(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2019-04-02")) == []


@pytest.mark.parametrize(
    "told",
    [
        "专案组约见其胞弟，动员他劝说郝立新回国。",
        "在民警和家属的反复规劝下，",
    ],
)
def test_any_relative_of_the_kinship_list_marks_family_pressure_zh(told: str) -> None:
    record = _one(f"{told}外逃斐济的犯罪嫌疑人郝立新于3月20日回国投案。")
    assert "family_pressure" in record["coercion"]


@pytest.mark.parametrize(
    "told",
    [
        "His mother and sister were repeatedly visited by police in Fuzhou.",
        "Investigators held repeated talks with his wife.",
        "His nephew kept pleading with him to come home.",
    ],
)
def test_any_relative_of_the_kinship_list_marks_family_pressure_en(told: str) -> None:
    record = _one(
        f"Ma Jingchuan, who fled to Fiji in 2012, returned and surrendered on Monday. {told}"
    )
    assert record["coercion"] == ["family_pressure"]


@pytest.mark.parametrize(
    ("told", "countries"),
    [
        ("He fled in 2012, first to Serbia and then to Spain.", ["RS", "ES"]),
        (
            "He vanished in 2019, slipping across the border into Laos before moving on to Bangkok.",
            ["LA", "TH"],
        ),
        (
            "He fled to Turkey in 2017 and spent two years there before settling in the United Arab Emirates.",
            ["TR", "AE"],
        ),
    ],
)
def test_every_country_of_a_route_of_flight(told: str, countries: list[str]) -> None:
    last = {"ES": "Spain", "TH": "Thailand", "AE": "the United Arab Emirates"}[countries[-1]]
    record = _one(f"Ma Jingchuan was brought back to China from {last} on Monday. {told}")
    assert sorted(record["fled_to"]) == sorted(countries)


@pytest.mark.parametrize(
    ("told", "years"),
    [
        ("She had been in Georgia for four years.", 4.0),
        ("He had been there for six and a half years.", 6.5),
        ("He had been out of China for nine years.", 9.0),
        ("He had spent two and a half years there.", 2.5),
        ("He spent two years in Istanbul before settling in Dubai.", None),
    ],
)
def test_english_years_abroad_in_other_words(told: str, years: float | None) -> None:
    record = _one(f"Ma Jingchuan, who fled to Georgia, was repatriated on Monday. {told}")
    assert record["years_at_large"] == years


def test_cities_after_a_word_of_flight_place_the_person_zh() -> None:
    record = _one("3月20日，郝立新从柬埔寨被遣返回国。2015年郝立新出逃后，辗转曼谷、金边等地。")
    assert sorted(record["fled_to"]) == ["KH", "TH"]


def test_the_same_month_with_a_day_in_chinese_numerals() -> None:
    text = (
        "外逃十六年的原副主任郝立新，七月二十二日经劝返从加拿大回国投案。"
        "同月十五日，原柜员冼某在菲律宾马尼拉被缉捕归案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2020-08-12"))
    assert {r.name: r.return_date for r in records}["冼某"] == "2020-07-15"


def test_a_month_alone_opening_a_clause_in_chinese_numerals() -> None:
    text = "今年三月，郝立新从新西兰回国投案；五月，赖某被泰国警方遣返回国。"
    records = extract_cases(Document(id="t", text=text, published="2017-07-14"))
    assert {r.name: r.return_date for r in records} == {"郝立新": "2017-03", "赖某": "2017-05"}


def test_a_review_year_frames_the_returns_it_lists() -> None:
    text = (
        "2019年，全省纪检监察机关共追回外逃人员112名，追回赃款4.6亿元。\n"
        "一批重点外逃人员陆续归案。其中，上官明辉、封德利分别从美国、加拿大回国投案；"
        "曹某某被泰国移民局遣返回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2020-01-10"))
    assert {r.name: r.return_date for r in records} == {
        "上官明辉": "2019",
        "封德利": "2019",
        "曹某某": "2019",
    }


def test_each_of_a_list_takes_the_crime_written_before_their_name() -> None:
    text = (
        "3月20日，专案组将涉嫌职务侵占的叶某、涉嫌合同诈骗的周某某、涉嫌走私普通货物的金某"
        "从柬埔寨缉捕回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-03-25"))
    assert {r.name: r.alleged_crimes for r in records} == {
        "叶某": ["duty_encroachment"],
        "周某某": ["fraud"],
        "金某": ["smuggling"],
    }


def test_an_opening_return_is_the_persons_the_report_names_further_on() -> None:
    text = (
        "A Chinese man wanted for fraud was extradited back to China from Kenya on Saturday.\n"
        "The man, an accountant at a trading firm, moved company money into his own account.\n"
        "Kenyan police arrested him in May.\n"
        "State television showed the man, identified only by his surname Deng, at the airport."
    )
    record = _one(text, published="2023-11-26")
    assert (record["name"], record["method"], record["fled_to"]) == ("Deng", "extradited", ["KE"])


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (
            "Thailand has sent Ma Jingchuan, a businessman wanted for fraud, back to China.",
            "deported",
        ),
        (
            "Macao police detained Ma Jingchuan in April and sent him back to the mainland.",
            "deported",
        ),
        (
            "Ma Jingchuan, who fled to Laos, was put on a China Eastern Airlines flight to Kunming.",
            "deported",
        ),
        (
            # the host's own police hand the person over: the host removes them (domain.md)
            "Ma Jingchuan, who hid in Macao, was handed over by Macao police at the border.",
            "deported",
        ),
        (
            "Ma Jingchuan, who fled to Laos, was handed to Chinese police at the airport.",
            "captured",
        ),
        ("Ma Jingchuan, who fled to Myanmar, was caught after sneaking back into Yunnan.", "other"),
    ],
)
def test_english_returns_in_other_words(text: str, method: str) -> None:
    assert _one(text, published="2024-02-23")["method"] == method


def test_a_name_and_an_age_after_said_is_reported_speech() -> None:
    text = (
        "Malaysia deported a Chinese couple wanted for illegal deposit-taking, officials said. "
        "Its director-general said Hu Guodong, 51, and his wife were put on a flight to Shanghai."
    )
    records = extract_cases(Document(id="t", text=text, published="2023-12-01"))
    assert [r.name for r in records] == ["Hu Guodong"]


def test_flew_home_is_a_return_and_its_month_its_date() -> None:
    record = _one(
        "Ma Jingchuan, a former land official who fled to New Zealand in 2012, "
        "flew home from Auckland in late January and was taken into custody.",
        published="2019-02-26",
    )
    assert (record["method"], record["return_date"]) == ("unknown", "2019-01")


def test_the_day_of_an_arrival_told_later_about_the_person_alone() -> None:
    text = (
        "A former state company executive has been extradited from Hungary, the commission said.\n"
        "Ma Jingchuan, 66, was general manager of a machinery firm in Tianjin before he fled in 2002.\n"
        "He is accused of embezzling company funds.\n"
        "Hungarian police arrested Ma in Budapest in 2020 on an Interpol red notice.\n"
        "A court there later approved his transfer, and he was flown to Beijing on Thursday."
    )
    assert _one(text, published="2022-03-04")["return_date"] == "2022-03-03"


@pytest.mark.parametrize(
    ("told", "tactic"),
    [
        (
            "Police published a notice urging him to surrender and listing his addresses.",
            "public_exposure",
        ),
        (
            "Authorities barred his son from taking the civil service examination.",
            "family_sanctions",
        ),
        ("His daughter lost her teaching job, relatives said.", "family_sanctions"),
        ("Investigators called him by video several times.", "overseas_contact"),
        ("They promised him a lighter sentence if he came back.", "policy_appeal"),
    ],
)
def test_english_pressure_in_other_words(told: str, tactic: str) -> None:
    record = _one(
        f"Ma Jingchuan, who fled to Fiji in 2012, returned and surrendered on Monday. {told}"
    )
    assert record["coercion"] == [tactic]


def test_frozen_meat_is_no_frozen_asset() -> None:
    record = _one(
        "Ma Jingchuan, who fled to Vietnam in 2016 after smuggling frozen beef, "
        "was repatriated on Monday."
    )
    assert record["coercion"] == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Ma Jingchuan, once deputy head of the land bureau in Jiangmen, flew home from Auckland.",
            "deputy head of the land bureau in Jiangmen",
        ),
        (
            "Ma Jingchuan was general manager of a machinery firm in Tianjin before he fled in 2002. "
            "He was extradited from Hungary on Thursday.",
            "general manager of a machinery firm in Tianjin",
        ),
        (
            "Ma Jingchuan, former deputy head of a county transport bureau until 2009, "
            "was repatriated from Laos on Thursday.",
            "former deputy head of a county transport bureau",
        ),
    ],
)
def test_an_english_post_without_when_it_was_held(text: str, post: str) -> None:
    assert _one(text, published="2022-03-04")["former_position"] == post


def test_officers_escorting_the_person_to_a_chinese_airport_is_a_capture() -> None:
    record = _one(
        "7月1日傍晚，公安部工作组押解犯罪嫌疑人郝立新，乘坐经停多哈的航班抵达上海浦东国际机场。"
        "此前，郝立新在肯尼亚内罗毕被当地警方抓获。",
        published="2023-07-25",
    )
    assert (record["method"], record["return_date"]) == ("captured", "2023-07-01")


@pytest.mark.parametrize(
    "text",
    [
        # the person named after an opening is still abroad, or on the side of the case
        "A former official who fled to Canada has returned to China, officials said on Monday. "
        "Separately, Li Ming, a businessman accused of fraud, remains at large in Thailand.",
        "A fugitive wanted for fraud was extradited from Bulgaria on Thursday.\n"
        "His lawyer, Peng Hui, said the extradition broke European law.",
        "A former bank manager who fled to Canada in 2012 returned and surrendered on Feb 10.\n"
        "His accomplice, Zhong Hai, is still at large.",
        # movements that bring nobody back
        "Lin Tao's wife flew home to Shanghai last week; Lin is still in Toronto.",
        "The agency sent a delegation of prosecutors back to China, while Ye Qun remains in Manila.",
        "Zhang Kai, who had hidden in Yunnan, was handed over by local police to investigators from Zhejiang.",
    ],
)
def test_no_case_from_what_the_attack_found(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2024-03-01")) == []


def test_two_dotted_names_joined_by_and_are_two_people() -> None:
    text = "犯罪嫌疑人热合曼·吐尔逊和阿不都·卡地尔日前从哈萨克斯坦被遣返回国。"
    records = extract_cases(Document(id="t", text=text, published="2024-03-01"))
    assert sorted(r.name for r in records) == ["热合曼·吐尔逊", "阿不都·卡地尔"]


def test_a_dotted_name_ends_before_what_its_bearer_says() -> None:
    from extract.dotted_names import dotted_names

    assert dotted_names("据该国总检察长梅里克·加兰德介绍，") == {"梅里克·加兰德"}
    assert dotted_names("州纪委书记阿依古丽·买买提表示") == {"阿依古丽·买买提"}


def test_a_site_and_its_reporter_joined_by_a_dot_are_a_byline_not_a_name() -> None:
    from extract.dotted_names import dotted_names

    assert (
        dotted_names("据南湖网·晨光新闻记者的不完全统计，近年投案自首的村官已有两位数。") == set()
    )
    assert dotted_names("犯罪嫌疑人艾尔肯·吐尔洪回国投案。") == {"艾尔肯·吐尔洪"}


def test_a_deportation_to_macao_that_goes_on_to_the_mainland_is_a_return() -> None:
    record = _one("3月2日，外逃菲律宾的犯罪嫌疑人郝立新被遣返澳门，随后移交内地警方。")
    assert record["method"] == "deported"


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        ("pocketing 3 million yuan in cash bribes", ["bribery"]),
        ("forcing developers to pay kickbacks to him", ["bribery"]),
    ],
)
def test_english_crimes_by_who_pays(told: str, crimes: list[str]) -> None:
    record = _one(
        f"Ma Jingchuan, who fled to Italy, is accused of {told}. He was extradited on Monday."
    )
    assert record["alleged_crimes"] == crimes


def test_a_family_company_or_an_urgent_need_is_no_family_pressure() -> None:
    record = _one(
        "Ma Jingchuan, who fled to Canada, returned and surrendered on Monday. "
        "His family company was called in by regulators, and his mother needed urgent surgery."
    )
    assert record["coercion"] == []


def test_a_heading_with_a_middle_dot_is_no_name() -> None:
    text = "天网行动·追逃故事\n3月2日，外逃泰国9年的犯罪嫌疑人张某回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2024-03-01"))
    assert [r.name for r in records] == ["张某"]


def test_returned_from_a_country_to_surrender_is_a_surrender() -> None:
    record = _one(
        "Ma Jingchuan, who fled in 2012, returned from New Zealand to surrender on Feb 3."
    )
    assert (record["method"], record["fled_to"]) == ("surrendered", ["NZ"])


@pytest.mark.parametrize("verb", ["劝他", "劝说他", "劝导她", "动员他", "说服他", "催促他"])
def test_a_relative_urging_the_fugitive_home_is_not_a_returnee(verb: str) -> None:
    """The one who urges (X…劝他回国自首) tells of an appeal, not of a return: only the
    fugitive, whose own return is told, is a case, persuaded by a relative."""
    records = _records(
        (
            "2017年，某县水利局原局长岑国平携款潜逃至斐济。专案组多次找到其胞姐岑秀英，"
            f"向她讲明政策。岑秀英随后多次打电话{verb}回国自首。"
            "今年5月8日，岑国平回国投案。"
        ),
        published="2024-06-01",
    )
    method = "surrendered" if verb == "催促他" else "persuaded"  # urging alone is no persuasion
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("岑国平", "2024-05-08", method)
    ]


def test_the_person_told_of_an_appeal_is_not_the_one_urging() -> None:
    """转告X，敦促他…: X is the one urged, though named before the verb."""
    record = _one(
        "今年4月，外逃9年的原科长甘某从新加坡回国投案。据介绍，甘某曾多次表示想回国，"
        "专案组随即通过视频将政策转告甘某，敦促他尽快回国。"
    )
    assert (record["name"], record["method"]) == ("甘某", "persuaded")


def test_a_lead_that_has_come_back_and_a_surrender_told_as_a_noun() -> None:
    """ "has come back to China" reports a return; "X's surrender" names its method; a red
    notice's month before it is not the return's date; "the money he embezzled" is the crime."""
    record = _one(
        "A fugitive accused of abusing his post has come back to China to face justice, the "
        "country's top anti-graft body said yesterday.\n"
        "Wen Lisheng, former head of a village committee in Zibo, left the country in May 2016. "
        "Wen has paid back the money he embezzled.\n"
        "A red notice was issued for him in June 2019.\n"
        "Calling Wen's surrender a fruit of the Sky Net campaign, an official said the country "
        "would keep hunting fugitives.",
        published="2021-03-05",
    )
    assert (record["name"], record["method"], record["return_date"]) == (
        "Wen Lisheng",
        "surrendered",
        None,
    )
    assert record["alleged_crimes"] == ["embezzlement"]


def test_fugitives_who_will_be_brought_back_are_nobody_returned() -> None:
    """A spokesman's promise is no return, whatever the sentence goes on to say."""
    records = _records(
        (
            "A man surnamed Lu was repatriated from Laos last Friday, police said. "
            '"Fugitives will be brought back wherever they hide," said the spokesman, Guo '
            "Ming, adding that Lu's partner, a woman surnamed Tang, had fled to Dubai."
        ),
        published="2021-03-09",
    )
    assert [r.name for r in records] == ["Lu"]


def test_a_clause_that_goes_on_as_the_one_before_opens_on_a_name() -> None:
    """A two-character name after a comma is weak, but not where its clause repeats the shape
    of the clause before, which names someone: each keeps their own country and method."""
    records = _records(
        "2017年，“百名红通人员”邝德华从加拿大回国投案，管睿从意大利被引渡回国，均已移送审查起诉。",
        published="2018-01-10",
    )
    assert sorted((r.name, r.fled_to[0], r.method) for r in records) == [
        ("管睿", "IT", "extradited"),
        ("邝德华", "CA", "surrendered"),
    ]


def test_caught_inside_a_foreign_country_is_no_arrest_at_home() -> None:
    """境内抓获 is an arrest at home (other) unless a foreign country is named before 境内."""
    record = _one("工作组于柬埔寨境内抓获涉嫌集资诈骗潜逃6年的浙江逃犯骆某，并将其押解回国。")
    assert record["method"] != "other"
    home = _one("潜逃缅甸多年的逃犯骆某偷越国境返回，被民警在云南境内抓获。")
    assert home["method"] == "other"


@pytest.mark.parametrize(
    ("sentence", "crimes"),
    [
        (
            "Prosecutors approved his arrest in 2015 for illegally taking in public deposits.",
            ["illegal_fundraising"],
        ),
        ("Police said Ma illegally raised 30 million yuan from savers.", ["illegal_fundraising"]),
        (
            "Ma is suspected of raising money illegally through fake projects.",
            ["illegal_fundraising"],
        ),
        ("He fled while facing accusations of contract fraud.", ["fraud"]),
        ("He faces charges linked to online gambling.", ["other"]),
        ("Ma, sought for masterminding organized crime in Hunan, left in 2020.", ["other"]),
        (
            "The suspicions against him include tax evasion and misuse public funds.",
            ["tax_crime", "misappropriation"],
        ),
        ("He surrendered, handing back the bribes he took.", ["bribery"]),
    ],
)
def test_english_crimes_in_the_words_reports_use(sentence: str, crimes: list[str]) -> None:
    record = _one(
        "Ma Jianguo, a former manager who fled to Peru in 2012, was repatriated to China on "
        f"Tuesday. {sentence}",
        published="2021-06-10",
    )
    assert sorted(record["alleged_crimes"]) == sorted(crimes)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "2015年，钱某携款潜逃韩国。2018年11月，钱某被法国警方抓获。今年4月3日，钱某从韩国被押解回国。",
            ["KR", "FR"],
        ),
        (
            "Qian Ming, who fled to South Korea in 2015, was deported from South Korea on Wednesday. "
            "Qian had been detained in 2018 by French police during a trip.",
            ["KR", "FR"],
        ),
    ],
)
def test_a_country_whose_police_held_the_person_is_where_they_fled(
    text: str, countries: list[str]
) -> None:
    assert _one(text, published="2019-04-05")["fled_to"] == countries


def test_a_head_of_state_named_in_a_caption_is_never_the_returnee() -> None:
    """A caption line naming the president after a headline about an unnamed fugitive: an office
    of state makes that person an official wherever else the text names them."""
    records = _records(
        (
            "A fugitive on China's most-wanted list has come back from Canada to surrender\n"
            "Gao Mingyuan\n"
            "Chinese President Gao Mingyuan meets foreign guests in Beijing.\n"
            "The newest success of the campaign is the return of Su Kailin, who left for Canada "
            "in 2001, the commission said."
        ),
        published="2017-01-05",
    )
    assert [r.name for r in records] == ["Su Kailin"]


def test_a_surname_given_alone_and_a_repatriation_still_awaited() -> None:
    """ "whose surname alone was given as Hu" names a person; "awaiting a decision on his
    repatriation" is no return."""
    records = _records(
        (
            "Police escorted the suspect, whose surname alone was given as Hu, back to China "
            "from Thailand on Friday, the ministry said. His partner, surnamed Pan, was "
            "detained in Bangkok last month and is awaiting a decision on his repatriation."
        ),
        published="2025-08-18",
    )
    assert [(r.name, r.return_date) for r in records] == [("Hu", "2025-08-15")]


@pytest.mark.parametrize(
    "side",
    [
        "经侦大队教导员邝志成说：“在他们最犹豫的时候，这封信点燃了他们心底回国自首的念头。”",
        "工作人员邝志成说：“看到他回国自首，我们都松了口气。”",
    ],
)
def test_an_officer_named_with_a_post_held_now_is_no_returnee(side: str) -> None:
    records = _records(
        f"3月5日，潜逃老挝5年的犯罪嫌疑人苏某回国投案自首。{side}",
        published="2015-01-05",
    )
    assert [r.name for r in records] == ["苏某"]


def test_a_post_held_now_makes_an_officer() -> None:
    """邱振华现任…副支队长: a fugitive's post is a former one (原…); one held now is an officer's."""
    records = _records(
        (
            "邝志成现任市公安局经侦支队副支队长，在“猎狐2014”行动中，他算得上一名老练“猎手”。"
            "邝志成说，这次押解回国的苏某潜逃老挝已有5年。"
        ),
        published="2015-01-05",
    )
    assert "邝志成" not in [r.name for r in records]


@pytest.mark.parametrize(
    "side",
    [
        '"It is hard to bring suspects back to China," Lan Hua, an extradition expert at a '
        "university in Beijing, said.",
        "Lan Hua, the Chinese minister responsible for bringing suspects back to China, said "
        "others had returned.",
    ],
)
def test_a_commentator_or_a_minister_is_no_returnee(side: str) -> None:
    records = _records(
        f"Su Ming, who fled to Laos in 2014, was repatriated on Tuesday. {side}",
        published="2019-03-08",
    )
    assert [r.name for r in records] == ["Su Ming"]


def test_a_code_name_in_quotes_is_no_date_and_a_handover_completed_is_a_return() -> None:
    """“云战4号”缉捕…行动 names a campaign whatever follows its quote; 警方完成对X的交接 hands
    the person over at the border."""
    record = _one(
        "日前，丽水警方成功将潜逃境外的在逃人员祝某劝返。警方开展“净边2020”“云战4号”缉捕境外逃犯"
        "专项行动，祝某是全省第一名归案的境外在逃人员。\n"
        "5月24日，在中越边境友谊关，丽水警方与越南警方顺利完成对在逃人员祝某的交接。",
        published="2020-05-26",
    )
    assert record["return_date"] == "2020-05-24"


def test_english_names_given_by_named_and_officers_by_a_post_held_now() -> None:
    """ "A Chinese national named Hao" is a person; "Liang Ming, director of the … Bureau" and
    a reporter who "reports from Beijing" are not returnees, however often named again."""
    records = _records(
        (
            "A Chinese national named Hao was persuaded to return to China from Laos in 2021. "
            "Zhao Min reports from Beijing. Liang Ming, director of the Economic Crimes "
            "Investigation Bureau at the provincial department, said Hao had come back. "
            "Liang said others would come back too."
        ),
        published="2022-01-10",
    )
    assert [(r.name, r.method) for r in records] == [("Hao", "persuaded")]


def test_a_list_of_verbs_each_with_its_returnee() -> None:
    """劝返甲，遣返乙，境外缉捕丙和丁: each name takes the method of the verb before it."""
    records = _records(
        ("名单公布两年来，各地劝返龚秀兰，遣返龚进民，境外缉捕卜立文和冉清华，积累了一系列经验。"),
        published="2017-09-14",
    )
    assert sorted((r.name, r.method) for r in records) == [
        ("冉清华", "captured"),
        ("卜立文", "captured"),
        ("龚秀兰", "persuaded"),
        ("龚进民", "deported"),
    ]


def test_a_conjunction_before_a_common_word_is_no_surname() -> None:
    """劝返和主动投案: 和 joins two words here; it is no surname before a name 主动."""
    records = _records(
        "今年以来，通过劝返和主动投案等方式，共追回外逃人员12名，其中包括潜逃泰国的邝某。",
        published="2017-09-14",
    )
    assert "和主动" not in [r.name for r in records]


def test_a_quoted_name_after_called_is_a_person() -> None:
    record = _one(
        "今年3月，一名叫“骆仁良”的商人从泰国被押解回国，他1997年卷走9000多万元巨款外逃。",
        published="2019-04-01",
    )
    assert (record["name"], record["method"]) == ("骆仁良", "captured")


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (
            "An accountant under investigation for fraud handed himself into the Chinese "
            "authorities on Friday, after six years in Canada. Hu Jianwei left for Canada in 2012.",
            "surrendered",
        ),
        (
            "Tao Jianming, one of 100 suspects believed to have escaped abroad, was captured by "
            "Lanzhou police, in the provincial capital, on Dec. 2 following his arrival in "
            "Guangdong Province, police said.",
            "other",
        ),
    ],
)
def test_a_surrender_into_and_an_arrest_after_arriving_home(text: str, method: str) -> None:
    assert _one(text, published="2017-12-09")["method"] == method


@pytest.mark.parametrize(
    "sentence",
    [
        "Hou Zhiwen came back to the country voluntarily and handed back the money, the commission said.",
        "Hou Zhiwen, who fled to the US in 2012, has come back to China after handing himself in.",
    ],
)
def test_a_voluntary_return_and_handing_oneself_in_are_surrenders(sentence: str) -> None:
    record = _one(f"A suspect on the list of 100 fugitives fled to the US in 2012. {sentence}")
    assert record["method"] == "surrendered"


def test_men_kidnapped_and_carried_off_to_china_were_captured() -> None:
    """An abduction to China is a capture; "the two men" points back to the two just named."""
    records = _records(
        (
            "Booksellers Lin Haobo and Guan Ming vanished from Bangkok last year, where they "
            "had lived for a decade. The two men were kidnapped and carried off to China, "
            "their families said."
        ),
        published="2016-06-01",
    )
    assert sorted((r.name, r.method) for r in records) == [
        ("Guan Ming", "captured"),
        ("Lin Haobo", "captured"),
    ]


def test_all_three_men_are_the_three_named_one_by_one_before() -> None:
    """ "All three men" counts the people named alone in the sentences before it; "came back
    from buying groceries" is an errand abroad, no return."""
    records = _records(
        (
            "In October, Lin Haobo came back from shopping to his flat in Pattaya and met a "
            "stranger at the gate. He left with him that evening. "
            "Two months later, Guan Ming vanished from his office in Bangkok. "
            "In November, Deng Wei boarded a bus toward the Lao border and was not heard from "
            "again. All three men were kidnapped and carried off to China, their families say."
        ),
        published="2016-06-01",
    )
    assert sorted((r.name, r.method) for r in records) == [
        ("Deng Wei", "captured"),
        ("Guan Ming", "captured"),
        ("Lin Haobo", "captured"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2016年3月9日，潜逃加拿大的某县原副县长郑立国回国后向县纪委监委投案自首。",
            ("郑立国", "2016-03-09", "surrendered", ["CA"]),
        ),
        (
            "菲律宾当局8日把涉嫌集资诈骗的犯罪嫌疑人郑立国引渡回中国。",
            ("郑立国", "2019-12-08", "extradited", ["PH"]),
        ),
        (
            "2011年5月6日，外逃美国10年的犯罪嫌疑人郑立国被美国当局驱逐出境，并押送到中国。",
            ("郑立国", "2011-05-06", "deported", ["US"]),
        ),
        (
            "12月3日上午，在马来西亚潜藏9年的职务犯罪嫌疑人郑立国在民警押送下步下了飞机舷梯。",
            ("郑立国", "2019-12-03", "unknown", ["MY"]),
        ),
    ],
)
def test_return_told_with_ba_after_returning_or_down_the_steps(
    text: str, expected: tuple[object, ...]
) -> None:
    """把 as well as 将 puts the person before 引渡/遣返; 回国后 before 投案 is the surrender
    itself, not what followed a return; a comma may stand between an expulsion and the escort
    to China; 了 between 步下 and the steps."""
    record = _one(text, published="2019-12-20")
    assert (record["name"], record["return_date"], record["method"], record["fled_to"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2015年1月16日，意方正式作出同意将郑立国引渡回中国的决定。",
        "2014年，郑立国担心荷兰警方快要将他遣返，便偷渡去了美国。",
    ],
)
def test_an_approval_or_a_fear_of_extradition_is_no_return(text: str) -> None:
    assert _records(text, published="2015-02-01") == []


def test_the_state_whose_authorities_hand_the_person_over_is_where_they_were() -> None:
    """Another country of the sentence (the site of a venture the person funded) is no flight."""
    record = _one(
        "老挝当局12日把被指是缅甸“金湾园区”出资人之一的犯罪嫌疑人郑立国引渡回中国。",
        published="2025-11-13",
    )
    assert (record["return_date"], record["method"], record["fled_to"]) == (
        "2025-11-12",
        "extradited",
        ["LA"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zhou Ping, who fled to Canada in 2004, was at last handed back to China by the "
            "Canadian authorities on Wednesday.",
            ("2016-11-16", "deported", ["CA"]),
        ),
        (
            "On Nov. 14, Dutch police handed Zhou Ping over in Amsterdam to China's Fox Hunt team.",
            # the host's police hand the person over, as below: the host removes them
            ("2016-11-14", "deported", ["NL"]),
        ),
        (
            "On Nov. 14, police in Vietnam's Lang Son province transferred the fugitive Zhou "
            "Ping to China's side at the border gate.",
            # a host police's transfer: the real labels code it deported
            ("2016-11-14", "deported", ["VN"]),
        ),
        (
            "A plane carrying fugitive Zhou Ping, a Chinese national born in Laos, touched down "
            "in Kunming on Wednesday after he was arrested in Thailand.",
            ("2016-11-16", "captured", ["TH"]),
        ),
    ],
)
def test_english_handovers_and_arrivals_told_in_other_words(
    text: str, expected: tuple[object, ...]
) -> None:
    """Handed back, handed over in a foreign city to China's team, transferred to China's side,
    a plane carrying the person touching down; a birthplace is no country of flight."""
    record = _one(text, published="2016-11-18")
    assert (record["return_date"], record["method"], record["fled_to"]) == expected


def test_assets_sent_back_are_no_return_of_the_person() -> None:
    """The person's own surrender is the return; the money sent back later is not one."""
    record = _one(
        (
            "The illegal proceeds of one-time fugitive Lu Minghai have been sent back to China "
            "by Australia, Chinese police said. Australia has handed back to China the gains "
            "of Lu Minghai as well. Lu, a former manager of a state bank, fled to Australia in "
            "2009 and returned home on March 3, 2016 to give himself up."
        ),
        published="2017-05-10",
    )
    assert (record["return_date"], record["method"], record["fled_to"]) == (
        "2016-03-03",
        "surrendered",
        ["AU"],
    )


def test_hunting_down_an_anonymised_fugitive_abroad_is_a_capture() -> None:
    """缉捕 with the anonymised person right after it (集中缉捕甘某某等5名…) tells the arrest
    abroad; 缉捕 as a campaign's name (开展缉捕) tells none."""
    record = _one(
        "8月2日至9日，在老挝执法部门支持配合下，公安部“猎狐行动”工作组在万象等地接连行动，"
        "集中缉捕邬某某等3名重大经济犯罪嫌疑人。",
        published="2016-08-12",
    )
    assert (record["name"], record["method"], record["fled_to"]) == ("邬某某", "captured", ["LA"])


def test_a_flight_from_abroad_landing_opens_the_story_of_the_person_named_next() -> None:
    """一班从法国起飞的航班降落在…机场: the arrival of the person the next sentence names."""
    record = _one(
        "10月10日下午，一班从意大利米兰起飞的航班降落在温州龙湾机场，一名中年男子随人流走出边检通道。"
        "在境外潜逃长达12年的犯罪嫌疑人郑某（男，45岁，浙江瑞安人）总算回到了家乡。",
        published="2019-10-12",
    )
    assert (record["name"], record["return_date"], record["fled_to"]) == (
        "郑某",
        "2019-10-10",
        ["IT"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "检察官先对严某某的家人做了劝说工作。2016年3月，潜逃美国的严某某回国投案。",
        "中央追逃办已成功劝喻一名在外潜逃十四年的公务员、原某局综合处处长严某某，日前由美国回国投案自首。",
    ],
)
def test_persuasion_told_as_persuading_work_or_quanyu_makes_it_persuaded(text: str) -> None:
    """做了劝说工作 on the person's family, and 劝喻 (the Hong Kong press's word for 劝返), tie
    persuasion to the return (domain.md, persuaded vs surrendered)."""
    record = _one(text, published="2016-04-01")
    assert (record["name"], record["method"]) == ("严某某", "persuaded")


def test_the_handover_after_a_surrender_at_an_embassy_dates_the_return() -> None:
    """交给中国警方 is 移交 (a movement home): it dates the return, not the day the person
    walked into the embassy abroad."""
    record = _one(
        "在亲属劝说下，邬某于5月31日前往中国驻老挝大使馆自首，表示愿意回国接受调查。"
        "中国驻老挝大使馆警务联络官9日在万象机场把在老挝藏匿4年的经济犯罪嫌疑人邬某交给中国警方工作组。",
        published="2017-06-10",
    )
    assert (record["return_date"], record["method"], record["fled_to"]) == (
        "2017-06-09",
        "persuaded",
        ["LA"],
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hong Kong publisher Lam Po vanished from his flat in Pattaya in October and was "
            "abducted and carried off to China, his family said.",
            "Lam Po",
        ),
        (
            "Wong Kin, a businessman who fled to Canada in 2001, was deported to China on Tuesday.",
            "Wong Kin",
        ),
    ],
)
def test_cantonese_romanisations_of_surnames_are_surnames(text: str, name: str) -> None:
    """Hong Kong names are printed in Cantonese romanisation (Lam for 林, Wong for 黄 or 王):
    surnames.json ``en_alternate`` lists them."""
    assert [r.name for r in _records(text, published="2016-02-17")] == [name]


@pytest.mark.parametrize("verb", ["追捕回国", "抓捕回国", "缉捕回国"])
def test_pursued_and_brought_back_is_a_capture(verb: str) -> None:
    record = _one(f"浙江商人韦某某2016年5月逃往乌干达，2017年3月被中国警方{verb}。")
    assert (record["name"], record["method"], record["fled_to"], record["return_date"]) == (
        "韦某某",
        "captured",
        ["UG"],
        "2017-03",
    )


@pytest.mark.parametrize(
    "phrase", ["named only by his family name, Tang,", "known only by her last name, Tang,"]
)
def test_a_surname_given_alone_after_named_only_by(phrase: str) -> None:
    text = (
        "A suspect on the wanted list has been returned to China from abroad, the ministry said. "
        f"The suspect, {phrase} is alleged to have forged invoices. The suspect was detained "
        "in Antigua and Barbuda on Jan 5."
    )
    assert [r.name for r in _records(text)] == ["Tang"]


@pytest.mark.parametrize(
    "quote",
    [
        '"He thought it over for a long time before he went back to China," said his wife '
        "Zhou Min, who stayed in Canada.",
        "Zhou Min, an immigration lawyer in Vancouver, said Gao Ruiming had come back for a "
        "lighter sentence.",
    ],
)
def test_a_relative_or_commentator_quoted_by_name_is_no_returnee(quote: str) -> None:
    text = (
        "Gao Ruiming, who had lived in Canada for eight years, returned to China and "
        f"surrendered to the police on May 3. {quote}"
    )
    assert [r.name for r in _records(text)] == ["Gao Ruiming"]


def test_a_counted_group_stands_for_the_list_that_named_it() -> None:
    text = (
        "2018年6月，沙市警方破获一起网络赌博案。其间，韦某、龙某、蒙某这3名主要犯罪嫌疑人"
        "闻风逃往缅甸。2020年1月12日，在缅甸警方配合下，韦某等3人先后落网，被押解回国。"
    )
    records = _records(text, published="2020-01-14")
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        (name, "2020-01-12", ["MM"], "captured") for name in ("韦某", "龙某", "蒙某")
    ]


@pytest.mark.parametrize("where", ["after", "before"])
def test_a_counted_group_stands_for_a_list_that_holds_its_name_before_or_after(
    where: str,
) -> None:
    event = "5月9日，邹某等4名犯罪嫌疑人在老挝被抓获，由警方押解回国。"
    background = "案件侦办期间，专案组赶赴万象开展工作，行动历时半年。"
    listing = "这4名犯罪嫌疑人分别是：钟某、邹某、黎某、甘某。"
    parts = [event, background, listing] if where == "after" else [listing, background, event]
    records = _records("".join(parts), published="2021-05-12")
    assert sorted((r.name, r.return_date, r.fled_to, r.method) for r in records) == sorted(
        (name, "2021-05-09", ["LA"], "captured") for name in ("钟某", "邹某", "黎某", "甘某")
    )


def test_a_later_list_that_does_not_fit_the_count_adds_nobody() -> None:
    text = (
        "5月9日，邹某等4名犯罪嫌疑人在老挝被抓获，由警方押解回国。"
        "专案组此前已查明钟某、邹某、黎某三人的藏身地点。"
    )
    assert [r.name for r in _records(text, published="2021-05-12")] == ["邹某"]


def test_a_count_that_does_not_fit_the_list_adds_nobody() -> None:
    text = (
        "其间，韦某、龙某这2名犯罪嫌疑人闻风逃往缅甸。2020年1月12日，在缅甸警方配合下，"
        "韦某等5人先后落网，被押解回国。"
    )
    assert [r.name for r in _records(text, published="2020-01-14")] == ["韦某"]


@pytest.mark.parametrize("after", ["这3名", "随即"])
def test_an_anonymised_name_before_a_pronoun_or_adverb(after: str) -> None:
    text = f"犯罪嫌疑人韦某、龙某、蒙某{after}被缅甸警方抓获并移交我方，于2020年1月12日押解回国。"
    assert [r.name for r in _records(text)] == ["韦某", "龙某", "蒙某"]


def test_a_persuasion_mechanism_put_in_place_is_no_persuasion() -> None:
    text = (
        "2019年11月4日行动启动后，沙市警方推行敦促劝投追逃机制，查明韦某、龙某、蒙某这3名"
        "犯罪嫌疑人逃往缅甸。2020年1月12日，在缅甸警方配合下，韦某等3人先后落网，被押解回国。"
    )
    records = _records(text, published="2020-01-14")
    assert [(r.name, r.method, r.return_date) for r in records] == [
        (name, "captured", "2020-01-12") for name in ("韦某", "龙某", "蒙某")
    ]


def test_a_foreign_states_high_court_sentencing_is_a_prosecution_abroad() -> None:
    record = _one(
        "9月14日，在澳大利亚躲了8年的原某公司经理韦文涛，被澳大利亚昆士兰州高级法院以洗钱罪"
        "判处26年监禁。"
    )
    assert (record["name"], record["method"], record["alleged_crimes"]) == (
        "韦文涛",
        "prosecuted_abroad",
        ["money_laundering"],
    )


def test_a_provincial_high_court_sentencing_is_no_prosecution_abroad() -> None:
    records = _records("2019年3月，韦文涛被广东省高级法院以受贿罪判处有期徒刑十年。")
    assert records == []


def test_a_spokesperson_is_an_official() -> None:
    text = (
        "外交部发言人龙文杰今天在例行记者会上说，日前，经法国方面积极配合，中国警方把"
        "犯罪嫌疑人韦建平从法国押解回国。"
    )
    assert [r.name for r in _records(text)] == ["韦建平"]


def test_a_demand_to_send_someone_back_is_no_return() -> None:
    text = (
        "韦文杰刚到泰国那会儿，中国虽然也施压要求把他遣返，可泰国没照办。"
        "2015年11月，龙志强被当局从泰国遣返中国。"
    )
    assert [r.name for r in _records(text)] == ["龙志强"]


def test_a_return_the_person_fears_in_their_own_words_is_no_return() -> None:
    text = (
        "醒来后，他告诉妻子韦芸：“我梦到移民警察把我抓了，要把我遣返。”"
        "两个多星期以后的一天凌晨，龙明远与另外四名中国人一起被泰国遣返回国。"
    )
    assert [r.name for r in _records(text)] == ["龙明远"]


def test_officers_telling_in_their_words_what_they_did_still_report_a_return() -> None:
    text = (
        "据了解，韦某2006年潜逃至安哥拉。“我们每隔几天就与韦某的家人讲政策、拉家常，"
        "最终劝返了韦某。”衡阳市公安局经侦支队负责人龙国强说。"
    )
    assert [(r.name, r.method) for r in _records(text)] == [("韦某", "persuaded")]


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("因涉嫌强奸被黑龙江警方立案追逃", "zh"),
        ("因涉嫌在一家舞厅寻衅滋事而潜逃法国", "zh"),
        ("以涉嫌“颠覆国家政权罪”被正式逮捕", "zh"),
        ("是一名涉恶犯罪嫌疑人", "zh"),
        ("was wanted in China for cyber crimes", "en"),
        ("was wanted in China for violent crimes", "en"),
    ],
)
def test_offences_outside_the_list_are_other(clause: str, language: str) -> None:
    if language == "zh":
        text = f"犯罪嫌疑人韦某{clause}。2020年5月，韦某从越南被押解回国。"
    else:
        text = f"Gao Ruiming {clause}. He was repatriated to China from Vietnam on May 3."
    assert _one(text)["alleged_crimes"] == ["other"]


def test_a_country_whose_help_is_told_with_jing_is_where_the_person_was() -> None:
    record = _one("2023年11月12日，经缅甸各方大力配合，韦建平落网，并被押解回国。")
    assert (record["name"], record["fled_to"]) == ("韦建平", ["MM"])


def test_a_country_passed_through_is_still_no_country_of_flight() -> None:
    record = _one("2010年，韦建平经泰国逃往老挝。2019年3月，韦建平从老挝回国投案。")
    assert record["fled_to"] == ["LA"]


def test_falling_into_the_hands_of_a_countrys_police_places_the_person_there() -> None:
    text = (
        "2021年5月，民警查明韦某已偷渡去了缅甸。2022年11月5日，韦某在柬埔寨金边落入当地警方"
        "之手。元旦期间，韦某被押解回国。"
    )
    assert _one(text, published="2023-01-05")["fled_to"] == ["MM", "KH"]


def test_relatives_asked_to_persuade_the_person_make_a_persuaded_return() -> None:
    text = (
        "Gao Ruiming, who fled to Japan in 2012, gave himself up to police on Saturday. Late "
        "last month he made up his mind to turn himself in, after police had asked his "
        "relatives again and again to persuade him."
    )
    assert _one(text, published="2013-05-14")["method"] == "persuaded"


def test_flown_out_to_a_city_of_china_is_a_return() -> None:
    text = (
        "Tang Ming, 27, and Gao Ruiming, 29, were taken under escort to Pochentong Airport and "
        "flown out to Shanghai, China, Phnom Penh police said Wednesday."
    )
    records = _records(text, published="2019-06-13")
    assert [(r.name, r.fled_to) for r in records] == [
        ("Tang Ming", ["KH"]),
        ("Gao Ruiming", ["KH"]),
    ]


def test_a_name_that_is_no_pinyin_as_the_subject_of_a_removal_is_a_person() -> None:
    text = (
        "Ekber Tursun was detained by local police on Aug. 6 for entering Thailand illegally and "
        "was turned over to Chinese authorities in Bangkok, the latest Uyghur sent back."
    )
    records = _records(text, published="2019-08-20")
    assert [(r.name, r.fled_to, r.method) for r in records] == [
        ("Ekber Tursun", ["TH"], "deported")
    ]


@pytest.mark.parametrize("place", ["Yunnan Province", "Fukuoka Airport", "United States"])
def test_a_place_as_the_subject_of_a_removal_is_no_person(place: str) -> None:
    text = f"Gao Ruiming fled in 2012. {place} was seized by protesters; he was deported to China."
    assert [r.name for r in _records(text)] == ["Gao Ruiming"]


def test_taken_back_to_china_is_a_return() -> None:
    text = (
        "Gao Ruiming, a dissident who had fled to Laos, was taken back to China last month, "
        "a rights group said."
    )
    assert [(r.name, r.return_date) for r in _records(text, published="2023-10-12")] == [
        ("Gao Ruiming", "2023-09")
    ]


@pytest.mark.parametrize(
    "caught",
    [
        "12月11日，济南边检站在为仁川至济南的航班办理入境检查手续时，查获了潜逃韩国22年的网上在逃人员韦某。",
        "2月5日，鹿城警方在杭州萧山国际机场将从泰国飞回的犯罪嫌疑人韦某抓获。",
    ],
)
def test_caught_at_the_border_or_airport_on_the_way_back_is_other(caught: str) -> None:
    assert _one(caught, published="2020-12-20")["method"] == "other"


def test_the_month_of_a_flight_told_with_its_destination_is_no_return_date() -> None:
    text = "犯罪嫌疑人韦某于2014年2月和母亲一起逃到乌干达，后被中国警方追捕回国。"
    assert _one(text, published="2015-06-20")["return_date"] is None


def test_a_time_at_large_after_the_flight_word_still_dates_the_return() -> None:
    text = "于12月15日成功将一名潜逃国外3个多月的犯罪嫌疑人韦某劝返回国。"
    assert _one(text, published="2015-12-20")["return_date"] == "2015-12-15"


def test_the_year_a_treaty_took_effect_dates_no_return() -> None:
    text = (
        "日前，经法国方面积极配合，中国警方把犯罪嫌疑人韦建平从法国押解回国。"
        "这是中法引渡条约2015年生效后，中方首次从法国引渡回逃犯。"
    )
    assert _one(text, published="2018-11-07")["return_date"] is None


def test_the_day_the_reporter_learned_of_a_return_dates_no_return() -> None:
    text = "5月1日，记者从河北省公安厅了解到，潜逃9年的犯罪嫌疑人韦某已被中国民警从蒙古国押解回国。"
    assert _one(text, published="2017-05-02")["return_date"] is None


@pytest.mark.parametrize(
    ("sentence", "crimes"),
    [
        ("2008年12月29日，浦东公安分局经侦支队对“韦某某合同诈骗案”立案侦查。", ["fraud"]),
        ("案发之际，在走私团伙里负责境外采购和发货的犯罪嫌疑人韦某某闻讯逃往日本。", ["smuggling"]),
        ("韦某某借职务便利挪用公款13万元。", ["misappropriation"]),
    ],
)
def test_crimes_told_by_the_case_name_the_ring_or_the_post(
    sentence: str, crimes: list[str]
) -> None:
    text = f"{sentence}2021年2月19日，韦某某乘坐国际航班由日本回国投案。"
    assert _one(text, published="2021-02-25")["alleged_crimes"] == crimes


@pytest.mark.parametrize(
    ("clause", "crimes"),
    [
        ('has been arrested for "inciting subversion of the state power"', ["other"]),
        (
            "was sought under an arrest warrant for organising illegal cross-border migration",
            ["other"],
        ),
        (
            "and his wife, who had misappropriated hundreds of millions of yuan,",
            ["misappropriation"],
        ),
    ],
)
def test_english_crimes_after_arrested_for_and_who(clause: str, crimes: list[str]) -> None:
    text = f"Gao Ruiming {clause} was extradited from Thailand to China in 2002."
    if not clause.startswith("and"):
        text = f"Gao Ruiming {clause}. He was extradited from Thailand to China in 2002."
    assert _one(text, published="2019-05-02")["alleged_crimes"] == crimes


def test_the_day_of_a_decision_dates_no_return() -> None:
    text = (
        "温州公安机关于11月12日决定，对韦建平、龙秋兰2人发布公开悬赏通缉。经缅甸各方大力配合，"
        "韦建平、龙秋兰2名犯罪嫌疑人落网，并已移交给我公安机关。"
    )
    records = _records(text, published="2023-11-17")
    assert [(r.name, r.return_date) for r in records] == [("韦建平", None), ("龙秋兰", None)]


@pytest.mark.parametrize("place", ["Hai Yen ward", "Hai Ning district"])
def test_a_pinyin_like_place_before_its_kind_is_no_person(place: str) -> None:
    text = (
        "On August 29, border agencies of Quang Ninh handed over to the Chinese side a wanted "
        "Chinese man who had stayed in Vietnam illegally.\nOn August 4, border guards found a "
        f"Chinese citizen named Gao Ruiming while checking a house in {place}.\nThe agencies "
        "transferred the man to the Chinese side after a quarantine period."
    )
    assert [r.name for r in _records(text, published="2020-09-01")] == ["Gao Ruiming"]


@pytest.mark.parametrize(
    "text",
    [
        "Several Uyghurs were detained in Dubai last year and later deported to China.",
        "Both Kazakhs were extradited to China in March.",
        "Colonel Somchai Wongsawat was sent to Vientiane to escort the suspect, who was handed "
        "over to Chinese police on Friday.",
    ],
)
def test_a_group_or_an_official_is_no_removed_subject(text: str) -> None:
    assert _records(text, published="2020-06-01") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Tuesday Aziz Khan was handed over to Chinese police by Kyrgyzstan.", "Aziz Khan"),
        ("Uyghur Idris Hasan was deported from Thailand to China in July 2015.", "Idris Hasan"),
    ],
)
def test_a_day_or_an_ethnonym_before_a_removed_subject_is_no_part_of_the_name(
    text: str, name: str
) -> None:
    assert [r.name for r in _records(text, published="2020-06-01")] == [name]


def test_a_returnee_telling_their_own_dated_return_in_quotes_is_a_return() -> None:
    text = (
        "“2019年3月12日，我从新西兰回国投案，这是我做的最正确的决定。”在警示教育片中，"
        "原某县农业局局长孙德明这样说。孙德明涉嫌贪污罪，2014年外逃新西兰。"
    )
    record = _one(text, published="2020-01-10")
    assert (record["name"], record["return_date"], record["fled_to"]) == (
        "孙德明",
        "2019-03-12",
        ["NZ"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "2020年5月9日，在泰国警方配合下，专案组民警在曼谷素万那普机场将韦某某抓获，并于5月12日押解回国。",
    ],
)
def test_an_arrest_at_a_foreign_airport_is_a_capture(text: str) -> None:
    record = _one("犯罪嫌疑人韦某某涉嫌合同诈骗罪，2018年外逃泰国。" + text, published="2020-06-01")
    assert (record["method"], record["return_date"]) == ("captured", "2020-05-12")


@pytest.mark.parametrize(
    "text",
    [
        "2020年5月20日，旅客韦某某从泰国乘机入境，海关关员在入境检查中查获其携带的黄金5公斤。",
        "2020年5月21日，警方在昆明长水国际机场抓获一名准备出境前往缅甸的犯罪嫌疑人韦某某。",
    ],
)
def test_goods_found_at_customs_or_a_catch_on_the_way_out_is_no_return(text: str) -> None:
    assert _records(text, published="2020-06-01") == []


def test_a_transit_country_before_another_sides_help_is_no_country_of_flight() -> None:
    text = "韦某某2016年外逃泰国。2020年5月18日，经新加坡转机后在泰方配合下，韦某某从泰国回国投案。"
    assert _one(text, published="2020-06-01")["fled_to"] == ["TH"]


@pytest.mark.parametrize("still", ["目前仍在逃", "尚未归案", "仍藏匿在柬埔寨"])
def test_names_whose_own_clause_says_they_are_still_at_large_get_no_return(still: str) -> None:
    text = (
        "犯罪嫌疑人韦某某、龙某某、蒙某某涉嫌诈骗罪外逃柬埔寨。"
        f"韦某某于2020年5月12日从柬埔寨回国投案，龙某某、蒙某某{still}。"
    )
    assert [r.name for r in _records(text, published="2020-06-01")] == ["韦某某"]


def test_relatives_going_abroad_to_persuade_make_a_persuaded_return() -> None:
    text = (
        "韦某某涉嫌受贿罪，2015年外逃柬埔寨。此前，其妻子多次赴柬埔寨劝说。"
        "2020年5月20日，韦某某从柬埔寨回国投案。"
    )
    assert _one(text, published="2020-06-01")["method"] == "persuaded"


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Chinese security agents crossed into Mongolia to abduct Batbayar Tseren, "
        "a herder who had settled in Ulaanbaatar, his brother said.",
        "Batbayar Tseren, a herder who had settled in Mongolia, was seized in Ulaanbaatar by "
        "Chinese police in 2019, his brother said.",
    ],
)
def test_an_abduction_abroad_by_chinese_agents_is_a_capture(text: str) -> None:
    """A removal by Chinese agents on foreign soil is told as an abduction, not a return; the
    person abducted is named as the verb's object as often as its subject."""
    records = _records(text, published="2020-03-01")
    assert [(r.name, r.fled_to, r.method) for r in records] == [
        ("Batbayar Tseren", ["MN"], "captured")
    ]


def test_an_abduction_by_anyone_else_is_no_return() -> None:
    text = (
        "Batbayar Tseren, a herder, fled to Mongolia in 2016. Police say he helped gangsters "
        "abduct Ganbold Dorj in Ulaanbaatar in 2018."
    )
    assert _records(text, published="2020-03-01") == []


@pytest.mark.parametrize("punishment", ["审判", "法律的制裁", "党纪国法的惩处"])
def test_coming_back_to_face_justice_is_a_return(punishment: str) -> None:
    """回国接受审判: the person came back to face trial; the words name no channel."""
    text = f"潜逃新西兰十一年的原某区财政局会计吕文康，上月底回国接受{punishment}。"
    record = _one(text, published="2022-07-04")
    assert (record["name"], record["fled_to"], record["method"]) == ("吕文康", ["NZ"], "unknown")


@pytest.mark.parametrize("adverb", ["只好", "最终", "终于选择"])
def test_giving_in_and_surrendering_is_a_surrender(adverb: str) -> None:
    """A bare 投案 after an adverb of giving in (只好, 最终) is the surrender that happened, where
    投案 alone may be an urging."""
    text = f"外逃柬埔寨四年的嫌疑人蒋立伟，走投无路之下{adverb}投案。"
    record = _one(text, published="2022-07-04")
    assert (record["name"], record["fled_to"], record["method"]) == (
        "蒋立伟",
        ["KH"],
        "surrendered",
    )


@pytest.mark.parametrize("refusal", ["拒绝回国投案", "不肯回国接受审判", "不愿投案自首"])
def test_a_refusal_to_return_is_no_return(refusal: str) -> None:
    text = f"外逃柬埔寨四年的嫌疑人蒋立伟至今{refusal}。"
    assert _records(text, published="2022-07-04") == []


def test_a_boast_of_dying_abroad_in_quotes_is_no_death_abroad() -> None:
    """放话“宁可客死异国”: the person's words, quoted; the narration tells the return."""
    text = (
        "外逃澳大利亚六年的原某县水利局局长邵振梁曾放话“宁可客死异国也不回去”。"
        "3月8日，邵振梁回国投案。"
    )
    record = _one(text, published="2023-03-10")
    assert (record["name"], record["return_date"], record["method"]) == (
        "邵振梁",
        "2023-03-08",
        "surrendered",
    )


def test_a_death_abroad_told_by_the_report_is_still_no_return() -> None:
    text = "外逃澳大利亚六年的原某县水利局局长邵振梁已客死异国。3月8日，邵振梁的亲属回国。"
    assert _records(text, published="2023-03-10") == []


def test_a_speaker_whose_own_return_the_speech_verb_frames_is_the_returnee() -> None:
    """'X said as he landed': the speaker is quoted at their own return, not as an officer."""
    text = (
        '"I will never run again," Pan Weiguo said as he set foot back in China after eight '
        "years in Fiji, where he had lived under another name."
    )
    record = _one(text, published="2019-05-02")
    assert (record["name"], record["fled_to"]) == ("Pan Weiguo", ["FJ"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("外逃菲律宾的原某国企经理范立鹏持有瓦努阿图护照，5月6日被遣返回国。", "zh"),
        (
            "Fan Lipeng, who fled to the Philippines and lived there on a Vanuatu passport, was "
            "deported to China on May 6.",
            "en",
        ),
    ],
)
def test_the_country_of_a_passport_is_no_country_of_flight(text: str, language: str) -> None:
    record = _one(text, published="2021-05-10")
    assert record["fled_to"] == ["PH"], language


@pytest.mark.parametrize(
    "text",
    [
        "外逃加拿大12年的原某区建设局局长温德明，唯一的出路就是回国自首，最快下月初可能启程。",
        "外逃新西兰的温德明被告知，出路只有回国投案一条。",
        "外逃泰国的通缉犯温德明在曼谷落网将遣返",
    ],
)
def test_a_way_out_or_a_future_removal_is_no_return(text: str) -> None:
    """出路是回国自首 tells what the person should do; 将遣返 what is still to come."""
    assert _records(text, published="2020-09-01") == []


def test_a_removal_done_by_the_police_is_still_a_return() -> None:
    text = "外逃柬埔寨三年的温德明于8月30日被当地警方抓获，随后柬方将其遣返回国。"
    record = _one(text, published="2020-09-01")
    assert (record["name"], record["method"], record["fled_to"]) == ("温德明", "deported", ["KH"])


@pytest.mark.parametrize(
    "lead",
    [
        "专案组成员包括邝立勤、缪振邦等4名同志，",
        "参与缉捕工作的还有邝立勤、缪振邦等办案人员，",
        "受害人包括邝立勤、缪振邦等40余名群众，",
        "此案还牵出邝立勤、缪振邦等人的违纪问题，",
        "工作组追缴了邝立勤、缪振邦等人的违法所得，",
    ],
)
def test_names_listed_in_a_role_are_not_returnees(lead: str) -> None:
    """A list says what its names are, by a role that ends it (等4名同志, 等办案人员) or opens
    it (受害人包括), or by what of theirs the clause tells (等人的违纪问题): none of them is the
    returnee the sentence goes on to report."""
    text = f"{lead}外逃人员韦德胜于3月从泰国被缉捕回国。"
    assert [r.name for r in _records(text, published="2021-05-10")] == ["韦德胜"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese agents planned to abduct Dolkun Erkin in Germany in 2018, court papers show, "
        "but the plot failed and he still lives in Munich.",
        "Chinese agents tried to kidnap Erkin Dawut in Istanbul last year.",
        "Zhang Lei, who fled to Cambodia in 2016, abducted Sokha Chan, a shopkeeper, before "
        "Chinese police captured him.",
    ],
)
def test_a_failed_abduction_or_a_victim_of_one_is_no_capture(text: str) -> None:
    """Neither a plot nor an abduction the fugitive committed tells a return: no record, the
    victim's least of all."""
    assert _records(text, published="2021-05-10") == []


def test_an_official_speaking_as_he_lands_is_no_returnee() -> None:
    text = (
        'Wang Dahai, who fled to Canada in 2012, was repatriated on Thursday. "It is a '
        'complicated case," Chinese official Zhou Lei said as he set foot back in China.'
    )
    assert [r.name for r in _records(text, published="2021-05-10")] == ["Wang Dahai"]


@pytest.mark.parametrize(
    "text",
    [
        "专案组表示，如果外逃人员韦德胜回国投案，将依法从轻处理。",
        "外逃人员韦德胜迟早要回国接受惩处。",
        "外逃人员韦德胜将于下月被遣返回国。",
        "泰国法院裁定，外逃人员韦德胜可被引渡回中国受审。",
        "韦德胜在视频中说：“我要回国接受法律制裁。”目前他仍在美国。",
    ],
)
def test_a_condition_a_prediction_or_a_return_still_to_come_is_no_return(text: str) -> None:
    assert _records(text, published="2021-05-10") == []


def test_a_dated_return_after_a_meetings_statement_in_its_paragraph_is_a_fact() -> None:
    """会议指出… opens boilerplate, but a sentence that opens on a date tells what happened."""
    text = "会议指出，要加大追逃追赃力度。今年1月，外逃人员韦德胜从老挝被缉捕回国。"
    record = _one(text, published="2021-05-10")
    assert (record["name"], record["return_date"], record["method"]) == (
        "韦德胜",
        "2021-01",
        "captured",
    )


def test_the_statement_itself_stays_boilerplate() -> None:
    text = "会议指出，要督促外逃人员韦德胜早日回国投案，并做好其亲属工作。"
    assert _records(text, published="2021-05-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外逃人员韦德胜拒绝回国投案，其同伙蒙立新则于4月从泰国回国投案。", ["蒙立新"]),
        ("韦德胜的妻子蒙丽华不愿回国，韦德胜本人于4月从泰国回国投案。", ["韦德胜"]),
        ("韦德胜拒绝回国投案，最终于4月被泰国警方遣返回国。", ["韦德胜"]),
    ],
)
def test_one_who_refuses_is_no_subject_of_the_return_told_of_another(
    text: str, expected: list[str]
) -> None:
    """A refusal in a name's own clause leaves the return told after it to the next person named;
    one who refuses and is sent back later in the sentence is still returned."""
    assert [r.name for r in _records(text, published="2021-05-10")] == expected


@pytest.mark.parametrize("cue", ["只好", "最后", "只得"])
def test_a_two_character_name_before_giving_in_is_a_name(cue: str) -> None:
    record = _one(f"外逃泰国的嫌疑人蒙强{cue}回国投案。", published="2021-05-10")
    assert (record["name"], record["method"]) == ("蒙强", "surrendered")


def test_a_charge_brought_abroad_is_a_prosecution_abroad() -> None:
    """在美国遭到起诉: prosecuted where the person fled, whatever verb of suffering says it."""
    text = "3月，原某粮库主任蒙立新与前妻韦丽华在美国遭到起诉，这是美方首次对中国外逃人员提起诉讼。"
    records = _records(text, published="2015-05-02")
    assert [(r.name, r.method, r.fled_to) for r in records] == [
        ("蒙立新", "prosecuted_abroad", ["US"]),
        ("韦丽华", "prosecuted_abroad", ["US"]),
    ]


def test_a_handover_to_our_side_told_verb_last_is_a_capture() -> None:
    text = "韩国警方抓获并向我方移交了涉嫌诈骗的在逃犯罪嫌疑人蒙立新。"
    record = _one(text, published="2015-05-02")
    assert (record["name"], record["method"], record["fled_to"]) == ("蒙立新", "captured", ["KR"])


@pytest.mark.parametrize(
    ("where", "code"),
    [("Antigua", "AG"), ("Trinidad", "TT"), ("St Kitts", "KN"), ("Saint Vincent", "VC")],
)
def test_a_two_part_country_shortened_to_its_first_part_is_that_country(
    where: str, code: str
) -> None:
    text = f"Tao Ming, who fled to {where} in 2016, was extradited to China on Friday."
    assert _one(text, published="2020-03-31")["fled_to"] == [code]


@pytest.mark.parametrize("charge", ["tax fraud", "invoice fraud", "VAT fraud"])
def test_a_fraud_on_taxes_or_invoices_is_a_tax_crime(charge: str) -> None:
    text = (
        f"A fugitive surnamed Zheng, who fled to Cambodia in 2019 and was wanted over suspected "
        f"{charge}, returned to China on March 30 and turned himself in."
    )
    assert _one(text, published="2020-03-31")["alleged_crimes"] == ["tax_crime"]


def test_a_country_whose_police_detained_the_person_on_the_way_elsewhere_is_where_they_were() -> (
    None
):
    """'Laotian police detained him … on his way to Thailand': he was in Laos; Thailand is where
    he was going."""
    text = (
        "Pan Weiguo was taken back to China last month after Laotian police detained him in "
        "July on his way to Thailand, a rights group said."
    )
    assert _one(text, published="2023-10-12")["fled_to"] == ["LA"]


@pytest.mark.parametrize(
    "crime",
    [
        "敲诈勒索",
        "交通肇事",
        "非法采矿",
        "拒不支付劳动报酬",
        "串通投标",
        "逃汇",
        "组织卖淫",
        "伪造金融票证",
    ],
)
def test_more_offences_outside_the_list_are_other(crime: str) -> None:
    text = f"涉嫌{crime}罪的犯罪嫌疑人韦德胜外逃柬埔寨5年后，于3月被遣返回国。"
    assert _one(text, published="2021-05-10")["alleged_crimes"] == ["other"]


@pytest.mark.parametrize(
    "crime", ["extortion", "a hit-and-run", "espionage", "bid rigging", "running illegal casinos"]
)
def test_english_offences_outside_the_list_are_other(crime: str) -> None:
    text = f"Wei Desheng, who was wanted for {crime} and fled to Laos in 2016, was repatriated in March."
    assert _one(text, published="2021-05-10")["alleged_crimes"] == ["other"]


def test_an_arrest_in_an_unnamed_country_abroad_makes_a_loose_return_a_capture() -> None:
    """在东南亚某国被抓获: abroad, though the country goes unnamed; the 归案 that follows is
    then a capture, as an arrest in a named country makes it."""
    text = "2016年9月，外逃多年的韦德胜在东南亚某国被抓获。同年10月，韦德胜归案。"
    assert _one(text, published="2017-01-05")["method"] == "captured"


@pytest.mark.parametrize(
    "verb", ["forcibly returned", "forcibly repatriated", "forcibly sent back"]
)
def test_a_forcible_return_is_a_deportation(verb: str) -> None:
    text = f"Yakup Tursun, who fled to Kazakhstan in 2016, was {verb} to China last week."
    assert _one(text, published="2021-05-10")["method"] == "deported"


def test_a_clause_opening_word_is_no_part_of_a_removed_subjects_name() -> None:
    text = "Because Yakup Tursun was returned to China last week, his family fears for him."
    assert [r.name for r in _records(text, published="2021-05-10")] == ["Yakup Tursun"]


@pytest.mark.parametrize(
    ("verb", "method"),
    [
        ("was expelled to China", "deported"),
        ("was transferred into Chinese custody", "captured"),
        ("was delivered into Chinese custody", "captured"),
        ("was handed over to China's custody", "captured"),
        ("was remanded into Chinese custody", "captured"),
    ],
)
def test_an_expulsion_or_a_transfer_into_custody_is_a_return(verb: str, method: str) -> None:
    text = f"Wang Dahai, who fled to Canada in 2012, {verb} in March, police said."
    assert _one(text, published="2021-05-10")["method"] == method


@pytest.mark.parametrize("verb", ["被驱逐回国", "被泰方递解回国"])
def test_an_expulsion_home_is_a_deportation(verb: str) -> None:
    text = f"外逃泰国8年的犯罪嫌疑人韦德胜于3月{verb}。"
    assert _one(text, published="2021-05-10")["method"] == "deported"


@pytest.mark.parametrize(
    "clause",
    [
        "was convinced to return to China and surrendered in March",
        "returned to China in March after his family persuaded him",
        "returned to China in March after his wife and son convinced him",
    ],
)
def test_a_return_the_family_persuaded_is_persuaded(clause: str) -> None:
    text = f"Wang Dahai, who fled to Canada in 2012, {clause}, police said."
    assert _one(text, published="2021-05-10")["method"] == "persuaded"


@pytest.mark.parametrize(
    "catch", ["在云南边境被抓获", "秘密回国后被警方抓获", "入境后被抓获", "在边境线被截获"]
)
def test_a_catch_at_the_border_or_after_sneaking_back_is_other(catch: str) -> None:
    """domain.md's 边境触网 and 境内抓获: caught at the border or inside China after coming back."""
    text = f"外逃缅甸8年的犯罪嫌疑人韦德胜于3月{catch}。"
    assert _one(text, published="2021-05-10")["method"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "犯罪嫌疑人韦德胜在云南边境企图偷越出境时被抓获。",
        "犯罪嫌疑人韦德胜在准备外逃时于边境被抓获。",
    ],
)
def test_a_catch_at_the_border_on_the_way_out_is_no_return(text: str) -> None:
    assert _records(text, published="2021-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "Canadian businessman Mark Lee was deported from China on April 20, 2021.",
        "Liu Wei was forcibly repatriated from Thailand to Cambodia on April 20, 2021.",
    ],
)
def test_a_removal_from_china_or_to_a_third_country_is_no_return(text: str) -> None:
    assert _records(text, published="2021-05-10") == []


def test_a_city_and_its_country_before_the_verb_are_no_removed_subject() -> None:
    text = (
        "Chen Hua, who lived in Auckland, New Zealand, was repatriated to China on April 20, 2021."
    )
    assert [(r.name, r.fled_to) for r in _records(text, published="2021-05-10")] == [
        ("Chen Hua", ["NZ"])
    ]


def test_a_handover_of_money_to_our_side_is_no_capture() -> None:
    text = "外逃泰国的犯罪嫌疑人刘伟于2021年4月20日回国投案。泰方此前已向我方移交涉案资金300万元。"
    assert _one(text, published="2021-05-10")["method"] == "surrendered"


def test_a_given_name_that_spells_a_two_character_city_stays_a_name() -> None:
    text = "职务犯罪嫌疑人吴星洲于2021年4月20日从泰国回国投案。"
    assert _one(text, published="2021-05-10")["name"] == "吴星洲"


def test_a_country_left_unnamed_in_a_region_abroad_shows_the_person_abroad() -> None:
    """在东南亚某国被抓获归案: abroad, though the country goes unnamed; 某国有企业 is no such
    country (a state-owned company)."""
    text = "犯罪嫌疑人刘伟于2021年4月20日在东南亚某国被抓获归案。"
    record = _one(text, published="2021-05-10")
    assert (record["name"], record["method"]) == ("刘伟", "captured")
    assert _records("原某国有企业经理刘伟于2021年4月20日向市纪委投案。") == []


def test_a_crime_the_person_is_cleared_of_is_no_alleged_crime() -> None:
    text = "外逃泰国的犯罪嫌疑人刘伟于2021年4月20日回国投案。经查，刘伟涉嫌贪污罪，但不涉嫌洗钱罪。"
    assert _one(text, published="2021-05-10")["alleged_crimes"] == ["embezzlement"]


def test_a_fugitive_china_hands_to_another_countrys_side_is_no_return() -> None:
    """交给美方…押解回国: China handing a foreign fugitive over; the 'return' is to that country."""
    text = (
        "今天凌晨，中国警方应美国执法部门的请求，在广州白云国际机场把美籍红通逃犯霍伊特交给美方，"
        "由美国司法部法警局人员押解回国。"
    )
    assert _records(text, published="2021-05-10") == []


def test_a_handover_to_our_side_is_still_a_return() -> None:
    text = "外逃泰国的犯罪嫌疑人韦德胜于3月被泰国警方抓获，随后泰方将其移交给我方。"
    assert _one(text, published="2021-05-10")["method"] == "captured"


def test_a_surrender_to_officers_described_at_length_is_a_surrender() -> None:
    # who received the surrender takes more words than a body's name: those waiting at the airport
    record = _one(
        "9月3日，外逃加拿大9年的合同诈骗犯罪嫌疑人常宏图在杭州萧山国际机场走出舱门，"
        "向早已等候在廊桥出口的杭州市公安局经侦支队民警投案。",
        "2019-09-05",
    )
    assert (record["name"], record["method"], record["return_date"]) == (
        "常宏图",
        "surrendered",
        "2019-09-03",
    )


def test_the_surname_xiang_opening_a_return_clause_is_no_addressee() -> None:
    # 向 is a surname here, not "to": the clause's return verb dates both returnees
    records = _records(
        "经办案机关劝返，被告人向志平、宋玉兰于2018年5月9日从澳大利亚回国投案。", "2019-03-01"
    )
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("向志平", "2018-05-09", "persuaded"),
        ("宋玉兰", "2018-05-09", "persuaded"),
    ]


def test_the_offence_a_case_was_opened_for_is_the_alleged_crime() -> None:
    # no 涉嫌 and no 罪: the offence is told as what the police opened a case for
    record = _one(
        "2011年6月，卞某因多次聚众斗殴，被某县公安局立案侦查，随后偷渡出境。"
        "今年3月12日，在境外藏匿11年的卞某在亲属陪同下回国投案。",
        "2022-03-15",
    )
    assert (record["name"], record["alleged_crimes"]) == ("卞某", ["other"])


def test_the_case_a_person_is_tied_to_names_the_alleged_crime() -> None:
    # 牵涉…案件: the case names the offence, the person is only said to be tied to it
    record = _one(
        "2014年，何某因被怀疑牵涉一起涉案金额上亿元的非法经营案件，匆忙出境逃往老挝。"
        "8月2日，何某在亲属劝说下到中国驻老挝使馆投案自首，随后被押解回国。",
        "2018-08-06",
    )
    assert (record["name"], record["alleged_crimes"]) == ("何某", ["other"])


def test_a_fugitive_labelled_by_a_drug_offence_is_alleged_one() -> None:
    record = _one(
        "4月18日，警方成功将潜逃境外两年的涉毒在逃人员鲁某劝返，鲁某在友谊关口岸入境后被移交办案单位。",
        "2021-04-20",
    )
    assert (record["name"], record["alleged_crimes"]) == ("鲁某", ["other"])


def test_a_policy_of_urging_fugitives_in_general_persuades_no_one_named() -> None:
    # a round-up lists the returned, then describes how the office works on fugitives as a
    # group: that is no persuasion of anyone in the list
    records = _records(
        "省检察院通报，2017年以来已追回职务犯罪外逃人员15名，包括“红通人员”邝志远、被泰国遣返人员卢婉华等。"
        "检察机关通过多种渠道动员外逃人员投案自首，并深化司法协作。",
        "2018-05-10",
    )
    assert [(r.name, r.method) for r in records] == [("邝志远", "unknown"), ("卢婉华", "deported")]


@pytest.mark.parametrize(
    ("hiding", "country"),
    [("后来躲在柬埔寨", "KH"), ("最后落脚斐济", "FJ"), ("又藏身马来西亚", "MY")],
)
def test_where_a_person_hid_or_settled_is_where_they_fled(hiding: str, country: str) -> None:
    # the return names the first country; the person's own story names the next one
    record = _one(
        f"卢某2012年携款出逃泰国，{hiding}。今年5月9日，在办案人员的政策感召下，卢某从泰国回国投案。",
        "2019-05-12",
    )
    assert (record["name"], record["fled_to"]) == ("卢某", ["TH", country])


def test_the_day_a_person_went_into_hiding_is_no_return_date() -> None:
    record = _one(
        "2016年3月，甘某藏身老挝北部一处农场。在专案组的政策感召下，甘某回国投案。", "2019-05-12"
    )
    assert (record["name"], record["return_date"], record["method"]) == (
        "甘某",
        None,
        "surrendered",
    )


def test_the_person_a_report_names_again_by_a_definite_description() -> None:
    # under a headline, a wire names the fugitive once, then calls him "the person" in the
    # sentence of the handover, three sentences on
    records = _records(
        "Kyrgyzstan hands fraud suspect to China\n"
        "Kyrgyz prosecutors approved a request from China's police for the extradition of "
        "Chinese national Zhou Hanming, who is to stand trial for fraud. "
        "The prosecutors' press office said so. "
        "The task of transferring the detainee to the Chinese side was given to the prison service. "
        "On May 6, the person was handed over at the Irkeshtam border crossing to China's police.",
        None,
    )
    assert [r.name for r in records] == ["Zhou Hanming"]


def test_latin_lookalike_letters_scattered_through_english_words_are_read_as_latin() -> None:
    # a page that swaps Greek omicrons into words (fοrmer, frοm) to defeat copying
    text = (
        "The return οf Xu Yaoting, a fοrmer deputy director οf a state carmaker, was organised "
        "by the anti-graft body jointly with New Zealand police, Xinhua said οn Friday. "
        "Xu had fled tο New Zealand in 2009."
    )
    records = _records(text, "2018-06-01")
    assert [(r.name, r.fled_to) for r in records] == [("Xu Yaoting", ["NZ"])]


def test_greek_and_cyrillic_words_keep_their_letters() -> None:
    from extract.text import normalise

    assert normalise("Ελλάδα, Россия, frοm") == "Ελλάδα, Россия, from"


def test_the_escort_home_of_a_fugitive_is_a_return() -> None:
    records = _records(
        '"This was a smooth escort home of a fugitive from Europe," police said of Ma Lixin, '
        "a former executive who had lived in Portugal since 2012.",
        "2017-02-14",
    )
    assert [(r.name, r.method) for r in records] == [("Ma Lixin", "captured")]


def test_a_headline_about_one_person_binds_to_the_one_person_a_report_names() -> None:
    records = _records(
        "Economic fugitive extradited to China from Portugal\n\n"
        "Source: Xinhua\n\n"
        "An economic fugitive was brought back from Portugal to China on Friday, police said.\n\n"
        "It is the first such return from Portugal since the campaign began in April.\n\n"
        "The suspect, whose surname is Ye and who ran a firm in Fujian, left for Lisbon in 2014.",
        "2016-05-14",
    )
    assert [(r.name, r.method, r.fled_to) for r in records] == [("Ye", "extradited", ["PT"])]


def test_a_headline_about_fugitives_binds_to_no_one() -> None:
    records = _records(
        "Economic fugitives brought back to China from Portugal\n\n"
        "An economic fugitive was brought back from Portugal to China on Friday, police said.\n\n"
        "It is the first such return from Portugal since the campaign began in April.\n\n"
        "The suspect, whose surname is Ye and who ran a firm in Fujian, left for Lisbon in 2014.",
        "2016-05-14",
    )
    assert [(r.name, r.method) for r in records] == [("Ye", "unknown")]


def test_submitting_oneself_to_the_authorities_is_a_surrender() -> None:
    record = _one(
        "Wen Zhiyuan, a former manager of a state power company, has come back to China and "
        "submitted himself to the judicial authorities, five years after he fled abroad.",
        "2023-07-19",
    )
    assert (record["name"], record["method"]) == ("Wen Zhiyuan", "surrendered")


def test_a_stop_glued_to_the_next_sentence_still_ends_the_sentence() -> None:
    # "…according to law.According to …": the page lost the space after the stop; a web address
    # and an abbreviation keep theirs
    from extract.text import split_sentences

    text = (
        "His assets were frozen according to law.According to Xinhua.net, the U.S.Embassy agreed."
    )
    parts = [text[s.start : s.end] for s in split_sentences(text, "en")]
    assert parts == [
        "His assets were frozen according to law.",
        "According to Xinhua.net, the U.S.Embassy agreed.",
    ]


def test_landing_back_in_china_is_a_return() -> None:
    record = _one(
        "One of the fugitives China most wants, Kang Weiguo, has landed back in Beijing "
        "after a court in Australia cleared the way.",
        "2019-07-23",
    )
    assert (record["name"], record["method"]) == ("Kang Weiguo", "unknown")


def test_others_extradited_in_a_clause_about_a_person_are_not_his_method() -> None:
    # the clause after his return tells of other people's extraditions, not of his
    record = _one(
        "Kang Weiguo, who fled to Canada in 2001, was deported last March. "
        "When Kang landed back in China, three earlier cases had already seen people extradited "
        "from Canada.",
        "2012-01-20",
    )
    assert (record["name"], record["method"]) == ("Kang Weiguo", "deported")


def test_a_group_word_beside_one_name_takes_in_the_pair_named_before() -> None:
    # the sentence of the capture names one of the pair, and its clause says 两人
    records = _records(
        "柴国梁、葛秀云分别是某县财政局出纳和会计，二人合谋贪污公款后结伴出逃。"
        "办案人员终于查明柴国梁藏身在南太平洋一个岛国，最后借助国际执法合作把两人抓捕回国。",
        "2019-01-12",
    )
    assert sorted((r.name, r.method) for r in records) == [
        ("柴国梁", "captured"),
        ("葛秀云", "captured"),
    ]


def test_a_group_word_leaves_out_one_the_sentence_names_for_comparison() -> None:
    # she surrendered; the sentence comparing others with her tells their capture, not hers
    records = _records(
        "外逃多年的柴秀云，最终只好回国投案。"
        "与柴秀云情形相近的，还有葛国梁、苗立新等10名“红通人员”，他们都是被追捕回国的。",
        "2019-01-12",
    )
    assert [(r.name, r.method) for r in records if r.name == "柴秀云"] == [
        ("柴秀云", "surrendered")
    ]


@pytest.mark.parametrize(
    "persuasion", ["在警方反复规劝之下", "在亲属的劝导下", "在家人多次劝说之下"]
)
def test_a_return_under_persuasion_is_persuaded(persuasion: str) -> None:
    # the persuasion and the return are far apart in the sentence: the date and the flight
    # stand between them
    record = _one(
        f"{persuasion}，邝某于2018年10月17日搭乘航班从新西兰经广州回国投案。", "2018-10-20"
    )
    assert (record["name"], record["method"]) == ("邝某", "persuaded")


def test_coming_forward_of_ones_own_accord_is_a_surrender() -> None:
    # 主动归案: brought to justice of one's own accord
    record = _one(
        "又过一天，外逃长达16年的职务犯罪嫌疑人韦丽芳从缅甸回到云南，主动归案。", "2018-09-01"
    )
    assert (record["name"], record["method"]) == ("韦丽芳", "surrendered")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ma Jianhua has come back from Canada to 'surrender' to the authorities, Xinhua said.",
        '"Ma Jianhua has gone back to China voluntarily," a police spokeswoman said.',
    ],
)
def test_a_surrender_in_scare_quotes_or_gone_back_voluntarily_is_a_surrender(
    sentence: str,
) -> None:
    record = _one(f"{sentence} He had fled to Canada in 2011.", "2018-12-14")
    assert (record["name"], record["method"]) == ("Ma Jianhua", "surrendered")


def test_a_pair_a_report_opens_on_is_the_two_it_names_one_by_one() -> None:
    records = _records(
        "A pair of suspects wanted for fraud have been brought back from Laos and Vietnam, "
        "the ministry said. "
        "Suspect Xu allegedly cheated investors of 200 million yuan through a Hangzhou firm. "
        "He was arrested in Vientiane on May 2. "
        "In the other case, suspect Bai and his partners sold fake shares to 3,000 people.",
        "2017-05-20",
    )
    assert sorted(r.name for r in records) == ["Bai", "Xu"]


def test_the_country_a_handover_comes_from_is_where_the_person_was() -> None:
    # the sentence names another country in a description of the person: the handover's own
    # country, right before its verb, is the one
    record = _one(
        "被认为是缅甸妙瓦底某园区幕后操盘者的电诈集团主犯郎志涛，日前由泰国引渡回国。", "2025-11-14"
    )
    assert (record["name"], record["fled_to"], record["method"]) == ("郎志涛", ["TH"], "extradited")


def test_money_raised_illegally_from_the_public_is_illegal_fundraising() -> None:
    record = _one(
        "A fugitive surnamed Ruan was extradited from Greece to China on Thursday. Police said "
        "Ruan carried off 40 million yuan, allegedly raised illegally from the public.",
        "2015-04-10",
    )
    assert (record["name"], record["alleged_crimes"]) == ("Ruan", ["illegal_fundraising"])


def test_a_title_case_headline_still_holds_a_trigger() -> None:
    # the trigger words ignore case, so their anchors must too: "Back to China" in a headline
    records = _records(
        "U.S. Sends Fugitive Back to China After 13 Years at Large\n\n"
        "Washington returned a former official, Tang Lihua, who had fled to New York in 2003.",
        "2016-11-17",
    )
    assert [(r.name, r.method) for r in records] == [("Tang Lihua", "deported")]


@pytest.mark.parametrize(
    "sentence",
    [
        'In May 2018 the team "persuaded" Fan Zhiqiang to fly back to China.',
        "Fan Zhiqiang was 'persuaded' to return to China in May 2018.",
    ],
)
def test_persuasion_in_scare_quotes_is_still_a_persuasion(sentence: str) -> None:
    # critical reports put the official word in quotes; the return is told all the same
    record = _one(f"{sentence} He had lived in Seattle since 2012.", "2019-03-10")
    assert (record["name"], record["method"]) == ("Fan Zhiqiang", "persuaded")


@pytest.mark.parametrize("cadre", ["某镇桃源村干部", "某县财政局副科级干部"])
def test_a_village_or_ranked_cadre_in_a_round_up_of_returns_is_a_returnee(cadre: str) -> None:
    # a village or a rank before 干部 describes the fugitive; 民警 stays an officer's title
    text = (
        f"2016年3月，某县水务局原局长邝德明被缉拿归案，2018年5月，湖南省某县{cadre}"
        "龙宝华在外逃仅7个月后回国投案自首。民警吴立群将其押解回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-01-10"))
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("邝德明", "2016-03", "captured"),
        ("龙宝华", "2018-05", "surrendered"),
    ]


@pytest.mark.parametrize(
    "took",
    ["Officers from Minhang then flew to Phuket and took Tang back to Shanghai.",
     "Two officers flew to Phuket and have taken him back home."],
)  # fmt: skip
def test_officers_taking_a_fugitive_back_is_a_return(took: str) -> None:
    text = (
        "Police in Shanghai arrested a suspect surnamed Tang in a loan fraud case, who had fled "
        f"to Thailand in 2015. Tang was held by Thai immigration officers in Phuket. {took}"
    )
    records = extract_cases(Document(id="t", text=text, published="2016-04-02"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [("Tang", "captured", ["TH"])]


def test_the_scam_a_suspect_was_arrested_in_is_fraud() -> None:
    text = (
        "Police arrested a suspect surnamed Tang in a 5 million yuan forged bank draft scam, who had "
        "fled to Thailand. Officers flew to Phuket and took Tang back to Shanghai."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-04-02"))
    assert [(r.name, r.alleged_crimes) for r in records] == [("Tang", ["fraud"])]


@pytest.mark.parametrize(
    "pending",
    [
        "越南警方今日把赌博集团头目邝永福押往河内机场，准备将邝永福引渡回大陆。",
        "邝永福在越南各级法院主张引渡违法，抗拒被引渡回大陆。",
        "越南最高法院10日裁定，维持将邝永福引渡回中国的决定。",
    ],
)
def test_an_extradition_prepared_resisted_or_ordered_is_no_return_yet(pending: str) -> None:
    text = f"持有越南护照的赌博集团头目邝永福外逃多年。{pending}"
    assert extract_cases(Document(id="t", text=text, published="2025-11-12")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5月6日凌晨2时10分，一架从多哈起飞的客机降落在西安咸阳国际机场，"
            "外逃八年的原国企出纳邬某随后被民警带下飞机。",
            ("邬某", "unknown", "2021-05-06", ["QA"]),
        ),
        (
            "外逃八年的原国企出纳邬某于5月5日在多哈被抓获。载着邬某的航班次日凌晨落地西安咸阳国际机场。",
            ("邬某", "captured", "2021-05-06", ["QA"]),
        ),
    ],
)
def test_an_arrival_told_by_the_aircraft_is_a_return(
    text: str, expected: tuple[object, ...]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [(r.name, r.method, r.return_date, r.fled_to) for r in records] == [expected]


def test_a_surrender_at_an_embassy_abroad_is_a_surrender() -> None:
    text = "5月2日，外逃两年的原仓库保管员庞某前往中国驻智利使馆投案。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("庞某", "surrendered", "2021-05-02")
    ]


def test_a_homecoming_in_scare_quotes_is_a_return() -> None:
    text = "潜逃新加坡六年的原会计骆某某终于“回家”了。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [("骆某某", "unknown", ["SG"])]


def test_a_deportation_still_to_come_with_its_agent_named_is_no_return() -> None:
    text = "潜逃泰国多年的逃犯邬某将被泰方遣返回中国。"
    assert extract_cases(Document(id="t", text=text, published="2021-05-20")) == []


def test_a_birth_year_written_short_dates_no_return() -> None:
    text = "外逃秘鲁的骆振邦日前被引渡回国。此次被引渡回国的骆振邦，1968年生，原系某公司出纳。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [(r.name, r.return_date) for r in records] == [("骆振邦", None)]


@pytest.mark.parametrize("verb", ["到该县监委主动投案", "前往县监委主动投案"])
def test_going_to_a_commission_ends_an_anonymised_name(verb: str) -> None:
    text = f"9月1日，外逃五年的原出纳庞某{verb}。"
    records = extract_cases(Document(id="t", text=text, published="2021-09-20"))
    assert [(r.name, r.method) for r in records] == [("庞某", "surrendered")]


def test_a_cue_begun_on_the_last_character_ends_the_name_before_it() -> None:
    # 韦 stands for 韦远山 and 刚 is "just": 韦刚走 (a cue 走下 begun on 走) is no name
    text = "两名移民官员把韦远山送到北京首都机场，韦刚走下飞机，就被北京警方逮捕。韦远山外逃加拿大九年。"
    records = extract_cases(Document(id="t", text=text, published="2009-09-01"))
    assert "韦刚走" not in [r.name for r in records]


def test_the_country_money_was_sent_to_is_not_where_the_person_fled() -> None:
    text = (
        "外逃四年的原财政局股长钟立华终于“回家”了。他从公款中分走约3000万元，"
        "又把其中1200余万元转到了新加坡。"
    )
    records = extract_cases(Document(id="t", text=text, published="2015-05-20"))
    assert [(r.name, r.fled_to) for r in records] == [("钟立华", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # boarding a flight to China under escort
        (
            "当地时间周三上午，外逃新西兰九年的骆立明在两名移民官员押送下登上了飞往上海的航班。",
            ("骆立明", "unknown", "2020-09-23", ["NZ"]),
        ),
        # the domestic leg after an arrest abroad
        (
            "外逃老挝三年的邬某在万象被抓获。当晚，办案民警将邬某押回昆明。",
            ("邬某", "captured", None, ["LA"]),
        ),
        # led out of the airport under escort (a caption)
        (
            "图为9月12日，外逃加拿大的犯罪嫌疑人邬某（中）被押送走出机场到达大厅。",
            ("邬某", "unknown", "2020-09-12", ["CA"]),
        ),
        # an end to years abroad
        (
            "至此，外逃澳大利亚的邬某结束了长达十一年的海外漂泊。",
            ("邬某", "unknown", None, ["AU"]),
        ),
    ],
)
def test_a_return_told_by_its_journey_is_a_return(text: str, expected: tuple[object, ...]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2020-09-25"))
    assert [(r.name, r.method, r.return_date, r.fled_to) for r in records] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "潜逃三年的邬某在广州被抓获。当晚，办案民警将邬某押回看守所。",
        "至此，邬某结束了长达十一年的逃亡生涯。",
    ],
)
def test_a_journey_within_china_is_no_return(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2020-09-25")) == []


def test_people_listed_among_those_brought_back_are_returnees() -> None:
    text = (
        "“天网2021”行动带回的外逃人员中，有原国企总经理骆立明、原银行行长甄志明，还有原县长邬某等。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-12-30"))
    assert [(r.name, r.method) for r in records] == [
        ("骆立明", "unknown"),
        ("甄志明", "unknown"),
        ("邬某", "unknown"),
    ]


def test_this_time_before_a_name_ends_the_words_before_it() -> None:
    text = "这次骆立明被成功缉捕回国，是中泰执法合作的重要成果。"
    records = extract_cases(Document(id="t", text=text, published="2021-12-30"))
    assert [(r.name, r.method) for r in records] == [("骆立明", "captured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Wenzhou talked Fu Huaying into leaving Spain and coming back, the ministry "
            "said. Fu had fled to Spain in 2011.",
            ("Fu Huaying", "persuaded", ["ES"]),
        ),
        (
            "Nepali police put Wan Tiezhu, who fled to Nepal in 2015, on a chartered China Eastern "
            "aircraft to Lhasa on Monday.",
            ("Wan Tiezhu", "deported", ["NP"]),
        ),
        (
            "Mo Tianyou, a fugitive wanted for fraud, was detained in Xi'an on landing, hours after "
            "being expelled from Serbia.",
            ("Mo Tianyou", "deported", ["RS"]),
        ),
    ],
)
def test_english_returns_the_census_found(text: str, expected: tuple[object, ...]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-03-08"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [expected]


def test_expelled_from_the_party_is_no_return() -> None:
    text = (
        "Mo Tianyou, who fled to Serbia in 2015, was expelled from the Communist Party on Monday."
    )
    assert extract_cases(Document(id="t", text=text, published="2019-03-08")) == []


@pytest.mark.parametrize(
    "text",
    [
        "骆立明拒绝前往中国驻泰国使馆投案。外逃泰国的骆立明仍在逃。",
        "外逃美国的邬某还没有结束海外漂泊的生活。",
        "潜逃新加坡六年的原会计骆某某终于“回家”了？答案是否定的。",
        "Zhang Wei took Li Ming back to Shanghai after their holiday in Thailand.",
    ],
)
def test_refused_unfinished_or_private_journeys_are_no_returns(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2021-05-20")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "曾抗拒被引渡的骆立明于2021年3月5日从波兰被引渡回国。",
            ("2021-03-05", ["PL"], "extradited"),
        ),
        ("在中国警方押解下，外逃泰国的骆立明登上飞往广州的航班。", (None, ["TH"], "unknown")),
    ],
)
def test_a_return_described_with_a_past_resistance_or_under_escort_is_found(
    text: str, expected: tuple[object, ...]
) -> None:
    # (曾抗拒 before the name is still read as a name of its own: noted, left alone)
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert "骆立明" in [r.name for r in records]
    found = next(r for r in records if r.name == "骆立明")
    assert (found.return_date, found.fled_to, found.method) == expected


def test_one_sum_written_two_ways_is_one_person() -> None:
    text = (
        "外逃人员郑某回国投案，郑某涉嫌贪污1.2亿元。在中央追逃办统筹协调下，"
        "涉嫌贪污12000万元的郑某于3月5日从泰国回国投案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [r.name for r in records] == ["郑某"]


@pytest.mark.parametrize(
    "text",
    [
        "Zhang Wei, born on March 5, 1969, was repatriated from Thailand on Wednesday.",
        "Zhang Wei fled to Thailand on March 5, 2014. He was repatriated on Wednesday.",
    ],
)
def test_a_weekday_on_an_undated_page_never_names_a_birth_or_a_flight(text: str) -> None:
    records = extract_cases(Document(id="t", text=text))
    assert [(r.name, r.return_date) for r in records] == [("Zhang Wei", None)]


@pytest.mark.parametrize(
    "text",
    [
        "外逃泰国的张某的妻子于3月5日从泰国回国。",
        "外逃柬埔寨的周某的弟弟于3月5日从柬埔寨被遣返回国。",
    ],
)
def test_a_relatives_return_is_not_the_fugitives(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2021-05-20")) == []


def test_persuasion_worked_through_a_relative_is_still_the_fugitives() -> None:
    text = "外逃美国的严某某涉嫌贪污。经检察官多次做严某某的家属的思想工作，其最终回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [(r.name, r.method) for r in records] == [("严某某", "persuaded")]


def test_one_whose_own_clause_says_the_return_is_still_to_come_is_no_returnee() -> None:
    text = (
        "外逃日本多年的王建平将被日方遣返，刘志刚则已于3月5日被日方遣返回国。刘志刚外逃日本九年。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [(r.name, r.return_date) for r in records] == [("刘志刚", "2021-03-05")]


def test_a_flight_put_on_to_another_country_is_no_return() -> None:
    text = "Airport staff put Zhang Wei, who fled to Thailand in 2015, on a flight to Canada on Monday."
    assert extract_cases(Document(id="t", text=text, published="2021-05-20")) == []


def test_an_expulsion_from_a_country_told_alone_is_no_return() -> None:
    text = "Zhang Wei, who fled China in 2015, was expelled from Serbia last year. He remains in Hungary."
    assert extract_cases(Document(id="t", text=text, published="2021-05-20")) == []


def test_a_group_put_on_a_flight_with_several_words_before_it_is_a_removal() -> None:
    # a long object and a flight told with two adjectives: one pattern takes both
    text = (
        "On Monday Lao police put the leaders of two cross-border smuggling gangs on a special "
        "chartered flight to Kunming. The two - Wan Tiezhu and Lu Caifeng - had run the gangs from "
        "Vientiane since 2012."
    )
    records = extract_cases(Document(id="t", text=text, published="2019-03-08"))
    assert [(r.name, r.method, r.fled_to, r.return_date) for r in records] == [
        ("Wan Tiezhu", "deported", ["LA"], "2019-03-04"),
        ("Lu Caifeng", "deported", ["LA"], "2019-03-04"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "police in Laos handed fugitive Qin Yuhang over to Chinese police",
        "Lao police handed over suspected fraudster Qin Yuhang to Chinese authorities",
        "Lao police handed over Qin Yuhang to the Chinese side",
    ],
)
def test_a_handover_to_the_chinese_side_with_the_person_before_or_after_over(told: str) -> None:
    # the host's police hand the person over: the host removes them (domain.md: deported)
    text = f"On March 2, {told}. Qin had fled to Laos in 2019."
    records = extract_cases(Document(id="t", text=text, published="2024-03-05"))
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("Qin Yuhang", "deported", "2024-03-02")
    ]


def test_papers_about_a_person_handed_over_are_no_handover_of_the_person() -> None:
    text = "On March 2, Lao police handed over files on fugitive Qin Yuhang to Chinese authorities."
    assert extract_cases(Document(id="t", text=text, published="2024-03-05")) == []
