"""A person's former post (原任某市某局局长, "former deputy mayor of ..."), found in the
sentences about them, with the employer written before it when there is one.

Part of the per-person attributes (``extract.attributes``): each finder returns the value and
the span it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extract.attributes import _EMPLOYER_RUN, Found, Span, _employer_patterns
from extract.lexicon import default_lexicon
from extract.side_roles import side_roles

# (never a label: 原标题：… opens a reposted page's old headline)
_POST_ZH = re.compile(
    r"(?:^|(?<=[，,；：\s]))(原系|原任|原为|原是|系|原)(?![^，。；,\n：:]{1,3}[：:])([^，。；,\n]{3,40})"
)
_NOT_POST_AFTER_YUAN = ("籍", "名", "告", "因", "来", "本", "定", "则", "计划", "往")


@cache
def _post_before_name() -> re.Pattern[str]:
    """原… (or 前…) right before the name. 原来, 原本, 原定 are not posts, but 原来宾市, 原本溪市
    and 原定西市 are: a place of the gazetteer after 原 lifts that exclusion. The 原 ending a
    place (太原, 松原) is no marker, and inside a post such a place is one unit (呼和浩特 too)."""
    places = default_lexicon().china_places.major
    lifted = sorted((p for p in places if p.startswith(_NOT_POST_AFTER_YUAN)), key=len)[::-1]
    # places with a character that otherwise ends a post: 太原, 呼和浩特, 和田
    yuan_places = sorted((p for p in places if set(p) & set("原与和及的")), key=len)[::-1]
    ending = sorted({p[:-1] for p in yuan_places if p.endswith("原")})
    not_after = "|".join(_NOT_POST_AFTER_YUAN)
    # a place that opens on 原 (原平, 原阳) is one only with its 市 or 县: in 原平顶山市 the 原
    # marks a post in 平顶山
    units = [f"{p}(?=[市县])" if p.startswith("原") else p for p in yuan_places]
    unit = rf"(?:{'|'.join(units)}|[^，。；、的原与和及])" if units else "[^，。；、的原与和及]"
    marker = "".join(f"(?<!{e})" for e in ending) + "原"
    lift = f"(?!{'|'.join(lifted)})" if lifted else ""
    return re.compile(
        rf"((?:{marker}|(?<![日此目之以提当事空])前)(?!{lift}(?:{not_after})){unit}{{2,40}})$"
        rf"|的((?:{'|'.join(units) or '(?!)'}|[^，。；、的原与和及]){{3,30}}(?:法定代表人|负责人|实际控制人|总经理|董事长|经理|会计|出纳"
        r"|局长|主任|科长|处长|厂长|行长|院长|站长|所长|书记|干部|主管))$"
    )


_LEADING_MARKS = "—–-:：、 "
_COURT_VERB = re.compile(r"宣判|审理|判处|起诉|审判|公诉")
_POST_STRIP = re.compile(r"^(?:我市|我省|我区|我县|该市)")
# ", Guangdong province", ", south China's Guangxi Zhuang Autonomous Region": a post's place
_EN_PROVINCE_TAIL = (
    r"(?:,(?: [a-z]+)?(?: China's)? (?-i:[A-Z][a-z]+)(?: Zhuang| Hui| Uygur)?"
    r"(?: Province| province| Autonomous Region| Municipality| municipality))?"
)
# "… in Tianjin before he fled", "… until 2009": when the post was held, not the post
_EN_POST_TIME = r" (?:before|until|when|till) (?:he |she |they |(?:19|20)\d{2}\b)"
_EN_POST = re.compile(
    # "Lian Guozhong, once deputy head of …": the post without the "once"
    r"^,\s*(?:\d{2},\s*)?(?:a |the |an )?(?:\d{2}-year-old )?(?:once |formerly )?"
    r"((?:(?<=once )|(?<=formerly )|former|ex-|then)[^,;]*?"
    rf"{_EN_PROVINCE_TAIL})"
    rf"(?=,| who | which | and one of | is | was | has | had | suspected | accused |{_EN_POST_TIME}|\.|$)",
    re.IGNORECASE,
)


# "a former businessman": what the person was, not a post (the labels give none)
_NO_POST = re.compile(r"(?:former |ex-)?business(?:wo)?(?:man|men|person)\b", re.IGNORECASE)
_POST_AFTER_NAME = re.compile(r"(?:原系|原任|原是|原为|系)([^，。；,\n]{3,40})")
# An apposition after the name: 赵明亮，江苏省某市原国土局局长， / 孙红梅（某国有银行原柜员）
_POST_APPOSITION = re.compile(
    r"[，,（(]([^，。；,、（）()\n]{0,30}?原[^，。；,、（）()\n]{2,30})(?=[，。；,）)])"
)
_POST_HELD = re.compile(r"时任([^，。；、的]{3,40})的$")
_POST_SERVED = re.compile(
    r"(?:曾任|利用担任|担任)([^，。；]{3,40}?)(?:的职务便利|职务之便|期间|[，。；])"
)


def employer_before(norm: str, pos: int) -> int:
    """Where the employer named right before a 原… post starts (青岛市某国有企业 in
    青岛市某国有企业原总经理), or ``pos`` when the words there are not an employer: the
    descriptor is the shortest phrase naming both the post and the employer."""
    run = _EMPLOYER_RUN.search(norm, max(0, pos - 30), pos)
    if not run:
        return pos
    ends, not_employer = _employer_patterns()
    start = run.start()
    for hit in not_employer.finditer(norm, run.start(), pos):
        if not _inside_china_place(norm, hit.start(), hit.end()):  # 日 of 日照市 is no date
            start = max(start, hit.end())
    if pos - start < 2 or not ends.search(norm, start, pos):
        return pos
    return start


def _inside_china_place(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` lies within the name of a division of China."""
    places = default_lexicon().china_places.major
    return any(
        norm[k : k + size] in places
        for k in range(max(0, start - 4), start + 1)
        for size in range(max(2, end - k), 6)
    )


