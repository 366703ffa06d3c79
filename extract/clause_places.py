"""What a trigger's clause says of where the movement happened: an arrest placed in a Chinese
city (caught at home, no return), a trial that names where abroad (prosecuted abroad), and a
deportation whose destination is a foreign country (sent away by China, no return)."""

from __future__ import annotations

import re
from functools import cache

from extract.alternation import literal_alternation
from extract.lexicon import default_lexicon
from extract.lexicon.places_en import english_destinations
from extract.places import find_places

_AT_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,4})")
_ARREST = re.compile(r"抓获|抓捕|缉捕")
_MOVED = re.compile(r"押解|押送|移交|带回|回国")
_FLED_BEFORE = re.compile(r"(?:外逃|潜逃|出逃|逃往|逃到|逃至)$")
# an arrest told as made at home without a city's name
_AT_HOME = re.compile(r"在(?:国内|境内|家中)|在[^，。；]{0,8}家中|回国探亲|回乡探亲|潜回")


# a handover to a province's or a city's police (not to 中方 or 中国警方, which is the return)
_TO_LOCAL_POLICE = re.compile(
    r"移交(?:给)?(?![^，。；]{0,4}(?:中方|中国|我))[^，。；]{1,16}?(?:公安机关|公安局|公安厅|警方)$"
)


# a country's police or authorities (缅甸警方, 老挝当局): who holds and hands over the people there
AUTHORITIES = r"(?:警方|警察|当局|政府|移民局|移民部门|执法部门)"
_AUTHORITY_AFTER = re.compile(rf"(?:国)?{AUTHORITIES}")


def caught_at_home(norm: str, trigger: re.Match[str], start: int, end: int) -> bool:
    """An arrest (not a handover or an escort, which end at a Chinese port) in a clause that
    places it in a Chinese city or province (在温州被…抓获) and names no foreign country; or
    a handover to a province's police that no foreign police or authority makes before it in
    the clause (缅甸警方把…移交云南省…公安机关 is a return; 企图逃往缅甸的…被云南省公安厅抓获后
    移交温州市公安局 is not)."""
    if _TO_LOCAL_POLICE.search(trigger.group()):
        return not any(
            _AUTHORITY_AFTER.match(norm, place.end)
            for place in find_places(norm, start, trigger.start(), "zh")
        )
    if not _ARREST.search(trigger.group()) or _MOVED.search(trigger.group()):
        return False
    # (外逃美国的王某在南京被抓获: the country of the flight is not where the arrest was)
    places = [
        p
        for p in find_places(norm, start, end, "zh")
        if not _FLED_BEFORE.search(norm, max(start, p.start - 4), p.start)
    ]
    if places:
        return False
    if _AT_HOME.search(norm, start, trigger.start()):
        return True  # 在国内被抓获, 在其南京家中, 趁回国探亲之机
    china = default_lexicon().china_places.major
    return any(
        match.group(1)[:size] in china
        for match in _AT_PLACE.finditer(norm, start, end)
        for size in (2, 3, 4)
    )


# "repatriated from Thailand to Cambodia": the origin named before the destination
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?")
_TOWARDS = {
    "zh": re.compile(r"(?:回|至|到|往|给)?"),
    # (a trigger may end on its own "to": "put him on a flight to Canada")
    "en": re.compile(r"(?:\s+(?:back\s+)?to)?\s+(?:the\s+)?", re.IGNORECASE),
}


