"""Crimes told the way sentencing and court reports tell them: a charge laid against a named
person, a prison term handed down for an offence, a part taken in one; and in Chinese, the
offence of a case that a fugitive of that case is named by, and a person's own part of a
sentence that lists another person's name and then several crimes. Sentences written for
these tests in the style of real reports (no sentence of a real article)."""

from __future__ import annotations

import pytest

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
        "Gu stood second on that list."
    ) == [("Gu Yanhong", True)]


def test_a_place_on_a_list_of_something_else_is_no_red_notice() -> None:
    assert _red(
        "Gu Yanhong came back from Canada and surrendered on Monday, the commission said. "
        "Gu once ranked third on a magazine's list of the richest people in Hunan."
    ) == [("Gu Yanhong", False)]
    assert _red(
        "Gu Yanhong came back from Canada and surrendered on Monday, the commission said. "
        "Gu is the 5th person from the list of 22 fugitives the city police published in 2015."
    ) == [("Gu Yanhong", False)]


def test_another_persons_offence_in_the_persons_sentence_is_not_theirs() -> None:
    text = (
        "Luo Jiaming, a former official suspected of bribery, was repatriated from Thailand on "
        "Tuesday. He fled in 2012, three months after his brother received a 10-year prison "
        "term for smuggling. He was sentenced in absentia in 2015, and his wife was later "
        "jailed over money laundering."
    )
    assert _crimes(text) == [("Luo Jiaming", ["bribery"])]


def test_leaving_with_a_relative_keeps_the_persons_own_offence() -> None:
    text = (
        "Shen Guowei left for Canada with his wife in 2015 as investigators looked into "
        "allegations that he had taken bribes. He was repatriated on Friday."
    )
    assert _crimes(text) == [("Shen Guowei", ["bribery"])]


def test_a_crackdown_taken_part_in_names_no_offence_of_the_person() -> None:
    text = (
        "Luo Jiaming was handed over to Chinese police by Thai authorities on Tuesday. Police "
        "from five provinces took part in the operation against telecom fraud that led to his "
        "return."
    )
    assert _crimes(text) == [("Luo Jiaming", [])]


def test_zh_another_fugitives_crime_the_returnee_told_of_is_not_theirs() -> None:
    text = (
        "外逃6年的职务犯罪嫌疑人刘志远日前从柬埔寨被遣返回国。刘志远，男，涉嫌挪用公款罪。"
        "刘志远到案后，主动交代了一起走私案在逃人员的藏匿地点。"
        "据悉，其外逃期间曾与多名电信诈骗嫌犯有过接触。"
    )
    assert _crimes(text) == [("刘志远", ["misappropriation"])]


def test_a_share_of_something_told_of_one_person_keeps_their_facts() -> None:
    text = (
        "Wei Jianbo was escorted back to Foshan from Laos on Tuesday. He had spent 15 years "
        "abroad, most of them in Laos, and was suspected of embezzling public funds."
    )
    records = extract_cases(Document(id="t", text=text, published="2018-03-09"))
    assert [(r.name, r.alleged_crimes, r.years_at_large) for r in records] == [
        ("Wei Jianbo", ["embezzlement"], 15.0)
    ]


def test_an_alleged_offence_before_the_persons_role() -> None:
    text = (
        "Alleged smuggling kingpin Ruan Tiansheng was deported from Canada to China on Friday, "
        "police said."
    )
    assert _crimes(text) == [("Ruan Tiansheng", ["smuggling"])]


def test_co_subjects_share_the_persons_offence() -> None:
    """He and his wife, Liu, his wife and his brother-in-law: the person is one of the subjects."""
    assert _crimes(
        "The fugitive Zhang Weiguo, who fled to Canada in 2012, was repatriated on April 2. He "
        "and his wife were accused of contract fraud."
    ) == [("Zhang Weiguo", ["fraud"])]
    assert _crimes(
        "Liu Mingcheng returned to China from the US on May 3. Liu, his wife and his "
        "brother-in-law allegedly embezzled 30 million yuan."
    ) == [("Liu Mingcheng", ["embezzlement"])]


def test_zh_the_persons_own_confession_keeps_their_offence() -> None:
    """嫌疑人刘国强到案后如实交代: the suspect is the person, not one they informed on."""
    assert _crimes("电信诈骗犯罪嫌疑人刘国强到案后如实交代，已于3月从柬埔寨被押解回国。") == [
        ("刘国强", ["fraud"])
    ]


