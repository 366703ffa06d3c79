"""Officials' statements: sentences whose trigger words and tactics are boilerplate, not facts
about a person (triggers.json ``official_statement``), with the rest of their paragraph, unless
they report a dated return; and the lines that list links to other articles under a heading
(相关阅读), which tell other stories."""

from __future__ import annotations

import re
from functools import cache

from extract.event_patterns import event_patterns
from extract.lexicon import default_lexicon
from extract.text import Sentence


def _statement(norm: str, sentence: Sentence, language: str) -> re.Match[str] | None:
    """The words that make the sentence an official's general statement, if any."""
    return event_patterns().statement[language].search(norm, sentence.start, sentence.end)


def statement_sentences(norm: str, sentences: list[Sentence], language: str) -> set[int]:
    """Indices of sentences in officials' statements: from the statement to its paragraph's end;
    and every sentence after a line that heads the page's links to other articles (相关阅读)."""
    excluded: set[int] = set()
    in_statement_paragraph: int | None = None
    headings = _navigation_headings(language)
    for sentence in sentences:
        if norm[sentence.start : sentence.end].strip(" :：").casefold() in headings:
            excluded.update(_link_lines(norm, sentences[sentence.index :]))
            continue
        if in_statement_paragraph == sentence.paragraph and not _DATED_FACT.match(
            norm, sentence.start
        ):
            excluded.add(sentence.index)
        elif (statement := _statement(norm, sentence, language)) and not _reports_dated_return(
            norm, statement, sentence.end, language
        ):
            excluded.add(sentence.index)
            # a quotation standing alone (“…我们将逮捕你……”) is someone's words; the narrative
            # after it is not
            if not _QUOTED.fullmatch(norm, sentence.start, sentence.end):
                in_statement_paragraph = sentence.paragraph
    return excluded


def _reports_dated_return(norm: str, statement: re.Match[str], end: int, language: str) -> bool:
    """An official reporting a dated return (负责人表示，外逃人员郑某已于2019年从阿联酋被引渡回国),
    told between the statement's words and the sentence's ``end``: a fact about a person told
    through the official, not the statement's boilerplate."""
    if language != "zh":
        return False
    told = _DATED_RETURN.search(norm, statement.end(), end)
    if told is None:
        return False
    return not _INTENDED.search(norm, statement.end(), told.end())


# a return aimed at, hoped for, planned, put off or not yet done (争取于年底前将其引渡回国,
# 有望于年内, 原计划于春节前回国投案, 尚未)
_INTENDED = re.compile(r"争取|力争|有望|可望|计划|预计|准备|打算|拟|将|正在|推迟|尚未|未能")
# 已于2019年, 于3月, 2019年5月 … 回国/遣返/引渡/投案/归案: a return on a date, after the statement
_DATED_RETURN = re.compile(
    r"(?:已于|于)?(?:\d{4}年|\d{1,2}月)[^。；]{0,30}?"
    r"(?:回国|遣返|引渡(?!条约|协议|合作|请求|程序)|投案|归案|到案|押解)"
)


# 会议指出，要加大追逃力度。今年1月，外逃人员赵某…被缉捕回国: a sentence that opens on a date
# tells a fact, not more of the statement before it
_DATED_FACT = re.compile(r"\s*(?:\d{4}年|今年|去年|\d{1,2}月\d{1,2}日|\d{1,2}月)")
_LINK_LONGEST = 60  # a linked headline, or the source and date line under it


def _link_lines(norm: str, sentences: list[Sentence]) -> list[int]:
    """The heading and the short lines, each a paragraph of its own, that follow it: a list of
    links ends where prose begins (a menu's "Related News" may stand above the article)."""
    lines: list[int] = []
    for k, sentence in enumerate(sentences):
        neighbours = sentences[max(0, k - 1) : k] + sentences[k + 1 : k + 2]
        alone = all(s.paragraph != sentence.paragraph for s in neighbours)
        if lines and (not alone or sentence.end - sentence.start > _LINK_LONGEST):
            break
        lines.append(sentence.index)
    return lines


@cache
def _navigation_headings(language: str) -> frozenset[str]:
    trig = default_lexicon().triggers
    return frozenset(
        w.casefold() for w in (trig.navigation_zh if language == "zh" else trig.navigation_en)
    )


_QUOTED = re.compile(r"[“「『\"][^”」』\"]*[”」』\"]")
