"""A surname character before a common word, read as a phrase rather than a name: a preposition
and its object (向组织投案, 由公安押解) and any surname before a word of every page (劝返来实现).
The dictionary's tags and frequencies decide, never a list of the phrases."""

from __future__ import annotations

import re

from extract import words
from extract.lexicon import default_lexicon

# how often a noun or a verb after a preposition surname makes the pair a phrase (公安 2,800,
# 组织 26,922), above the verbs that are given names as often (保全 970, 坚强 1,146)
_PREPOSITION_OBJECT_MIN = 2000
# after any other surname, a noun or verb so frequent that no given name is it (劝返来实现外逃人员
# 回国: 实现 15,301; 没有他的何消息: 消息 9,926); none of the 1,222 labelled full names of three
# characters has a given name that is such a word
_PHRASE_WORD_MIN = 5000


def reads_as_preposition_and_object(text: str, at: int, name: str) -> bool:
    """向组织 (to the organisation), 由公安 (by the police): a surname the dictionary tags as a
    preposition before a frequent noun or verb (any surname before a very frequent one: 来实现),
    not a given name that ends one of the dictionary's full names (于海洋). Such given names were given (于建设, 向学习), so only a
    phrase that follows no role or title (犯罪嫌疑人于建设) and goes on with a verb is one."""
    tags = words.dictionary_tags()
    given = name[1:]
    preposition = tags.get(name[0]) == "p"
    return (
        len(name) == 3
        and str(tags.get(given, "")) in _OBJECT_TAGS
        and words.frequency(given) >= (_PREPOSITION_OBJECT_MIN if preposition else _PHRASE_WORD_MIN)
        and given not in words.given_names()
        and not (at > 0 and text[at - 1] in _ROLE_ENDS)
        and not _NAME_GOES_ON.match(text, at + 3)
        and (preposition or not _opens_as_subject(text, at))
    )


def _opens_as_subject(text: str, at: int) -> bool:
    """A name opening its sentence or going on as a subject goes on (车建设表示, 车建设涉嫌) is
    a subject, which no phrase of a surname character and a frequent word is."""
    if at == 0 or text[at - 1] in "。！？!?；;：:\n" or _SUBJECT_GOES_ON.match(text, at + 3):
        return True
    return any(text.startswith(verb, at + 3) for verb in default_lexicon().names.speech_verbs)


# what a subject goes on with beyond what any name does (车建设涉嫌, 车建设说, 车建设，男)
_SUBJECT_GOES_ON = re.compile(r"[涉说称讲是为将对向到男女作—\-]")


# what a name goes on with, where a preposition's object goes on with its verb (于建设于5月,
# 于建设从泰国, 于建设被遣返; 向组织投案, 由公安押解)
_NAME_GOES_ON = re.compile(r"[于从在被因原系已曾也回，,、（(等和与及\d]|$")
# the last characters of roles and titles before a name (嫌疑人, 局长, 主任, “红通人员”)
_ROLE_ENDS = frozenset('人员号长長任理记師师官者犯手商士主席裁管伙书授生目”」"')
_OBJECT_TAGS = frozenset({"n", "v", "vn"})
