"""Which date, country and person a return belongs to, where an article tells more than one
step of the story. Sentences written for these tests in the style of the real reports the
mechanisms were learned from (no sentence of a real article)."""

from __future__ import annotations

import pytest

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


def _crimes(text: str) -> list[tuple[str, list[str]]]:
    return [(r.name, r.alleged_crimes) for r in _records(text, "2019-06-01")]


def test_an_offence_told_as_what_the_person_did_is_their_crime() -> None:
    assert _crimes(
        "5月20日，外逃柬埔寨的嫌疑人邱某被押解回国。经查，2016年3月，邱某借一家建材公司之名，"
        "为三家企业虚开增值税专用发票40份，价税合计500余万元。"
    ) == [("邱某", ["tax_crime"])]
    assert _crimes(
        "2017年，原某县粮食局局长柯志坚与两名同事相互勾结，贪污挪用国有粮库资金约3000万元，"
        "随后逃往加拿大。2019年5月，柯志坚从加拿大回国投案。"
    ) == [("柯志坚", ["embezzlement", "misappropriation"])]  # 挪用 beside 贪污: public money


def test_the_charges_a_court_named_are_the_crimes() -> None:
    assert _crimes(
        "2015年3月，美国联邦法院以洗钱、跨州转运赃款以及签证欺诈等罪名，判处外逃的陈志明入狱12年。"
    ) == [("陈志明", ["money_laundering"])]


def test_the_offence_a_fugitive_was_listed_for_is_the_crime() -> None:
    assert _crimes("10月9日，因故意伤害他人被列为网上逃犯的邝某从南非回国投案自首。") == [
        ("邝某", ["other"])
    ]


def test_a_rings_crime_before_the_money_it_moved_is_not_the_persons() -> None:
    assert _crimes(
        "犯罪嫌疑人甘某华，男，28岁，2021年偷越国境前往缅甸，为境外诈骗团伙提供资金结算服务，"
        "涉嫌帮助信息网络犯罪活动。3月2日，甘某华从缅甸回国投案。"
    ) == [("甘某华", ["other"])]


def test_a_killing_and_a_fraud_carried_out_are_crimes() -> None:
    assert _crimes(
        "本报北京6月1日电 通过与蒙古国执法部门合作，已潜逃15年的杀人犯罪嫌疑人魏长林日前在蒙古国被"
        "抓获，并于5月28日押解回国。"
    ) == [("魏长林", ["other"])]
    assert _crimes(
        "5月9日，经警方持续做工作，一名逃往柬埔寨的犯罪嫌疑人回国自首。据介绍，犯罪嫌疑人谭某利用"
        "网络借贷平台进行诈骗、敲诈勒索等违法犯罪，已被列为通缉对象。"
    ) == [("谭某", ["fraud", "other"])]


def test_english_crimes_told_in_free_words() -> None:
    assert _crimes(
        "Ruan Zhiqiang, a former deputy mayor, was extradited from Romania on Friday. Ruan is "
        "suspected of using his posts to take large sums of money and property from others."
    ) == [("Ruan Zhiqiang", ["bribery"])]
    assert _crimes(
        "The man, surnamed Lu, who is suspected of illegally pooling public capital, was "
        "repatriated on Tuesday two years after he fled to Laos, police said."
    ) == [("Lu", ["illegal_fundraising"])]
    assert _crimes(
        "Fang Jun, wanted for abducting children, was handed over to Chinese police by Cambodia "
        "on Monday."
    ) == [("Fang Jun", ["other"])]


def test_a_mastheads_paper_and_site_are_no_dotted_name() -> None:
    records = _records(
        "【新民晚报·新民网】12月28日，在上海市追逃追赃工作办公室直接组织协调之下，涉嫌贪污、"
        "外逃澳大利亚的犯罪嫌疑人王勇被成功劝返回国。",
        "2016-12-29",
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("王勇", "2016-12-28", ["AU"], "persuaded")
    ]


def test_people_handed_to_china_beside_one_who_died_are_the_returnees() -> None:
    records = _records(
        "今年11月12日，中国公安机关向缅北掸邦果敢自治区的头目岑茂昌等人发出通缉令。11月15日夜里，"
        "岑茂昌自杀身亡，他的子女岑建华、岑桂芳和孙女岑婷婷于次日在缅北到案并被移交中国。",
        "2023-12-29",
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("岑建华", "2023-11-16", ["MM"], "captured"),
        ("岑桂芳", "2023-11-16", ["MM"], "captured"),
        ("岑婷婷", "2023-11-16", ["MM"], "captured"),
    ]


def test_a_ringleader_wanted_for_years_is_a_name() -> None:
    records = _records(
        "缅甸妙瓦底园区的主谋陶国栋多年来遭警方通缉，11月12日从泰国被引渡回国。", "2025-11-14"
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("陶国栋", "2025-11-12", ["TH"], "extradited")
    ]


