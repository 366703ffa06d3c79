"""Person names in Chinese text (full and anonymised) and their romanisation.

Chinese announcements put the name at the end of a descriptor chain (外逃13年的职务犯罪嫌疑人、
“百名红通人员”第58号庞树勋) and right before the event words (11月14日从美国回国投案), so a name is
a surname plus one or two given-name characters standing between a descriptor ending and an
event cue. Profiles (庞树勋，男，1957年3月出生) and titles confirm names, which are then found
anywhere in the document (extract.name_recurrence adds names known by repetition and lists;
English names are extract.names_en's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract import words
from extract.bare_names import bare_before_return
from extract.given_parts import date_yu_end, reads_as_word_after_opener
from extract.lexicon import Lexicon, default_lexicon
from extract.name_places import (
    country_names,
    foreign_places,
    inside_china_place,
    inside_foreign_place,
    is_place,
)
from extract.name_slots import NUMBER_SLOT, coordinated_slot, slot_name
from extract.quotations import CLOSING_QUOTES, OPENING_QUOTES, names_a_campaign
from extract.text import opens_line_or_bracket

HAN = r"[\u4e00-\u9fff]"
# compiled once: these are asked of every name candidate (re's own cache costs a look-up each)
_HAN_CHAR = re.compile(HAN)
_HAN_NAME = re.compile(f"{HAN}{{2,4}}")


@dataclass(frozen=True)
class NameMention:
    """A name occurrence; ``key`` identifies the person within one document."""

    start: int
    end: int
    key: str
    full: bool
    language: str


@dataclass(frozen=True)
class _ZhPatterns:
    anonymised: re.Pattern[str]
    profile: re.Pattern[str]
    after: re.Pattern[str]
    surname_only: re.Pattern[str]
    surnames: str
    # a character that can open a surname (single, or a compound's first): the only places
    # ``cue_names`` needs to look at, found by the regex engine instead of a Python step each
    name_start: re.Pattern[str]


@cache
def _zh_patterns() -> _ZhPatterns:
    lex = default_lexicon()
    surnames = "".join(lex.surnames.single)
    after = "|".join(sorted((re.escape(a) for a in lex.names.after), key=len, reverse=True))
    return _ZhPatterns(
        # 王某, 王某某, and 张某甲/张某乙 where two share a surname
        anonymised=re.compile(
            f"(?:{'|'.join(lex.surnames.compound)}|[{surnames}])"
            "(?:某(?:某|[甲乙丙丁戊](?![方]))?|[XＸ×＊*]{1,2}(?![A-Za-z]))"
        ),
        profile=re.compile(
            # 男子王某，50岁 is how Hong Kong and Macao police introduce a suspect
            # (a list's dash opens an entry as a comma does: ——王某，男，…)
            rf"(?:^|(?<=[，。；：\n、“”（(—]))(?:[^，。；\n]{{0,10}}?(?:为|是)|男子|女子)?({HAN}{{2,4}})"
            rf"[，,]\s*(?:男|女|[0-9一二三四五六七八九十]{{2,4}}岁)"
            # a sentence that opens on the name and then the career: 杨某某，曾任…；王某某，原系…
            rf"|(?:^|(?<=[。\n]))\s*({HAN}{{2,4}})[，,](?:曾|原|系|现年|时任|生于|出生于)"
        ),
        after=re.compile(rf"(?:{after}|[0-9])"),
        surname_only=re.compile(
            rf"([{surnames}])姓(?:男子|女子|男|女|嫌犯|犯嫌|商人|老板)"
            rf"|(?<=[将对由为的岁])([{surnames}])(?:男|女)(?=[押被遣涉在于，。])"
            # 该男子姓林， / 一名姓林的逃犯 (Hong Kong and Macao reports)
            rf"|(?<=男子|女子|逃犯|嫌犯|该人|此人)姓([{surnames}])(?=[，,。；])"
            rf"|姓([{surnames}])的?(?=男子|女子|逃犯|嫌犯)"
        ),
        surnames=surnames,
        name_start=re.compile(
            "["
            + "".join(map(re.escape, sorted(set(surnames) | {c[0] for c in lex.surnames.compound})))
            + "]"
        ),
    )


def after_cue() -> re.Pattern[str]:
    """What may follow a name (names.json ``after``, or a digit): where a name ends."""
    return _zh_patterns().after


def surname_length(name: str, lex: Lexicon) -> int:
    if name[:2] in lex.surnames.compound:
        return 2
    return 1 if name[:1] in lex.surnames.single else 0


def is_plausible_zh_name(
    name: str, lex: Lexicon | None = None, profile: bool = False, slot: bool = False
) -> bool:
    """Surname + 1-2 given characters that are not function words, and not a known non-name.
    ``profile``: a profile line (NAME，男，…) confirms it, so 和 and 年 may end the given name.
    ``slot``: the name fills a slot that only a name fills (“百名红通人员”第65号方越), so a
    two-character dictionary word (方越) is read as the name it stands for."""
    lex = lex or default_lexicon()
    if name in lex.names.not_names or not _HAN_NAME.fullmatch(name):
        return False
    surname = surname_length(name, lex)
    if surname == 0:
        return False
    given = name[surname:]
    if given in ("某", "某某"):
        return True
    allowed = lex.names.given_in_profile if profile else frozenset()
    if not 1 <= len(given) <= 2 or any(
        ch in lex.names.not_given and ch not in allowed for ch in given
    ):
        return False
    if given in lex.names.not_single_given and not profile:  # 韩方: the Korean side
        return False  # (a profile line confirms one: 张家，男，…)
    if given in lex.names.kin or (given.endswith("官") and words.is_common_word(given)):
        return False  # 和儿子, 其妻子: a relative; 王法官: a title (郑泉官 is a name)
    if given[-1] in lex.names.not_given_last or is_place(name, lex):
        return False
    # 向中国, 原襄阳, 由泰国 (a city may be a given name: 寿柏林; a profile line confirms one that
    # is a famous place too: 石长安，男，…)
    # (not after a character the dictionary knows only as a name: 晏武昌, where 晏 opens nothing)
    frequent_place = (
        words.is_frequent_place(given) and not profile and not words.is_name_only(name[0])
    )
    # (a foreign city after a surname that is also a preposition: 由曼谷回国; 寿柏林 stays)
    abroad = given in country_names(lex) or (
        given in foreign_places(lex) and words.is_function_word(name[0])
    )
    if len(given) == 2 and (frequent_place or abroad):
        return False
    if words.is_function_given(given) and not profile:
        return False  # 那一天, 于这些: a surname before a numeral's or a pronoun's word
    if words.reads_as_adverbs(name, surname) and not profile:
        return False  # 曾屡次, 于同时: an adverb after a surname that is an adverb too
    # 相继, 强制: a two-character dictionary word that is not a name (the dictionary also holds
    # full names with other tags, such as 马建国, so longer candidates are not judged by it)
    common = words.is_common_word(name) and not words.is_rare_place_word(name)
    return not (len(name) == 2 and common and not slot) and not any(
        name[:size] in lex.names.not_names for size in (2, 3, 4)
    )


# what opens a verb's object: a pronoun, a count or an amount (曾杀害我1名民警, 曾受贿200万元);
# not 于 or a year, which follow names as often (曾建设于2019年5月…, 曾胜利1998年出逃), nor a
# head count after the name (于解放二人) or 一案 (曾建设一案)
_OBJECT_OPENING = re.compile(
    r"[我其他她该](?![人名])|[一数多](?![案行家人])|\d[\d.]*(?:万|亿|元|名|余|多|次)"
)


def cue_names(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Full-name candidates between a descriptor ending and an event cue."""
    lex = default_lexicon()
    pats = _zh_patterns()
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        opening = pats.name_start.search(norm, i, end)
        if opening is None:  # no surname character left: _cue_name_at would refuse every i
            break
        i = opening.start()
        span = _cue_name_at(norm, i, end, lex, pats)
        if span:
            spans.append(span)
            i = span[1]
        else:
            i += 1
    return spans