def test_zh_misappropriation_told_beside_embezzlement_shares_its_public_funds() -> None:
    """贪污、挪用银行资金: 挪用 beside 贪污 takes the same public money (挪用公款); 挪用资金 alone is
    the company offence (other)."""
    assert _crimes(
        "外逃17年的原支行行长龚德海被强制遣返回国。龚德海涉嫌贪污、挪用银行资金4.85亿美元，"
        "2001年10月外逃美国。"
    ) == [("龚德海", ["embezzlement", "misappropriation"])]
    assert _crimes(
        "外逃5年的某公司出纳孙丽日前从泰国回国投案。孙丽涉嫌挪用资金罪，2019年外逃泰国。"
    ) == [("孙丽", ["other"])]


def test_a_killing_or_a_homicide_case_is_a_crime_outside_the_economic_ones() -> None:
    text = "日前，潜逃俄罗斯20年、涉嫌杀害一名村民的犯罪嫌疑人聂某被从俄方引渡回国。"
    assert _crimes(text, "2023-03-24") == [("聂某", ["other"])]
    text = "5月10日，潜逃缅甸18年的命案逃犯孟某被押解回国。"
    assert _crimes(text, "2023-05-12") == [("孟某", ["other"])]


def test_a_charge_of_terrorism_but_not_terrorists_in_general() -> None:
    text = (
        "Turkey deported Uyghur activist Ablet Kurban to China on Friday. China had charged "
        "Kurban with terrorism."
    )
    assert _crimes(text) == [("Ablet Kurban", ["other"])]
    text = (
        "Zhou Lifang, who fled to Kenya, was extradited to China on Friday. She is accused of "
        "fraud. China mostly uses its treaties to bring back people suspected of economic crimes "
        "or terrorists."
    )
    assert _crimes(text) == [("Zhou Lifang", ["fraud"])]


def test_a_relatives_killing_or_a_witness_to_a_homicide_is_no_crime_of_the_returnee() -> None:
    text = "7月12日，涉嫌贪污罪的犯罪嫌疑人陈某某从老挝被遣返回国，其父多年前被杀害。"
    assert _crimes(text, "2023-07-20") == [("陈某某", ["embezzlement"])]
    text = "7月12日，涉嫌受贿的犯罪嫌疑人陈某某从老挝被遣返回国，他曾是当地一起命案的证人。"
    assert _crimes(text, "2023-07-20") == [("陈某某", ["bribery"])]


def test_the_offence_a_person_is_to_stand_trial_for() -> None:
    text = (
        "Kazakhstan extradited Chinese national Gu Hanlin on Friday; "
        "Gu is to stand trial for economic fraud in Urumqi."
    )
    assert _crimes(text) == [("Gu Hanlin", ["fraud"])]
    # a campaign against people due to stand trial for an offence names no offence of his
    group = text.replace(
        "Gu is to stand trial for economic fraud in Urumqi.",
        "A campaign targets people due to stand trial for dereliction of duty who fled abroad.",
    )
    assert _crimes(group) == [("Gu Hanlin", [])]


def test_money_illegally_obtained_by_a_forged_contract() -> None:
    text = (
        "A fugitive surnamed Bai was deported from Laos to China on Monday. "
        "The man, surnamed Bai, illegally obtained 3 million yuan from a credit union "
        "using a forged loan contract in 2015, then fled to Laos."
    )
    assert _crimes(text) == [("Bai", ["fraud"])]


def test_zh_money_taken_by_deceit() -> None:
    text = (
        "6月20日，犯罪嫌疑人柴某被加拿大警方移交中国警方，押解回国。"
        "2013年柴某以投资开店为名，骗走多名亲友钱款共计300余万元，随后逃往加拿大。"
    )
    assert _crimes(text) == [("柴某", ["fraud"])]


def test_an_offence_of_a_partner_or_one_suffered_is_not_the_persons() -> None:
    """其合伙人李某骗走… is the partner's; 曾被他人骗走钱款 was done to the person; 与其妻…骗走 is
    theirs together."""
    opening = "5月12日，外逃人员甘立群从泰国被遣返回国。"
    partner = opening + "经查，甘立群的合伙人郎海骗走多名群众钱款300余万元。"
    victim = opening + "甘立群在泰国曾被他人骗走钱款10万元。"
    together = opening + "甘立群与其妻郎某骗走多名群众钱款300余万元。"
    brother = opening + "其弟甘立伟因诈骗罪被判刑。"
    assert _crimes(partner) == _crimes(victim) == _crimes(brother) == [("甘立群", [])]
    assert _crimes(together) == [("甘立群", ["fraud"])]


