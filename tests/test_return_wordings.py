"""Returns told in words the trigger lexicon lacked: 押回国 (escorted back to the country,
without 内 or a country's name), and a name followed by the adverb 刚刚 (just). Sentences written for these tests in the style of real police notices (no
sentence of a real article)."""

from __future__ import annotations

import pytest

from extract import Document, extract_cases


def _cases(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    records = extract_cases(Document(id="t", text=text, published="2025-02-20"))
    return [(r.name, r.method, r.return_date, r.fled_to) for r in records]


def test_escorted_back_to_the_country() -> None:
    text = "2月3日,在柬埔寨落网的电诈集团头目邓志华被押回国。"
    assert _cases(text) == [("邓志华", "captured", "2025-02-03", ["KH"])]


def test_a_name_before_the_adverb_just() -> None:
    text = "1月9日,外逃缅甸的犯罪嫌疑人张伟刚刚被遣返回国。"
    assert _cases(text) == [("张伟", "deported", "2025-01-09", ["MM"])]


def _en(text: str) -> list[tuple[str, str]]:
    records = extract_cases(Document(id="t", text=text, published="2016-03-02"))
    return [(r.name, r.method) for r in records]


def test_the_return_called_such_an_extradition() -> None:
    text = (
        "A fraud suspect, Xia Lanfen, was brought back under police escort to China on Tuesday "
        "after nine years in Portugal, in the first such extradition from that country."
    )
    assert _en(text) == [("Xia Lanfen", "extradited")]


def test_a_headline_in_the_present_tense() -> None:
    text = (
        "Portugal extradites fraud suspect Xia Lanfen to China\n"
        "Xia Lanfen was brought back to Beijing on Tuesday, police said."
    )
    assert _en(text) == [("Xia Lanfen", "extradited")]


def test_an_extradition_approved_is_no_return() -> None:
    text = (
        "A court in Lisbon approved the extradition of another suspect, Mo Qingyu, in May, "
        "but he remains in custody pending an appeal."
    )
    assert _en(text) == []


def test_an_arrival_told_by_the_gerund_at_a_named_airport() -> None:
    records = extract_cases(
        Document(
            id="t",
            text=(
                "BEIJING - Ruan Tiansheng, a smuggling suspect who fled to Canada in 1999, was "
                "taken into custody after landing at the Beijing Capital International Airport "
                "on Saturday, police said."
            ),
            published="2011-07-24",
        )
    )
    assert [(r.name, r.method, r.return_date, r.fled_to) for r in records] == [
        ("Ruan Tiansheng", "unknown", "2011-07-23", ["CA"])
    ]


def test_an_abduction_from_a_place_abroad_is_a_capture() -> None:
    text = (
        "In the same way, the Chinese-Canadian businessman Bai Zhiyuan was abducted in Hong "
        "Kong in 2016 and is still held in China."
    )
    assert _en(text) == [("Bai Zhiyuan", "captured")]
    text = (
        "Chinese agents posing as United Nations staff abducted the dissident Wen Shaoqing from "
        "Bangkok on November 13, his wife said."
    )
    assert _en(text) == [("Wen Shaoqing", "captured")]


def test_an_abduction_inside_china_is_no_return() -> None:
    text = "The activist Wen Shaoqing was abducted in Beijing in 2016, his lawyer said."
    assert _en(text) == []


def test_a_criminal_kidnapping_abroad_is_no_capture() -> None:
    text = (
        "Former fugitive Qian Yongfa, who fled to Myanmar in 2015, was brought back to China "
        "last month. Earlier, in 2016, Qian had been kidnapped in Mandalay by a rival gang and "
        "freed after a ransom was paid."
    )
    assert _en(text) == [("Qian Yongfa", "unknown")]
    assert _en("Zhang Weiming was kidnapped in Chengdu by a gang that demanded money.") == []


def test_a_bare_name_heading_a_group_told_passively() -> None:
    # a caption: no descriptor before the name, only the group (等人) and the passive 遭 after it
    text = "图为去年甘永福等人遭缅甸警方押解回国。"
    assert _cases(text) == [("甘永福", "captured", "2024", ["MM"])]


def test_caught_and_brought_to_justice_abroad_is_a_capture_at_home_is_none() -> None:
    """抓捕归案 is 抓获归案 in other words: a capture when abroad, no capture abroad when the
    sentence places it in a Chinese city."""
    abroad = (
        "1月27日，外逃9年的职务犯罪嫌疑人钱立军被抓捕归案。"
        "钱立军，男，1968年出生，原某县交通局局长，2016年5月外逃老挝。"
    )
    assert _cases(abroad) == [("钱立军", "captured", "2025-01-27", ["LA"])]
    home = "钱立军外逃老挝多年。1月27日，钱立军在昆明被警方{}归案。"
    caught = [("钱立军", "unknown", "2025-01-27", ["LA"])]
    assert _cases(home.format("抓捕")) == _cases(home.format("抓获")) == caught


@pytest.mark.parametrize(
    "text",
    [
        # 大多 (mostly) is no cue inside 加拿大多年
        "外逃加拿大多年的职务犯罪嫌疑人蔡国荣于1月9日被遣返回国。",
        # 下定决心 is the person's decision, not an official's determination
        "在政策感召下，外逃加拿大的职务犯罪嫌疑人蔡国荣1月9日最终下定决心回国投案。",
    ],
)
def test_a_cue_read_across_a_word_vetoes_nothing(text: str) -> None:
    """Negative and appeal cues are words: 大多 and 决心 found inside 加拿大多年 and 下定决心 must
    not veto the return told beside them."""
    assert [(n, d) for n, _, d, _ in _cases(text)] == [("蔡国荣", "2025-01-09")]


@pytest.mark.parametrize("verb", ["抓捕归案", "抓获归案"])
def test_an_arrest_told_as_made_at_home_is_no_capture_abroad(verb: str) -> None:
    """在国内被抓获归案, 在其南京家中, 趁回国探亲之机, and a city named after the country the person
    fled to (外逃美国的…在南京被抓获): caught at home, whatever country the flight names."""
    for text in (
        "5月12日，外逃人员钱立军在国内被{}。",
        "5月12日，外逃人员钱立军在其南京家中被{}。",
        "外逃人员钱立军趁回国探亲之机被民警{}。",
        "5月12日，外逃美国的钱立军在南京被{}。",
    ):
        assert [m for _, m, _, _ in _cases(text.format(verb))] == ["unknown"], text
    abroad = f"5月12日，外逃美国的钱立军在纽约被{verb}。"
    assert [m for _, m, _, _ in _cases(abroad)] == ["captured"]


def test_greater_toronto_holds_no_cue() -> None:
    """大多伦多 (Greater Toronto) is a place: its 大多 (mostly) vetoes nothing."""
    text = "外逃大多伦多地区的职务犯罪嫌疑人蔡国荣于1月9日回国投案。"
    assert [(n, m, d) for n, m, d, _ in _cases(text)] == [("蔡国荣", "surrendered", "2025-01-09")]


def _cases_on(text: str, published: str) -> list[tuple[str, str, str | None, list[str]]]:
    records = extract_cases(Document(id="t", text=text, published=published))
    return [(r.name, r.method, r.return_date, r.fled_to) for r in records]


def test_a_transfer_by_the_host_police_to_the_chinese_police_is_a_deportation() -> None:
    text = (
        "Police of Laos transferred two Chinese nationals to the Chinese police at the Boten "
        "border gate on June 10. The two men, named as Huang Jinbo and Qiu Shaolin, were wanted "
        "for smuggling."
    )
    assert _cases_on(text, "2019-06-12") == [
        ("Huang Jinbo", "deported", "2019-06-10", ["LA"]),
        ("Qiu Shaolin", "deported", "2019-06-10", ["LA"]),
    ]


def test_persuasion_told_of_the_person_makes_a_transfer_a_persuaded_return() -> None:
    text = (
        "Laotian police transferred a wanted man to China's side at the Boten border gate on "
        "June 10. Wei Dongsheng, 33, had fled to Laos in 2021. Laotian police found where he "
        "was hiding and succeeded in mobilising him to turn himself in."
    )
    assert _cases_on(text, "2019-06-12") == [("Wei Dongsheng", "persuaded", "2019-06-10", ["LA"])]


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (
            "Cao Jinlong, 45, who fled to Macau in 2016, came back and gave himself up on "
            "Tuesday. He is accused of persuading more than 200 investors to put money into a "
            "sham scheme.",
            "surrendered",
        ),
        (
            "Rights groups say Chinese officials persuaded the Thai government to send Cao "
            "Jinlong back. Cao Jinlong was returned from Thailand on May 3.",
            "unknown",
        ),
    ],
)
def test_persuading_investors_or_a_government_is_no_persuasion_of_the_person(
    text: str, method: str
) -> None:
    assert [(name, got) for name, got, *_ in _cases_on(text, "2019-05-10")] == [
        ("Cao Jinlong", method)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sun Haibo, a developer wanted in Fujian for fraud, was eventually expelled from Macau "
        "on March 3.",
        "Hong Kong activist Lam Kwok-wing was expelled from Macau on Aug 3, 2018.",
        "Sun Haibo, who fled to Cambodia in 2015, was expelled from Cambodia in April.",
        # expelled from the party: a discipline, no removal
        "Sun Haibo, who fled to Canada in 2015, was expelled from the Communist Party of China "
        "on March 3.",
    ],
)
def test_an_expulsion_with_nowhere_said_is_no_return(text: str) -> None:
    """Expelled from a country or a region, with no destination told: the person may have gone
    anywhere (a Hong Kong activist expelled from Macau goes home to Hong Kong)."""
    assert _cases_on(text, "2019-05-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Li Guoqiang, who fled to Vietnam in 2020, was handed over at the Mong Cai border "
            "gate on the morning of Tuesday, May 7.",
            [("Li Guoqiang", "deported", "2019-05-07", ["VN"])],
        ),
        # a foreigner handed to their own country's police at a Chinese border gate
        (
            "Le Van Hung, a Vietnamese national wanted for fraud, was handed over at the Dongxing "
            "border gate to Vietnamese police on May 7.",
            [],
        ),
    ],
)
def test_a_handover_at_a_border_gate_is_a_return_unless_to_a_foreign_police(
    text: str, expected: list[tuple[str, str, str | None, list[str]]]
) -> None:
    assert _cases_on(text, "2019-05-10") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kou Ming, who ran an online lending platform, persuaded thousands to invest. He fled to "
        "the Philippines in 2017 and was deported on May 3.",
        "Chinese investigators tried to persuade Kou Ming to return, but he refused. He was "
        "eventually deported by Thailand on May 3.",
        "Kou Ming was deported from Thailand on May 3. Investigators then mobilised him to "
        "confess.",
    ],
)
def test_a_persuasion_that_failed_or_was_to_do_something_else_leaves_a_deportation(
    text: str,
) -> None:
    assert [(name, method) for name, method, *_ in _cases_on(text, "2019-05-10")] == [
        ("Kou Ming", "deported")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "联合国难民署表示，已获难民身份的周志成不会被遣返回中国。",
        "律师称，张某已获准留在加拿大，免于被遣返回国。",
        "难民身份的用意，是保障当事人不被遣送回会令其受迫害的本国。",
    ],
)
def test_a_removal_denied_or_avoided_is_no_return(text: str) -> None:
    assert _cases_on(text, "2019-05-10") == []


