"""Regression tests for the classes of input the metamorphic properties found broken.

Each sentence is written for this file (none is copied from an article or a labelled set); each
stands for a class: a country that starts with a surname character, a city after 原, a surname
that is also an English pronoun, and so on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import Document, extract_cases
from extract.durations import find_durations
from extract.lexicon import default_lexicon
from extract.names import is_plausible_zh_name
from extract.places import find_places
from extract.record import CaseRecord
from tests.metamorphic import usable_name


def run(text: str, published: str = "2023-05-10") -> list[CaseRecord]:
    return extract_cases(Document(id="t", text=text, published=published))


def only(text: str) -> CaseRecord:
    records = run(text)
    assert len(records) == 1, [r.name for r in records]
    return records[0]


@pytest.mark.parametrize("country", ["安哥拉", "阿根廷", "马里", "苏丹", "多哥", "乍得"])
def test_a_country_is_never_a_name(country: str) -> None:
    assert not is_plausible_zh_name(country)


def test_a_two_character_country_starts_a_longer_name() -> None:
    assert is_plausible_zh_name("苏丹丽")


def test_a_compound_surname_that_is_a_city_starts_a_name() -> None:
    record = only("4月2日，外逃人员濮阳志伟从泰国回国投案。")
    assert record.name == "濮阳志伟"


def test_a_long_compound_surname_in_english() -> None:
    record = only("Zongzheng Hui, who fled to Canada in 2010, returned to China on Monday.")
    assert record.name == "Zongzheng Hui"


def test_a_name_before_ze() -> None:
    text = "外逃人员吕建和邵明近日先后归案。其中，吕建从越南被遣返；邵明则在老挝被抓获后押解回国。"
    by_name = {r.name: r for r in run(text)}
    assert by_name["邵明"].fled_to == ["LA"]
    assert by_name["邵明"].method == "captured"


def test_flight_characters_may_be_given_names() -> None:
    assert only("5月6日，外逃人员孔飞从日本回国投案。").name == "孔飞"
    assert only("5月6日，外逃人员詹达从日本回国投案。").name == "詹达"


def test_a_name_after_a_title_whose_last_character_makes_a_word_with_it() -> None:
    record = only("6月1日，原某县财政局预算股股长寿明从斐济回国投案。")
    assert record.name == "寿明"


@pytest.mark.parametrize("city", ["来宾", "本溪", "定西"])
def test_a_post_may_start_with_a_city_after_yuan(city: str) -> None:
    record = only(f"3月，涉嫌贪污犯罪的原{city}市某局局长贝志国从泰国回国投案。")
    assert record.former_position == f"原{city}市某局局长"


def test_the_yuan_that_ends_a_city_is_no_former_post() -> None:
    text = (
        "被告人马某某，男，原某县信用社主任。太原市人民检察院以涉嫌贪污罪对马某某提起公诉。"
        "2020年3月，马某某从泰国回国投案。"
    )
    assert only(text).former_position == "原某县信用社主任"


def test_the_longest_crime_term_wins_across_contexts() -> None:
    record = only("犯罪嫌疑人鲁某，涉嫌骗取出口退税罪，3月从泰国被遣返回国。")
    assert record.alleged_crimes == ["tax_crime"]


def test_misappropriation_does_not_reach_over_a_conjunction() -> None:
    record = only("犯罪嫌疑人鲁某，涉嫌挪用特定款物及挪用公款罪，3月从泰国被遣返回国。")
    assert sorted(record.alleged_crimes) == ["misappropriation", "other"]


def test_she_before_a_given_name_is_a_surname() -> None:
    record = only("She Guihui, who fled to Canada in 2012, returned to China on Monday.")
    assert record.gender is None


def test_a_name_ending_in_hong_before_tongguo() -> None:
    text = "6月3日，外逃人员范丽红从泰国回国投案。范丽红通过亲属表达了回国意愿。"
    assert only(text).red_notice is False


@pytest.mark.parametrize(("country", "code"), [("多米尼加", "DO"), ("厄瓜多尔", "EC")])
def test_a_country_with_a_numeral_character_in_a_duration(country: str, code: str) -> None:
    assert [d.years for d in find_durations(f"潜逃{country}4年的")] == [4.0]
    record = only(f"5月9日，潜逃{country}4年的犯罪嫌疑人鲁某被{country}警方遣返回国。")
    assert (record.fled_to, record.years_at_large) == ([code], 4.0)


def test_a_country_alias_inside_a_chinese_city_is_no_country() -> None:
    assert find_places("航班降落在台州机场", 0, 9, "zh") == []


def test_a_traditional_country_name_is_found() -> None:
    assert [p.code for p in find_places("潛逃義大利", 0, 5, "zh")] == ["IT"]


def test_a_repeated_anonymised_name_is_the_same_person() -> None:
    text = "12月1日，外逃人员鲁某从新西兰回国投案。专案组赴新西兰与鲁某面对面沟通，讲明政策。"
    assert "overseas_contact" in only(text).coercion


def test_every_un_member_is_in_the_country_lexicon() -> None:
    data = Path(__file__).parent / "metamorphic_data" / "un_members.json"
    members = set(json.loads(data.read_text("utf-8"))["members"])
    named = {c.code for c in default_lexicon().countries}
    assert members - named == {"CN"}


def test_a_short_name_listed_after_an_anonymised_one() -> None:
    text = "经协调，外逃缅甸的鲁某甲、柯建兄弟二人于5月20日被缅方移交我方。"
    assert sorted(r.name for r in run(text)) == ["柯建", "鲁某甲"]


def test_a_title_ending_in_the_first_character_of_a_compound_surname() -> None:
    record = only("5月，外逃6年的原某国有企业董事长孙国伟从老挝被缉捕归案。")
    assert record.name == "孙国伟"


def test_a_profile_name_with_a_compound_surname() -> None:
    text = "警方截查一名男子。该男子为南宫建国，五十四岁，涉嫌贪污。警方昨日将南宫建国遣返内地。"
    assert only(text).name == "南宫建国"


def test_a_hong_kong_police_profile_confirms_a_full_name() -> None:
    text = (
        "一名内地男子前日经关闸返回内地，向珠海市公安机关投案。"
        "警方发言人称，男子柯建明，50岁，涉嫌挪用公款，一直匿居本澳。"
    )
    assert only(text).name == "柯建明"


def test_a_pronoun_inside_the_name_gives_no_gender() -> None:
    text = "A suspect surnamed She, wanted for fraud, was repatriated by Thai police on Tuesday."
    assert only(text).gender is None


@pytest.mark.parametrize(
    ("employer", "position"),
    [("日照市某国有企业原总经理", "日照市某国有企业原总经理")],
)
def test_an_employer_city_beginning_with_a_date_character(employer: str, position: str) -> None:
    record = only(f"3月，外逃美国的{employer}鲁建平回国投案。")
    assert record.former_position == position


def test_a_post_after_de_in_a_city_with_yuan() -> None:
    record = only("去年12月，涉嫌集资诈骗犯罪的固原某投资公司法定代表人鲁某某被从缅甸缉捕归案。")
    assert record.former_position == "固原某投资公司法定代表人"


def test_a_country_with_urg_in_its_name_is_no_urging() -> None:
    text = (
        "Zhou Ming and his wife Liu Fang, who fled to Luxembourg in 2013, returned to China "
        "on June 3 and turned themselves in."
    )
    assert all(r.coercion == [] for r in run(text))


@pytest.mark.parametrize("place", ["Cote d'Ivoire", "Antigua and Barbuda"])
def test_an_english_country_with_lower_case_joints_in_a_duration(place: str) -> None:
    found = find_durations(f"had been hiding in {place} for 9 years")
    assert [d.years for d in found] == [9.0]


def test_a_long_country_between_verb_and_years() -> None:
    assert [d.years for d in find_durations("潜逃圣文森特和格林纳丁斯4年的")] == [4.0]


def test_a_long_crime_after_shishi() -> None:
    record = only("以鲁某某为首的团伙实施虚开增值税专用发票，鲁某某3月被从印尼押解回国。")
    assert record.alleged_crimes == ["tax_crime"]


def test_a_post_through_a_city_with_he() -> None:
    record = only("11月2日，外逃葡萄牙的原呼和浩特市某局会计鲁建平回国投案。")
    assert record.former_position == "原呼和浩特市某局会计"


def test_an_abbreviated_country_in_english_dates_and_durations() -> None:
    text = (
        "A former official who fled to the U.S. in 2006 has returned to China and turned "
        "himself in, the commission said on Monday. Lou Jian had been hiding in the U.S. "
        "for 12 years."
    )
    record = only(text)
    assert (record.fled_date, record.years_at_large) == ("2006", 12.0)


def test_a_surname_that_is_a_preposition_keeps_the_tight_method_wording() -> None:
    # 向 starts both the name and the gapped term 向…投案
    record = only("5月初，外逃的职务犯罪嫌疑人向之红从马来西亚回国投案。")
    assert (record.name, record.method, record.method_text) == ("向之红", "surrendered", "回国投案")


def test_former_and_a_city_listed_beside_a_name_is_no_name() -> None:
    text = (
        "11月2日，外逃葡萄牙的夫妻二人——某区农业局会计吉春梅和原吴忠市某公司副总经理卢新宇，"
        "回国投案。"
    )
    assert "原吴忠" not in [r.name for r in run(text)]


def test_the_evidence_is_the_sentence_that_tells_how() -> None:
    text = (
        "据省纪委监委消息，外逃人员蒋志豪、乔丽娜和曹建平近期相继归案。"
        "曹建平则在特立尼达和多巴哥被当地警方抓获后，于4月19日被押解回国。"
    )
    record = next(r for r in run(text) if r.name == "曹建平")
    returns = [e.text for e in record.evidence if e.field == "return"]
    assert returns == ["曹建平则在特立尼达和多巴哥被当地警方抓获后，于4月19日被押解回国。"]


@pytest.mark.parametrize("name", ["江海涛", "江琦琦", "安立新"])
def test_a_listed_title_ends_before_a_name_the_dictionary_would_join_to_it(name: str) -> None:
    """处长 + 江海涛 (names.json titles), though 长江 and 长安 are words and jieba tags 处长
    as a verb."""
    record = only(f"8月6日，外逃7年的原某国有企业财务处处长{name}被印度尼西亚移民局遣返回国。")
    assert (record.name, record.method) == (name, "deported")


def test_a_given_name_that_is_a_foreign_city_stays_a_name() -> None:
    """寿柏林: 柏林 is Berlin, but only a country's name as the given part makes no person
    (由泰国)."""
    record = only("3月5日，原某县财政局局长寿柏林从德国回国投案。")
    assert (record.name, record.fled_to) == ("寿柏林", ["DE"])


@pytest.mark.parametrize("country", ["Cameroon", "Australia", "Sentinel Islands"])
def test_a_countrys_name_that_holds_a_verb_does_not_end_the_flight_clause(country: str) -> None:
    """ "fled to Cameroon in 2013": the flight's year stays the flight's though "Cameroon" begins
    with the letters of "came" (the date of a flight is read up to a verb of return)."""
    records = run(
        f"Zhou Ming and his wife Liu Fang, who fled to {country} in 2013, returned to China on "
        "June 3 and June 5 respectively and turned themselves in.",
        published="2024-06-20",
    )
    assert [(r.name, r.return_date) for r in records] == [
        ("Zhou Ming", "2024-06-03"),
        ("Liu Fang", "2024-06-05"),
    ]


def test_jia_alone_after_a_surname_is_a_family_and_never_generated() -> None:
    """包家 reads as the Bao family (甘家、岑家两个家族 in reports on northern Myanmar's crime
    families, where the held-out real-text mirrors had one such spurious person): names.json
    not_single_given refuses it, and the generator makes no such name (a seventh session's
    decision, reversing a fifth session's, on the held-out mirrors' evidence)."""
    assert not is_plausible_zh_name("包家")
    assert not usable_name("包家")
    assert usable_name("包家明")


@pytest.mark.parametrize("country", ["St. Vincent", "St. Lucia", "Canada"])
def test_a_countrys_abbreviated_saint_keeps_the_flight_year(country: str) -> None:
    """ "fled to St. Vincent in 2011": the stop of St. is no sentence end inside the flight."""
    [record] = run(
        f"Huang Xiaoming, a former deputy general manager who fled to {country} in 2011, was "
        "repatriated in October, the CCDI said.",
        published="2024-01-08",
    )
    assert (record.fled_date, record.return_date) == ("2011", "2023-10")


@pytest.mark.parametrize("country", ["St. Kitts", "St. Lucia", "Kenya"])
def test_an_abbreviated_saint_keeps_the_years_since_the_flight(country: str) -> None:
    """ "fled to St. Kitts 12 years ago": the stop of St. ends no place name of a duration."""
    [record] = run(
        f"A former official who fled to {country} 12 years ago has returned to China and "
        "surrendered, the commission said on Monday. Lou Jianming flew back to Guiyang on "
        "Sunday and turned himself in.",
        published="2018-06-12",
    )
    assert (record.name, record.years_at_large) == ("Lou Jianming", 12.0)


def test_a_rarely_used_county_name_may_open_a_persons_name() -> None:
    """龙海 is a county-level city the dictionary's corpus hardly names (8 times): 龙海生 is a
    person as 龙海市 is not; a city the corpus names often (柳州) still opens no name."""
    assert is_plausible_zh_name("龙海生")
    assert not is_plausible_zh_name("龙海市")
    assert not is_plausible_zh_name("柳州警")


def test_a_described_suspect_in_a_statistics_sentence_keeps_their_facts() -> None:
    """The suspect a later sentence describes (X因涉嫌诈骗…外逃美国) is someone else: their
    country and crime are not the returnee's named before."""
    [record] = run(
        "2016年11月16日，在海外潜逃13年之久的头号嫌犯柴秀英回国投案自首。"
        "已到案的40名人员里，19人涉嫌贪污。不少人潜逃境外十余年，其中时间最长的龙海生因涉嫌"
        "诈骗犯罪，已外逃美国达18年之久。",
        published="2017-04-20",
    )
    assert (record.name, record.fled_to, record.alleged_crimes) == ("柴秀英", [], [])


