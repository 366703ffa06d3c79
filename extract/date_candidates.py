"""The dates of a sentence that may be a return's: not a date of saying ("said on Monday",
昨日表示), of fleeing (2015年4月外逃), of a birth, of a reporter's learning, of a time stamp,
and not "ago". ``extract.return_date`` chooses among them."""

from __future__ import annotations

import re

from extract.dates import DateMention
from extract.prepared import Prepared, after_dateline
from extract.text import Sentence

_LATIN = re.compile(r"[A-Za-z]")
_NOT_RETURN_DATE_AFTER = re.compile(
    r"\s*(?:上午|下午|晚上|晚间|凌晨|早上|中午|傍晚)?"
    r"(?:表示|称|说|透露|介绍|通报|宣布|公布|获悉|发布|证实|确认|披露|报道|消息[，,：:]"
    # 2014年2月一起逃到非洲: the day of the flight (外逃20年的 is how long, not when)
    r"|[^，。；\d将把被的]{0,6}?(?:外逃|出逃|潜逃|出境|逃到|逃往|逃至|逃去)"
    r"(?![^，。；]{0,6}?[\d一二三四五六七八九十多近两半]+(?:年|个月)|长达|达)"
    # (1月间, "during January", dates the return; 2015至2017年间 is a stretch of years)
    r"|出生|以来|至\d|起|(?<!月)间|在[^，。]{0,8}被[^，。]{0,8}(?:拘|羁)"
    # 1972年生，原系…: a birth year written short
    r"|生人?(?=[，,。；、\s)）])"
    # 6月6日中央追逃办发布…公告: the day a body published something, not the return's
    r"|[^，。；\d]{2,10}?(?:发布|公布|通报|宣布|获悉|了解到|得知)"
    # 4月17日，中央纪委网站发布消息称…: the day of the announcement the sentence goes on to
    r"|，[^，。；\d]{2,12}?(?:发布(?:消息|通报|公告)|通报称|消息称|宣布|了解到|获悉)"
    # 2019年1月10日，…专题片《红色通缉》在电视上播出: the day a programme or an article came out
    r"|[，,][^，,。；\d]{2,60}?(?:播出|播放|首播|热播|刊发|刊登|上映)[，,。；]"
    # 8月3日，(据)中央纪委国家监委网站通报，…已回国投案: the day of the notice it cites
    r"|[，,]据[^，,。；\d]{0,24}?(?:通报|消息|报道|公布|披露)[，,：:]"
    # 中法引渡条约2015年生效后: the day a treaty or a law took effect; 11月12日决定…悬赏通缉:
    # the day of a decision
    r"|生效|决定"
    # 2014年9月携款出逃: the day of the flight, told with what the person took
    r"|(?:携款|卷款|携赃款|携带[^，。；\d]{0,4})(?:外逃|出逃|潜逃|逃往)"
    # 2016-07-11 22:52: a page's time stamp, not an event's day
    r"|\d{1,2}:\d{2})"
)
# 记者19日从…获悉: the day the reporter learned it
_REPORTER_BEFORE = re.compile(r"记者\s*$")
# 自2016年…以来, 从2023年10月…起: the start of a span of time
_SINCE_BEFORE = re.compile(r"(?:自|从)\s*$")
_SINCE_AFTER = re.compile(r"[^，。；]{0,20}?(?:以来|起)")
# 出生于1969年, "born in 1962": a birth date, whichever side of the date says so
_BIRTH_BEFORE = re.compile(r"(?:出生于?|生于|出生在|born(?: in| on)?)\s*$", re.IGNORECASE)
# "since the extradition treaty came into force in 2021": the day a treaty or a law took effect
_IN_FORCE_BEFORE = re.compile(
    r"\b(?:(?:came|comes|come|entered|enters) into (?:force|effect)|took effect|takes effect"
    r"|(?:was|were) (?:signed|ratified))\s+(?:in|on)?\s*$",
    re.IGNORECASE,
)
# "On Monday, a court in Sofia … ruled on / approved / cleared …": the day of a court's decision
_EN_RULING_AFTER = re.compile(
    r",?\s*(?:an? |the )?(?:[A-Z][\w-]*,? ){0,4}(?:court|judge|tribunal)\b[^.;]{0,60}?"
    r"\b(?:ruled|rules|ruling|approved|approves|decided|decides|decision|verdict|cleared|upheld)\b"
    # (unless the removal is told after it the same day: "…, and he was handed over hours later")
    r"(?![^.;]*\b(?:was|were)\s+(?:\w+\s+)?(?:handed|deported|extradited|repatriated|flown|sent|returned|escorted)\b)"
)
_EN_SAID = re.compile(
    r"(?:said|says|announced|reported|told|statement|learned|learnt|confirmed|disclosed|according to)"
    r"\W+(?:\w+\W+){0,4}$",
    re.IGNORECASE,
)
# "On December 4, the CCDI announced …": the day of the statement the sentence opens with
# (only there: "…was repatriated on Wednesday, the commission said" dates the return)
_OPENING = len("Then on")
_EN_SAID_AFTER = re.compile(
    r",?\s*(?:[\w.'-]+\s+){0,4}"
    r"(?:announced|said|says|reported|disclosed|confirmed|stated)\b"
)
# "State media reported that earlier this month, … was repatriated": the date opens the clause
# reported, so it is the event's
_THAT_BEFORE = re.compile(r"\bthat\s*$", re.IGNORECASE)
# how far before a date its sentence is read for what the date is not (a flight, a statement):
# the longest pattern below, a keyword and 60 characters of clause
_LOOK_BACK = 72
_EN_FLED = re.compile(
    r"(?:fled|fleeing|left|since|in \d{4} at|disappeared|vanished|went missing)\b"
    # (U.S. and U.K. keep their dots inside the clause)
    # (whole words: "Cameroon" holds no "came")
    r"(?:(?!(?:returned|repatriated|deported|extradited|surrendered|came|brought|sent)\b)"
    r"(?:U\.S\.|U\.K\.|\bSt\.|[^.,;])){0,60}$",
    re.IGNORECASE,
)


