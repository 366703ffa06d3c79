"""The general name mechanisms: places and common words are never people.

The sentences are written for these tests; they put a place or a word that begins with a surname
character where announcements put a name, so only the mechanism (gazetteer, dictionary) can tell.
"""

from __future__ import annotations

import pytest

from extract import Document, extract_cases
from extract.name_recurrence import repeated_names
from extract.names import is_plausible_zh_name
from extract.places import find_places
from extract.words import is_common_word, straddles_word


@pytest.mark.parametrize("city", ["钦州", "邵阳", "黄冈", "常熟", "马鞍山", "贺州", "高州"])
def test_a_city_is_not_a_name(city: str) -> None:
    assert not is_plausible_zh_name(city)


@pytest.mark.parametrize("city", ["钦州", "邵阳", "黄冈", "常熟", "马鞍山", "贺州", "高州"])
def test_a_city_before_the_return_words_is_not_a_returnee(city: str) -> None:
    text = (
        f"经{city}市监委持续追逃，外逃6年的职务犯罪嫌疑人、原某国企会计欧阳明辉日前从泰国回国投案。"
        f"{city}警方表示将依法处理。"
    )
    records = extract_cases(Document(id="t", text=text, published="2024-05-10"))
    assert [r.name for r in records] == ["欧阳明辉"]


@pytest.mark.parametrize("candidate", ["和儿子", "和女儿", "与妻子", "和父亲", "向母亲"])
def test_a_kinship_word_after_a_surname_character_is_no_given_name(candidate: str) -> None:
    """The one kinship list (names.json kin): 做其妻子和儿子的思想工作 holds no person 和儿子."""
    assert not is_plausible_zh_name(candidate)


def test_a_given_name_that_only_begins_like_a_kinship_word_stays_a_name() -> None:
    assert is_plausible_zh_name("王子豪")
    assert is_plausible_zh_name("何妹")


@pytest.mark.parametrize("word", ["强制", "信任", "公布", "印尼"])
def test_common_words_are_words(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["高峰", "文明", "王刚"])
def test_words_the_dictionary_knows_as_names_stay_possible(word: str) -> None:
    assert not is_common_word(word)


def test_a_candidate_inside_a_longer_word_straddles_it() -> None:
    text = "原中国银行某支行行长许超凡被遣返回国"
    assert straddles_word(text, 0, 2)  # 原中 cuts 中国银行
    start = text.index("许超凡")
    assert not straddles_word(text, start, start + 3)
    islands = "逃往圣文森特和格林纳丁斯后被缉捕"
    start = islands.index("丁斯")
    assert straddles_word(islands, start, start + 2)


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("外逃至津巴布韦的犯罪嫌疑人", "zh", "ZW"),
        ("从阿尔及利亚被遣返回国", "zh", "DZ"),
        ("逃往圣基茨和尼维斯后", "zh", "KN"),
        ("who had fled to Zimbabwe in 2014", "en", "ZW"),
        ("was deported from Algeria", "en", "DZ"),
    ],
)
def test_every_country_is_known_not_only_the_curated_ones(
    text: str, language: str, code: str
) -> None:
    assert [p.code for p in find_places(text, 0, len(text), language)] == [code]


@pytest.mark.parametrize(
    ("text", "language"),
    [("东南沿海地区的企业", "zh"), ("马里兰州的法院", "zh")],
)
def test_an_uncurated_country_name_inside_other_words_is_no_country(
    text: str, language: str
) -> None:
    assert find_places(text, 0, len(text), language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "6月21日6时许，猎狐行动工作组在境外将潜逃的犯罪嫌疑人押解回国。",
        "时隔近2年，这名犯罪嫌疑人由警方从哥伦比亚押解回国。",
        "海峡网12月7日讯 一名外逃人员日前从泰国回国投案。",
    ],
)
def test_a_time_unit_or_a_word_that_starts_with_a_surname_is_no_returnee(sentence: str) -> None:
    assert extract_cases(Document(id="t", text=sentence, published="2016-12-07")) == []


def test_a_name_that_begins_with_a_rare_word_or_a_compound_surname_stays_a_name() -> None:
    text = "外逃11年的犯罪嫌疑人许国俊、司徒国华日前从美国被遣返回国。"
    records = extract_cases(Document(id="t", text=text, published="2016-12-07"))
    assert sorted(r.name for r in records) == ["司徒国华", "许国俊"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("4月27日，警方从老挝将犯罪嫌疑人张XX押解回国。", "张XX"),
        ("4月27日，潜逃老挝的犯罪嫌疑人谢某兰从老挝回国投案。", "谢某兰"),
        ("4月9日，工作组将外逃的犯罪嫌疑人胡某依法从泰国引渡回国。", "胡某"),
    ],
)
def test_anonymised_forms(sentence: str, name: str) -> None:
    records = extract_cases(Document(id="t", text=sentence, published="2016-04-28"))
    assert [(r.name, r.name_is_full) for r in records] == [(name, False)]


def test_a_function_word_after_mou_is_not_part_of_the_name() -> None:
    text = "4月9日，潜逃泰国的犯罪嫌疑人黄某终于从泰国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2016-04-28"))
    assert [r.name for r in records] == ["黄某"]


def test_a_full_name_the_dictionary_holds_as_a_place_is_still_a_name() -> None:
    text = "在中央追逃办统筹协调下，外逃5年的职务犯罪嫌疑人马建国日前从泰国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2020-01-01"))
    assert [r.name for r in records] == ["马建国"]
    assert is_plausible_zh_name("马建国") and not is_plausible_zh_name("相继")