def _cue_name_at(
    norm: str, i: int, end: int, lex: Lexicon, pats: _ZhPatterns
) -> tuple[int, int] | None:
    if norm[i] not in lex.surnames.single and norm[i : i + 2] not in lex.surnames.compound:
        return None
    before = norm[i - 1] if i > 0 else "\n"
    bare = _bare(norm, i, before, lex)
    # (a name right before its return, 据悉X于…回国, or after a removal verb, 抓获了X, needs none)
    removed = bare and norm.endswith(lex.names.removal_verbs_before, max(0, i - 3), i)
    if bare and not removed and not bare_before_return(norm, i):
        return None
    if _refused_start(norm, i, end, before, bare, lex):
        return None
    fixed, span = _read_by_own_rule(norm, i, end, before, lex, pats)
    if fixed:
        return span
    # a compound surname (夏侯, 欧阳) takes a given name of one or two characters after it
    sizes = (4, 3) if norm[i : i + 2] in lex.surnames.compound else (3, 2, 4)
    for size in sizes:
        stop = i + size
        if stop > end:
            continue
        if bare and size != 3 or removed and words.is_common_word(norm[i + 1 : stop]):
            continue  # a name with no descriptor before it (bare_names) has three characters
        name = norm[i:stop]
        confirmed = _confirmed_around(norm, i, stop)
        plausible = is_plausible_zh_name(name, lex, profile=confirmed)
        if "某" in name or not plausible or words.reads_as_preposition_and_object(norm, i, name):
            continue  # (由公安押解回国, 主动向组织投案: a preposition and its object)
        if reads_as_word_after_opener(norm, i, name) and not confirmed:
            continue  # 劝返来实现, 丈夫的何消息: a surname that is a word too, then a frequent word
        if words.reads_as_adverb_and_verb(name) and _OBJECT_OPENING.match(norm, stop):
            continue  # 曾杀害我1名民警, 曾受贿200万元: the adverb 曾 and a verb with its object
        if opens_line_or_bracket(norm, i) and norm[stop : stop + 1] in "：:":
            continue  # （原标题：…）: a label opening a bracket or a line (indented too)
        inside = pats.after.match(norm, stop - 1) if size > 2 else None
        if inside is not None and inside.end() > stop:
            continue  # 伍刚走下飞机: a cue (走下) begun on the last character ends the name
        cue = pats.after.match(norm, stop)
        cue_end = cue.end() if cue is not None and cue.end() - stop >= 2 else None
        cue_end = cue_end or date_yu_end(norm, stop)  # 刘建勇于2023年: not the word 勇于
        if cue is None and size == 3 and _verb_may_follow(norm, i, name, lex):
            cue_end = words.predicate_after(norm, stop)  # 韩某某顺道回国: a verb or adverb
        if (stop == end or cue or cue_end) and not words.straddles_word(
            norm, i, stop, _title_before(norm, i, lex) or before in '”」"', cue_end
        ):
            return (i, stop)
    return None