def test_a_court_ruling_to_extradite_is_no_return() -> None:
    records = _records(
        "中国籍赌博集团首脑祁永康被泰国警方拘捕后，历经3年多的诉讼。去年5月，泰国刑事法院裁定把"
        "祁永康引渡回中国，他的律师团却提出上诉。",
        "2025-11-10",
    )
    assert [r.name for r in records] == []


def _told(text: str, published: str = "2024-01-31") -> list[tuple[str, str | None, str]]:
    return [(r.name, r.return_date, r.method) for r in _records(text, published)]


def test_english_handovers_to_china_are_deportations() -> None:
    """The host state handing the person to China removes them (domain.md: deported); a
    handover into Chinese custody or to Chinese police, by no named host, stays a capture."""
    assert _told(
        "BEIJING - Laos handed Zhou Jian, a former bank manager who fled there in 2019, to China "
        "on Tuesday, police said."
    ) == [("Zhou Jian", "2024-01-30", "deported")]
    assert _told(
        "Zhou Jian, a fugitive wanted for fraud who fled to Laos in 2019, was handed over to China "
        "on Tuesday."
    ) == [("Zhou Jian", "2024-01-30", "deported")]
    assert _told(
        "Zhou Jian, a fugitive wanted for fraud who fled to Laos in 2019, was handed over to "
        "China's custody on Tuesday."
    ) == [("Zhou Jian", "2024-01-30", "captured")]


def test_back_in_china_is_a_return_of_unknown_method() -> None:
    assert _told(
        "Zhou Jian, who fled to Laos in 2019, is now back in China, police said on Tuesday."
    ) == [("Zhou Jian", None, "unknown")]
    assert _told("Jia Lun, who fled to Canada, may be executed once he is back in China.") == []


def test_assets_handed_over_to_china_are_no_return() -> None:
    assert (
        _told(
            "Hou Jianming, who fled to New Zealand in 2001, remains there. Prior to the ruling, "
            "assets of Hou worth 27.8 million NZ dollars (roughly 19 million U.S. dollars) had "
            "already been handed over to China, the ministry said."
        )
        == []
    )


def test_escorts_and_removals_to_the_mainland_are_returns() -> None:
    told = {
        "被押解赴陆": "captured",
        "被押回大陆受审": "captured",
        "被押送回中国": "captured",
        "被押解入境": "captured",
        "被遣送回大陆": "deported",
    }
    for words, method in told.items():
        text = f"潜逃缅甸的电诈犯罪嫌疑人甘永福昨日{words}。"
        assert _told(text) == [("甘永福", "2024-01-30", method)], words


def test_a_ringleader_named_after_his_title_is_a_name() -> None:
    assert _told("潜逃缅甸的电诈头目甘永福昨日被押解回国。") == [
        ("甘永福", "2024-01-30", "captured")
    ]


def test_the_day_a_government_confirmed_a_return_is_not_its_date() -> None:
    records = _records(
        "柬埔寨政府昨天证实，已拘捕涉嫌诈骗的集团创办人林涛，并把他遣返中国。", "2026-01-08"
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("林涛", None, ["KH"], "deported")
    ]


def test_an_english_return_is_not_dated_by_a_sentence_that_does_not_name_the_person() -> None:
    records = _records(
        "Chinese police have recently extradited from Russia a murder suspect who spent 27 years "
        "on the run, the ministry said on Friday.\n"
        "The suspect, surnamed Han, fled to Russia in 1996, the ministry said.\n"
        "Police worked with Interpol to bring Han to justice. Russian police detained him in "
        "Volgograd in December 2021.\n"
        "Once his identity had been verified, Han was handed over to China, the ministry added.",
        "2023-03-24",
    )
    assert [(r.name, r.return_date, r.method) for r in records] == [("Han", None, "extradited")]


def test_a_return_told_within_a_campaigns_span_takes_no_day_from_before() -> None:
    records = _records(
        "1月10日，缅甸警方又向中方移交了一批电诈嫌疑人。\n公安部自2023年10月起开展打击缅北电诈犯罪专项"
        "行动，相继打掉多个犯罪集团，也把犯罪集团头目陶国栋、严立新等人押解回国。",
        "2026-01-11",
    )
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("陶国栋", None, "captured"),
        ("严立新", None, "captured"),
    ]


def _methods(text: str) -> list[tuple[str, str]]:
    return [(r.name, r.method) for r in _records(text, "2019-06-01")]


def test_a_general_statement_carried_over_to_a_person_tells_no_method_of_theirs() -> None:
    assert _methods(
        "在泰国执法机关协助下，安徽警方把涉嫌合同诈骗的郑某某缉捕回国。针对外逃嫌疑人相对集中的国家，"
        "公安部组建缉捕行动组到境外集中抓捕，并同步大力开展劝返。"
    ) == [("郑某某", "captured")]