def test_an_offence_a_relative_is_to_stand_trial_for_is_not_the_persons() -> None:
    text = "Hu Yanli was deported from Laos on April 2. {} to stand trial for economic fraud."
    assert _crimes(text.format("Her husband is")) == [("Hu Yanli", [])]
    assert _crimes(text.format("She is")) == [("Hu Yanli", ["fraud"])]
    extradited = "Wang Jiashu was extradited from Bulgaria on March 3 to stand trial for fraud."
    assert _crimes(extradited) == [("Wang Jiashu", ["fraud"])]


def test_crimes_told_with_plain_verbs() -> None:
    """ "take bribes", "offered bribes", "launder", "bilk": the plain forms of the verbs whose
    -ing forms the lexicon held."""
    text = (
        "Tan Lixin, a former county official, was repatriated from Thailand on Monday. "
        "Tan is accused of having used his position to take bribes. He also allegedly offered "
        "bribes to bank managers, schemed to bilk a state lender of 90 million yuan and to "
        "launder the money through casinos in Macao."
    )
    assert _crimes(text) == [
        ("Tan Lixin", ["bribery", "bribe_giving", "fraud", "money_laundering"])
    ]


@pytest.mark.parametrize(
    "offence",
    ["causing actual bodily harm", "assault", "robbery-related offences", "arson", "manslaughter"],
)
def test_an_offence_against_persons_or_property_is_another_named_crime(offence: str) -> None:
    text = (
        f"Lu Haoming, who was facing charges of {offence}, was deported from Kenya to China on "
        "Thursday."
    )
    records = extract_cases(Document(id="t", text=text, published="2020-02-27"))
    assert [(r.name, r.alleged_crimes) for r in records] == [("Lu Haoming", ["other"])]


@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        (
            "Lu Haoming fled to Canada in 2003 after being accused of collecting 25 million yuan "
            "in bribes. He was repatriated on Friday.",
            ["bribery"],
        ),
        (
            "In 1997, Lu Haoming and some accomplices fraudulently obtained a cheque for 10 "
            "million yuan. He was extradited from Indonesia on Friday.",
            ["fraud"],
        ),
    ],
)
def test_crimes_told_by_the_verb_the_person_did(text: str, crimes: list[str]) -> None:
    records = extract_cases(Document(id="t", text=text, published="2016-09-20"))
    assert [(r.name, r.alleged_crimes) for r in records] == [("Lu Haoming", crimes)]


@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        # an offence the lexicon lists no term for, named in the law's form
        ("涉嫌妨害作证罪的犯罪嫌疑人梁德顺于2019年6月3日从柬埔寨被遣返回国。", ["other"]),
        # beside a listed one, each keeps its own code
        (
            "梁德顺，男，涉嫌挪用公款罪、伪造身份证件罪，2019年6月3日从柬埔寨被遣返回国。",
            ["misappropriation", "other"],
        ),
        # the listed offence in the law's form is its own code, not "other" as well
        ("梁德顺，男，涉嫌贪污罪，2019年6月3日从柬埔寨被遣返回国。", ["embezzlement"]),
        # the kinds of crime (职务犯罪) and the charge "the same" name no one offence
        ("涉嫌职务犯罪的梁德顺于2019年6月3日从柬埔寨被遣返回国。", []),
        (
            "梁德顺于2019年6月3日从柬埔寨被遣返回国，检察院随后以同一罪名对其提起公诉。",
            [],
        ),
        # words of guilt (有罪, 认罪) and a confession's 罪行 are no offence's name
        (
            "梁德顺于2019年6月3日从柬埔寨被遣返回国，没收其财产须以生效有罪判决为前提。",
            [],
        ),
        ("梁德顺于2019年6月3日从柬埔寨回国投案，到案后以认罪态度如实供述罪行。", []),
    ],
)
def test_zh_an_offence_named_in_the_laws_form_is_read_when_no_term_lists_it(
    text: str, crimes: list[str]
) -> None:
    assert _crimes(text) == [("梁德顺", crimes)]


def test_hijacking_is_an_offence_outside_the_economic_ones() -> None:
    assert _crimes("涉嫌劫机的犯罪嫌疑人车国华昨日被台湾方面遣返回大陆。") == [
        ("车国华", ["other"])
    ]
    text = "Che Guohua, suspected of hijacking a plane to Taiwan, was deported on Monday."
    assert _crimes(text) == [("Che Guohua", ["other"])]


