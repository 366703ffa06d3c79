"""Extraction behaviour on articles written for these tests (fictional people)."""

from __future__ import annotations

from extract import Document, extract_cases
from extract.record import CaseRecord


def run(
    text: str, published: str | None = "2024-06-28", title: str | None = None
) -> list[CaseRecord]:
    records = extract_cases(
        Document(id="t", text=text, published=published, title=title, url="https://example.test/a")
    )
    for record in records:
        for ev in record.evidence:
            assert text[ev.start : ev.end] == ev.text, ev
    return records


def by_name(records: list[CaseRecord]) -> dict[str, CaseRecord]:
    return {r.name: r for r in records}


def test_standard_notice_fields_and_evidence_spans() -> None:
    text = (
        "在中央追逃办统筹协调下，经贵州省追逃办、省监委等单位不懈努力，外逃15年的职务犯罪嫌疑人、"
        "“百名红通人员”第33号曾德峰6月23日从柬埔寨回国投案。\n"
        "曾德峰，男，1961年8月出生，原贵州省某市国土资源局局长，涉嫌受贿、滥用职权犯罪，2009年5月外逃。"
    )
    [r] = run(text)
    assert (r.name, r.name_pinyin, r.name_is_full) == ("曾德峰", "Zeng Defeng", True)
    assert (r.return_date, r.return_date_text) == ("2024-06-23", "6月23日")
    assert r.fled_to == ["KH"] and r.method == "surrendered" and r.method_text == "回国投案"
    assert r.years_at_large == 15 and r.red_notice and r.red_notice_number == 33
    assert r.alleged_crimes == ["bribery", "abuse_of_power"]
    assert (r.gender, r.birth_year) == ("male", 1961)
    assert r.former_position == "原贵州省某市国土资源局局长"
    assert r.handling_authorities == ["中央追逃办", "贵州省追逃办", "省监委"]
    [ret] = r.evidence_for("return")
    assert ret.text.startswith("在中央追逃办统筹协调下") and ret.text.endswith("回国投案。")


def test_traditional_script_keeps_the_name_as_written() -> None:
    text = "【本報訊】經廣東省追逃辦不懈努力，外逃十一年的職務犯罪嫌疑人區嘉豪日前從馬來西亞被勸返回國。"
    [r] = run(text, published="2023-05-10")
    assert (r.name, r.name_simplified, r.name_pinyin) == ("區嘉豪", "区嘉豪", "Ou Jiahao")
    assert r.method == "persuaded" and r.fled_to == ["MY"] and r.years_at_large == 11
    assert r.return_date is None and r.return_date_text == "日前"
    assert r.evidence_for("return")[0].text.startswith("經廣東省")


def test_chinese_numeral_and_full_width_dates() -> None:
    text = (
        "二〇一五年六月二十三日，外逃八年的职务犯罪嫌疑人查文斌从泰国被遣返回国。\n"
        "２０２２年１０月２５日，外逃４年的公职人员仇某从意大利回国投案自首。"
    )
    records = by_name(run(text, published="2022-10-28"))
    assert (
        records["查文斌"].return_date == "2015-06-23"
        and records["查文斌"].name_pinyin == "Zha Wenbin"
    )
    assert records["查文斌"].method == "deported" and records["查文斌"].years_at_large == 8
    assert records["仇某"].return_date == "2022-10-25" and records["仇某"].name_is_full is False
    assert records["仇某"].years_at_large == 4 and records["仇某"].fled_to == ["IT"]


def test_relative_dates_resolve_against_publication() -> None:
    text = (
        "今年3月，外逃6年的原某县水利局副局长盖长青从老挝回国投案。\n"
        "去年9月，外逃3年的原某区财政局会计解红梅从缅甸被劝返回国。\n"
        "上周四，外逃5年的犯罪嫌疑人朴成哲被韩国警方遣返回国。"
    )
    records = by_name(run(text, published="2024-06-18"))
    assert records["盖长青"].return_date == "2024-03"
    assert records["解红梅"].return_date == "2023-09"
    assert records["朴成哲"].return_date == "2024-06-13"
    assert records["朴成哲"].fled_to == ["KR"]
    assert [records[n].name_pinyin for n in ("盖长青", "解红梅", "朴成哲")] == [
        "Ge Changqing",
        "Xie Hongmei",
        "Piao Chengzhe",
    ]


