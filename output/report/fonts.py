"""Finding a font with Chinese characters through matplotlib's font manager.

The charts draw their text as outlines, so a chart holding a Chinese word needs a CJK font at
the time it is made; the HTML report names the same font first in its styles so that names in
the tables are set in it. The font manager's cache is made once per installation, so a font
installed later is looked for among the system's font files as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matplotlib import font_manager

# Families with CJK coverage, best first; then any family whose name says CJK.
PREFERRED = (
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "Noto Serif CJK SC",
    "AR PL UMing CN",
)
_CJK_FILE = re.compile(r"cjk|wqy|wenquanyi|droidsansfallback|sourcehan|uming|ukai", re.I)


@dataclass(frozen=True)
class CjkFont:
    family: str | None  # None: no font with CJK coverage was found
    path: str | None

    @property
    def note(self) -> str:
        if self.family:
            return f"{self.family} ({Path(self.path or '').name})"
        return "none found (looked for " + ", ".join(PREFERRED[:6]) + "): install fonts-noto-cjk"


def _known() -> dict[str, str]:
    """Family name -> file of every font the manager knows (the regular weight when there is
    one)."""
    known: dict[str, str] = {}
    for f in font_manager.fontManager.ttflist:
        if f.name not in known or (f.weight in (400, "normal") and f.style == "normal"):
            known[f.name] = f.fname
    return known


def _add_system_cjk_files() -> None:
    """Register CJK font files installed after the manager's cache was made."""
    known = set(_known().values())
    for path in font_manager.findSystemFonts():
        if _CJK_FILE.search(Path(path).name) and path not in known:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # an unreadable file is no font: look at the next


def _pick(known: dict[str, str]) -> CjkFont | None:
    for family in PREFERRED:
        if family in known:
            return CjkFont(family, known[family])
    for family, path in sorted(known.items()):
        if "CJK" in family:
            return CjkFont(family, path)
    return None


@cache
def cjk_font() -> CjkFont:
    """The CJK font the charts use (looked for once per process)."""
    found = _pick(_known())
    if found is None:
        _add_system_cjk_files()
        found = _pick(_known())
    return found or CjkFont(None, None)