def test_a_city_ending_in_tong_before_tian_is_no_same_day() -> None:
    """大同天河国际机场: 同 ends 大同, so 同天 is no anaphoric day."""
    [record] = run(
        "11月2日，外逃葡萄牙近七年的原某局会计吉春兰在专案组陪同下乘机抵达大同天河国际机场，"
        "向省监委投案。",
        published="2020-11-05",
    )
    assert (record.return_date, record.return_date_text) == ("2020-11-02", "11月2日")


@pytest.mark.parametrize("port", ["钦州港", "龙海港", "唐山站", "岳阳楼"])
def test_a_port_or_landmark_of_a_city_is_no_person(port: str) -> None:
    """A prefecture's name opens no name whatever follows (钦州港, 唐山站), and a county-level
    city's opens none before a facility's character (龙海港)."""
    record = only(f"外逃人员陈志华于3月5日从越南经{port}回国投案。")
    assert (record.name, record.method, record.fled_to) == ("陈志华", "surrendered", ["VN"])


def test_a_co_defendant_beside_the_returnees_pronoun_leaves_them_their_crime() -> None:
    """其与同事孙建军涉嫌共同贪污: the sentence is the returnee's as well as the colleague's."""
    record = only(
        "近日，外逃8年的职务犯罪嫌疑人王立群从泰国回国投案。经查，其与同事孙建军涉嫌共同贪污公款"
        "1200万元，2016年逃往泰国。"
    )
    assert (record.name, record.alleged_crimes) == ("王立群", ["embezzlement"])


