"""Names written with a middle dot: the transliterated names of Uyghur, Kazakh, Mongolian and
Tibetan citizens (艾山江·吐尔洪, 巴特尔·额尔敦). They have no Han surname, so the surname-based
finders of extract.names cannot see them; the dot itself marks them, and what stands around it
decides where the name begins and ends: a descriptor ending (嫌疑人, 的) before the first part,
an event cue (回国, 被, 于) after the last."""

from __future__ import annotations

import re

from extract import words
from extract.lexicon import default_lexicon
from extract.names import HAN, after_cue

DOTS = "·・•‧"
_DOTTED = re.compile(f"({HAN}+)[{DOTS}]({HAN}+(?:[{DOTS}]{HAN}+)?)")
_PART_LONGEST = 6  # 阿不都热依木 (six characters) is about as long as one part runs


def dotted_names(norm: str) -> set[str]:
    """Every dotted name of the text, each part at least two characters, not both parts made
    of common words (天网行动·追逃故事 is a heading)."""
    found: set[str] = set()
    if not any(dot in norm for dot in DOTS):
        return found
    at = 0
    while (match := _DOTTED.search(norm, at)) is not None:
        first = _first_part(match.group(1))
        one = _one_name(norm[match.start(2) : match.end()])
        rest = _last_parts(one)
        if (
            len(first) >= 2
            and rest
            and not all(map(words.is_all_common_words, (first, rest)))
            and not _masthead(first, rest)
        ):
            found.add(f"{first}{norm[match.end(1)]}{rest}")
        # a second name joined by 和 is read from the joint on
        at = (
            match.start(2) + len(one) + 1
            if len(one) < match.end() - match.start(2)
            else match.end()
        )
    return found


def _masthead(first: str, rest: str) -> bool:
    """【新民晚报·新民网】: a paper and its site, not a name (no part of a name ends in 报 or 网)."""
    ends = default_lexicon().names.media_ends
    return any(part.endswith(ends) for part in (first, *re.split(f"[{DOTS}]", rest)))


_JOINED = re.compile(f"[和与及、](?={HAN}+[{DOTS}])")


def _one_name(tail: str) -> str:
    """The parts of one name: 热合曼·吐尔逊和阿不都·卡地尔 holds two, joined by 和."""
    joint = _JOINED.search(tail)
    return tail[: joint.start()] if joint else tail


def _first_part(run: str) -> str:
    """The end of the characters before the dot, cut after a descriptor's last character
    (犯罪嫌疑人巴特尔 -> 巴特尔) or a preposition (将买买提 -> 买买提)."""
    ends = default_lexicon().names.dotted_before
    part = ""
    for char in reversed(run[-_PART_LONGEST:]):
        if char in ends:
            break
        part = char + part
    return _without_leading_word(part)


_LEADING_WORD_FREQUENCY = 150  # 抓获 180, 刊登 681, 除了 7,785: verbs and particles of every page
# the tags of such words: verbs, prepositions, conjunctions, adverbs (never nouns or places: 地里
# and 合力 open the Uyghur names 地里夏提 and 布合力且木)
_LEADING_WORD_TAGS = frozenset({"v", "vn", "p", "c", "d"})


def _without_leading_word(part: str) -> str:
    """丈夫艾哈迈德 -> 艾哈迈德, 报刊登娜塔莉 -> 娜塔莉: a kinship word, or a frequent verb or
    function word of the dictionary, that opens the run is the sentence's, not the name's, when
    two characters or more are left after it."""
    kin = default_lexicon().kinship["zh"]
    for cut in range(len(part) - 2, 0, -1):
        head = part[:cut]
        for start in range(len(head) - 1):
            word = head[start:]
            if word in kin or (
                words.tag(word) in _LEADING_WORD_TAGS
                and words.frequency(word) >= _LEADING_WORD_FREQUENCY
            ):
                return part[cut:]
    return part


# 梅里克·加兰德介绍: what an official quoted says, not a part of the name
_SPEECH = re.compile("介绍|表示|指出|透露|强调|称|说|写道|写(?=的|了|下|给|信|到)")


def _last_parts(tail: str) -> str:
    """The parts after the first dot, up to the first event cue (额尔敦回国投案 -> 额尔敦)."""
    found = [c for c in (after_cue().search(tail), _SPEECH.search(tail)) if c is not None]
    tail = tail[: min(c.start() for c in found)] if found else tail
    parts = re.split(f"[{DOTS}]", tail)
    if any(len(p) < 2 or len(p) > _PART_LONGEST for p in parts):
        return ""
    # 东方网·纵相新闻记者: a byline (a site and its reporter); no name ends in a title
    cues = default_lexicon().names
    return "" if tail.endswith((*cues.officials, *cues.titles)) else tail