# "over a fatal drink-driving accident in 2003", "a murder that took place in 2009": the
# offence's date, not the return's (not "on": "deported a man wanted for fraud on Wednesday"
# dates the deportation)
_EN_OFFENCE_BEFORE = re.compile(
    # (an event, not a kind of crime: "brought back for duty-related crimes in 2018" dates the
    # return)
    r"\b(?:accidents?|crash|killings?|murders?|incidents?"
    r"|robber(?:y|ies)|attacks?|shootings?|stabbings?|hit-and-run|collisions?)\s+"
    r"(?:that (?:took place|happened|occurred)\s+)?(?:in|from)\s*$"
    # "a fugitive accused in 2004 of conspiring": the accusation's year
    r"|\b(?:accused|charged|indicted|convicted|sentenced|investigated)\s+in\s*$"
    # "since the Sky Net operation targeting 100 fugitives was launched in April": a span's
    # start, however long its clause (the look-back is widened for it), never past a comma
    r"|\bsince\b(?:(?!(?:returned|repatriated|deported|extradited|surrendered|came|brought|sent"
    r"|persuaded|escorted|put|handed|flown|flew|taken|arrived|landed|turned|and|before|until"
    r"|when|then)\b)"
    r"[^.,;]){0,100}$",
    re.IGNORECASE,
)


# "two years ago today": a day, not a stretch of time counted back
_AGO_TODAY = re.compile(r"ago (?i:today|to the day|on this day)$")


# a return told as the start of a span that ends later (回国投案8个月后, 遣返两年后): a date in a
# clause after it dates what followed, not the return (one in the same clause may be the
# return's: 中方启动遣返10个月后印尼警方于2020年3月将其遣返)
_SPAN_AFTER_RETURN = re.compile(
    r"(?:投案|归案|到案|回国|遣返|引渡)(?:自首)?(?:\d+|[一二三四五六七八九十两几半]+)个?多?"
    r"(?:月|天|年|日|周|星期|小时)(?:之)?后[^。；]*?[，,]"
)


# a clause that comments on the event just told (，这是…首次…, ，这也是…以来…): its dates are
# the comparison's, not the return's
_COMMENT_CLAUSE = re.compile(r"[，,；]\s*(?:这是|这也是|此为|此乃)")


def candidate_dates(prep: Prepared, sentence: Sentence) -> list[DateMention]:
    """The sentence's dates past its dateline that may date a return, in order."""
    out: list[DateMention] = []
    start = after_dateline(prep, sentence)
    if _is_date_line(prep, sentence):
        return out  # "24 Jul 2011" / "6:07 am on 24 July 2011": the page's date, no event's
    for mention in prep.dates.get(sentence.index, []):
        if not start <= mention.start < sentence.end:
            continue
        ago = "ago" in mention.text and not _AGO_TODAY.search(mention.text)
        if ago or _NOT_RETURN_DATE_AFTER.match(prep.norm, mention.end):
            continue
        before = prep.norm[max(sentence.start, mention.start - _LOOK_BACK) : mention.start]
        if _BIRTH_BEFORE.search(before) or _REPORTER_BEFORE.search(before):
            continue
        if _EN_RULING_AFTER.match(prep.norm, mention.end, sentence.end):
            continue  # "On Monday, a court in Sofia made a ruling on the extradition": a decision
        if _IN_FORCE_BEFORE.search(before):
            continue
        if _SPAN_AFTER_RETURN.search(prep.norm, start, mention.start):
            continue  # 回国投案8个月后，…于2021年5月被移送审查起诉: what followed the return
        if _COMMENT_CLAUSE.search(prep.norm, start, mention.start):
            continue  # …移交给中国警方，这是今年4月…会晤后美方首次…: the comparison's date
        if _SINCE_BEFORE.search(before) and _SINCE_AFTER.match(prep.norm, mention.end):
            continue  # 自2016年追逃办成立以来，先后促成…归案: a span's start, not a day of return
        if _LATIN.search(before[-3:] or "x") and (
            (_EN_SAID.search(before) and not _THAT_BEFORE.search(before))
            or _EN_FLED.search(before)
            or _EN_OFFENCE_BEFORE.search(
                prep.norm, max(sentence.start, mention.start - 120), mention.start
            )
            or (
                len(prep.norm[start : mention.start].strip()) <= _OPENING
                and _EN_SAID_AFTER.match(prep.norm, mention.end)
            )
        ):
            continue
        out.append(mention)
    return out


# what a page's date line may hold beside its one date: a time and the words around it
_DATE_LINE_REST = re.compile(
    r"[\s,.|·•:：-]*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|on|at|updated"
    r"|published|GMT|UTC|BST|EDT|EST|(?-i:[A-Z])[a-z]{2,8}day)?[\s,.|·•:：-]*",
    re.IGNORECASE,
)


def _is_date_line(prep: Prepared, sentence: Sentence) -> bool:
    """A line that holds one date (its weekday beside it) and at most a time: the page's own."""
    found = prep.dates.get(sentence.index, [])
    if not found or len({m.value for m in found}) != 1:
        return False
    rest, last = [], sentence.start
    for mention in sorted(found, key=lambda m: m.start):
        rest.append(prep.norm[last : mention.start])
        last = mention.end
    rest.append(prep.norm[last : sentence.end])
    return all(_DATE_LINE_REST.fullmatch(part) for part in rest)
