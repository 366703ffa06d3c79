"""The lexicon usage report (bench/lexicon_usage.py) judges where an entry may act on the text
the extraction reads: a simplified pattern acts on a page written in traditional script."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from extract import Document

BENCH = Path(__file__).resolve().parent.parent / "bench" / "lexicon_usage.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lexicon_usage", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["lexicon_usage"] = module
    spec.loader.exec_module(module)
    return module


def test_a_simplified_pattern_may_act_on_a_traditional_page() -> None:
    can_match = _module().can_match
    page = Document(id="t", text="5月28日，緬甸警方把甲移交雲南省西雙版納公安機關。")
    assert can_match("移交[^，。；]{1,16}?(?:省|市)[^，。；]{0,8}?公安机关", page)
    assert not can_match("押解回国", page)


def test_a_pattern_with_a_placeholder_may_act_where_its_list_does() -> None:
    """{cn_place} and {kin} are filled in as the lexicon fills them, in the list's language: a
    placeholder left as written would match no text and hide the entry's use."""
    can_match = _module().can_match
    page = Document(id="t", text="外逃老挝的邓志华被专案组民警带回临沧。办案民警做其妻子的工作。")
    assert can_match("被[^，。；]{0,10}带回了?{cn_place}", page, "zh.captured")
    assert not can_match("被[^，。；]{0,10}带回了?{cn_place}", page, "")
    assert can_match("做其{kin}", page, "persuasion_told.zh")


def test_a_trial_of_names_json_reaches_the_name_cues_and_is_undone() -> None:
    """names.json is read by extract.lexicon.name_cues: a trial without an entry must reach it
    (else every names.json entry would look unused), and the lexicon is restored after."""
    module = _module()
    from extract.lexicon import reading

    page = Document(id="t", text="外逃美国的张家日前回国投案。", published="2020-01-01")
    trial = reading._read("names.json", None)
    trial["not_single_given"] = [c for c in trial["not_single_given"] if c != "家"]
    assert module.outputs([page]) == ["[]"]
    [with_trial] = module.outputs_with("names.json", trial, [page])
    assert '"name": "张家"' in with_trial.replace("\\u5f20\\u5bb6", "张家")
    assert module.outputs([page]) == ["[]"]
