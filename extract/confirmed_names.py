"""The confirmed full names of a Chinese article: profile and title names, names that recur,
and the cue names of its event sentences (``extract.names``), where a two-character name after
mere punctuation needs more to count. ``extract.people`` builds the article's cast on them."""

from __future__ import annotations

import re

from extract import name_recurrence, names, words
from extract.anonymised_names import find_anonymised
from extract.dotted_names import dotted_names
from extract.lexicon import default_lexicon
from extract.profile_names import profile_names
from extract.quotations import first_person_quotation
from extract.text import Sentence

# (把 too: 把白领押解回国 holds a noun the dictionary reads as a name)
_WEAK_BEFORE = re.compile(r"[，。；：、\s“”「」（）()把]")


def confirmed_names(
    norm: str, title: str, sentences: list[Sentence], event_indices: set[int]
) -> set[str]:
    """Profile and title names, and cue names of event sentences; a two-character cue name after
    mere punctuation (，向早已…) must occur at least twice in the document to count."""
    confirmed = profile_names(norm) | name_recurrence.repeated_names(norm)
    confirmed |= dotted_names(norm)
    for start, end in names.cue_names(title, 0, len(title)):
        confirmed.add(title[start:end])
    for sentence in sentences:
        if (
            sentence.index not in event_indices
            and not _leads_into_event(sentences, sentence, event_indices)
            and not _speaker_of_quoted_event(norm, sentences, sentence, event_indices)
        ):
            confirmed |= _described_names(norm, sentence)
            continue
        for a, b in names.cue_names(norm, sentence.start, sentence.end):
            name = norm[a:b]
            weak = b - a == 2 and (a == 0 or _WEAK_BEFORE.match(norm[a - 1]))
            if weak and _quoted_label_before(norm, a):
                weak = False
            if weak and (
                _listed_after_name(norm, a, confirmed) or _parallel(norm, a, b, confirmed)
            ):
                weak = False
            if not weak or norm.count(name) >= 2 or name in confirmed:
                confirmed.add(name)
    confirmed |= _run_together(norm)
    return confirmed | name_recurrence.listed_names(norm, confirmed)


# what a suspect's description opens on (X因涉嫌诈骗犯罪…, X，男，…): a name in any sentence
_DESCRIBED_AFTER = re.compile(r"(?:因)?涉嫌|[，,（(]\s*[男女][，,）)]")
# 其 and 他 pointing to the returnee (其与同事孙某…), not 其他, 及其, 他人, nor 其妻/其同伙 (another's
# description opening on the returnee), nor 与他一同 (one who went with the returnee)
_POINTING = re.compile(
    r"(?<![及尤])其(?![中他余次实妻夫子女兄弟姐妹父母同家亲])|(?<![其与利])[他她](?![人们])"
)


def _described_names(norm: str, sentence: Sentence) -> set[str]:
    """Full names a suspect's description follows, in a sentence that tells no return: the
    person is in the story (their sentences are theirs, not the returnee's before them). Not
    where a pronoun points to someone else as well (其与同事孙某涉嫌共同贪污: the sentence is the
    returnee's too)."""
    if _POINTING.search(norm, sentence.start, sentence.end):
        return set()
    # only the few characters before each description are read (every sentence of a page is
    # asked, and a full scan for names costs more than the rest of the page's reading)
    return {
        norm[a:b]
        for cue in _DESCRIBED_AFTER.finditer(norm, sentence.start, sentence.end)
        for a, b in names.cue_names(norm, max(sentence.start, cue.start() - 5), cue.start())
        if b == cue.start() and b - a >= 3
    }


# 祁建平祁秋兰祁丽丽三人落网: names run together, then their count (a transcript's way)
_RUN_THEN_COUNT = re.compile(f"({names.HAN}{{6,12}}?)(两|二|三|四)(?:人|名)")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4}


