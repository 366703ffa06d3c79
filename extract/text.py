"""Text preparation: a matching copy of the text with the same offsets, sentences, language.

Matching runs on a *normalised* copy (simplified script, ASCII digits) that has exactly the
length of the original, so every span found in the copy is also a span of the original text and
evidence offsets stay true to what the source printed (traditional script, full-width digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.numerals import to_ascii_digits

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def _t2s() -> object:
    import opencc  # heavy (loads its conversion tables): only on the first conversion

    return opencc.OpenCC("t2s")


def _t2s_convert(text: str) -> str:
    converter = _t2s()
    converted: str = converter.convert(text)  # type: ignore[attr-defined]
    return converted


@cache
def _s2t() -> object:
    import opencc  # heavy (loads its conversion tables): only on the first conversion

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Simplified to traditional script (used to widen lexicon patterns, not on documents)."""
    converted: str = _s2t().convert(text)  # type: ignore[attr-defined]
    return converted


def to_simplified(text: str) -> str:
    """Convert traditional script to simplified, keeping the length (and so the offsets).

    OpenCC converts phrase by phrase; on the rare phrase whose length changes, fall back to a
    character-by-character conversion for that text so offsets remain valid.
    """
    if not _CJK.search(text):
        return text
    converted = _t2s_convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c) == 1 else o for o, c in ((ch, _t2s_convert(ch)) for ch in text))


def normalise(text: str) -> str:
    """The matching copy: simplified script, ASCII digits, Chinese punctuation, same length as
    ``text``."""
    return to_fullwidth_punctuation(
        to_simplified(plain_pinyin(latin_lookalikes(to_ascii_digits(text))))
    )


# Greek and Cyrillic letters drawn like Latin ones: some pages scatter them through English words
# (frοm, fοrmer with a Greek omicron) to defeat copying, and "fοrmer" is no cue
_LOOKALIKE_FROM = "οΟαΑΒΕΗΙΚΜΝΡΤΥΧΖνικρаеорсухіјѕАВЕКМНОРСТХІЈЅ"
_LOOKALIKES = str.maketrans(_LOOKALIKE_FROM, "oOaABEHIKMNPTYXZvikpaeopcyxijsABEKMHOPCTXIJS")
# one character class (re scans it fast over Chinese text); its neighbours are checked after
_LOOKALIKE = re.compile(f"[{_LOOKALIKE_FROM}]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def latin_lookalikes(text: str) -> str:
    """A Greek or Cyrillic letter drawn like a Latin one, beside a Latin letter, read as the
    Latin letter (length kept); Greek and Russian words keep theirs."""
    if text.isascii() or not _LOOKALIKE.search(text):
        return text

    def latin(m: re.Match[str]) -> str:
        beside = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
        return m.group().translate(_LOOKALIKES) if _LATIN_LETTER.search(beside) else m.group()

    return _LOOKALIKE.sub(latin, text)


# pinyin's ü follows only l and n (Lü, Nü); Türkiye keeps its letter, as the country lexicon
# spells it so
_PINYIN_US = "üǖǘǚǜ"
_PINYIN_U = re.compile(f"(?<=[LlNn])[{_PINYIN_US}]")


def plain_pinyin(text: str) -> str:
    """Pinyin's ü read as u (Lü Changchun -> Lu Changchun), length kept: a name is found whether
    or not the paper printed the umlaut."""
    return _PINYIN_U.sub("u", text) if any(u in text for u in _PINYIN_US) else text


_FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# The mark first, then the look-behind (over it) or the look-ahead: a pattern that opens on a
# character class lets the engine skip to the marks in C, where one opening on a look-behind
# tries it at every position. The same one-character matches as
# (?<=[CJK“”])[,;:?!()]|[,;:?!()](?=[CJK“”]).
_HALFWIDTH_BESIDE_CJK = re.compile(r"[,;:?!()](?:(?<=[\u3400-\u9fff“”].)|(?=[\u3400-\u9fff“”]))")


def to_fullwidth_punctuation(text: str) -> str:
    """Half-width punctuation beside Chinese characters made full-width (合作,今年 -> 合作，今年).

    Reprints and mirrors of Chinese articles often carry ASCII commas and colons; every cue is
    written with the full-width marks the announcements use, so the matching copy uses them too.
    Digits keep theirs (1,000).
    """
    return _HALFWIDTH_BESIDE_CJK.sub(lambda m: _FULLWIDTH[m.group()], text)


def _letter_counts(text: str) -> tuple[int, int]:
    """CJK characters and Latin letters, counted run by run (a list of runs, not of letters:
    two to three times faster on a page)."""
    cjk = sum(map(len, _CJK_RUN.findall(text)))
    return cjk, sum(map(len, _LATIN_RUN.findall(text)))


_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def cjk_share(text: str) -> float:
    """Share of CJK characters among letters (CJK + Latin)."""
    return _share(*_letter_counts(text))


def _share(cjk: int, latin: int) -> float:
    return cjk / (cjk + latin) if cjk + latin else 0.0


def detect_language(text: str) -> str:
    """'zh', 'en' or 'other': a script check first, langdetect only for long Latin text.

    langdetect misreads short or mixed strings and is random unless seeded, so it is seeded and
    consulted only when the script check leaves the question open.
    """
    sample = text[:1500]
    cjk, letters = _letter_counts(sample)
    share = _share(cjk, letters)
    if share >= 0.3:
        return "zh"
    if letters < 20:
        return "zh" if share > 0 else "other"
    words = _WORD.findall(sample.lower())
    common = sum(1 for w in words if w in _EN_COMMON)
    if len(words) >= 30 and common / len(words) >= 0.15:
        return "en"
    # heavy (loads 55 language profiles): only a text the cheap checks above could not place
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        lang = detect(sample)
    except LangDetectException:
        return "other"
    return "en" if lang == "en" else "other"


_WORD = re.compile(r"[a-z]+")
# Function words make up a fifth or more of running English; other Latin-script languages
# have their own, so a high share settles the question without the slower langdetect.
_EN_COMMON = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "was",
        "for",
        "on",
        "that",
        "with",
        "by",
        "as",
        "at",
        "from",
        "he",
        "she",
        "his",
        "her",
        "it",
        "has",
        "had",
        "been",
        "were",
        "be",
        "an",
        "are",
        "which",
        "who",
        "said",
        "this",
        "their",
        "after",
    ]
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document: offsets into the text, and its paragraph index."""

    start: int
    end: int
    paragraph: int
    index: int


# A quotation closed after an ellipsis ends its sentence too (“……我们将逮捕你……”2019年1月…):
# the narrative after it is not the speaker's words.
_ZH_END = re.compile(r"[。！？!?；;]+[”」』\"）)]*|…+[”」』\"]+|\n")
_EN_ABBREV = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mr", "Mrs", "Ms", "Dr", "No", "St", "Co", "Ltd", "Inc", "Jr", "Sr", "Gov", "Gen", "Lt",
    "Col", "Prof", "Rep", "Sen", "vs", "U.S", "U.K", "U.N", "a.m", "p.m", "approx", "Corp",
}  # fmt: skip
# (and a stop that a page glued to the next sentence: "according to law.According to")
_EN_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])|\n")


_WORD_AT_END = re.compile(r"([A-Za-z.]+)$")
_CAPITAL = re.compile(r"[A-Z]")
_INITIALS = re.compile(r"[A-Z](\.[A-Z])+")
# how far back the word before a stop is looked for first (a longer run is read from the start)
_WORD_REACH = 64


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """``([A-Za-z.]+)$`` searched in ``text[:end]``, read in the last characters only: searching
    the whole text before every stop made a page's splitting quadratic in its length. A run that
    reaches the window's start may go on before it, and is searched for in the whole text."""
    low = max(0, end - _WORD_REACH)
    word = _WORD_AT_END.search(text, low, end)
    if word is not None and word.start() == low and low > 0:
        return _WORD_AT_END.search(text, 0, end)
    return word


