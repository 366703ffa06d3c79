"""Metamorphic variants of the labelled articles, and the check that the records follow them.

A labelled article is rewritten in one respect only (a person's name, a Chinese city, every
year, a country of flight, an alleged crime), and the extraction of the rewritten article must
be the extraction of the original rewritten the same way: the new name is the record's name,
the new country is in ``fled_to``, every other field is unchanged. The rules were fitted to the
labelled sentences, so a rule that only holds for the exact strings it was fitted on (a city
that happens to appear, a name whose characters happen to be common) breaks here.

The comparison is against the extraction of the original article, not its gold labels, so a
variant tests the substitution alone (the labelled sets score 1.00, so the two agree today).
A substitution is made only where it is unambiguous: whole occurrences of the substituted
string, never a part of a longer name, country or crime term, and never a new string already in
the article. Every variant also checks the invariant that no place, country, organisation,
title or common word is a person.

Used by ``tests/test_metamorphic.py`` (a few examples per property in CI) and by
``bench/bench_metamorphic.py`` (many more).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from extract import Document, extract_cases
from extract.lexicon import Country, default_lexicon, short_place_name
from extract.record import CaseRecord
from extract.romanise import pinyin
from extract.text import to_simplified, to_traditional
from extract.words import reads_as_adverbs as words_reading_adverbs
from output.merge import CASE_FIELDS

DATA = Path(__file__).parent / "data"
OWN_DATA = Path(__file__).parent / "metamorphic_data"

Rewrite = Callable[[str], str]
Record = dict[str, Any]

# --- the labelled articles and their extraction -------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A labelled article of tests/data (the gold cases are only used for the names)."""

    id: str
    language: str
    script: str
    published: str | None
    title: str
    text: str
    url: str | None
    gold_names: tuple[str, ...]

    def document(self, text: str, title: str, published: str | None) -> Document:
        return Document(id=self.id, text=text, url=self.url, published=published, title=title)


@cache
def articles() -> tuple[Article, ...]:
    """Every labelled article of every set in tests/data, in file order."""
    found = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            found.append(
                Article(
                    id=f"{path.stem}/{row['id']}",
                    language=row["language"],
                    script=row.get("script", "simplified"),
                    published=row.get("published"),
                    title=row.get("title") or "",
                    text=row["text"],
                    url=row.get("url"),
                    gold_names=tuple(c["name"] for c in row["cases"]),
                )
            )
    return tuple(found)


@cache
def baseline(article: Article) -> tuple[CaseRecord, ...]:
    """The extraction of the unchanged article (cached: every variant compares with it)."""
    doc = article.document(article.text, article.title, article.published)
    return tuple(extract_cases(doc))


_SORTED = ("alleged_crimes", "fled_to", "coercion", "handling_authorities")
_TEXT_FIELDS = (
    "name",
    "name_simplified",
    "former_position",
    "fled_date_text",
    "return_date_text",
    "method_text",
    "title",
)
# what a case carries (output.merge.CASE_FIELDS) but its romanisation, with the evidence and
# the article's own publication date and title
_COMPARED = (
    *(f for f in CASE_FIELDS if f != "name_pinyin"),
    "evidence",
    "published",
    "title",
)


def project(record: CaseRecord) -> Record:
    """The compared fields of a record; evidence as (field, text) pairs, since offsets move
    when a substitution changes a length (offsets are checked against the text separately)."""
    data = record.to_dict()
    out = {key: data[key] for key in _COMPARED}
    for key in _SORTED:
        out[key] = sorted(out[key])
    out["evidence"] = sorted((e.field, e.text) for e in record.evidence)
    return out


def rewrite_record(record: Record, rewrite: Rewrite) -> Record:
    """Apply a text substitution to every field copied from the text."""
    out = dict(record)
    for key in _TEXT_FIELDS:
        if isinstance(out[key], str):
            out[key] = rewrite(out[key])
    out["handling_authorities"] = sorted(rewrite(a) for a in out["handling_authorities"])
    out["evidence"] = sorted((f, rewrite(t)) for f, t in out["evidence"])
    return out


# --- variants and their check -------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """A rewritten article and the records its extraction must give."""

    prop: str
    article: Article
    description: str
    document: Document
    expected: tuple[Record, ...]
    ignore: frozenset[str] = field(default_factory=frozenset)


