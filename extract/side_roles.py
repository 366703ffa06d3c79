"""Names in a side role: the relatives, officials and counterparts an article names beside the
person it reports returned (其妻X, 民警X, X的弟弟, 与X同案, 向 … X 行贿). Such a name is never the
subject of a return told in its sentence."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon
from extract.names import HAN
from extract.offices_en import offices
from extract.places import find_places

Span = tuple[int, int]
_COUNT = "(?:\\d+|[一二两三四五六七八九十几多]+)"


@dataclass(frozen=True)
class SideRoles:
    """Where a name stands in a side role: ``before`` it (其妻X, 民警X, 与X), ``after`` it
    (X的妻子, 与X同案), after an official's title (``official``), and after one in a sentence
    that reports a return (``official_in_event``: 干部 and 官员 describe the fugitive there)."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    official: re.Pattern[str]
    official_in_event: re.Pattern[str]
    counterpart: re.Pattern[str]
    listed_as: re.Pattern[str]
    listing_role: re.Pattern[str]
    whose: re.Pattern[str]


@cache
def side_roles() -> SideRoles:
    """The side-role patterns, from the one kinship list and the one list of officials' titles
    (names.json).

    Before a name only the kinship words that point back (其妻, 之子) mark a relative: a plain
    one (妻子卞某) as often names a relative who shares the return or the trial
    (乔某及其前妻赵某在美国被起诉)."""
    cues = default_lexicon().names
    alternatives = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    kin, officials = cues.kin, cues.officials
    pointing = [w for w in kin if w.startswith(("其", "之"))]
    unambiguous = [w for w in officials if w not in cues.officials_ambiguous]
    associated = alternatives([*kin, *cues.associates])
    return SideRoles(
        # 协助X出逃的司机: the one helped is no subject of the helper's return
        before=re.compile(f"(?:{alternatives([*officials, *pointing, '与', '协助', '帮助'])})$"),
        # X一案的同案人员, X案的主犯, X出逃的司机: the person whose case or flight it was
        # X的司机: whose driver, secretary or mistress it was
        after=re.compile(f"同案|共同作案|的(?:{associated}|遭遇)|一?案的|出逃[案的]"),
        official=re.compile(f"(?:{alternatives(officials)})$"),
        official_in_event=re.compile(f"(?:{alternatives(unambiguous)})$"),
        counterpart=re.compile(f"(?:{alternatives(cues.counterpart_verbs)})"),
        # 王某、李某等5名同志 / 吴某、郑某等受害人: the list's role is every listed name's;
        # 陈某、林某等人的资产: names whose belongings, not whose return, the clause tells
        listed_as=re.compile(
            rf"(?:[、和及与]{HAN}{{2,4}})*等(?:{_COUNT}(?:名|位|个)?)?"
            rf"(?:{alternatives([*unambiguous, *cues.list_roles])}|人的(?!归案|回国|到案))"
        ),
        # 受害人包括吴某、郑某: a role that opens the list, before the name or the names
        # listed before it
        listing_role=re.compile(
            rf"(?:{alternatives([*unambiguous, *cues.list_roles])})(?:还)?(?:包括|有|为|是|系)"
            rf"(?:{HAN}{{2,4}}[、和及与])*$"
        ),
        # 原局长刘某的情妇陈某: 的 and a relative's or an associate's word right before a name
        whose=re.compile(f"的(?:{associated})$"),
    )