def test_a_foreign_national_handed_over_at_a_border_gate_is_no_return() -> None:
    text = (
        "Kazakh national Nurlan Bekov, who fled to China after a robbery in Almaty, was handed "
        "over at the Khorgos border checkpoint on May 3."
    )
    assert _cases_on(text, "2019-05-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong and Taiwan papers' words for the mainland and for an escort back
        (
            "外逃澳洲的前江苏某市发改委副主任饶志强，5月8日返回大陆投案。",
            [("饶志强", "surrendered", "2019-05-08", ["AU"])],
        ),
        (
            "上月，「红通人员」欧阳旭在泰国被捕后押返内地。",
            [("欧阳旭", "captured", "2019-04", ["TH"])],
        ),
    ],
)
def test_mainland_and_escort_words_of_hong_kong_and_taiwan_papers(
    text: str, expected: list[tuple[str, str, str | None, list[str]]]
) -> None:
    assert _cases_on(text, "2019-05-10") == expected


def test_a_round_up_told_person_by_person_in_a_hong_kong_paper() -> None:
    """The lead names three and the day a website announced them; each person's own sentence
    tells their return, its date and the crime with 涉 for 涉嫌."""
    text = (
        "廣東省紀委監委網站昨日公布，省追逃辦近期成功勸喻三名外逃人員回國自首，三人分別為"
        "鄺國明、饒秀梅及歐陽文泉。\n"
        "鄺國明原為某區國土局副局長，涉受賄罪，二○一三年潛逃加拿大，上月十五日回國投案。\n"
        "饒秀梅為某國企前出納，涉貪污，二○一六年逃往泰國，本月初由曼谷回國自首。"
    )
    records = extract_cases(Document(id="t", text=text, published="2018-12-09"))
    assert [(r.name, r.return_date, r.fled_to, r.alleged_crimes) for r in records] == [
        ("鄺國明", "2018-11-15", ["CA"], ["bribery"]),
        ("饒秀梅", "2018-12", ["TH"], ["embezzlement"]),
        ("歐陽文泉", None, [], []),
    ]


