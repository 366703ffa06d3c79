"""Which method a person's return is given: the highest-precedence method among the events told
of them (domain.md's return channels, triggers.json ``method_precedence``)."""

from __future__ import annotations

import re

from extract.binding import Binding
from extract.clause_places import caught_at_home
from extract.event_patterns import event_patterns, told_as_possible
from extract.events import Event, Trigger, clause_of, trigger_section
from extract.lexicon import default_lexicon
from extract.people import ONE_PERSON_EN, PRONOUN, Cast, is_count
from extract.places import find_places
from extract.prepared import Prepared, Span, is_title
from extract.removal_nouns import granted_removal, removal_noun, removal_of, served_abroad
from extract.text import Sentence


def choose_method(
    prep: Prepared, cast: Cast, binding: Binding, events: list[Event], lang: str
) -> str:
    """The method of the events told of this person (see ``_told_of``)."""
    return _method(prep, _told_of(prep, cast, binding, events, lang), lang)


def _precedence() -> tuple[str, ...]:
    return default_lexicon().triggers.precedence


def _told_of(
    prep: Prepared, cast: Cast, binding: Binding, events: list[Event], lang: str
) -> list[Event]:
    """The events whose sentence names the person, points to them (其, 他, "he") or describes
    them before naming them ("A fugitive … has been persuaded to return"), where one of them
    tells how they came back: a nameless general sentence (公安部…同步大力开展劝返) carried over
    to them tells nothing of their own return's method."""
    # (a lead that counts people tells of a group: "more than 10 fugitives have been extradited
    # or persuaded to return", then one of them named)
    lead = {
        e.sentence.index
        for e in binding.cataphoric
        if not _COUNTED_GROUP.search(prep.norm, e.sentence.start, e.sentence.end)
    }
    told = [
        e
        for e in events
        if binding.key in cast.named.get(e.sentence.index, [])
        or e.sentence.index in lead
        or PRONOUN[lang].search(prep.norm, e.sentence.start, e.sentence.end)
        or _POINTS_TO.search(prep.norm, e.sentence.start, e.sentence.end)
    ]
    # one pointed back to by a definite description ("The former official … was the first … to
    # be repatriated"), where the person's own sentences tell no return's channel (a prison term
    # abroad is none)
    if not any(t.method not in _NO_CHANNEL for e in told for t in e.triggers):
        told += [
            e
            for e in events
            if e in binding.indirect
            and e not in told
            and _DEFINITE_POST.match(prep.norm, e.sentence.start)
        ]
    known = any(t.method != "unknown" for e in told for t in e.triggers)
    return told if known else events


_NO_CHANNEL = frozenset({"unknown", "prosecuted_abroad"})


# a number of people as a sentence's subject ("more than 10 high-profile Chinese economic
# fugitives"): a lead about a group, whatever one of them is named after it
_COUNTED_GROUP = re.compile(
    r"\b(?:(?:more than|over|nearly|about|some) )?(?:\d[\d,]*|dozens|hundreds|thousands)"
    r" (?:[\w-]+ ){0,4}(?:fugitives|suspects|people|officials|returnees|persons)\b"
    # (as the subject of a plural verb: never the victims of one, "accused of defrauding more
    # than 200 people, was persuaded to return")
    r"(?:(?!\b(?:who|whom|which|that)\b)[^.;]){0,120}?\b(?:have|had|were|are)\b",
    re.IGNORECASE,
)


_DEFINITE_POST = re.compile(r"\s*The (?:former|ex-|then)\b")


# words that point to one person as pronouns do: a go-between "in between" (侨团负责人从中劝导),
# a definite description ("the suspect", 该嫌疑人)
_POINTS_TO = re.compile(
    r"从中|该(?:犯罪)?嫌疑人|该犯|此人|\bthe (?:suspect|fugitive|man|woman|official)\b",
    re.IGNORECASE,
)


def _method(prep: Prepared, events: list[Event], lang: str) -> str:
    """The highest-precedence method of the person's events, where a trigger that only tells
    of an escort (押解回国) gives way to any other known method (投案自首 at an embassy abroad,
    then escorted home, is a surrender)."""
    # a headline's loose verb ("…, sent back from New Zealand") gives way to the body's
    body = [e for e in events if not is_title(prep, e.sentence)]
    if any(t.method != "unknown" for e in body for t in e.triggers):
        events = body
    triggers = [t for e in events for t in e.triggers]
    own = [t for t in triggers if not _group_clause(prep, t)]
    triggers = own if any(t.method != "unknown" for t in own) else triggers
    escort = trigger_section("escort", lang)
    strong = [
        t.method
        for t in triggers
        if t.method != "unknown" and not escort.fullmatch(prep.norm, t.start, t.end)
    ]
    if any(m != "prosecuted_abroad" for m in strong):
        # tried abroad and then returned: the return's channel (a prison term served first)
        strong = [m for m in strong if m != "prosecuted_abroad"]
    return min(strong or [t.method for t in triggers], key=_precedence().index)


