"""Scoring the extraction against a labelled set (the dev set format of shared/devset).

Cases are matched by name within a document (as written, or in simplified script). Case
precision/recall/F1 count matched names; field accuracy is measured over matched cases; a
"record" is right only when name, return date, countries and method are all right, which is
what a researcher needs before accepting a case without reading the article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.api import extract_cases
from extract.document import Document
from extract.guides import strip_guides
from extract.jsonl import BadLine, read_jsonl
from extract.record import CaseRecord
from extract.text import to_simplified

FIELDS = (
    "return_date",
    "fled_to",
    "method",
    "alleged_crimes",
    "years_at_large",
    "red_notice",
    "former_position",
    "coercion",
    "name_is_full",
    "evidence",
)
SET_FIELDS = {"fled_to", "alleged_crimes", "coercion"}


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    records_right: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        precision = self.matched / self.predicted if self.predicted else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        rec_p = self.records_right / self.predicted if self.predicted else 1.0
        rec_r = self.records_right / self.gold if self.gold else 1.0
        out = {
            "case_precision": precision,
            "case_recall": recall,
            "case_f1": f1(precision, recall),
            "record_f1": f1(rec_p, rec_r),
        }
        for name in FIELDS:
            out[name] = self.field_right[name] / self.matched if self.matched else 0.0
        return {k: round(v, 4) for k, v in out.items()}


def _same(field_name: str, gold: Any, got: Any, record: CaseRecord) -> bool:
    if field_name in SET_FIELDS:
        return sorted(gold) == sorted(got)
    if field_name == "evidence":
        spans = [e.text for e in record.evidence if e.field == "return"]
        return any(gold in text or text in gold for text in spans)
    if field_name == "years_at_large" and gold is not None and got is not None:
        return float(gold) == float(got)
    return bool(gold == got)


def _key(name: str) -> str:
    """A name as the scorer compares it: simplified, without pronunciation guides (a label
    copies 楊進(jìn)軍 as printed; the record names 楊進軍)."""
    return to_simplified(strip_guides(name)).strip()


def score_document(
    gold_cases: list[dict[str, Any]], records: list[CaseRecord], doc_id: str, score: Score
) -> None:
    score.gold += len(gold_cases)
    score.predicted += len(records)
    by_name: dict[str, list[CaseRecord]] = {}
    for predicted in records:
        by_name.setdefault(_key(predicted.name), []).append(predicted)
    for case in gold_cases:
        same = by_name.get(_key(case["name"]), [])
        if not same:
            score.errors.append(f"{doc_id}: missed {case['name']}")
            continue
        record = same.pop(0)
        score.matched += 1
        for name in FIELDS:
            got = getattr(record, name) if name != "evidence" else None
            if _same(name, case[name], got, record):
                score.field_right[name] += 1
            elif name != "evidence":
                score.errors.append(
                    f"{doc_id}: {case['name']} {name}: gold={case[name]!r} got={got!r}"
                )
        core = ("return_date", "fled_to", "method")
        if all(_same(n, case[n], getattr(record, n), record) for n in core):
            score.records_right += 1
    for name, left in by_name.items():
        score.errors.extend(f"{doc_id}: spurious {name}" for _ in left)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Labelled documents, one JSON object per line (read by ``extract.jsonl.read_jsonl``, as
    every command reads JSONL); the first bad line is a ValueError naming the file and line."""

    def refuse(bad: BadLine) -> None:
        raise ValueError(f"{bad}: not a labelled document")

    docs = []
    for number, doc in read_jsonl(str(path), refuse):
        if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list):
            refuse(BadLine(str(path), number, "no 'cases' list"))
        docs.append(doc)
    return docs


def read_texts(directory: Path) -> dict[str, str]:
    """The cached article texts of a labels-only set: every ``*.texts.jsonl`` in ``directory``,
    lines of {id, url, text}. The texts are not ours to publish, so they live outside git."""
    texts: dict[str, str] = {}
    for path in sorted(directory.glob("*.texts.jsonl")):
        for doc in read_lines(path):
            texts[str(doc["id"])] = str(doc["text"])
    return texts


def read_lines(path: Path) -> list[dict[str, Any]]:
    """JSON objects with an id, one a line (read by ``extract.jsonl.read_jsonl``, as every
    command reads JSONL); the first bad line is a ValueError naming the file and line."""

    def refuse(bad: BadLine) -> None:
        raise ValueError(str(bad))

    docs = []
    for number, doc in read_jsonl(str(path), refuse):
        if not isinstance(doc, dict) or "id" not in doc:
            refuse(BadLine(str(path), number, "expected an object with an id"))
        docs.append(doc)
    return docs


def split_of(url: str) -> str:
    """The fixed half a real article belongs to: rules are tuned on "tune" only, and "test" is
    scored untouched. Derived from the URL so that adding articles never moves old ones."""
    return "tune" if hashlib.sha256(url.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def join_texts(
    labels: list[dict[str, Any]], texts: dict[str, str], split: str = "all"
) -> tuple[list[dict[str, Any]], int]:
    """Labelled documents with their cached text; returns them and how many had no text."""
    joined, missing = [], 0
    for doc in labels:
        if split != "all" and split_of(str(doc.get("url", ""))) != split:
            continue
        if "text" in doc:
            joined.append(doc)
        elif str(doc["id"]) in texts:
            joined.append({**doc, "text": texts[str(doc["id"])]})
        else:
            missing += 1
    return joined, missing


def evaluate(
    gold_docs: Iterable[dict[str, Any]],
    extractor: Callable[[Document], list[CaseRecord]] | None = None,
) -> Score:
    """Run the extraction over labelled documents and score it."""
    if extractor is None:
        extractor = extract_cases
    score = Score()
    for doc in gold_docs:
        document = Document(
            id=str(doc["id"]),
            text=doc["text"],
            url=doc.get("url"),
            published=doc.get("published"),
            title=doc.get("title"),
        )
        score_document(doc["cases"], extractor(document), document.id, score)
    return score