def is_subject_mention(norm: str, span: Span, people: Collection[str] = ()) -> bool:
    """False for names in a side role: 与X同案的, X的弟弟, 民警X. 与 between two of ``people``
    joins a list (常征与王雁威), as 和 does: both are subjects."""
    start, end = span
    if norm.startswith("本人", end):
        return True  # 与洪海平本人沟通: the person himself, whatever precedes the name
    roles = side_roles()
    if roles.after.match(norm, end) or _counterpart(norm, span) or quoted_aside(norm, span):
        return False
    if (
        _STILL_AT_LARGE.match(norm, end)
        or _STILL_TO_COME.match(norm, end)
        or _DIED.match(norm, end)
    ):
        return False  # 甲回国投案，乙、丙目前仍在逃 / 乙将被日方遣返 / 乙自杀身亡: not theirs
    if _REFUSES.match(norm, end) and _named_after(norm, end, people):
        return False  # 甲拒绝回国投案，其同伙乙则…回国投案: the return told after is 乙's
    if roles.listed_as.match(norm, end) or roles.listing_role.search(
        norm, clause_start(norm, start), start
    ):
        return False  # 王某、李某等5名同志, 受害人包括吴某: the list's role is theirs
    if _handed_abroad(norm, clause_start(norm, start), start):
        return False  # 我方抓获后向韩方移交了崔某: sent to another country, not back to China
    before = roles.before.search(norm[max(0, start - 4) : start])
    if before is not None and (
        _RANKED_CADRE.search(norm, max(0, start - 4), start) or holds_own_post(norm, start)
    ):
        return True  # 桃源村干部X, 副处级干部X: a rank or village makes the cadre the fugitive
    if before is not None and before.group() == "与":
        joined = norm[max(0, start - 5) : start - 1]
        return any(joined.endswith(name) for name in people if len(name) >= 2)
    return before is None


_RANKED_CADRE = re.compile(r"(?:村|级)(?:干部|官员)$")


@cache
def _own_post() -> re.Pattern[str]:
    """A title of office (names.json ``officials``) that is the person's own post: a former one
    (原…负责人, 原派出所民警: not 原因, 原则, 原告) or the head of a firm or a project (公司负责人)."""
    titles = literal_alternation(default_lexicon().names.officials)
    return re.compile(
        rf"(?:原(?![因则告来本])[^，。；、：“”\s]{{0,14}}(?:{titles})"
        r"|(?:公司|企业|集团|项目|工程|工厂)的?负责人)$"
    )


def holds_own_post(norm: str, start: int) -> bool:
    """Whether the title right before a name at ``start`` is the person's own post, which makes
    them the one the case is about, not an official acting on it (原项目负责人莫某回国投案;
    extract.people still reads one who speaks, 项目负责人X表示, as an official)."""
    return bool(_own_post().search(norm, max(0, start - 20), start))


# a handover whose receiver (向韩方, 向美国警方) stands before the name in its clause, or the
# country that wants the person (韩方关切的…赵某)
_HANDED_TO = re.compile(
    r"(?:向([^，。；]{1,8}?)(?:移交|遣返|引渡|遣送)了?|(?<![中我])([^，。；、]{1,6}?)"
    r"(?:关切|通缉|追捕|要求引渡|要求遣返)的)[^，。；]{0,24}$"
)


def _handed_abroad(norm: str, clause: int, start: int) -> bool:
    """Whether the name's clause hands it over to another country's side (向韩方移交了…崔某),
    or names it as another country's fugitive (韩方关切的…赵某)."""
    match = _HANDED_TO.search(norm, clause, start)
    if match is None:
        return False
    group = 1 if match.group(1) is not None else 2
    if any(w in match.group(group) for w in ("中", "我")):
        return False
    places = find_places(norm, match.start(group), match.end(group), "zh")
    return any(p.code != "CN" for p in places)


# a name whose own clause says the person is still at large (乙、丙目前仍在逃)
_STILL_AT_LARGE = re.compile(
    r"(?:[、和及与][^，。；、]{2,4})*[^，。；]{0,8}?(?:仍|尚|还)(?:在逃|未归案|未到案|藏匿|在境外|滞留)"
)


# a name whose own clause says the person died (岑某自杀身亡，他的子女…被移交中国)
_DIED = re.compile(r"[^，。；]{0,8}?(?:身亡|死亡|病亡|病逝|去世|自杀|自尽)")


