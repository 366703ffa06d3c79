"""Common Chinese words, from the dictionary of a maintained segmenter (jieba).

A string that starts with a surname character is not yet a name: 强制, 信任, 公布 and 印尼 are
words, and in 原中国银行 or 格林纳丁斯 the would-be name straddles a word. Rather than list such
words one by one, a name candidate is checked against jieba's dictionary: it is refused when the
segmenter reads a word that is not a person name (its tag does not start with ``nr``) across the
candidate's first or last character, as the candidate itself, or, when frequent, from the
candidate's first character on (时隔近2年). Words jieba tags as names (高峰, 文明, 斯文) stay
possible names; the name cues decide those.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from extract.lexicon import default_lexicon

_MARGIN = 6  # characters of context each side: longer than almost every dictionary word


@cache
def _dictionary() -> tuple[Any, dict[str, str]]:
    """jieba's tokenizer and its word -> part-of-speech table, loaded once per process."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba 0.42 imports pkg_resources, which warns
        import jieba  # heavy (a dictionary of 350,000 words): loaded on the first use only
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    with jieba.get_dict_file() as dictionary:
        return jieba.dt, word_tags(dictionary.read().decode("utf-8"))


def word_tags(dictionary: str) -> dict[str, str]:
    """The word -> tag table of a jieba dictionary ("word frequency tag" a line), as
    ``jieba.posseg`` builds it, in half its time (every crawl's workers load it at the start):
    one split of the whole text. A line without its three fields is named in a ValueError, as
    ``jieba.posseg`` names it."""
    lines = dictionary.splitlines()
    fields = dictionary.split()
    if len(fields) == 3 * len(lines):
        return dict(zip(fields[0::3], fields[2::3], strict=True))
    table = {}
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if len(parts) != 3:
            raise ValueError(f"jieba dictionary line {number}: {line!r}: expected word, count, tag")
        table[parts[0]] = parts[2]
    return table


def _tokens(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Dictionary segmentation (no HMM guessing) of ``text[start:end]`` with absolute offsets."""
    position = start
    for word in _segment(text[start:end]):
        yield position, position + len(word), word
        position += len(word)


@lru_cache(maxsize=8192)
def _segment(window: str) -> tuple[str, ...]:
    """The words of a short window, remembered: the same sentence is asked about many times
    (each name candidate and each country in it)."""
    tokenizer, _ = _dictionary()
    return tuple(tokenizer.cut(window, HMM=False))


def is_common_word(word: str) -> bool:
    """A dictionary word of two or more characters that jieba does not tag as a person name."""
    _, tags = _dictionary()
    tag = tags.get(word)
    return len(word) >= 2 and tag is not None and not tag.startswith("nr")


# jieba's tags of adverbs, prepositions, conjunctions, particles, pronouns, verbs, numerals,
# measure words, directions and time words: a character so tagged is not read as a given name's
_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "r", "v", "m", "q", "f", "t"})


_RARE = 50  # occurrences in jieba's corpus: 罗川 10 (a township), 黄山 486, 韩国 3,375


def is_rarely_used(word: str) -> bool:
    """A word jieba's corpus uses fewer than ``_RARE`` times."""
    return frequency(word) < _RARE


def is_rare_place_word(word: str) -> bool:
    """A dictionary word tagged as a place that the corpus hardly uses (罗川, a township): as
    likely a person's name as a place's, so the name cues decide (the gazetteer refuses the
    places of China by name)."""
    _, tags = _dictionary()
    return str(tags.get(word, "")).startswith("ns") and is_rarely_used(word)


def is_all_common_words(text: str) -> bool:
    """Whether the dictionary cuts ``text`` into words that are all common words, none a name
    (天网行动 is 天网 + 行动; 巴特尔 is no dictionary word)."""
    return all(is_common_word(w) for w in _segment(text))


# jieba's tags of adverbs, numerals, prepositions, conjunctions, pronouns, time and place words:
# a frequent one is no given name (not verbs: 建国, 振兴 are names as often as words)
_ADVERBIAL_TAGS = frozenset({"d", "p", "c", "r", "m", "q", "f", "t", "u"})


def is_frequent_adverbial(word: str) -> bool:
    """A word the dictionary tags as an adverb or the like and its corpus uses often (屡次 332,
    多次 5,410; the given name 立新, also tagged an adverb, 51)."""
    _, tags = _dictionary()
    return tags.get(word) in _ADVERBIAL_TAGS and _is_frequent(word)


# how often a noun or a verb after a preposition surname makes the pair a phrase (公安 2,800,
# 组织 26,922), above the verbs that are given names as often (保全 970, 坚强 1,146)
_PREPOSITION_OBJECT_MIN = 2000


def reads_as_preposition_and_object(text: str, at: int, name: str) -> bool:
    """向组织 (to the organisation), 由公安 (by the police): a surname the dictionary tags as a
    preposition before a frequent noun or verb, not a given name that ends one of the
    dictionary's full names (于海洋). Such given names were given (于建设, 向学习), so only a
    phrase that follows no role or title (犯罪嫌疑人于建设) and goes on with a verb is one."""
    _, tags = _dictionary()
    given = name[1:]
    return (
        len(name) == 3
        and tags.get(name[0]) == "p"
        and str(tags.get(given, "")) in _OBJECT_TAGS
        and frequency(given) >= _PREPOSITION_OBJECT_MIN
        and given not in given_names()
        and not (at > 0 and text[at - 1] in ROLE_ENDS)
        and not NAME_GOES_ON.match(text, at + 3)
    )


# what a name goes on with, where a preposition's object goes on with its verb (于建设于5月,
# 于建设从泰国, 于建设被遣返; 向组织投案, 由公安押解)
NAME_GOES_ON = re.compile(r"[于从在被因原系已曾也回，,、（(等和与及\d]|$")
# the last characters of roles and titles before a name (嫌疑人, 局长, 主任, “红通人员”)
ROLE_ENDS = frozenset('人员号长長任理记師师官者犯手商士主席裁管伙书授生目”」"')
_OBJECT_TAGS = frozenset({"n", "v", "vn"})
_NAME_LIKE_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "a"})


