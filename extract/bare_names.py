"""A Chinese name with no descriptor before it, told right before its return.

Cue names (``extract.names``) start after a descriptor's last character (嫌疑人, 局长, 、): a name
after any other character is usually the tail of a word. Reports also put a name straight after
an adverb or a verb of hearing (据悉骆立明于3月5日从泰国回国投案), so a three-character
candidate there counts when its return follows at once and no word can be read across it
(安然回国, 泰方递解回国, 机关于3月…).
"""

from __future__ import annotations

import re

from extract import words

# what follows such a name right away: its return, a passive, a dated clause, where it came from
# (甘永福等人遭押解赴陆: the name heading a group told passively)
_RETURN_NEXT = re.compile(
    r"回国|[被遭]|于\d|从[^，。；]{1,8}(?:回国|被)"
    r"|等(?:\d+|[二三四五六七八九十两多数]+)?[名人]{1,2}[被遭]"
)
_FREQUENT_WORD = 50  # occurrences in jieba's corpus: 宁可 847, 齐齐 50; a full name is rarer


def bare_before_return(norm: str, i: int) -> bool:
    """Whether the three characters at ``i`` read as a name told right before its return."""
    name = norm[i : i + 3]
    if len(name) < 3 or not _RETURN_NEXT.match(norm, i + 3):
        return False
    before = norm[i - 1 : i]
    return not (
        words.is_common_word(before + name[0])  # 机关于: 关 ends a word, it begins no name
        or words.is_function_word(name[1:])  # 泰方递解回国: the given part is a verb
        or any(words.frequency(w) >= _FREQUENT_WORD for w in (name[:2], name))
    )
