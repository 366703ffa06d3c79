"""Pronunciation guides printed after characters by reprinting sites (回國(guó)投案)."""

from __future__ import annotations

from extract import Document, extract_cases
from extract.guides import without_guides


def test_guides_are_removed_and_every_character_keeps_its_origin() -> None:
    text = "外逃的楊進(jìn)軍回國(guó)投案（男，1960年生）。"
    cleaned, origin = without_guides(Document(id="t", text=text)) or (None, [])
    assert cleaned is not None and cleaned.text == "外逃的楊進軍回國投案（男，1960年生）。"
    assert len(origin) == len(cleaned.text) + 1
    assert all(cleaned.text[i] == text[origin[i]] for i in range(len(cleaned.text)))


def test_a_text_without_guides_is_left_alone() -> None:
    assert without_guides(Document(id="t", text="张某（男）从泰国(Thailand)回国投案。")) is None


def test_a_guided_article_yields_its_case_with_evidence_in_the_printed_text() -> None:
    text = (
        "2016年3月8日，潛(qián)逃加拿大(dà)九年的職(zhí)務犯罪嫌疑人宋立(lì)群回國(guó)投案自首。"
    )
    records = extract_cases(Document(id="t", text=text, published="2016-03-10"))
    assert [(r.name, r.return_date, r.fled_to, r.method) for r in records] == [
        ("宋立群", "2016-03-08", ["CA"], "surrendered")
    ]
    for evidence in records[0].evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    name = next(e for e in records[0].evidence if e.field == "name")
    assert name.text == "宋立(lì)群"


def test_the_scorer_matches_a_label_copied_with_its_guides() -> None:
    """A gold name copied as printed (楊進(jìn)軍) is the record's 楊進軍."""
    from extract.evaluate import evaluate

    text = "2016年11月16日，潛逃美國十三年的楊進(jìn)軍回國(guó)投案自首。"
    gold = {
        "id": "g",
        "text": text,
        "published": "2017-01-01",
        "cases": [
            {
                "name": "楊進(jìn)軍",
                "name_is_full": True,
                "return_date": "2016-11-16",
                "fled_to": ["US"],
                "method": "surrendered",
                "alleged_crimes": [],
                "years_at_large": 13,
                "red_notice": False,
                "former_position": None,
                "coercion": [],
                "evidence": text,
            }
        ],
    }
    metrics = evaluate([gold]).metrics()
    assert (metrics["case_f1"], metrics["record_f1"]) == (1.0, 1.0)
