"""Which lexicon entries change any output: the report behind pruning the lexicons.

An entry that changes no record on any labelled set (the written sets of tests/data and
tests/probes, the real-text set when its texts are cached, the saved ccdi.gov.cn pages when
RETURNWATCH_CCDI_PAGES is set) is a guess that nothing supports, or a twin of another entry; one
that changes the output of a single document is a rule fitted to one sentence. For each list
entry of names.json, kinship.json, triggers.json, coercion.json and crimes.json, the entry is removed, the
extraction re-run on the documents its pattern can match (an entry cannot act where its pattern
never matches), and the records compared.

Run: ``.venv/bin/python bench/lexicon_usage.py [--files names.json ...] [--lists not_names ...]
[--json OUT]``; with ``--delete`` the entries that change nothing are removed from the named lists
(review the diff). Prune blacklists and cue lists (names.json ``not_names``,
``words_ending_in_surname``), not category definitions: a crime's or a tactic's only term (玩忽职守,
"tax evasion") changes nothing on sets that lack it and is still needed on the articles that have
it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import extract.lexicon as lexicon_module  # noqa: E402
from extract import Document, extract_cases, html_to_text  # noqa: E402
from extract.evaluate import join_texts, read_lines, read_texts  # noqa: E402
from extract.lexicon import reading  # noqa: E402
from extract.lexicon.reading import expand  # noqa: E402
from extract.text import normalise  # noqa: E402

FILES = ("names.json", "kinship.json", "triggers.json", "coercion.json", "crimes.json")
# Lists that are structure, not knowledge: every method must be listed, anchors gate triggers.
SKIP = {("triggers.json", "method_precedence"), ("triggers.json", "anchors")}
Path_ = tuple[str, ...]


def documents() -> list[Document]:
    """Every labelled or saved document the project holds on this machine."""
    gold = [
        d
        for folder in ("data", "probes")  # the written sets and the written probe sets
        for p in sorted((ROOT / "tests" / folder).glob("*.jsonl"))
        for d in read_lines(p)
    ]
    labels, cache = ROOT / "tests" / "realtext" / "labels.jsonl", ROOT / ".cache" / "realtext"
    if labels.is_file() and cache.is_dir():
        gold += join_texts(read_lines(labels), read_texts(cache))[0]
    docs = [
        Document(
            id=str(d["id"]), text=d["text"], published=d.get("published"), title=d.get("title")
        )
        for d in gold
    ]
    pages = os.environ.get("RETURNWATCH_CCDI_PAGES")
    for page in sorted(Path(pages, "articles").glob("*.html")) if pages else []:
        title, text = html_to_text(page.read_text("utf-8", errors="replace"))
        docs.append(Document(id=page.name, text=text, title=title))
    return docs


def entries(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, int, str]]:
    """(path to the list, index, pattern) for every string or {pattern} entry of every list."""
    if isinstance(data, dict):
        for key, value in data.items():
            if not key.startswith("_"):
                yield from entries(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            pattern = item.get("pattern") if isinstance(item, dict) else item
            if isinstance(pattern, str):
                yield path, index, pattern


def without(data: Any, path: Path_, index: int) -> Any:
    """A deep copy of ``data`` lacking one list entry."""
    copy = json.loads(json.dumps(data))
    target = copy
    for key in path:
        target = target[key]
    del target[index]
    return copy


def clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name == "extract" or name.startswith("extract."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def outputs_with(file: str, trial: Any, docs: list[Document]) -> list[str]:
    """The documents' outputs with ``file`` read as ``trial``: every lexicon module that reads
    files (names.json is read by extract.lexicon.name_cues, not by the package) reads the trial,
    and every cache built from the old data is cleared before and after. A trial the loader
    refuses gives a marker for each document."""
    original = reading._read
    readers = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("extract.lexicon") and getattr(module, "_read", None) is original
    ]

    def read(name: str, directory: Path | None) -> Any:
        return trial if name == file else original(name, directory)

    for module in readers:
        module._read = read  # type: ignore[attr-defined]
    clear_caches()
    try:
        return outputs(docs)
    except lexicon_module.LexiconError:
        return ["<lexicon refused>"] * len(docs)
    finally:
        for module in readers:
            module._read = original  # type: ignore[attr-defined]
        clear_caches()


def outputs(docs: list[Document]) -> list[str]:
    return [json.dumps([r.to_dict() for r in extract_cases(d)], sort_keys=True) for d in docs]


@cache
def _lists() -> dict[str, dict[str, list[str]]]:
    return lexicon_module.placeholder_lists()


def _expanded(pattern: str, list_name: str) -> str:
    """The pattern with its placeholders ({kin}, {cn_place}) filled in as the lexicon fills them,
    in the language its list belongs to: a placeholder left as written matches no text."""
    parts = list_name.split(".")
    lang = "zh" if "zh" in parts else "en" if "en" in parts else ""
    if "{" not in pattern or not lang:
        return pattern
    return str(expand(pattern, _lists(), list_name, lang))


def can_match(pattern: str, doc: Document, list_name: str = "") -> bool:
    """Whether the entry may act on the document: its pattern matches the text as written or as
    the extraction reads it (normalised, in simplified script: a traditional-script page never
    matches a simplified pattern as written)."""
    pattern = _expanded(pattern, list_name)
    raw = f"{doc.title or ''}\n{doc.text}"
    for text in (raw, normalise(raw)):
        try:
            if re.search(pattern, text, re.IGNORECASE) is not None:
                return True
        except re.error:
            if pattern in text:
                return True
    return False


def usage(
    file: str, docs: list[Document], base: list[str], lists: set[str] | None = None
) -> list[dict[str, Any]]:
    data = lexicon_module._read(file, None)
    report = []
    for path, index, pattern in entries(data):
        if (file, path[0]) in SKIP or (lists and ".".join(path) not in lists):
            continue
        where = [i for i, d in enumerate(docs) if can_match(pattern, d, ".".join(path))]
        changed: list[str] = []
        if where:
            after = outputs_with(file, without(data, path, index), [docs[i] for i in where])
            changed = [docs[i].id for i, out in zip(where, after, strict=True) if out != base[i]]
        report.append(
            {
                "file": file,
                "list": ".".join(path),
                "entry": pattern,
                "matches": len(where),
                "changes": changed,
            }
        )
    return report


def delete_unused(report: list[dict[str, Any]], docs: list[Document], base: list[str]) -> int:
    """Remove, one at a time, the entries whose removal alone changed nothing, keeping a removal
    only while every output still equals the original (two twins may each be redundant alone but
    not together). Entries that match no text are removed only from names.json: the category
    definitions of the other files (a crime's or a tactic's name) stand even where no labelled
    article uses them yet."""
    removed = 0
    for file in sorted({r["file"] for r in report}):
        data = lexicon_module._read(file, None)
        dead = [
            r
            for r in report
            if r["file"] == file and not r["changes"] and (r["matches"] or file == "names.json")
        ]
        for row in dead:
            trial = _without_entry(data, row["list"], row["entry"])
            if trial is None:
                continue
            where = [i for i, d in enumerate(docs) if can_match(row["entry"], d, row["list"])]
            if outputs_with(file, trial, [docs[i] for i in where]) == [base[i] for i in where]:
                data, removed = trial, removed + 1
        path = ROOT / "extract" / "lexicon" / file
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return removed


def _without_entry(data: Any, list_name: str, pattern: str) -> Any | None:
    for path, index, entry in entries(data):
        if ".".join(path) == list_name and entry == pattern:
            return without(data, path, index)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="+", default=list(FILES))
    parser.add_argument("--json", help="write the full report here")
    parser.add_argument("--delete", action="store_true", help="remove entries that change nothing")
    parser.add_argument(
        "--lists", nargs="+", help="only these lists (names.json: not_names, ...; dotted paths)"
    )
    args = parser.parse_args()
    docs = documents()
    base = outputs(docs)
    lists = set(args.lists) if args.lists else None
    report = [row for file in args.files for row in usage(file, docs, base, lists)]
    unused = [r for r in report if not r["changes"]]
    single = [r for r in report if len(r["changes"]) == 1]
    print(f"{len(docs)} documents, {len(report)} entries")
    print(f"change nothing: {len(unused)} ({sum(1 for r in unused if r['matches'])} match a text)")
    print(f"change one document only: {len(single)}")
    for row in single:
        print(f"  {row['file']} {row['list']}: {row['entry']!r} -> {row['changes'][0]}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    if args.delete:
        print(f"deleted {delete_unused(report, docs, base)} entries")


if __name__ == "__main__":
    main()