def test_zh_crimes_told_as_a_suspicion_the_person_bears() -> None:
    text = (
        "缅甸警方当日把电诈集团头目白志强移交给中国公安机关。白志强除组织实施电信网络诈骗外，"
        "还背着故意杀人、非法拘禁等多项严重暴力犯罪嫌疑。"
    )
    assert _crimes(text) == [("白志强", ["fraud", "other"])]


@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        # an offence a foreign court or the police abroad charged is not what China alleges
        (
            "外逃人员梁德顺涉嫌受贿罪。梁德顺在美国期间以移民欺诈罪被当地法院判刑，"
            "2019年6月3日被遣返回国。",
            ["bribery"],
        ),
        (
            "梁德顺涉嫌挪用公款罪，逃往泰国后以伪造证件罪被当地警方逮捕，2019年6月3日被遣返回国。",
            ["misappropriation"],
        ),
        # nor one the person was once convicted of
        (
            "梁德顺曾因犯伪证罪被判刑。2019年6月3日，梁德顺从越南被遣返回国，涉嫌走私罪。",
            ["smuggling"],
        ),
        # a crime's weight (重罪) names no offence; 洗黑钱 is money laundering
        (
            "梁德顺在美国被控犯有重罪，2019年6月3日被遣返回国，其在国内涉嫌贪污罪。",
            ["embezzlement"],
        ),
        ("外逃人员梁德顺涉嫌洗黑钱罪，2019年6月3日从新加坡被遣返回国。", ["money_laundering"]),
        # 逃避追缴欠税罪 is a tax offence, not "other"
        ("外逃人员梁德顺涉嫌逃避追缴欠税罪，2019年6月3日从马来西亚回国投案。", ["tax_crime"]),
    ],
)
def test_zh_an_offence_charged_abroad_or_in_the_past_or_only_weighed_is_not_other(
    text: str, crimes: list[str]
) -> None:
    assert _crimes(text) == [("梁德顺", crimes)]


def test_hijacking_funds_is_a_figure_of_speech_not_a_hijacking() -> None:
    text = (
        "Former bank manager Che Guohua, accused of hijacking public funds worth 200 million "
        "yuan, returned to China from Canada on March 2, 2022 to turn himself in."
    )
    assert _crimes(text) == [("Che Guohua", [])]


def test_zh_a_suspicion_an_accomplice_bears_is_not_the_persons() -> None:
    text = (
        "犯罪嫌疑人苏德顺于2015年潜逃柬埔寨，涉嫌职务侵占罪。其同伙还背着故意杀人、抢劫等多项"
        "犯罪嫌疑，仍在逃。近日，苏德顺被柬埔寨警方移交我方。"
    )
    assert _crimes(text) == [("苏德顺", ["duty_encroachment"])]


def test_zh_a_family_groups_crimes_are_its_members_where_nothing_tells_their_own() -> None:
    text = (
        "公安部查明，缅北果敢魏家、卢家两大犯罪集团涉嫌诈骗、故意杀人、绑架等多项罪名。"
        "2024年1月底，缅方将此前抓获的魏怀德、卢正祥等人移交中方。"
    )
    assert _crimes(text, "2024-02-05") == [
        ("魏怀德", ["fraud", "other"]),
        ("卢正祥", ["fraud", "other"]),
    ]
    text = "缅北果敢白家犯罪集团长期实施针对中国公民的电信网络诈骗犯罪活动。缅方将白建国移交中方。"
    assert _crimes(text, "2024-02-05") == [("白建国", ["fraud"])]


@pytest.mark.parametrize("family", ["卢氏家族", "卢家", "卢氏家族跨境电信、网络"])
def test_zh_a_family_group_named_by_its_crime_lends_it_to_its_members(family: str) -> None:
    text = f"在缅方配合下，果敢{family}诈骗犯罪集团覆灭，通缉在案的卢正祥、卢文英被移交我国警方。"
    assert _crimes(text, "2024-02-05") == [("卢正祥", ["fraud"]), ("卢文英", ["fraud"])]


