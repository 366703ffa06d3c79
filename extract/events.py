"""Return events: sentences that report someone coming back (or being tried abroad).

An event is a trigger term (回国投案, 被引渡, "was repatriated") in a clause that is not vetoed by a
negative cue (a request, an intention, an appeal: 引渡请求, 意愿, "awaiting extradition") and in a
sentence that shows the person was abroad. Its method is the highest-precedence method among
its triggers (劝返回国投案 is persuaded, not surrendered).
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from extract.alternation import literal_alternation
from extract.clause_places import (
    abroad_clause,
    at_a_foreign_airport,
    caught_at_home,
    inside_a_foreign_country,
    sent_abroad,
)
from extract.event_patterns import (
    any_trigger,
    event_patterns,
    told_as_possible,
    trigger_table,
    with_inner,
)
from extract.lexicon import default_lexicon
from extract.places import find_places
from extract.quotations import quotation_start
from extract.text import Sentence, to_traditional


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    method: str
    attributive: bool = False  # 投案自首的案例: a kind of case, not the event


@dataclass(frozen=True)
class Event:
    sentence: Sentence
    triggers: tuple[Trigger, ...]
    abroad: bool = True  # the sentence itself shows the person was abroad

    @property
    def method(self) -> str:
        order = default_lexicon().triggers.precedence
        return min((t.method for t in self.triggers), key=order.index)

    def has_method(self, method: str) -> bool:
        return any(t.method == method for t in self.triggers)

    def trigger_for(self, method: str, names: Sequence[tuple[int, int]] = ()) -> Trigger:
        """The tightest wording of the method: 回国投案, not 向之红从马来西亚回国投案 (向…投案
        read from a surname that is also a preposition). The ``names`` inside a wording do not
        count in its length: 将公孙长琛遣返 is as tight as 将查家辉遣返. One naming a kind of case
        (投案自首的案例) comes last."""

        def length(t: Trigger) -> int:
            near = names_near(names, t.start, t.end)
            inside = sum(max(0, min(t.end, e) - max(t.start, s)) for s, e in near)
            return t.end - t.start - inside

        return min(
            (t for t in self.triggers if t.method == method),
            key=lambda t: (t.attributive, length(t), t.end - t.start, t.start),
        )


def names_near(names: Sequence[tuple[int, int]], start: int, end: int) -> Sequence[tuple[int, int]]:
    """The name spans of ``names`` (sorted) that may overlap ``start``-``end``: those starting
    from a name's length before it to its end. Only these are looked at, so a long document's
    many names cost no more than a short one's."""
    first = bisect.bisect_left(names, (start - _LONGEST_NAME, 0))
    return names[first : bisect.bisect_left(names, (end, 0))]


# longer than any name the cast holds (a surname and a given name, or one written in full in
# Latin letters)
_LONGEST_NAME = 40
_CLAUSE_ZH = re.compile(r"[，,；：:]")
# 投案自首的案例 / 消息: a wording that names a kind of case (not 回国投案的王建国, a person)
_KIND_OF_CASE = re.compile(r"的(?:典型)?(?:案例|案件|事例|消息|新闻|情况|人数|数量)")
# (" after …": "He was deported last July after Beijing gave assurances that he would not
# face …": the "would" is another clause's)
_CLAUSE_EN = re.compile(
    r"[;:]|, (?:but|while|whereas|although|even though|though|because|since|so that|and)\b"
    # "…, including Lai Changxing, whose removal was stalled by fears he would be executed": a
    # relative clause set off by a comma says its own things
    # (one running to the sentence's end: "to have Gao, who fled in 2003, sent back" goes on)
    r"|, (?:who|whose|whom|which)\b(?=[^,;.!?]*[.!?]|[^,;.!?]*$)"
    # "Although rights groups warned he could be tortured, Zhao was deported": the concession
    # that opens the sentence is a clause of its own
    r"|\b(?:Although|Though|Even though|Despite|Whereas)\b[^,;]{0,150},"
    r"|\s(?:after|before|once|until)\s(?!being\b)"
    # "was sent back on the condition that he would not be executed": the condition the
    # removal was made on is a clause of its own
    r"|\s(?:on (?:the )?(?:condition|assurances?|guarantees?|understanding) that|provided that)\s"
    # "Describing X's surrender as …, an official said the country would …": what is said is
    # a clause of its own
    r"|\s(?:said|says|added|stressed|warned|noted)\s(?:that\s)?"
)


def clause_of(norm: str, sentence: Sentence, pos: int, language: str) -> tuple[int, int]:
    """Bounds of the clause around ``pos`` inside the sentence."""
    pattern = _CLAUSE_ZH if language == "zh" else _CLAUSE_EN
    start, end = sentence.start, sentence.end
    for match in pattern.finditer(norm, sentence.start, sentence.end):
        if match.end() <= pos:
            start = match.end()
        elif match.start() >= pos:
            end = match.start()
            break
    return start, end


# How far a trigger may reach around its anchor word (gaps such as 向[^，。；]{1,16}投案).
_ANCHOR_REACH = 130