def make_variant(
    prop: str,
    article: Article,
    description: str,
    rewrite: Rewrite,
    fix: Callable[[Record], Record] = lambda r: r,
    published: str | None = None,
    ignore: Iterable[str] = (),
) -> Variant:
    """Rewrite the article's text and title, and its baseline records the same way."""
    doc = article.document(
        rewrite(article.text), rewrite(article.title), published or article.published
    )
    expected = tuple(fix(rewrite_record(project(r), rewrite)) for r in baseline(article))
    return Variant(prop, article, description, doc, expected, frozenset(ignore))


def check_variant(variant: Variant) -> list[str]:
    """Every way the extraction of the variant differs from what the substitution says."""
    records = extract_cases(variant.document)
    problems = [f"{r.name!r} is not a person: {why}" for r in records if (why := non_person(r))]
    problems += _offset_problems(records, variant.document.text)
    got = [project(r) for r in records]
    problems += _record_diff(list(variant.expected), got, variant.ignore)
    return problems


def _offset_problems(records: list[CaseRecord], text: str) -> list[str]:
    return [
        f"{r.name}: evidence {e.field} offsets do not point at its text"
        for r in records
        for e in r.evidence
        if text[e.start : e.end] != e.text
    ]


def _record_diff(expected: list[Record], got: list[Record], ignore: frozenset[str]) -> list[str]:
    """Pair records by name (in order for namesakes) and list the fields that differ."""
    problems = []
    remaining = list(got)
    for want in expected:
        same = next((g for g in remaining if g["name"] == want["name"]), None)
        if same is None:
            problems.append(f"missing record {want['name']!r}")
            continue
        remaining.remove(same)
        for key in _COMPARED:
            if key not in ignore and not _same_value(key, want[key], same[key], ignore):
                problems.append(f"{want['name']}: {key} expected {want[key]!r}, got {same[key]!r}")
    problems += [f"spurious record {g['name']!r}" for g in remaining]
    return problems


def _same_value(key: str, want: Any, got: Any, ignore: frozenset[str]) -> bool:
    """Equal, except for the evidence of a field in ``ignore`` as ``evidence:FIELD``, whose
    value is compared but whose words may change: a crime pattern may match part of the new
    phrase ("fraud" of "contract fraud"), or another term of the same crime may be chosen."""
    if key != "evidence" or want == got:
        return bool(want == got)
    lenient = {k.partition(":")[2] for k in ignore if k.startswith("evidence:")}
    return [p for p in want if p[0] not in lenient] == [p for p in got if p[0] not in lenient]


# --- the invariant: no place, country, organisation, title or common word is a person ----------

_ORG_OR_TITLE = re.compile(
    r"(?:公安|检察|法院|警方|政府|纪委|监委|追逃|办公室|委员会|书记|主任|局长|厅长|处长|科长|"
    r"经理|董事|会计|市长|县长|省长|主席|部长|银行|公司|集团|大学|医院|国际|中央|国家|"
    r"[局厅委院办部队所处行署]$)"
)
_EN_NOT_PERSON = re.compile(
    r"\b(?:Police|Ministry|Commission|Court|Bureau|Office|Province|City|County|Bank|Company|"
    r"Group|China|Chinese|Interpol|Sky|Fox|Net|Hunt|Daily|Times|Xinhua)\b"
)


@cache
def _country_words() -> frozenset[str]:
    words: set[str] = set()
    for country in default_lexicon().countries:
        words.update(country.zh, country.en, country.adj, country.cities, country.side)
        words.update(to_simplified(z) for z in country.zh)
    return frozenset(words)


def non_person(record: CaseRecord) -> str | None:
    """Why a record's name cannot be a person, or None when it can."""
    name = record.name_simplified or to_simplified(record.name)
    places = default_lexicon().china_places
    if name in places.major or name in places.all_full or short_place_name(name) in places.major:
        return "a place in China"
    if name in _country_words() or record.name in _country_words():
        return "a country, territory or foreign city"
    if _ORG_OR_TITLE.search(name) or _EN_NOT_PERSON.search(record.name):
        return "an organisation or title"
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and "某" not in name and _common_word(name):
        return "a common word"
    return None


def _common_word(name: str) -> bool:
    """In jieba's dictionary as a word that is not a person name (jieba tags names nr*)."""
    from extract import words

    return words.is_common_word(name)


# --- helpers for substitutions ------------------------------------------------------------------