def _refused_start(norm: str, i: int, end: int, before: str, bare: bool, lex: Lexicon) -> bool:
    """Where a surname character at ``i`` starts no name."""
    return bool(
        (bare and norm[i + 1 : i + 3] in lex.names.facilities)  # 丁口岸 of 磨丁口岸: a port
        or before.isdigit()  # 6时许, 3万余元: a unit after a number
        or before + norm[i] in lex.names.words_ending_in_surname  # 多部门协作 (门 is in 部门)
        or (
            norm[i : i + 2] in lex.surnames.compound
            and _ends_word(norm, i)  # 董事长孙… is not 长孙
            and not _title_before(norm, i, lex)  # 处长夏侯春龙: 长夏 is no word after a title
        )
        # 国 of 刚果共和国成功…, 庄 of 石家庄海关
        or inside_foreign_place(norm, i, lex)
        or inside_china_place(norm, i, lex)
        or (before in OPENING_QUOTES and names_a_campaign(norm, i, lex))
        or _conjunction_at(norm, i, before)
        # 把高管陈某押解回国: 将/把 + a role, then the name
        or (before in _DISPOSAL and _role_then_surname(norm, i, end, lex))
    )


def _read_by_own_rule(
    norm: str, i: int, end: int, before: str, lex: Lexicon, pats: _ZhPatterns
) -> tuple[bool, tuple[int, int] | None]:
    """Whether ``i`` stands where a rule of its own reads the name, and the name it reads: a
    quoted name (a platform's or a company's: “金沙汇”), a red-notice number's slot (第65号方越)
    or a list's second member (赖昌星、高山等)."""
    if before in OPENING_QUOTES and CLOSING_QUOTES.search(norm, i + 2, i + 5):
        return True, _called(norm, i, lex)
    if "号" in norm[max(0, i - 2) : i] and NUMBER_SLOT.search(norm, max(0, i - 24), i):
        return True, slot_name(
            norm, i, end, lambda name: is_plausible_zh_name(name, lex, slot=True), pats.after
        )
    word, span = norm[i : i + 2], (i, i + 2)
    if not coordinated_slot(norm, i, lambda name: is_plausible_zh_name(name, lex)):
        return False, None
    if word in lex.kinship["zh"]:
        return True, None  # 与曾孙等一家四口: a relative listed with the person
    # (a word the dictionary knows as a name or a place, not a role or a thing: 车手, 常委)
    return words.reads_as_name_or_place(word) and is_plausible_zh_name(word, lex, slot=True), span