# a name whose own clause says the person's return is still to come (乙将被日方遣返)
_STILL_TO_COME = re.compile(
    r"[^，。；]{0,6}?(?:将被|将于|(?<!随)即将|有望|等待|尚待)[^，。；]{0,12}(?:遣返|引渡|遣送|押解|回国)"
)


# a name whose own clause says the person refuses to come back (甲拒绝回国投案)
_REFUSES = re.compile(
    r"[^，。；]{0,8}?(?:拒绝|拒不|不肯|不愿|不敢)[^，。；]{0,4}(?:回国|投案|归案|自首|到案)"
)


def _named_after(norm: str, end: int, people: Collection[str]) -> bool:
    """Whether another of ``people`` is named later in the sentence that goes on from ``end``."""
    stop = min((i for i in (norm.find(m, end) for m in "。！？\n") if i >= 0), default=len(norm))
    return any(norm.find(name, end, stop) >= 0 for name in people if len(name) >= 2)


def clause_start(norm: str, start: int) -> int:
    """Where the clause a name stands in begins (after the last ，。；：, or line break). The
    search goes back at most _CLAUSE_REACH characters: a mark that a long document never
    holds would otherwise be looked for through all of it at every name."""
    floor = max(0, start - _CLAUSE_REACH)
    found = max(norm.rfind(mark, floor, start) for mark in "，。；：,\n")
    return found + 1 if found >= 0 else floor


_CLAUSE_REACH = 2000


def _counterpart(norm: str, span: Span) -> bool:
    """涉嫌向原副主任柳某某行贿的韩某: the person a bribe went to (向 … X 行贿) is the other side
    of the crime, not its subject, whatever title stands before the name."""
    start, end = span
    if not side_roles().counterpart.match(norm, end):
        return False
    clause = re.split("[，。；！？\n]", norm[max(0, start - 30) : start])[-1]
    return "向" in clause


# the reporting verbs a speaker's name stands beside
# (not "reported to the embassy": a returnee reports to the authorities)
_SAYS = (
    "(?:said|says|told|added|wrote|writes|condemned|commented|tweeted"
    r"|reported(?! to\b| (?:him|her)self\b))"
)


@cache
def _speakers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """English speakers in a side role: "…, said his wife Zhou Min" and "Sun Hao, an immigration
    lawyer in Vancouver, said …", from the one kinship list and the roles of commentators."""
    roles = "|".join([*default_lexicon().kinship["en"], *_COMMENTATORS])
    before = re.compile(
        rf"\b(?:{_SAYS}|according to(?: a statement by)?)\s+"
        rf"(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){{0,2}}"
        rf"(?:{roles}),?\s*$"
    )
    after = re.compile(
        rf"(?:,\s*(?:aged\s+)?\d{{1,3}})?,\s*(?:(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,4}}?(?:{roles})\b[^,.;]{{0,60}}"
        # "Qu Lan, whose husband is the cartoonist Tang Yuefeng, says …": the relative speaks
        rf"|whose\s+(?:{roles})\b[^.;]{{0,80}}?),\s*{_SAYS}\b"
    )
    # "…, her sister, Mehrigul Rozi, told RFA", "The police chief, Somchai Prasert, 55, said":
    # the role before the name, the verb after it
    role_before = re.compile(
        rf"\b(?:(?:his|her|its|their|the|an?|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:{roles}|{_SPEAKER_ROLES}|{offices()})"
        rf"(?:\s+(?:for|of|at|with|in)\s+[^,.;]{{1,40}})?|{roles}),?\s*(?:(?-i:[A-Z])[a-z]*\.\s*){{0,3}}$",
        re.IGNORECASE,
    )
    return before, after, role_before


