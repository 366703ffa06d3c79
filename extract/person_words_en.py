"""English words for what a person is (an activist, a refugee, a monk), and the names news
writes right after them when it introduces someone ("Uyghur activist Ershidin Israil"): how a
name that is no pinyin is known as a person's where nothing else in the sentence tells it."""

from __future__ import annotations

import re

from extract.side_roles import SAYS_AFTER_APPOSITION

# what a person is, not an office (an exile's role: "a spokeswoman", "a researcher" are the
# people quoted about the case)
_PERSON_WORD_LIST = (
    *("activist", "dissident", "imam", "monk", "nun", "refugee", "student", "teacher"),
    *("businessman", "businesswoman", "writer", "poet", "journalist", "trader", "farmer"),
    *("herder", "cleric", "practitioner"),
)
PERSON_WORDS = "|".join(_PERSON_WORD_LIST) + r"|asylum[ -]seeker"
# the words said before a name only (a bookseller, a billionaire), not in apposition
ROLE_ONLY_BEFORE = ("bookseller", "billionaire", "tycoon", "scholar", "blogger")
# each as it opens a sentence ("Refugee Tenzin Wangmo was …"), which is no part of the name
LEADING_ROLES = tuple(w.capitalize() for w in (*_PERSON_WORD_LIST, *ROLE_ONLY_BEFORE))
# "Chinese billionaire Xiao Jianhua", "Activist Ershidin Israil": a full name right after the word
# for what the person is, the way news names people it introduces (a word of that kind in
# either case, since it may open the sentence)
# (not a journalist: the one named so before a name is most often the reporter or a source)
_EN_ROLE_BEFORE = re.compile(
    rf"\b(?!(?i:journalist))(?i:{PERSON_WORDS}|{'|'.join(ROLE_ONLY_BEFORE)})s? "
    r"([A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14}){1,2})\b(?!['’])"
)
# a word written with a capital, as a headline in title case writes most words
_EN_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def _role_told(text: str, role: re.Match[str]) -> bool:
    """Whether the word for what the person is stands in running text: in lower case, or with
    a capital that opens a sentence, on a line that is no headline: one in title case without a
    full stop ("Refugee Claimant Deported", "Asylum Applicant Batzangaa Tried" name no one)."""
    at = role.start()
    if text[at].islower():
        return True
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    words = _EN_WORD.findall(text, line_start, line_end)
    capitals = sum(word[0].isupper() for word in words)
    sentence = text[line_start:line_end].rstrip().endswith((".", "!", "?", '"', "”"))
    opens = at == line_start or text[max(0, at - 2) : at] in (". ", "? ", "! ")
    return opens and (sentence or capitals * 2 < len(words))


def names_after_role(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of full names right after a word for what the person is, in running text; not
    the subject of a verb of saying ("Activist X, who lives in Virginia, reported that …"): a
    source the report names so, not a person it is about."""
    return [
        m.span(1)
        for m in _EN_ROLE_BEFORE.finditer(text, start, end)
        if _role_told(text, m) and not SAYS_AFTER_APPOSITION.match(text, m.end(1))
    ]