@pytest.mark.parametrize("opening", ["其妻", "其同伙", "与他一同出逃的"])
def test_another_persons_description_opening_on_the_returnee_keeps_theirs_apart(
    opening: str,
) -> None:
    """其妻刘美华，女，涉嫌洗钱罪…逃往澳大利亚: 其 opens the wife's description, it does not
    make the sentence the returnee's; her country and crime stay hers."""
    record = only(
        "近日，外逃8年的职务犯罪嫌疑人王建平从新西兰回国投案。王建平，男，涉嫌受贿罪。"
        f"{opening}刘美华，女，涉嫌洗钱罪，2017年5月逃往澳大利亚，目前仍在境外。"
    )
    assert (record.name, record.fled_to, record.alleged_crimes) == (
        "王建平",
        ["NZ"],
        ["bribery"],
    )


@pytest.mark.parametrize("name", ["查家辉", "公孙长琛", "欧阳明"])
def test_the_wording_of_the_method_does_not_depend_on_the_names_length(name: str) -> None:
    text = f"原某国有企业财务总监{name}涉嫌挪用公款，潜逃澳门。澳门警方翌日将{name}遣返内地，在拱北口岸移交珠海警方。"
    record = only(text)
    assert [e.text for e in record.evidence if e.field == "method"] == [f"将{name}遣返"]