def replace_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Replace non-overlapping (start, end, new) spans of ``text``."""
    out, last = [], 0
    for start, end, new in sorted(spans):
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def leftmost_longest(text: str, terms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``terms``, longest first at each position, so that 苏丹
    inside 南苏丹 or 诈骗 inside 集资诈骗 is not an occurrence of its own."""
    pattern = _alternation(frozenset(terms))
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@cache
def _alternation(terms: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the terms, longest first (compiled once: the gazetteer has thousands)."""
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile("|".join(_bounded(t) for t in ordered)) if ordered else None


def _bounded(term: str) -> str:
    """An English term matches as a whole word (Mali is not in Somalia)."""
    if term.isascii():
        return rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])"
    return re.escape(term)


def term_rewrite(
    table: dict[str, str], context: Iterable[str] = (), script: str = "simplified"
) -> Rewrite:
    """A rewrite replacing whole occurrences of the table's (simplified) keys by its values
    (written in ``script``); ``context`` terms are matched too, and left alone, so that a key
    inside a longer term is not replaced. Matching runs on a simplified copy of the same
    length, so 公眾 and 公衆 are both occurrences of 公众."""
    terms = list(table) + list(context)

    def rewrite(text: str) -> str:
        hits = leftmost_longest(to_simplified(text), terms)
        spans = [(a, b, in_script(table[t], script)) for a, b, t in hits if t in table]
        return replace_spans(text, spans)

    return rewrite


def in_script(text: str, script: str) -> str:
    """A simplified string written in the article's script."""
    return to_traditional(text) if script == "traditional" else text


# --- names ---------------------------------------------------------------------------------------


@cache
def given_characters() -> tuple[str, ...]:
    data = json.loads((OWN_DATA / "given_name_chars.json").read_text("utf-8"))
    return tuple(data["characters"])


@cache
def surnames() -> tuple[str, ...]:
    """Single and compound surnames of the lexicon (simplified)."""
    table = default_lexicon().surnames
    return tuple(table.single) + tuple(table.compound)


@dataclass(frozen=True)
class NameSite:
    """A labelled person whose name can be replaced everywhere in the article."""

    article: Article
    name: str
    english_surname: str | None = None  # the standalone surname of an English full name


def _zh_name_site(article: Article, name: str) -> NameSite | None:
    others = [n for n in article.gold_names if n != name]
    if article.gold_names.count(name) != 1 or any(name in o or o in name for o in others):
        return None
    if name.endswith("某") and name + "某" in article.text:  # 张某 is not the start of 张某某
        return None
    if re.search(f"[老小阿]{re.escape(name[0])}", article.text):  # 老郑，真名郑某某 stays 郑
        return None
    return NameSite(article, name)


def _en_name_site(article: Article, name: str) -> NameSite | None:
    if article.gold_names.count(name) != 1:
        return None
    tokens = name.split()
    surname = tokens[0]
    if any(o != name and surname in o.split() for o in article.gold_names):
        return None
    if len(tokens) == 2:
        # another person of the same surname (an official) would make "Chen" ambiguous
        others = re.findall(rf"\b{surname} ([A-Z][a-z]+)", article.text)
        if any(given != tokens[1] for given in others):
            return None
    return NameSite(article, name, surname)


@cache
def name_sites() -> tuple[NameSite, ...]:
    sites = []
    for article in articles():
        for name in dict.fromkeys(article.gold_names):
            make = _en_name_site if article.language == "en" else _zh_name_site
            site = make(article, name)
            if site and any(r.name == name for r in baseline(article)):
                sites.append(site)
    return tuple(sites)


@st.composite
def chinese_names(draw: st.DrawFn, surname_only: bool = False) -> tuple[str, bool]:
    """(simplified name, is full): a surname with one or two given characters, or 王某/王某某,
    or a single-character surname alone (杨姓男子 becomes 周姓男子)."""
    if surname_only:
        return draw(st.sampled_from(surnames()).filter(lambda s: len(s) == 1)), False
    surname = draw(st.sampled_from(surnames()))
    if draw(st.integers(0, 4)) == 0:
        return surname + draw(st.sampled_from(["某", "某某"])), False
    size = draw(st.sampled_from([1, 2, 2, 2]))
    given = "".join(draw(st.sampled_from(given_characters())) for _ in range(size))
    assume(usable_name(surname + given))
    return surname + given, True


def usable_name(name: str) -> bool:
    """A generated name a careful reader could not take for something else: not a dictionary
    word (谈成, 初生), a place in China or a country.

    Restricted further: no name that begins with the short name of a Chinese city or county
    or another place word of the dictionary (常德德, 高州明, 华东东), and none whose given part
    is a numeral's or a pronoun's word (王全天, 李之家). The extraction refuses
    those on purpose, since 柳州警方 must not give a person 柳州警; telling the two apart needs
    more than the gazetteer (known to fail)."""
    record = CaseRecord(
        document_id="", source_url=None, language="zh", name=name,
        name_simplified=name, name_pinyin=None, name_is_full=True,
    )  # fmt: skip
    places = default_lexicon().china_places.major
    surname = 2 if name[:2] in default_lexicon().surnames.compound else 1
    if any(name[:size] in places for size in range(surname + 1, len(name) + 1)):
        return False
    # (曾屡次: the extraction reads a surname that is an adverb before an adverb as adverbs;
    # 韩方, 甘家: names.json not_single_given, a side or a family, never a one-character name)
    single = name[surname:] if len(name) == surname + 1 else ""
    return (
        single not in default_lexicon().names.not_single_given
        and non_person(record) is None
        and not _place_word(name[: surname + 1])
        and not words_reading_adverbs(name, surname)
        and not _function_given(name[surname:])
    )


def _function_given(given: str) -> bool:
    """全天, 之家: a given part that is a numeral's, a pronoun's or a particle's word, which the
    extraction reads as no given name (那一天)."""
    from extract import words

    return words.is_function_given(given)


def _place_word(word: str) -> bool:
    """A word jieba's dictionary tags as a place (ns): 华东, 江南."""
    from extract import words

    _, tags = words._dictionary()
    return tags.get(word, "").startswith("ns")


def is_surname_only(name: str) -> bool:
    """杨 of 杨姓男子, 欧阳 alone: a surname standing for the person."""
    simplified = to_simplified(name)
    return simplified in default_lexicon().surnames.single or (
        simplified in default_lexicon().surnames.compound
    )


def _name_variant(site: NameSite, new_simplified: str, full: bool) -> Variant | None:
    article, old = site.article, site.name
    if site.english_surname:
        return _english_name_variant(site, new_simplified, full)
    new = in_script(new_simplified, article.script)
    if new in article.text or new in article.title or to_simplified(new) != new_simplified:
        return None
    if any(new in o or o in new for o in article.gold_names):
        return None

    def rewrite(text: str) -> str:
        return text.replace(old, new)

    if reads_otherwise(to_simplified(rewrite(article.text)), new_simplified):
        return None

    def fix(record: Record) -> Record:
        if record["name"] == new:
            return {**record, "name_simplified": new_simplified, "name_is_full": full}
        return record

    return make_variant("name", article, f"{old} -> {new}", rewrite, fix)


def reads_otherwise(text: str, name: str) -> bool:
    """Whether some occurrence of ``name`` in ``text`` can be read with its last character
    joining the next words (慎茂正在斐济: 慎茂 正在, or 慎茂正 在): the substitution is then
    ambiguous for a human reader too, and no variant is made of it."""
    import jieba

    from extract import words

    for match in re.finditer(re.escape(name), text):
        tail = text[match.end() - 1 : match.end() + 4]
        first = next(iter(jieba.cut(tail, HMM=False)), "")
        if len(first) > 1 and words.is_common_word(first):
            return True
    return False


def _english_name_variant(site: NameSite, new_simplified: str, full: bool) -> Variant | None:
    """Pinyin of the generated name; a surname-only case ("surnamed Chen") gets a surname."""
    article, old = site.article, site.name
    romanised = pinyin(new_simplified.replace("某", ""))
    if romanised is None:
        return None
    new_surname, _, new_given = romanised.partition(" ")
    # Left out: one-letter surnames (鄂 E: "E Chenwei" is not read as a name, a known limit)
    # and surnames spelled as a country word (劳 Lao, the adjective of Laos), ambiguous to a
    # reader too.
    if len(new_surname) < 2 or new_surname in _country_words():
        return None
    old_full = " " in old
    if old_full and (not full or len(new_given) < 2):
        return None
    new = romanised if old_full else new_surname
    if re.search(rf"\b{new_surname}\b", article.text) or new_surname == site.english_surname:
        return None
    assert site.english_surname is not None
    table = {site.english_surname: new_surname}
    if old_full:
        table[old] = new

    def rewrite(text: str) -> str:
        pattern = re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(table, key=len)[::-1])) + r")\b"
        )
        return pattern.sub(lambda m: table[m.group()], text)

    return make_variant("name", article, f"{old} -> {new}", rewrite)