def _run_together(norm: str) -> set[str]:
    """Names written one after another with no mark between them, where the count after them
    splits the run into that many three-character names, each a plausible name."""
    lex = default_lexicon()
    found: set[str] = set()
    for match in _RUN_THEN_COUNT.finditer(norm):
        count = _COUNTS[match.group(2)]
        start = match.end(1) - 3 * count
        before = norm[start - 1] if start > 0 else "\n"
        if start < match.start(1) or (
            re.match(names.HAN, before) and before not in lex.names.before
        ):
            continue  # the run must open where a name may open (after 、 or a descriptor)
        parts = [(a, a + 3) for a in range(start, match.end(1), 3)]
        if all(
            names.is_plausible_zh_name(norm[a:b], lex) and not words.straddles_word(norm, a, b)
            for a, b in parts
        ):
            found.update(norm[a:b] for a, b in parts)
    return found


def _quoted_label_before(norm: str, start: int) -> bool:
    """“红通人员”柯岚: a name right after a quoted descriptor (its last character one that
    ends the descriptors before names, names.json ``before``) is cued as after the bare one."""
    return (
        start >= 2
        and norm[start - 1] in '”」"'
        and norm[start - 2] in default_lexicon().names.before
        and norm[start] not in "和与及或"  # “百名红通人员”和新增外逃人员: a conjunction
    )


# sentences of the same paragraph a name may stand before the event that reports its return
_LEAD_REACH = 2


def _leads_into_event(sentences: list[Sentence], sentence: Sentence, events: set[int]) -> bool:
    """The sentence introduces the people one of the next two of its paragraph reports returned
    without naming them (…原科长付某某，伙同出纳员张某某…携款出逃。两人最终在…被缉捕归案;
    …“红色通缉令”上的边某某。他2001年…外逃，…。4月25日，…的他在上海被抓获)."""
    return any(
        following in events and sentences[following].paragraph == sentence.paragraph
        for following in range(
            sentence.index + 1, min(len(sentences), sentence.index + 1 + _LEAD_REACH)
        )
    )


_SPEECH = re.compile(r"说|表示|坦言|回忆")


def _speaker_of_quoted_event(
    norm: str, sentences: list[Sentence], sentence: Sentence, events: set[int]
) -> bool:
    """The sentence names who spoke the first-person quotation before it that reports a return
    (“…我从新西兰回国投案…”在警示教育片中，…孙德明这样说)."""
    before = sentence.index - 1
    if before not in events or not _SPEECH.search(norm, sentence.start, sentence.end):
        return False
    return first_person_quotation(norm[sentences[before].start : sentences[before].end])


def _listed_after_name(norm: str, start: int, confirmed: set[str]) -> bool:
    """张某甲、王伟兄弟: a name listed after another name (full or anonymised) is one."""
    if start < 3 or norm[start - 1] != "、":
        return False
    before = norm[max(0, start - 6) : start - 1]
    anonymised = find_anonymised(norm, max(0, start - 6), start - 1)
    if any(b == start - 1 for _, b in anonymised) or any(
        before.endswith(name) for name in confirmed
    ):
        return True
    # 杨某某从美国回国投案、王丁从西班牙被引渡回国: items of one list, each opening on a name
    item = LIST_ITEM_START.split(norm[max(0, start - 40) : start - 1])[-1]
    return any(item.startswith(name) for name in confirmed)


def _parallel(norm: str, start: int, end: int, confirmed: set[str]) -> bool:
    """柴秀琴从美国回国投案，温宁从西班牙被引渡回国: a clause that opens on a name going on as
    the clause before it, which names someone, did (from a country, by a return verb)."""
    if start < 3 or norm[start - 1] not in "，；" or norm[end : end + 1] not in "从被于":
        return False
    item = LIST_ITEM_START.split(norm[max(0, start - 40) : start - 1])[-1]
    return any(name in item for name in confirmed)


LIST_ITEM_START = re.compile(r"[，。；：、“”]")