# the words English reports use for any removal, whatever its channel
_GENERIC_REMOVAL = re.compile(r"repatriat\w*|sent back|send\w* back", re.IGNORECASE)


def channel_named(
    prep: Prepared,
    events: list[Event],
    method: str,
    trigger: Trigger,
    lang: str,
    told: list[Sentence],
) -> Trigger | None:
    """The channel told after or beside the words chosen: 被抓获…后被遣返 (Chinese), the
    extradition a generic English removal's sentence names, and a removal a court granted
    beside an English capture ("upheld his deportation", then "arrested by Chinese police upon
    his arrival")."""
    if lang == "zh" and method in ("unknown", "captured"):
        return channel_told_after(prep, events, trigger)
    if lang == "en" and method == "deported":
        return _generic_removal_named(prep, events)
    if lang == "en" and method == "captured":
        return granted_removal(prep, told, lang)
    return None


def _generic_removal_named(prep: Prepared, events: list[Event]) -> Trigger | None:
    """ "was repatriated …, the first extradition of this kind": a removal told only with a
    generic English verb is the extradition its own sentence names."""
    deported = [t for e in events for t in e.triggers if t.method == "deported"]
    if not deported or not all(
        _GENERIC_REMOVAL.fullmatch(prep.norm, t.start, t.end) for t in deported
    ):
        return None
    sentences = [e.sentence for e in events if any(t in deported for t in e.triggers)]
    removal = removal_noun(prep, sentences, "en")
    return removal if removal is not None and removal.method == "extradited" else None


# "… were only two of many suspects who had fled overseas and were later caught and sent back":
# the relative clause tells how a group came back, not how this person did
_GROUP_CLAUSE = re.compile(
    r"\b(?:of|among) (?:the )?(?:many|several|dozens of|hundreds of|thousands of|other|more than"
    r" \d[\d,]*|\d[\d,]*) (?:[\w-]+ ){0,3}(?:suspects|fugitives|people|officials|returnees|others)"
    r" (?:who|that)\b[^.;]*$"
    # "Wang, whose accomplices were deported from Thailand in 2017, returned …": others' removal
    r"|\bwhose (?!own\b)[\w-]+(?: [\w-]+)? (?:was|were|had been|has been|have been) [^.;,]*$",
    re.IGNORECASE,
)
# a group's share or a list's count right before the trigger, whatever else the sentence says
# of the person: "… although most of them were persuaded to do so"; "the latest from a list of
# 100 overseas fugitives repatriated" ("one of the 30 fugitives persuaded to return" is one of
# them, persuaded)
_GROUP_SHARE = re.compile(
    r"\b(?:list|tally|roster|total) of (?:the )?(?:more than )?\d[\d,]* (?:[\w-]+ ){0,3}"
    r"(?:suspects|fugitives|people|officials|returnees) (?:already |recently |successfully )?$"
    r"|\b(?:most|many|some|several|half|the majority|the rest) of (?:them|those|these)"
    r" (?:(?:were|had been|have been|was) (?:[\w-]+ )?)?$",
    re.IGNORECASE,
)


def _group_clause(prep: Prepared, trigger: Trigger) -> bool:
    """Whether an English trigger stands in a relative clause about a group the person is one
    of: another of the person's triggers, if any tells a method, tells theirs."""
    return _group_share(prep, trigger) or bool(
        _GROUP_CLAUSE.search(prep.norm[max(0, trigger.start - 200) : trigger.start])
    )


def _group_share(prep: Prepared, trigger: Trigger) -> bool:
    """Whether a group's share or a list's count stands right before an English trigger."""
    return bool(_GROUP_SHARE.search(prep.norm[max(0, trigger.start - 120) : trigger.start]))


# one channel of several a group came back by (既有缉捕归案，也有劝返、主动投案): nobody's own
_CHANNEL_LISTED = re.compile(r"(?:既有|也有|还有)[^，。；的]{0,6}$")

# pointing to one person only: "persuaded another 21 to return" told of "them" is a head count
_ONE_PERSON = {
    "zh": re.compile(r"其|他|她|该男子|该女子"),
    "en": ONE_PERSON_EN,
}