@st.composite
def name_variants(draw: st.DrawFn) -> Variant:
    site = draw(st.sampled_from(name_sites()))
    new, full = draw(chinese_names(surname_only=is_surname_only(site.name)))
    variant = _name_variant(site, new, full)
    assume(variant is not None)
    assert variant is not None
    return variant


# --- Chinese cities ------------------------------------------------------------------------------


@cache
def prefecture_cities() -> dict[str, str]:
    """Short name -> full name of every prefecture-level city (柳州 -> 柳州市)."""
    source = resources.files("extract.lexicon").joinpath("china_places.json")
    data = json.loads(source.read_text("utf-8"))
    return {short_place_name(n): n for n in data["prefectures"] if n.endswith("市")}


@cache
def _place_terms() -> tuple[str, ...]:
    places = default_lexicon().china_places
    return tuple(places.major | places.all_full)


@dataclass(frozen=True)
class CitySite:
    article: Article
    cities: tuple[str, ...]  # short names of the prefecture-level cities named in the article


@cache
def pinyin_cities() -> dict[str, str]:
    """Pinyin of each prefecture-level city (丽水 -> Lishui) as English reports write it;
    cities whose pinyin is shared by another (泰州, 台州: Taizhou) are left out."""
    from pypinyin import lazy_pinyin

    table: dict[str, list[str]] = {}
    for short in prefecture_cities():
        table.setdefault("".join(lazy_pinyin(short)).capitalize(), []).append(short)
    return {word: shorts[0] for word, shorts in table.items() if len(shorts) == 1}