def sent_abroad(norm: str, trigger: re.Match[str], end: int, language: str) -> bool:
    """A deportation whose destination, right after it (or after the country it was from), is a
    foreign country (遣返蒙古国, 遣送至越南, "deported to Mongolia", "repatriated from Thailand to
    Cambodia"): someone sent to another country, not someone returned to China."""
    start = trigger.end()
    origin = _FROM_PLACE.match(norm, start, end) if language == "en" else None
    if origin is not None:
        left = find_places(norm, origin.end(), origin.end() + 30, language)
        start = left[0].end if left else start
    towards = _TOWARDS[language].match(norm, start, end)
    at = towards.end() if towards else start
    places = find_places(norm, at, min(end, at + 24), language)
    return (
        bool(places)
        and places[0].start == at
        # (an abbreviation the press writes for the country, "deported to the US", is its name)
        and (places[0].kind == "name" or norm[places[0].start : places[0].end].isupper())
        and not norm.startswith(("'s", "’s", "的"), places[0].end)
        and not _ON_TO_CHINA.search(norm, places[0].end, end)
    )


# 遣返澳门后移交内地, "deported to Macao and handed to Chinese police": on to China after all
_ON_TO_CHINA = re.compile(
    r"内地|大陆|中国警方|我国|mainland|Chinese (?:police|officers|authorities)", re.I
)


@cache
def _court_in_china() -> re.Pattern[str]:
    """ " in central China", " in China's Hubei province", " in Shenzhen": where a court sits."""
    places = literal_alternation(["China", *english_destinations()])
    return re.compile(rf" (?:in|of) (?:[\w']+ ){{0,2}}(?:{places})\b(?! (?:Sea|Town))")


_ABROAD_BY_NAME = re.compile(r"异地追诉|境外|国外|外国|abroad|overseas|foreign", re.IGNORECASE)


def abroad_clause(norm: str, match: re.Match[str], start: int, end: int) -> bool:
    """A trial abroad names where: a foreign country in the clause, or words that say abroad;
    never a court the trigger places in China ("convicted by a court in central China")."""
    if _court_in_china().match(norm, match.end()):
        return False
    low, high = min(start, match.start()), max(end, match.end())
    return bool(
        _ABROAD_BY_NAME.search(norm, low, high)
        or find_places(norm, low, high, "zh")
        or find_places(norm, low, high, "en")
    )


def inside_a_foreign_country(norm: str, trigger: re.Match[str], start: int) -> bool:
    """境内抓获 right after a foreign country (于马来西亚境内抓获): caught inside that country,
    not at home."""
    if not trigger.group().startswith("境内"):
        return False
    before = find_places(norm, max(start, trigger.start() - 12), trigger.start(), "zh")
    return any(place.end == trigger.start() and place.code != "CN" for place in before)


def at_a_foreign_airport(norm: str, trigger: re.Match[str]) -> bool:
    """在曼谷素万那普机场…抓获, 在老挝磨丁口岸…抓获: an airport or a port of entry named by a
    foreign place is abroad (a catch there is no catch on the way home)."""
    found = _PORT.search(norm, trigger.start(), trigger.end())
    if found is None:
        return False
    return any(p.code != "CN" for p in find_places(norm, trigger.start(), found.start(), "zh"))


_PORT = re.compile("机场|口岸")


@cache
def _flight_in_china() -> re.Pattern[str]:
    """A word of flight and a division of China right after it (流窜浙江、江苏, 逃往广西)."""
    places = literal_alternation(default_lexicon().china_places.major)
    return re.compile(
        rf"(?:流窜|窜逃|逃往|逃到|逃至|窜至|潜逃至|潜逃到|藏匿(?:于|在)|躲藏(?:于|在))(?:到|至)?(?:{places})"
    )


_ABROAD_TOLD = re.compile(r"境外|国外|海外|出境|异国|他乡|回国|归国")


def fled_within_china(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the person's sentences tell a flight to places in China (从上海出逃，先后流窜浙江、
    江苏等地) and nothing abroad: no foreign country and no word of being abroad. Such a person
    hid inside China (domain.md: not a case), whatever loose 外逃 the notice calls them."""
    flight = _flight_in_china()
    if not any(flight.search(norm, start, end) for start, end in spans):
        return False
    return not any(
        _ABROAD_TOLD.search(norm, start, end) or find_places(norm, start, end, "zh")
        for start, end in spans
    )
