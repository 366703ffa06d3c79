"""Patterns of foreign papers and wires reporting removals to China, and two Chinese ones, learned
from the labelled real articles of mirror_fresh10 (sentences written for these tests, none of a
real article): a list of names after a reporting verb, the object of a removal to China, a
surname given "as Mr X", a completed "managed to bring back", an urging that is a refusal
("urged X not to return"), a handover date told past the reporting verb, a report's own date
(6月28日报道), and 曾 (once) before a common verb."""

from __future__ import annotations

import pytest

from extract import Document, extract_cases
from extract.names_unlisted import english_titled_names
from extract.record import CaseRecord


def _cases(text: str, published: str = "2016-03-02") -> list[tuple[str, str, str | None]]:
    return [(r.name, r.method, r.return_date) for r in _records(text, published)]


def _records(text: str, published: str | None = "2019-06-14") -> list[CaseRecord]:
    return extract_cases(Document(id="t", text=text, published=published))


def _one(text: str, published: str | None = "2019-06-14") -> CaseRecord:
    """The text's one record (the unpacking fails where there is none or more than one)."""
    [record] = _records(text, published)
    return record


def test_names_listed_after_a_reporting_verb_are_the_returned_not_speakers() -> None:
    text = (
        "An activist in Bangkok, Li, said Gu Wenhao, Tian Jiasheng and two more Chinese "
        "nationals had been deported to China on Friday. All of them had fled to Thailand."
    )
    assert _cases(text) == [
        ("Gu Wenhao", "deported", "2016-02-26"),
        ("Tian Jiasheng", "deported", "2016-02-26"),
    ]


def test_the_object_of_a_removal_to_china_with_a_name_that_is_no_pinyin() -> None:
    text = (
        "Tajikistan said last week that it had extradited Abdurehim Tohti, 41, to China. "
        "He had lived in Tajikistan as a refugee since 2008."
    )
    assert _cases(text) == [("Abdurehim Tohti", "extradited", None)]


def test_two_names_that_are_no_pinyin_transferred_to_chinese_authorities() -> None:
    # a verb that moves people to the Chinese side tells two names that no surname list holds
    text = (
        "On May 4, Laos transferred Saw Htun Lin and Nan Kyaw Moe to Chinese authorities under "
        "a police cooperation deal. Both had run gambling parks since 2016."
    )
    assert _cases(text) == [
        ("Saw Htun Lin", "deported", "2015-05-04"),
        ("Nan Kyaw Moe", "deported", "2015-05-04"),
    ]


def test_an_announced_list_of_people_holds_names_that_are_no_pinyin() -> None:
    text = (
        "Police in northern Laos detained eight gambling bosses on Friday and handed them to the "
        "Chinese side. Among them are Wei Zhaolin, a former township head, Saw Kyaw Lin, Nan Htike Moe "
        "and Lu Guohua."
    )
    assert [name for name, _, _ in _cases(text, "2024-03-12")] == [
        "Wei Zhaolin",
        "Saw Kyaw Lin",
        "Nan Htike Moe",
        "Lu Guohua",
    ]


def test_an_announced_list_of_places_or_of_two_names_adds_no_name() -> None:
    places = (
        "Police in northern Laos detained eight gambling bosses on Friday and handed them to the "
        "Chinese side. Among them are people from Luang Namtha, Bokeo Province and Oudomxay Province."
    )
    assert _cases(places, "2024-03-12") == []


def test_a_surname_given_as_mr_x() -> None:
    text = (
        "Police said they had managed to bring back the man, identified only by his surname as "
        "Mr Feng, who had fled to New Zealand in 2011."
    )
    assert _cases(text) == [("Feng", "unknown", None)]


def test_an_urging_not_to_return_is_no_persuasion() -> None:
    text = (
        "Turkey has extradited Uyghur Ablet Kurban to China, officials said on Friday. Rights groups had "
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


@pytest.mark.parametrize(
    "text",
    [
        "Rights lawyer Xu Dongming was detained in Laos on Friday, and his family fear he may be "
        "deported to China.",
        "Rights lawyer Xu Dongming, who fled to Laos, was detained there on Friday. If Laos sends "
        "him back to China, he faces prison, his wife said.",
        "Activist Deng Lihua, who fled to Vietnam, is at risk of being repatriated to China.",
        "Zhao Ming, who fled to Thailand, is likely to be deported to China next week.",
        "Zhao Ming, who fled to Thailand, was scheduled to be deported on Friday, but the "
        "flight was cancelled.",
        "Zhao Ming, who fled to Thailand, narrowly escaped being deported to China last year.",
        "Human Rights Watch said Tang Jian faced the risk of being detained by Chinese police if "
        "Thailand deported him. He remains in a Bangkok immigration centre.",
    ],
)
def test_a_removal_possible_conditional_or_feared_is_no_return(text: str) -> None:
    assert _cases(text) == []


def test_a_minister_and_a_spokesman_named_by_surname_later_stay_officials() -> None:
    text = (
        "Turkey has extradited Uyghur Ablet Kurban to China. Foreign ministry spokesman Hua Ning "
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
    records = _records(text, "2016-03-02")
    assert [(r.name, r.alleged_crimes) for r in records] == [("Hou", ["illegal_fundraising"])]


def test_what_the_person_admitted_names_the_crimes() -> None:
    text = (
        "Canada deported Sun Jianguo to China last year. State media said last month that Sun "
        "had admitted smuggling and bribery."
    )
    records = _records(text, "2012-05-18")
    assert [(r.name, sorted(r.alleged_crimes)) for r in records] == [
        ("Sun Jianguo", ["bribery", "smuggling"])
    ]


# --- what a blind attack on the rules above found ------------------------------------------


def test_real_names_that_read_as_adverb_and_verb_stay_names() -> None:
    profile = (
        "曾解放，男，1956年出生，原某县财政局局长，涉嫌贪污罪，2010年外逃美国。"
        "2月1日，曾解放从美国回国投案。"
    )
    assert _cases(profile, "2023-03-24") == [("曾解放", "surrendered", "2023-02-01")]
    pair = "涉嫌贪污的犯罪嫌疑人于解放二人日前被从柬埔寨遣返回国。"
    assert [name for name, _, _ in _cases(pair, "2023-03-24")] == ["于解放"]


def test_an_adverb_and_verb_with_its_object_is_no_name() -> None:
    text = "潜逃泰国8年、曾受贿200万元的犯罪嫌疑人田某被从泰国遣返回国。"
    assert [name for name, _, _ in _cases(text, "2023-03-24")] == ["田某"]


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Lin fled to Canada in 2009. Officials said they have never managed to bring back "
        "Zhao Lin.",
        "Zhao Lin, who fled to Canada in 2009, remains at large. Investigators managed to bring "
        "back 30 million yuan of his assets from Canada last year.",
        "The embassy helped bring back the bodies of Zhao Lin and Wang Fang, two tourists killed "
        "in a boat accident in Thailand, on Friday.",
    ],
)
def test_bringing_back_money_bodies_or_nobody_is_no_return(text: str) -> None:
    assert _cases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan returned Giant Pandas to China on Friday.",
        "The court sent Huawei Technologies back to China, according to the filing.",
        "Egypt denied it had handed Abdulla Tursun over to the Chinese authorities.",
    ],
)
def test_a_thing_or_a_denied_handover_is_no_removed_person(text: str) -> None:
    assert _cases(text) == []


def test_a_removed_person_told_by_people_and_role() -> None:
    text = "Kyrgyzstan deported Uighur activist Ismail Kasim to China on Monday."
    assert _cases(text) == [("Ismail Kasim", "deported", "2016-02-29")]


@pytest.mark.parametrize(
    "post", ["a spokesman for the ministry.", "Deputy Director, Ministry of Public Security."]
)
def test_a_speaker_named_after_said_stays_a_speaker(post: str) -> None:
    # (a post after the comma, in words or in capitals, is no second name of a list)
    text = (
        "Zhao Lin, who fled to Canada in 2009, was deported to China on Monday, said Guo Ming, "
        + post
    )
    assert [name for name, _, _ in _cases(text)] == ["Zhao Lin"]


def test_an_officer_or_a_lawyer_named_by_surname_alone_is_no_returnee() -> None:
    officer = (
        "A police officer, identified only by his surname as Mr Liu, said the suspect Zhao Lin "
        "had been deported from Canada on Friday."
    )
    assert [name for name, _, _ in _cases(officer)] == ["Zhao Lin"]
    lawyer = (
        "The man's lawyer, identified only by his surname as Mr Deng, said his client was "
        "deported from Canada to China on Monday."
    )
    assert _cases(lawyer) == []


@pytest.mark.parametrize(
    "ending",
    [
        "his wife returned from Canada on May 3.",
        "talks on returning other fugitives will be held on June 2.",
        "he was deported from the United States to Canada on May 3, 2012.",
    ],
)
def test_another_event_after_adding_that_dates_nothing(ending: str) -> None:
    text = (
        "Zhao Lin, who fled to Canada, has been extradited to China, the official said, adding "
        "that " + ending
    )
    assert _cases(text, "2016-06-10") == [("Zhao Lin", "extradited", None)]


def test_another_persons_possible_handover_leaves_the_return_standing() -> None:
    text = (
        "Zhao Lin, who fled to Canada, has been extradited to China, the official said, adding "
        "that his partner was arrested in Toronto on May 3 and may be handed over later."
    )
    assert [(n, m) for n, m, _ in _cases(text, "2016-06-10")] == [("Zhao Lin", "extradited")]


def test_advice_never_to_return_is_no_persuasion() -> None:
    text = (
        "Zhao Lin, who fled to Canada in 2009, returned to China on Friday. His friends had "
        "advised him never to return."
    )
    assert [(n, m) for n, m, _ in _cases(text)] == [("Zhao Lin", "unknown")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("犯罪嫌疑人曾建设于2019年5月被从泰国遣返回国。", "曾建设"),
        ("犯罪嫌疑人曾胜利1998年出逃，2019年5月被从泰国遣返回国。", "曾胜利"),
        ("犯罪嫌疑人于解放于2019年5月从泰国回国投案。", "于解放"),
    ],
)
def test_a_name_reading_as_adverb_and_verb_before_a_year_or_yu(text: str, name: str) -> None:
    assert [n for n, _, _ in _cases(text, "2024-01-10")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Free-speech activist Deng Yuhang, who disappeared in Vientiane in June amid reports that "
        "Chinese police had arrested him, is now held at a detention center in Hunan province.",
        "Activist Deng Yuhang fled to Laos in 2022. Last month Chinese police detained him in "
        "Vientiane, and he is now held in Hunan.",
    ],
)
def test_an_arrest_abroad_by_chinese_police_is_a_capture(text: str) -> None:
    records = _records(text, "2023-07-20")
    assert [(r.name, r.method, r.fled_to) for r in records] == [("Deng Yuhang", "captured", ["LA"])]


def test_an_arrest_chinese_police_only_tried_is_none() -> None:
    text = (
        "Activist Deng Yuhang, who fled to Laos in 2022, said Chinese police had tried to arrest "
        "him in Vientiane last month."
    )
    assert _cases(text, "2023-07-20") == []