def test_a_month_told_as_during_it_dates_the_return() -> None:
    text = "1月间，王立新、时文静已先后从老挝、柬埔寨被劝返回国。"
    assert [(n, d) for n, _, d, _ in _cases_on(text, "2022-03-03")] == [
        ("王立新", "2022-01"),
        ("时文静", "2022-01"),
    ]


def test_handed_back_to_the_chinese_police_is_a_return() -> None:
    text = (
        "A Mongolian teacher who fled across the border was handed back to Chinese police last "
        "month, his family said. Bayartsogt, 52, a former teacher at a school in Xilinhot, had "
        "crossed into Mongolia in 2021."
    )
    records = _cases_on(text, "2023-02-16")
    assert [(name, method, fled) for name, method, _, fled in records] == [
        ("Bayartsogt", "deported", ["MN"])
    ]


def test_put_on_a_flight_to_a_chinese_city_is_a_return() -> None:
    text = (
        "A Chinese woman accused of embezzling public funds was put on a commercial flight from "
        "Los Angeles to Beijing on Friday last week, the ministry said. Lily Zhou, 49, a former "
        "accountant in Wuhan, had lived in the United States since 2006."
    )
    assert _cases_on(text, "2015-09-25") == [("Lily Zhou", "unknown", "2015-09-18", ["US"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of the dictionary after a descriptor of flight is no name
        ("张建国出逃加拿大后获得的居留权遭撤销，5月6日被遣返回国。", ["张建国"]),
        # a return only promised or wished for, or to Taiwan
        ("外逃台湾的严建平愿意返回大陆投案，但至今仍未成行。", []),
        ("台商黃志遠潛逃美國八年，昨日返國自首，台中地檢署已將其收押。", []),
        ("林國棟潛逃柬埔寨五年，昨日被押上前往桃園的班機，抵台後即遭逮捕。", []),
    ],
)
def test_no_extra_person_and_no_return_elsewhere(text: str, expected: list[str]) -> None:
    assert [name for name, *_ in _cases_on(text, "2019-05-10")] == expected


def test_a_crime_of_someone_else_told_with_she_is_not_the_returnees() -> None:
    text = "王建国于5月3日从泰国被遣返回国。其上级涉受贿，已被立案调查。"
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.alleged_crimes) for r in records] == [("王建国", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker for a body is no second returnee
        (
            "Wei Hong, who fled to Myanmar in 2016, was deported to China on April 2. Major Liu "
            "Bo of the Yunnan border police said Wei was handed over at the Ruili border gate.",
            [("Wei Hong", "deported", "2019-04-02", ["MM"])],
        ),
        # a rescued victim handed back is no returnee
        (
            "Myanmar police rescued Li Qiang, a Chinese businessman kidnapped by a gang in "
            "Tachileik, and handed him back to Chinese police on Tuesday.",
            [],
        ),
    ],
)
def test_no_speaker_and_no_rescued_victim_is_a_returnee(
    text: str, expected: list[tuple[str, str, str | None, list[str]]]
) -> None:
    assert _cases_on(text, "2019-05-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of going back and any division of China by name ({cn_place}: the gazetteer)
        (
            "2月3日,外逃老挝的犯罪嫌疑人邓志华被专案组民警带回临沧。",
            [("邓志华", "captured", "2025-02-03", ["LA"])],
        ),
        (
            "1月9日,办案民警将外逃缅甸的犯罪嫌疑人张伟带回了镇雄。",
            [("张伟", "captured", "2025-01-09", ["MM"])],
        ),
        (
            "1月9日,在加拿大潜逃8年的原国企会计张伟经亲属规劝,返回鄂尔多斯投案自首。",
            [("张伟", "persuaded", "2025-01-09", ["CA"])],
        ),
        (
            "1月9日,外逃新西兰的犯罪嫌疑人张伟从奥克兰飞回长沙自首。",
            [("张伟", "surrendered", "2025-01-09", ["NZ"])],
        ),
        # not a place: what is brought back is no person, and a word is no division
        ("民警将外逃缅甸的张伟的作案工具带回了家中。张伟仍在逃。", []),
        ("外逃缅甸的张伟表示想返回家乡自首，但至今未归。", []),
    ],
)
def test_going_back_to_a_place_in_china(
    text: str, expected: list[tuple[str, str, str | None, list[str]]]
) -> None:
    assert _cases(text) == expected