def has_trigger(norm: str, language: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a trigger occurs in ``norm[start:end]``. The gapped trigger patterns are slow to
    scan over a whole page, so they run only in small windows around the anchor words."""
    end = len(norm) if end is None else end
    trigger = any_trigger(language)
    # (Chinese text is scanned as it is: its anchors have no case)
    text, offset = (norm, 0) if language == "zh" else (_ascii_lower(norm[start:end]), start)
    for anchor in _anchor_pattern().finditer(text, start - offset, end - offset):
        low = max(start, offset + anchor.start() - _ANCHOR_REACH)
        high = min(end, offset + anchor.end() + _ANCHOR_REACH)
        if trigger.found(norm, low, high):  # of the triggers whose words the window holds
            return True
    return False


@cache
def _anchor_pattern() -> re.Pattern[str]:
    """The anchors of both languages as one literal alternation (Chinese also in traditional
    script): Python's re scans literal alternations quickly, unlike the gapped triggers, and
    faster still as a trie (the same matches as the words longest first)."""
    trig = default_lexicon().triggers
    words = set(trig.anchors_zh) | {to_traditional(a) for a in trig.anchors_zh}
    # the English triggers ignore case, so their anchors do too ("Sends Fugitive Back to
    # China"): the anchors are lower-case and are looked for in a lower-cased copy
    words |= {a.lower() for a in trig.anchors_en}
    return re.compile(literal_alternation(words))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _ascii_lower(text: str) -> str:
    """``text`` lower-cased with its length kept: str.lower() (fast), unless a character grows
    (İ), where only the ASCII capitals are lowered (str.translate, slow on long text)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def may_report_a_return(text: str) -> bool:
    """False only when no trigger anchor of any language or script occurs in the raw text.
    The English anchors are looked for in the text's ASCII letters alone, lower-cased (two C
    calls, where lowering a Chinese page costs more than the search): at worst a word joined
    across dropped characters lets a page on to the full check."""
    chinese, english = _anchor_patterns_by_script()
    if chinese.search(text):
        return True
    return bool(english.search(text.encode("ascii", "ignore").lower()))


@cache
def _anchor_patterns_by_script() -> tuple[re.Pattern[str], re.Pattern[bytes]]:
    """The Chinese anchors (both scripts) and the English ones (lower-case, as bytes)."""
    trig = default_lexicon().triggers
    chinese = set(trig.anchors_zh) | {to_traditional(a) for a in trig.anchors_zh}
    english = {a.lower() for a in trig.anchors_en}
    return re.compile(literal_alternation(chinese)), re.compile(
        literal_alternation(english).encode("ascii")
    )


def sentence_triggers(norm: str, sentence: Sentence, language: str) -> list[Trigger]:
    """Triggers in the sentence that no negative cue in their clause vetoes."""
    pats = event_patterns()
    found: list[Trigger] = []
    zh = language == "zh"
    opening = _full_stop_before(norm, sentence)
    if pats.negative_sentence[language].found(norm, opening, sentence.end):
        return found
    # only the triggers whose words the sentence holds can match in it
    table = trigger_table(language).within(norm, sentence.start, sentence.end)
    for (method, unless), pattern in table:
        for match in with_inner(pattern, norm, sentence.start, sentence.end):
            c_start, c_end = clause_of(norm, sentence, match.start(), language)
            # a persuasion is itself an urging: the cues of requests and appeals (劝其, 早日,
            # 讲明政策) veto a return, never the persuading, which alone tells no return
            negative = pats.persuasion_negative if method == "persuaded" else pats.negative
            if negative[language].found(norm, c_start, c_end):
                continue
            if unless is not None and unless.search(norm, c_start, c_end):
                continue
            if told_as_possible(norm, match.start(), c_start, c_end, language):
                continue  # "his family fear he may be deported to China"
            if method == "prosecuted_abroad" and not abroad_clause(norm, match, c_start, c_end):
                continue  # 回国投案后，在郑州被提起公诉, "by a court in central China": at home
            if method in ("deported", "extradited") and sent_abroad(
                norm, match, sentence.end, language
            ):
                continue  # 被…遣返蒙古国, "deported to Mongolia": sent away from China
            if method == "captured" and zh and caught_at_home(norm, match, c_start, c_end):
                continue  # 被告人胡某则在温州被公安机关抓获: caught at home
            if method == "other" and (
                inside_a_foreign_country(norm, match, c_start) or at_a_foreign_airport(norm, match)
            ):
                continue  # 于马来西亚境内抓获, 在曼谷素万那普机场抓获: caught abroad
            if zh and method != "persuaded" and _relative_underwent(norm, match.start(), c_start):
                continue  # 赵某回国自首，其弟于2015年从美国被遣返: the brother's removal
            if zh and _in_own_words(norm, match.start(), sentence.start):
                continue  # 他告诉妻子：“我梦到移民警察…要把我遣返。”: a fear, a plan, a dream
            attributive = zh and bool(_KIND_OF_CASE.match(norm, match.end()))
            found.append(Trigger(match.start(), match.end(), method, attributive))
    if pats.returning_talent[language].found(norm, opening, sentence.end) and not any(
        t.method in _SUFFERED for t in found
    ):
        return []  # "scientists who returned from abroad to work": talent coming home
    return sorted(found, key=lambda t: t.start)


# the removals a person suffers, which no word of talent coming home makes a homecoming (a
# persuasion may be a recruiter's: "a scientist persuaded to return to lead a laboratory")
_SUFFERED = frozenset({"deported", "extradited", "captured"})


def _relative_underwent(norm: str, at: int, start: int) -> bool:
    """Whether the trigger at ``at`` is passive in a clause whose subject is a relative left
    unnamed (其弟于…被遣返, 他的妻子也被抓获): the removal is the relative's, not the person's."""
    return bool(_relative_subject().match(norm, start)) and "被" in norm[start : at + 2]


@cache
def _relative_subject() -> re.Pattern[str]:
    kinship = default_lexicon().kinship
    kin, its = literal_alternation(kinship["zh"]), "".join(kinship["zh_after_its"])
    return re.compile(
        rf"\s*(?:而|但|另外|此外|同时)?(?:其|他的|她的|他|她)(?:{kin}|[{its}])"
        r"(?=于|在|也|则|已|被|从|因|亦|都|早|曾|随后|，|,)"
    )


_SELF = re.compile(r"我(?![们們国國方])")  # not 我们 (officers telling what they did), 我国
# what makes the speaker's words a fear, a dream or a plan rather than an account
_IRREALIS = re.compile(
    r"梦|怕|担心|如果|假如|要是|会被|要把我|我要|想|准备|打算|就要|快要|将要|明天|下周|这个周|这周|马上"
)


def _in_own_words(norm: str, at: int, start: int) -> bool:
    """Whether ``at`` stands inside a quotation where the speaker (我) fears, dreams or plans
    what follows: the person's own words tell an intent, the report tells what happened."""
    opened = quotation_start(norm, at, start)
    if opened < 0:
        return False
    # only what the speaker fears, dreams or plans: a dated 我…回国投案 is their own account
    return bool(_SELF.search(norm, opened, at) and _IRREALIS.search(norm, opened, at))


def _full_stop_before(norm: str, sentence: Sentence) -> int:
    """Where the grammatical sentence begins: a sentence cut at ；goes on from the part before
    it (剧中，A被抓获；B则主动回国投案: the drama is B's too)."""
    start = sentence.start
    while start > 0 and norm[start - 1] in " \t　":
        start -= 1
    if start == 0 or norm[start - 1] not in "；;":
        return sentence.start
    stops = [norm.rfind(mark, 0, start) for mark in "。！？!?\n"]
    return max(stops) + 1


def abroad_words(language: str) -> re.Pattern[str]:
    """The words that place a person abroad (triggers.json ``abroad_context``)."""
    return event_patterns().abroad[language]


def shows_abroad(norm: str, sentence: Sentence, language: str) -> bool:
    """Whether the sentence places the person abroad (so 主动投案 at home is not a return)."""
    if abroad_words(language).search(norm, sentence.start, sentence.end):
        return True
    return bool(find_places(norm, sentence.start, sentence.end, language))


def find_events(
    norm: str, sentences: list[Sentence], language: str, excluded: set[int]
) -> list[Event]:
    """Every return event of the document, in order.

    Domestic 主动投案 is common on the same sites, so a Chinese event whose sentence does not
    show that the person was abroad is kept with ``abroad=False`` and counts only for a person
    whose own sentences do (the caller checks). English reports state it once ("who fled to
    Canada") and then say "flew back ... and turned himself in", so there the document is enough.
    """
    candidates = []
    for sentence in sentences:
        if sentence.index in excluded or not has_trigger(
            norm, language, sentence.start, sentence.end
        ):
            continue
        triggers = sentence_triggers(norm, sentence, language)
        if triggers:
            candidates.append((sentence, triggers, shows_abroad(norm, sentence, language)))
    # "Gao fled to Peru in 2009. He returned on March 2 and surrendered.": the flight may be
    # told in a sentence of its own
    document_abroad = (
        language == "en"
        and bool(candidates)
        and (
            any(abroad for _, _, abroad in candidates)
            or any(shows_abroad(norm, s, language) for s in sentences if s.index not in excluded)
        )
    )
    return [
        Event(sentence, tuple(triggers), abroad or document_abroad)
        for sentence, triggers, abroad in candidates
        if abroad or document_abroad or language == "zh"
    ]


@cache  # the shipped lexicon is loaded once (default_lexicon), so its sections compile once
def trigger_section(section: str, lang: str) -> re.Pattern[str]:
    """One pattern for a triggers.json section: ``escort`` holds patterns, ``flight`` words."""
    terms: list[str] = getattr(default_lexicon().triggers, f"{section}_{lang}")
    if section == "flight":
        terms = [re.escape(t) for t in terms]
    return re.compile("|".join(f"(?:{t})" for t in terms) or "(?!)", re.IGNORECASE)