def test_a_name_repeated_without_cues_is_known_by_its_recurrence() -> None:
    # a trial feature: the person is named four times, never beside a cue word, and the return
    # is told in a sentence that names nobody
    text = (
        "2018年5月9日，某市中级人民法院公开审理被告人常玉芬贪污一案。"
        "某县财政局原副局长，因涉嫌贪污公款，于2009年出逃，先后藏身新西兰和澳大利亚，于2016年回国投案。"
        "虽然常玉芬涉案金额较大，但法庭依法保障其辩护权。"
        "因为常玉芬表示不聘请律师，法庭为常玉芬指派了辩护人。"
    )
    records = extract_cases(Document(id="t", text=text, published="2018-05-10"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [
        ("常玉芬", "surrendered", ["NZ", "AU"])
    ]


def test_a_two_character_name_repeated_without_cues_is_a_name() -> None:
    # a persuasion feature names a clerk by two characters, five times, never beside a cue word;
    # the return itself is told around his name with words that are no cue (刚一, 总算)
    text = (
        "“我回来了，给组织添麻烦了。”5月6日上午，滞留境外两年的邓翔刚一入境，就赶到约定地点。"
        "邓翔此前是某区税务所职员，2017年3月私自出境后一直未归。"
        "工作组登门向邓翔的亲属讲解政策，发动亲属做其思想工作，邓翔总算放下包袱，"
        "主动联系劝返工作组，安排回国行程。谈起这段经历，邓翔几次红了眼眶。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-05-08"))
    assert [(r.name, r.method) for r in records] == [("邓翔", "persuaded")]
    assert repeated_names(text) == {"邓翔"}


def test_a_two_character_string_always_followed_by_one_character_is_no_name() -> None:
    # 邓翔 recurs, but always inside 邓翔宇: the name is the longer one
    text = "邓翔宇说。邓翔宇回国。邓翔宇投案。邓翔宇表示。"
    assert "邓翔" not in repeated_names(text)


def test_a_repeated_string_inside_a_longer_word_is_no_name() -> None:
    # 国银行 recurs only inside 中国银行, 高度重 only inside 高度重视
    text = "中国银行某支行。中国银行另一支行。中国银行总行。各方高度重视，高度重视，高度重视。"
    assert repeated_names(text) == set()


def test_names_listed_beside_a_known_name_are_names() -> None:
    # one list introduces three managers; a foreign court later sentences two of them, whose
    # names stand beside nothing but each other and 和
    text = (
        "某银行分行前后三任行长——温家栋、柯立新、温家梁，把巨额资金转移到海外。"
        "2003年5月，柯立新在美国被抓获，后被遣返回国。"
        "2009年，美国联邦法院以洗钱等罪名，分别判处温家栋和温家梁入狱20年和18年。"
    )
    records = extract_cases(Document(id="t", text=text, published="2009-06-01"))
    assert sorted((r.name, r.method) for r in records) == [
        ("柯立新", "deported"),
        ("温家栋", "prosecuted_abroad"),
        ("温家梁", "prosecuted_abroad"),
    ]


def test_a_frequent_place_after_a_surname_character_is_no_given_name() -> None:
    # 向 is a surname and a preposition; 原 a surname and "former"
    assert not is_plausible_zh_name("向中国")
    assert not is_plausible_zh_name("原襄阳")
    assert is_plausible_zh_name("王建国")


def test_a_cadre_named_in_the_return_sentence_is_the_returnee() -> None:
    text = "2015年3月2日，涉嫌受贿潜逃美国的某县原副县长、副处级干部钟立群回国投案自首。"
    records = extract_cases(Document(id="t", text=text, published="2015-03-05"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [("钟立群", "surrendered", ["US"])]


def test_a_sentence_opening_on_a_name_and_a_career_introduces_the_person() -> None:
    text = (
        "何丽娟，曾任某市住建局副局长，2005年出逃加拿大。"
        "2017年6月8日，在潜逃境外12年之后，她回国投案自首。"
    )
    records = extract_cases(Document(id="t", text=text, published="2017-06-10"))
    assert [(r.name, r.return_date, r.fled_to) for r in records] == [
        ("何丽娟", "2017-06-08", ["CA"])
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bribes totaling 3.2 million US dollars", "en"),
        ("assets worth 8 million Singapore dollars", "en"),
        ("卷走公款折合120万新加坡元", "zh"),
        ("另有港币200万元", "zh"),
    ],
)
def test_a_currency_is_no_country(text: str, language: str) -> None:
    assert find_places(text, 0, len(text), language) == []


def test_a_short_name_opening_the_next_item_of_a_list_of_returns_is_a_name() -> None:
    text = "2016年，“百名红通人员”尹德明从美国回国投案、邹丁从西班牙被引渡回国等，都是合作成果。"
    records = extract_cases(Document(id="t", text=text, published="2017-03-10"))
    assert sorted((r.name, r.method, tuple(r.fled_to)) for r in records) == [
        ("尹德明", "surrendered", ("US",)),
        ("邹丁", "extradited", ("ES",)),
    ]


@pytest.mark.parametrize("verb", ["强制遣返", "押解回国", "引渡回国"])
def test_a_name_right_before_the_return_verb_is_a_name(verb: str) -> None:
    text = f"无论是将外逃20年的柯立新{verb}，还是开展长达十年的追逃，都取得了成果。"
    records = extract_cases(Document(id="t", text=text, published="2018-05-24"))
    assert [r.name for r in records] == ["柯立新"]


@pytest.mark.parametrize("title", ["民警", "记者", "检察官"])
def test_a_name_after_an_officials_title_is_never_the_returned_person(title: str) -> None:
    """The titles come from names.json's one list of officials: the officer is not a case."""
    text = f"2019年3月5日，外逃8年的职务犯罪嫌疑人韩立坤从加拿大回国投案。{title}宋启明陪同其办理手续。"
    records = extract_cases(Document(id="t", text=text, published="2019-03-08"))
    assert [r.name for r in records] == ["韩立坤"]


def test_an_ambiguous_title_describes_the_fugitive_in_a_return_sentence() -> None:
    """干部 is in officials_ambiguous: 副厅级干部X回国投案 reports X's own return."""
    text = "2020年6月2日，外逃5年的副厅级干部钱卫东从泰国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2020-06-04"))
    assert [(r.name, r.return_date, r.fled_to) for r in records] == [
        ("钱卫东", "2020-06-02", ["TH"])
    ]


def test_a_descriptor_after_a_comma_belongs_to_the_next_name_in_a_shared_sentence() -> None:
    """Three returns in one comma-joined sentence, each name led by its own descriptor: the
    crime and the years before a name are that person's, never the previous one's."""
    text = (
        "【本報訊】中央追逃辦昨日通報，今年以來共追回外逃人員二百餘人。其中，外逃十二年的湖南省"
        "某國企原總經理陳文輝從加拿大被遣返回國，潛逃美國九年的黃海濤主動回國投案，涉嫌貪污的劉國強"
        "在泰國落網後被押解回國。"
    )
    records = extract_cases(Document(id="t", text=text, published="2024-03-02"))
    assert [(r.name, r.fled_to, r.method, r.alleged_crimes, r.years_at_large) for r in records] == [
        ("陳文輝", ["CA"], "deported", [], 12.0),
        ("黃海濤", ["US"], "surrendered", [], 9.0),
        ("劉國強", ["TH"], "captured", ["embezzlement"], None),
    ]


def test_persuading_someone_to_surrender_is_a_persuaded_return() -> None:
    """ "persuading them to surrender" (any object pronoun, surrender as the aim) reports a
    persuaded return as "persuaded him to return" does; the name follows in a later sentence."""
    text = (
        "Police in Zhejiang brought a fugitive back from Portugal for the first time, persuading "
        "them to surrender last month, the provincial security department said on Tuesday. "
        "The department said Lu Jianhua, a former manager of a textile exporter, had fled to "
        "Portugal in 2016."
    )
    records = extract_cases(Document(id="t", text=text, published="2021-06-08"))
    assert [(r.name, r.fled_to, r.method) for r in records] == [("Lu Jianhua", ["PT"], "persuaded")]