def _apposition(norm: str, end: int) -> Found | None:
    """A 原… post set off right after the name, kept only when what precedes 原 is an employer."""
    match = _POST_APPOSITION.match(norm, end)
    if not match:
        return None
    post_at = norm.index("原", match.start(1), match.end(1))
    start = employer_before(norm, post_at)
    if start != match.start(1) or "原籍" in match.group(1):
        return None
    return Found(match.group(1), start, match.end(1))


# 原某、张某 / 原某从泰国回国: 原某 followed by what follows a name is the pseudonym of a person
# surnamed 原 (原某县 is "a former … of a county")
_YUAN_MOU_NAME = tuple("某" + c for c in "、，,从于被在已也等和与及经向")


def former_position_zh(norm: str, spans: Iterable[Span], mentions: Iterable[Span]) -> Found | None:
    """原… / 原系… clause in the person's sentences, or the 原… descriptor right before the name."""
    mentions = list(mentions)
    for _, end in mentions:
        match = _POST_AFTER_NAME.match(norm, end)
        if match:
            stripped = _POST_STRIP.sub("", match.group(1))
            start = match.end(1) - len(stripped)
            return Found(stripped, start, match.end(1))
        found = _apposition(norm, end)
        if found:
            return found
    for pos, _ in mentions:
        held = _POST_HELD.search(norm[max(0, pos - 44) : pos])
        if held:
            start = pos - len(held.group(0)) + 2
            return Found(held.group(1), start, start + len(held.group(1)))
    for pos, _ in mentions:
        segment = norm[max(0, pos - 40) : pos]
        if side_roles().whose.search(segment):
            continue  # 原局长刘某的情妇陈某: the post before is the one she stands by's
        match = _post_before_name().search(segment)
        group = 1 if match and match.group(1) else 2
        # (never across a line: the 原 of a heading's 原泉涉嫌贪污案 above 犯罪嫌疑人：原泉)
        if match and "原籍" not in match.group(group) and "\n" not in match.group(group):
            start = pos - len(segment) + match.start(group)
            if group == 1:
                start = employer_before(norm, start)
            # 法院公开宣判荆门市某粮库原主任庞某: the post starts after the court's last verb
            for court in _COURT_VERB.finditer(norm, start, pos):
                start = court.end()
            while start < pos and norm[start] in _LEADING_MARKS:
                start += 1  # “百名红通人员”——…原总经理龚某: the dash sets the post off
            return Found(norm[start:pos], start, pos)
    for start, end in spans:
        for match in _POST_ZH.finditer(norm, start, end):
            marker, post = match.group(1), match.group(2)
            if post.startswith("籍") or "出生" in post or "涉嫌" in post:
                continue
            if _runs_into_associate(norm, match, mentions):
                continue  # 原局长刘某的情妇陈某于…回国: the post is the one she stands by's
            if any(norm.startswith(norm[a:b], match.start(1)) for a, b in mentions) or (
                marker == "原" and (post.startswith("某某") or post[:2] in _YUAN_MOU_NAME)
            ):
                continue  # 原某以投资…为名, 原某某、张某: the surname 原 starting a name
            keep_marker = marker == "原"
            stripped = _POST_STRIP.sub("", post)
            if marker != "原" and post.startswith(("任", "为")):
                continue
            value_start = (
                match.start(1) if keep_marker else match.end(1) + len(post) - len(stripped)
            )
            return Found(norm[value_start : match.end(2)], value_start, match.end(2))
    for start, end in spans:
        served = _POST_SERVED.search(norm, start, end)
        if served:
            return Found(served.group(1), served.start(1), served.end(1))
    return _employer_worked_at(norm, spans)


def _runs_into_associate(norm: str, match: re.Match[str], mentions: list[Span]) -> bool:
    """Whether a 原… clause runs on into the person's name after 的 and an associate's or a
    relative's word: the post it names is the one the person stands by's."""
    return any(
        match.start(2) <= a < match.end(2) and side_roles().whose.search(norm, max(0, a - 8), a)
        for a, _ in mentions
    )