def test_duration_is_never_a_year() -> None:
    [r] = run("外逃15年的职务犯罪嫌疑人杜宏伟近日从加拿大回国投案。", published="2020-07-01")
    assert r.return_date is None and r.years_at_large == 15


def test_many_people_in_one_article() -> None:
    people = [
        ("韩立军", "美国", "US"),
        ("邹丽华", "加拿大", "CA"),
        ("贺志刚", "澳大利亚", "AU"),
        ("蔡文静", "新西兰", "NZ"),
        ("汪海涛", "泰国", "TH"),
        ("方建国", "柬埔寨", "KH"),
        ("彭晓燕", "老挝", "LA"),
        ("钟伟明", "缅甸", "MM"),
        ("魏春花", "越南", "VN"),
        ("万国庆", "日本", "JP"),
        ("欧阳明辉", "新加坡", "SG"),
        ("秦玉兰", "菲律宾", "PH"),
    ]
    lines = ["今年以来，我省共追回外逃人员12名。"]
    for day, (name, country, _) in enumerate(people, 1):
        lines.append(f"5月{day}日，外逃{day + 2}年的职务犯罪嫌疑人{name}从{country}回国投案。")
    records = by_name(run("\n".join(lines), published="2024-06-01"))
    assert sorted(records) == sorted(p[0] for p in people)
    for day, (name, _, code) in enumerate(people, 1):
        assert records[name].fled_to == [code]
        assert records[name].return_date == f"2024-05-{day:02d}"
        assert records[name].years_at_large == day + 2
    assert records["欧阳明辉"].name_pinyin == "Ouyang Minghui"


def test_two_different_anonymised_people_with_the_same_form() -> None:
    text = (
        "3月5日，潜逃泰国的合同诈骗案犯罪嫌疑人张某被泰国警方遣返回国。\n"
        "3月20日，同案另一名犯罪嫌疑人张某从柬埔寨被押解回国。"
    )
    records = run(text, published="2021-03-25")
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("张某", "2021-03-05", ["TH"], "deported"),
        ("张某", "2021-03-20", ["KH"], "captured"),
    ]


def test_return_stated_in_another_sentence_by_pronoun() -> None:
    text = (
        "4月8日，外逃人员葛秀云从加拿大回国投案。葛秀云，女，原某国有企业出纳，涉嫌挪用公款犯罪。"
        "专案组多次动员其在国内的亲属做思想工作，最终将其成功劝返。"
    )
    [r] = run(text, published="2024-04-12")
    assert r.method == "persuaded" and r.coercion == ["family_pressure"]
    assert r.alleged_crimes == ["misappropriation"] and r.gender == "female"


def test_english_pinyin_name_surname_only_and_cataphora() -> None:
    text = (
        "A former official who fled to Australia nine years ago has returned to China and surrendered, "
        "the Central Commission for Discipline Inspection said on Wednesday.\n"
        "Tan Meiling, 55, former deputy director of a county finance bureau in Jiangxi province, "
        "flew back to Nanchang on Monday.\n"
        "In a separate case, a suspect surnamed Zhou was extradited from Spain on Tuesday, police said. "
        "Zhou is suspected of fraud."
    )
    records = by_name(run(text, published="2024-06-13"))
    assert sorted(records) == ["Tan Meiling", "Zhou"]
    tan, zhou = records["Tan Meiling"], records["Zhou"]
    assert (tan.return_date, tan.fled_to, tan.method, tan.years_at_large) == (
        "2024-06-10",
        ["AU"],
        "surrendered",
        9,
    )
    assert (
        tan.former_position
        == "former deputy director of a county finance bureau in Jiangxi province"
    )
    assert (zhou.name_is_full, zhou.return_date, zhou.fled_to, zhou.method) == (
        False,
        "2024-06-11",
        ["ES"],
        "extradited",
    )
    assert zhou.alleged_crimes == ["fraud"]