@pytest.mark.parametrize("campaign", ["“云剑”行动", "“净边2021”专项行动", "“雷霆3号”专项行动"])
def test_a_quoted_campaign_code_name_is_never_a_person(campaign: str) -> None:
    """A short quotation followed by a campaign word (names.json campaign_words) names the
    operation, however often the article repeats it; its opening characters may read as a
    surname and a given name."""
    text = (
        f"近日，南湖区警方结合{campaign}，成功规劝2名潜逃境外的犯罪嫌疑人回国自首。"
        "2021年6月9日，潜逃柬埔寨的犯罪嫌疑人鲁某从柬埔寨回国投案自首。"
        f"{campaign}开展以来，该局已劝返在逃人员2名。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-06-20"))
    assert [(r.name, r.return_date, r.fled_to) for r in records] == [("鲁某", "2021-06-09", ["KH"])]


def test_a_surname_before_a_country_name_is_never_a_name() -> None:
    """由泰国引渡回国: 由 is a surname, but a given name that is a country's name (every
    two-character one of countries.json) makes no person."""
    from extract.lexicon import default_lexicon

    lex = default_lexicon()
    two = sorted({n for c in lex.countries for n in c.zh if len(n) == 2 and not n.isascii()})
    assert len(two) > 20
    assert [
        n for n in two if is_plausible_zh_name("由" + n) or is_plausible_zh_name("向" + n)
    ] == []
    assert is_plausible_zh_name("由建国")


def test_fang_is_a_given_name_character() -> None:
    """方 ends words such as 警方 and 中方, which the dictionary knows; in a name it is an
    ordinary given-name character (names.json not_given lists function characters only)."""
    text = "4月9日，外逃25年的职务犯罪嫌疑人袁国方从美国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2019-04-12"))
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("袁国方", "2019-04-09", ["US"], "surrendered")
    ]
    assert not is_plausible_zh_name("韩方") and not is_plausible_zh_name("中方")


def test_a_rare_dictionary_word_before_a_surname_is_no_title() -> None:
    """执法部门请求: 法部 (of 司法部) is in jieba's dictionary but rare, and 部门 is far more
    frequent, so 门 ends 部门 and begins no name; a frequent title (局长) still ends right before
    a name whose surname would make a word with it (局长安立新, not 长安)."""
    text = (
        "8月25日凌晨，应美国执法部门请求，中国警方将潜逃中国的美籍逃犯遣返美国。"
        "2019年3月5日，外逃8年的某县原公安局局长安立新从加拿大回国投案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-03-08"))
    assert [r.name for r in records] == ["安立新"]


def test_a_given_name_may_end_in_yi_where_no_word_crosses_its_end() -> None:
    """汤建一 is a name; 一 begins a word after a name (王海一同回国) only where the dictionary
    says so, which the word-crossing check decides, not a ban on the character."""
    text = "2014年6月30日，潜逃英国18年的某公司原经理汤建一被抓获归案，从英国押解回国。"
    records = extract_cases(Document(id="t", text=text, published="2014-07-02"))
    assert [(r.name, r.fled_to) for r in records] == [("汤建一", ["GB"])]
    text = "2015年5月3日，外逃泰国的李海与妻子一同回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2015-05-05"))
    assert [r.name for r in records] == ["李海"]


def test_a_bracketed_label_before_a_colon_is_no_name() -> None:
    """（原标题：…） heads a reprint: 原 is a surname, but a word right after an opening bracket
    and before a colon labels what follows."""
    text = "（原标题：又一名经济逃犯在老挝被劝返回国）6月9日，潜逃老挝4年的经济犯罪嫌疑人卜某被劝返回国。"
    records = extract_cases(Document(id="t", text=text, published="2017-06-10"))
    assert [(r.name, r.method) for r in records] == [("卜某", "persuaded")]


def test_a_name_never_starts_inside_a_chinese_place_of_three_characters() -> None:
    """石家庄海关: 庄 is a surname, but it sits inside 石家庄 (the gazetteer)."""
    text = "12月26日，石家庄海关在办的走私案犯罪嫌疑人柯某在老挝被成功抓获，12月27日押解回国。"
    records = extract_cases(Document(id="t", text=text, published="2019-12-30"))
    assert [(r.name, r.fled_to) for r in records] == [("柯某", ["LA"])]


def test_a_label_opening_a_line_and_the_reporters_in_a_byline_are_no_people() -> None:
    text = (
        "原标题：涉嫌走私外逃嫌疑人被押解回国\n"
        "新华社南宁1月3日电（记者韦立新、覃海明）潜逃越南3年的走私犯罪嫌疑人邝某近日被押解回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-01-03"))
    assert [(r.name, r.fled_to) for r in records] == [("邝某", ["VN"])]


def test_a_list_that_introduces_a_second_wang_mou_names_two_people() -> None:
    """Round-ups list anonymised names, and the same 李某 may stand for two people, each with a
    descriptor of their own, someone else listed between them; one person told twice in one
    sentence (嫌疑人张某…犯罪嫌疑人张某的联系方式) stays one."""
    text = (
        "9月初，工作组在马来西亚抓获涉嫌诈骗的辽宁逃犯李某、边某，涉嫌贷款诈骗的河北逃犯李某，"
        "三人均已被押解回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2013-09-25"))
    assert [r.name for r in records] == ["李某", "边某", "李某"]
    text = "警方确定了嫌疑人张某已出境并获取了犯罪嫌疑人张某的联系方式，张某于4月27日从老挝被押解回国。"
    records = extract_cases(Document(id="t", text=text, published="2016-05-02"))
    assert [r.name for r in records] == ["张某"]


def test_new_jersey_is_a_state_of_the_united_states_not_jersey() -> None:
    text = "a lawyer in New Jersey"
    assert [p.code for p in find_places(text, 0, len(text), "en")] == ["US"]


@pytest.mark.parametrize("predicate", ["辗转", "独自", "连夜", "毅然", "乘坐航班"])
def test_a_name_before_any_verb_or_adverb_is_cued_by_the_segmenter(predicate: str) -> None:
    """names.json ``after`` lists the words announcements put after a name; a feature puts any
    verb or adverb there, and jieba's tags know those (辗转, 独自: tagged v and d)."""
    text = f"外逃9年的原县供销社主任韦德成{predicate}从老挝回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2024-05-10"))
    assert [(r.name, r.method, r.fled_to) for r in records] == [("韦德成", "surrendered", ["LA"])]


