"""A surname character before a common word, read as a phrase rather than a name: a preposition
and its object (向组织投案, 由公安押解). The dictionary's tags and frequencies decide, never a
list of the phrases."""

from __future__ import annotations

import re

from extract import words

# how often a noun or a verb after a preposition surname makes the pair a phrase (公安 2,800,
# 组织 26,922), above the verbs that are given names as often (保全 970, 坚强 1,146)
_PREPOSITION_OBJECT_MIN = 2000


def reads_as_preposition_and_object(text: str, at: int, name: str) -> bool:
    """向组织 (to the organisation), 由公安 (by the police): a surname the dictionary tags as a
    preposition before a frequent noun or verb, not a given name that ends one of the
    dictionary's full names (于海洋). Such given names were given (于建设, 向学习), so only a
    phrase that follows no role or title (犯罪嫌疑人于建设) and goes on with a verb is one.
    (After any other surname no frequency makes a phrase: 王建设, 刘发展, 李学习 are names.)"""
    tags = words.dictionary_tags()
    given = name[1:]
    return (
        len(name) == 3
        and tags.get(name[0]) == "p"
        and str(tags.get(given, "")) in _OBJECT_TAGS
        and words.frequency(given) >= _PREPOSITION_OBJECT_MIN
        and given not in words.given_names()
        and not (at > 0 and text[at - 1] in _ROLE_ENDS)
        and not _NAME_GOES_ON.match(text, at + 3)
    )


# what a name goes on with, where a preposition's object goes on with its verb (于建设于5月,
# 于建设从泰国, 于建设被遣返; 向组织投案, 由公安押解)
_NAME_GOES_ON = re.compile(r"[于从在被因原系已曾也回，,、（(等和与及\d]|$")
# the last characters of roles and titles before a name (嫌疑人, 局长, 主任, “红通人员”)
_ROLE_ENDS = frozenset('人员号长長任理记師师官者犯手商士主席裁管伙书授生目”」"')
_OBJECT_TAGS = frozenset({"n", "v", "vn"})
