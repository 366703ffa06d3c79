"""The gloss lexicon (extract/lexicon/glosses.json) is well-formed and covers every code and
every literal term of the method, tactic and crime lexicons; a broken file fails loudly; the
glosses cut an evidence text into terms; the case page shows them beside the evidence."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from store_samples import CCDI_URL, case_of, fill

from extract.glosses import GlossPart, gloss_parts, glossed_terms
from extract.lexicon import LexiconError
from extract.lexicon.glosses import load_glosses
from extract.record import COERCIONS, CRIMES, METHODS
from output.review import create_app
from output.store import open_store

LEXICON_DIR = Path(str(resources.files("extract.lexicon")))
_LITERAL = re.compile(r"[\u3400-\u9fff]+")


def test_every_code_has_glossed_terms() -> None:
    glosses = load_glosses()
    assert set(glosses.codes["method"]) == set(METHODS)
    assert set(glosses.codes["coercion"]) == set(COERCIONS)
    assert set(glosses.codes["alleged_crimes"]) == set(CRIMES)
    for section in glosses.codes.values():
        for code, terms in section.items():
            assert terms, code
            assert all(glosses.terms[t] for t in terms)
    assert glosses.terms["劝返"] == "persuaded to return"
    assert glosses.terms["红色通缉令"] == "Interpol Red Notice"
    assert glosses.terms["挪用公款"] == "misappropriation of public funds"


@pytest.mark.parametrize(
    ("name", "section"),
    [("triggers.json", "zh"), ("coercion.json", "zh"), ("crimes.json", "zh")],
)
def test_every_literal_lexicon_term_carries_a_gloss(name: str, section: str) -> None:
    """A word the extraction matches literally (not a pattern) can always be explained."""
    data = json.loads((LEXICON_DIR / name).read_text("utf-8"))[section]
    missing = [
        term
        for terms in data.values()
        for item in terms
        for term in [item if isinstance(item, str) else item["pattern"]]
        if _LITERAL.fullmatch(term) and not glossed_terms(term)
    ]
    assert missing == []


def _broken(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    data = json.loads((target / "glosses.json").read_text("utf-8"))
    edit(data)
    (target / "glosses.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return target


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["method"].pop("deported"),
            r"glosses\.json\.method: no gloss for code 'deported'",
        ),
        (
            lambda d: d["coercion"].update({"bribes": {"收买": "buying off"}}),
            r"glosses\.json\.coercion: unknown code 'bribes'",
        ),
        (
            lambda d: d["alleged_crimes"]["fraud"].update({"fraud": "fraud"}),
            r"glosses\.json\.alleged_crimes\.fraud: term 'fraud' is not a Chinese word",
        ),
        (
            lambda d: d["general"].update({"外逃": ""}),
            r"glosses\.json\.general\.外逃: gloss '' is not plain English text",
        ),
        (
            lambda d: d["general"].update({"劝返": "brought back"}),
            r"glosses\.json\.general\.劝返: glossed twice \('persuaded to return' and 'brought back'\)",
        ),
        (
            lambda d: d["alleged_crimes"].update({"smuggling": {}}),
            r"smuggling: expected a non-empty",
        ),
    ],
)
def test_broken_gloss_file_is_refused(
    tmp_path: Path, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(LexiconError, match=message):
        load_glosses(_broken(tmp_path, edit))


def test_gloss_parts_cut_the_text_longest_term_first() -> None:
    text = "经做通思想工作，王某回国投案自首"
    parts = gloss_parts(text)
    assert parts == [
        GlossPart("经"),
        GlossPart("做通思想工作", "persuaded through ideological work"),
        GlossPart("，王某"),
        GlossPart("回国投案", "return to China and turn oneself in"),
        GlossPart("自首", "surrender, confess voluntarily"),
    ]
    assert "".join(p.text for p in parts) == text
    assert glossed_terms("涉嫌挪用公款罪，涉嫌挪用公款") == [
        ("涉嫌", "suspected of"),
        ("挪用公款", "misappropriation of public funds"),
    ]
    assert gloss_parts("returned from Canada") == [GlossPart("returned from Canada")]
    # A traditional-script source is glossed as it printed.
    assert gloss_parts("經勸返後，於去年回國") == [
        GlossPart("經"),
        GlossPart("勸返", "persuaded to return"),
        GlossPart("後，於去年"),
        GlossPart("回國", "return to China"),
    ]
    assert gloss_parts("") == []


def test_case_page_glosses_the_terms_behind_method_tactic_and_crime(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        fill(store)
        case_id = case_of(store, CCDI_URL)["id"]
    page = create_app(db).test_client().get(f"/case/{case_id}").get_data(as_text=True)
    rows = {
        name: page[page.index(f'id="field-{name}"') :].split("</tr>", 1)[0]
        for name in ("method", "coercion", "alleged_crimes", "name")
    }
    assert '<abbr title="return to China and turn oneself in">回国投案</abbr>' in rows["method"]
    assert (
        '<abbr title="mobilize, urge">动员</abbr>其<abbr title="persuasion by relatives">'
        "亲属规劝</abbr>陈立文早日" in rows["coercion"]
    )
    assert (
        '<span class="gloss-term" lang="zh">亲属规劝</span> persuasion by relatives'
        in (rows["coercion"])
    )
    assert '<abbr title="the crime of taking bribes">受贿罪</abbr>' in rows["alleged_crimes"]
    # The source sentence of a glossed field has its terms marked too.
    assert (
        '<td class="sentence" lang="zh">陈立文，男，1963年5月出生，原宁波市国土资源局局长，'
        '<abbr title="suspected of">涉嫌</abbr><abbr title="the crime of taking bribes">受贿罪</abbr>'
        '，2013年4月<abbr title="fled abroad">外逃</abbr>。</td>' in rows["alleged_crimes"]
    )
    assert "<abbr" not in rows["name"]