def _bare(norm: str, i: int, before: str, lex: Lexicon) -> bool:
    """Whether nothing that opens a name stands before ``i`` (周某的司机郑某: after 司机 one does)."""
    return (
        before not in lex.names.before
        and bool(_HAN_CHAR.match(before))
        and not norm.endswith(lex.names.roles_before, max(0, i - 3), i)
    )


def _confirmed_around(norm: str, i: int, stop: int) -> bool:
    """Whether the words around a candidate confirm it as a name, as a profile line would:
    和 ending it where no conjunction can stand (蓝永和被遣返: before 被, 系, a comma), or a
    one-word role of one person before a two-character one (犯罪嫌疑人陈家从新加坡回国投案; 甘家、
    岑家 alone are families)."""
    if norm[stop - 1] == "和" and _NO_CONJUNCTION_BEFORE.match(norm, stop):
        return True
    return stop - i == 2 and bool(_ONE_PERSON_BEFORE.search(norm, max(0, i - 6), i))


# a role that names one person right before a name (犯罪嫌疑人, 被告人, 逃犯)
_ONE_PERSON_BEFORE = re.compile(r"(?:嫌疑人|被告人|嫌犯|逃犯|红通人员”?)$")


# a descriptor of flight right before the name (外逃缅甸多年的郜连生持…)
_FLED_BEFORE = re.compile(r"(?:外逃|潜逃|出逃|逃往|逃至|藏匿|潜藏)[^，。；、]{0,10}的$")


def _verb_may_follow(norm: str, i: int, name: str, lex: Lexicon) -> bool:
    """Whether a three-character name may end where a verb or an adverb follows it: a common
    surname's, or any surname's after a descriptor of flight (not 原, "former", a place or a
    word: 外逃九年的原国企出纳, 的原江苏某公司, 出逃后获得的居留权遭撤销)."""
    if norm[i] in lex.surnames.common:
        return True
    return bool(
        _FLED_BEFORE.search(norm, max(0, i - 16), i)
        and norm[i] != "原"
        and not is_place(name[1:], lex)
        # (a word the dictionary knows is no name: 居留权, 农家乐, 边境证)
        and not (words.is_common_word(name) or words.is_common_word(name[:2]))
    )