def persuasion_told(
    prep: Prepared, cast: Cast, key: str, spans: list[Span], lang: str
) -> Trigger | None:
    """Persuasion told in the person's own sentences, naming them or pointing to them
    (triggers.json ``persuasion_told``): it makes a surrender, or a return told loosely, a
    persuaded one. A general sentence ("China has relied on persuasion", 劝返往往通过亲属) is
    nobody's."""
    pattern = trigger_section("persuasion_told", lang)
    for start, end in spans:
        sentence = prep.sentence_at.get(start)
        named = key in cast.named.get(sentence.index if sentence else -1, [])
        pointed = _ONE_PERSON[lang].search(prep.norm, start, end) or _POINTS_TO.search(
            prep.norm, start, end
        )
        found = pattern.search(prep.norm, start, end) if named or pointed else None
        if found is None or _CHANNEL_LISTED.search(
            prep.norm, max(start, found.start() - 10), found.start()
        ):
            continue
        if sentence is not None and _persuasion_vetoed(prep, sentence, found.start(), lang):
            continue  # 曾多次试图劝返未果: a persuasion that failed
        trigger = Trigger(found.start(), found.end(), "persuaded")
        if not _group_share(prep, trigger):
            return trigger
    return None


def _persuasion_vetoed(prep: Prepared, sentence: Sentence, at: int, lang: str) -> bool:
    """What vetoes a persuaded trigger vetoes persuasion told of the person: in Chinese a
    negative cue in its clause (a request, a general statement, 往往, 尚未), and the persuasion
    told as one that failed (劝返未果, 做其家属工作未果: triggers.json ``irrealis``). It brought
    no one back. (English efforts told as tries, "spent years trying to persuade Gao", are
    persuasion; one refused is read elsewhere.)"""
    c_start, c_end = clause_of(prep.norm, sentence, at, lang)
    pattern = event_patterns().persuasion_negative[lang]
    negative = lang == "zh" and pattern.found(prep.norm, c_start, c_end)
    return bool(negative) or told_as_possible(prep.norm, at, c_start, c_end, lang)


def loose_return_told(
    prep: Prepared,
    told: list[Sentence],
    events: list[Event],
    lang: str,
    mentions: list[Span] | None = None,
) -> Trigger | None:
    """What tells the channel of a return told only loosely (brought back, 归案): an arrest
    abroad in the person's sentences (a capture), else their deportation or extradition named
    as a noun in the sentence of the return ("… paved the way for his deportation"), never one
    they fought, awaited or were refused."""
    # (not a count's: "Chinese police … caught six suspects" arrested nobody in particular)
    own = [s for s in told if not is_count(prep.norm, s, lang)]
    # (the removal named in the return's own sentence first: "was returned …, marking the first
    # extradition of its kind" after "was arrested by Italian police" elsewhere)
    removal = removal_noun(prep, [e.sentence for e in events], lang)
    if removal is not None:
        return removal
    # (a removal the person's own sentences say was granted: "police arrested him in April and
    # a court approved his extradition", then "brought him back")
    removal = granted_removal(prep, own, lang)
    if removal is not None:
        return removal
    served = next(filter(None, (served_abroad(prep, e.sentence, lang) for e in events)), None)
    if served is not None:
        return served
    arrest = next(filter(None, (arrest_abroad(prep.norm, s, lang) for s in own)), None)
    if arrest is not None:
        return arrest
    # (after the removal named: "… escorted by Spanish police officers after a court approved
    # her extradition" is an extradition)
    hosted = next(filter(None, (removed_by_host(prep.norm, e, lang) for e in events)), None)
    return hosted or removal_of(prep, told, mentions or [])


# an arrest or a detention, or another verb, told between the return words and their agent: the
# agent did that, not the removal ("detained by", "was confirmed by", "granted bail by")
_HELD_BETWEEN = re.compile(r"\b(?:detain\w*|arrest\w*|custody|held|caught|apprehended)\b", re.I)
_OTHER_VERB = re.compile(r"\b\w{3,}(?:ed|ing)\b|\b(?:by|with|as|despite|after|before|while)\b")
_BARE_BY = re.compile(r"by\b", re.I)
_POSSESSIVE = re.compile(r"['’]")