def test_the_person_a_bribe_went_to_is_not_the_returnee() -> None:
    """涉嫌向 … X 行贿: X is the other side of the crime, whatever title stands before X."""
    text = "11月27日，涉嫌向原省交通厅副厅长许文涛行贿的某公司原董事长，犯罪嫌疑人郑家明从新加坡回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2014-12-01"))
    assert [(r.name, r.return_date) for r in records] == [("郑家明", "2014-11-27")]


def test_a_name_before_the_event_two_sentences_on_is_confirmed() -> None:
    """…“红色通缉令”上的边某某。他2001年外逃…。4月25日，…的他在上海被抓获: the name stands two
    sentences before the event of its paragraph that reports the person's return by pronoun."""
    text = (
        "情形相似的还有某信托公司原总经理、“红色通缉令”上的卢振邦。"
        "他2001年涉嫌贪污1100万元后外逃英国。"
        "4月25日，改换身份偷偷潜回国内的他在上海被警方抓获归案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2015-05-01"))
    assert [(r.name, r.fled_to) for r in records] == [("卢振邦", ["GB"])]


def test_a_two_character_name_the_dictionary_knows_only_as_a_small_place_is_a_name() -> None:
    # 罗川 is a township in the dictionary, used ten times in its corpus; 黄山 (486) is a place
    assert is_plausible_zh_name("罗川") and not is_plausible_zh_name("黄山")
    text = "在加拿大藏身近八年的犯罪嫌疑人罗川，近期已由加拿大回国投案自首。"
    records = extract_cases(Document(id="t", text=text, published="2012-07-14"))
    assert [(r.name, r.fled_to, r.method) for r in records] == [("罗川", ["CA"], "surrendered")]


@pytest.mark.parametrize("word", ["最后", "终于"])
def test_a_name_before_a_time_or_sequence_word_is_a_name(word: str) -> None:
    text = f"2011年，在加拿大拖了近12年的柯立新{word}被加拿大司法机关强制遣返，回到国内受审。"
    records = extract_cases(Document(id="t", text=text, published="2012-07-14"))
    assert [(r.name, r.return_date, r.method) for r in records] == [("柯立新", "2011", "deported")]


@pytest.mark.parametrize("officer", ["塘下派出所副所长韦海林", "市公安局副政委韦海林"])
def test_a_post_held_now_in_a_pursuing_body_is_an_officers(officer: str) -> None:
    text = (
        f"镇上的李某2000年潜逃法国。可{officer}和片区民警吴警官登门做李某家属的思想工作时，"
        "多次被挡在门外。10月22日，韦海林来塘下开展促投工作，见到了李父。李父当着他的面拨通"
        "儿子的电话，要他回国自首。11月5日，李某从法国坐飞机回国投案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-11-08"))
    assert [(r.name, r.return_date) for r in records] == [("李某", "2019-11-05")]


def test_a_former_post_named_where_a_court_tries_the_returnee_is_the_returnees() -> None:
    text = (
        "7月6日，昆明市中级法院开庭审理云南省交通厅前副厅长韦毅涉嫌受贿案。韦毅2014年出逃"
        "新加坡，后来被司法机关劝说回国投案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2016-07-07"))
    assert [r.name for r in records] == ["韦毅"]


@pytest.mark.parametrize("place", ["张宅村", "李家镇"])
def test_a_village_or_town_is_no_person(place: str) -> None:
    text = f"{place}的李某2000年潜逃法国。11月5日，{place}片区民警接回了从法国回国投案的李某。"
    records = extract_cases(Document(id="t", text=text, published="2019-11-08"))
    assert [r.name for r in records] == ["李某"]


def test_a_name_before_an_fa_after_the_offence_is_a_name() -> None:
    text = (
        "其中，第20号通缉对象柯宇航案发后逃往泰国，在家人规劝下，昨天晚上主动回国投案。"
        "此外，第36号通缉对象韦琦都是因群众举报而在广州落网的。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-08-08"))
    assert [(r.name, r.fled_to, r.return_date) for r in records] == [
        ("柯宇航", ["TH"], "2019-08-07")
    ]


def test_a_given_name_may_end_in_zhong() -> None:
    text = "上海公安机关把潜逃长达14年、属于百名红色通缉令逃犯之一的柯立中从加拿大抓获归案。"
    records = extract_cases(Document(id="t", text=text, published="2015-06-20"))
    assert [r.name for r in records] == ["柯立中"]
    # 调查中 stays no name: the dictionary word 调查 crosses the would-be 查中
    assert straddles_word("正在调查中", 3, 5)
    text = "案件正在调查中，犯罪嫌疑人柯立中已从加拿大被遣返回国。"
    records = extract_cases(Document(id="t", text=text, published="2015-06-20"))
    assert [r.name for r in records] == ["柯立中"]


def test_names_run_together_before_their_count_are_each_a_name() -> None:
    text = "记者：“2023年11月16日，经缅甸各方全力配合，韦建平龙秋兰蒙丽丽三人落网，并被移交中国公安机关。”"
    records = extract_cases(Document(id="t", text=text, published="2024-01-31"))
    assert [r.name for r in records] == ["韦建平", "龙秋兰", "蒙丽丽"]


def test_words_before_a_count_are_no_names_run_together() -> None:
    text = "欧洲地区另有两名犯罪嫌疑人被遣返回国。"
    assert extract_cases(Document(id="t", text=text, published="2024-01-31")) == []


def test_mrs_with_a_surname_is_no_given_name() -> None:
    # 范太 is Mrs Fan in Hong Kong papers: the wife who speaks, not a returnee
    assert not is_plausible_zh_name("范太")
    text = "兩年前的今天，韋志強被泰國當局遣返中國。范太說曾有中國官員到過拘留所，把人遣返。"
    records = extract_cases(Document(id="t", text=text, published="2017-11-15"))
    assert [r.name for r in records] == ["韋志強"]


def test_one_of_a_counted_group_is_not_the_whole_group() -> None:
    text = (
        "2016年，犯罪嫌疑人韦某某、龙某某、蒙某某涉嫌集资诈骗罪外逃。"
        "2020年5月18日，韦某某等3人中的主犯韦某某在泰国被缉捕归案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2020-05-20"))
    assert [r.name for r in records] == ["韦某某"]


@pytest.mark.parametrize(
    "descriptor",
    [
        "职务犯罪嫌疑人、原南宁市公安局副局长",
        "职务犯罪嫌疑人、时任瑞安市公安局塘下派出所所长",
        "原深圳海关缉私局副局长",
    ],
)
def test_a_police_officer_who_fled_is_a_returnee(descriptor: str) -> None:
    text = f"外逃8年的{descriptor}韦建华于2020年5月20日从泰国被遣返回国。"
    records = extract_cases(Document(id="t", text=text, published="2020-05-22"))
    assert [(r.name, r.method) for r in records] == [("韦建华", "deported")]


