"""The English patterns that tell a side role from the returnee read the one kinship list
(kinship.json) and the one list of English titles of office (names.json `officials_en`), not
lists of their own: a word of either list counts wherever such a role is read."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from extract.api import extract_cases
from extract.document import Document
from extract.lexicon import LexiconError, default_lexicon, load_lexicon
from extract.side_roles import quoted_aside


def _aside(text: str, name: str) -> bool:
    start = text.index(name)
    return quoted_aside(text, (start, start + len(name)))


@pytest.mark.parametrize("title", ["prosecutor", "judge", "investigator", "senator", "official"])
def test_a_speaker_set_off_by_any_title_of_the_list_is_a_side_role(title: str) -> None:
    text = (
        "Serik Baimukhan was deported to China on March 3. "
        f"The {title}, Aigul Nurova, 52, said the order was lawful."
    )
    assert title in default_lexicon().names.officials_en
    assert _aside(text, "Aigul Nurova")


def test_an_office_held_now_before_the_name_is_a_side_role_a_former_one_is_not() -> None:
    now = "Almaty detective Aigul Nurova, 52, said the order was lawful."
    former = "Former police detective Aigul Nurova, 52, said she had been deported."
    assert _aside(now, "Aigul Nurova")
    assert not _aside(former, "Aigul Nurova")


def test_a_speaker_telling_of_any_relative_of_the_kinship_list_is_no_returnee() -> None:
    assert "uncle" in default_lexicon().kinship["en"]
    told = "Nurlan Bekov, 34, told reporters that his uncle had been deported to China in May."
    own = "Nurlan Bekov, 34, told reporters that he had been deported from Kazakhstan in May."
    doc = Document(id="t", text=told, published="2019-06-01")
    assert extract_cases(doc) == []
    records = extract_cases(Document(id="t", text=own, published="2019-06-01"))
    assert [(r.name, r.method, r.return_date, r.fled_to) for r in records] == [
        ("Nurlan Bekov", "deported", "2019-05", ["KZ"])
    ]


def test_officials_en_posts_must_be_titles_of_the_list(tmp_path: Path) -> None:
    source = Path(str(resources.files("extract.lexicon")))
    target = tmp_path / "lexicon"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    data = json.loads((target / "names.json").read_text("utf-8"))
    data["officials_en_posts"].append("cook")
    (target / "names.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(LexiconError, match=r"officials_en_posts: \['cook'\] are not in"):
        load_lexicon(target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Qian Bo of Lishui, who vanished in 2016 and surfaced in Indonesia, was "
            "deported to China on Monday.",
            [("Qian Bo", "deported", ["ID"])],
        ),
        (
            "Lishui mayor Qian Bo was deported from Indonesia to China on Monday.",
            [("Qian Bo", "deported", ["ID"])],
        ),
        (
            "Qiao Nan, a customs inspector, fled to Vietnam in 2016 and was deported on May 3.",
            [("Qiao Nan", "deported", ["VN"])],
        ),
        (
            "Cheng Lihua, the mayor who fled to Canada in 2014, was repatriated on May 3.",
            [("Cheng Lihua", "deported", ["CA"])],
        ),
        # a title the case's officers hold: the speaker stays an official
        (
            "Wang Fang was deported from the United States on May 2. Inspector Chen Ming of the "
            "provincial police said Wang had been on the run for eight years.",
            [("Wang Fang", "deported", ["US"])],
        ),
    ],
)
def test_a_title_that_is_the_fugitives_own_post_keeps_them_a_case(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.method, r.fled_to) for r in records] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director Sha Li of a state firm, who fled to New Zealand in 2014, was extradited in "
            "August 2018.",
            [("Sha Li", "extradited", ["NZ"])],
        ),
        (
            "Mayor Sha Li of a small city in Hebei was extradited from New Zealand in August 2018.",
            [("Sha Li", "extradited", ["NZ"])],
        ),
        # an officer who came back with the suspect stays an officer
        (
            "Police officer Wen Kai returned from Manila on May 2, 2018 with fugitive Hu Wen, who "
            "was deported for fraud.",
            [("Hu Wen", "deported", ["PH"])],
        ),
        (
            "Judge Li Fang, who fled the courtroom to escape reporters, said Wang Gang was "
            "deported from Laos on May 2.",
            [("Wang Gang", "deported", ["LA"])],
        ),
    ],
)
def test_a_post_with_its_employer_and_an_officer_back_with_the_suspect(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    records = extract_cases(Document(id="t", text=text, published="2019-05-10"))
    assert [(r.name, r.method, r.fled_to) for r in records] == expected