def removed_by_host(norm: str, event: Event, language: str) -> Trigger | None:
    """The host state's officers as the agent of a return told loosely ("was put on a flight to
    Beijing by American immigration authorities"): a deportation (triggers.json
    ``removal_agent``), where the agent follows the return words in their sentence, names a
    foreign country and no other verb (an arrest among them) stands between them."""
    pattern = trigger_section("removal_agent", language)
    sentence = event.sentence
    for trigger in event.triggers:
        for match in pattern.finditer(norm, trigger.start, sentence.end):
            gap = (trigger.end, match.start())
            if (
                _HELD_BETWEEN.search(norm, *gap)
                or _OTHER_VERB.search(norm, *gap)
                or (_BARE_BY.match(match.group()) and "," in norm[gap[0] : gap[1]])
            ):
                break  # "…, as confirmed by Thai police", "was reported by Thai police"
            if _POSSESSIVE.match(norm, match.end()):
                continue  # "accompanied by US immigration authorities' paperwork"
            places = find_places(norm, match.start(), match.end(), language)
            if any(p.code != "CN" for p in places):
                return Trigger(match.start(), match.end(), "deported")
    return None


def arrest_abroad(norm: str, sentence: Sentence, language: str) -> Trigger | None:
    """An arrest told in a sentence that names a foreign country ("apprehended by police in
    Myanmar", 在柬埔寨将其抓获): what makes a loosely told return (brought back, 归案) a capture."""
    pattern = trigger_section("arrest_abroad", language)
    match = pattern.search(norm, sentence.start, sentence.end)
    if match is None:
        return None
    if language == "zh" and caught_at_home(
        norm, match, *clause_of(norm, sentence, match.start(), language)
    ):
        return None  # 外逃美国的王某在南京被抓获: caught at home
    if not find_places(norm, sentence.start, sentence.end, language) and not (
        language == "zh" and _UNNAMED_ABROAD.search(norm, sentence.start, match.start())
    ):
        return None
    return Trigger(match.start(), match.end(), "captured")


# 在东南亚某国被抓, 在境外被抓获: abroad, where the country is not named
_UNNAMED_ABROAD = re.compile(r"在(?:[^，。；]{0,6}某国|境外|国外|海外)")


# persuasion that brought the return about: to come back or give oneself up (劝其回国投案,
# "mobilised him to turn himself in"), not an attempt that failed or a persuasion to do
# anything else ("persuaded thousands to invest", "persuaded him to plead guilty")
_TO_RETURN = re.compile(
    r"(?:[^.;，。；]{0,24}?\b(?:return|come back|come home|go back|surrender|turn (?:him|her|them)"
    r"sel(?:f|ves) in|give (?:him|her|them)sel(?:f|ves) up)\b"
    r"|[^，。；]{0,12}?(?:回国|归国|投案|自首|归案))",
    re.IGNORECASE,
)
_FAILED = re.compile(
    r"\b(?:tried|trying|attempt\w*|sought|failed|refused|rejected|in vain|without success)\b"
    r"|拒绝|未果|无果|未能",
    re.IGNORECASE,
)


def persuaded_to_return(prep: Prepared, trigger: Trigger, sentence_end: int) -> bool:
    """Whether persuasion told of the person brought their return about: it makes even a
    removal persuaded (domain.md: whoever persuaded, however the return is worded)."""
    start = max(0, trigger.start - 40)
    return (
        "劝返" in prep.norm[trigger.start : trigger.end]
        or bool(_TO_RETURN.match(prep.norm, trigger.end, sentence_end))
    ) and not _FAILED.search(prep.norm, start, sentence_end)


# 这是中国首次…成功从南美洲遣返在逃经济犯罪嫌疑人 / 此次引渡是…: the sentence right after a return
# names its channel as a first or a precedent (not one not done: 未能遣返, 无法引渡)
_CHANNEL_AFTER = re.compile(
    r"\s*(?:这|此)(?:也|亦|还)?(?:是|系|为|次)[^。！？；]{0,40}?(?<![未不没无能法])(遣返|引渡)"
)


def channel_told_after(prep: Prepared, events: list[Event], chosen: Trigger) -> Trigger | None:
    """The channel (deported, extradited) that the sentence right after a return told only
    as an escort or loosely (被押解回到杭州, 归案) names for it: 这是…首次…遣返."""
    escort = trigger_section("escort", "zh")
    if chosen.method != "unknown" and not escort.fullmatch(prep.norm, chosen.start, chosen.end):
        return None
    for event in events:
        at = event.sentence.index + 1
        if at >= len(prep.sentences) or prep.sentences[at].paragraph != event.sentence.paragraph:
            continue
        after = prep.sentences[at]
        found = _CHANNEL_AFTER.match(prep.norm, after.start, after.end)
        if found:
            method = "extradited" if found.group(1) == "引渡" else "deported"
            return Trigger(found.start(1), found.end(1), method)
    return None
