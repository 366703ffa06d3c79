"""Chinese names known by the text around them rather than by a cue beside them: a name the
article repeats, and names listed beside a known name. Both find only strings that read as
names everywhere they stand (extract.names decides what a plausible name is)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from extract import words
from extract.lexicon import Lexicon, default_lexicon
from extract.name_places import country_names, is_place
from extract.names import HAN, after_cue, is_plausible_zh_name, surname_length

REPEATED_NAME_MIN = 3  # occurrences that make a cue-less three-character string a name
# occurrences that make a cue-less two-character string a name: two characters starting with a
# surname are more often a chance pair than three, so the article must repeat it more
REPEATED_SHORT_NAME_MIN = 4
_COMMON_AFTER_COUNTRY = 200  # a word this frequent after a country's first character is no name


def occurrences(name: str, norm: str) -> Iterator[tuple[int, int]]:
    """The spans of ``name`` in ``norm``, left to right, not overlapping: what
    ``re.finditer(re.escape(name), norm)`` finds, without compiling a pattern per name (names
    differ from article to article, and would push the extraction's own patterns out of
    ``re``'s cache)."""
    if not name:
        yield from ((i, i) for i in range(len(norm) + 1))
        return
    at = norm.find(name)
    while at >= 0:
        yield at, at + len(name)
        at = norm.find(name, at + len(name))


def repeated_names(norm: str) -> set[str]:
    """Names the article repeats with no cue beside them (a feature about one person's trial
    names her seven times: 虽然杨秀珠是…, 因为杨秀珠明确表示…). A reader knows a name by its
    recurrence; so does this, where every occurrence reads as a name: a common surname, no
    dictionary word or place crossing it, and not always inside the same longer string (中国银行
    is no 国银行). Three characters must recur three times; two, a chance pair more often,
    four times (邵骏刚一入境, 满怀愧疚的邵骏声音…, 邵骏总算…)."""
    lex = default_lexicon()
    return _repeated(norm, lex, 3, REPEATED_NAME_MIN) | _repeated(
        norm, lex, 2, REPEATED_SHORT_NAME_MIN
    )


def _repeated(norm: str, lex: Lexicon, size: int, minimum: int) -> set[str]:
    """The plausible names of ``size`` characters that occur ``minimum`` times or more, each
    time reading as a name (杨秀 of 杨秀珠 is always followed by 珠, so no two-character name)."""
    counts = Counter(m.group(1) for m in _ngrams(lex.surnames.common, size).finditer(norm))
    found = set()
    for name, count in counts.items():
        if count < minimum or not is_plausible_zh_name(name, lex):
            continue
        if size == 2 and "某" in name:
            continue  # 张某 is anonymised, not a given name: two 张某 may be two people
        at = [start for start, _ in occurrences(name, norm)]
        headed = len(at) >= REPEATED_HEADED_MIN and _noun_headed(name) and _cued_once(norm, at, lex)
        if not _inside_longer(norm, at, size) and not any(
            (words.crosses_word(norm, i, i + size) if headed else _straddles(norm, i, size, lex))
            for i in at
        ):
            found.add(name)
    return found


# occurrences that make a name whose first two characters are a noun or a place (黄海勇: 黄海,
# the Yellow Sea) a name where the noun opens each one: a word that happens to open a name
# once or twice opens it five times only in a story about that person
REPEATED_HEADED_MIN = 5


def _cued_once(norm: str, at: list[int], lex: Lexicon) -> bool:
    """Whether one occurrence of a three-character candidate stands right after a descriptor's
    last character (叫, 犯, 员; not mere punctuation) or before a cue word of two characters or
    more (坦言, 最终, 回国): 高铁站 and 金额达 recur, but never so."""
    return any(
        (i > 0 and norm[i - 1] in lex.names.before and re.match(HAN, norm[i - 1]))
        or ((cue := after_cue().match(norm, i + 3)) is not None and cue.end() - cue.start() >= 2)
        for i in at
    )


def _noun_headed(name: str) -> bool:
    """Whether a three-character candidate opens on a dictionary noun or place."""
    return (
        len(name) == 3
        and str(words.tag(name[:2]) or "").startswith("n")
        and not words.is_common_word(name)  # 董事长: a word of its own, not 董 + 事长
    )


def _straddles(norm: str, i: int, size: int, lex: Lexicon) -> bool:
    """Whether a dictionary word crosses or covers the name at ``i``; a country's name at the
    start of three characters does not count (韩国栋 is 韩 + 国栋, though 韩国 is Korea): the
    name recurs whole."""
    if size == 3 and norm[i : i + 2] in country_names(lex):
        # (韩国人, 泰国籍: 国人 610 and 国籍 471 in jieba's corpus are words, where the given
        # names 国强 and 国华 are rare)
        given = norm[i + 1 : i + 3]
        return words.crosses_word(norm, i, i + 3) or words.frequency(given) >= _COMMON_AFTER_COUNTRY
    return words.straddles_word(norm, i, i + size)


@lru_cache(maxsize=4)
def _ngrams(surnames: frozenset[str], size: int) -> re.Pattern[str]:
    """Every string of ``size`` characters that starts with one of ``surnames``, overlaps
    included."""
    return re.compile(f"(?=([{''.join(sorted(surnames))}]{HAN}{{{size - 1}}}))")


def _inside_longer(norm: str, at: list[int], size: int) -> bool:
    """Whether the same Chinese character stands before, or after, every occurrence."""
    before = {norm[i - 1] if i else "" for i in at}
    after = {norm[i + size : i + size + 1] for i in at}
    return any(len(side) == 1 and re.fullmatch(HAN, next(iter(side))) for side in (before, after))


_LIST_JOINS = "、和及与"


def listed_names(norm: str, known: set[str]) -> set[str]:
    """Names listed beside a known name (前后三任行长许超凡、余振东、许国俊; 分别判处许超凡和许国俊):
    an enumeration holds items of one kind, so a plausible name joined to a name is one too. The
    new names are followed in turn, so a whole list is taken from any one of its items."""
    lex = default_lexicon()
    found = set(known)
    frontier = [name for name in known if "某" not in name]
    while frontier:
        name = frontier.pop()
        for start, end in occurrences(name, norm):
            for candidate in _list_neighbours(norm, start, end, lex):
                if candidate not in found:
                    found.add(candidate)
                    frontier.append(candidate)
    return found - known


def _list_neighbours(norm: str, start: int, end: int, lex: Lexicon) -> list[str]:
    out = []
    if norm[end : end + 1] and norm[end] in _LIST_JOINS:
        for size in (3, 2):
            a, b = end + 1, end + 1 + size
            if _listable(norm, a, b, lex) and (size == 3 or _list_edge(norm[b : b + 1], lex)):
                out.append(norm[a:b])
                break
    if start > 0 and norm[start - 1] in _LIST_JOINS:
        for size in (3, 2):
            a, b = start - 1 - size, start - 1
            if a >= 0 and _listable(norm, a, b, lex) and _opens_list(norm, a, lex):
                out.append(norm[a:b])
                break
    return out


def _listable(norm: str, a: int, b: int, lex: Lexicon) -> bool:
    """A plausible name that crosses no word and whose given part is no place (和原吴忠市…: 原
    is "former" there, and 吴忠 a city)."""
    name = norm[a:b]
    return (
        "某" not in name
        and is_plausible_zh_name(name, lex)
        and not is_place(name[surname_length(name, lex) :], lex)
        and not words.straddles_word(norm, a, b)
    )


def _opens_list(norm: str, a: int, lex: Lexicon) -> bool:
    """What may stand before a list's first name: what may stand beside any listed name, or a
    word that ends right there (还有缪建国、邸永亮: 还有 is a word, and 有缪 none)."""
    return _list_edge(norm[a - 1 : a], lex) or (
        a >= 2
        and words.is_common_word(norm[a - 2 : a])
        and not words.straddles_word(norm, a, a + 3, True)
    )


def _list_edge(char: str, lex: Lexicon) -> bool:
    """What may stand beside the outer end of a listed name: punctuation, a list word, a cue."""
    return not char or not re.fullmatch(HAN, char) or char in lex.names.before