def _english_cities_in(article: Article) -> tuple[str, ...]:
    """Short names of the cities an English article names in pinyin (Maoming, Zibo)."""
    found = [
        pinyin_cities()[word]
        for word in re.findall(r"\b[A-Z][a-z]+\b", article.text)
        if word in pinyin_cities() and not any(word in n.split() for n in article.gold_names)
    ]
    return tuple(dict.fromkeys(found))


def _cities_in(article: Article) -> tuple[str, ...]:
    if article.language == "en":
        return _english_cities_in(article)
    text = to_simplified(article.text)
    names = [to_simplified(n) for n in article.gold_names]
    cities = prefecture_cities()
    found = []
    for _, _, term in leftmost_longest(text, _place_terms()):
        short = short_place_name(term) if term.endswith("市") else term
        if short in cities and not any(short in n for n in names):
            found.append(short)
    return tuple(dict.fromkeys(found))


@cache
def city_sites() -> tuple[CitySite, ...]:
    sites = []
    for article in articles():
        cities = _cities_in(article)
        if cities:
            sites.append(CitySite(article, cities))
    return tuple(sites)


def _city_variant(site: CitySite, targets: list[str]) -> Variant | None:
    article = site.article
    text = to_simplified(article.text + article.title)
    if len(set(targets)) != len(targets) or any(t in text for t in targets):
        return None
    if any(t in n or n in t for t in targets for n in map(to_simplified, article.gold_names)):
        return None
    if article.language == "en":
        return _english_city_variant(site, targets)
    table: dict[str, str] = {}
    for old, new in zip(site.cities, targets, strict=True):
        table.update({old: new, old + "市": new + "市"})
    rewrite = term_rewrite(table, _place_terms(), article.script)
    described = ", ".join(f"{o} -> {n}" for o, n in zip(site.cities, targets, strict=True))
    return make_variant("city", article, described, rewrite)


def _english_city_variant(site: CitySite, targets: list[str]) -> Variant | None:
    """The same in pinyin: Maoming -> Lishui, as whole words."""
    article = site.article
    by_city = {city: word for word, city in pinyin_cities().items()}
    if not all(t in by_city for t in targets):
        return None
    table = {by_city[o]: by_city[n] for o, n in zip(site.cities, targets, strict=True)}
    if any(re.search(rf"\b{new}\b", article.text + article.title) for new in table.values()):
        return None
    rewrite = term_rewrite(table)
    described = ", ".join(f"{o} -> {n}" for o, n in table.items())
    return make_variant("city", article, described, rewrite)


@st.composite
def city_variants(draw: st.DrawFn) -> Variant:
    site = draw(st.sampled_from(city_sites()))
    pool = sorted(prefecture_cities())
    targets = [draw(st.sampled_from(pool)) for _ in site.cities]
    variant = _city_variant(site, targets)
    assume(variant is not None)
    assert variant is not None
    return variant


