"""What deciding "does a mention join this case" needs of a case, kept with the case.

``CaseSummary`` holds a few key sets, two dates and the country sets of a case's active
mentions, and decides exactly as comparing a new record with every mention would
(``same_return``, the rules of ``output.merge``): a look-up reads one short row per candidate case
however many mentions it has.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from extract.record import CaseRecord
from output.merge import (
    MAX_DATE_GAP_DAYS,
    anonymised_key,
    date_range,
    hanzi_key,
    has_cjk,
    name_keys,
)


@dataclass
class CaseSummary:
    """What deciding "does a mention join this case" needs of the case's active mentions: a few
    key sets, two dates and the country sets, instead of every record. Stored with the case
    (``cases.merge_summary``), so a look-up reads one short row per candidate case however many
    mentions it has, and extended in place as a batch adds mentions. ``accepts`` decides exactly
    as comparing the new record with every mention would (``same_return``)."""

    mentions: int = 0
    # hanzi keys of every mention written in hanzi (the 陈立文 / 陈利文 guard) ...
    hanzi: set[str] = field(default_factory=set)
    # ... and of the full names among them (two hanzi names match only when equal).
    full_hanzi: set[str] = field(default_factory=set)
    # name keys of full names without hanzi (a hanzi name matches them through its pinyin) ...
    latin_keys: set[str] = field(default_factory=set)
    # ... and of every full name (what a pinyin-only name is compared with).
    full_keys: set[str] = field(default_factory=set)
    # anonymised-facts keys of anonymised names, and of full names (a 王某 is compared with both).
    anon_keys: set[str] = field(default_factory=set)
    full_anon_keys: set[str] = field(default_factory=set)
    # Dated mentions: the latest first day and the earliest last day any of them can mean. A
    # return date is within 31 days of every one exactly when it is within 31 days of these.
    latest_start: date | None = None
    earliest_end: date | None = None
    # Distinct non-empty country lists: a new record must share a country with each.
    countries: list[frozenset[str]] = field(default_factory=list)

    @classmethod
    def of(cls, records: list[CaseRecord]) -> CaseSummary:
        summary = cls()
        for record in records:
            summary.add(record)
        return summary

    def add(self, record: CaseRecord) -> None:
        """Take one more mention of the case into account."""
        self.mentions += 1
        cjk = has_cjk(record.name_simplified)
        if cjk:
            self.hanzi.add(hanzi_key(record.name_simplified))
        anon = anonymised_key(record)
        if record.name_is_full:
            keys = name_keys(record)
            self.full_keys.update(keys)
            if cjk:
                self.full_hanzi.add(hanzi_key(record.name_simplified))
            else:
                self.latin_keys.update(keys)
            if anon:
                self.full_anon_keys.add(anon)
        elif anon:
            self.anon_keys.add(anon)
        if record.return_date:
            start, end = date_range(record.return_date)
            self.latest_start = max(start, self.latest_start or start)
            self.earliest_end = min(end, self.earliest_end or end)
        if record.fled_to:
            fled = frozenset(record.fled_to)
            if fled not in self.countries:
                self.countries.append(fled)

    def name_matches(self, new: CaseRecord) -> bool:
        """Whether ``names_match(new, m)`` holds for at least one mention ``m``."""
        anon = anonymised_key(new)
        if not new.name_is_full:
            return anon is not None and (anon in self.anon_keys or anon in self.full_anon_keys)
        if anon is not None and anon in self.anon_keys:
            return True
        keys = set(name_keys(new))
        if has_cjk(new.name_simplified):
            return hanzi_key(new.name_simplified) in self.full_hanzi or bool(keys & self.latin_keys)
        return bool(keys & self.full_keys)

    def other_hanzi(self, new: CaseRecord) -> bool:
        """A full hanzi name the case does not have although it has one: 陈利文 must not join
        陈立文's case through an English 'Chen Liwen' mention."""
        return (
            bool(self.hanzi)
            and new.name_is_full
            and has_cjk(new.name_simplified)
            and hanzi_key(new.name_simplified) not in self.hanzi
        )

    def accepts(self, new: CaseRecord) -> bool:
        """Whether ``new`` joins the case: a name match with one mention, facts compatible with
        all (dates within 31 days or nested, a shared country), no other hanzi name."""
        if not self.mentions or not self.name_matches(new):
            return False
        if self.other_hanzi(new):
            return False
        if new.return_date and self.latest_start is not None and self.earliest_end is not None:
            start, end = date_range(new.return_date)
            if (self.latest_start - end).days > MAX_DATE_GAP_DAYS:
                return False
            if (start - self.earliest_end).days > MAX_DATE_GAP_DAYS:
                return False
        fled = set(new.fled_to)
        return not fled or all(fled & countries for countries in self.countries)

    def to_json(self) -> str:
        data = {
            "n": self.mentions,
            "h": sorted(self.hanzi),
            "fh": sorted(self.full_hanzi),
            "l": sorted(self.latin_keys),
            "f": sorted(self.full_keys),
            "a": sorted(self.anon_keys),
            "fa": sorted(self.full_anon_keys),
            "d": [self.latest_start.isoformat(), self.earliest_end.isoformat()]
            if self.latest_start and self.earliest_end
            else None,
            "c": sorted(sorted(c) for c in self.countries),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> CaseSummary:
        data = json.loads(text)
        dates = data["d"]
        return cls(
            mentions=data["n"],
            hanzi=set(data["h"]),
            full_hanzi=set(data["fh"]),
            latin_keys=set(data["l"]),
            full_keys=set(data["f"]),
            anon_keys=set(data["a"]),
            full_anon_keys=set(data["fa"]),
            latest_start=date.fromisoformat(dates[0]) if dates else None,
            earliest_end=date.fromisoformat(dates[1]) if dates else None,
            countries=[frozenset(c) for c in data["c"]],
        )


def same_return(new: CaseRecord, case_mentions: list[CaseRecord]) -> bool:
    """Whether ``new`` joins a case: a name match with one mention, facts compatible with all."""
    return CaseSummary.of(case_mentions).accepts(new)


def is_anonymised_merge(records: list[CaseRecord]) -> bool:
    return len(records) > 1 and any(not r.name_is_full for r in records)