def _en_boundary_ok(text: str, match: re.Match[str]) -> bool:
    if match.group() == "\n":
        return True
    word = _word_before(text, match.start())
    if word and (word.group(1) in _EN_ABBREV or _CAPITAL.fullmatch(word.group(1))):
        return False
    return not _INITIALS.fullmatch(word.group(1)) if word else True


# An English line broken inside a sentence ("…embezzling public\nmoney, was extradited"): a page
# that wraps its lines at a fixed width does so more than once.
_SOFT_WRAP = re.compile(r"[a-z,]\n[a-z]")
_WRAP_WIDTH = 40  # a wrapped line runs near the page's width; a short one is a heading


def _hard_wrapped(text: str, language: str) -> bool:
    return language != "zh" and len(_SOFT_WRAP.findall(text, 0, 20_000)) >= 2


def _soft_break(text: str, line_start: int, at: int) -> bool:
    """A line break inside a sentence: the next line goes on in lower case, or a line as long
    as the page's width stops on a word or comma."""
    after = text[at + 1 : at + 2]
    if after.islower():
        return True
    line = text[max(line_start, text.rfind("\n", line_start, at) + 1) : at]
    return len(line) >= _WRAP_WIDTH and bool(re.search(r"[a-z,]$", line))


def unwrapped(text: str, language: str) -> str:
    """``text`` with the line breaks inside sentences of a page wrapped at a fixed width read as
    spaces (same length), so that what runs on across a break (a list of names "Abdul Hakim,\n
    Muhammad Umar") is read as the one line the writer wrote."""
    if not _hard_wrapped(text, language):
        return text
    chars = list(text)
    line_start = 0
    for match in _LINE_BREAK.finditer(text):
        at = match.start()
        if text[at + 1 : at + 2] not in ("", "\n") and _soft_break(text, line_start, at):
            chars[at] = " "
        line_start = at + 1
    return "".join(chars)


_LINE_BREAK = re.compile("\n")


def split_sentences(text: str, language: str) -> list[Sentence]:
    """Sentences with offsets; a newline ends a sentence and a paragraph, except inside a
    sentence of an English page wrapped at a fixed width."""
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    pattern = _ZH_END if language == "zh" else _EN_END
    wrapped = _hard_wrapped(text, language)
    for match in pattern.finditer(text):
        if language != "zh" and not _en_boundary_ok(text, match):
            continue
        if wrapped and match.group() == "\n" and _soft_break(text, start, match.start()):
            continue
        end = match.start() if match.group() == "\n" else match.end()
        _append(sentences, text, start, end, paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = match.end()
    _append(sentences, text, start, len(text), paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, paragraph, len(sentences)))


def opens_line_or_bracket(norm: str, i: int) -> bool:
    """Whether only spaces stand between ``i`` and an opening bracket or a line's start."""
    at = i
    while at > 0 and norm[at - 1] in " \t\u3000":
        at -= 1
    return at == 0 or norm[at - 1] in "（(【[\n"