def reads_as_name_or_place(word: str) -> bool:
    """A word the dictionary tags as a person's or a place's name or the like (高明, 高山, 金星),
    not as a noun, a verb, an abbreviation or nothing at all (车手, 向导, 常委, 马仔): listed
    beside a person, only the first may be another person."""
    return tag(word) in _NAME_LIKE_TAGS


def is_function_opener(char: str) -> bool:
    """A character the dictionary tags as an adverb, a preposition or a conjunction (曾, 于, 和):
    as a surname it may as well open a clause."""
    _, tags = _dictionary()
    return tags.get(char) in {"d", "p", "c"}


def is_name_only(char: str) -> bool:
    """A character the dictionary tags as a person's name (晏, 蓝, 吉): alone it is a surname,
    never a preposition or a word that opens a place's name (向, 原, 由)."""
    _, tags = _dictionary()
    return tags.get(char) == "nr"


def is_conjunction(char: str) -> bool:
    """A character the dictionary tags as a conjunction (但, 和, 及)."""
    _, tags = _dictionary()
    return tags.get(char) == "c"


def is_adverb(char: str) -> bool:
    """A character the dictionary tags as an adverb (也, 又, 却) or 仍, which it tags as a bound
    morpheme but which is the adverb wherever it stands alone."""
    _, tags = _dictionary()
    return tags.get(char) == "d" or char == "仍"


def is_function_word(word: str) -> bool:
    """A word the dictionary tags as a function word, verb, numeral or the like (多部; 终 in
    黄某终于, 如 in 陈某如在)."""
    _, tags = _dictionary()
    return tags.get(word) in _FUNCTION_TAGS


def straddles_word(
    text: str, start: int, end: int, word_ends_before: bool = False, cue_end: int | None = None
) -> bool:
    """Whether a common word covers ``text[start:end]`` exactly, crosses one of its ends, or
    begins where it begins (时隔 in 时隔近2年, 海峡 in 海峡网: the surname is a word's first
    character, not a name's). ``word_ends_before``: the caller knows a word ends at ``start``
    (a title: 处长丰鸣会 is 处长 + the name, not 长丰), so segmenting starts there.
    ``cue_end``: a cue word of two characters or more runs from ``end`` to it (肖建明日前: 日前),
    so a word the segmenter makes of the name's last character and the cue's first (明日) does
    not count."""
    return any(
        is_common_word(word)
        and (
            crosses
            or (exact and _word_not_name(word))
            # after a title (院长全民华在…) the span starts a word of its own: a frequent word
            # at its head is the name's surname and given character, as 全民 in 全民华
            or (begins and _is_frequent(word) and not (word_ends_before and _may_head_a_name(word)))
        )
        for crosses, exact, begins, word in _around(text, start, end, word_ends_before, cue_end)
    )