def test_a_suspect_named_by_surname_after_the_full_name_is_the_same_person() -> None:
    text = (
        "Zhou Lianfeng, 45, was deported to China on Feb. 18. Chinese police suspect Zhou of "
        "swindling 45 million yuan in 2015. He was flown from Kansai to Shenyang, where Chinese "
        "police detained him."
    )
    assert [n for n, _, _ in _cases(text, "2023-07-20")] == ["Zhou Lianfeng"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police detained Michael Kovrig in Beijing in December 2018, days after Canada "
        "arrested Huawei executive Meng Wanzhou.",
        "Zhou Lianfeng, who fled to Canada in 2014, has refused to return. Chinese police "
        "arrested Zhou's sister in Hangzhou in May, his lawyer said.",
        "Peng Yong fled to Canada in 2010. Canadian officials denied reports that Chinese police "
        "had arrested him in Toronto.",
        "Xu Bo, who lives in Vancouver, has never been arrested by Chinese police, his lawyer said.",
    ],
)
def test_arrests_of_others_denied_or_at_home_are_no_capture(text: str) -> None:
    assert _cases(text, "2023-07-20") == []


def test_a_new_person_named_by_surname_is_not_merged_into_an_earlier_full_name() -> None:
    text = (
        "Zhou Lianfeng, who fled to Canada in 2014, remains in Vancouver. A suspect surnamed Zhou "
        "was deported from Thailand on June 2, police said."
    )
    assert _cases(text, "2023-07-20") == [("Zhou", "deported", "2023-06-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Although rights groups warned he could be tortured, Zhao Ming was deported to China on "
        "Friday, Thai police said.",
        "Zhao Ming was deported from Malaysia on Friday, even though he could be sentenced to "
        "death.",
    ],
)
def test_a_concession_holding_could_leaves_the_return_standing(text: str) -> None:
    assert [(n, m) for n, m, _ in _cases(text, "2023-07-20")] == [("Zhao Ming", "deported")]


def test_a_name_given_by_known_as_after_a_word_for_a_person() -> None:
    """Learned on mirror_fresh13: a name of one word, given after an age or a people's name."""
    text = (
        "A Kazakh herder who had crossed into Kyrgyzstan was forcibly returned to China, a rights "
        "group said on Tuesday. The herder, a 34-year-old known as Serikbol, was handed over "
        "to Chinese border police at Irkeshtam."
    )
    assert [r.name for r in _records(text, None)] == ["Serikbol"]
    # the name of an operation or a place after "known as" is no person
    text = (
        "Wang Lijun, a former clerk, was repatriated from Laos on Monday under an operation known "
        "as Sky Net."
    )
    assert [r.name for r in _records(text, None)] == ["Wang Lijun"]


def test_one_of_a_group_sent_back_is_a_returnee() -> None:
    text = (
        "Gulnar Tursun, who is now 24, was among 11 Uyghurs who were sent back to China from "
        "Malaysia on May 3, 2016, her brother said."
    )
    assert _cases(text) == [("Gulnar Tursun", "deported", "2016-05-03")]


def test_a_one_word_name_set_off_by_what_the_person_is() -> None:
    text = (
        "Batbold, a herbal doctor from Ordos and the head of a small clinic, was deported to "
        "China by Mongolian police on June 4, 2012."
    )
    assert _cases(text) == [("Batbold", "deported", "2012-06-04")]
    # a body's name before the same words is none
    text = (
        "Altan Medical School, a clinic in Ordos, was seized by the police. Li Guoqiang was "
        "deported to China on June 4, 2012."
    )
    assert [name for name, _, _ in _cases(text)] == ["Li Guoqiang"]


@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        (
            "Police in Ghana have caught and repatriated a Chinese citizen, Xu Minghao, who was "
            "being sought over tax fraud worth about three million yuan.",
            ["tax_crime"],
        ),
        (
            "Xu Minghao, wanted over embezzlement, was repatriated from Ghana on Monday.",
            ["embezzlement"],
        ),
        # "sought over the years": a time, not what the person is sought for
        (
            "Zhang Lei, who fled to Canada, was deported to China on Tuesday. Beijing had sought "
            "over the years to have him returned, saying he was key to a bribery probe into his "
            "former boss.",
            [],
        ),
    ],
)
def test_crimes_a_person_is_sought_or_wanted_over(text: str, crimes: list[str]) -> None:
    assert _one(text, "2024-05-02").alleged_crimes == crimes


def test_issuing_vat_invoices_by_fraud_is_a_tax_crime_alone() -> None:
    text = (
        "Xu Minghao was extradited from Ghana on Monday. He is accused of issuing 30 special "
        "Value Added Tax invoices by fraud in 2018."
    )
    record = _one(text, "2024-05-02")
    assert record.alleged_crimes == ["tax_crime"]


def test_a_passive_verb_after_an_adverb_is_no_post() -> None:
    text = (
        "Xu Minghao was arrested in Accra. He was afterwards handed to officials of the Ministry "
        "of Public Security and flown back to China on Monday."
    )
    record = _one(text, "2024-05-02")
    assert record.former_position is None


def test_a_foreign_police_handover_to_a_provinces_police_is_a_return() -> None:
    text = (
        "据报道，中国籍男子邝德明今年3月持假护照入境老挝，被当地警方查获。4月9日，老挝警方"
        "把邝德明移交云南省普洱市公安机关。"
    )
    records = _records(text, "2019-05-02")
    assert [(r.name, r.method, r.return_date, r.fled_to) for r in records] == [
        ("邝德明", "captured", "2019-04-09", ["LA"])
    ]
    # at home, a handover between Chinese police is none, even where someone was abroad
    text = (
        "外逃人员邝德明日前从老挝回国投案。另据通报，民警在瑞安抓获嫌疑人陈国栋后，"
        "将其移交温州市公安局处理。"
    )
    records = _records(text, "2019-05-02")
    assert [r.name for r in records] == ["邝德明"]


@pytest.mark.parametrize(
    "text",
    [
        "Separately, a Uyghur man, Abdulla Tursun, was deported from Egypt to China on May 20, 2019.",
        "Uzbeks, a Turkic people, were deported from Kazakhstan to China in 2019.",
        "A Uyghur poet known as Xinjiang's boldest voice was deported from Turkey to China in May.",
    ],
)
def test_an_opening_adverb_a_people_or_a_place_is_no_one_word_name(text: str) -> None:
    """From a blind attack on the one-word name rules: none of these is a person's name."""
    names = [r.name for r in _records(text)]
    assert not {"Separately", "Uzbeks", "Xinjiang"} & set(names)


def test_a_religious_title_is_no_part_of_a_group_members_name() -> None:
    text = (
        "Imam Abdul Kerim, who is now 61, was among 20 Uyghurs who were sent back to China from "
        "Egypt on May 20, 2019."
    )
    assert _cases(text) == [("Abdul Kerim", "deported", "2019-05-20")]


@pytest.mark.parametrize(
    ("text", "returnee"),
    [
        # the kinship word before the name, the reporting verb after it
        (
            "Li Ming was deported from Turkey to China in June, her sister, Li Hua, told RFA.",
            "Li Ming",
        ),
        (
            "Zhou Yan, who fled to Thailand, was deported to China in 2015, according to his "
            "daughter, Zhou Hong.",
            "Zhou Yan",
        ),
        (
            "Qu Lan, whose husband is the cartoonist Tang Yuefeng, says Chinese agents abducted her "
            "husband in Bangkok and took him back to China on November 13.",
            "Tang Yuefeng",
        ),
    ],
)
def test_a_relative_who_tells_the_story_is_no_returnee(text: str, returnee: str) -> None:
    """A relative named after the kinship word who speaks: her sister, X, told; according to his
    daughter, X; X, whose husband is …, says."""
    assert [name for name, _, _ in _cases(text)] == [returnee]


def test_an_official_who_led_the_escort_named_after_said_stays_an_official() -> None:
    text = (
        "Xinhua said Zhao Lei, who headed the escort team, returned from Bulgaria with fugitive "
        "Wang Feng on May 5, 2019."
    )
    assert [name for name, _, _ in _cases(text)] == ["Wang Feng"]


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (
            "Fugitive Gao Wenjun has landed back in Beijing after a court in Australia cleared the "
            "way for his deportation.",
            "deported",
        ),
        (
            "Gao Wenjun was brought back to China on Friday, weeks after Spain approved her "
            "extradition.",
            "extradited",
        ),
        (
            "Gao Wenjun, who had fought his extradition for six years, was brought back to China "
            "on Friday.",
            "unknown",
        ),
        (
            "Gao Wenjun was brought back to China on Friday. Lawyers had hoped to block his "
            "deportation.",
            "unknown",
        ),
    ],
)
def test_a_loose_return_takes_the_channel_the_persons_removal_is_named_by(
    text: str, method: str
) -> None:
    record = _one(text)
    assert record.method == method


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Pressure on his family in Fujian forced Lin Haotian to come back from Canada in 2017, "
            "the NGO said.",
            ["Lin Haotian"],
        ),
        (
            "Lin Haotian, who had fled to Canada, was forced to return in 2017 after threats to "
            "his relatives.",
            ["Lin Haotian"],
        ),
        ("Lin Haotian, who fled to Canada in 2010, fears he could be forced to return.", []),
        ("Agents tried to force Lin Haotian to come back from Canada in 2017, but he refused.", []),
    ],
)
def test_a_person_forced_to_come_back_returned(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in _cases(text)] == names


@pytest.mark.parametrize(
    ("text", "method"),
    [
        (
            "Gao Wenjun, who fled in 2010, was ordered out of the United States and flown back to "
            "China on Tuesday.",
            "deported",
        ),
        (
            "Wu Dan, a fugitive extradited by Spain in 2015, was the first such case before Gao "
            "Wenjun was ordered out of Canada last week.",
            "deported",
        ),
    ],
)
def test_ordered_out_of_a_country_is_a_deportation(text: str, method: str) -> None:
    records = _records(text)
    assert {r.name: r.method for r in records}["Gao Wenjun"] == method


def test_a_possible_order_out_is_none() -> None:
    text = "Gao Wenjun, who fled to Canada in 2010, could be ordered out of Canada next year."
    assert _records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zhou Bin, a former deputy mayor who fled to Canada in 2014, was brought back to China on "
        "Tuesday, the CCDI said, announcing his expulsion from the Communist Party.",
        "Zhou Bin, who fled to Canada in 2014, was brought back to China on Tuesday, years after "
        "Ottawa rejected his extradition.",
        "Zhou Bin, who fled to Canada in 2014, was brought back to China on Tuesday, two months "
        "after his extradition hearing was postponed.",
    ],
)
def test_a_removal_noun_refused_pending_or_a_party_expulsion_tells_no_channel(text: str) -> None:
    """From a second blind attack: only a removal that took place names the channel."""
    record = _one(text)
    assert record.method == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Li Hua, a former cashier who fled to Canada, was forced to return the money she had "
        "embezzled, a court in Vancouver ruled in 2018.",
        "Wang Fang, who had gone to Australia to study, was forced to return to school in Sydney "
        "after the holidays.",
    ],
)
def test_forced_to_return_a_thing_or_to_a_place_abroad_is_no_return(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    "told",
    [
        "Human Rights Watch urged Thailand to let him seek asylum in a third country such as "
        "Canada.",
        "He would have applied for asylum in Canada had he reached Vancouver.",
        "He was sent back before he could apply for asylum in Canada.",
    ],
)
def test_asylum_only_hoped_for_or_prevented_places_nobody(told: str) -> None:
    text = f"Gao Yang, who fled to Thailand in 2012, was deported to China in 2018. {told}"
    record = _one(text)
    assert record.fled_to == ["TH"]