# --- dates ---------------------------------------------------------------------------------------

_ZH_YEAR = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?=年|-[0-9]|[”」]|[）)〕\]])"
    r"|(?<=天网|天網|猎狐|獵狐)((?:19|20)[0-9]{2})(?![0-9])"
)
_EN_YEAR = re.compile(
    r"(?<![\d$,.])\b((?:19|20)\d{2})\b(?![,.]\d|\s*(?:million|billion|yuan|dollars|people|"
    r"fugitives|suspects|officials|cases|[%]))"
)
_CN_DIGITS = "〇一二三四五六七八九"
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})(?=年)")
_WEEKDAY = re.compile(
    r"周[一二三四五六日天]|星期|礼拜|禮拜|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_LEAP_DAY = re.compile(r"2月29日|Feb(?:ruary|\.)? 29|29 Feb")


def year_rewrite(language: str, shift: int) -> Rewrite:
    """Shift every year written in the text (Arabic or Chinese digits) by ``shift``."""
    pattern = _EN_YEAR if language == "en" else _ZH_YEAR

    def arabic(match: re.Match[str]) -> str:
        return str(int(match.group()) + shift)

    def chinese(match: re.Match[str]) -> str:
        digits = "".join(str(_CN_DIGITS.index(c if c != "零" else "〇")) for c in match.group())
        return "".join(_CN_DIGITS[int(d)] for d in str(int(digits) + shift))

    def rewrite(text: str) -> str:
        return _CN_YEAR.sub(chinese, pattern.sub(arabic, text))

    return rewrite


def shift_iso(value: str | None, shift: int) -> str | None:
    """2016-11-14 -> 2016+shift-11-14 (the partial forms too)."""
    if value is None:
        return None
    return str(int(value[:4]) + shift) + value[4:]


def same_calendar(year: int, other: int) -> bool:
    return calendar.isleap(year) == calendar.isleap(other) and calendar.weekday(
        year, 1, 1
    ) == calendar.weekday(other, 1, 1)


def allowed_shift(article: Article, shift: int) -> bool:
    """Weekdays (上周四, "on Tuesday") stay right only where the calendars agree; a leap day
    needs a leap year."""
    if shift == 0 or not article.published:
        return False
    year = int(article.published[:4])
    text = article.text + article.title
    if _WEEKDAY.search(text) and not all(same_calendar(y, y + shift) for y in (year - 1, year)):
        return False
    leap_day = _LEAP_DAY.search(text) or article.published[5:] == "02-29"
    return not (leap_day and shift % 4)


@cache
def date_articles() -> tuple[Article, ...]:
    """Articles with a publication date and a year written in them (full-width digits, which
    the shift does not rewrite, excluded)."""
    found = []
    for article in articles():
        if not article.published or re.search("[０-９]", article.text):
            continue
        if year_rewrite(article.language, 1)(article.text) != article.text:
            found.append(article)
    return tuple(found)


def _date_variant(article: Article, shift: int) -> Variant:
    rewrite = year_rewrite(article.language, shift)

    def fix(record: Record) -> Record:
        birth = record["birth_year"]
        return {
            **record,
            "return_date": shift_iso(record["return_date"], shift),
            "fled_date": shift_iso(record["fled_date"], shift),
            "birth_year": birth + shift if birth else birth,
            "published": shift_iso(record["published"], shift),
        }

    published = shift_iso(article.published, shift)
    return make_variant("date", article, f"years {shift:+d}", rewrite, fix, published=published)


@st.composite
def date_variants(draw: st.DrawFn) -> Variant:
    article = draw(st.sampled_from(date_articles()))
    shift = draw(st.one_of(st.integers(-25, 15), st.sampled_from([-28, 28])))
    assume(allowed_shift(article, shift))
    return _date_variant(article, shift)


# --- countries -----------------------------------------------------------------------------------


@cache
def un_members() -> frozenset[str]:
    data = json.loads((OWN_DATA / "un_members.json").read_text("utf-8"))
    return frozenset(data["members"])


@cache
def countries() -> dict[str, Country]:
    return {c.code: c for c in default_lexicon().countries}


@cache
def target_countries() -> tuple[str, ...]:
    """UN members the lexicon names (China is where fugitives return to, never a target)."""
    return tuple(sorted(code for code in countries() if code in un_members() and code != "CN"))


def _aliases(country: Country, language: str) -> list[str]:
    """The country's names in the language (in Chinese, its side too: 越方)."""
    return list(country.en + country.adj) if language == "en" else list(country.zh + country.side)


def _all_aliases(language: str) -> list[str]:
    terms = []
    for country in countries().values():
        terms += _aliases(country, language) + list(country.cities)
    return terms


@dataclass(frozen=True)
class CountrySite:
    article: Article
    code: str


def _country_hits(article: Article, language: str) -> list[tuple[int, int, str]]:
    text = to_simplified(article.text + "\n" + article.title)
    return leftmost_longest(text, [to_simplified(a) for a in _all_aliases(language)])


@cache
def country_sites() -> tuple[CountrySite, ...]:
    sites = []
    for article in articles():
        codes = {c for r in baseline(article) for c in r.fled_to}
        hits = {t for _, _, t in _country_hits(article, article.language)}
        for code in sorted(codes & un_members()):
            country = countries()[code]
            own = {to_simplified(a) for a in _aliases(country, article.language)}
            if {to_simplified(c) for c in country.cities} & hits or not own & hits:
                continue
            sites.append(CountrySite(article, code))
    return tuple(sites)


def _country_table(site: CountrySite, target: Country, draw_index: int) -> dict[str, str] | None:
    """Each alias of the old country -> a name of the new one (an adjective for an adjective)."""
    old = countries()[site.code]
    article = site.article
    if article.language == "en":
        if not target.en or (not target.adj and any(a in article.text for a in old.adj)):
            return None
        table = {a: target.en[draw_index % len(target.en)] for a in old.en}
        table.update({a: target.adj[draw_index % len(target.adj)] for a in old.adj if target.adj})
        return table
    # a name as the press of the article's script writes it (意大利 / 義大利, never 义大利)
    names = [z for z in target.zh if (to_simplified(z) == z) == (article.script != "traditional")]
    names = names or [in_script(target.zh[0], article.script)]
    table = {to_simplified(a): names[draw_index % len(names)] for a in old.zh}
    # the old country's side (越方) becomes the new one's, where the press names it so
    sides = [to_simplified(a) for a in old.side if to_simplified(a) in to_simplified(article.text)]
    if sides and not target.side:
        return None
    table.update({side: in_script(target.side[0], article.script) for side in sides})
    return table


def _country_variant(site: CountrySite, target_code: str, draw_index: int) -> Variant | None:
    article = site.article
    target = countries()[target_code]
    mentioned = {t for _, _, t in _country_hits(article, article.language)}
    if target_code in {c for r in baseline(article) for c in r.fled_to}:
        return None
    if {to_simplified(a) for a in _aliases(target, article.language) + list(target.cities)} & (
        mentioned
    ):
        return None
    table = _country_table(site, target, draw_index)
    if table is None:
        return None
    context = [to_simplified(a) for a in _all_aliases(article.language)]
    rewrite = term_rewrite(table, context)

    def fix(record: Record) -> Record:
        codes = [target_code if c == site.code else c for c in record["fled_to"]]
        return {**record, "fled_to": sorted(codes)}

    description = f"{site.code} -> {target_code} ({', '.join(sorted(set(table.values())))})"
    # a duration's evidence may end inside a longer name ("16 years in Republic")
    lenient = ["evidence:years_at_large"]
    return make_variant("country", article, description, rewrite, fix, ignore=lenient)


@st.composite
def country_variants(draw: st.DrawFn) -> Variant:
    site = draw(st.sampled_from(country_sites()))
    target = draw(st.sampled_from(target_countries()))
    variant = _country_variant(site, target, draw(st.integers(0, 3)))
    assume(variant is not None)
    assert variant is not None
    return variant


# --- crimes --------------------------------------------------------------------------------------

# English noun phrases per crime category, each one recognised by the lexicon's English
# patterns; a phrase is replaced only by another phrase of this table (so grammar holds).
EN_CRIME_PHRASES: dict[str, tuple[str, ...]] = {
    "embezzlement": ("embezzlement", "embezzling public funds"),
    "bribery": ("bribery", "taking bribes", "accepting bribes"),
    "bribe_giving": ("offering bribes", "bribe-giving"),
    "misappropriation": ("misappropriation of public funds", "misappropriating public funds"),
    "duty_encroachment": ("duty encroachment",),
    "fraud": ("fraud", "contract fraud"),
    "illegal_fundraising": ("illegal fundraising", "illegal deposit-taking"),
    "money_laundering": ("money laundering",),
    "abuse_of_power": ("abuse of power",),
    "dereliction": ("dereliction of duty",),
    "smuggling": ("smuggling",),
    "tax_crime": ("tax evasion",),
    "other": ("insider trading", "drug trafficking"),
}


def _literal(pattern: str) -> bool:
    return re.escape(pattern) == pattern or re.fullmatch(r"[\w\s-]+", pattern) is not None


@cache
def zh_crime_terms() -> dict[str, str]:
    """Literal Chinese crime term -> category (terms that are patterns are left out)."""
    table: dict[str, str] = {}
    for category, terms in default_lexicon().crimes_zh.items():
        for term in terms:
            if _literal(term) and to_simplified(term) == term:
                table.setdefault(term, category)
    return table


@cache
def en_crime_terms() -> dict[str, str]:
    return {p: c for c, phrases in EN_CRIME_PHRASES.items() for p in phrases}


def _crime_hits(article: Article) -> list[tuple[int, int, str, str]]:
    """Every crime occurrence (start, end, text, category), longest first, all patterns."""
    return crime_hits_in(article.text + "\n" + article.title, article.language)


def crime_hits_in(text: str, language: str) -> list[tuple[int, int, str, str]]:
    lex = default_lexicon()
    table = lex.crimes_en if language == "en" else lex.crimes_zh
    flags = re.IGNORECASE if language == "en" else 0
    text = to_simplified(text)
    hits = [
        (m.start(), m.end(), m.group(), category)
        for category, patterns in table.items()
        for pattern in patterns
        for m in re.finditer(pattern, text, flags)
    ]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str, str]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