def test_zh_an_anonymised_name_tells_no_family_group() -> None:
    text = (
        "2024年3月，外逃人员魏某从缅甸回国投案。魏家犯罪集团骨干魏某某此前已被移交我方，"
        "魏家、刘家两大犯罪集团涉嫌诈骗、故意杀人。"
    )
    assert _crimes(text, "2024-04-01") == [("魏某", [])]


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        ("after she was believed to have accepted bribes with two colleagues", ["bribery"]),
        ("because he was said to have embezzled 4 million yuan of public funds", ["embezzlement"]),
        ("after he was alleged to have taken bribes from builders", ["bribery"]),
        ("after she was thought to have left her post without leave", []),
        ("after she was said to have smuggled herself into Vietnam", []),
    ],
)
def test_what_the_person_is_held_to_have_done(told: str, crimes: list[str]) -> None:
    """ "was believed to have accepted bribes": an offence told as what the person is believed,
    said or alleged to have done is theirs, as the same verb told plainly is."""
    text = (
        "Meng Xiulan, a former clerk at a tax office in Hunan, returned to China and turned "
        f"herself in on Saturday. Meng fled overseas in 2004 {told}, the statement said."
    )
    assert _crimes(text, "2023-06-12") == [("Meng Xiulan", crimes)]


@pytest.mark.parametrize(
    ("lead", "again", "crimes"),
    [
        # quoted families in traditional script, the crimes told by the next sentence
        (
            "緬北果敢「白家」與「盧家」犯罪集團專案全面收網。",
            "兩集團涉嫌電信詐騙、綁架等多項罪行。",
            ["fraud", "other"],
        ),
        # a family named by its head's full name, then told again as 这个犯罪集团
        (
            "公安部对缅北电诈集团头目白建勋及其家族成员发布通缉。",
            "这个犯罪集团涉嫌网络诈骗、绑架等犯罪。",
            ["fraud", "other"],
        ),
        ("“白建勋家族犯罪集团”案明日开庭。", "该集团涉嫌诈骗。", ["fraud"]),
        # the next sentence tells another thing: no crimes lent
        ("“白建勋家族犯罪集团”案明日开庭。", "另一个团伙涉嫌诈骗。", []),
    ],
)
def test_zh_a_family_group_told_again_in_the_next_sentence(
    lead: str, again: str, crimes: list[str]
) -> None:
    """The crimes of a family's group told by the sentence after the one naming it, which opens
    on the group again (两集团涉嫌…, 这个犯罪集团涉嫌…): quoted family names (「白家」與「盧家」)
    and a family named by its head (白建勋家族犯罪集团, 头目白建勋及其家族成员) count."""
    text = f"{lead}{again}2024年1月底，缅方将此前抓获的白成才移交中方。"
    assert _crimes(text, "2024-02-05") == [("白成才", crimes)]


@pytest.mark.parametrize(
    ("told", "crimes"),
    [
        ("当年他和两名同伙利用职务便利侵吞公款900万元。", ["embezzlement"]),
        ("当年他与三名同伙骗取银行贷款900万元。", ["fraud"]),
        ("当年他的两名同伙骗取银行贷款900万元。", []),
    ],
)
def test_zh_the_person_joined_by_counted_accomplices_did_the_crime(
    told: str, crimes: list[str]
) -> None:
    """他和两名同伙侵吞公款: the person with accomplices counted is a subject of the crime (the
    count tells no statistic, the accomplices stand beside them); 他的两名同伙 did it alone."""
    text = f"原县财政局股长卢振华从新加坡被遣返回国。{told}"
    assert _crimes(text, "2016-05-10") == [("卢振华", crimes)]


def test_zh_a_head_and_his_family_named_without_a_crime_group_lend_nothing() -> None:
    """头目X及其家族成员涉嫌…: a family named by its head counts as a crime group's only where the
    sentence names the group (集团, 团伙); a returnee who shares the surname is otherwise no
    member of it."""
    text = (
        "另据通报，外逃新西兰多年的刘建勇于2023年5月被劝返回国。"
        "果敢头目刘正明及其家族成员涉嫌电信诈骗、绑架等犯罪，已被移交我方。"
    )
    assert _crimes(text, "2024-02-05") == [("刘建勇", []), ("刘正明", ["fraud", "other"])]


def test_zh_a_word_before_a_family_is_no_head() -> None:
    """高利贷家族犯罪团伙: a word (usury) before 家族, not a head's full name, names no family, so a
    returnee surnamed 高 takes none of the gang's crimes."""
    text = "高利贷家族犯罪团伙已被打掉，涉嫌敲诈勒索、非法拘禁。外逃人员高建华于2024年4月回国投案。"
    assert _crimes(text, "2024-05-10") == [("高建华", [])]