def test_escorted_back_to_a_city_of_china() -> None:
    text = "2004年4月16日,外逃美国的犯罪嫌疑人温建华被押送回到北京。"
    assert _cases(text) == [("温建华", "captured", "2004-04-16", ["US"])]


@pytest.mark.parametrize(
    "speech",
    ["对记者表示", "对“今日说法”栏目介绍", "在接受本报采访时说", "向记者透露"],
)
def test_a_titled_speaker_with_the_listener_before_the_verb_is_no_returnee(speech: str) -> None:
    text = (
        f"某大学国际刑法研究所所长贺平{speech},外逃美国的龚淑仪是在刑期执行完毕之后,"
        "于2月3日被遣返回国的。"
    )
    assert [name for name, *_ in _cases(text)] == ["龚淑仪"]


def test_a_list_of_the_channels_a_group_came_back_by_gives_none_of_them_a_method() -> None:
    text = (
        "2017年以来,无锡先后追回“百名红通人员”罗斌、蔡晓峰,重点外逃人员孔昱等人,"
        "既有缉捕归案,也有劝返、主动投案等不同类型。"
    )
    assert _cases(text) == [
        ("罗斌", "unknown", None, []),
        ("蔡晓峰", "unknown", None, []),
        ("孔昱", "unknown", None, []),
    ]


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        # a flight told to places in China: hid at home, whatever 外逃 the notice says
        ("先后流窜湖南、江西、广西等地", []),
        ("此后一直藏匿于贵州", []),
        # a flight abroad stays one
        ("先后流窜泰国、越南等地", [("彭某某", "unknown", "2019-08-14", ["TH", "VN"])]),
    ],
)
def test_a_flight_told_to_places_in_china_is_no_flight_abroad(
    places: str, expected: list[tuple[str, str, str | None, list[str]]]
) -> None:
    text = f"一名职务犯罪外逃人员彭某某,2015年8月从上海出逃,{places},直到2019年8月14日在无锡落网。"
    assert _cases(text) == expected