def test_persuasion_told_of_the_person_by_a_lead_or_a_pronoun_still_counts() -> None:
    assert _methods(
        "A fugitive whose suspected address in Sydney was made public in June has been persuaded "
        "to return, the authorities said on Thursday. Qin Wanli, a former manager at a state "
        "firm, came back on Tuesday and turned himself in."
    ) == [("Qin Wanli", "persuaded")]
    assert _methods(
        "外逃泰国的犯罪嫌疑人王某某于2019年5月回国投案。此前，办案人员多次做其家属思想工作。"
    ) == [("王某某", "persuaded")]


def test_english_arrivals_and_escorts_told_in_other_words() -> None:
    told = {
        "returns to China": "unknown",
        "arrived back in China": "unknown",
        "landed in Beijing": "unknown",
        "touched down in Guangzhou": "unknown",
        "arrived at Beijing Capital International Airport": "unknown",
        "was escorted to Beijing": "captured",
        "was delivered to Chinese authorities": "captured",
    }
    for words, method in told.items():
        text = (
            "Li Wenhua, a former bank manager who fled to Canada in 2009 with 20 million yuan, "
            f"{words} on May 30, police said."
        )
        assert _told(text, "2019-06-01") == [("Li Wenhua", "2019-05-30", method)], words


def test_scam_and_gambling_rings_named_by_their_short_forms() -> None:
    assert _crimes(
        "11月12日，缅甸妙瓦底园区赌诈集团的主犯、被列入跨境赌博十大逃犯的邝海涛从泰国被引渡回国。"
    ) == [("邝海涛", ["other", "fraud"])]
    assert _crimes("公安部把缅北电诈头目严立新从缅甸押解回国。") == [("严立新", ["fraud"])]


def test_a_country_in_another_persons_part_of_the_sentence_is_not_theirs() -> None:
    records = _records(
        "Two fugitives were brought back last year. They include: Tan Qiang, a former bank "
        "manager who is suspected of embezzling $40 million and ran off to the U.S. in 2001; and "
        "Yan Jinhua, a former deputy county chief extradited from Bulgaria.",
        "2019-01-11",
    )
    assert [(r.name, r.fled_to) for r in records] == [("Tan Qiang", ["US"]), ("Yan Jinhua", ["BG"])]
    # countries told before anyone is named stay for all, one each in turn
    records = _records(
        "今年以来，温州警方先后从意大利、南非将涉嫌职务侵占的叶某、涉嫌合同诈骗的周某某缉捕回国。",
        "2019-01-11",
    )
    assert [(r.name, r.fled_to) for r in records] == [("叶某", ["IT"]), ("周某某", ["ZA"])]


def test_persuasion_told_of_the_person_makes_a_surrender_persuaded() -> None:
    assert _methods(
        "2019年5月，潜逃法国的潘某某回国投案。此前，民警一次次上潘某某父母家走访、劝说。"
    ) == [("潘某某", "persuaded")]
    assert _methods(
        "2016年4月，外逃厄瓜多尔的李某某回国投案自首。春节前，李某某的父亲在电话里劝儿子早点回来。"
    ) == [("李某某", "persuaded")]


def test_persuasion_told_of_nobody_in_particular_leaves_a_surrender() -> None:
    assert _methods(
        "China has relied on persuasion to bring people home. Fang Li, an accountant who fled to "
        "Australia in 2008, surrendered and came back to China, the commission said."
    ) == [("Fang Li", "surrendered")]


def test_persuasion_told_in_other_words() -> None:
    assert _methods("经过劝解，外逃澳门的犯罪嫌疑人邵某某于10月29日向珠海拱北边检站投案。") == [
        ("邵某某", "persuaded")
    ]
    assert _methods(
        "外逃加拿大的犯罪嫌疑人郑某某于5月8日回国投案自首。此前，专案组耐心向其讲解法律政策。"
    ) == [("郑某某", "persuaded")]
    assert _methods(
        "Tao Wei, who fled to Vietnam in 2020, came back to China on July 5 and turned himself "
        "in. Police had tracked him down and succeeded in mobilising him to give himself up."
    ) == [("Tao Wei", "persuaded")]


def test_a_handover_from_hong_kong_or_macao_police_to_mainland_police_is_a_deportation() -> None:
    assert _methods(
        "经内地与香港警方密切合作，潜逃香港近三年的犯罪嫌疑人包某于6月9日经皇岗口岸被移交深圳警方。"
    ) == [("包某", "deported")]


def test_the_start_of_a_span_of_time_dates_no_return() -> None:
    records = _records(
        "自2016年追逃办成立以来，先后促成外逃美国的周某、外逃加拿大的吴某成功归案。", "2019-06-01"
    )
    assert [(r.name, r.return_date) for r in records] == [("周某", None), ("吴某", None)]


