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