def test_what_is_not_a_case() -> None:
    texts = [
        "今年1至5月，全省共追回外逃人员56名，其中党员和国家工作人员14名。",
        "41名电信诈骗犯罪嫌疑人被包机从柬埔寨押解回国。",
        "外逃人员石某仍在逃，相关追逃工作正在推进中。",
        "对仍在境外的涉案人员骆某，省监委已依法冻结其在境内的银行存款。",
        "犯罪嫌疑人邢某于去年在法国被当地警方羁押，目前法国司法机关正在审理中方提出的引渡请求。",
        "参与办案的市监委干部于某回忆，当时困难很多。",
        "其妻王某某多次劝说其回国，目前王某某仍在澳大利亚。",
        "热播剧《天网》里，外逃多年的“老周”最终在异国他乡落网，被押解回国。",
        "今年3月，在美国从事研究十余年的滕启航博士回国，全职加盟南京一所高校。",
        "湖南省某市原副市长鲁建军主动投案，目前正接受审查调查。",
    ]
    for text in texts:
        assert run(text) == [], text


def test_foreigner_deported_from_china_is_not_a_case() -> None:
    text = (
        "Chinese police on Tuesday deported a South Korean fugitive wanted in his home country, "
        "handing him over to South Korean police, the ministry said. The man, Jeon Hyeong-su, 47, "
        "had overstayed his visa."
    )
    assert run(text, published="2019-06-13") == []


def test_no_trigger_no_work() -> None:
    assert run("中央纪委国家监委网站讯 近日，某省召开党风廉政建设工作会议。") == []


def test_publication_known_only_to_the_month() -> None:
    text = "6月23日，外逃人员屈志勇从泰国回国投案。上周四，外逃人员卢海从越南回国投案。"
    records = by_name(run(text, published="2021-06"))
    assert records["屈志勇"].return_date == "2021-06-23"
    assert (records["卢海"].return_date, records["卢海"].return_date_text) == (None, "上周四")


def test_fled_date_with_its_words() -> None:
    zh = "5月3日，外逃7年的职务犯罪嫌疑人柯建华从泰国回国投案。柯建华，男，原某局科长，2017年3月外逃。"
    [r] = run(zh, published="2024-05-06")
    assert (r.fled_date, r.fled_date_text) == ("2017-03", "2017年3月")
    en = "Wu Lihong, a former bank clerk who fled to Canada in 2012, was repatriated on Monday."
    [e] = run(en, published="2024-05-08")
    assert (e.fled_date, e.fled_date_text, e.return_date) == ("2012", "2012", "2024-05-06")
    tw = "外逃加拿大十二年的「紅通人員」黃國強日前回國投案自首。黃國強涉嫌受賄罪，二〇一二年三月出逃。"
    [t] = run(tw)
    assert (t.fled_date, t.fled_date_text, t.years_at_large) == ("2012-03", "二〇一二年三月", 12)


def test_relevance_filter_in_both_scripts_and_cases() -> None:
    from extract import is_relevant

    assert is_relevant("外逃人員龔長林從加拿大回國投案", None)
    assert is_relevant(None, "A FUGITIVE was brought back under Sky Net.")
    assert is_relevant("Ex-official Extradited from Bulgaria", "")
    assert not is_relevant("全省党风廉政建设工作会议召开", "会议强调，要持续深化作风建设。")


