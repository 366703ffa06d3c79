"""Two characters after a surname that are a word rather than a given name (来实现, 何消息;
王永远 and 刘学习 stay names, since 王 and 刘 are no words of their own):
judged by the frequency dictionary of jieba, the segmenter behind ``extract.words``, against the
given names that end the dictionary's own full names."""

from __future__ import annotations

import re

from extract import words
from extract.lexicon import default_lexicon

# how often jieba's corpus has a word for it to be the word, not a given name, where no full name
# in the dictionary ends with it: 实现 15,301 and 消息 9,926 are words; the given names 和平 7,998,
# 海军 7,228 and 建国 3,083 end full names there (and no labelled name's given part is a word of
# 1,500 or more that ends none)
_GIVEN_WORD_MIN = 1500
# the dictionary's tags of a surname character read as a word of its own: a pronoun (何), a verb
# (来), a preposition (于), a conjunction, an adverb, a particle (not 刘, 王 or 张, which open
# a name wherever they stand)
_FUNCTION_TAGS = frozenset({"r", "v", "p", "c", "d", "u"})


def reads_as_word_after_opener(text: str, at: int, name: str) -> bool:
    """Whether a three-character candidate at ``at`` is a surname character that is a function
    word or a verb too (来, 何; not 王 or 刘) before a frequent word that
    ends no known full name, where no role or title stands before it and nothing after it goes
    on as after a name (犯罪嫌疑人于建设, 于建设于11月8日回国 are names)."""
    return (
        len(name) == 3
        and words.tag(name[0]) in _FUNCTION_TAGS
        and is_word_not_given(name[1:])
        and not (at > 0 and text[at - 1] in words.ROLE_ENDS)
        and not words.NAME_GOES_ON.match(text, at + 3)
    )


def is_word_not_given(given: str) -> bool:
    """Whether a two-character given part is a frequent word that ends no known full name."""
    return (
        len(given) == 2
        and words.frequency(given) >= _GIVEN_WORD_MIN
        and given not in words.given_names()
    )


# 于 before a date: the preposition, whatever word the name's last character makes with it
_YU_BEFORE_A_DATE = re.compile(
    r"于(?:\d|[一二三四五六七八九十〇零]|(?:今|去|前|当|同|次)年|近日|日前|本月|上月)"
)


def date_yu_end(text: str, at: int) -> int | None:
    """Where a name's cue ends when 于 at ``at`` opens a date after a character that ends given
    names (刘建勇于2023年: the date's 于, not the word 勇于, so a word of the name's last character
    and 于 crosses nothing; 陈华属于2015年 stays 属于)."""
    ends = default_lexicon().names.given_last_before_yu
    if at < 1 or text[at - 1] not in ends or not _YU_BEFORE_A_DATE.match(text, at):
        return None
    return at + 2