def test_english_surrender_and_persuasion_in_other_words() -> None:
    assert _told(
        "Fang Liqun, who fled to Canada in 2012, turned herself over to Chinese police after "
        "flying home in March, the commission said.",
        "2019-06-01",
    ) == [("Fang Liqun", "2019-03", "surrendered")]
    assert _methods(
        "Tan Yubo, who fled to Canada in 2012, came back to China of his own accord after "
        "successful admonishment, the watchdog said on Tuesday."
    ) == [("Tan Yubo", "persuaded")]


def test_a_rings_members_captured_are_not_the_people_named_before() -> None:
    records = _records(
        "1月30日，缅甸警方一口气将10名重犯移交中方。\n值得一提的是，这10名重嫌里有果敢四大家族的"
        "头目，包括被叫作「果敢王」的柯明德，庞超群的亲兄弟庞怀仁，以及萧正和与萧国栋的家族成员等。"
        "在此之前，中国已先把缅北第五大恶势力「祁氏家族」的成员缉捕归案。",
        "2024-01-31",
    )
    assert [r.name for r in records] == []


@pytest.mark.parametrize(
    ("lead", "names"),
    [("据了解，邱某等4名嫌疑人", ["邱某"]), ("经查，邱某、石某某等4人", ["邱某", "石某某"])],
)
def test_the_lead_of_the_same_head_count_named_next_is_one_of_the_group(
    lead: str, names: list[str]
) -> None:
    text = f"9日，工作组把4名嫌疑人从老挝押解回国。{lead}自2022年起在老挝从事网络赌博。"
    assert [r.name for r in _records(text, "2024-05-11")] == names


@pytest.mark.parametrize(
    "after",
    [
        "此前，邱某等4名同案犯已在云南落网。",
        "邱某等4名犯罪嫌疑人仍在境外。",
        "邱某等4名民警圆满完成押解任务。",
        "邱某、石某等4名受害人获救。",
        "邱某等4名犯罪嫌疑人的家属主动退赃。",
        "邱某等4人赴老挝执行押解任务。",
    ],
)
def test_a_same_count_that_is_not_the_returned_group_names_no_member(after: str) -> None:
    text = f"9日，工作组把4名嫌疑人从老挝押解回国。{after}"
    assert _records(text, "2024-05-11") == []


@pytest.mark.parametrize("to", ["移交我公安机关", "移交我国警方", "移交我方"])
def test_a_handover_to_our_police_after_an_arrest_abroad_is_a_return(to: str) -> None:
    text = f"11月16日，经老挝警方大力配合，邱某在万象被抓获，并{to}。"
    assert [(r.name, r.method, r.return_date) for r in _records(text, "2023-11-17")] == [
        ("邱某", "captured", "2023-11-16")
    ]


@pytest.mark.parametrize(
    "handed",
    [
        "老方将相关案卷移交我公安机关。邱某仍在老挝等待引渡",
        "老方将赃款移交我国警方，邱某将在老挝受审",
    ],
)
def test_papers_or_money_handed_to_our_police_are_no_return(handed: str) -> None:
    text = f"5月10日，犯罪嫌疑人邱某在老挝被抓获，{handed}。"
    assert _records(text, "2024-05-12") == []


def test_another_head_count_named_next_is_no_lead_of_the_group() -> None:
    text = "9日，工作组把4名嫌疑人从老挝押解回国。据了解，邱某等9人自2022年起在老挝从事网络赌博。"
    assert _records(text, "2024-05-11") == []


def test_a_dateline_with_its_source_and_date_in_brackets_dates_no_return() -> None:
    records = _records(
        "BEIJING, (Asia Wire Service - 14th Mar, 2024 ) :Lu Hanqing, a graft fugitive wanted "
        "by China, has come back to China and handed himself in, the anti-graft authorities "
        "said Thursday.",
        "2024-03-14",
    )
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("Lu Hanqing", None, "surrendered")
    ]
    assert [e.text[:13] for e in records[0].evidence if e.field == "return"] == ["Lu Hanqing, a"]


def test_an_agency_dateline_closed_by_a_stop_and_a_dash() -> None:
    records = _records(
        "Shanghai, Jun 3 (EFE).- A former bank manager, Tao Ruiming, was deported to China by "
        "Uganda on Monday after nine years on the run, police said.",
        "2024-06-04",
    )
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("Tao Ruiming", "2024-06-03", "deported")
    ]
    assert [e.text[:6] for e in records[0].evidence if e.field == "return"] == ["A form"]


