"""Slots that only a name fills, where a two-character dictionary word (方越, 高山) is read as
the name it stands for: a red-notice number's (“百名红通人员”第65号方越) and a list's member
coordinated with a full name (赖昌星、高山等著名贪腐人士; 赖昌星和高山都…)."""

from __future__ import annotations

import re
from collections.abc import Callable

# the number of a red-notice list (“百名红通人员”第65号): a slot only a name fills
NUMBER_SLOT = re.compile(
    r"(?:红通|红色通缉)[^，。；]{0,8}第[0-9一二三四五六七八九十百]{1,4}号[”」\"]?$"
)

# a full name of three characters, then a conjunction or an enumeration comma (赖昌星、)
_NAME_THEN_AND = re.compile(r"[\u4e00-\u9fff]{3}[、和与及]$")
# what closes a list of people: 等, 都, 均, a head count of two (二人, 两人, 俩)
_LIST_CLOSES = re.compile(r"等|都|均|二人|两人|俩")


def coordinated_slot(norm: str, i: int, is_full_name: Callable[[str], bool]) -> bool:
    """Whether the two characters at ``i`` stand after a full name and a conjunction, and
    before what closes a list of people (赖昌星、高山等; 赖昌星和高山都是): the second member of
    such a list may be a name whatever else the word means, where the one before it is a
    plausible full name (``is_full_name``); ``extract.names`` reads it as one only where the
    dictionary knows the word as a name or a place (高山, not 车手 or 常委) and it is no
    relative (曾孙)."""
    if not _LIST_CLOSES.match(norm, i + 2):
        return False
    before = _NAME_THEN_AND.search(norm, max(0, i - 4), i)
    return before is not None and is_full_name(norm[i - 4 : i - 1])


def slot_name(
    norm: str, i: int, end: int, is_slot_name: Callable[[str], bool], after: re.Pattern[str]
) -> tuple[int, int] | None:
    """The name filling a red-notice number's slot (第65号方越在…): the longest plausible one
    (``is_slot_name``, a dictionary word such as 方越 included, since only a name stands there)
    that a cue (``after``) ends."""
    for size in (4, 3, 2):
        stop = i + size
        name = norm[i:stop]
        if stop <= end and "某" not in name and is_slot_name(name):
            cue = after.match(norm, stop)
            if cue is not None and not after.match(norm, stop - 1):
                return (i, stop)
    return None