def test_a_serving_officer_named_with_the_suspicion_is_a_returnee() -> None:
    text = "南昌市公安局东湖分局派出所副所长韦小军，涉嫌受贿罪，2016年外逃。2020年5月15日，韦小军从泰国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2020-05-22"))
    assert [(r.name, r.fled_to) for r in records] == [("韦小军", ["TH"])]


@pytest.mark.parametrize("opening", ["还有", "包括"])
def test_a_list_opened_by_a_word_takes_its_first_name(opening: str) -> None:
    """A list's first name may stand after a word (还有, 包括) rather than after punctuation; the
    name is taken from its known neighbour when the word ends right before it."""
    text = (
        f"今年以来，{opening}缪振邦、邝立勤等9名外逃人员先后被缉捕回国。"
        "邝立勤曾任某市国土局副局长。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-03-02"))
    assert sorted(r.name for r in records) == ["缪振邦", "邝立勤"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("南韓", "KR"), ("坦尚尼亞", "TZ"), ("萬那杜", "VU"), ("吉爾吉斯", "KG")],
)
def test_the_country_names_taiwan_and_hong_kong_write_are_countries(name: str, code: str) -> None:
    text = f"外逃{name}多年的嫌疑人韋德勝，今年3月被遣返回國。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [(r.name, r.fled_to) for r in records] == [("韋德勝", [code])]


@pytest.mark.parametrize(("name", "code"), [("Scotland", "GB"), ("Macedonia", "MK")])
def test_the_usual_english_short_names_are_countries(name: str, code: str) -> None:
    text = f"Wei Desheng, who fled to {name} in 2015, was repatriated to China in March."
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [r.fled_to for r in records] == [[code]]


@pytest.mark.parametrize(
    ("city", "code"), [("妙瓦底", "MM"), ("比什凯克", "KG"), ("布达佩斯", "HU"), ("惠灵顿", "NZ")]
)
def test_a_city_fled_to_names_its_country(city: str, code: str) -> None:
    text = f"2016年，韦德胜携款潜逃至{city}。今年3月，韦德胜回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [(r.name, r.fled_to) for r in records] == [("韦德胜", [code])]


@pytest.mark.parametrize(
    ("capital", "code"), [("Kathmandu", "NP"), ("Lisbon", "PT"), ("Copenhagen", "DK")]
)
def test_a_capital_fled_to_names_its_country(capital: str, code: str) -> None:
    text = f"Wei Desheng, who fled to {capital} in 2015, was repatriated to China in March."
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [r.fled_to for r in records] == [[code]]


def test_a_stopover_on_the_flight_home_is_no_country_of_flight() -> None:
    text = (
        "7月1日，工作组押解犯罪嫌疑人韦德胜，乘坐经停多哈的航班抵达上海。"
        "这名在境外潜藏9年的红通人员，此前在肯尼亚被抓获。"
    )
    records = extract_cases(Document(id="t", text=text, published="2023-07-02"))
    assert [(r.name, r.fled_to) for r in records] == [("韦德胜", ["KE"])]


@pytest.mark.parametrize("name", ["周一鸣", "周一凡", "周天宇"])
def test_the_surname_zhou_before_a_weekday_character_begins_a_name(name: str) -> None:
    text = f"职务犯罪嫌疑人{name}于2021年4月20日从泰国回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [(r.name, r.return_date) for r in records] == [(name, "2021-04-20")]


def test_a_weekday_after_a_name_stays_a_weekday() -> None:
    text = "外逃泰国的职务犯罪嫌疑人韦德胜周三上午回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [(r.name, r.return_date) for r in records] == [("韦德胜", "2021-05-05")]


@pytest.mark.parametrize("candidate", ["曾屡次", "曾多次", "曾再次", "于同时"])
def test_an_adverb_after_a_surname_character_is_no_given_name(candidate: str) -> None:
    """曾屡次向国内开出天价: 曾 is "once" and 屡次 "repeatedly", the dictionary's adverb."""
    assert not is_plausible_zh_name(candidate)


@pytest.mark.parametrize("name", ["柯立新", "王建国", "钱振兴", "王刚刚", "曾明明", "王永远"])
def test_a_given_name_the_dictionary_also_knows_as_a_rare_adverb_stays_a_name(name: str) -> None:
    # a rare adverb (立新), a doubled given name (刚刚, 明明), or a surname that is no adverb
    assert is_plausible_zh_name(name)


def test_an_adverb_after_a_listed_returnee_is_no_second_returnee() -> None:
    text = (
        "“百名红通人员”2号邝秀英，曾屡次向国内有关部门提出回国条件，"
        "后经多方工作于2016年11月16日回国投案。"
    )
    records = extract_cases(Document(id="t", text=text, published="2017-04-20"))
    assert [r.name for r in records] == ["邝秀英"]


def test_a_repeated_name_that_begins_with_a_country_is_a_name_and_no_country() -> None:
    # 韩国栋 is 韩 + 国栋, though 韩国 is Korea: the article repeats the whole name
    text = (
        "外逃19年的职务犯罪嫌疑人韩国华归案。"
        "9月3日，韩国华被美国强制遣返回国。"
        "韩国华被遣返后将在国内受审。"
        "专家表示，韩国华案说明追逃没有终点。"
    )
    records = extract_cases(Document(id="t", text=text, published="2021-09-05"))
    assert [(r.name, r.fled_to, r.method) for r in records] == [("韩国华", ["US"], "deported")]


def test_a_country_before_a_word_it_makes_with_its_next_character_is_no_name() -> None:
    # 韩国人 recurs, but 国人 is a word: Koreans, not a person called 韩国人
    text = "韩国人说。韩国人回国。韩国人投案。韩国人表示。"
    assert "韩国人" not in repeated_names(text)


def test_one_anonymised_name_described_twice_apart_is_two_people() -> None:
    text = (
        "2019年，某省公安机关把涉嫌集资诈骗2亿多元的钱某、孙某缉捕回国。"
        "经过不懈努力，在新西兰潜逃9年、涉嫌挪用公款3000多万元的犯罪嫌疑人钱某被缉捕回国。"
        "钱某对其犯罪事实供认不讳。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-12-20"))
    assert sorted((r.name, tuple(r.fled_to), r.years_at_large) for r in records) == [
        ("孙某", (), None),
        ("钱某", (), None),
        ("钱某", ("NZ",), 9.0),
    ]


@pytest.mark.parametrize(
    "again",
    [
        "涉嫌集资诈骗2亿余元的犯罪嫌疑人钱某于3月5日被押解回国",  # the same sum
        "在新西兰潜逃9年的犯罪嫌疑人钱某于3月5日被押解回国",  # no sum to differ
    ],
)
def test_one_anonymised_name_described_twice_alike_is_one_person(again: str) -> None:
    text = f"公安机关将涉嫌集资诈骗2亿多元的钱某缉捕归案。{again}。"
    records = extract_cases(Document(id="t", text=text, published="2019-12-20"))
    assert [r.name for r in records] == ["钱某"]