def test_a_place_and_a_dated_day_between_dashes_is_a_dateline() -> None:
    """ "Kampala, Uganda – March 3, 2024 — …": the release's own date, not the return's."""
    records = _records(
        "Kampala, Uganda – March 3, 2024 — The Uganda Police Force has deported Xu Minghao, a "
        "Chinese national wanted for fraud, to China.",
        "2024-03-03",
    )
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("Xu Minghao", None, "deported")
    ]
    assert [e.text[:9] for e in records[0].evidence if e.field == "return"] == ["The Ugand"]


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "His swift repatriation to Beijing on March 1, 2024, was arranged by Interpol.",
            "2024-03-01",
        ),
        ("His extradition hearing on March 1, 2024, was never held.", None),
        ("His scheduled deportation to China on March 1, 2024, was halted.", None),
        ("His deportation to China on March 1, 2024 was halted when he appealed.", None),
    ],
)
def test_a_removal_told_as_the_persons_noun_dates_the_return(told: str, day: str | None) -> None:
    """ "His repatriation … on March 1": the removal as the person's own noun, dated after
    "on", dates a return nothing else dates, however far down it is told; a hearing does not."""
    text = (
        "The Uganda Police Force has deported Xu Minghao, a Chinese national wanted for fraud, "
        "to China. Xu had run a trading company in Kampala since 2016. Police arrested him at "
        f"his home after a tip-off. Officers found forged documents in his car. {told}"
    )
    records = _records(text, "2024-03-09")
    assert [(r.name, r.return_date) for r in records] == [("Xu Minghao", day)]


def test_a_list_item_shaped_like_a_dateline_keeps_its_day() -> None:
    """ "Liu Jun, Kenya – March 2, 2019 – extradited to Beijing": an item of a list, not a
    release's dateline (which opens the text and its first sentence)."""
    text = (
        "Fugitives returned last year:\n"
        "Wu Lan, Canada – March 3, 2019 – deported to Beijing.\n"
        "Liu Jun, Kenya – May 2, 2019 – extradited to Beijing."
    )
    records = _records(text, "2020-01-10")
    assert [(r.name, r.return_date) for r in records] == [
        ("Wu Lan", "2019-03-03"),
        ("Liu Jun", "2019-05-02"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "结束了长达9年外逃加拿大之旅的邹国华抵达首都国际机场",
        "外逃加拿大的邹国华结束了9年的“亡命”生涯，抵达首都国际机场",
    ],
)
def test_an_end_of_flight_told_with_the_arrival_is_a_return(told: str) -> None:
    """结束了…外逃之旅 / “亡命”生涯: the end of a flight told as a journey or a life on the run."""
    records = _records(f"2019年3月5日下午，{told}。", "2019-03-08")
    assert [(r.name, r.return_date, r.method) for r in records] == [
        ("邹国华", "2019-03-05", "unknown")
    ]


def test_a_removal_that_will_not_happen_is_none() -> None:
    """不会…被强制遣返: a removal denied, its date no return's."""
    text = (
        "当月30日，法庭审理后，邹国华确定不会在原定的26日被强制遣返。"
        "2011年7月23日，邹国华被加拿大遣返回国。"
    )
    records = _records(text, "2011-08-01")
    assert [(r.name, r.return_date) for r in records] == [("邹国华", "2011-07-23")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("外逃人员邝永明于2019年12月从越南回国，回国2天后主动到公安机关投案自首。", "2019-12"),
        ("中方启动遣返10个月后印尼警方于2020年3月将邝永明遣返回国。", "2020-03"),
    ],
)
def test_a_span_after_a_return_in_the_same_clause_keeps_its_date(text: str, day: str) -> None:
    """回国2天后…投案 and 启动遣返10个月后…于2020年3月…遣返: the return's own clause."""
    records = _records(text, "2021-01-10")
    assert [(r.name, r.return_date) for r in records] == [("邝永明", day)]


def test_a_clause_commenting_on_the_return_dates_nothing() -> None:
    """…移交给中国警方，这是今年4月…会晤后美方首次…: the comment's date is the comparison's."""
    text = (
        "外逃美国的邝永明6月1日在洛杉矶机场被拘。当天，邝永明被美国执法人员移交给中国警方，"
        "这是今年4月两国建立执法合作对话机制后，美方首次向中方移交犯罪嫌疑人。"
    )
    records = _records(text, "2017-06-02")
    assert [(r.name, r.return_date) for r in records] == [("邝永明", "2017-06-01")]


def test_what_followed_a_return_by_months_is_not_the_return() -> None:
    """回国投案8个月后…被移送审查起诉: the clause dates what came months after the return."""
    text = (
        "回国投案5个月后，涉嫌贪污的原站长邝永明于2022年3月被移送检察机关审查起诉。"
        "邝永明2018年逃往越南。2021年10月，邝永明从越南回国投案。"
    )
    records = _records(text, "2022-06-01")
    assert [(r.name, r.return_date) for r in records] == [("邝永明", "2021-10")]


def test_a_surname_alone_after_an_opening_phrase_of_time() -> None:
    records = _records(
        "On March 9 this year, Qin, the company's legal representative who had fled abroad, "
        "was brought back to Shanghai under escort by the city's police.\n"
        "Few people knew that Qin had spent three nights at sea on a fishing boat.",
        "2019-09-02",
    )
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("Qin", "unknown", "2019-03-09")
    ]