@pytest.mark.parametrize("city", ["襄阳", "平顶山"])
def test_a_city_opening_on_the_characters_of_another_keeps_the_post(city: str) -> None:
    # 原平 is a city too: in 原平顶山市 the 原 marks the post
    text = (
        f"11月2日，外逃葡萄牙七年的夫妻二人——原{city}市某局会计郑春梅和原{city}市某公司经理"
        "卢新华，在专案组陪同下回国投案。"
    )
    assert [r.former_position for r in run(text)] == [
        f"原{city}市某局会计",
        f"原{city}市某公司经理",
    ]


@pytest.mark.parametrize(
    "country",
    [
        "Saint Vincent and the Grenadines",
        "Democratic Republic of the Congo",
        "Federated States of Micronesia",
    ],
)
def test_a_country_named_with_and_the_or_of_the_keeps_the_surrender_wording(country: str) -> None:
    text = f"Tan Hongbo, a former county official, returned from {country} and surrendered in 2017."
    record = only(text)
    assert [e.text for e in record.evidence if e.field == "method"] == [
        f"returned from {country} and surrender"
    ]


def test_a_month_after_the_country_is_no_part_of_the_surrender_wording() -> None:
    record = only(
        "Li Hua, a former clerk, returned from the United States in July and surrendered."
    )
    assert [e.text for e in record.evidence if e.field == "method"] == ["surrendered"]