def test_each_named_persons_own_channel_in_a_list_of_channels_stays_theirs() -> None:
    text = "在追回的3人中，既有从泰国缉捕归案的王某，也有从美国主动投案的李某。"
    assert _cases(text) == [
        ("王某", "captured", None, ["TH"]),
        ("李某", "surrendered", None, ["US"]),
    ]


def test_a_profile_line_confirms_a_one_character_given_name_jia() -> None:
    text = "外逃职务犯罪嫌疑人张家从美国回国投案。张家，男，原某局副局长。"
    assert _cases(text) == [("张家", "surrendered", None, ["US"])]


@pytest.mark.parametrize("role", ["职务犯罪嫌疑人", "犯罪嫌疑人", "被告人"])
def test_a_role_of_one_person_confirms_a_name_in_jia(role: str) -> None:
    text = f"2月3日，{role}陈家从新加坡回国投案。"
    assert _cases(text) == [("陈家", "surrendered", "2025-02-03", ["SG"])]


def test_a_lead_that_counts_a_group_gives_its_method_to_none_of_them() -> None:
    """A count of people opening the report tells how a group came back; the person named after
    it keeps the channel of their own sentence."""
    text = (
        "Since 2012, more than 15 high-profile Chinese economic fugitives have been extradited "
        "or persuaded to return from Australia, the ministry said.\n"
        "In March 2019, Tang Weiming, former head of a Ningbo trading firm, was repatriated to "
        "China after nine years on the run in Australia."
    )
    assert _en(text) == [("Tang Weiming", "deported")]