def test_an_official_named_after_an_opening_phrase_of_time_is_no_returnee() -> None:
    records = _records(
        "A suspect wanted for bribery was extradited from Spain on May 2. On Tuesday, Zhao, the "
        "Chinese consul in Madrid, who handled the extradition, met Spanish officials. Zhao said "
        "it was the first extradition this year.",
        "2024-05-10",
    )
    assert [r.name for r in records] == []


def test_a_day_followed_by_last_year_is_that_day_of_last_year() -> None:
    records = _records(
        "Pan Yueming, a fugitive accused of fraud, was extradited from Spain on March 9 last "
        "year, police said.",
        "2024-05-10",
    )
    assert [(r.name, r.return_date, r.return_date_text) for r in records] == [
        ("Pan Yueming", "2023-03-09", "March 9 last year")
    ]


def test_a_wording_that_names_a_kind_of_case_does_not_date_the_return() -> None:
    """通报了一起…回国投案的案例：<day>，…: the report's day comes before the kind of case it
    names; the day after the colon is the return's."""
    records = _records(
        "5月20日，江西省赣州市公安局通报了一起外逃人员回国投案的案例：5月12日上午，"
        "藏匿在越南的涉赌人员钟某因迫于压力回国投案，目前已被依法刑事拘留。",
        "2021-05-21",
    )
    assert [(r.name, r.return_date, r.return_date_text, r.method) for r in records] == [
        ("钟某", "2021-05-12", "5月12日", "surrendered")
    ]
    method = [e for e in records[0].evidence if e.field == "method"]
    assert [(e.text, e.start) for e in method] == [("回国投案", 57)]


@pytest.mark.parametrize(
    ("day", "expected"),
    [("9月3日", ("2019-09-03", "9月3日")), ("2月29日", ("2019", "2019年"))],
)
def test_a_yearless_day_retells_the_return_of_the_year_told_before(
    day: str, expected: tuple[str, str]
) -> None:
    """On an undated page, "2019年，X被遣返" and later "9月3日，X被遣返回国": the day of that
    year, not a year alone and not nothing; a day the year does not have (2月29日 of 2019) is
    no date, and the year stands."""
    text = (
        "2019年，吕国安遭加拿大强制遣返。\n"
        "《焦点访谈》：追逃16年！\n"
        f"{day}，外逃16年的职务犯罪嫌疑人吕国安被强制遣返回国。"
    )
    records = extract_cases(Document(id="t", text=text, published=None))
    assert [(r.name, r.return_date, r.return_date_text) for r in records] == [("吕国安", *expected)]


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        # 8月3日，据…网站通报，X已回国投案: the day of the notice the sentence cites
        (
            "8月3日，据省纪委监委网站通报，职务犯罪嫌疑人车文斌已从泰国回国投案。"
            "车文斌于2018年2月出逃。",
            "2020-08-04",
            "车文斌",
        ),
        # 2019年1月10日，…专题片《…》在电视上播出: the day of the broadcast that showed the person
        (
            "在镜头前，“红通人员”邵红梅说出了自己的悔意。2019年1月10日，某电视台摄制的专题片"
            "《天涯追逃》在电视上播出，观众在片中看到了这一幕。此前，外逃美国13年的邵红梅已经回国投案。",
            "2019-07-18",
            "邵红梅",
        ),
    ],
)
def test_the_day_of_a_notice_or_a_broadcast_is_not_the_returns(
    text: str, published: str, name: str
) -> None:
    records = _records(text, published)
    assert [(r.name, r.return_date) for r in records] == [(name, None)]


def test_a_wording_that_describes_the_person_still_dates_their_return() -> None:
    """回国投案的王某 is the person, not a kind of case: another person's wording of the same
    method later in the sentence does not date theirs."""
    records = _records(
        "回国投案的蓝建华于5月12日抵京，另一名外逃人员则于6月1日回国投案。", "2019-06-14"
    )
    assert [(r.name, r.return_date) for r in records] == [("蓝建华", "2019-05-12")]


def test_the_persuasion_done_is_the_evidence_before_a_shorter_surrender() -> None:
    """被成功劝返，从…回国投案 tells the channel the record gives; a shorter later sentence
    (…最终下定决心回国投案) tells only the surrender."""
    text = (
        "近日，经湖北省追逃办等单位共同努力，职务犯罪嫌疑人韩立柏被成功劝返，从老挝回国投案。"
        "韩立柏，男，1966年出生，2015年4月外逃。"
        "在亲情感召下，韩立柏最终下定决心回国投案。"
    )
    [record] = extract_cases(Document(id="t", text=text, published="2021-03-02"))
    assert record.method == "persuaded"
    assert [e.text for e in record.evidence if e.field == "return"] == [
        "近日，经湖北省追逃办等单位共同努力，职务犯罪嫌疑人韩立柏被成功劝返，从老挝回国投案。"
    ]


