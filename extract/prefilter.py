"""Literal prefilters for slow regular expressions: the words a match cannot do without.

Python's ``re`` tries every alternative of a pattern at every position of the text: a pattern
that opens with a gap (``[^，。；]{0,12}(?:犯罪)?嫌疑人``) or ignores case cannot skip a position
by its first character. Most sentences hold none of the words such a pattern needs (嫌疑,
"suspect"), and finding the words a sentence holds is one fast scan. ``Requirement`` reads the
words off the parsed pattern; ``WordFinder`` lists those a span holds; a pattern (or an
alternative of one, ``PrunedAlternation``) whose words are absent cannot match in the span and
is not run there, which changes no match.

The parse tree is ``re._parser``'s. Anything the reading does not know (a new opcode, a flag
changed inside the pattern, a non-ASCII word in a pattern that ignores case) counts as
requiring nothing: the prefilter then lets the pattern run, as without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

from extract.alternation import literal_alternation

# A conjunction of clauses, each a set of words of which one must occur in the match. None
# required (an empty tuple) lets the pattern run everywhere.
Clauses = tuple[frozenset[str], ...]

# Clauses kept per pattern: more would only repeat what the best ones already rule out.
_MAX_CLAUSES = 2

# The only characters beyond ASCII that ``re.IGNORECASE`` matches to an ASCII letter (found by
# matching [a-z] against every code point): a span is mapped through this table and lowered
# before its words are looked for, so that no match the pattern can make is missed.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_LITERAL = sre_parse.LITERAL
_IN = sre_parse.IN
_BRANCH = sre_parse.BRANCH
_SUBPATTERN = sre_parse.SUBPATTERN
_ASSERT = sre_parse.ASSERT
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT)


def _score(clause: frozenset[str]) -> tuple[int, int]:
    """Longer words are rarer; fewer words are fewer chances to pass."""
    return min(map(len, clause)), -len(clause)


def _telling(clause: frozenset[str]) -> bool:
    """A clause that a space or a comma meets is met by every sentence: it only slows the scan."""
    return not any(w.isspace() or (len(w) == 1 and w.isascii() and not w.isalnum()) for w in clause)


def _trimmed(clause: frozenset[str]) -> frozenset[str]:
    """The words without the spaces at their ends (" back " holds "back"): a space would make
    the scan stop at every space of a sentence."""
    return frozenset(w.strip() for w in clause)


def _best(clauses: list[frozenset[str]]) -> Clauses:
    telling = [t for t in map(_trimmed, clauses) if all(t) and _telling(t)]
    return tuple(sorted(telling, key=_score, reverse=True)[:_MAX_CLAUSES])


def _char_set(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a class made of single characters only ([“「]), else None."""
    if not items or any(op is not _LITERAL for op, _ in items):
        return None
    return frozenset(chr(code) for _, code in items)


def _sequence(items: Any) -> Clauses:
    """The clauses of a sequence: its literal runs, and the elements a match must pass."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:
            clauses.append(frozenset({"".join(run)}))
            run = []
        clauses.extend(_element(op, av))
    if run:
        clauses.append(frozenset({"".join(run)}))
    return _best(clauses)


def _element(op: Any, av: Any) -> Clauses:
    """The clauses one element imposes (none for lookbehinds, open classes, optional parts)."""
    if op is _IN:
        chars = _char_set(av)
        return (chars,) if chars else ()
    if op in _REPEATS:
        low, _, sub = av
        return _sequence(sub) if low >= 1 else ()
    if op is _SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return () if add_flags or del_flags else _sequence(sub)
    if op is _BRANCH:
        return _branch(av[1])
    if op is _ASSERT and av[0] == 1:  # a lookahead reads the span too (endpos ends it)
        return _sequence(av[1])
    return ()


def _branch(alternatives: list[Any]) -> Clauses:
    """One clause for an alternation: the best clause of each alternative, joined."""
    words: set[str] = set()
    for alternative in alternatives:
        clauses = _sequence(alternative)
        if not clauses:
            return ()
        words |= clauses[0]
    return (frozenset(words),)


class Requirement:
    """The words any match of a pattern holds. A pattern that ignores case keeps only its
    ASCII words, lowered (``WordFinder`` lowers the text the same way)."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.ignorecase = bool(re.compile(source, flags).flags & re.IGNORECASE)
        try:
            clauses = _sequence(sre_parse.parse(source, flags))
        except (re.error, TypeError, ValueError):  # pragma: no cover - compiled just above
            clauses = ()
        if self.ignorecase:
            clauses = tuple(
                frozenset(w.lower() for w in c) for c in clauses if all(map(str.isascii, c))
            )
        self.clauses = clauses

    @property
    def words(self) -> frozenset[str]:
        return frozenset().union(*self.clauses)