@pytest.mark.parametrize(
    "aside",
    [
        "She is the 41st fugitive to return this year, though most of them were persuaded to "
        "do so.",
        "She was the latest from a list of 100 overseas fugitives persuaded to come back.",
    ],
)
def test_a_groups_persuasion_beside_ones_own_surrender(aside: str) -> None:
    """Persuasion told of most of a group, or of a list's fugitives in a reduced relative
    clause, is theirs: the one who turned herself in surrendered."""
    text = (
        "Zhou Lanfang, who fled to the United States in 2004, returned to Beijing and turned "
        f"herself in on Feb 20. {aside}"
    )
    assert _en(text) == [("Zhou Lanfang", "surrendered")]


@pytest.mark.parametrize(
    ("noun", "method"),
    [("repatriation", "deported"), ("extradition", "extradited"), ("", "unknown")],
)
def test_a_removal_of_the_person_told_as_a_noun_tells_a_loose_returns_channel(
    noun: str, method: str
) -> None:
    """ "The repatriation of Qiu Ming marked …": where the return itself is told loosely (the
    return of …), the removal whose object the person is tells its channel."""
    opening = f"The {noun} of Qiu Ming marked" if noun else "Officials said it marked"
    text = (
        f"{opening} the first time a fugitive on the list has been brought back from Peru, "
        "the commission said. Qiu fled to Peru in 2009. The return of Qiu Ming to China is "
        "progress for both countries, a spokesman said."
    )
    assert _en(text) == [("Qiu Ming", method)]


def test_a_definite_former_post_tells_the_persons_channel_beside_a_trial_abroad() -> None:
    """ "The former official … was the first … to be repatriated": the sentence points back to
    the one just named, and its removal outranks a prison term served abroad before it."""
    text = (
        "A letter written by Ou Jianhua has been made public.\n"
        "The former county official was the first of the 100 most-wanted fugitives to be "
        "repatriated from Malaysia, on May 9, 2015.\n"
        "In 2013, he was sentenced to a year in prison by a Malaysian court."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-03-02"))
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("Ou Jianhua", "deported", "2015-05-09")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Lanfang was one of the 30 fugitives persuaded to return this year. She turned "
        "herself in on Feb 20.",
        "A former official accused of defrauding more than 200 people was persuaded to return "
        "from Canada. Zhou Lanfang, 52, turned herself in to police in Ningbo on Feb 20.",
    ],
)
def test_one_of_a_group_persuaded_or_a_lead_about_one_stays_persuaded(text: str) -> None:
    """ "one of the 30 fugitives persuaded": she is one of them; a lead about one person that
    counts the people she defrauded is no group's."""
    assert _en(text) == [("Zhou Lanfang", "persuaded")]


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (
            "The extradition of Qiu Ming was refused by a Swedish court in 2019. Qiu later "
            "returned to China and turned himself in.",
            "surrendered",
        ),
        (
            "The repatriation of Qiu Ming's assets was completed. Qiu Ming returned to China "
            "from Canada in May and surrendered.",
            "surrendered",
        ),
        (
            "Qiu Ming, who fled to Canada with help from the bureau's director, returned to "
            "China and surrendered in May. The former director was extradited from Canada.",
            "surrendered",
        ),
        (
            "Qiu Ming was sentenced to a year in prison by a Singaporean court in 2012. He "
            "came back to China and turned himself in in May 2015.",
            "surrendered",
        ),
    ],
)
def test_a_removal_not_done_or_anothers_gives_no_channel(text: str, method: str) -> None:
    """A removal refused, another's noun (X's assets), a former director who is someone else,
    and a prison term abroad before the return: the person's own channel stands."""
    assert _en(text) == [("Qiu Ming", method)]


def test_a_surname_in_capitals_and_in_prose_are_one_person() -> None:
    text = (
        "Red notice subject CHEN Gaoming fled to Canada in 2001. Chen Gaoming was escorted "
        "back to China on Feb 20."
    )
    assert _en(text) == [("Chen Gaoming", "captured")]


@pytest.mark.parametrize(
    "text",
    [
        # a removal wanted or asked for, not done
        "The consulate asked Lao police to arrest Ma Lin, a former bank clerk, and requested "
        "assistance to have him extradited to China for trial.",
        "Prosecutors in Hangzhou want Ma Lin extradited, but he remains in a Lao jail.",
        # a removal given as one of two things that may have happened
        "Ma Lin is the third case this year involving a Chinese activist either deported or "
        "disappearing from Laos.",
    ],
)
def test_a_removal_wanted_or_hedged_is_no_return(text: str) -> None:
    assert _cases_on(text, "2019-05-10") == []