def test_a_month_gives_way_to_its_day_later_in_the_sentence() -> None:
    """2019年5月，…被成功劝返，于5月8日从美国回国投案: the day of that month told after it."""
    text = "2019年5月，经过多轮劝返，外逃美国的罗建业被成功劝返，于5月8日从美国回国投案自首。"
    assert [(r.name, r.return_date) for r in _records(text, "2019-06-14")] == [
        ("罗建业", "2019-05-08")
    ]


def test_a_later_day_of_another_event_does_not_refine_the_month() -> None:
    """ "returned … in May and was charged on May 20": the charge's day, not the return's."""
    text = "Luo Jianye returned from Canada and surrendered in May 2019 and was charged on May 20."
    assert [(r.name, r.return_date) for r in _records(text, "2019-06-14")] == [
        ("Luo Jianye", "2019-05")
    ]


def test_a_handover_to_a_foreign_court_after_a_surrender_dates_nothing_of_the_return() -> None:
    """A surrender is the return itself: a later handover of the same person abroad (told in
    a sentence that recalls "before he came back") neither dates it nor makes it a deportation;
    nor does the assets' being "sent back"."""
    records = _records(
        "Chinese police said on Tuesday that a former fugitive had been sent to stand trial in "
        "Ireland.\n"
        "Nine million euros of Luo Qinghai's assets had been sent back to China earlier.\n"
        "Luo, a former bank president in Hunan, had hidden in Ireland since 2008. He came back "
        "to China and gave himself up on March 4, 2018.\n"
        "Because Ireland had charged Luo with fraud before he returned, Chinese police handed "
        "him over to Irish officers on June 9, 2019 so that he could be tried there.",
        "2019-06-11",
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("Luo Qinghai", "2018-03-04", ["IE"], "surrendered")
    ]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("He was charged before he came back, and the court heard the case on May 2.", None),
        ("He came back to China and gave himself up on April 20.", "2019-04-20"),
    ],
)
def test_a_return_told_in_a_before_clause_takes_no_date_of_its_sentence(
    sentence: str, date: str | None
) -> None:
    records = _records(
        f"Fugitive Peng Yuhua, who fled to Peru in 2011, is back. {sentence}", "2019-06-01"
    )
    assert [(r.name, r.return_date) for r in records] == [("Peng Yuhua", date)]


def test_a_persuasion_abroad_in_a_month_gives_way_to_the_day_of_the_surrender() -> None:
    """The persuasion is the person's first event (it shows them abroad); the day they came
    back and gave themselves up, later in that year, dates the return."""
    records = _records(
        "A former tax official who fled to New Zealand in 2012 has come back and surrendered, "
        "the city's supervisory commission said on Monday.\n"
        "Tian Baogen, 59, flew into Nanjing from Auckland on August 14 and gave himself up.\n"
        "His son, who had been questioned by investigators, persuaded him on a visit to "
        "Auckland in May to come back.",
        "2024-08-19",
    )
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("Tian Baogen", "2024-08-14", ["NZ"], "persuaded")
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a surrender at an embassy abroad: the escort home dates the return
        (
            "2018年11月2日，外逃人员孟庆华在中国驻柬埔寨使馆投案自首。11月9日，孟庆华被押解回国。",
            "2018-11-09",
        ),
        # one only agreed to: likewise
        (
            "2019年3月1日，经专案组劝返，潜逃缅甸的犯罪嫌疑人苏海峰同意回国投案。3月8日，苏海峰被押解回国。",
            "2019-03-08",
        ),
        (
            "Fugitive Huang Jianhua surrendered at the Chinese embassy in Phnom Penh on March 2, "
            "2019. He was escorted back to China on March 9.",
            "2019-03-09",
        ),
        # the date inside the before-clause is the return's own
        (
            "Fugitive Ai Lun, suspected of fraud, hid in Vietnam for six years before he came "
            "back to surrender on March 22, 2019.",
            "2019-03-22",
        ),
    ],
)
def test_a_surrender_abroad_is_dated_by_the_way_home(text: str, date: str) -> None:
    assert [r.return_date for r in _records(text, "2019-05-10")] == [date]


def test_assets_sent_back_before_the_person_leave_the_persons_removal() -> None:
    records = _records(
        "After assets worth 20 million yuan of Kuang Li had been sent back to China, Kuang "
        "himself was repatriated from Canada on May 3.",
        "2019-05-10",
    )
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("Kuang Li", "deported", "2019-05-03")
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Wen Jie fled to Australia in 2012. On Jan 3, 2019, hours before he returned to China "
            "and surrendered, he called his lawyer.",
            "2019-01-03",
        ),
        (
            "Wen Jie fled to Australia in 2012. In January 2019, shortly before he came back and "
            "surrendered, he sold his house.",
            "2019-01",
        ),
        (
            "Wen Jie, who fled to Canada, returned on April 1, 2019, three weeks later than "
            "planned, and surrendered.",
            "2019-04-01",
        ),
    ],
)
def test_a_date_told_before_a_before_clause_or_a_delay_dates_the_return(
    text: str, date: str
) -> None:
    assert [r.return_date for r in _records(text, "2019-05-10")] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Zhong Wei was arrested in Bangkok in January. He was deported to China a week later.",
            "2019-01",
        ),
        (
            "Zhong Wei was arrested in Bangkok on January 5. He was deported to China a week later.",
            "2019-01-12",
        ),
    ],
)
def test_a_span_counted_from_a_month_leaves_the_month(text: str, date: str) -> None:
    assert [r.return_date for r in _records(text, "2019-05-10")] == [date]