@pytest.mark.parametrize(
    "text",
    [
        "2018年5月12日，企图逃往缅甸的犯罪嫌疑人邝某某被云南省公安厅抓获后移交浙江省温州市公安局。",
        "邝某某逃往泰国后被抓获。2018年5月12日，泰国警方将邝某某的涉案资金移交浙江省公安厅。",
        "2018年5月12日，缅甸警方拒绝将犯罪嫌疑人邝某某移交云南省西双版纳州公安机关。",
    ],
)
def test_a_handover_at_home_of_money_or_refused_is_no_return(text: str) -> None:
    assert _records(text, None) == []


def test_zui_zhong_jiang_is_finally_took_not_will_in_the_end() -> None:
    text = "2018年5月12日，工作组奔波近万公里，最终将外逃人员邝某某从斐济押解回国。"
    record = _one(text)
    assert (record.name, record.return_date) == ("邝某某", "2018-05-12")


@pytest.mark.parametrize(
    "text",
    [
        "Without a treaty, China finds it hard to get fugitives such as Gao Lanying, a former vice "
        "mayor who fled to the United States in 2003, extradited.",
        "For years Beijing struggled to have Gao Lanying, who fled to Canada in 2003, sent back.",
    ],
)
def test_a_removal_a_state_finds_hard_to_get_is_none(text: str) -> None:
    assert _records(text) == []


def test_others_named_as_examples_who_live_openly_abroad_are_not_the_one_who_returned() -> None:
    text = (
        "Beijing says 40 of the 100 have been returned.\n\nA third man on the list flew back to "
        "China from Canada of his own accord.\n\nOfficials said many of the other suspects on "
        "the list, such as Ontario restaurateur Hou Jianmin, live openly as legal residents."
    )
    assert _cases(text) == []


@pytest.mark.parametrize(
    ("subject", "found"),
    [
        ("The three were", True),
        ("The four suspects were", True),
        ("Three people were", False),
        # a nameless group told of just before is "the three"
        ("Three other activists were detained in Vietnam in March.\n\nThe three were", False),
    ],
)
def test_a_definite_number_points_back_to_the_people_told_of(subject: str, found: bool) -> None:
    """ "The three were deported …" in a paragraph of its own: the number with "the" is the
    group just told of (as "they" is), never a head count of others; "that same day" is the
    day named last."""
    text = (
        "Dorjsuren, a herder from Inner Mongolia who ran a grassland rights group, was seized "
        "outside a hotel in Ulaanbaatar, Mongolia, on April 11, 2012, while he was waiting "
        "for a visa.\n\n"
        "The arrest was made by Mongolian police together with officers sent from China.\n\n"
        f"{subject} deported back to Hohhot that same day, with no chance to appeal.\n\n"
        "Rights groups in New York condemned the removal."
    )
    expected = [("Dorjsuren", "deported", "2012-04-11")] if found else []
    assert _cases(text, "2012-04-20") == expected


@pytest.mark.parametrize(
    ("verb", "found"),
    [("was to be deported", False), ("was expected to be deported", False), ("was deported", True)],
)
def test_a_removal_planned_in_the_past_tense_is_no_return(verb: str, found: bool) -> None:
    """ "X was to be deported on Friday": what was planned when the paper wrote, not done."""
    text = (
        "Zhong Jiapeng, wanted in China over a timber smuggling ring, fled to Canada in 2001. "
        f"The Vancouver Sun reported last week that Zhong {verb} to China on Friday after "
        "a final review of his case."
    )
    expected = [("Zhong Jiapeng", "deported", "2016-02-26")] if found else []
    assert _cases(text) == expected


def test_a_relative_who_speaks_again_by_name_stays_on_the_side() -> None:
    """ "Hu Yan, whose husband is …, says …" then "According to Hu, …" and "Hu told …": a
    mention only as the one speaking does not make the relative the person the story is about."""
    text = (
        "Hu Yan, whose husband is the blogger Mei Zhiyuan, says plain-clothes officers "
        "seized him at a guesthouse in Vientiane on May 2.\n\n"
        "According to Hu, the officers told him he would be free to go to Germany.\n\n"
        "“He did not know what he was signing,” Hu told reporters. “We learned afterward "
        "that what he had signed was consent to be deported back to China.”\n\n"
        "Mei Zhiyuan had fled to Laos in 2015."
    )
    assert _cases(text, "2018-05-20") == [("Mei Zhiyuan", "deported", None)]


def test_how_a_group_came_back_is_not_how_its_member_did() -> None:
    """ "… were two of many suspects who had fled and were later caught and sent back": the
    relative clause is the group's; the person's own escort and arrest abroad tell theirs. An
    urging "to come back and give themselves up" tells no surrender."""
    text = (
        "A timber trader surnamed Hou, who fled to Laos in March with his partner, surnamed "
        "Gan, was escorted back to Kunming under guard on Monday.\n\n"
        "Lao police detained the two on June 2 at the request of Yunnan police.\n\n"
        "A provincial police official said Hou and Gan were only two of many suspects who had "
        "fled overseas and were later caught and sent back to China.\n\n"
        "He urged economic-crime suspects who have fled to come back and give themselves up."
    )
    assert _cases(text, "2016-06-22") == [
        ("Hou", "captured", "2016-06-20"),
        ("Gan", "captured", "2016-06-20"),
    ]


@pytest.mark.parametrize(
    ("subject", "names"),
    [
        (
            "Gulnar Tursun, her husband Ablet Omer and their son Erkin Ablet were",
            ["Gulnar Tursun", "Ablet Omer", "Erkin Ablet"],
        ),
        (
            "Pema Dorje, Sonam Tsering and Karma Wangdu were",
            ["Pema Dorje", "Sonam Tsering", "Karma Wangdu"],
        ),
        # a clause, not a list: the one whose lawyers spoke is no one removed; the pair the
        # lawyers name as the subject of the removal both are
        (
            "Lawyers for Gulnar Tursun said Ablet Omer and Erkin Ablet were",
            ["Ablet Omer", "Erkin Ablet"],
        ),
    ],
)
def test_every_name_of_a_subject_that_lists_people_is_removed(
    subject: str, names: list[str]
) -> None:
    """ "A, her husband B and their son C were deported": each listed name, with only what they
    are to each other between them, is a person removed (not only the one before the verb)."""
    text = f"{subject} deported to China from Egypt on July 6, 2017, a relative said."
    assert [name for name, _, _ in _cases(text, "2017-07-20")] == names


def test_a_removal_once_planned_vetoes_only_itself() -> None:
    """ "who was due to be extradited …, was instead deported": the plan is irrealis, the
    removal told beside it in the same sentence stands."""
    text = "Wang Jiashu, who was due to be extradited to China, was instead deported from Laos on April 2."
    assert _cases(text, "2019-06-14") == [("Wang Jiashu", "deported", "2019-04-02")]


def test_the_number_points_back_to_no_more_people_than_it_counts() -> None:
    text = (
        "Wang Jiashu, Li Mingxuan, Zhang Huaqing and Zhou Binbin fled to Laos in 2016.\n\n"
        "The arrest was made by Lao police.\n\n"
        "The three were deported to China on April 2."
    )
    assert _cases(text, "2019-06-14") == []


@pytest.mark.parametrize(
    "subject",
    ["Li Mingtao, whose wife Hu Yanli lives in Vancouver,", "Li Mingtao, husband of Hu Yanli,"],
)
def test_a_relative_named_inside_the_returnees_clause_is_no_case(subject: str) -> None:
    text = f"{subject} was deported from Thailand on March 3."
    assert _cases(text, "2019-06-14") == [("Li Mingtao", "deported", "2019-03-03")]


def test_the_removal_of_others_in_a_whose_clause_is_not_the_persons_method() -> None:
    text = (
        "Wang Jiashu, whose accomplices were deported from Thailand in 2017, returned from "
        "Canada on March 3, 2019 and turned himself in."
    )
    assert [(r.name, r.method) for r in _records(text)] == [("Wang Jiashu", "surrendered")]


def test_a_relative_whose_own_removal_the_clause_tells_is_the_returnee() -> None:
    """ "Hu Yan, whose husband Li Mingtao was deported …, told reporters": the relative clause is
    his removal, so he is the case (and the speaker is not)."""
    text = (
        "Hu Yanli, whose husband Li Mingtao was deported from Canada in 2019, told reporters "
        "she had not heard from him."
    )
    assert _cases(text, "2019-06-14") == [("Li Mingtao", "deported", "2019")]


@pytest.mark.parametrize("verb", ["had tried to persuade", "failed to persuade"])
def test_a_persuasion_only_tried_is_no_channel(verb: str) -> None:
    text = f"Li Mingtao was deported from Canada in May 2019. Officials {verb} him to return."
    assert _cases(text, "2019-06-14") == [("Li Mingtao", "deported", "2019-05")]


def test_a_name_told_by_the_age_beside_it_is_a_person() -> None:
    """A name no surname list holds, known as a person's by its age in apposition; the removal
    told of "the man" after it is that person's."""
    text = (
        "Police in Kathmandu searched a guest house on Friday and found Dawa Tsering, 31. "
        "Immigration officers drove the man to the Tatopani crossing and deported him to China "
        "on Sunday, an officer said."
    )
    assert _cases(text, "2012-03-20") == [("Dawa Tsering", "deported", "2012-03-18")]
    # the age may be given as "aged", after an alias in brackets
    text = (
        "Memet Ablikim (also called Alim), aged 41, was deported from Kazakhstan to China on "
        "3 April 2011."
    )
    assert _cases(text) == [("Memet Ablikim", "deported", "2011-04-03")]


@pytest.mark.parametrize(
    "text",
    [
        # a surname with an age points back to the full name, adding nobody
        "Gao Lin, a former bank clerk, was extradited from Canada on Monday. Gao, 54, fled in 2012.",
        # a date, a place or a body with a number after it is no name
        "Gao Lin was extradited from Canada on Monday, June 4, 2012. Article 12, 3, applies.",
        "Gao Lin was extradited from Canada on Monday. Toronto, 15, and Vancouver, 9, reported cases.",
    ],
)
def test_words_beside_a_number_that_are_no_name(text: str) -> None:
    assert [r.name for r in _records(text)] == ["Gao Lin"]


def test_members_of_a_group_named_later_are_the_groups_returnees() -> None:
    """A group's removal told without names, and its members named a few sentences on."""
    text = (
        "Six Kazakhs who had crossed into Kyrgyzstan were sent back to China on Tuesday. "
        "The border guards said the group had no papers. A rights group in Bishkek protested. "
        "It said they faced prison. The six were named by the group as Nurlan Serik, 33; "
        "Aidos Bek, 29; and Zhanar, 24."
    )
    assert _cases(text, "2017-08-10") == [
        ("Nurlan Serik", "deported", "2017-08-08"),
        ("Aidos Bek", "deported", "2017-08-08"),
        ("Zhanar", "deported", "2017-08-08"),
    ]
    # a sentence that names people without naming them as the group's members is no list of them
    text = (
        "Six Kazakhs who had crossed into Kyrgyzstan were sent back to China on Tuesday. "
        "A rights group in Bishkek protested. Its head, Erlan Sadyk, 52, said they faced prison."
    )
    assert _cases(text, "2017-08-10") == []