# "whose husband Li Ming was deported", "wife of Li Ming, who was deported": the relative clause
# tells the relative's own removal, so the relative is the one returned (not ", husband of Hu
# Yan, was deported": that verb is the clause's subject's)
_REMOVED_AFTER = re.compile(
    r"(?:\s+|,\s*who\s+)(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:deported|extradited"
    r"|repatriated|returned|sent back|handed over|expelled)\b"
)


@cache
def _kin_clause() -> re.Pattern[str]:
    """ "Li Ming, whose wife Hu Yan lives in …", "Li Ming, husband of Hu Yan, …": a name told
    as someone's relative inside another's clause."""
    kin = literal_alternation(default_lexicon().kinship["en"])
    # (an apposition only: in "the parents of Kuang Lide, who returned" he is the returnee)
    return re.compile(
        rf"(?:\bwhose\s+(?:{kin})s?|,\s*(?:the\s+)?(?:{kin})\s+of),?\s*$", re.IGNORECASE
    )


# (an age may stand between: "…, 44, said")
SAYS_AFTER = re.compile(rf"(?:,\s*(?:aged\s+)?\d{{1,3}})?,?\s*{_SAYS}\b")
# "Memet Emin, 61, his neighbour in Bishkek, said …": the name, what is said of it, then the
# verb of saying
SAYS_AFTER_APPOSITION = re.compile(rf"((?:,[^,.;]{{1,60}}){{0,2}}),?\s*{_SAYS}\b")
_AGE_APPOSITION = re.compile(r",\s*(?:aged\s+)?\d{1,3}\b")


def speaks_only(norm: str, mentions: list[Span]) -> bool:
    """Whether every mention is a speaker in a role: the subject of a verb of saying, set off
    by what the person is ("X, 61, his neighbour, said") or named as the apposition of a role
    ("Its head, X, said"); not "X, 52, said …", which may be the returnee speaking."""
    return bool(mentions) and all(_speaks_in_a_role(norm, span) for span in mentions)


def _speaks_in_a_role(norm: str, span: Span) -> bool:
    start, end = span
    says = SAYS_AFTER_APPOSITION.match(norm, end)
    if says is None:
        return False
    described = _AGE_APPOSITION.sub("", says.group(1)).strip(", ")
    _, _, role_before = _speakers()
    return bool(_side_role().search(described)) or bool(
        role_before.search(norm, max(0, start - 80), start)
    )


@cache
def _side_role() -> re.Pattern[str]:
    """A word for someone on the side of a case (a relative, a commentator, an office), not
    for what the returnee was ("a former bank manager")."""
    roles = "|".join([*default_lexicon().kinship["en"], *_COMMENTATORS])
    return re.compile(
        rf"^(?!.*\bformer\b).*\b(?:{roles}|{_SPEAKER_ROLES}|{offices()})s?\b", re.IGNORECASE
    )


# the source of a report: "according to (a report by) X", "…, wrote X"
_SOURCE_BEFORE = re.compile(
    r"\baccording to (?:(?:a|the) (?:report|statement|study|book|memoir) (?:by|of) "
    r"|(?:his|her|their) [\w-]+,? )?$"
    # "…, wrote Anna Fifield, a journalist": the reporter after the report
    r"|[,\"”]\s*(?:wrote|writes|reported|reports)\s+$",
    re.IGNORECASE,
)


def reports_only(norm: str, mentions: list[Span]) -> bool:
    """Whether every mention is the source of a report ("according to a report by X"), never
    the one it reports on."""
    return bool(mentions) and all(
        _SOURCE_BEFORE.search(norm, max(0, start - 60), start) for start, _ in mentions
    )


# what speakers for the case's other side are beside an office of names.json's list ("The
# police chief, X, said", "a colleague, X, said")
_SPEAKER_ROLES = "colleague|founder|leader"
_COMMENTATORS = (
    "lawyer",
    "attorney",
    "professor",
    "expert",
    "analyst",
    "researcher",
    "scholar",
    "friend",
    "neighbor",
    "neighbour",
    "activist",
    "journalist",
)
# a clause after a speaker's name that makes them a fugitive after all ("said Ma Hong, who fled")
_FUGITIVE_AFTER = re.compile(r",?\s*(?:who (?:had |has )?(?:fled|escaped|absconded|returned))")