def test_a_hedged_removal_leaves_the_channel_to_the_sentence_that_tells_it() -> None:
    text = (
        "Ma Lin was handed over to Chinese police at Vientiane airport on May 3. His is the "
        "third case this year involving a Chinese activist either extradited or disappearing "
        "from Laos."
    )
    assert [(n, m) for n, m, *_ in _cases_on(text, "2019-05-10")] == [("Ma Lin", "captured")]


def test_a_persuasion_that_failed_makes_no_persuaded_return() -> None:
    """劝返未果 tells a persuasion that failed: the return later told is not a persuaded one."""
    text = (
        "外逃人员孙德海潜逃后，办案机关曾多次试图劝返未果。"
        "5月3日，孙德海在乌干达被当地警方抓获，随后被押解回国。"
    )
    assert [(n, m) for n, m, *_ in _cases_on(text, "2019-05-10")] == [("孙德海", "captured")]


def test_caught_and_brought_back_home_is_a_capture_dated_by_its_own_clause() -> None:
    """被抓回国内 is a capture; a ranking (追逃落网第一人) tells no event and dates nothing."""
    text = (
        "追逃落网第一人——某市建设银行支行原行长邓宏伟，2003年5月即因涉嫌挪用公款被立案侦查，"
        "其在侦查期间潜逃出境。直到2016年9月邓宏伟被抓回国内，案件才得以继续审理。"
    )
    assert _cases_on(text, "2019-05-10") == [("邓宏伟", "captured", "2016-09", [])]


@pytest.mark.parametrize(
    "text",
    [
        "泰国法院暂时阻止将诈骗嫌犯邓宏伟引渡至中国。",
        "中方呼吁泰方尽快将嫌犯邓宏伟引渡回国。",
        "在警方试图将邓宏伟缉拿归案之前，他已逃离中国。",
        "据报道，有关人员曾扬言要把定居泰国的商人邓宏伟抓回国内。",
        "邓宏伟险些被抓回国内，后在泰国获得庇护。",
        "律师担心邓宏伟一旦被引渡回国，将面临重判。",
    ],
)
def test_a_removal_blocked_urged_attempted_or_feared_is_no_return(text: str) -> None:
    assert _cases_on(text, "2019-05-10") == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("首个劝返案例是某省财政厅原副厅长邓宏伟经劝说回国投案。", "某省财政厅原副厅长"),
        (
            "首个落网者——某市建设银行支行原行长邓宏伟于2016年9月在泰国被缉捕归案。",
            "某市建设银行支行原行长",
        ),
    ],
)
def test_a_post_before_the_name_starts_after_a_dash_or_a_copula(text: str, post: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.former_position) for r in records] == [("邓宏伟", post)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal, a failed persuasion or a ranking before the removal itself, in its clause
        ("5月3日，邓宏伟被加拿大移民部门驳回其难民申请后遣返回国。", ("邓宏伟", "deported")),
        ("邓宏伟在多次劝返未果后，被泰国警方抓获并遣返回国。", ("邓宏伟", "deported")),
        ("邓宏伟在多次劝返未果后被泰国警方抓获并遣返回国。", ("邓宏伟", "deported")),
        ("5月3日，全省追逃落网第一人、外逃人员邓宏伟被泰国警方遣返回国。", ("邓宏伟", "deported")),
        ("邓宏伟经遣返失败后，于5月3日再次被泰国遣返回国。", ("邓宏伟", "deported")),
    ],
)
def test_a_return_told_beside_a_failure_or_a_refusal_stands(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(n, m) for n, m, *_ in _cases_on(text, "2019-05-10")] == [expected]


def test_a_removal_it_took_years_to_achieve_is_done() -> None:
    text = (
        "It took Chinese prosecutors six years to have him extradited from Bulgaria. Lu Haoming, "
        "a former bank manager, arrived in Beijing on Thursday."
    )
    assert [(n, m) for n, m, *_ in _cases_on(text, "2019-05-10")] == [("Lu Haoming", "extradited")]


