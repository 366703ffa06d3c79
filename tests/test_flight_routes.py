"""Every country a person fled to or lived in before the return, where a report tells the
route in words beyond 'fled to': asylum sought in turn, a trip abroad never followed by a
return, a list that ends 'and finally'. Sentences written for these tests in the style of
the real reports the mechanisms were learned from (no sentence of a real article)."""

from __future__ import annotations

from extract import Document, extract_cases


def _places(text: str, published: str = "2019-06-14") -> list[tuple[str, list[str]]]:
    records = extract_cases(Document(id="t", text=text, published=published))
    return [(r.name, r.fled_to) for r in records]


def test_asylum_sought_in_turn_names_every_country_of_the_route() -> None:
    text = (
        "BEIJING - A former bank clerk accused of embezzlement has been extradited to China "
        "from Canada, the Ministry of Public Security said on Thursday.\n"
        "Tan Wenli left China in May 2004 and sought asylum first in Belgium, then Denmark "
        "and finally Canada.\n"
        "She was extradited from Canada on Wednesday."
    )
    assert _places(text) == [("Tan Wenli", ["CA", "BE", "DK"])]


def test_a_list_of_countries_that_goes_on_past_a_comma_with_and_finally() -> None:
    text = (
        "Police said Gao Minjie was brought back from Japan on Monday. "
        "Gao fled in 2012 to Kenya, then Brazil, and finally Chile."
    )
    assert _places(text) == [("Gao Minjie", ["JP", "KE", "BR", "CL"])]


def test_a_trip_abroad_never_followed_by_a_return_is_a_country_of_flight() -> None:
    text = (
        "The suspect, Ou Jiaming, failed to return after travelling to Cyprus with his family "
        "in April 2016.\n"
        "Ou was extradited from Greece on Thursday, police said."
    )
    assert _places(text) == [("Ou Jiaming", ["GR", "CY"])]


def test_zh_went_abroad_and_never_came_back() -> None:
    text = (
        "2016年3月，某公司实际控制人邹某和家人去了塞尔维亚，此后一直未归。"
        "今年5月8日，邹某在匈牙利布达佩斯机场被当地警方依法扣押，随后被引渡回国。"
    )
    assert _places(text) == [("邹某", ["HU", "RS"])]


def test_countries_where_many_of_a_listed_group_live_are_not_the_persons() -> None:
    text = (
        "Pan Yuwen, number 34 on a list of 100 most wanted suspects, was repatriated from "
        "Peru on Friday, the commission said.\n"
        "China published the list last year, and many of them are living in Australia, New "
        "Zealand and Canada."
    )
    assert _places(text) == [("Pan Yuwen", ["PE"])]