@pytest.mark.parametrize(
    "relative", ["其弟于2015年9月从美国被遣返", "他的妻子也被泰国警方抓获并押解回国"]
)
def test_a_removal_an_unnamed_relative_underwent_is_not_the_persons_method(relative: str) -> None:
    text = f"外逃美国的邱某回国投案自首，{relative}。"
    assert [(r.name, r.method) for r in _records(text, "2020-10-01")] == [("邱某", "surrendered")]


@pytest.mark.parametrize(
    ("told", "method"),
    [
        ("and a court in Rabat approved his extradition in late October", "extradited"),
        ("and the court granted his extradition on Oct. 30", "extradited"),
        ("and he fought his extradition for months", "captured"),
        ("while China sought his extradition", "captured"),
        ("and Beijing had asked for his extradition in 2019", "captured"),
        ("and talks over his extradition lasted a year", "captured"),
        ("after a court approved his extradition in 2015, but he fled to Spain", "captured"),
        ("but the court has not yet approved his extradition", "captured"),
        (
            "and a court approved his extradition, but the justice minister refused to sign it",
            "captured",
        ),
    ],
)
def test_an_extradition_told_before_a_loose_return_is_its_channel(told: str, method: str) -> None:
    """An arrest abroad, then the extradition the person's own sentences say was approved or
    granted, then "brought him back": the channel is the extradition, not the arrest; one
    fought, asked for, talked over, or approved and then escaped tells nothing, and the arrest
    abroad makes it a capture."""
    text = (
        "Tang Wei, wanted for embezzlement, fled to Morocco in 2019. Moroccan police arrested "
        f"him in April {told}. Chinese officers brought him back to Shanghai on Saturday."
    )
    records = _records(text, "2023-11-20")
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("Tang Wei", method, "2023-11-18")
    ]


@pytest.mark.parametrize(
    ("returned", "method"),
    [
        (
            "He was returned to China on Monday after serving a 15-month jail sentence there.",
            "deported",
        ),
        (
            "He was brought back to China on Monday after his release from a Nairobi prison.",
            "deported",
        ),
        ("He was brought back to China on Monday.", "captured"),
    ],
)
def test_a_loose_return_after_a_sentence_served_abroad(returned: str, method: str) -> None:
    """Arrested and jailed in the host country for its own case, then "returned to China after
    serving a jail sentence in Kenya": the host let the person out and removed them, a
    deportation; without the sentence served, the arrest abroad makes the return a capture."""
    text = (
        "Tang Wei, wanted for embezzlement, fled to Kenya in 2015. He was arrested, prosecuted "
        f"and jailed in Kenya for using forged papers. {returned.replace('there', 'in Kenya')}"
    )
    records = _records(text, "2023-11-20")
    assert [(r.name, r.method) for r in records] == [("Tang Wei", method)]


@pytest.mark.parametrize(
    ("court", "method"),
    [
        ("a federal court in Vancouver upheld his deportation", "deported"),
        ("a court in Canada cleared the way for his deportation", "deported"),
        ("a court in Canada approved his extradition", "extradited"),
        ("his deportation was halted by a court in Canada", "captured"),
    ],
)
def test_a_granted_removal_is_the_channel_beside_an_arrest_at_arrival(
    court: str, method: str
) -> None:
    """A deportation or an extradition a court granted is the channel of the return, though
    the report goes on to tell the arrest by Chinese police upon arrival in Beijing (no capture
    abroad); one halted tells nothing of the channel."""
    text = (
        f"Tang Wei, who fled to Canada in 1999, lost his last appeal on Thursday, when {court}. "
        "Tang was arrested by Chinese police upon his arrival in Beijing on Saturday and "
        "escorted back to the city's detention centre."
    )
    records = _records(text, "2011-07-25")
    assert [(r.name, r.method) for r in records] == [("Tang Wei", method)]


def test_a_sentence_served_at_home_tells_no_deportation() -> None:
    """ "was released after serving a prison sentence in Beijing": a prison term in China, served
    after the return, tells nothing of the return's channel."""
    text = (
        "Tang Wei, who fled to Canada in 2012, was brought back to China in 2016 and was released "
        "in 2022 after serving a six-year prison sentence in Beijing for fraud."
    )
    records = _records(text, "2023-11-20")
    assert [(r.name, r.method) for r in records] == [("Tang Wei", "unknown")]