def test_a_later_word_of_a_name_with_an_age_points_back_to_the_name() -> None:
    text = (
        "Imam Abdulla Rozi had studied in Cairo since 2012. "
        "Rozi, 38, was deported from Egypt to China on 5 July 2017."
    )
    assert _cases(text) == [("Abdulla Rozi", "deported", "2017-07-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Chen Hao, who fled to Kenya in 2019, was caught when he applied for a US visa and was "
        "extradited to China on Monday.",
        "外逃肯尼亚的陈浩在办理美国签证时被当地警方抓获，日前被引渡回国。",
    ],
)
def test_the_country_of_a_visa_is_no_country_fled_to(text: str) -> None:
    assert _one(text).fled_to == ["KE"]


def test_a_name_known_once_is_known_at_every_mention() -> None:
    """A name that is no pinyin, known by the age beside it, is the same person where it comes
    again without one: the crime told of both there is each one's."""
    text = (
        "Tang Ming, 27, and Ngai Kin Wah, 29, were deported from Cambodia to China on Monday. "
        "Both Tang Ming and Ngai Kin Wah had been held in Phnom Penh as suspects in a kidnapping."
    )
    assert [(r.name, r.alleged_crimes) for r in _records(text)] == [
        ("Tang Ming", ["other"]),
        ("Ngai Kin Wah", ["other"]),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Egypt had extradited two Uyghurs to China in 2016.",
        "Egypt has never before extradited a Uyghur to China.",
    ],
)
def test_a_removal_of_others_in_the_opening_is_not_the_persons(second: str) -> None:
    """An opening paragraph's nameless sentence about a group or anyone at all lends its
    method to nobody told of before it."""
    text = f"Zhang Wei was deported to China from Egypt on 10 July 2018. {second}"
    assert _cases(text) == [("Zhang Wei", "deported", "2018-07-10")]


def test_the_object_of_a_verb_that_removes_only_people_is_a_person() -> None:
    text = (
        "Zhang Wei was deported to China from Egypt on 10 July 2018. Egypt extradited Ahmet "
        "Tursun to China in 2016."
    )
    assert _cases(text) == [
        ("Zhang Wei", "deported", "2018-07-10"),
        ("Ahmet Tursun", "extradited", "2016"),
    ]


def test_a_student_deported_is_no_talent_coming_home() -> None:
    text = "Uyghur student Yusupjan Kerim was deported from Egypt to China on 10 July 2017."
    assert _cases(text) == [("Yusupjan Kerim", "deported", "2017-07-10")]
    # a scientist coming home to work is still none
    text = "Physicist Zhang Wei returned to China from the United States in 2017 to join a lab."
    assert _cases(text) == []


def test_a_full_name_set_off_by_what_the_person_is_is_a_person() -> None:
    """A name that is no pinyin, set off by a word for what the person is, and the removal told
    of "he" in the next sentence."""
    text = (
        "Campaigners cited the case of Memet Tohti, a Uyghur poet who fled to Turkey in 2009. "
        "He was deported to China from Turkey in 2016."
    )
    assert _cases(text) == [("Memet Tohti", "deported", "2016")]
    # a spokeswoman set off by her office is no such person
    text = (
        "Li Ming was deported to China from Turkey in 2016, said Ayla Demir, a spokeswoman "
        "for the ministry."
    )
    assert [name for name, _, _ in _cases(text)] == ["Li Ming"]


@pytest.mark.parametrize(
    "text",
    [
        "In May 2016, Thai police detained a group of Uyghur men in Bangkok. Erkin Tursun, "
        "a 30-year-old trader among them, was deported to China on May 20.",
        "2016年5月，泰国警方在曼谷拘留了一批中国籍男子。5月20日，外逃泰国的嫌疑人许立平被遣返回国。",
    ],
)
def test_a_yearless_day_of_the_month_just_named_is_in_that_year(text: str) -> None:
    """On a page published years later, a day of the month the sentence before named with its
    year is in that year, not the publication's."""
    [record] = _records(text, "2021-02-04")
    assert record.return_date == "2016-05-20"


def test_a_returnee_who_helped_gangsters_abduct_someone_is_not_abducted() -> None:
    text = (
        "Dorj Bat, a herder, fled to Mongolia in 2016. Police say he helped gangsters abduct "
        "a businessman in Ulaanbaatar in 2018."
    )
    assert _records(text, "2020-03-01") == []


@pytest.mark.parametrize(
    "text",
    [
        # victims listed after the return
        "Thai police deported a Chinese man accused of running a phone scam to China on "
        "Tuesday. Among the victims were Nattaya Srisuk, 34, and Kanya Boonmee, 29.",
        # others named "as" after a group's removal
        "Eighteen Tibetans were sent back to China by Nepal in June. The Nepalese officers who "
        "escorted them were named as Ram Shrestha, 44, and Hari Gurung, 51.",
        # a speaker set off by a role, after a nameless return
        "Kyrgyz police deported a Uyghur man to China in May. Memet Emin, 61, his neighbour in "
        "Bishkek, said he had done nothing wrong.",
        # a hotel or a street with a number after it
        "Thai police said the man was arrested at the Grand Palace Hotel, 24, Sukhumvit Road, "
        "and later deported to China.",
        # the source of a report
        "Thailand deported 109 Uyghurs to China in July 2015, according to a report by Sophie "
        "Richardson, 50, of Human Rights Watch.",
    ],
)
def test_names_beside_a_return_that_are_not_the_returned(text: str) -> None:
    """From a blind attack on the English name mechanisms: none of these names a returnee."""
    assert _records(text) == []


def test_a_group_named_as_its_members_in_plain_names() -> None:
    text = (
        "Three Chinese fugitives were deported from Cambodia to China on Tuesday.\n"
        "They were named as Wang Lei, Zhang Hua and Liu Yang."
    )
    assert [name for name, _, _ in _cases(text, "2019-05-10")] == [
        "Wang Lei",
        "Zhang Hua",
        "Liu Yang",
    ]


def test_others_removed_lend_nothing_to_one_who_surrendered() -> None:
    text = (
        "Ahmet Yusuf, a Uyghur businessman, surrendered to Chinese police in Urumqi on March 2 "
        "after returning from Dubai. Other activists were deported from Dubai in 2018."
    )
    assert [(r.method, r.return_date) for r in _records(text)] == [("surrendered", "2019-03-02")]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Gao Ping was deported to China on Friday after overstaying his Thai visa.", ["TH"]),
        ("赵某某2015年持泰国签证出境外逃，4月2日被遣返回国。", ["TH"]),
    ],
)
def test_the_country_of_a_visa_held_is_where_the_person_was(
    text: str, countries: list[str]
) -> None:
    assert _one(text).fled_to == countries


def test_a_cantonese_given_name_joined_by_a_hyphen() -> None:
    text = "Wong Kwok-keung, 58, was deported from Thailand to China on Monday."
    assert _cases(text, "2019-05-10") == [("Wong Kwok-keung", "deported", "2019-05-06")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("李某，男，1965年5月出生，原某县财政局局长。5月3日，李某从新西兰回国投案。", "2019-05-03"),
        (
            "2016年4月，国际刑警组织对唐某发布红色通缉令。4月30日，唐某从柬埔寨被遣返回国。",
            "2019-04-30",
        ),
        ("2012年5月，何某外逃至新加坡。5月8日，何某从新加坡回国投案。", "2019-05-08"),
        ("In May 2010, Gu Jun fled to Canada. He was extradited to China on May 8.", "2019-05-08"),
        (
            "A red notice for Ma Jun was issued in May 2015. Ma was extradited on May 8.",
            "2019-05-08",
        ),
        # a crime, an appointment: no arrest or return in that sentence
        (
            "2015年5月，王某某在担任出纳期间挪用公款300万元。5月8日，王某某从柬埔寨被遣返回国。",
            "2019-05-08",
        ),
        (
            "In May 2016, Zhao Dexin was appointed director. On May 5, he returned from Peru and "
            "surrendered.",
            "2019-05-05",
        ),
    ],
)
def test_a_month_of_the_background_lends_no_year_to_the_return(text: str, day: str) -> None:
    """A birth, a flight or a red notice in the month of the return dates nothing of it."""
    [record] = _records(text, "2019-05-10")
    assert record.return_date == day


def test_a_listed_family_is_people_whatever_their_verb() -> None:
    """A subject listing two names with the kinship between them is a list of people, whatever
    verb follows; the nameless removal told just before is theirs."""
    text = (
        "At least three Uyghurs were deported from Turkey to China last month, sources said. "
        "Gulnara Kadir and her two small daughters, Aysel Omer and Dilnur Omer, were flown from "
        "Istanbul to Dushanbe first."
    )
    assert [name for name, _, _ in _cases(text, "2019-07-10")] == [
        "Gulnara Kadir",
        "Aysel Omer",
        "Dilnur Omer",
    ]
    # two names with no kinship word and a verb of no removal are no list of people
    text = (
        "At least three Uyghurs were deported from Turkey to China last month, sources said. "
        "Istanbul Airport and Ankara Station were closed for a day."
    )
    assert _cases(text, "2019-07-10") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "His lawyer, Maria Gonzalez, 44, said he was deported to China on Monday. The man, "
            "surnamed Lin, had lived in Madrid since 2014.",
            "Lin",
        ),
        (
            "The police chief, Somchai Prasert, 55, said the man was handed over to Chinese "
            "officers. The suspect, surnamed Guo, had fled to Thailand in 2016.",
            "Guo",
        ),
        (
            "A spokesman for the immigration bureau, Pol. Col. Surachate Hakparn, 49, said the "
            "suspect was deported on Monday. The suspect, Chen Long, fled to Thailand in 2017.",
            "Chen Long",
        ),
        (
            "Saudi police detained Aimidoula Waili, 53, in 2020. According to his daughter, Nurgul "
            "Waili, 22, he was deported to China in March 2022.",
            "Aimidoula Waili",
        ),
    ],
)
def test_a_speaker_in_a_role_is_not_the_returnee(text: str, name: str) -> None:
    """From the second blind attack: a lawyer, an officer, a relative quoted by name."""
    assert [r.name for r in _records(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Guo Tian, a Uyghur student, told reporters that his friend had been sent back.",
        "Nursultan Baikov, aged 35, a Kazakh official, said the two Chinese men were handed over "
        "to China.",
        "Phil Lee, 55, deputy director at a rights group, said Thailand had deported Uyghurs to "
        "China.",
        "Hasan Imin, 44, a Uyghur poet, lives in exile in Norway. In 2017, Saudi Arabia deported "
        "his brother to China.",
        "A Turkish court on Monday ordered that Yusuf Tohti be extradited to China. Tohti, 41, "
        "plans to appeal.",
        "A Uyghur man was deported from the UAE last month. Separately, Abdurehim Gheni, 46, a "
        "Uyghur activist, protested outside the Chinese embassy.",
        "Zhang Wei, a materials scientist at Stanford, was persuaded by a recruiter to return to "
        "China in 2018 to lead a new laboratory in Shenzhen.",
        "Kazakh lawmaker Aigerim Tazhi, 50, asked why a Kazakh man was deported to China.",
        "In her memoir, Sayragul Sauytbay, 42, describes how Kazakh neighbours were sent back to "
        "China.",
        "Sihanoukville governor Kuoch Chamroeun, 51, said the deported Chinese suspects were "
        "flown to Shanghai on Monday.",
    ],
)
def test_a_report_of_another_or_no_removal_names_no_returnee(text: str) -> None:
    """From the second blind attack: speakers telling of others, a relative's removal, a court
    order, another story, talent recruited."""
    assert _records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police on Tuesday deported Zhang Bin, a fraud suspect, from Laos back to China.",
        "The Chinese authorities deported Zheng Hui from the Philippines last week.",
    ],
)
def test_chinese_police_deporting_someone_from_abroad_is_a_return(text: str) -> None:
    assert [r.method for r in _records(text)] == ["deported"]


