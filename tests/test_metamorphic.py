"""Metamorphic properties of the extraction (part of the quality gate).

Each property rewrites a labelled article in one respect (tests/metamorphic.py) and requires
the records to change exactly as the rewrite says. CI runs a fixed, modest set of examples
(``derandomize``: the same ones every run, so a failure is a regression, not bad luck);
``bench/bench_metamorphic.py --examples N`` runs many more and counts the failures.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.lexicon import default_lexicon
from extract.record import CaseRecord
from tests import metamorphic as mm

# Per property: the five together take about 30 s on the shared 2-core machine.
CI_SETTINGS = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _holds(variant: mm.Variant) -> None:
    problems = mm.check_variant(variant)
    assert not problems, mm.describe(variant) + "\n" + "\n".join(problems)


@CI_SETTINGS
@given(mm.name_variants())
def test_a_new_name_is_the_records_name(variant: mm.Variant) -> None:
    _holds(variant)


@CI_SETTINGS
@given(mm.city_variants())
def test_another_city_changes_only_the_city(variant: mm.Variant) -> None:
    _holds(variant)


@CI_SETTINGS
@given(mm.date_variants())
def test_shifted_years_shift_every_date(variant: mm.Variant) -> None:
    _holds(variant)


@CI_SETTINGS
@given(mm.country_variants())
def test_another_country_changes_fled_to(variant: mm.Variant) -> None:
    _holds(variant)


@CI_SETTINGS
@given(mm.crime_variants())
def test_another_crime_changes_alleged_crimes(variant: mm.Variant) -> None:
    _holds(variant)


# --- the generators themselves: a broken generator must not silently test nothing ----------


@pytest.mark.parametrize(
    ("sites", "least"),
    [
        (mm.name_sites, 200),
        (mm.city_sites, 90),
        (mm.date_articles, 120),
        (mm.country_sites, 150),
        (mm.crime_sites, 150),
    ],
)
def test_every_property_has_many_sites(sites: object, least: int) -> None:
    assert callable(sites)
    assert len(sites()) >= least


def test_every_un_member_but_china_is_a_target() -> None:
    members = mm.un_members()
    assert len(members) == 193
    named = {c.code for c in default_lexicon().countries}
    assert set(mm.target_countries()) == (members & named) - {"CN"}


def test_the_year_shift_leaves_durations_and_amounts() -> None:
    text = "外逃13年，2003年8月外逃，“天网2017”行动，骗取2000万元，二〇一二年三月出逃。"
    assert mm.year_rewrite("zh", 2)(text) == (
        "外逃13年，2005年8月外逃，“天网2019”行动，骗取2000万元，二〇一四年三月出逃。"
    )
    english = "fled in 2006 with 2,000 yuan and 1990 million, Sky Net 2019"
    assert mm.year_rewrite("en", -1)(english) == (
        "fled in 2005 with 2,000 yuan and 1990 million, Sky Net 2018"
    )


def test_the_shift_keeps_weekdays_where_the_article_has_them() -> None:
    article = next(a for a in mm.articles() if "上周" in a.text)
    year = int(article.published[:4]) if article.published else 0
    assert not mm.allowed_shift(article, 1) or mm.same_calendar(year, year + 1)
    assert mm.allowed_shift(article, 28)


def test_a_whole_term_is_replaced_never_a_part_of_a_longer_one() -> None:
    rewrite = mm.term_rewrite({"苏丹": "泰国"}, ["南苏丹"])
    assert rewrite("逃往南苏丹，后到苏丹") == "逃往南苏丹，后到泰国"


@given(st.sampled_from(["柳州", "贺州市", "泰国", "Thailand", "公安局", "纪委监委", "信任"]))
def test_the_invariant_refuses_places_countries_bodies_and_words(name: str) -> None:
    record = CaseRecord(
        document_id="x", source_url=None, language="zh", name=name,
        name_simplified=name, name_pinyin=None, name_is_full=True,
    )  # fmt: skip
    assert mm.non_person(record)


def test_the_invariant_accepts_names() -> None:
    for name in ("庞树勋", "王某某", "欧阳卫东", "Xue Dongping"):
        record = CaseRecord(
            document_id="x", source_url=None, language="zh", name=name,
            name_simplified=name, name_pinyin=None, name_is_full=True,
        )  # fmt: skip
        assert mm.non_person(record) is None, name
