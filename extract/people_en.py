"""Who is named where in English reports: pinyin full names, "surnamed X", surname-only
back-references, and which of them are officials (a byline, "said Zhou Hanwen", "Investigator
Sun Lei") or relatives ("Chu Ling, wife of …") rather than the person returned.

The cast itself (people, the sentences naming them, whom each sentence is about) is built as for
Chinese (extract.people).
"""

from __future__ import annotations

import re
from functools import cache

from extract import names_en
from extract.alternation import literal_alternation
from extract.credits_en import credited
from extract.lexicon import default_lexicon
from extract.names_unlisted import (
    english_aged_names,
    english_named_as,
    english_removed_subjects,
    english_titled_names,
)
from extract.offices_en import describes_fugitive, heads_a_body, offices, title_before
from extract.people import Cast, add_named, assign_subjects, is_count, main_named
from extract.side_roles import SAYS_AFTER, quoted_aside
from extract.text import Sentence

Span = tuple[int, int]

_COMMENTATORS_AFTER = "expert|professor|scholar|analyst|researcher"


@cache
def _official_after() -> re.Pattern[str]:
    """A post held now, or a verb of saying, right after a name: the official's or a
    commentator's, from names.json's one list of English titles of office."""
    return re.compile(
        # "Fu Lin, the Chinese official in charge of …"; never "a former (bank) official"; a
        # post may be the fugitive's own ("Qiao Nan, a customs inspector, fled": offices_en)
        r"^,? (?:an?|the) (?:(?!former\b|ex-|retired\b|sacked\b|disgraced\b|fugitive\b|corrupt\b)"
        rf"[\w-]+ ){{0,2}}(?:(?P<post>{offices()})|deputy|{_COMMENTATORS_AFTER})\b"
        r"|^ said\b"
        # "Major Liu Bo of the Yunnan border police said …": a speaker for a body
        r"|^ of (?:the )?[^,.;]{0,60}?\b(?:police|ministry|bureau|department|commission|office"
        r"|agency|court|procuratorate|embassy|consulate|authorities)\b,? (?:said|told|says|added)\b"
        # "…, Zhao Min reports from Beijing": the reporter
        r"|^ reports? from\b"
        # "Liu Jianchao, China's minister in charge of …": a post of the state, not a fugitive's
        rf"|^,? (?:the )?(?:China's|Chinese|the country's) (?:[\w-]+ ){{0,2}}{offices()}\b"
        # "Li Dong, director of the provincial economic crimes department, told reporters": a post
        # held now, named between commas before a speech verb, is the speaker's; a fugitive's is
        # "former"
        rf"|^, (?:(?:deputy|vice|assistant|acting) )?(?:{offices()}|lawyer|attorney|researcher"
        r"|professor) (?:of|at|for|with)\b[^,;.]{0,90}, (?:said|told|says|added)\b"
    )


_EN_SAID_BEFORE = re.compile(r"\bsaid $")
_AS_SUSPECT = re.compile(r"\b(?:suspect|fugitive) $", re.IGNORECASE)
_EN_ALIAS_BEFORE = re.compile(
    r"(?:\baka|\ba\.k\.a\.|\balso known as|\balias|\b(?:also )?(?:used|went by|uses|goes by) "
    r"(?:the |an? )?(?:[\w-]+ )?(?:name|alias)|\bunder the (?:[\w-]+ )?name)\s*$",
    re.IGNORECASE,
)
# "Kevin Zhou, also known as Zhou Jianping": a name taken abroad, then the Chinese name, which
# is the one a case is recorded under
_WESTERN_NAME_BEFORE = re.compile(
    r"\b([A-Z][a-z]+ [A-Z][a-z]+),? \(?(?:aka|a\.k\.a\.|also known as|alias)\s*$"
)


def _western_name_before(text: str, start: int) -> bool:
    """A name that is no pinyin full name (Kevin Zhou, Bill Shen), right before the words that
    give the person's other name (not "Ke Zhengrong (aka Ke Rong)")."""
    match = _WESTERN_NAME_BEFORE.search(text, max(0, start - 60), start)
    return match is not None and not names_en.english_full_names(text, *match.span(1))