def test_plain_names_named_as_a_groups_members() -> None:
    text = (
        "Five Uyghurs were deported from Thailand in 2015. They were named as Ahmet Tursun, "
        "Memet Yusuf and Abdukadir Nur."
    )
    assert [name for name, _, _ in _cases(text)] == ["Ahmet Tursun", "Memet Yusuf", "Abdukadir Nur"]


def test_a_year_earlier_counts_from_the_year_just_named() -> None:
    text = (
        "In 2016 an activist was expelled from China. A year earlier, bookseller Li Hua was "
        "abducted in Thailand and taken to China."
    )
    assert [(r.name, r.return_date) for r in _records(text, "2020-12-03")] == [("Li Hua", "2015")]


@pytest.mark.parametrize(
    ("text", "methods"),
    [
        (
            "4月2日，在柬埔寨警方协助下，温州警方抓获潜逃柬埔寨四年的诈骗犯罪嫌疑人韩某。",
            ["captured"],
        ),
        # the police of a Chinese city assisting: an arrest at home, no return
        ("4月2日，在深圳警方协助下，株洲警方将潜逃多年的诈骗犯罪嫌疑人韩某抓获。", []),
    ],
)
def test_an_arrest_with_a_foreign_polices_help_is_a_capture(text: str, methods: list[str]) -> None:
    assert [r.method for r in _records(text, "2019-05-10")] == methods


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wang Lei, 55, said his wife had persuaded him to return from Canada, where he fled in "
            "2010. He surrendered to prosecutors on May 2.",
            "Wang Lei",
        ),
        (
            "Peng Li, 44, who was deported from Cambodia on April 27, said the police had treated "
            "him well.",
            "Peng Li",
        ),
        (
            "Huo Jian, a former director of a land bureau, told the court that he had been "
            "persuaded to return from the United States in March 2018.",
            "Huo Jian",
        ),
        (
            "Cao Yu, a former bank teller, said her son had begged her to come home. She returned "
            "from Australia on April 3 and turned herself in.",
            "Cao Yu",
        ),
        (
            "A fugitive accused of embezzlement was extradited from Bulgaria on Tuesday. Li Ming, a "
            "former bank manager, told the court that the money had been spent on property.",
            "Li Ming",
        ),
        (
            "Chinese police deported Xu Kai, who had been arrested in Bangkok, to Beijing on May 3.",
            "Xu Kai",
        ),
        (
            "Former police chief Bai Jun, 60, said he had been deported from the United States on "
            "May 4 after losing an asylum appeal.",
            "Bai Jun",
        ),
    ],
)
def test_a_returnee_who_speaks_is_still_the_returnee(text: str, name: str) -> None:
    """From the third blind attack: the speaker rules leave a returnee who speaks alone."""
    assert [r.name for r in _records(text)] == [name]


def test_the_speaker_of_a_cousins_deportation_is_not_deported() -> None:
    text = (
        "Omer Kanat, 54, said his cousin, Abduweli Kanat, was deported from Dubai to China in 2018."
    )
    assert "Omer Kanat" not in [r.name for r in _records(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nepal deported a Tibetan man named Dawa Tsering to China on Monday, rights groups said.",
            ["Dawa Tsering"],
        ),
        (
            "Kazakhstan deported ethnic Kazakh Serikzhan Bilash to China in 2019, his lawyer said.",
            ["Serikzhan Bilash"],
        ),
        (
            "Turkish police detained Ablikim Memet in Istanbul in March and deported him to China on "
            "April 20, 2019.",
            ["Ablikim Memet"],
        ),
        (
            "Egypt deported Uyghur students Abdulla Rozi and Memet Ali to China in July 2017.",
            ["Abdulla Rozi", "Memet Ali"],
        ),
    ],
)
def test_more_ways_english_reports_give_names_that_are_no_pinyin(
    text: str, names: list[str]
) -> None:
    """A man "named" X, an ethnic people before the removed one's name, a pair of them, and the
    one a foreign police detained before the removal told of "him"."""
    assert [r.name for r in _records(text)] == names


def test_a_name_set_off_by_a_former_post_is_a_person() -> None:
    text = (
        "A former executive of a state-owned coal company who fled six years ago was extradited "
        "from Kazakhstan last Friday, the commission said. Ablimit Rozi, former deputy general "
        "manager of a mining group in Changji, is suspected of taking bribes."
    )
    assert [r.name for r in _records(text)] == ["Ablimit Rozi"]
    # a body set off by the same words is none
    text = (
        "A former executive who fled six years ago was extradited from Kazakhstan last Friday, "
        "said the Central Commission for Discipline Inspection, former employer of many of them."
    )
    assert _records(text) == []


def test_a_one_word_name_after_a_courtesy_title() -> None:
    text = (
        "Mongolian police arrested the writer Mr.Batmunkh in Ulaanbaatar. His wife Ms.Oyunchimeg "
        "and their son were arrested as well. The three were deported back to Inner Mongolia, "
        "China, on October 2, 2010."
    )
    assert "Oyunchimeg" in [r.name for r in _records(text)]
    # a Chinese surname after Mr is no such one-word name (names_en reads it as a surname alone)
    # nor an official after the office's title
    text = "Mr. Zhang and Ms.Oyunchimeg were deported, Justice Minister Ms Carter said."
    assert [text[a:b] for a, b in english_titled_names(text, 0, len(text))] == ["Oyunchimeg"]


def test_the_one_named_as_after_a_list_of_names() -> None:
    """The issue's "named the woman as …": a list named as the group's, then "and the woman, 22,
    as X" in the same sentence."""
    text = (
        "Three Tibetans were handed back to China by Nepal in early June 2010. The monks were "
        "named as Tashi, 20, and Lobsang, 21, and the woman, 22, as Yangzom."
    )
    assert "Yangzom" in [r.name for r in _records(text)]
    assert _cases(text) == [
        ("Tashi", "deported", "2010-06"),
        ("Lobsang", "deported", "2010-06"),
        ("Yangzom", "deported", "2010-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A second suspect, Kevin Zhou, also known as Zhou Jianping, returned to China in "
            "2019 to face fraud charges.",
            [("Zhou Jianping", "unknown", "2019")],
        ),
        (
            "One man, Bill Shen, also known as Qiao Yongming, was persuaded to return from the "
            "United States in 2018.",
            [("Qiao Yongming", "persuaded", "2018")],
        ),
        # a pinyin name first: the other name after "aka" is the same person's short one
        (
            "Ke Zhengrong (aka Ke Rong) was repatriated from Canada on May 2.",
            [("Ke Zhengrong", "deported", "2019-05-02")],
        ),
    ],
)
def test_a_name_taken_abroad_gives_way_to_the_chinese_name_given_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.method, r.return_date) for r in records] == expected


def test_a_speaker_given_a_second_name_is_no_returnee() -> None:
    text = (
        "Michael Chan, also known as Chen Jianguo, said his cousin had been deported from the US "
        "on Aug 3, 2018."
    )
    assert extract_cases(Document(id="t", text=text, published="2019-05-10")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Cantonese name set off by a former post, itself described ("Hong Kong-born")
        (
            "Kwan Man-kit, a Hong Kong-born former manager at a Shenzhen logistics company, gave "
            "himself up in March after returning from Canada.",
            [("Kwan Man-kit", "surrendered", ["CA"])],
        ),
        # a country the person only hoped to reach is no country of flight
        (
            "Yu Jianbin fled to Vietnam in June, hoping to reach Thailand, and was deported in "
            "July.",
            [("Yu Jianbin", "deported", ["VN"])],
        ),
    ],
)
def test_cantonese_names_by_a_post_and_countries_only_hoped_for(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-08-01"))
    assert [(r.name, r.method, r.fled_to) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "method"),
    [
        # the host state's officers as the agent of a return told loosely: a deportation
        (
            "Zhang Lihua, a former bank clerk wanted for embezzlement, was put on a flight to "
            "Shanghai on Monday by Australian immigration officers, police said.",
            "deported",
        ),
        (
            "Qin Hao, who fled to Kyrgyzstan in 2012, returned to China on Monday escorted by "
            "Kyrgyz police officers, the ministry said.",
            "deported",
        ),
        # Chinese officers escorting the person are no host state's removal
        (
            "Qin Hao, who fled to Kyrgyzstan in 2012, returned to China on Monday escorted by "
            "Chinese police officers, the ministry said.",
            "unknown",
        ),
        # a detention told between: the agent detained, and no removal is told
        (
            "Qin Hao, who fled to Kyrgyzstan in 2012, returned to China on Monday after being "
            "detained by Kyrgyz police in Bishkek, the ministry said.",
            "unknown",
        ),
    ],
)
def test_the_host_states_officers_as_agent_of_a_return_make_it_a_deportation(
    text: str, method: str
) -> None:
    assert _one(text, "2019-06-14").method == method


@pytest.mark.parametrize(
    ("text", "method"),
    [
        # the host state passing, giving or turning the person over to Chinese officers: the
        # real labels code it as the host's removal (deported)
        (
            "Dorje Tashi, 26, who crossed into Nepal in March, was passed to the Chinese "
            "authorities at the Kodari crossing on May 3, the rights group said.",
            "deported",
        ),
        (
            "Nepali immigration officers drove Dorje Tashi, 26, who crossed into Nepal in March, "
            "to the border and gave him to Chinese officials on May 3.",
            "deported",
        ),
        (
            "Dorje Tashi, 26, who crossed into Nepal in March, was turned over to Chinese border "
            "police on May 3, the rights group said.",
            "deported",
        ),
        # a handover to Chinese police after their own arrest abroad stays a capture
        (
            "Wang Jun, who fled to Laos in 2012, was arrested in Vientiane and handed over to "
            "Chinese police on May 3.",
            "captured",
        ),
    ],
)
def test_a_host_handing_the_person_over_to_chinese_officers(text: str, method: str) -> None:
    assert _one(text, "2019-05-10").method == method


def test_information_passed_to_chinese_police_is_no_handover() -> None:
    text = (
        "Dorje Tashi, 26, who crossed into Nepal in March, passed information to the Chinese "
        "police on May 3, the rights group said."
    )
    assert _records(text, "2019-05-10") == []