@dataclass(frozen=True)
class CrimeSite:
    article: Article
    category: str
    term: str  # the one term (simplified) by which the article states this category


@cache
def crime_sites() -> tuple[CrimeSite, ...]:
    sites = []
    for article in articles():
        stated = {c for r in baseline(article) for c in r.alleged_crimes}
        hits = _crime_hits(article)
        literal = en_crime_terms() if article.language == "en" else zh_crime_terms()
        for category in sorted(stated):
            terms = {t for _, _, t, c in hits if c == category}
            if len(terms) == 1 and next(iter(terms)) in literal:
                sites.append(CrimeSite(article, category, next(iter(terms))))
    return tuple(sites)


def _crime_variant(site: CrimeSite, new_term: str) -> Variant | None:
    article = site.article
    literal = en_crime_terms() if article.language == "en" else zh_crime_terms()
    new_category = literal[new_term]
    hits = _crime_hits(article)
    if new_category == site.category or any(c == new_category for *_, c in hits):
        return None
    if any(new_category in r.alleged_crimes for r in baseline(article)):
        return None
    old = in_script(site.term, article.script)
    new = in_script(new_term, article.script)
    context = [t for _, _, t, _ in hits]
    rewrite = term_rewrite({site.term: new_term}, context, article.script)
    # the new term must read as itself, not start a longer term of another crime with the
    # words after it (贪污公款 -> 挪用特定款物公款 reads as 挪用…公款)
    after = crime_hits_in(rewrite(article.text + "\n" + article.title), article.language)
    if {c for *_, c in after} - {c for *_, c in hits if c != site.category} != {new_category}:
        return None

    def fix(record: Record) -> Record:
        crimes = [new_category if c == site.category else c for c in record["alleged_crimes"]]
        return {**record, "alleged_crimes": sorted(crimes)}

    description = f"{old} -> {new}"
    return make_variant(
        "crime", article, description, rewrite, fix, ignore=["evidence:alleged_crimes"]
    )


@st.composite
def crime_variants(draw: st.DrawFn) -> Variant:
    site = draw(st.sampled_from(crime_sites()))
    literal = en_crime_terms() if site.article.language == "en" else zh_crime_terms()
    variant = _crime_variant(site, draw(st.sampled_from(sorted(literal))))
    assume(variant is not None)
    assert variant is not None
    return variant


PROPERTIES: dict[str, Callable[[], st.SearchStrategy[Variant]]] = {
    "name": name_variants,
    "city": city_variants,
    "date": date_variants,
    "country": country_variants,
    "crime": crime_variants,
}


def describe(variant: Variant) -> str:
    return f"{variant.prop} {variant.article.id}: {variant.description}"


__all__ = ["PROPERTIES", "Variant", "check_variant", "describe"]