def test_an_anonymised_surname_after_a_title_ending_in_a_compound_surnames_first_character() -> (
    None
):
    # 局长孙某: 长 ends the title; 长孙 is a compound surname only where no title ends
    record = only("2024年5月，涉嫌受贿的原某县财政局局长孙某从泰国回国投案。")
    assert record.name == "孙某"


@pytest.mark.parametrize("name", ["武子", "文子"])
def test_a_name_after_a_word_for_a_person_is_read_from_its_first_character(name: str) -> None:
    # 代表人 ends a word: 人武 and 人文 (dictionary words across it) say nothing of the name
    text = f"去年12月，涉嫌集资诈骗的某投资公司法定代表人{name}在缅甸被缉捕，随后被押解回国。"
    assert [r.name for r in run(text, "2024-01-10")] == [name]


def test_a_compound_surname_right_after_a_title_keeps_both_characters() -> None:
    # 局长 ends the title; the 长 after it begins 长孙某
    assert [r.name for r in run("据悉，原局长长孙某从泰国被遣返回国。")] == ["长孙某"]


@pytest.mark.parametrize("name", ["查家辉", "公孙长琛", "司马某某"])
def test_the_return_date_does_not_depend_on_the_names_length(name: str) -> None:
    text = f"泰国警方于2023年5月3日将{name}遣返，并于5月5日在广州白云机场移交广东警方。"
    assert [r.return_date for r in run(text, "2024-01-10")] == ["2023-05-03"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("據報導，涉嫌電信詐騙的犯罪嫌疑人林某日前遭肯亞警方遣送回大陸。", "KE"),
        ("2023年5月，潜逃卡达的犯罪嫌疑人张某被遣返回国。", "QA"),
    ],
)
def test_taiwans_names_of_countries(text: str, code: str) -> None:
    # 肯亞 (Kenya) and 卡達 (Qatar) as Taiwan's papers write them
    assert [r.fled_to for r in run(text, "2024-01-10")] == [[code]]


def test_a_province_ending_in_a_compound_surnames_first_character() -> None:
    # 广东 ends on 东, and 东郭 is a compound surname: the person is 郭某某
    assert [r.name for r in run("广东郭某某于2023年5月从泰国被遣返回国。", "2024-01-10")] == [
        "郭某某"
    ]


def test_a_verb_opening_on_the_character_after_mou_is_no_given_name() -> None:
    # 金某报案: 报 opens 报案 (reported the case); the victim 金某 is no returnee either
    text = "经查，被害人金某报案后，犯罪嫌疑人李某于2023年5月被从泰国遣返回国。"
    assert [r.name for r in run(text, "2024-01-10")] == ["李某"]


@pytest.mark.parametrize("name", ["全民华", "安全龙", "金融涛"])
def test_a_name_after_a_title_may_open_on_a_frequent_noun(name: str) -> None:
    """After a title a word ends, so a frequent noun at the candidate's head (全民, 安全) is its
    surname and first given character; a verb there (包括) still opens no name."""
    assert only(f"8月3日，外逃9年的原某县粮食局局长{name}在老挝被缉捕归案。").name == name
    assert only(f"9月1日，犯罪嫌疑人{name}从柬埔寨回国投案。").name == name
    record = only("专案组成员包括邓立勤等4名同志。5月9日，犯罪嫌疑人卢海从泰国回国投案。")
    assert record.name == "卢海"


@pytest.mark.parametrize("name", ["和婷婷", "和佳佳"])
def test_he_before_a_given_name_the_corpus_hardly_uses_is_the_surname(name: str) -> None:
    assert only(f"今年2月，外逃6年的{name}在其家属陪同下回国投案。").name == name


def test_he_before_a_common_word_stays_a_conjunction() -> None:
    record = only("3月5日，经劝返和主动投案，外逃人员邹海清从越南回国。")
    assert record.name == "邹海清"