@pytest.mark.parametrize("line", ["24 Jul 2011", "Sunday, 24 July 2011"])
def test_a_pages_own_date_line_dates_no_return(line: str) -> None:
    """The page's date line and a time line under the headline date the page, not the return
    (the day of the deportation is not told)."""
    text = (
        f"{line}\n\nFugitive detained on arrival back in China\n\n6:07 am on 24 July 2011\n\n"
        "The most wanted fugitive has been detained in Beijing, having been deported from "
        "Canada, his home for 12 years.\n\nGao Shunli, 52, is accused of running a smuggling ring."
    )
    record = _one(text, "2011-07-24")
    assert (record.name, record.method, record.return_date) == ("Gao Shunli", "deported", None)


def test_a_date_the_returns_clause_of_time_refers_back_to() -> None:
    text = (
        "The repatriated fugitives include Zhou Mingbo, a former finance official. Zhou left the "
        "country in January 2011 and lived in Singapore up to May 2015, when he was repatriated."
    )
    record = _one(text, "2017-03-02")
    assert (record.return_date, record.fled_to, record.method) == ("2015-05", ["SG"], "deported")


def test_the_countries_of_a_count_are_not_the_persons() -> None:
    text = (
        "The fugitive, Qiao Fan, had been tracked down in Africa and was returned to China late "
        "on Thursday to stand trial.\nSo far, over 40 allegedly corrupt fugitives have been "
        "returned from 17 countries and regions, among them Australia, Canada and the United "
        "States."
    )
    record = _one(text, "2025-12-20")
    assert (record.name, record.fled_to) == ("Qiao Fan", [])


def test_a_host_deporting_the_person_told_as_a_gerund() -> None:
    text = (
        "Thai police detained Wang Jun, a fraud suspect who fled China in 2015, in Bangkok in "
        "May before deporting him to China on June 3."
    )
    record = _one(text, "2019-06-10")
    assert (record.method, record.return_date, record.fled_to) == ("deported", "2019-06-03", ["TH"])


@pytest.mark.parametrize(
    "text",
    [
        # the host's officers did something else than the removal: a loose return stays loose
        "The return of Ma Jin, a former bureau chief who fled to Fiji in 2013, was confirmed by "
        "Fijian police on Tuesday. Ma arrived in Beijing on 14 October 2017.",
        "Fugitive Wang Bo, who fled to Thailand in 2012, returned to China on 2 May 2018, as "
        "confirmed by Thai police on Friday.",
        "Wang Jiao, who fled to Thailand in 2014, returned to China on 1 March 2019, having been "
        "granted bail by Thai authorities earlier.",
        "Fu Hai, who fled to the United States in 2011, returned to China on 3 October 2019, "
        "accompanied by US immigration authorities' paperwork clearing his departure.",
    ],
)
def test_host_officers_who_only_confirmed_or_released_make_no_deportation(text: str) -> None:
    assert _one(text, "2019-10-10").method == "unknown"


def test_a_handover_after_chinese_polices_own_arrest_abroad_stays_a_capture() -> None:
    text = (
        "Jiang Tao was arrested in Fiji by Chinese police officers on 4 August 2017 and turned "
        "over to Chinese police, who flew him back to Guangzhou on 6 August."
    )
    record = _one(text, "2017-08-10")
    assert (record.method, record.return_date, record.fled_to) == ("captured", "2017-08-06", ["FJ"])


def test_papers_transferred_to_chinese_counterparts_are_no_person() -> None:
    text = (
        "The Vietnamese side transferred the case file of Ruan Dong to their Chinese counterparts "
        "in 2018; Ruan remains at large in Ho Chi Minh City."
    )
    assert _records(text, "2019-10-10") == []


def test_the_date_of_a_detention_abroad_is_not_the_deportations() -> None:
    text = (
        "In March 2006, Yasin Kadir, a Canadian citizen on a visit to Uzbekistan, was detained "
        "by Uzbek police. Canada asked for his release, but Uzbekistan's government instead "
        "deported him to China."
    )
    record = _one(text, "2019-03-22")
    assert (record.name, record.method, record.return_date) == ("Yasin Kadir", "deported", None)


def test_a_date_of_a_conviction_told_before_the_removal_is_the_convictions() -> None:
    text = (
        "Lu Haoran, a former bank manager who fled to the United States in 2001, has been sent "
        "back to China. In 2009 he was found guilty and jailed for 25 years in America, and "
        "served that term there until he was repatriated."
    )
    record = _one(text, None)
    assert (record.name, record.method, record.return_date) == ("Lu Haoran", "deported", None)


@pytest.mark.parametrize(
    "text",
    [
        "Thai authorities had planned to hold Kong Xiang, a fraud suspect, for 30 days before "
        "deporting him to China, but a court in Bangkok halted the process.",
        "Vietnamese authorities threatened to jail Ruan Kaixin, a fugitive from China, for two "
        "years before deporting him to China.",
    ],
)
def test_a_deportation_only_planned_or_threatened_is_none(text: str) -> None:
    assert _records(text, "2019-10-10") == []


def test_an_extradition_named_beside_a_host_escort_stays_an_extradition() -> None:
    text = (
        "Zhang Lihua, who fled to Spain in 2014, returned to China on Friday accompanied by "
        "Spanish police officers after the National Court in Madrid approved her extradition."
    )
    assert _one(text, "2022-05-10").method == "extradited"


def test_one_date_before_a_conviction_and_a_removal_dates_both() -> None:
    text = "In March 2015 Shu Ling was convicted of fraud in Fiji and deported to China."
    assert _one(text, "2016-01-01").return_date == "2015-03"


def test_an_arrest_counted_in_words_lends_no_capture() -> None:
    """ "caught six suspects" counts people: it tells nothing of how this one came back."""
    text = (
        "Police said Fang Li fled China after a swindle of 150 million yuan in July 2003.\n"
        "Over the last ten years, Chinese police worked with police in Thailand and caught six "
        "suspects.\nFang came back to China in July and is now in Taiyuan."
    )
    assert _one(text, "2014-09-10").method == "unknown"


def test_a_removal_told_as_a_noun_names_whom_it_was_done_to() -> None:
    text = (
        "Kyrgyzstan has been criticised for the handover on January 4, 2012 of Uyghur "
        "student and poet Mehmet Rozi to Chinese officers, who flew him to Urumqi the next "
        "day; he was deported despite a pending asylum claim."
    )
    records = {r.name: (r.fled_to, r.method) for r in _records(text)}
    assert records == {"Mehmet Rozi": (["KG"], "deported")}


@pytest.mark.parametrize("dateline", ["", "SHANGHAI – ", "HONG KONG — ", "Shanghai, Nov 16: "])
def test_a_lead_about_one_member_of_a_listed_group_is_the_person_named_next(
    dateline: str,
) -> None:
    text = (
        "Tax officer on the run returns from Australia\n\nAP\n\n"
        f"{dateline}A tax officer listed among the 100 fugitives China wants most has come back "
        "from Australia to face charges of taking bribes, state media said on Friday.\n\n"
        "Mo Lianjie is the 60th such fugitive to return since the list was issued.\n\n"
        "Mo turned himself in to investigators in Guangzhou."
    )
    record = _one(text, published="2019-06-14")
    assert (record.name, record.fled_to, record.method, record.alleged_crimes) == (
        "Mo Lianjie",
        ["AU"],
        "surrendered",
        ["bribery"],
    )
    evidence = [e.text for e in record.evidence if e.field == "return"]
    assert all(not text.startswith(("SHANGHAI", "HONG KONG")) for text in evidence)


@pytest.mark.parametrize("title", ["", "Mr. "])
def test_both_names_of_a_pair_that_was_removed_are_people(title: str) -> None:
    text = (
        f"Two herders, {title}Batbayar Tsend and {title}Ganzorig Otgon, were deported by bus "
        "from Mongolia into China on April 2, 2015."
    )
    records = {r.name: (r.return_date, r.fled_to, r.method) for r in _records(text)}
    assert records == {
        "Batbayar Tsend": ("2015-04-02", ["MN"], "deported"),
        "Ganzorig Otgon": ("2015-04-02", ["MN"], "deported"),
    }


@pytest.mark.parametrize(
    "told",
    [
        "Investigators said that if Sun Bin could be persuaded to surrender, he would be treated leniently.",
        "Officials had hoped Sun Bin would be persuaded to give himself up, but he refused.",
        "Sun Bin has not been persuaded to return.",
        "Sun Bin refused to be persuaded to come back.",
    ],
)
def test_a_persuasion_hoped_for_or_refused_is_no_return(told: str) -> None:
    text = f"{told} Sun Bin fled to New Zealand in 2015 and still lives in Auckland."
    assert _records(text) == []


@pytest.mark.parametrize("thing", ["Gold bars seized from his villa", "Documents belonging to him"])
def test_things_passed_into_chinese_custody_return_nobody(thing: str) -> None:
    text = (
        "Zhou Qiang, who fled to Laos in 2016, remains at large. "
        f"{thing} were handed over into Chinese custody in Vientiane on Monday."
    )
    assert _records(text) == []


def test_international_calls_for_a_release_are_no_contact_and_long_distance_calls_are() -> None:
    freed = (
        "Despite international calls for his release, Tibetan monk Lobsang Tenzin was deported "
        "from Nepal to China on May 3."
    )
    called = (
        "Li Gang, who fled to Canada in 2012, returned to China and surrendered on May 3 after "
        "months of long-distance calls from investigators."
    )
    assert [r.coercion for r in _records(freed)] == [[]]
    assert [r.coercion for r in _records(called)] == [["overseas_contact"]]


@pytest.mark.parametrize(
    ("told", "first_found"),
    [
        (
            "were detained in Istanbul last week; neither has been deported, their lawyer said",
            False,
        ),
        ("were deported from Istanbul to Urumqi last week, their lawyer said", True),
    ],
)
def test_the_first_of_a_pair_is_read_as_a_name_only_under_a_removal_verb(
    told: str, first_found: bool
) -> None:
    """The pair rule reads the name before "and" only where the verb removes the pair. (With
    "detained", the second name is still made a case by an older rule: a known error.)"""
    text = f"Nurmemet Ablet and Mr. Kasim Erkin, {told}."
    assert ("Nurmemet Ablet" in [r.name for r in _records(text)]) is first_found


def test_a_lead_gives_nothing_to_one_named_as_another_persons_boss() -> None:
    text = (
        "BEIJING – A police officer listed among the 100 fugitives most wanted by China has come "
        "back from the United States, the CCDI said on Wednesday.\n"
        "The officer's former boss, Li Ming, was jailed in 2015 for bribery."
    )
    assert _records(text) == []


def test_the_return_of_a_titled_person_names_them() -> None:
    text = (
        "Beijing hailed the return of former vice mayor Gao Ming from Spain on Tuesday. Gao is "
        "suspected of bribery."
    )
    record = _one(text, published="2020-09-10")
    assert (record.name, record.fled_to, record.alleged_crimes) == ("Gao Ming", ["ES"], ["bribery"])


@pytest.mark.parametrize(
    ("listed", "red"),
    [
        ("listed among the 100 international fugitives China most wants", True),
        ("one of the 100 suspects most wanted by Beijing", True),
        ("one of 100 fugitives, most of whom fled to Canada,", False),
    ],
)
def test_the_list_of_the_hundred_most_wanted_told_in_free_words_is_a_red_notice(
    listed: str, red: bool
) -> None:
    text = f"Lu Wenhai, {listed} returned from Australia and surrendered on Monday, officials said."
    assert _one(text, published="2019-06-14").red_notice is red