# "Michael Chan, also known as Chen Jianguo, said …": the one so named speaks
_SAYS_NEXT = re.compile(r",?\s*(?:said|says|told|added)\b")


# "Chinese President Lu Qiming", "Premier Li": an office of state, whoever else the text calls
# them, is never a fugitive's
_EN_STATE_TITLE = re.compile(
    r"\b(?:President|Premier|Vice President|Vice Premier|Prime Minister|Foreign Minister"
    r"|State Councilor|General Secretary)\s+$"
)
# "Liang Shouming, director of the Economic Crimes Investigation Bureau": a post held now in a
# body of the state; a fugitive's post is "former"
_EN_POST_NOW = re.compile(
    r", (?:(?:deputy|vice|assistant|acting) )?(?:director|head|chief|commissioner|captain)"
    r" (?:of|at) the (?:[\w-]+ ){0,6}(?:Bureau|Department|Office|Commission|Division|Ministry"
    r"|Procuratorate|Police)\b"
)
# "former Guizhou customs officer Tian Xuelin": a post the person no longer holds is a fugitive's
_EN_FORMER_POST = re.compile(
    r"\b(?:former|ex-|retired|sacked|disgraced|fugitive)\b[^,.;:()]{0,40}$", re.I
)
# "…, said Zhou Hanwen." / "said Zhou Hanwen, who heads the office": a speaker. Not "the CCDI
# said Ma Hong, who fled to …, returned" or "said Hu Guodong, 51, and his wife …": a clause
# about a fugitive, or their age, or another name listed with theirs, is reported speech; so is
# a name whose relative clause is followed by the reported clause's passive ("said Shen Hua, who
# ran a firm in Ningbo, Zhejiang, was extradited"; not "said Zhao Lei, who led the team,
# returned with the fugitive": an official's own trip).
_EN_SPEAKER_AFTER = re.compile(
    r"\s*(?:[.;]|$|,(?! (?:who (?:had |has )?(?:fled|escaped|absconded|been|was|is)"
    r"|who [^;.]{1,100}, (?:was|were|had been|has been)\b"
    r"|a former|the former|former|ex-|wanted|suspected|accused"
    r"|an? (?:fugitive|suspect|\d+-year-old)|\d{1,3}(?=,))\b))"
)
# "Wu said Pan Jiaqiang, Xiao Minghui and three more … had been flown back": another full name
# listed after the comma makes the names the subjects of the reported clause
_EN_NEXT_NAME = re.compile(r", ([A-Z][a-z]{1,12} [A-Z][a-z]{1,12})(?=,| and\b)")
_EN_BACKREF = re.compile(r"\b([A-Z][a-z]{0,8})\b(?! [A-Z][a-z])")  # up to Zongzheng