# (not 被 opening a relative clause: 张永和被遣返的李某 is 张永 and 李某)
_NO_CONJUNCTION_BEFORE = re.compile(r"(?:被(?![告害])(?![^，。；]{0,12}的)|系|[，,。；])")


def _conjunction_at(norm: str, i: int, before: str) -> bool:
    """Whether the surname character at ``i`` is the conjunction it also spells."""
    if before in '”」"' and norm[i] in "和与及或":
        return True  # “百名红通人员”和新增外逃人员: a conjunction after a quoted label
    if (
        before in "，,；;"
        and words.is_conjunction(norm[i])
        and words.is_adverb(norm[i + 1 : i + 2])
    ):
        return True  # ，但仍困在泰国: a conjunction and an adverb open the clause (和志强 stays)
    after_and = norm[i + 1 : i + 3]
    return (
        norm[i] in "和及"
        and words.is_all_common_words(after_and)
        # 婷婷, 佳佳: a doubled given name the corpus hardly uses (和继子 is still a stepson)
        and not (words.is_rarely_used(after_and) and after_and[0] == after_and[1])
    )  # 劝返和主动投案: a conjunction before a common word, not 和 the surname


def _called(norm: str, i: int, lex: Lexicon) -> tuple[int, int] | None:
    """一名叫“骆仁良”的商人: a quoted name after 叫 is a person's (“金沙汇” is a company's)."""
    if not norm.endswith(("叫", "叫做"), 0, i - 1):
        return None
    close = CLOSING_QUOTES.search(norm, i + 2, i + 5)
    if close is None or not is_plausible_zh_name(norm[i : close.start()], lex):
        return None
    return i, close.start()


def _ends_word(norm: str, i: int) -> bool:
    """Whether the character at ``i`` ends a dictionary word begun before it (长 of 董事长)."""
    return any(
        i >= size - 1 and words.is_common_word(norm[i - size + 1 : i + 1]) for size in (2, 3)
    )


_ARTEFACT = 100  # a word this many times rarer than its rival is a segmentation artefact


def _title_before(norm: str, i: int, lex: Lexicon) -> bool:
    """A title (处长, 股长) or an associate's role (司机, 秘书) ends right before ``i``: a name
    starts there (长丰 is no word here)."""
    if norm.endswith(lex.names.roles_before, max(0, i - 3), i):
        return True
    if i >= 3 and norm[i - 1] in "人员者" and words.is_common_word(norm[i - 3 : i]):
        return True  # 代表人武某, 嫌疑人文某: a three-character word for a person ends right before
    return (
        i >= 2
        and norm[i - 1] in lex.names.before
        and words.is_common_word(norm[i - 2 : i])
        and not words.is_function_word(norm[i - 2 : i])  # 多部门协作: 多部 is a numeral phrase
        and not words.is_common_word(norm[i - 2 : i + 1])  # 成员国成功: 国 ends 成员国
        # 执法部门请求: 法部 is in the dictionary, but a hundred times rarer than 部门, which
        # the surname would break; a rare title (股长寿明: 股长 31, 长寿 283) still stands
        and words.frequency(norm[i - 2 : i]) * _ARTEFACT >= words.frequency(norm[i - 1 : i + 1])
    )


_DISPOSAL = "将把"


def _role_then_surname(norm: str, i: int, end: int, lex: Lexicon) -> bool:
    """Whether two characters at ``i`` stand before a name of their own (高管陈某, 金主刘振宇):
    after 将/把 they are the object's description (a role the dictionary may not know), and the
    name follows them."""
    if i + 4 > end or norm[i + 2] not in lex.surnames.common:
        return False
    cue = after_cue()
    if cue.match(norm, i + 3):
        return False  # 将周海林依法遣返: a name of three characters, a cue after it
    # (the name after the role is followed by a cue: 金主刘振宇从…, never 李文林移交中方)
    return norm[i + 3] == "某" or (
        i + 5 <= end
        and is_plausible_zh_name(norm[i + 2 : i + 5], lex)
        and cue.match(norm, i + 5) is not None
    )