def _may_head_a_name(word: str) -> bool:
    """A word that may head a name after a title: a noun, an adjective, a time or a rarer verb
    (全民, 安全, 宋代, 关爱), not a function word or a verb of every page (包括, 管理, 同时)."""
    _, tags = _dictionary()
    tag = str(tags.get(word, ""))
    if tag in _HEAD_REFUSED or tag == "ad":
        return False
    return not (tag.startswith("v") and frequency(word) >= _EVERY_PAGE)


_HEAD_REFUSED = _ADVERBIAL_TAGS - {"m", "t"}  # a numeral (万里) or a time (宋代) heads names
_EVERY_PAGE = 2000  # occurrences in jieba's corpus: 包括 24,052, 管理 27,191; 关爱 254, 相会 560


def _word_not_name(word: str) -> bool:
    """A candidate that is exactly a dictionary word is no name when the word has two characters
    (强制, 信任) or is no place: the dictionary tags some full names as places (马建国)."""
    _, tags = _dictionary()
    if is_rare_place_word(word):  # 罗川: a township's name, and a person's
        return False
    return len(word) == 2 or not str(tags.get(word, "")).startswith("ns")


# the tags of words no given name is: numerals, measure words, pronouns, prepositions,
# conjunctions and particles (那一天 is 那 before 一天, not a name; 1,450 labelled given names of
# two characters hold none of them)
_NOT_GIVEN_TAGS = frozenset({"m", "q", "mq", "r", "p", "c", "u", "uj", "ul", "uz", "ug", "uv"})


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word (None for a word it does not know)."""
    _, tags = _dictionary()
    return tags.get(word)


def is_function_given(given: str) -> bool:
    """Whether a would-be given name of two characters is a word of a kind no given name is."""
    return len(given) == 2 and tag(given) in _NOT_GIVEN_TAGS


_FREQUENT = 200  # occurrences in jieba's corpus: 时隔 251, 海峡 1629; 许国 25, 黄镇 7 may be names


def frequency(word: str) -> int:
    """How often jieba's corpus has ``word`` (0 for a word it does not know)."""
    tokenizer, _ = _dictionary()
    return int(tokenizer.FREQ.get(word) or 0)


def _is_frequent(word: str) -> bool:
    """A word common enough that a name beginning with it is less likely than the word; compound
    surnames (欧阳, 司徒) are names' beginnings by definition."""
    if word[:2] in default_lexicon().surnames.compound:
        return False
    if _WEEKDAY.fullmatch(word):
        return False  # 周一鸣: the surname 周 before 一, as 周 before any given name
    return frequency(word) >= _FREQUENT


_WEEKDAY = re.compile("[周週][一二三四五六日天]")


_FREQUENT_PLACE = 5000  # 中国 129,470, 襄阳 13,196; the given names 建国 3,083 and 江南 4,986


def is_frequent_place(word: str) -> bool:
    """A place name the dictionary's corpus uses so often that it is not read as a given name
    (向中国驻越南使馆: 向 is a preposition there, not a surname before the given name 中国)."""
    tokenizer, tags = _dictionary()
    return (
        str(tags.get(word, "")).startswith("ns")
        and int(tokenizer.FREQ.get(word) or 0) >= _FREQUENT_PLACE
    )


def crosses_word(text: str, start: int, end: int) -> bool:
    """Whether a common word crosses one end of ``text[start:end]`` (海地 in 沿海地区)."""
    return any(
        crosses and is_common_word(word) for crosses, _, _, word in _around(text, start, end)
    )


def crosses_place(text: str, start: int, end: int) -> bool:
    """Whether a place name of the dictionary goes on past the end of ``text[start:end]`` (马里 in
    马里兰州: a country's name that begins another place's; 中国香港 ends with it and is it)."""
    _, tags = _dictionary()
    lo, hi = max(0, start - _MARGIN), min(len(text), end + _MARGIN)
    return any(
        a < end < b
        and str(tags.get(word, "")).startswith("ns")
        # 澳门特区, 香港特别行政区: the same place with its administrative suffix
        and not (a == start and text.startswith(_ADMIN_SUFFIXES, end))
        for a, b, word in _tokens(text, lo, hi)
    )


