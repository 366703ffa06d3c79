"""Where a text tells a crime: the contexts inside which extract.attributes reads crime terms
(涉嫌…罪, …案犯罪嫌疑人, 以…罪; "suspected of", "charged with", "to stand trial for"), so that a
crime word elsewhere (a statistic, a campaign's name) is no one's offence. Which person a
context's crime belongs to is extract.crime_owner's question."""

from __future__ import annotations

import re

from extract.prefilter import PrunedAlternation

# The contexts are alternations: a span's contexts are searched with only the alternatives
# whose words it holds (extract.prefilter), as those gapped ones are slow to try everywhere.
ZH_CRIME_CONTEXT = PrunedAlternation(
    [
        r"实施[^，。；]{0,16}",
        # 利用“套路贷”进行诈骗, 从事电信网络诈骗 (not 进行威胁恐吓的…犯罪: what follows 的 is another's)
        r"(?:进行|从事)[^，。；的]{0,8}",
        r"骗取[^，。；]{0,12}",
        r"(?<![不未非无])涉嫌(?:(?![不未]涉嫌)[^。；]){0,40}",
        # ，涉受賄罪，: Hong Kong papers' 涉 for 涉嫌, opening a clause of the person's profile
        # (not 涉及, 涉案; not 其上级涉受贿, 涉受贿的3名公职人员: others')
        r"(?<=[，,])涉(?!嫌|及|案|事|外|密|足|猎|水|世|险|黑|恶|毒)[^，。；的]{1,12}(?=[，,。；])",
        r"以[^，。；]{1,12}罪",
        r"[^，。；]{0,12}(?:犯罪)?(?:嫌疑人|嫌疑犯|嫌犯)",
        # ，另外还背着故意杀人、非法拘禁等多项严重暴力犯罪嫌疑: the suspicion the clause's
        # elided subject, the person, bears (not 其同伙还背着…: another's)
        r"(?<=[，,])(?:另外|此外|同时)?还?背(?:负)?着[^，。；]{0,30}犯罪嫌疑(?![人犯])",
        r"[^，。；]{0,16}案(?:犯罪)?(?:嫌疑人|嫌犯|逃犯|在逃人员|主犯|从犯|首犯|骨干(?:成员)?|首要分子|被告人)",
        # 电信网络诈骗犯罪集团头目黎某: a ring named by its crime
        r"[^，。；]{0,12}(?:犯罪)?(?:集团|团伙)(?:头目|首要分子|主犯|骨干|成员)",
        # 曾因行贿外逃, 因贪污、挪用公款罪获刑; to the clause's end, so that a crime whose name
        # holds 罪 (因涉嫌帮助信息网络犯罪活动) is read whole
        r"因[^，。；]{1,12}(?:外逃|出逃|潜逃|罪)[^，。；]{0,8}",
        # 被控贪污, 构成贪污罪 (a court's finding), 调查其受贿问题
        r"被(?:指控|控|指)[^，。；]{1,16}",
        r"构成[^，。；]{1,16}罪",
        r"[^，。；]{1,10}问题",
        # 利用职务之便…收受巨额贿赂: how announcements describe the offence itself
        r"(?:利用|借助|凭借|借)职务(?:之便|便利|上的便利)[^。；]{0,40}",
        # “邱某某合同诈骗案”立案侦查: a case named by its suspect and its crime
        r"[“「][^”」]{1,16}案[”」]",
        # 在走私团伙里负责境外采购的犯罪嫌疑人贾某: the ring's crime, told before the role
        r"[^，。；]{0,8}(?:团伙|集团)[^，。；]{0,16}(?:嫌疑人|嫌疑犯|成员)",
        # 因屡次寻衅滋事，被…立案侦查: the offence a case was opened for
        r"因[^，。；]{1,12}[，,]?被[^，。；]{0,16}(?:立案|通缉|调查|查处|起诉|逮捕|拘留|列为)",
        # 被怀疑牵涉一宗…虚开增值税专用发票案件: the case the person is tied to
        r"(?:牵涉|牵扯|涉及|卷入)[^，。；]{0,30}案",
        # 贪污挪用银行资金约4.85亿美元, 在境外收受贿赂, 虚开增值税专用发票16份: the offence told
        # as what the person did, a crime's verb with what it took
        # (诈骗团伙提供资金: a ring's crime, not what the person took)
        r"(?<!被)(?<!被人)(?<!被他人)(?:贪污|挪用|侵吞|骗取|骗走|诈骗|收受|索取|套取|虚开)(?:(?!团伙|集团|案|犯罪)[^，。；]){0,20}?"
        r"(?:资金|公款|款项|钱款|财物|贿赂|贿款|税款|货款|贷款|发票|\d[\d.,]*(?:余|多)?[万亿]?(?:美)?元)",
        # 以洗钱、跨州转运盗窃资金以及护照和签证欺诈等罪名判处: the charges a court named
        r"以[^，。；]{1,30}?罪名",
        # 电诈头目X, 赌诈集团的主犯: the ringleader of an offence
        r"[^，。；]{0,8}(?:头目|首脑|主犯)",
        # 涉毒在逃人员祝某, 涉黑逃犯: the offence a fugitive is labelled by
        r"涉(?:毒|黑|恶)[^，。；]{0,4}(?:在逃)?(?:人员|逃犯|分子)",
    ]
)
EN_CRIME_CONTEXT = PrunedAlternation(
    [
        r"(?:suspected of|accus(?:ed|es|ing)\b|charged (?:(?:him|her|them|(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+)){0,2}) )?with|wanted (?:[\w-]+ ){0,3}?(?:for|in|over(?! (?:\d|the (?:years|past|last)|a decade|decades|nothing)))\b|convicted\b[^.;]{0,80}?\bof|\b(?:years?|months?)\b[^.;]{0,40}?\b(?:for|over)\b|involved in|(?:(?:took|taking|take|takes) part|participat(?:ed|es|ing)) in (?!(?:the |an? |this |that )?(?:[\w-]+ ){0,2}(?:operations?|crackdowns?|campaigns?|raids?|investigations?|hunts?|searches|probes?|efforts?|drives?|talks|meetings?)\b)|suspects? in|guilty to|guilty of|allegedly|sentenced[^.;]{0,100}?\b(?:for|over)\b|(?:prison|jail) (?:term|sentence)s?\b[^.;]{0,60}?\b(?:for|over)\b|(?:jailed|imprisoned|in prison|behind bars)[^.;]{0,40}\bfor"
        r"|allegations? (?:of|that)|investigated for|investigations? into|suspicion of|charges? of"
        # "who is to stand trial for economic fraud" (one person's: not "people due to stand trial")
        r"|\b(?:(?:is|was|will|would) (?:be )?(?:to |due to |set to |expected to )?(?:stand|face)"
        r"|faces|faced|facing) trial (?:for|over|on)\b"
        # "was extradited from Bulgaria … to stand trial for economic fraud"
        r"|\b(?:deported|extradited|repatriated|returned|sent back|brought back|handed over)\b"
        r"[^.;]{0,60}?\bto (?:stand|face) trial (?:for|over|on)\b"
        # "signed off on his arrest … for illegally taking in deposits", "facing accusations
        # of", "charges linked to online gambling", "sought for masterminding", "the
        # suspicions against him include", "handing back the bribes he took"
        r"|\barrest(?:ed)?\b[^.;]{0,60}?\bfor\b|accusations? (?:of|that)|charges? (?:linked|related|tied) to"
        r"|\bsought (?:[\w-]+ ){0,3}?(?:for|over(?! (?:\d|the (?:years|past|last)|a decade|decades)))\b"
        r"|suspicions? (?:against|of|that)"
        r"|hand(?:s|ed|ing)? back (?:the |all )?(?=bribes)"
        r"|over alleged|for alleged|warrants?\b"
        # "Rao had admitted smuggling and bribery", "confessed to taking bribes"
        r"|\b(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?)(?: to)?\b"
        r"|abus(?:ed|ing) (?:his|her|their) (?:position|power|post)s?"
        r"|return(?:ing|ed|s)? (?:the |all )?(?=bribes))(?:[^.;]|(?<=\d)\.(?=\d)){0,160}",
        r"\b[\w-]+(?: [\w-]+)? (?:suspects?|fugitives?)\b(?! in\b)",  # "a fraud suspect surnamed Liang"
        # "to embezzlement and bribery charges", "a bank fraud case", "a forged cheque scam": the
        # offence before its noun
        r"\b(?:[\w-]+,? (?:and )?){1,4}(?:charges?|case|allegations?|accusations?|scheme|scams?)\b"
        r"(?! of\b| that\b| (?:linked|related|tied) to\b)",
        r"\bsuspects? of\b[^.;]{0,80}",
        # "looking into suspected embezzlement"; "fled in 2003 after embezzling public funds"
        r"\b(?:suspected|alleged) (?!of\b|that\b)[^.;]{0,40}",
        r"\bafter (?:allegedly )?(?=\w+ing\b)[^.;]{0,60}",
        # "the money he embezzled", "Pan siphoned off funds": a crime's verb with the person as
        # subject
        r"\b(?:he|she|they|who|(?-i:[A-Z][a-z]+))"
        # ("Zhang and some accomplices fraudulently obtained": the person among the subjects)
        r"(?: and (?:some |his |her |several |other )?(?:accomplices|associates|partners))?"
        r",?\s+(?:had\s+)?(?:allegedly\s+)?"
        # ("she was believed to have accepted bribes": what the person is held to have done)
        r"(?:(?:is|was|are|were) (?:believed|thought|said|alleged|reported|found) to have\s+)?"
        r"(?=(?:embezzl|misappropriat|misused|swindl|defraud|fraudulently|launder|stole\b"
        r"|pocketed|siphoned|took bribes|taken bribes|accepted bribes|received bribes"
        r"|illegally (?:raised|obtained)|smuggled(?! (?:him|her|them)sel(?:f|ves)\b)))[^.;]{0,120}",
    ],
    re.IGNORECASE,
)
