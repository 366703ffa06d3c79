"""Cross-source merging: when do two mentions describe the same return, and what does the case say.

The same return is announced by CCDI, the province, Xinhua and China Daily days apart, in hanzi or
pinyin. Merging is blocked by normalised name keys (an index lookup, never all pairs) and then
checked on facts: a compatible return date (nested, or within 31 days) and overlapping countries.
Anonymised names (王某) get no name key at all: they merge only on a key made of the name *and*
the day of return, countries, crimes and post, and such merges are flagged for a reviewer.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from extract.record import CaseRecord

MAX_DATE_GAP_DAYS = 31

# Fields a case carries (the record minus per-document bookkeeping).
CASE_FIELDS: tuple[str, ...] = (
    "name",
    "name_simplified",
    "name_pinyin",
    "name_is_full",
    "gender",
    "birth_year",
    "former_position",
    "alleged_crimes",
    "fled_to",
    "fled_date",
    "fled_date_text",
    "years_at_large",
    "return_date",
    "return_date_text",
    "method",
    "method_text",
    "coercion",
    "red_notice",
    "red_notice_number",
    "operation",
    "handling_authorities",
)
NAME_FIELDS = frozenset({"name", "name_simplified", "name_pinyin"})
# Raw words differ between sources and languages by nature; their normalised field carries any
# real disagreement, so they are not reported as conflicts.
NO_CONFLICT_FIELDS = NAME_FIELDS | {"fled_date_text", "return_date_text", "method_text"}
# Each source names the tactics and bodies it knows of: the case has them all.
UNION_FIELDS = frozenset({"coercion", "handling_authorities"})
DATE_FIELDS = frozenset({"fled_date", "return_date"})

_CJK = re.compile(r"[\u3400-\u9fff]")
_NAME_JUNK = re.compile(r"[\s·•・.\-‐‑'’]+")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def pinyin_keys(pinyin: str) -> list[str]:
    """Keys for a romanised name in either order: 'Wang Jianguo' and 'Jianguo Wang' share one."""
    return list(_pinyin_keys(pinyin))


@lru_cache(maxsize=65536)
def _pinyin_keys(pinyin: str) -> tuple[str, ...]:
    """Cached: merging asks for the keys of the same few names over and over."""
    tokens = [t for t in re.split(r"[\s\-‐‑·.,]+", _ascii_fold(pinyin)) if t.isalpha()]
    if not tokens:
        return ()
    forward = "".join(tokens)
    rotated = "".join(tokens[-1:] + tokens[:-1])
    return tuple(sorted({f"py:{forward}", f"py:{rotated}"}))


def hanzi_key(name_simplified: str) -> str:
    return "zh:" + _NAME_JUNK.sub("", name_simplified)


def anonymised_key(record: CaseRecord) -> str | None:
    """The key of a 王某: its name plus every fact beyond it, or None when any fact is missing."""
    day = record.return_date
    if not day or len(day) != 10 or not record.fled_to or not record.alleged_crimes:
        return None
    if not record.former_position:
        return None
    parts = [
        _NAME_JUNK.sub("", record.name_simplified),
        day,
        ",".join(sorted(record.fled_to)),
        ",".join(sorted(record.alleged_crimes)),
        _NAME_JUNK.sub("", record.former_position),
    ]
    return "anon:" + "|".join(parts)


def name_keys(record: CaseRecord) -> list[str]:
    """Blocking keys of a mention: hanzi name and pinyin variants, or the anonymised-facts key."""
    if not record.name_is_full:
        key = anonymised_key(record)
        return [key] if key else []
    keys: set[str] = set()
    if has_cjk(record.name_simplified):
        keys.add(hanzi_key(record.name_simplified))
    latin = record.name_pinyin or (None if has_cjk(record.name) else record.name)
    if latin:
        keys.update(pinyin_keys(latin))
    return sorted(keys)


@lru_cache(maxsize=65536)
def date_range(partial: str) -> tuple[date, date]:
    """First and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Unknown is compatible; otherwise one contains the other or they lie within 31 days."""
    if not a or not b:
        return True
    a0, a1 = date_range(a)
    b0, b1 = date_range(b)
    if (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
        return True
    gap = max((b0 - a1).days, (a0 - b1).days)
    return gap <= MAX_DATE_GAP_DAYS


def countries_compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def names_match(a: CaseRecord, b: CaseRecord) -> bool:
    """Two hanzi names must be identical (汪 is not 王 even if both read Wang); else pinyin keys."""
    if not (a.name_is_full and b.name_is_full):
        key = anonymised_key(a)
        return key is not None and key == anonymised_key(b)
    if has_cjk(a.name_simplified) and has_cjk(b.name_simplified):
        return hanzi_key(a.name_simplified) == hanzi_key(b.name_simplified)
    return bool(set(name_keys(a)) & set(name_keys(b)))


@dataclass
class MentionView:
    """A mention as the field merger needs it."""

    mention_id: str
    record: CaseRecord
    published: str | None = None


@dataclass
class FieldValue:
    value: Any
    mention_id: str | None
    origin: str = "machine"
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "mention_id": self.mention_id,
            "origin": self.origin,
            "conflicts": self.conflicts,
        }


def _is_empty(name: str, value: Any) -> bool:
    if value is None or value == [] or value == "":
        return True
    # A default says "the article did not say", not a competing value.
    return (name == "method" and value == "unknown") or (name == "red_notice" and value is False)


def _canonical(value: Any) -> str:
    if isinstance(value, list):
        value = sorted(value, key=str)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _priority(view: MentionView) -> tuple[int, float, str, str]:
    """Chinese originals first (they carry the hanzi name), then confidence, then the earliest."""
    rec = view.record
    return (
        0 if rec.language == "zh" else 1,
        -rec.confidence,
        view.published or "9999",
        view.mention_id,
    )


def _pick_date(candidates: list[tuple[Any, str]]) -> tuple[Any, str, list[tuple[Any, str]]]:
    """The most precise date among those nested in the first; the rest are real conflicts."""
    first_value, first_id = candidates[0]
    nested = [
        (v, m) for v, m in candidates if dates_compatible(v, first_value) and _nests(v, first_value)
    ]
    best_value, best_id = (
        max(nested, key=lambda c: len(c[0])) if nested else (first_value, first_id)
    )
    others = [(v, m) for v, m in candidates if not _nests(v, best_value)]
    return best_value, best_id, others


def _nests(a: str, b: str) -> bool:
    a0, a1 = date_range(a)
    b0, b1 = date_range(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def merge_field(name: str, views: list[MentionView]) -> FieldValue:
    candidates = [
        (getattr(v.record, name), v.mention_id)
        for v in views
        if not _is_empty(name, getattr(v.record, name))
    ]
    if not candidates:
        default = getattr(views[0].record, name) if views else None
        return FieldValue(value=default, mention_id=None)
    if name in UNION_FIELDS:
        union: dict[str, None] = {}
        for values, _mid in candidates:
            union.update(dict.fromkeys(values))
        return FieldValue(value=list(union), mention_id=candidates[0][1])
    if name in DATE_FIELDS:
        value, source, others = _pick_date(candidates)
    else:
        value, source = candidates[0]
        others = candidates[1:]
    conflicts: dict[str, dict[str, Any]] = {}
    if name not in NO_CONFLICT_FIELDS:
        for other, mid in others:
            key = _canonical(other)
            if key == _canonical(value):
                continue
            conflicts.setdefault(key, {"value": other, "mention_ids": []})["mention_ids"].append(
                mid
            )
    return FieldValue(value=value, mention_id=source, conflicts=list(conflicts.values()))


def merge_fields(views: list[MentionView]) -> dict[str, FieldValue]:
    """Every case field with its value, the mention it came from and the conflicting values."""
    ordered = sorted(views, key=_priority)
    return {name: merge_field(name, ordered) for name in CASE_FIELDS}


def aliases(views: list[MentionView]) -> list[str]:
    """Every distinct written name of the person (hanzi, pinyin, anonymised) across mentions."""
    seen: dict[str, None] = {}
    for v in sorted(views, key=_priority):
        for value in (v.record.name, v.record.name_simplified, v.record.name_pinyin):
            if value:
                seen.setdefault(value, None)
    return list(seen)