@pytest.mark.parametrize(
    "told",
    [
        "has turned up in mainland China, where police are holding him",
        "resurfaced in Chinese custody",
        "reappeared in Kunming",
    ],
)
def test_one_who_vanished_abroad_and_turned_up_in_china_is_a_return(told: str) -> None:
    # the day of the disappearance dates no return
    text = f"Publisher Gao Wenbo, who disappeared in Laos last month, {told}, his wife said."
    assert _cases(text, "2019-03-08") == [("Gao Wenbo", "unknown", None)]


def test_one_who_vanished_at_home_and_turned_up_at_home_is_no_return() -> None:
    text = (
        "Lawyer Gao Wenbo, who went missing in Beijing in July, reappeared in Tianjin in January."
    )
    assert _cases(text, "2019-03-08") == []


def test_the_year_a_treaty_came_into_force_dates_no_return() -> None:
    text = (
        "Lin, a fraud suspect who fled to Morocco, has been extradited to China. This marked the "
        "first time Morocco had extradited anyone to China since the treaty came into force in "
        "2021."
    )
    assert _cases(text, "2023-11-20") == [("Lin", "extradited", None)]


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        ("She was allegedly accepting briberies for a decade.", ["bribery"]),
        (
            "She allegedly raised through illegal means 40 million yuan in public funds.",
            ["illegal_fundraising"],
        ),
        (
            "She was wanted on charges of illegal acquisition of public funds.",
            ["illegal_fundraising"],
        ),
    ],
)
def test_crimes_told_in_other_forms_of_their_words(told: str, crimes: list[str]) -> None:
    text = f"Tan Xiuqin, who fled to Spain in 2015, was extradited to China on Monday. {told}"
    assert [r.alleged_crimes for r in _records(text, "2019-03-08")] == [crimes]


def test_a_handover_to_the_authorities_of_china_is_a_return() -> None:
    text = (
        "Sun Lihua, who fled to Laos in 2016, was handed over to the authorities of China at a "
        "border post on April 23."
    )
    assert _cases(text, "2019-05-02") == [("Sun Lihua", "captured", "2019-04-23")]


@pytest.mark.parametrize(
    "text",
    [
        "Thai police seized files from a villa and handed them over to the authorities of China. "
        "The owner, Sun Lihua, who fled to Laos in 2016, remains at large.",
        "Actress Sun Lihua reappeared in Shanghai on Saturday after a holiday in Bali.",
        "Vice-minister Sun Lihua turned up in Beijing on Friday after a week-long trip to Laos.",
        "Laotian police transferred Sokha Chea and Vuthy Kim to Chinese authorities on May 22 to "
        "face questioning as witnesses.",
    ],
)
def test_papers_travellers_and_witnesses_are_no_returnees(text: str) -> None:
    assert _cases(text, "2019-05-02") == []


def test_officers_stepping_off_a_plane_at_home_are_no_returnees() -> None:
    text = "The investigators stepped off the plane in Kunming on April 23 after a week in Laos."
    assert _cases(text, "2019-05-02") == []


def test_an_extradition_to_another_country_is_no_return() -> None:
    text = "Sun Lihua, 56, who fled China in 2010, was extradited from Sweden to the United States."
    assert _cases(text, "2019-05-02") == []


def test_setting_foot_on_ones_home_soil_is_a_return() -> None:
    text = "After six years hiding in Laos, fugitive Qin Mo set foot on his home soil on Monday."
    assert _cases(text, "2019-05-02") == [("Qin Mo", "unknown", "2019-04-29")]


def test_a_campaigns_call_to_help_persuade_fugitives_is_no_ones_persuasion() -> None:
    text = (
        "A fugitive surnamed Qiu has been repatriated from Vietnam to Lanzhou. Vietnamese police "
        "caught Qiu in Mong Cai and turned him over to Gansu police the next day. During the "
        "campaign, police have called on relatives at home and abroad to help persuade them to "
        "return."
    )
    assert [(n, m) for n, m, _ in _cases(text, "2016-08-26")] == [("Qiu", "deported")]


def test_the_day_a_court_ruled_on_the_extradition_dates_no_return() -> None:
    # the ruling's sentence names the person again: without the rule its Monday dated the return
    text = (
        "Yao Jin, a former county official who fled to Bulgaria in 2005, was extradited to China. "
        "On Monday, a court in Sofia made a ruling on the case, agreeing to have Yao extradited "
        "to China."
    )
    assert _cases(text, "2018-11-30") == [("Yao Jin", "extradited", None)]


@pytest.mark.parametrize(
    "told",
    [
        "has never set foot on her home soil since",
        "vowed never to set foot in China again",
        "hopes one day to set foot on her native soil again",
    ],
)
def test_a_foot_never_set_or_only_hoped_to_be_set_at_home_is_no_return(told: str) -> None:
    text = f"Liu Fang, wanted for bribery, fled to Australia in 2011 and {told}."
    assert _cases(text, "2018-06-15") == []


def test_a_ruling_followed_the_same_day_by_the_handover_keeps_its_day() -> None:
    text = (
        "On Monday, a court in Sofia made a ruling on the extradition of Wu Gang, who fled to "
        "Bulgaria, and he was handed over to Chinese officers hours later."
    )
    assert _cases(text, "2018-06-15") == [("Wu Gang", "captured", "2018-06-11")]


def test_a_surname_in_capitals_as_official_english_writes_it() -> None:
    """ "Mr. LUO Jianhua": the surname in capitals before a pinyin given name is a name; an
    agency's capitals before a word (the BI Fugitive Search Unit) are not."""
    text = (
        "The BI Fugitive Search Unit said Mr. LUO Jianhua, a former bank manager, was deported "
        "to China on May 6. Luo had fled in 2001."
    )
    records = extract_cases(Document(id="t", text=text, published="2020-05-20"))
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("LUO Jianhua", "deported", "2020-05-06")
    ]


@pytest.mark.parametrize("firm", ["Haitong Securities", "Pingan Trust", "Minsheng Investment"])
def test_a_firm_named_before_a_removal_is_no_person(firm: str) -> None:
    """A firm's kind (Securities, Trust, Investment) names a body: the employer in the person's
    apposition is not a second returnee."""
    text = f"Lu Haoming, deputy manager of {firm}, has been repatriated to China from Laos."
    records = extract_cases(Document(id="t", text=text, published="2024-11-20"))
    assert [(r.name, r.method) for r in records] == [("Lu Haoming", "deported")]