def quoted_aside(norm: str, span: Span) -> bool:
    """A relative or a commentator quoted by name, beside the person the sentence is about, or a
    relative named inside another's clause ("whose wife Hu Yan", ", husband of Hu Yan,")."""
    start, end = span
    if _kin_clause().search(norm, max(0, start - 40), start) and not _REMOVED_AFTER.match(
        norm, end
    ):
        return True
    before, after, role_before = _speakers()
    if before.search(norm, max(0, start - 60), start):
        return not _FUGITIVE_AFTER.match(norm, end)
    if role_before.search(norm, max(0, start - 80), start) and SAYS_AFTER.match(norm, end):
        return True
    if _office_now_before(norm, start) and SAYS_AFTER.match(norm, end):
        return True  # "Sihanoukville governor Kuoch Chamroeun, 51, said …"
    if _tells_of_another().match(norm, end):
        return True  # "X, a Uyghur student, told reporters that his friend had been sent back"
    return after.match(norm, end) is not None


# an office right before the name ("Sihanoukville governor X")
_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)
_PHRASE_END = re.compile(r"[.,;:!?]")


def _office_now_before(norm: str, start: int) -> bool:
    """An office held now right before the name, not a former one ("former bank director X",
    "Former police chief X": the returnee's old post)."""
    window = norm[max(0, start - 40) : start]
    phrase = _PHRASE_END.split(window)[-1]
    return bool(_office_title().search(phrase)) and not _FORMER.search(phrase)


@cache
def _office_title() -> re.Pattern[str]:
    """An office of names.json's list, or a speaker's role, ending the phrase before a name."""
    return re.compile(rf"\b(?:{_SPEAKER_ROLES}|{offices()})\s+$", re.IGNORECASE)


# a speaker, set off by what they are, telling of another's removal: a relative's or a friend's
# ("told reporters that his friend had been sent back"), a group's ("said the two Chinese men
# were handed over"), or one another state carried out ("said Thailand had deported Uyghurs";
# not "… had deported him"); never one whose own removal the apposition tells ("X, 44, who was
# deported on April 27, said …")
_REMOVED_WORDS = r"deport|extradit|repatriat|sent back|returned|persuaded|surrender|handed"


@cache
def _tells_of_another() -> re.Pattern[str]:
    """A speaker's report of another's removal, with the kinship words of the one list."""
    kin = literal_alternation(default_lexicon().kinship["en"])
    return re.compile(
        rf"(?:,\s*(?:aged\s+)?\d{{1,3}})?(?:,(?![^,.;]*(?:{_REMOVED_WORDS}))[^,.;]{{1,60}}){{1,2}},?\s*"
        rf"(?:{_SAYS}|describes|asked)(?:\s+(?:reporters|journalists|the press))?(?:\s+that)?\s+"
        rf"(?:(?:his|her|their)\s+(?:friend|colleague|neighbou?r|{kin})s?(?:,\s*[A-Z][\w -]{{1,30}},)?"
        r"\s+(?:had been|has been|have been|was|were)"
        r"\s+(?:\w+ly\s+)?(?:deported|extradited|repatriated|sent back|returned|detained|arrested"
        r"|handed|expelled)\b"
        r"|the\s+(?:two|three|four|five|six|\d+)\s"
        r"|(?:why|how)\s+(?!(?:he|she|they|I|we|his|her|their)\b)"
        r"|about\s+(?:friends|relatives|neighbou?rs|people|those|others|[A-Z]\w+s)\b"
        r"|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+(?:had\s+|has\s+|have\s+)?(?:deported|returned"
        r"|extradited|expelled|handed|sent)\b(?!\s+(?:him|her|me)\b))"
    )
