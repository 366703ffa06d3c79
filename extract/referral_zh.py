"""How a Chinese sentence that names nobody points to people: a head count or a ring's members
(32名犯罪嫌疑人被押解回国, 把「祁氏家族」的成员缉捕归案) is about the members named in the sentence
after it, opening on 其中, and nobody else. ``extract.binding`` asks here first."""

from __future__ import annotations

import re

from extract.numerals import parse_number
from extract.people import Cast
from extract.prepared import Prepared
from extract.text import Sentence

_ZH_GROUP_STAT = re.compile(
    r"(?<![第\d])(?:\d+|[两二三四五六七八九十百千万]+)余?(?:名|批)(?!红通)"
    r"|(?<![第\d])(?:\d{2,}|[十百千万]+)余?人|(?:一大|一|大)批(?=[^，。；]{0,12}(?:人|犯|员))|多名|多人|数名"
)


# 把「祁氏家族」的成员缉捕归案: a family's or a ring's members, nobody already named
_ZH_GROUP_MEMBERS = re.compile(r"(?:家族|集团|团伙)[」”\"]?的?(?:成员|骨干)")


def group_members_named(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> list[str] | None:
    """The members a head count or a ring's members point to (possibly none); None where the
    sentence tells of no such group."""
    body = prep.norm[sentence.start : sentence.end]
    if not (_ZH_GROUP_STAT.search(body) or _ZH_GROUP_MEMBERS.search(body)):
        return None
    return _members_named_next(prep, cast, sentence, order)


def _members_named_next(
    prep: Prepared, cast: Cast, sentence: Sentence, order: dict[int, int]
) -> list[str]:
    """32名犯罪嫌疑人被押解回国。其中，…的欧某某…: a group's members named in the sentence
    after it, opening on 其中 (among them), are the group's returnees; nobody else is."""
    position = order[sentence.index] + 1
    if position >= len(prep.sentences):
        return []
    following = prep.sentences[position]
    if not _AMONG_THEM.match(prep.norm, following.start):
        return _counted_again(prep, cast, sentence, following)
    return [
        k
        for k in cast.named.get(following.index, [])
        if k not in cast.officials and not _only_quoted(prep, cast, k)
    ]


# a head count's number, in digits or in characters (5名, 五人)
_NUMBER = r"(\d+|[两二三四五六七八九十]+)"
_COUNT = re.compile(rf"(?<![第\d]){_NUMBER}(?:名|人)")


def _counted_again(
    prep: Prepared, cast: Cast, sentence: Sentence, following: Sentence
) -> list[str]:
    """把5名犯罪嫌疑人押解回国。…曹某等5名犯罪嫌疑人在柬埔寨…: the next sentence names the
    same head count's lead (X等5名, X、Y等5名), who is one of the group."""
    counts = {
        parse_number(m.group(1)) for m in _COUNT.finditer(prep.norm, sentence.start, sentence.end)
    }
    if _NOT_THE_GROUP.search(prep.norm, following.start, following.end):
        return []
    for match in _LED_COUNT.finditer(prep.norm, following.start, following.end):
        if parse_number(match.group(1)) not in counts - {None, 1}:
            continue
        ends = {
            span[1]: (key, span[0])
            for key, person in cast.people.items()
            for span in person.mentions
        }
        keys: list[str] = []
        at = match.start()
        while at in ends and ends[at][0] not in cast.officials:
            key, start = ends[at]
            keys.insert(0, key)
            at = start - 1 if start > 0 and prep.norm[start - 1] == "、" else -1
        return keys
    return []


# the count's noun a suspect (等5名犯罪嫌疑人, 等5人), never the officers, the victims or the
# suspects' relatives (等5名民警, 等5名受害人, 等3名犯罪嫌疑人的家属)
_LED_COUNT = re.compile(
    rf"等{_NUMBER}(?:名(?:犯罪)?(?:嫌疑人|嫌犯|逃犯|在逃人员|外逃人员|同案犯)(?!的)"
    r"|人(?![^，。；]{0,4}(?:赴|前往|执行|组成)))"
)
# a sentence that tells the named group something else than the return: still at large, caught
# or tried at home, dealt with by a foreign side, the escort's work (此前…已在云南落网, 仍在逃)
_NOT_THE_GROUP = re.compile(
    r"仍在|尚在|还在|在逃|落网|抓获|判处|判决|处理|获救|解救|受害|被骗|民警|警官|干警|办案|任务"
)


def _only_quoted(prep: Prepared, cast: Cast, key: str) -> bool:
    """外号“阿峰”: a nickname in quotes, of someone the sentence names otherwise too."""
    return all(
        start > 0 and prep.norm[start - 1] in "“「\"'" for start, _ in cast.people[key].mentions
    )


_AMONG_THEM = re.compile(r"\s*(?:其中|这其中|這其中)")