@pytest.mark.parametrize("name", ["傅立群", "萧志远", "蕭志遠"])
def test_common_surnames_missing_before_begin_names(name: str) -> None:
    text = f"2月3日，外逃加拿大九年的原国企出纳{name}回国投案。"
    records = extract_cases(Document(id="t", text=text, published="2021-02-10"))
    assert [(r.name, r.method) for r in records] == [(name, "surrendered")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据悉骆立明于3月5日从泰国回国投案。", "骆立明"),
        ("记者获悉邬建华被从柬埔寨遣返回国。", "邬建华"),
    ],
)
def test_a_name_right_before_its_return_needs_no_descriptor_before_it(text: str, name: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2021-04-01"))
    assert [r.name for r in records] == [name]


def test_a_word_before_a_return_cue_is_no_name() -> None:
    text = "公安机关于3月5日将外逃泰国的犯罪嫌疑人押解回国。"
    assert extract_cases(Document(id="t", text=text, published="2021-04-01")) == []


def test_a_verb_after_a_country_side_is_no_name_before_a_return() -> None:
    text = "外逃泰国8年的韦德胜日前被泰方递解回国。"
    records = extract_cases(Document(id="t", text=text, published="2021-05-10"))
    assert [r.name for r in records] == ["韦德胜"]


@pytest.mark.parametrize(
    "text",
    [
        "在中央追逃办统筹协调下，外逃美国12年的骆志明案取得重大突破，其本人已回国投案。",
        "原县财政局出纳骆志明出逃泰国九年后，于3月5日回国投案。",
    ],
)
def test_the_case_of_a_name_and_its_flight_end_the_name(text: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2021-04-01"))
    assert [(r.name, r.method) for r in records] == [("骆志明", "surrendered")]


@pytest.mark.parametrize(
    "text",
    [
        "该外逃人员最终安然回国投案。",
        "据悉马仔被泰方遣返回国。",
        "据悉高管于3月5日回国投案。",
    ],
)
def test_a_word_before_a_return_is_no_bare_name(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2021-05-20")) == []


@pytest.mark.parametrize(
    "text",
    [
        "高某一案的同案人员卢某于3月5日从泰国被遣返回国。",
        "黄某某案的主犯卢某于3月5日从泰国被遣返回国。",
        "协助孔某某出逃的司机卢某于3月5日从泰国被遣返回国。",
        "涉及姜某某一案的证人卢某从泰国回国。",
    ],
)
def test_the_person_whose_case_or_flight_it_was_is_no_returnee(text: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2021-05-20"))
    assert [r.name for r in records] == ["卢某"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a given name that is a frequent place, after a character the dictionary knows only as
        # a surname
        ("晏武昌", "外逃越南的职务犯罪嫌疑人晏武昌日前被遣返回国。"),
        # 和 ending a given name where no conjunction can stand: before 被, 系, a comma
        (
            "蓝永和",
            "“红通人员”蓝永和系某国有林场原场长，2012年外逃越南。今年1月，蓝永和被遣返回国。",
        ),
    ],
)
def test_a_name_that_ends_on_a_place_or_on_he(name: str, text: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.method) for r in records] == [(name, "deported")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a preposition or 原 before a frequent place is still no name
        ("外逃人员张立军日前向武昌警方投案，此前他从泰国回国。", ["张立军"]),
        # 和 before 被告人 or a relative clause with 被 (和被遣返的李某) is the conjunction
        ("外逃泰国的张某和被告人李某于去年被遣返回国。", ["张某", "李某"]),
        ("张永和被遣返的李某均系某传销组织骨干，二人于2016年逃往越南。", ["李某"]),
    ],
)
def test_a_place_after_a_preposition_and_he_before_a_noun_stay_what_they_are(
    text: str, names: list[str]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert not {"向武昌", "张某和", "张永和"} & {r.name for r in records}
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare surname after a descriptor of flight takes a verb after it, as a common one does
        (
            "外逃老挝多年的邝德胜持假护照入境后，2018年3月在南宁被公安机关抓获。",
            [("邝德胜", "other", "2018-03", ["LA"])],
        ),
        # (not a place after 原: 原江苏… is the employer's province)
        (
            "潜逃海外13年之久的原江苏某信托公司总经理钱立群被缉捕归案。",
            [("钱立群", "captured", None, [])],
        ),
    ],
)
def test_a_name_after_a_descriptor_of_flight(
    text: str, expected: list[tuple[str, str, str | None, list[str]]]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.method, r.return_date, r.fled_to) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "fled"),
    [("王某本月初由曼谷回国自首。", ["TH"]), ("李某由金边回国投案。", ["KH"])],
)
def test_a_foreign_city_after_a_surname_character_is_no_given_name(
    text: str, fled: list[str]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.fled_to) for r in records] == [(text[:2], fled)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dictionary word (方越) in the red-notice number's slot is the name standing there
        ("“百名红通人员”第41号方越在新西兰藏匿6年后，于2019年3月回国投案自首。", ["方越"]),
        ("2018年5月，“百名红通人员”第7号欧阳明在加拿大被劝返回国。", ["欧阳明"]),
        # a common word there stays a word, and no slot opens without the number
        ("“百名红通人员”第41号方向已经明确，追逃办将于2019年3月继续劝返工作。", []),
        ("“百名红通人员”方越在新西兰藏匿6年后，于2019年3月回国投案自首。", []),
    ],
)
def test_a_red_notice_number_opens_a_slot_only_a_name_fills(text: str, names: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-04-02"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize("clan", ["白家", "魏家", "刘家"])
def test_a_surname_and_jia_is_a_family_not_a_person(clan: str) -> None:
    """X家 after a surname is that surname's family (the crime families of northern Myanmar)."""
    text = (
        f"缅北{clan}犯罪集团骨干成员孙国平已于2024年3月被缅方移交我方，押解回国。"
        f"{clan}、明家等家族的头目此前已被引渡回国受审。"
    )
    records = extract_cases(Document(id="t", text=text, published="2024-04-02"))
    assert [r.name for r in records] == ["孙国平"]
    assert not is_plausible_zh_name(clan)


@pytest.mark.parametrize(
    "text",
    [
        "那一天，外逃德国七年的刘敏被劝回自首。",
        "在刘敏被押回的那一天，反贪局副局长周建有一个愿望。刘敏从德国被劝回自首。",
    ],
)
def test_a_surname_before_a_numerals_word_is_no_name(text: str) -> None:
    records = extract_cases(Document(id="t", text=text, published="2017-01-01"))
    assert [r.name for r in records] == ["刘敏"]


def test_mongolia_inside_inner_mongolia_is_no_country() -> None:
    norm = "外逃多年的邱某在内蒙古包头市被缉捕归案，此前他曾经内蒙古逃往蒙古国。"
    assert [norm[p.start : p.end] for p in find_places(norm, 0, len(norm), "zh")] == ["蒙古国"]
    records = extract_cases(Document(id="t", text=norm[: norm.index("，")] + "。"))
    assert [r.fled_to for r in records] == [[]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("其丈夫艾山江·吐尔洪在迪拜被扣押后遣返回中国。", {"艾山江·吐尔洪"}),
        ("英国一家报刊登载了娜塔莉·吉伯特写的文章。", {"娜塔莉·吉伯特"}),
        ("一家法国报纸的记者卡米耶·杜邦写到，这名男子已被遣返。", {"卡米耶·杜邦"}),
        ("犯罪嫌疑人艾山江·吐尔洪回国投案。", {"艾山江·吐尔洪"}),
        # names opening on a noun or a place word of the dictionary keep it (地里, 合力)
        ("外逃的地里夏提·吾守尔从哈萨克斯坦被遣返回国。", {"地里夏提·吾守尔"}),
        ("外逃的布合力且木·买买提被遣返。", {"布合力且木·买买提"}),
    ],
)
def test_a_dotted_name_starts_after_a_kinship_or_frequent_word_and_ends_before_wrote(
    text: str, names: set[str]
) -> None:
    from extract.dotted_names import dotted_names

    assert dotted_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("去年冬天，市公安局把季文涛从柬埔寨押解回国。", ["季文涛"]),
        ("工作组把车海林、祝永平等诈骗头目从老挝押解回国。", ["车海林", "祝永平"]),
        ("经多方努力，警方最终把甘志鹏从缅甸缉捕归案。", ["甘志鹏"]),
    ],
)
def test_a_name_after_the_disposal_preposition_ba(text: str, names: list[str]) -> None:
    """把 marks the object of the removal as 将 does: the name right after it is the returnee."""
    records = extract_cases(Document(id="t", text=text, published="2024-05-10"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize("candidate", ["曾描述", "但比起", "曾表示", "由介绍"])
def test_an_adverb_surname_before_a_frequent_verb_is_no_name(candidate: str) -> None:
    """但 (but) and 由 (by), rare as surnames, open a clause before any frequent verb; 曾 (once)
    and 向 (towards), common ones, only before a verb of saying (names.json speech_verbs)."""
    assert not is_plausible_zh_name(candidate)


@pytest.mark.parametrize(
    "name", ["曾进军", "向建成", "杨进军", "曾明亮", "曾坚强", "向保全", "尤坚强", "边保全"]
)
def test_a_verb_given_name_that_ends_known_names_stays_a_name(name: str) -> None:
    """建成, 进军 end some of the dictionary's full names; 坚强, 保全 are given names after the
    common surnames 曾 and 向, whatever a verb they are."""
    assert is_plausible_zh_name(name)


def test_a_story_told_once_described_names_only_the_returnee() -> None:
    text = (
        "2019年5月，外逃加拿大9年的原县交通局局长温立华回国投案。"
        "这名贪官曾描述在国外东躲西藏的日子，回国投案后他终于睡了一个安稳觉。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-06-01"))
    assert [r.name for r in records] == ["温立华"]


def test_a_name_that_opens_on_a_noun_is_known_by_recurring_five_times() -> None:
    """黄海 (the Yellow Sea) opens 黄海勤: once or twice that reads as the sea, but a feature that
    names him five times is about him; 董事长, a word of its own, never becomes a name."""
    text = (
        "追逃对象叫黄海勤，原是一家外贸公司的董事长。调查发现，黄海勤多年藏身美国。"
        "一旦发现黄海勤入境，就依据红色通缉令实施临时逮捕。董事长的位子从此空着。"
        "董事长办公室被查封。董事长一职由他人接任。前董事长的去向成谜。新董事长上任。"
        "有关方面推动引渡，但黄海勤拒不认罪。2016年7月17日，黄海勤最终被从秘鲁引渡回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2016-08-01"))
    assert [(r.name, r.method) for r in records] == [("黄海勤", "extradited")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("专案组把财务主管邹某从金边押解回国。", ["邹某"]),
        ("专案组将金主覃立新从金边押解回国。", ["覃立新"]),
        ("专案组把马仔从金边押解回国。", []),
        ("警方将高明亮从泰国押解回国。", ["高明亮"]),
        ("老挝警方将李文林移交中方，该犯罪嫌疑人涉嫌诈骗。", ["李文林"]),
        ("泰国警方将周海林依法遣返回国。", ["周海林"]),
        ("工作组成功将刘洋从老挝押解回国，其涉嫌诈骗。", ["刘洋"]),
    ],
)
def test_after_jiang_or_ba_a_role_before_a_name_is_no_part_of_it(
    text: str, names: list[str]
) -> None:
    """将/把 + a role the dictionary may not know + the name: the name is the one after the
    role; a two-character word alone after 将/把 (把马仔) must recur to count as a name."""
    records = extract_cases(Document(id="t", text=text, published="2024-05-10"))
    assert [r.name for r in records] == names