@cache
def _relatives() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A relative named after the kinship word ("his brother, Li Ming") or before it ("Chu Ling,
    wife of cartoonist Jiang Yefei"), from the one kinship list (kinship.json); a business
    partner is no relative."""
    kin = literal_alternation(default_lexicon().kinship["en"])
    before = re.compile(
        rf"\b(?<!business )(?:{kin})s?,?\s*(?:\w+,\s*)?$"
        # "the son of rights lawyer Wang Yu and legal activist Bao Longjun": the parents
        rf"|\b(?:{kin}) of (?:[^.;,]{{0,40}}? and )?(?:(?-i:[a-z])[\w-]* ){{0,3}}$",
        re.IGNORECASE,
    )
    after = re.compile(rf"^,? (?:the )?(?:{kin}) of\b", re.IGNORECASE)
    return before, after


def en_cast(text: str, sentences: list[Sentence]) -> Cast:
    """English names: pinyin full names, "surnamed X", and surname back-references."""
    cast = Cast(people={}, named={}, subjects={}, officials=set())
    official_mentions: set[str] = set()
    state: set[str] = set()
    side_mentions: set[str] = set()
    main_mentions: set[str] = set()
    titled: set[str] = set()  # named in full with a post or a title of office
    by_surname: dict[str, str] = {}
    before, after = _relatives()
    unlisted = {s.index: _unlisted_names(text, s.start, s.end) for s in sentences}
    recurring = _recurring({text[a:b] for spans in unlisted.values() for a, b in spans})
    for sentence in sentences:
        found: list[tuple[Span, str, bool]] = []
        for start, end in names_en.english_full_names(text, sentence.start, sentence.end):
            key = names_en.canonical(text[start:end])
            by_surname.setdefault(key.split()[0], key)
            found.append(((start, end), key, True))
        spans = unlisted[sentence.index] + _recurrences(text, sentence, recurring)
        _add_unlisted(text, spans, found, [*cast.people])
        for start, end in names_en.english_surnamed(text, sentence.start, sentence.end):
            key = _surnamed_key(text, start, end, by_surname)
            found.append(((start, end), key, " " in key))
        if not by_surname:  # only before any full name or "surnamed X": else a back-reference
            for start, end in names_en.english_leading_surname(text, sentence.start, sentence.end):
                by_surname[text[start:end]] = text[start:end]
                found.append(((start, end), text[start:end], False))
        refs = _backrefs(text, sentence, by_surname, found)
        found += refs
        for span, key, full in sorted(found):
            if key in titled and key not in cast.people and (span, key, full) in refs:
                continue  # "spokesman Xie Fan confirmed …" then "Xie told reporters": the official
            if _EN_ALIAS_BEFORE.search(text, max(0, span[0] - 40), span[0]) and not (
                full and _western_name_before(text, span[0]) and not _SAYS_NEXT.match(text, span[1])
            ):
                continue  # "Ke Zhengrong (aka Ke Rong)": the same person's other name
            if _EN_STATE_TITLE.search(text, max(0, span[0] - 24), span[0]) or _EN_POST_NOW.match(
                text, span[1]
            ):
                state.update((key, key.split()[0]))
            if _is_official_en(text, span):
                official_mentions.add(key)
                if text[span[0] : span[1]] == key and _holds_office(text, span):
                    titled.add(key)
                continue
            if (
                before.search(text[max(0, span[0] - 70) : span[0]])
                or after.match(text, span[1])
                or quoted_aside(text, span)
                or _VICTIM_BEFORE.search(text, max(0, span[0] - 40), span[0])
            ):
                side_mentions.add(key)
            elif not _only_speaking(text, span):
                main_mentions.add(key)
            add_named(cast, key, full, span, sentence)
    cast.officials = {k for k in official_mentions if k not in cast.people} | state
    cast.side = side_mentions - main_mentions
    assign_subjects(cast, sentences, text, "en")
    _lead_subjects(cast, sentences, text)
    return cast


# "Among the victims were X", "accused of killing X, a farmer", "the murder of X": the one the
# crime was done to, on the side of the case (not "abducted X": an abduction is a removal)
_VICTIM_BEFORE = re.compile(
    r"\b(?:victims?|killing|killed|murder(?:ed|ing)?|defraud(?:ed|ing)?|cheat(?:ed|ing)|robb(?:ed|ing)"
    r"|assault(?:ed|ing)|stabb(?:ed|ing)|attack(?:ed|ing))\b(?: (?:were|was|of|included|including"
    r"|are|is))?(?: (?:an?|the))?(?: [a-z-]+){0,2}"
    # the names listed before this one ("Among the victims were X, 34, and …")
    r"(?: [A-Z][\w-]*(?: [A-Z][\w-]*){0,2},?(?: (?:aged )?\d{1,3},?)?)*(?: and)?,? $"
)


def victim_only(text: str, mentions: list[Span]) -> bool:
    """Whether every mention of a person is as the victim of a crime."""
    return bool(mentions) and all(
        _VICTIM_BEFORE.search(text, max(0, start - 40), start) for start, _ in mentions
    )


def _add_unlisted(
    text: str, spans: list[Span], found: list[tuple[Span, str, bool]], people: list[str]
) -> None:
    """Add to ``found`` the sentence's names that are no pinyin and no part of a name found
    already; one word of a full name told before is that person ("Mamut, 45," after Nurali
    Mamut)."""
    for start, end in spans:
        if not any(a < end and start < b for (a, b), _, _ in found):
            referred = _one_word_of(text[start:end], people + [k for _, k, _ in found])
            found.append(((start, end), referred or text[start:end], True))


def _unlisted_names(text: str, start: int, end: int) -> list[Span]:
    """Names that are no pinyin, known as names by what the sentence tells of them (a removal,
    a title, an age beside them)."""
    spans = english_removed_subjects(text, start, end)
    spans += english_titled_names(text, start, end)
    spans += english_named_as(text, start, end)
    return spans + english_aged_names(text, start, end)


def _recurring(names: set[str]) -> re.Pattern[str] | None:
    """One pattern for the names that are no pinyin known anywhere in the report."""
    if not names:
        return None
    return re.compile(rf"(?<![\w-])(?:{literal_alternation(sorted(names))})(?![\w-])")


def _recurrences(text: str, sentence: Sentence, names: re.Pattern[str] | None) -> list[Span]:
    """Every mention of a name that is no pinyin, once it is known as a name anywhere in the
    report ("Ngai Kin Wah, 29, …" and later "Both Tang Ming and Ngai Kin Wah …")."""
    if names is None:
        return []
    return [m.span() for m in names.finditer(text, sentence.start, sentence.end)]


def _one_word_of(word: str, keys: list[str]) -> str | None:
    """The full name told before that ``word`` is one of the words of ("Nurali Mamut" for
    "Mamut, 45,"): a name that is no pinyin points back by any of its words."""
    if " " in word:
        return None
    return next(
        (key for key in keys if word in key.split()[1:] or word == key.split()[0] != key), None
    )


# "A former bank manager who spent nine years in Canada was jailed on Thursday for …", and only
# then "Fang Qiaosheng, 58, …": news style opens on a description of one person and names them
# after it (a dateline may come first)
_EN_INDEFINITE_LEAD = re.compile(
    r"(?:[^\n]{0,80}?(?:--|\u2014|\u2013)\s*)?An?\s(?!total of|number of|group of|batch of)"
)


# the first person named is still abroad, or someone on the side of the case
NOT_THE_RETURNEE = re.compile(
    r"\b(?:remains?|remained|still (?:at large|abroad|in|hiding|lives)|is at large|lawyer|attorney"
    r"|witness|accomplice|spokes\w+"
    # "many of the other suspects on the list, such as …, live openly as lawful immigrants"
    r"|liv(?:e|es|ed|ing) (?:openly|freely|in the open)|(?:many|some|most) of the other)\b"
    # "Separately, X …": another story
    r"|(?:^|(?<=[.!?] )|(?<=\n))\s*(?:Separately|In a separate case|Elsewhere),",
    re.IGNORECASE,
)


def _lead_subjects(cast: Cast, sentences: list[Sentence], text: str) -> None:
    """The opening paragraph that describes someone without naming anybody is about the first
    person (not an official or a relative) the report names."""
    if not sentences or not _EN_INDEFINITE_LEAD.match(text, sentences[0].start):
        return
    lead = [s for s in sentences if s.paragraph == sentences[0].paragraph]
    if any(cast.named.get(s.index) for s in lead):
        return
    naming = next((s for s in sentences if main_named(cast, s)), None)
    if naming is None or NOT_THE_RETURNEE.search(text, naming.start, naming.end):
        return
    for sentence in lead:
        if not cast.subjects.get(sentence.index) and not is_count(text, sentence, "en"):
            cast.subjects[sentence.index] = main_named(cast, naming)


def _backrefs(
    text: str, sentence: Sentence, by_surname: dict[str, str], found: list[tuple[Span, str, bool]]
) -> list[tuple[Span, str, bool]]:
    taken = [span for span, _, _ in found]
    refs = []
    for match in _EN_BACKREF.finditer(text, sentence.start, sentence.end):
        key = by_surname.get(match.group(1))
        if key is None or any(s <= match.start() < e for s, e in taken):
            continue
        refs.append(((match.start(), match.end()), key, " " in key))
    return refs


# "A police officer, identified only by his surname as Mr Liu, said …", "the man's lawyer,
# identified only by the surname Deng": someone on the side of the case, named by surname alone
_EN_ROLE_IDENTIFIED = re.compile(
    r"\b(?:officers?|officials?|lawyers?|attorneys?|spokes\w+|prosecutors?|judges?|consultants?"
    r"|diplomats?|investigators?|agents?|policem[ae]n|police),\s+(?:who (?:was|is) )?"
    r"(?:identified|named|known|referred to)\b[^;.,]{0,40}?\b(?:surname|family name|last name|name)"
    r"(?:,| as(?: Mrs?\.?| Ms\.?)?)?\s*$",
    re.IGNORECASE,
)


def _surnamed_key(text: str, start: int, end: int, by_surname: dict[str, str]) -> str:
    """Whom a surname alone names: "Zhou Lianfeng …" then "police suspect Zhou of …" is the one
    named in full before; "a suspect surnamed Zhou", "identified only as Zhou" bring in someone
    new (their surname counts for back-references only where none was named in full)."""
    surname = text[start:end]
    by_surname.setdefault(surname, surname)
    return by_surname[surname] if _AS_SUSPECT.search(text, 0, start) else surname


def _lists_another_name(text: str, at: int) -> bool:
    """Whether a pinyin full name follows the comma after a name ("said Pan Jiaqiang, Xiao
    Minghui and …"), not a post ("said Guo Ming, Deputy Director")."""
    listed = _EN_NEXT_NAME.match(text, at)
    return listed is not None and list(
        names_en.english_full_names(text, listed.start(1), listed.end(1))
    ) == [listed.span(1)]


def _titled(text: str, span: Span) -> bool:
    """A title of office right before the name ("spokesman Xie Fan"), not a former post's nor
    one the fugitive held ("Mayor Qian Bo, who vanished in 2016, was deported")."""
    title = title_before(text, span[0])
    return (
        title is not None
        and not _EN_FORMER_POST.search(text, max(0, span[0] - 60), span[0])
        and not describes_fugitive(title, text, span[1])
    )


def _post_after(text: str, span: Span) -> re.Match[str] | None:
    """A post, or a verb of saying, right after the name ("Gao Ruiming, the minister …"), not
    a post the fugitive held ("Qiao Nan, a customs inspector, fled …")."""
    match = _official_after().match(text[span[1] : span[1] + 140])
    if match and match.group("post") and describes_fugitive(match.group("post"), text, span[1]):
        return None
    return match


def _holds_office(text: str, span: Span) -> bool:
    """A title before the name or a post after it ("spokesman Xie Fan", "Gao Ruiming, the
    minister …"), not only a verb of saying."""
    post = _post_after(text, span)
    return _titled(text, span) or bool(post and not post.group().lstrip().startswith("said"))


def _is_official_en(text: str, span: Span) -> bool:
    after = text[span[1] : span[1] + 40]
    before = text[max(0, span[0] - 6) : span[0]]
    speaker = (
        _EN_SAID_BEFORE.search(before)
        and _EN_SPEAKER_AFTER.match(after)
        and not _lists_another_name(text, span[1])
    )
    byline = credited(text, span) or bool(
        _EN_ROLE_IDENTIFIED.search(text, max(0, span[0] - 90), span[0])
        or heads_a_body(text, span[0])
    )
    post = _post_after(text, span)
    if post and _AT_OWN_RETURN.match(text, span[1]) and _QUOTE_CLOSED.search(before):
        post = None  # '"…," Lu Yujun said as he set foot back in China': the returnee speaks
    return bool(post or speaker or _titled(text, span) or byline)


# '"…," Lu Yujun said as he set foot back in China': a quotation's speaker, named right after
# it, framed at their own movement
_AT_OWN_RETURN = re.compile(r" said (?:as|after|when|upon|while|before) (?:he|she|they)\b")
_QUOTE_CLOSED = re.compile(r"[”\"’']\s*,?\s*$")


# "According to Qu, …", "Qu told Al Jazeera": a name as a bare speaker says nothing of the role
_EN_ACCORDING_TO = re.compile(r"\baccording to $", re.IGNORECASE)


def _only_speaking(text: str, span: Span) -> bool:
    """A mention only as the one speaking: it neither puts the person on the side of the case
    nor makes them its subject, so a side role named elsewhere still holds."""
    start, end = span
    return bool(
        _EN_ACCORDING_TO.search(text, max(0, start - 14), start) or SAYS_AFTER.match(text, end)
    )