def test_a_single_dash_inside_an_employer_name_stays() -> None:
    text = "中国—东盟博览会秘书处原副秘书长邓宏伟于5月3日从泰国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.former_position) for r in records] == [
        ("邓宏伟", "中国—东盟博览会秘书处原副秘书长")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request granted, a plan kept, a near-simultaneity: returns that happened
        ("7月27日，马来西亚警方应中方请求将外逃人员邓宏伟遣返回国。", [("邓宏伟", "deported")]),
        ("工作组按计划将犯罪嫌疑人邓宏伟从柬埔寨顺利押解回国。", [("邓宏伟", "captured")]),
        (
            "邓宏伟与其妻孙丽几乎同时被泰国警方遣返回国。",
            [("邓宏伟", "deported")],
        ),
        # a failed business beside the persuasion is no failed persuasion
        (
            "在办案人员多次做其亲属工作及其投资失败的双重压力下，邓宏伟于10月从澳大利亚回国投案。",
            [("邓宏伟", "persuaded")],
        ),
        # a ranking that itself tells the return
        (
            "10月30日，今年第二名被遣返回国的“百名红通人员”邓宏伟抵达北京。",
            [("邓宏伟", "deported")],
        ),
    ],
)
def test_returns_beside_requests_plans_and_rankings_stand(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(n, m) for n, m, *_ in _cases_on(text, "2019-12-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "邓宏伟，在百名红通人员名单上排在第二位，出逃新加坡前做了周密准备，他的成功遣返很有典型意义。",
            [("邓宏伟", "deported")],
        ),
        ("邓宏伟外逃保加利亚多年，他的引渡为中保司法合作开了先例。", [("邓宏伟", "extradited")]),
        # an order, an application or a procedure of removal tells no return
        ("邓宏伟外逃加拿大多年，他的遣返申请仍在审理之中。", []),
    ],
)
def test_his_removal_told_as_a_noun_is_a_return(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n, m) for n, m, *_ in _cases_on(text, "2019-12-10")] == expected


@pytest.mark.parametrize(
    ("handed", "method"),
    [
        ("缅甸警方依法向我公安机关移交了刘正华、魏怀德等犯罪嫌疑人", "captured"),
        ("缅甸警方向我国警方移交了刘正华、魏怀德", "captured"),
        ("缅甸警方向我公安机关移交了刘正华、魏怀德的涉案资金", None),
        ("缅甸警方向我公安机关移交了被电诈团伙拘禁的受害人刘正华、魏怀德", None),
        ("缅方此前拒绝向我国警方移交刘正华、魏怀德", None),
        ("缅方表示将尽快向我公安机关移交刘正华、魏怀德", None),
        ("市纪委监委向我公安机关移交了刘正华、魏怀德的问题线索", None),
        ("缅甸警方将向我公安机关移交刘正华、魏怀德", None),
        ("缅甸警方计划下周向我公安机关移交刘正华、魏怀德", None),
        ("若缅甸警方向我公安机关移交了刘正华、魏怀德，将依法审查", None),
        ("缅甸警方向我公安机关移交了刘正华、魏怀德的作案工具和聊天记录", None),
    ],
)
def test_zh_a_host_hands_people_over_to_our_police(handed: str, method: str | None) -> None:
    """向我公安机关移交了…: the host's handover to "our" police, as the Ministry's notices word
    it, is the return of those handed over (as 向中方移交 is); money, evidence or leads handed
    over, victims, a refusal, a promise, or a handover between Chinese agencies are none."""
    records = _cases(f"2月1日，{handed}。")
    expected = (
        []
        if method is None
        else [
            ("刘正华", method, "2025-02-01", ["MM"]),
            ("魏怀德", method, "2025-02-01", ["MM"]),
        ]
    )
    assert records == expected


@pytest.mark.parametrize(
    ("caught", "found"),
    [
        ("公安机关在云南边境抓获魏怀德等9名重要犯罪嫌疑人", True),
        ("公安机关在云南边境成功抓获了魏怀德", False),
        ("魏怀德在云南边境准备出境时被抓获", False),
        ("老挝警方在老缅边境抓获魏怀德等3名犯罪嫌疑人", False),
        ("公安机关在云南边境抓获组织他人偷越国境的魏怀德等5名犯罪嫌疑人", False),
    ],
)
def test_zh_caught_at_the_border_told_actively(caught: str, found: bool) -> None:
    """公安机关在云南边境抓获…犯罪嫌疑人: a capture at the border told with the police as subject
    is method ``other`` (边境触网: counted officially, not an overseas return), as the passive
    在边境被抓获 is; one caught leaving is no return."""
    text = f"魏怀德长期藏匿在缅甸。2023年10月1日，{caught}。"
    expected = [("魏怀德", "other", "2023-10-01", ["MM"])] if found else []
    assert _cases(text) == expected