def test_a_relative_who_died_in_a_month_leaves_the_returnee() -> None:
    """'died in June' is a date, not a death abroad: the father's death removes no one."""
    text = (
        "Lu Haoming, 51, fled China in 2004. Mr Lu said he turned himself in last October. He "
        "also said he regretted missing the funeral of his father, who died in June last year."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-01-18"))
    assert [(r.name, r.method) for r in records] == [("Lu Haoming", "surrendered")]


def test_the_date_of_the_offence_dates_no_return() -> None:
    text = (
        "Lu Haoming, who fled China in 2004, had surrendered to the Chinese authorities to face "
        "action over a fatal "
        "drink-driving accident in 2003, state media reported."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-01-18"))
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("Lu Haoming", "surrendered", None)
    ]


def test_an_incident_from_a_year_dates_the_offence() -> None:
    text = (
        "Lu Haoming, who fled China in 2004, said on state TV that he voluntarily surrendered to "
        "Chinese authorities over a hit-and-run incident from 2003."
    )
    records = extract_cases(Document(id="t", text=text, published="2016-01-18"))
    assert [(r.name, r.return_date) for r in records] == [("Lu Haoming", None)]


def test_officers_took_the_person_back_past_an_aside() -> None:
    """ "took Mr. Lu, along with …, back to China in mid-September": the aside between the
    person and "back to" does not hide the return, nor its month."""
    text = (
        "Lu Haoming, 50, fled China in late July. On July 28, he was arrested in Laos. Chinese "
        "police took Mr. Lu, along with two busloads of other detainees, back to China in "
        "mid-September."
    )
    records = extract_cases(Document(id="t", text=text, published="2023-10-12"))
    assert [(r.name, r.return_date, r.fled_to) for r in records] == [
        ("Lu Haoming", "2023-09", ["LA"])
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "American authorities on Thursday repatriated Lu Haoming, a fugitive accused in 2004 "
            "of helping to defraud a state bank.",
            "2015-09-24",
        ),
        (
            "Lu Haoming, suspected of bribery, was brought home Friday from the U.S. He is the "
            "first fugitive to be repatriated from the U.S. since the campaign against 100 "
            "fugitives was launched in April.",
            "2015-09-25",
        ),
    ],
)
def test_the_year_of_an_accusation_or_a_span_start_dates_no_return(text: str, date: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2015-09-25"))
    assert [(r.name, r.return_date) for r in records] == [("Lu Haoming", date)]


def test_a_region_is_no_persons_name() -> None:
    text = (
        "Lu Haoming, who ran scam compounds across Southeast Asia, was extradited from Thailand "
        "on Wednesday. Southeast Asia has become a hub for such operations."
    )
    records = extract_cases(Document(id="t", text=text, published="2025-11-13"))
    assert [r.name for r in records] == ["Lu Haoming"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The most significant step was the arrest and extradition of Lu Haoming, a former "
            "county chief, and of Sun Lijun, who ran a casino in Laukkai.",
            ["Lu Haoming", "Sun Lijun"],
        ),
        # a removal asked for, fought or blocked is not done
        ("Beijing filed a request for the extradition of Lu Haoming last year.", []),
        ("A court in Auckland blocked the extradition of Lu Haoming on Tuesday.", []),
        ("Lawyers fought the extradition of Lu Haoming for three years.", []),
        ("A red notice calls for the arrest and extradition of Lu Haoming, now in Vancouver.", []),
        ("Beijing agreed to the extradition of Lu Haoming to the United States.", []),
        ("Last year saw the extradition of Lu Haoming to South Korea.", []),
    ],
)
def test_the_extradition_of_a_named_person_told_as_done(text: str, names: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2024-02-01"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Lu Haoming had lived in Canada since fleeing with his family and was finally "
            "persuaded by relatives to go home in September 2022.",
            "2022-09",
        ),
        (
            "Lu Haoming was one of 1,335 fugitives brought back from Kenya for duty-related crimes "
            "in 2018.",
            "2018",
        ),
    ],
)
def test_a_return_dated_inside_a_since_clause_or_after_crimes(text: str, date: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2023-01-10"))
    assert [(r.name, r.return_date) for r in records] == [("Lu Haoming", date)]


@pytest.mark.parametrize(
    "text",
    [
        "Lu Haoming, who fled to Canada in 2005, never came back. He died in June 2021 in Toronto.",
        "Ablet Tursun, who lives in Istanbul, said his brother was taken away by Chinese police "
        "in Urumqi in 2017. Tursun himself has not returned to China.",
    ],
)
def test_a_death_abroad_after_a_month_or_a_relative_taken_at_home_is_no_return(
    text: str,
) -> None:
    assert extract_cases(Document(id="t", text=text, published="2023-01-10")) == []


def test_a_named_list_holds_hyphenated_names_and_ends_before_where_they_are_from() -> None:
    text = (
        "Police in Gilgit detained 4 young men who had crossed the border from Xinjiang. They "
        "were named as Abdul Rahim, Nasir-ul-Din, Yusuf and Sabit Omar of Xinjiang province. "
        "The four men were deported to China on Saturday."
    )
    records = extract_cases(Document(id="t", text=text, published="1997-05-10"))
    assert [r.name for r in records] == ["Abdul Rahim", "Nasir-ul-Din", "Yusuf", "Sabit Omar"]


def test_a_host_state_turning_the_person_over_to_china_is_a_deportation() -> None:
    text = (
        "Tan Weiguo, a writer wanted for subversion, fled to Laos in 2019. "
        "Lao authorities later turned him over to China, where he was jailed."
    )
    records = extract_cases(Document(id="t", text=text, published="2021-03-02"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [("Tan Weiguo", "deported", ["LA"])]


def test_crossing_into_a_country_on_the_way_is_a_country_of_flight() -> None:
    text = (
        "Tan Weiguo fled China in May, crossing into Myanmar before reaching Thailand. "
        "He was arrested in Bangkok and deported to China on June 2."
    )
    records = extract_cases(Document(id="t", text=text, published="2021-06-10"))
    assert [(r.name, sorted(r.fled_to)) for r in records] == [("Tan Weiguo", ["MM", "TH"])]


def test_a_list_of_names_broken_across_the_lines_of_a_wrapped_page() -> None:
    """A page wrapped at a fixed width breaks a sentence, and a list of names, where the line
    ends; the names run on as the writer wrote them, and so does the return."""
    text = (
        "Police in Peshawar have detained five men from Xinjiang who crossed the\n"
        "border without papers last week. They were named as Tursun Kerim,\n"
        "Abdurehim Yasin, Memet Tohti and Kurban Ali of Xinjiang. The men have\n"
        "been returned to China, it emerged on Saturday."
    )
    records = extract_cases(Document(id="t", text=text, published="2001-05-12"))
    assert [r.name for r in records] == [
        "Tursun Kerim",
        "Abdurehim Yasin",
        "Memet Tohti",
        "Kurban Ali",
    ]


def test_unwrapping_keeps_length_paragraphs_and_short_lines() -> None:
    from extract.text import unwrapped

    text = (
        "Fugitives returned\n\n"
        "Police in Peshawar have detained five men from Xinjiang who crossed the\n"
        "border without papers last week, officials said on Monday, and they\n"
        "were deported.\n\nA second paragraph."
    )
    out = unwrapped(text, "en")
    assert len(out) == len(text)
    assert out.split("\n") == [
        "Fugitives returned",
        "",
        "Police in Peshawar have detained five men from Xinjiang who crossed the "
        "border without papers last week, officials said on Monday, and they "
        "were deported.",
        "",
        "A second paragraph.",
    ]
    assert unwrapped(text.replace("\n", "\n\n"), "en") == text.replace("\n", "\n\n")


@pytest.mark.parametrize(
    "text",
    [
        "Corrupt officials repatriated from overseas now face trial. The drive has been "
        "spearheaded by the discipline commission, led by party veteran Zhao Hongwei.",
        "Many fugitive officials were repatriated in 2015. The campaign is headed by Zhao Hongwei.",
    ],
)
def test_the_head_of_a_body_or_a_campaign_is_no_returnee(text: str) -> None:
    assert _records(text) == []


def test_the_leader_of_a_ring_may_be_the_returnee() -> None:
    text = (
        "A telecom fraud ring led by Zhao Hongwei was broken up in Manila. "
        "Zhao Hongwei was deported to China on Monday."
    )
    assert [r.name for r in _records(text)] == ["Zhao Hongwei"]


@pytest.mark.parametrize(
    "text",
    [
        # a generic removal verb, and the extradition its own sentence names
        "A fraud suspect, Hu Meiling, was repatriated to China on Monday after eight years at "
        "large in Spain, the first extradition of its kind from that country.",
        # a return told loosely after an arrest abroad told elsewhere
        "Hu Meiling, a fraud suspect, was arrested by Spanish police in May. She was returned "
        "to China on Monday, marking the second extradition of its kind from Spain.",
    ],
)
def test_the_extradition_a_returns_sentence_names_is_its_channel(text: str) -> None:
    assert [(r.name, r.method) for r in _records(text)] == [("Hu Meiling", "extradited")]


def test_an_extradition_treaty_names_no_channel() -> None:
    text = (
        "Spain has repatriated Hu Meiling, a fraud suspect, the first case since the second "
        "extradition treaty between the two countries came into force."
    )
    assert [(r.name, r.method) for r in _records(text)] == [("Hu Meiling", "deported")]


@pytest.mark.parametrize(
    "text",
    [
        # the one a definite description of the lead's person names
        "Kazakhstan has deported an ethnic Kazakh woman back to China, activists said on "
        "Saturday. The woman, Aigul Serikbay, had fled to Kazakhstan in 2018.",
        # the one a removal in the infinitive names
        "Kazakhstan has deported an ethnic Kazakh woman back to China, activists said on "
        "Saturday. Astana's decision to deport Aigul Serikbay followed a request from Beijing.",
    ],
)
def test_a_name_that_is_no_pinyin_told_of_the_leads_person(text: str) -> None:
    assert [(r.name, r.method, r.fled_to) for r in _records(text)] == [
        ("Aigul Serikbay", "deported", ["KZ"])
    ]


def test_a_name_set_off_past_a_bracket_that_spells_it_otherwise() -> None:
    text = (
        "Aigul Serikbay (spelled Aiguli Saierkebai in Chinese), a Kazakh mother of two, was sent "
        "back from Kazakhstan to China on June 27, 2019."
    )
    assert [(r.name, r.return_date) for r in _records(text)] == [("Aigul Serikbay", "2019-06-27")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a host state turned over to China is not always the person
        (
            "Kenyan authorities turned over to China $2 million in assets seized from Deng Kai, "
            "a former manager convicted in absentia of bribery; Deng is still in Nairobi.",
            [],
        ),
        # the head of a local bureau is often the fugitive
        (
            "The land resources bureau of Fengcheng, then headed by Zhou Ming, approved illegal "
            "land deals. Zhou fled to Canada in 2012 and was repatriated on Wednesday.",
            [("Zhou Ming", "deported")],
        ),
        # an extradition still to come, or long before, is not the return's
        (
            "Pan Yu was repatriated from Canada on Monday, the first extradition of its kind "
            "being still years away, experts said.",
            [("Pan Yu", "deported")],
        ),
        (
            "Lu Hao was repatriated from France on Monday, eleven years after the first "
            "extradition from France.",
            [("Lu Hao", "deported")],
        ),
    ],
)
def test_guards_from_the_second_attack(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.method) for r in _records(text, "2020-05-01")] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the object of a removal after a people and any word for what the person is
        (
            "Kazakh authorities have extradited Uighur schoolteacher Memet Abdulla to China, "
            "where officials called him a terror suspect.",
            "Memet Abdulla",
        ),
        # set off by a people and a nationality
        (
            "One example is Memet Abdulla, a Uyghur-Canadian who was arrested in Uzbekistan and "
            "later extradited to China.",
            "Memet Abdulla",
        ),
    ],
)
def test_a_name_that_is_no_pinyin_known_by_its_people(text: str, name: str) -> None:
    assert [(r.name, r.method) for r in _records(text)] == [(name, "extradited")]


def test_a_relative_clauses_would_does_not_veto_the_main_clauses_return() -> None:
    text = (
        "Six economic criminals have been deported to China in recent years, including Tan "
        "Weiguo, whose removal was stalled by fears he would be executed."
    )
    assert [(r.name, r.method) for r in _records(text)] == [("Tan Weiguo", "deported")]
    # a removal the relative clause itself tells as to come stays vetoed
    text = "Tan Weiguo, who would later be deported, fled to Canada in 1999."
    assert _records(text) == []


def test_the_parents_named_after_son_of_are_relatives() -> None:
    text = (
        "Tan Mingming is the son of rights lawyer Zhao Lan and legal activist Tan Weiguo, who "
        "were detained in July. The boy was deported to China from Myanmar on Monday."
    )
    assert [r.name for r in _records(text)] == ["Tan Mingming"]


def test_one_sent_back_to_the_us_is_not_returned_to_china() -> None:
    text = (
        "Tenzin Dorje, 53, who arrived from New York on Saturday, was denied entry. Tenzin Dorje "
        "was sent back to the US after immigration officials questioned him for hours."
    )
    assert _records(text) == []


def test_a_return_after_a_ruling_in_favour_of_extradition_is_an_extradition() -> None:
    text = (
        "Tan Weiguo fled to Thailand after being accused of fraud. Following a court ruling in "
        "favour of extradition, Tan was returned to China on 16 January."
    )
    assert [(r.name, r.method) for r in _records(text, "2024-02-01")] == [
        ("Tan Weiguo", "extradited")
    ]


def test_an_activist_of_a_people_who_speaks_of_deportations_is_no_returnee() -> None:
    text = (
        "Salih Hudayar, a Uyghur-American who leads the East Turkistan government-in-exile, said "
        "Thailand deported 40 men to China."
    )
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "method"),
    [
        # returning willingly or of one's own accord is a surrender
        (
            "Tan Weiguo told his wife he had willingly returned to China from Thailand.",
            "surrendered",
        ),
        # a conviction by a court placed in China is no trial abroad; a passive handover is
        (
            "Tan Weiguo was arrested in Myanmar in May 2004 and turned over to China. Tan was "
            "convicted in October by a court in central China of running a training camp in Myanmar.",
            "deported",
        ),
    ],
)
def test_english_channels_told_in_other_words(text: str, method: str) -> None:
    assert [(r.name, r.method) for r in _records(text)] == [("Tan Weiguo", method)]


def test_a_return_still_to_come_is_none() -> None:
    """A guard: a nameless lead's return still to come lends no return to the person named
    after it."""
    text = (
        "One of China's most-wanted fugitives will return from New Zealand to stand trial, the "
        "authorities said. Tan Weiguo, a former company chairman, is accused of fraud."
    )
    assert _records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tan Weiguo fled to Thailand after being accused of unlawfully receiving public savings "
        "without a licence. He was extradited to China on January 16.",
        "Tan Weiguo, who was accused of using illegal means to raise funds, was extradited to "
        "China from France on January 16.",
    ],
)
def test_illegal_fundraising_told_in_other_words(text: str) -> None:
    assert [(r.name, r.alleged_crimes) for r in _records(text, "2024-02-01")] == [
        ("Tan Weiguo", ["illegal_fundraising"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Suspect Tan Weiguo was arrested in Myanmar, but Myanmar has not yet turned him over to "
        "China.",
        "Officials denied reports that Tan Weiguo was arrested in Myanmar and turned over to China.",
    ],
)
def test_a_handover_to_china_negated_or_denied_is_none(text: str) -> None:
    assert _records(text) == []


def test_a_return_told_as_a_noun_after_which_the_person_was_tried_at_home() -> None:
    text = (
        "Tang Weiguo, who fled to Singapore, was sentenced by a court in Hubei province to 12 "
        "years for bribery after his return in 2019."
    )
    assert [(r.name, r.method, r.return_date) for r in _records(text)] == [
        ("Tang Weiguo", "unknown", "2019")
    ]
    text = "Tang Weiguo, a businessman, was questioned after his return from a trip to Singapore."
    assert _records(text) == []