def test_a_noun_headed_string_recurring_without_a_cue_is_no_name() -> None:
    """高铁站 and 金额达 recur five times, but never after a descriptor or before a cue word."""
    text = (
        "高铁站人来人往。记者在高铁站看到，高铁站的安检很严。高铁站附近有警察。高铁站出口处，"
        "鲁晓军被押解下车。经查，鲁晓军涉嫌受贿，金额达300万元；涉嫌贪污，金额达200万元；"
        "金额达到上限。金额达成一致。金额达标。2019年5月，外逃缅甸的鲁晓军被押解回国。"
    )
    records = extract_cases(Document(id="t", text=text, published="2019-06-01"))
    assert [(r.name, r.alleged_crimes) for r in records] == [
        ("鲁晓军", ["bribery", "embezzlement"])
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dictionary word listed after a full name, before what closes a list of people
        ("此前的周立新、高山等人，均被加拿大遣返回国。", ["周立新", "高山"]),
        ("周立新和高明都是在加拿大滞留多年后才被遣返回国。", ["周立新", "高明"]),
        # a relative after a name is no name, and nothing opens without the list's close
        ("周立新和家人都被遣返回国。", ["周立新"]),
        ("周立新和高山上的村民交谈后被遣返回国。", ["周立新"]),
        # a role, a thing or a relative listed with the person is no name
        ("周立新与车手等12人在老挝被抓获，随后被押解回国。", ["周立新"]),
        ("周立新与曾孙等一家四口从加拿大回国投案。", ["周立新"]),
        ("周立新与钱款等涉案财物一并被老挝警方移交，押解回国。", ["周立新"]),
    ],
)
def test_a_list_closed_by_deng_or_dou_makes_its_second_member_a_name(
    text: str, names: list[str]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-04-02"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a preposition surname before a frequent noun or verb: a phrase, not a name
        ("老挝警方向中方移交3名电诈嫌犯 由公安押解回国", []),
        ("在警示教育期间，有干部主动向组织投案后，说明了问题。", []),
        # a given name that is a rarer verb stays (保全), as does one ending a known full name
        ("外逃人员向保全于2019年3月从泰国回国投案。", ["向保全"]),
        ("外逃人员于海洋于2019年3月从泰国回国投案。", ["于海洋"]),
    ],
)
def test_a_preposition_and_its_object_is_no_name(text: str, names: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-04-02"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # given names that are words (建设, 学习) after a role, or going on as a name goes on
        ("外逃9年的职务犯罪嫌疑人于建设5月17日从泰国被遣返回国。", ["于建设"]),
        ("经做其家属工作，于建设于11月8日从柬埔寨回国投案。", ["于建设"]),
        ("某市教育局原副局长向学习从南非回国投案。", ["向学习"]),
        # after any surname but a preposition, such given names are names wherever they stand
        ("2023年，菲律宾移民局将王建设遣返回中国。", ["王建设"]),
        ("2022年，检察机关对从泰国回国投案的王发展提起公诉。", ["王发展"]),
        ("2023年，老挝警方将在逃12年的刘学习押解移交中国警方。", ["刘学习"]),
        ("据悉，2019年被遣返回国的王发展夫妇涉嫌集资诈骗罪。", ["王发展"]),
        ("车建设表示，他于2019年3月从泰国回国投案。", ["车建设"]),
        # an abbreviation listed with the person is no name
        ("李国强、常委等人被菲律宾移民局遣返回国。", ["李国强"]),
    ],
)
def test_word_given_names_and_listed_words(text: str, names: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-12-10"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 官 ends given names (郑泉官) where it makes no title with the character before it
        ("红通人员郑泉官在外逃美国3年后被强制遣返回国。", ["郑泉官"]),
        # the surname before a title (法官, 警官) is how the officer is addressed, no name
        ("王法官表示，犯罪嫌疑人李明于2019年被遣返回国。", ["李明"]),
        ("据李警官介绍，犯罪嫌疑人李明于2019年被遣返回国。", ["李明"]),
    ],
)
def test_guan_ends_a_given_name_unless_it_makes_a_title(text: str, names: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-12-10"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the object of a removal verb, bare or with 了, is a name's start as after a title
        ("缅甸警方抓获了白国平，并移交中方。", ["白国平"]),
        ("缅甸警方抓获白国平后，将其移交中方。", ["白国平"]),
        (
            "缅甸警方成功抓获了白国平、白菊兰、白珍珍三人，并立即移交给了中国公安机关。",
            ["白国平", "白菊兰", "白珍珍"],
        ),
        # a word after the verb is no name (程序 after 遣返)
        ("通过漫长的引渡或者遣返程序而实现外逃人员回国，耗时很长。", []),
    ],
)
def test_a_name_starts_after_a_removal_verb(text: str, names: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2024-01-31"))
    assert [r.name for r in records] == names


@pytest.mark.parametrize(
    "text",
    [
        # after a removal verb a name has three characters and no word for its given name
        "2023年8月，缅甸警方抓获了马仔，并移交中方，该团伙主犯仍在逃。",
        "泰国警方抓获了白手套，并移交中方。原局长本人仍藏匿在海外。",
        "公安部工作组从柬埔寨押解高管回国，并对其依法采取刑事强制措施。",
        # a voluntary return that is no surrender: a rescued worker's, a settler's, one asked about
        "被解救的务工人员王某自愿回国，目前已与家人团聚。",
        "华侨王某自愿回国定居，受到家乡政府的热烈欢迎。",
        "外逃人员许某是否自愿回国，目前尚不清楚。",
    ],
)
def test_guards_from_the_third_attack(text: str) -> None:
    assert extract_cases(Document(id="t", text=text, published="2024-01-31")) == []


def test_a_given_name_ending_in_ping_before_deng_ren() -> None:
    """刘正平等人: 平等 is a word, but 等人 closes the name's list, as a cue does."""
    text = "2024年1月底，缅方将此前抓获的魏怀德、卢正平等人移交中方。"
    records = extract_cases(Document(id="t", text=text, published="2024-02-05"))
    assert [r.name for r in records] == ["魏怀德", "卢正平"]


@pytest.mark.parametrize(
    ("name", "when"),
    [
        ("刘建勇", "于2023年5月"),
        ("陈国乐", "于今年3月"),
        ("孙志敢", "于5月12日"),
        ("刘建勇", "日前"),
        ("陈立", "于2024年1月"),
    ],
)
def test_a_name_before_the_date_preposition(name: str, when: str) -> None:
    """刘建勇于2023年5月…: 于 before a date is the preposition of the date, whatever word the
    segmenter makes of the name's last character and 于 (勇于, 乐于, 敢于)."""
    text = f"外逃新西兰多年的{name}{when}被劝返回国。"
    records = extract_cases(Document(id="t", text=text, published="2024-02-01"))
    assert [r.name for r in records] == [name]


def test_a_word_with_yu_before_no_date_stays_a_word() -> None:
    """刘建勇于承担…: 于 before no date leaves the segmenter's word (勇于) whole: no name."""
    text = "外逃新西兰多年的刘建勇于承担责任，当年被劝返回国。"
    records = extract_cases(Document(id="t", text=text, published="2024-02-01"))
    assert [r.name for r in records] == []


def test_a_verb_with_yu_before_a_date_is_no_name_end() -> None:
    """陈华属于2015年公布的…: 属于 (belongs to) before a date is the verb; 属 ends no name, so
    no 陈华属 is read (only given-name endings that make a word with 于 keep the name)."""
    text = "陈华属于2015年公布的“百名红通人员”之一，于2024年3月被劝返回国。"
    records = extract_cases(Document(id="t", text=text, published="2024-04-01"))
    assert [r.name for r in records] == []


def test_born_in_after_a_two_character_name() -> None:
    """张华生于1965年: 生于 (born in) before a birth year is the verb, not a name's end, so no
    张华生 is read (张华 before it is not found either: the dictionary's 华生 keeps it whole)."""
    text = "外逃人员张华生于1965年，2014年外逃美国，2024年3月被劝返回国。"
    records = extract_cases(Document(id="t", text=text, published="2024-04-01"))
    assert "张华生" not in [r.name for r in records]