def test_dateline_date_is_not_the_return_date() -> None:
    text = (
        "URUMQI, Oct. 16 (Xinhua) -- A former official who fled to Kazakhstan returned to China "
        "after being persuaded by anti-graft authorities, the commission said.\n"
        "Ma Wenjun, 57, former deputy general manager of a trading company, is suspected of embezzlement."
    )
    [r] = run(text, published="2020-10-16")
    assert (r.name, r.method, r.fled_to, r.return_date) == ("Ma Wenjun", "persuaded", ["KZ"], None)
    assert r.evidence_for("return")[0].text.startswith("A former official")


def test_former_post_keeps_the_employer_written_before_its_yuan() -> None:
    """The post is the shortest phrase naming post and employer: 某县财政局原科长 names both,
    wherever it stands (before the name, in an apposition, in brackets); words before the
    employer (a return verb, 外逃人员, a date) are not part of it, and short titles count."""
    texts = {
        "日前，外逃人员中国农业银行某支行原行长王志刚从澳大利亚回国投案。": (
            "王志刚",
            "中国农业银行某支行原行长",
        ),
        "近日，成功劝返某县原副县长张建国回国投案。张建国于2016年外逃加拿大。": (
            "张建国",
            "某县原副县长",
        ),
        "潜逃新加坡5年的赵明亮，江苏省某市原国土局局长，于2024年5月8日被遣返回国。": (
            "赵明亮",
            "江苏省某市原国土局局长",
        ),
        "5月12日，外逃人员孙红梅（某国有银行原柜员）从马来西亚被遣返回国。": (
            "孙红梅",
            "某国有银行原柜员",
        ),
        "涉嫌贪污罪的广州市某区财政局原科长钱文华于2024年4月从泰国回国投案。": (
            "钱文华",
            "广州市某区财政局原科长",
        ),
        "2019年潜逃美国的原局长李卫东日前回国投案自首。": ("李卫东", "原局长"),
    }
    for text, (name, post) in texts.items():
        [r] = run(text)
        assert (r.name, r.former_position) == (name, post), text
        [ev] = r.evidence_for("former_position")
        assert ev.text == post


def test_authorities_split_at_and_only_between_bodies() -> None:
    text = (
        "在中央反腐败协调小组国际追逃追赃和跨境腐败治理工作办公室统筹协调下，经浙江省纪委监委和省公安厅"
        "共同努力，外逃美国12年的职务犯罪嫌疑人周立群日前回国投案。"
    )
    [r] = run(text)
    assert r.handling_authorities == [
        "中央反腐败协调小组国际追逃追赃和跨境腐败治理工作办公室",
        "浙江省纪委监委",
        "省公安厅",
    ]


def test_a_list_of_names_then_each_ones_own_return() -> None:
    """追回王某、李某、张某等3人，其中王某…押解回国，李某、张某…回国投案: the list names everyone
    first; the clauses after 其中 say who came back how, and from where."""
    text = (
        "“天网2024”行动开展以来，我省先后追回外逃人员王某、李某、张某等3人，其中王某从缅甸被押解回国，"
        "李某、张某从泰国回国投案。"
    )
    got = {r.name: (r.fled_to, r.method, r.method_text) for r in run(text)}
    assert got == {
        "王某": (["MM"], "captured", "押解回国"),
        "李某": (["TH"], "surrendered", "回国投案"),
        "张某": (["TH"], "surrendered", "回国投案"),
    }


def test_a_notice_urging_surrender_by_a_deadline_is_not_a_return() -> None:
    assert run("某市公安局发布通告，敦促外逃人员刘某某等人于2024年6月30日前回国投案自首。") == []
    assert run("外逃人员吕某某应于7月1日前回国投案。") == []
    [r] = run("2024年6月30日，外逃美国的刘某某回国投案自首。")
    assert (r.name, r.return_date) == ("刘某某", "2024-06-30")