class WordFinder:
    """The words of some requirements that a span holds, found in one scan of the span, as a
    bit mask (a bit per word): a mask names the alternatives or patterns to run, and the few
    masks the texts give are remembered with what they select."""

    def __init__(self, words: Iterable[str], ignorecase: bool = False) -> None:
        """``words`` are looked for as they are (a span holds a word where ``word in span``),
        or, with ``ignorecase``, lowered ASCII words in the span lowered (see _ASCII_FOLD)."""
        words = sorted(frozenset(words) - {""}, key=len)
        self.ignorecase = ignorecase
        self._bits = {w: 1 << i for i, w in enumerate(words)}
        # the longest word found at a position stands for every word that begins it
        self._found = {w: sum(b for p, b in self._bits.items() if w.startswith(p)) for w in words}
        first = "".join(sorted({re.escape(w[0]) for w in words}))
        # Each position that opens a word, and the longest word there: a first character
        # consumed, then the word read from it (a look-ahead inside a one-character
        # look-behind). Opening on the class lets the engine skip to the next candidate in C;
        # a pattern opening on a look-ahead is tried at every position.
        self._scan = (
            re.compile(f"[{first}](?<=(?=({literal_alternation(words)}))(?s:.))") if words else None
        )

    @classmethod
    def of(cls, requirements: Iterable[Requirement], ignorecase: bool) -> WordFinder:
        """A finder of every word of the requirements."""
        return cls(frozenset().union(*(r.words for r in requirements)), ignorecase)

    def mask(self, words: Iterable[str]) -> int:
        """The bits of the words (a span's mask shares one when it holds one of them)."""
        return sum(self._bits.get(w, 0) for w in frozenset(words))

    def clause_masks(self, requirement: Requirement) -> tuple[int, ...]:
        """The requirement's clauses as masks: each must share a bit with a span's mask."""
        return tuple(self.mask(clause) for clause in requirement.clauses)

    def present(self, text: str, start: int, end: int) -> int:
        """The mask of the words inside ``text[start:end]`` (lowered where patterns ignore case)."""
        if self._scan is None:
            return 0
        if self.ignorecase:
            found = self._scan.findall(text[start:end].translate(_ASCII_FOLD).lower())
        else:
            found = self._scan.findall(text, start, end)
        mask = 0
        for word in set(found):
            mask |= self._found[word]
        return mask


def _met(clauses: tuple[int, ...], mask: int) -> bool:
    return all(clause & mask for clause in clauses)


# Masks remembered per pattern family before the memory starts over (a hostile text could
# make many; the texts seen give a few dozen).
_MAX_MASKS = 4096

Code = TypeVar("Code")


def _remember(memory: dict[Any, Any], key: Any, value: Any) -> None:
    if len(memory) >= _MAX_MASKS:
        memory.clear()
    memory[key] = value