_ADMIN_SUFFIXES = ("特区", "特别行政区", "特別行政區")


def _around(
    text: str, start: int, end: int, word_ends_before: bool = False, cue_end: int | None = None
) -> Iterator[tuple[bool, bool, bool, str]]:
    """The words segmented around a span: whether each crosses an end of it, is exactly it, or
    begins with it inside it (a word that only runs into the cue up to ``cue_end`` crosses
    nothing)."""
    lo = start if word_ends_before else max(0, start - _MARGIN)
    hi = min(len(text), end + _MARGIN)
    for a, b, word in _tokens(text, lo, hi):
        if b > start and a < end:
            into_cue = cue_end is not None and end - a == 1 and b < cue_end
            crosses = a < start < b or (a < end < b and not into_cue)
            yield crosses, (a, b) == (start, end), a == start and b - a >= 2, word


# jieba's tags of verbs, adverbs, prepositions, conjunctions, pronouns, and of the sequence and
# time words that open a predicate as adverbs do: the word after a name that opens the predicate
# (潘某某随即登机, 王某某向民警交代, 郑某某他本人, 尹某某最后还是被遣返)
_PREDICATE_TAGS = frozenset({"v", "d", "p", "c", "r", "f", "t"})


def _word_at(text: str, start: int) -> tuple[str, str | None]:
    """The dictionary word that begins at ``start`` and its tag ("" and None at the end)."""
    _, tags = _dictionary()
    words = _segment(text[start : start + _MARGIN])
    return (words[0], tags.get(words[0])) if words else ("", None)


def pronoun_after(text: str, start: int) -> bool:
    """Whether the dictionary word at ``start`` is a pronoun (周某这3名: 这 points to the list
    the name ends)."""
    return _word_at(text, start)[1] == "r"


def predicate_after(text: str, start: int) -> int | None:
    """The end of the dictionary word at ``start`` when that word opens a predicate; else None.

    A name's cue list (names.json ``after``) holds the words announcements put after a name;
    a feature or a judgment puts any verb there. The segmenter knows verbs and adverbs by their
    tags, so a three-character name with a common surname stands before any of them."""
    word, tag = _word_at(text, start)
    return start + len(word) if tag in _PREDICATE_TAGS else None


def reads_as_adverb_and_verb(name: str) -> bool:
    """曾杀害, 曾受贿, 于供职: a surname the dictionary reads as an adverb or a preposition,
    before two characters it reads as a verb. Only the text after tells which it is (曾杀害我…
    is a clause, 曾解放从美国回国 a name), so the caller looks there."""
    _, tags = _dictionary()
    return len(name) == 3 and is_function_opener(name[0]) and tags.get(name[1:]) in ("v", "vn")


def reads_as_adverbs(name: str, surname: int = 1) -> bool:
    """曾屡次 (once, repeatedly), 于同时: a surname the dictionary reads as an adverb, a
    preposition or a conjunction, before a given name it reads as a frequent adverb or the like,
    or as a frequent verb (see ``_verb_after_opener``). A doubled given name (王刚刚, 曾明明) is a
    name's form, and a plain surname (王永远, 杨进军) keeps it."""
    given = name[surname:]
    return (
        surname == 1
        and len(given) == 2
        and given[0] != given[1]
        and is_function_opener(name[0])
        and (is_frequent_adverbial(given) or _verb_after_opener(name[0], given))
    )


def _verb_after_opener(surname: str, given: str) -> bool:
    """A frequent verb after a surname that opens clauses: any, after a conjunction (但比起); only
    a verb of saying after another (曾描述, 由介绍), where other verbs are given names as often
    (曾坚强, 向保全, 尤坚强, 边保全)."""
    if is_conjunction(surname):
        return is_frequent_verb(given)
    return given in default_lexicon().names.speech_verbs


def is_frequent_verb(word: str) -> bool:
    """A word the dictionary tags as a plain verb and its corpus uses often (描述 2,288), and
    that ends none of the dictionary's full names (建成 and 进军 end some: 向建成 may be one)."""
    return tag(word) == "v" and _is_frequent(word) and word not in given_names()


@cache
def given_names() -> frozenset[str]:
    """The given names of two characters that end a full name of three in the dictionary."""
    _, tags = _dictionary()
    return frozenset(w[1:] for w, t in tags.items() if t == "nr" and len(w) == 3)