def test_english_fugitive_in_reported_speech_is_not_the_speaker() -> None:
    """ "the CCDI said Ma Hong, who fled …" reports on Ma Hong; "said Zhou Hanwen, who heads the
    office" quotes an official. "Voluntarily returned" is a surrender (主动回国)."""
    [r] = run(
        "In a video statement, the CCDI said Ma Hong, who fled to New Zealand in 2015 and was "
        "wanted for embezzlement, voluntarily returned to China on Monday after authorities "
        "worked on her relatives.",
        published="2024-04-10",
    )
    assert (r.name, r.method, r.fled_to, r.return_date) == (
        "Ma Hong",
        "surrendered",
        ["NZ"],
        "2024-04-08",
    )
    assert (r.alleged_crimes, r.coercion) == (["embezzlement"], ["family_pressure"])
    [r] = run(
        "Li Ming was repatriated from Canada on Monday, said Zhou Hanwen, who heads the "
        "provincial office.",
        published="2024-04-10",
    )
    assert (r.name, r.method) == ("Li Ming", "deported")
    # a relative clause that ends before the reported clause's verb: the name is its subject
    [r] = run(
        "Police said Tan Jiming, who ran a shipping firm in Ningbo, was extradited from Italy "
        "on Friday. Tan had fled in 2016.",
        published="2024-04-10",
    )
    assert (r.name, r.method, r.fled_to) == ("Tan Jiming", "extradited", ["IT"])


def test_pressure_told_before_the_person_is_named() -> None:
    """The efforts come first with 其, the person and the return after; a letter urging return
    (劝返信) is persuasion (domain.md: writing to the person abroad), not the return."""
    text = (
        "5月以来，专案组通过视频连线、写劝返信等方式，与其进行了十余次沟通。"
        "6月2日，外逃新西兰的蔡某回国投案。"
    )
    [r] = run(text)
    assert (r.name, r.method, r.fled_to, r.return_date) == (
        "蔡某",
        "persuaded",
        ["NZ"],
        "2024-06-02",
    )
    assert r.coercion == ["overseas_contact"]
    [ev] = r.evidence_for("coercion")
    assert ev.text == "通过视频"


def test_two_anonymised_brothers_and_what_the_pair_is_accused_of() -> None:
    text = (
        "经中央追逃办协调，外逃缅甸的张某甲、张某乙兄弟二人于5月20日被缅方移交我方。"
        "二人涉嫌组织领导传销活动罪。"
    )
    got = {r.name: (r.name_is_full, r.fled_to, r.return_date, r.alleged_crimes) for r in run(text)}
    assert got == {
        "张某甲": (False, ["MM"], "2024-05-20", ["other"]),
        "张某乙": (False, ["MM"], "2024-05-20", ["other"]),
    }


def test_english_couple_returning_on_their_own_dates() -> None:
    text = (
        "Zhou Ming and his wife Liu Fang, who fled to Australia in 2013, returned to China on "
        "June 3 and June 5 respectively and turned themselves in."
    )
    got = {r.name: (r.method, r.fled_to, r.return_date, r.gender) for r in run(text)}
    assert got == {
        "Zhou Ming": ("surrendered", ["AU"], "2024-06-03", None),  # "his" is in a shared sentence
        "Liu Fang": ("surrendered", ["AU"], "2024-06-05", "female"),
    }


def test_sex_in_brackets_of_the_profile() -> None:
    [r] = run("2024年5月，犯罪嫌疑人吴某（女，1985年出生）从泰国被遣返回国。")
    assert (r.gender, r.birth_year) == ("female", 1985)
    assert [e.text for e in r.evidence if e.field == "gender"] == ["女"]


def test_crime_named_by_the_case_a_principal_offender_belongs_to() -> None:
    [r] = run("2月25日，在当地警方大力配合下，潜逃境外8年的非法集资案主犯刘某被押解回国。")
    assert (r.name, r.alleged_crimes, r.years_at_large) == ("刘某", ["illegal_fundraising"], 8)