class PrunedAlternation:
    """An alternation searched, span by span, with only the alternatives whose words the span
    holds, each precompiled on its own: no pattern is built per set of alternatives (a run of
    new documents meets hundreds of sets, most only a few times, and building a pattern of
    the Chinese triggers takes milliseconds)."""

    def __init__(self, alternatives: list[str], flags: int = 0) -> None:
        self.alternatives = alternatives
        self.whole = re.compile("|".join(alternatives), flags)
        self.flags = self.whole.flags
        self.requirements = [Requirement(a, flags) for a in alternatives]
        self.finder = WordFinder.of(self.requirements, bool(self.flags & re.IGNORECASE))
        self._clauses = [self.finder.clause_masks(r) for r in self.requirements]
        self._each = [re.compile(a, self.flags) for a in alternatives]
        # an empty match would make finditer step on by itself: spans() then uses the whole
        self._never_empty = all(sre_parse.parse(a, flags).getwidth()[0] > 0 for a in alternatives)
        self._kept: dict[int, tuple[int, ...]] = {}

    def kept(self, text: str, start: int, end: int) -> tuple[int, ...]:
        """The indices of the alternatives whose words ``text[start:end]`` holds."""
        mask = self.finder.present(text, start, end)
        kept = self._kept.get(mask)
        if kept is None:
            kept = tuple(i for i, c in enumerate(self._clauses) if _met(c, mask))
            _remember(self._kept, mask, kept)
        return kept

    def found(self, text: str, start: int, end: int) -> bool:
        """Whether the whole pattern matches in ``text[start:end]``: whether one of the
        alternatives that may match there does."""
        return any(self._each[i].search(text, start, end) for i in self.kept(text, start, end))

    def every_span(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The bounds of every alternative's own ``finditer`` matches, overlaps kept (contexts
        that overlap each reach their own words)."""
        return sorted(
            m.span()
            for i in self.kept(text, start, end)
            for m in self._each[i].finditer(text, start, end)
        )

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The bounds of the whole pattern's ``finditer`` matches in ``text[start:end]``."""
        return [m.span() for m in self.matches(text, start, end)]

    def matches(
        self, text: str, start: int, end: int, kept: tuple[int, ...] | None = None
    ) -> list[re.Match[str]]:
        """The whole pattern's ``finditer`` matches in ``text[start:end]`` (as the alternatives'
        own matches: the same bounds and text): from each position, the leftmost of the
        alternatives' next matches, the earlier alternative on a tie (as ``a|b`` tries them at a
        position), the search going on at its end. ``kept``: the alternatives that may match
        there, when the caller has them (``kept`` of this span or of one holding it)."""
        if not self._never_empty:
            return list(self.whole.finditer(text, start, end))
        kept = self.kept(text, start, end) if kept is None else kept
        each = [self._each[i] for i in kept]
        ahead = [p.search(text, start, end) for p in each]
        found: list[re.Match[str]] = []
        while pending := [(m.start(), k, m) for k, m in enumerate(ahead) if m is not None]:
            match = min(pending, key=lambda item: item[:2])[2]
            found.append(match)
            at = match.end()
            ahead = [
                m if m is None or m.start() >= at else each[k].search(text, at, end)
                for k, m in enumerate(ahead)
            ]
        return found

    def first(self, text: str, start: int, end: int, kept: tuple[int, ...]) -> re.Match[str] | None:
        """The whole pattern's ``search`` in ``text[start:end]``, among the ``kept``
        alternatives (those of a span holding this one): the leftmost of their matches, the
        earlier alternative on a tie."""
        if not self._never_empty:
            return self.whole.search(text, start, end)
        best = None
        for i in kept:
            match = self._each[i].search(text, start, end)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best


class PatternTable(Generic[Code]):
    """Patterns searched one after another over the same spans (a lexicon's codes): those whose
    words a span does not hold are left out there."""

    def __init__(self, table: list[tuple[Code, re.Pattern[str]]]) -> None:
        ignorecase = any(p.flags & re.IGNORECASE for _, p in table)
        if any(bool(p.flags & re.IGNORECASE) != ignorecase for _, p in table):
            raise ValueError("a table's patterns must all ignore case, or none")
        requirements = [Requirement(p.pattern, p.flags) for _, p in table]
        self.table = table
        self.finder = WordFinder.of(requirements, ignorecase)
        self._clauses = [self.finder.clause_masks(r) for r in requirements]
        self._by_mask: dict[int, list[tuple[Code, re.Pattern[str]]]] = {}

    def within(self, text: str, start: int, end: int) -> list[tuple[Code, re.Pattern[str]]]:
        """The (code, pattern) pairs, in order, that may match in ``text[start:end]``."""
        mask = self.finder.present(text, start, end)
        pairs = self._by_mask.get(mask)
        if pairs is None:
            pairs = [
                pair for pair, c in zip(self.table, self._clauses, strict=True) if _met(c, mask)
            ]
            _remember(self._by_mask, mask, pairs)
        return pairs