@pytest.mark.parametrize(
    "clause",
    ["但仍困在老挝的数百名同案人员", "但又躲在柬埔寨的其他嫌犯", "及早在泰国落网的同伙"],
)
def test_a_conjunction_opening_a_clause_is_no_surname(clause: str) -> None:
    """，但仍困在…: 但 (and 及) after a comma opens the clause; the surname reading needs a name."""
    text = f"6月2日，外逃人员邝立新从老挝被遣返回国，{clause}仍未归案。"
    assert [r.name for r in run(text)] == ["邝立新"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("据悉，和志强于2019年5月20日从缅甸被押解回国。", ["和志强"]),
        ("外逃人员王某从美国回国投案，同日，况建华从加拿大回国投案。", ["王某", "况建华"]),
        ("犯罪嫌疑人李某从泰国被遣返回国，张某仍在逃。", ["李某"]),
        ("犯罪嫌疑人王某和继子从泰国被遣返回国。", ["王某"]),
    ],
)
def test_a_surname_that_is_a_conjunction_after_a_comma_and_an_adverb_after_mou(
    text: str, names: list[str]
) -> None:
    """和 (a Naxi surname), 况 and 但 open names after a comma unless an adverb follows (，但仍困…);
    仍 after 张某 opens the predicate; 和继子 is the conjunction and a stepson."""
    assert [r.name for r in run(text)] == names


@pytest.mark.parametrize("name", ["相会会", "全力强"])
def test_a_profile_line_after_a_lists_dash_confirms_a_name_opening_on_a_word(name: str) -> None:
    """——相会会，男，…: a list entry opened by a dash is a profile line, which confirms a name even
    where its head is a common word (相会, 全力)."""
    text = f"——{name}，男，涉嫌职务侵占罪，潜逃至日本，8月27日回国投案自首。"
    assert only(text).name == name


@pytest.mark.parametrize("name", ["石长安", "刘襄阳"])
def test_a_profile_line_confirms_a_given_name_that_is_a_famous_place(name: str) -> None:
    """长安 and 襄阳 are places as often as given names: the profile line (NAME，男，…) decides."""
    text = (
        f"次日，与其同案的职务犯罪嫌疑人{name}也从泰国被劝返回国。\n"
        f"{name}，男，1976年1月出生，原某区医疗保险管理中心副主任，涉嫌贪污罪，2017年2月外逃。"
    )
    assert only(text).name == name


@pytest.mark.parametrize("name", ["高兴华", "万里明", "宋代华", "关爱柏"])
def test_after_a_title_or_a_quoted_label_a_name_may_open_on_a_rarer_verb_or_a_time_word(
    name: str,
) -> None:
    """From a blind attack and seed 1005: 高兴, 万里, 宋代, 关爱 head real names after a title or
    after “红通人员”; a verb of every page (包括, 管理) still opens none."""
    assert only(f"某县财政局原局长{name}从加拿大回国投案。").name == name
    assert only(f"外逃美国16年的“红通人员”{name}被劝返回国投案。").name == name


@pytest.mark.parametrize(
    "text",
    [
        "办案人员高兴地说，犯罪嫌疑人李某6月13日从泰国被遣返回国。",
        "追逃人员安心地松了一口气，犯罪嫌疑人李某6月13日从泰国被遣返回国。",
        "办案人员严肃地指出，犯罪嫌疑人李某6月13日从泰国被遣返回国。",
    ],
)
def test_a_word_made_an_adverb_by_di_after_a_title_is_no_name(text: str) -> None:
    """From a blind attack: 高兴地, 安心地, 严肃地 are adverbs (地 ends no given name here)."""
    assert [r.name for r in run(text)] == ["李某"]


def test_a_return_from_a_country_named_with_an_abbreviation_keeps_its_wording() -> None:
    """Metamorphic seed 3030: "returned from St. Vincent and surrendered" is the same wording as
    "returned from Canada and surrendered" (the abbreviation's full stop ended the country)."""
    text = "Luo Pingan, a former tax official, returned from {} and surrendered in 2017."
    records = [
        extract_cases(Document(id="t", text=text.format(c), published="2018-01-01"))[0]
        for c in ("Canada", "St. Vincent")
    ]
    assert [(r.method, r.method_text, r.fled_to) for r in records] == [
        ("surrendered", "returned from Canada and surrender", ["CA"]),
        ("surrendered", "returned from St. Vincent and surrender", ["VC"]),
    ]