def test_english_title_before_the_name_and_turning_oneself_in() -> None:
    [r] = run(
        "Former bank official Guo Lin returned to China from the US to turn himself in on "
        "Thursday after 17 years on the run.",
        published="2024-04-10",
    )
    assert (r.name, r.method, r.fled_to, r.return_date) == (
        "Guo Lin",
        "surrendered",
        ["US"],
        "2024-04-04",
    )
    assert (r.former_position, r.years_at_large) == ("Former bank official", 17)


def test_hong_kong_and_macao_surname_forms() -> None:
    [r] = run("香港特区政府入境处日前将一名内地逃犯遣返内地。该男子姓林，涉嫌诈骗。")
    assert (r.name, r.name_is_full, r.method, r.fled_to, r.alleged_crimes) == (
        "林",
        False,
        "deported",
        ["HK"],
        ["fraud"],
    )
    [r] = run("澳门治安警察局昨日将一名姓陈的男子遣返内地，该男子涉嫌合同诈骗，潜逃澳门3年。")
    assert (r.name, r.fled_to, r.return_date, r.years_at_large) == ("陈", ["MO"], "2024-06-27", 3)


def test_a_surname_inside_a_word_does_not_start_a_name() -> None:
    text = "日前，经多部门协作，外逃至缅甸北部的电信诈骗犯罪嫌疑人杨某被抓获并押解回国。"
    assert [(r.name, r.method, r.fled_to) for r in run(text)] == [("杨某", "captured", ["MM"])]


def test_employer_named_without_a_post() -> None:
    texts = {
        "外逃人员王某，涉嫌挪用其任职的珠海某国企公款约800万元，2018年潜逃澳门，日前被遣返内地。": "珠海某国企",
        "李某在某市公安局任职期间收受贿赂，2015年外逃美国，今年3月回国投案。": "某市公安局",
    }
    for text, employer in texts.items():
        [r] = run(text)
        assert r.former_position == employer, text


def test_a_relatives_crime_stays_with_the_relative() -> None:
    text = (
        "6月23日，潜逃阿联酋5年的集资诈骗案犯罪嫌疑人石某某由广西警方押解回国。\n"
        "石某某的妻子韦某留在国内，因帮助其转移集资款，去年被法院以洗钱罪判处有期徒刑三年。"
    )
    [r] = run(text)
    assert (r.name, r.alleged_crimes) == ("石某某", ["fraud"])


def test_a_foreigner_sent_home_by_china_is_no_case_nor_a_source_of_crimes() -> None:
    text = (
        "广东省追逃办成功将外逃泰国9年的职务犯罪嫌疑人罗某某缉捕归案。罗某某涉嫌贪污。\n"
        "此外，专案组还协助深圳市公安局将涉嫌诈骗的外籍男子约翰遣返回其国籍国。"
    )
    [r] = run(text)
    assert (r.name, r.method, r.alleged_crimes, r.years_at_large) == (
        "罗某某",
        "captured",
        ["embezzlement"],
        9,
    )


def test_a_title_ending_in_a_surname_character_is_not_part_of_the_name() -> None:
    """主任常征: 任 is a surname, but here it ends the title; 前某县县长 is a former post too."""
    [r] = run("12月8日，“百名红通人员”、原某市建委主任常征从美国回国投案。")
    assert (r.name, r.former_position, r.red_notice) == ("常征", "原某市建委主任", True)
    [r] = run("外逃美国的前某县县长刘某，于2024年5月被美国移民局遣返。")
    assert (r.name, r.former_position, r.method) == ("刘某", "前某县县长", "deported")


def test_english_arrest_abroad_then_return_and_a_day_alone() -> None:
    [r] = run(
        "Zhao Gang was arrested in Vietnam last month and brought back to China on Thursday.",
        published="2024-04-10",
    )
    assert (r.method, r.fled_to, r.return_date, r.return_date_text) == (
        "captured",
        ["VN"],
        "2024-04-04",
        "Thursday",
    )
    [r] = run(
        "Wu Tao, a fugitive who had fled to Fiji, was handed over to Chinese police on the 15th.",
        published="2024-04-10",
    )
    # a handover without deportation wording is a capture, as 移交中国警方 is (domain.md)
    assert (r.method, r.return_date) == ("captured", "2024-03-15")