_WORKED_AT = re.compile(r"任职(?:于|的)([^，。；\d]{2,20})|在([^，。；\d]{2,20}?)任职")


def _employer_worked_at(norm: str, spans: Iterable[Span]) -> Found | None:
    """Only the employer is named: 挪用其任职的珠海某国企公款 (the longest stretch that ends as
    an employer does), 在某市公安局任职期间 (all of it)."""
    ends, _ = _employer_patterns()
    for start, end in spans:
        for cue in _WORKED_AT.finditer(norm, start, end):
            if cue.group(2):
                if ends.search(norm, cue.start(2), cue.end(2)):
                    return Found(cue.group(2), cue.start(2), cue.end(2))
                continue
            for stop in range(cue.end(1), cue.start(1) + 1, -1):
                if ends.search(norm, cue.start(1), stop):
                    return Found(norm[cue.start(1) : stop], cue.start(1), stop)
    return None


# A title before the name: "Former bank official Guo Lin", "former Jiangmen vice-mayor Xu Jun"
# (a name given by surname alone: "former village official surnamed Tang" ends before surnamed)
_EN_POST_BEFORE = re.compile(
    r"\b((?:[Ff]ormer|[Ee]x-)\s?[\w-]+(?: [\w-]+){0,5}?)(?: (?:surnamed|named|identified as))? $"
)


# "A former Party chief of a county in Yunnan province who had been at large … returned": the
# story opens on the post and names the person in the next sentence.
_EN_POST_LEAD = re.compile(
    r"(?:An?|The) ((?:former|ex-)[^,.;]{3,100}?)(?= who\b| that\b|,| has\b| had\b| was\b| is\b)"
)


def former_position_en_lead(norm: str, spans: Iterable[Span]) -> Found | None:
    """The post an event sentence opens on, for the person a later sentence names."""
    for start, end in spans:
        lead = start + len(norm[start:end]) - len(norm[start:end].lstrip())
        match = _EN_POST_LEAD.match(norm, lead, end)
        if match:
            return Found(match.group(1), match.start(1), match.end(1))
    return None


def former_position_en(norm: str, mentions: Iterable[Span]) -> Found | None:
    """The appositive after the name ("Xue Dongping, former general manager of …,"), else a
    title right before it."""
    mentions = sorted(mentions)
    for _, pos in mentions:
        match = _EN_POST.search(norm[pos : pos + 220])
        if match and not _NO_POST.match(match.group(1)):
            return Found(match.group(1).strip(), pos + match.start(1), pos + match.end(1))
    for pos, _ in mentions:
        match = _EN_POST_BEFORE.search(norm, max(0, pos - 60), pos)
        if match and not re.search(
            r"\b(?:who|which|that|was|is|has|had|and|said)\b", match.group(1)
        ):
            return Found(match.group(1), match.start(1), match.end(1))
    return None


# "Luo, born in 1961, was the former general manager of …", "He used to be the president of
# …", "who retired as deputy head of …", "her job as an accountant at …": a post told with a
# verb, in the person's own sentences; the phrase must name a post
_EN_POST_VERB = re.compile(
    r"\b(?:was|is|had been|has been|used to be|retired as|worked as|served as|job as)\s+"
    r"(?:(?:the|a|an)\s+)?((?:former |ex-)?[^,;.]{3,120}?"
    rf"{_EN_PROVINCE_TAIL})"
    rf"(?=,|\.|;| in (?:19|20)\d{{2}}\b| and (?:fled|left|was|is|has|had)\b|{_EN_POST_TIME}|$)"
)
_EN_POST_NOUN = re.compile(
    r"\b(?:manager|director|head|chief|president|chairman|chairwoman|accountant|cashier|official"
    r"|officer|clerk|employee|secretary|mayor|governor|shareholder|controller|owner|executive"
    r"|cadre|teller|boss|founder|commissioner|inspector|judge|prosecutor|engineer|deputy)s?\b",
    re.IGNORECASE,
)


# "was escorted by police officers", "was afterwards passed to officials of …": a passive verb,
# after an adverb or not, tells what was done to the person, not their post
_PARTICIPLE = re.compile(r"(?:\w+ly |afterwards |later |then |also |soon )?\w+ed\b")


def former_position_en_verb(norm: str, spans: Iterable[Span]) -> Found | None:
    """A post told with a verb in the person's own sentences (see ``_EN_POST_VERB``)."""
    for start, end in spans:
        at = start
        # overlapping: "is suspected of … relating to her job as an accountant at …"
        while (match := _EN_POST_VERB.search(norm, at, end)) is not None:
            at = match.start() + 1
            value = match.group(1).strip()
            # the post in its first words ("deputy head of …", "former general manager of …"),
            # not "was escorted by police officers"
            head = " ".join(value.split()[:4])
            if _EN_POST_NOUN.search(head) and not _PARTICIPLE.match(value):
                return Found(value, match.start(1), match.start(1) + len(value))
    return None
