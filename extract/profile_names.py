"""Names confirmed by a profile line (NAME，男，… / 该男子为NAME，五十四岁): the one place a
name is known by the line that describes it, whatever its characters read as elsewhere."""

from __future__ import annotations

from extract.lexicon import Lexicon, default_lexicon
from extract.names import _zh_patterns, is_plausible_zh_name


def profile_names(norm: str) -> set[str]:
    """Names confirmed by a profile line (NAME，男，… / 该男子为NAME，五十四岁)."""
    lex = default_lexicon()
    found = set()
    for match in _zh_patterns().profile.finditer(norm):
        name = _trim_to_name(match.group(1) or match.group(2), lex)
        if name:
            found.add(name)
    return found


def _trim_to_name(chunk: str, lex: Lexicon) -> str | None:
    """The longest plausible name that ends the chunk (a profile may start with a descriptor)."""
    sizes = (4, 3, 2) if chunk[-4:-2] in lex.surnames.compound else (3, 2, 4)  # 该男子为南宫康琳
    for size in sizes:
        if len(chunk) >= size and is_plausible_zh_name(chunk[-size:], lex, profile=True):
            return chunk[-size:]
    return None