def test_a_document_of_the_wrong_shape_is_refused_by_name() -> None:
    import pytest

    with pytest.raises(TypeError, match=r"Document 'p7': text must be a str, not tuple"):
        Document(id="p7", text=("标题", "正文"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Document 'p8': published must be a str or None, not int"):
        Document(id="p8", text="正文", published=2024)  # type: ignore[arg-type]


def test_investigator_quoted_on_the_pressure_is_not_a_person_of_the_case() -> None:
    text = (
        "Xu Ming, who had spent 11 years in Ireland, gave himself up on Nov 26.\n"
        "Investigator Sun Lei said the breakthrough came after the team made regular video calls "
        "to Xu in Dublin."
    )
    [r] = run(text)
    assert (r.name, r.method, r.coercion, r.years_at_large) == (
        "Xu Ming",
        "surrendered",
        ["overseas_contact"],
        11,
    )


def test_a_foreign_court_sentencing_a_fugitive_is_prosecution_abroad() -> None:
    [r] = run(
        "2024年3月，美国联邦法院以洗钱罪判处外逃人员乔某某有期徒刑5年，这是中美执法合作异地追诉的又一成果。"
    )
    assert (r.name, r.method, r.fled_to, r.return_date, r.alleged_crimes) == (
        "乔某某",
        "prosecuted_abroad",
        ["US"],
        None,
        ["money_laundering"],
    )
    [r] = run(
        "2023年5月，外逃美国的贾某某回国投案。今年3月，某市中级人民法院以受贿罪判处贾某某有期徒刑十年。"
    )
    assert (r.method, r.return_date) == ("surrendered", "2023-05")  # a court at home


def test_given_names_with_characters_that_are_also_function_words() -> None:
    """中 and 一 begin given names (张中华, 王一鸣) though 在调查中 and 一名 are no names."""
    for text, name in {
        "外逃美国的原某市商务局局长张中华日前回国投案。": "张中华",
        "外逃美国的王一鸣日前回国投案。": "王一鸣",
        "在调查中，外逃加拿大的李某于3月回国投案。": "李某",
    }.items():
        assert [r.name for r in run(text)] == [name], text


def test_handed_over_by_macao_police_to_mainland_police() -> None:
    """Macao or Hong Kong police handing someone to mainland police is a deportation, as
    devset/README.md counts Macao's 遣返內地 (and as the labelled handovers at 拱北 and 皇岗 are)."""
    [r] = run("澳門治安警察局昨日將涉嫌詐騙的內地男子蔡某移交內地公安機關。")
    assert (r.name, r.method, r.fled_to, r.return_date, r.alleged_crimes) == (
        "蔡某",
        "deported",
        ["MO"],
        "2024-06-27",
        ["fraud"],
    )


def test_respective_dates_in_the_second_part_of_a_shared_sentence() -> None:
    """分别 in the part of a sentence after another person's return: the people counted are
    those of the part (this used to fail on the person whose part held no one else)."""
    text = "王某于3月3日被遣返回国，李某、张某分别于4月1日和4月9日回国投案。"
    got = {r.name: (r.method, r.return_date) for r in run(text)}
    assert got == {
        "王某": ("deported", "2024-03-03"),
        "李某": ("surrendered", "2024-04-01"),
        "张某": ("surrendered", "2024-04-09"),
    }


def test_a_voluntary_return_to_stand_trial_is_a_surrender() -> None:
    text = "2004年4月16日，同案犯余振华自愿回国受审，并被判处有期徒刑12年。"
    records = extract_cases(Document(id="t", text=text, published="2005-01-10"))
    assert [(r.name, r.method, r.return_date) for r in records] == [
        ("余振华", "surrendered", "2004-04-16")
    ]
