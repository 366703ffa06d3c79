"""The README and docs/ say what the code does (checked, not trusted).

The README is the front page (the two set-up commands, a tour, links into docs/); docs/ holds the
reference. docs/commands.md and the generated part of docs/settings.md are written from the code
by docs/gen_reference.py, which these tests run to find a page that has drifted.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text("utf-8")
PACKAGES = ("extract", "output", "scrapers", "pipelines")


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_reference", DOCS / "gen_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


def _page(name: str) -> str:
    return (DOCS / name).read_text("utf-8")


def _all_docs() -> str:
    return "\n".join(path.read_text("utf-8") for path in sorted(DOCS.glob("*.md")))


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    return gen.subcommands(gen.console_parser())


# --- the generated reference ----------------------------------------------------------------


def test_generated_reference_pages_are_current() -> None:
    stale = [str(path.relative_to(ROOT)) for path in gen.stale_pages()]
    assert stale == [], f"{stale} differ from the code: run `{gen.REGENERATE}` and commit them"


def test_the_command_line_is_found_through_its_console_script() -> None:
    # the same parser `returnwatch --help` prints, whichever module the entry point names
    parser = gen.console_parser()
    assert parser.prog == "returnwatch"
    assert {"crawl", "review", "export", "extract"} <= set(gen.subcommands(parser))


def test_every_command_has_a_guide_section() -> None:
    sections = gen.guide_sections()
    missing = sorted(set(_subparsers()) - set(sections))
    assert missing == [], f"no `## COMMAND` section in a docs/ guide page for {missing}"


def test_every_command_and_option_is_in_the_command_reference() -> None:
    commands = _page("commands.md")
    headings = set(re.findall(r"^## ([a-z-]+)$", commands, flags=re.MULTILINE))
    missing = sorted(set(_subparsers()) - headings)
    for name, sub in _subparsers().items():
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and option not in commands:
                    missing.append(f"{name} {option}")
    assert missing == []


def test_every_returnwatch_setting_is_in_the_settings_page() -> None:
    from scrapers import settings

    page = _page("settings.md")
    names = [name for name in vars(settings) if name.startswith("RETURNWATCH_")]
    assert len(names) > 10
    assert [name for name in names if f"`{name}`" not in page] == []
    hand_written = page.split(gen.GENERATED_BEGIN)[0]
    assert "`RETURNWATCH_DB` / `RETURNWATCH_OUTPUT`" in hand_written  # the main ones, explained


def _names_in_code() -> set[str]:
    files = [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")]
    files += [*ROOT.glob("bench/*.py"), *ROOT.glob("tests/*.py"), ROOT / "Makefile"]
    files.append(ROOT / ".ci" / "run")
    names: set[str] = set()
    for path in files:
        if path.name == "test_readme.py":
            continue
        names |= set(re.findall(r"\bRETURNWATCH_[A-Z0-9_]*[A-Z0-9]\b", path.read_text("utf-8")))
    return names


def test_every_returnwatch_name_the_code_reads_is_documented() -> None:
    # settings read with settings.get() and environment variables alike
    docs = _all_docs()
    names = _names_in_code()
    assert {"RETURNWATCH_DATA_DIR", "RETURNWATCH_REVIEW_TOKEN", "RETURNWATCH_SITES_DIR"} <= names
    assert sorted(name for name in names if f"`{name}`" not in docs) == []


# --- the README -----------------------------------------------------------------------------


def test_quick_start_is_two_make_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\s{4}(make \w+)", quick, flags=re.MULTILINE) == ["make run", "make test"]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^run: .*\n\t\$\(BIN\)/returnwatch demo$", makefile, flags=re.MULTILINE)
    test_target = re.search(r"^test: (.*)$", makefile, flags=re.MULTILINE)
    assert test_target is not None and "docs" in test_target.group(1).split()
    assert "mkdocs build --strict" in makefile


def test_readme_is_a_front_page_linking_every_docs_page() -> None:
    assert len(README.encode("utf-8")) < 8 * 1024  # read in five minutes; the rest is in docs/
    linked = set(re.findall(r"\]\(docs/([\w-]+\.md)\)", README))
    pages = {path.name for path in DOCS.glob("*.md")}
    assert linked == pages


def test_tour_commands_exist() -> None:
    tour = README.split("## A tour", 1)[1].split("\n## ", 1)[0]
    used = set(re.findall(r"returnwatch ([a-z]+)", tour))
    assert {"demo", "crawl", "status", "review", "export"} <= used
    assert sorted(used - set(_subparsers())) == []


# --- references from the docs into the code -------------------------------------------------

PATH_SPAN = re.compile(
    r"`((?:extract|output|scrapers|pipelines|tests|bench|deploy|samples|docs|\.ci)/[^`\s]*)"
)
PYTHON_SPAN = re.compile(r"`((?:extract|output|scrapers|pipelines)(?:\.\w+)+)(?:\([^`]*\))?`")


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return False


def test_files_and_functions_named_in_the_docs_exist() -> None:
    text = README + _all_docs()
    paths = set(PATH_SPAN.findall(text))
    assert "scrapers/settings.py" in paths
    missing = sorted(p for p in paths if not any(ROOT.glob(p.rstrip("/"))))
    functions = set(PYTHON_SPAN.findall(text))
    assert "output.files.write_output" in functions
    missing += sorted(f for f in functions if not _resolves(f))
    assert missing == [], "named in README.md or docs/ but not in the code"


# --- the generator itself -------------------------------------------------------------------

SETTINGS_SOURCE = textwrap.dedent(
    '''
    """Sample settings."""
    NAME = "x"

    # --- Politeness ---------------------------------
    # Seconds between requests;
    # a site may ask for more.
    DELAY = 2.0
    JITTER = 0.5  # +-50 %

    # Store batches.
    BATCH = 100
    lower = 1
    '''
)


def test_settings_are_grouped_by_the_comments_above_them() -> None:
    sections = gen.settings_sections(SETTINGS_SOURCE)
    assert [(s.title, [(g.comment, g.names) for g in s.groups]) for s in sections] == [
        ("General", [("", [("NAME", "")])]),
        (
            "Politeness",
            [
                (
                    "Seconds between requests; a site may ask for more.",
                    [("DELAY", ""), ("JITTER", "+-50 %")],
                ),
                ("Store batches.", [("BATCH", "")]),
            ],
        ),
    ]


def test_command_reference_lists_usage_options_and_defaults(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="tool")
    subparsers = parser.add_subparsers(dest="command")
    sub = subparsers.add_parser("fetch", help="fetch pages", description="Fetch | then store.")
    sub.add_argument("--pages", type=int, default=5, metavar="N", help="at most N (*.html)")
    sub.add_argument("--quiet", action="store_true")
    (tmp_path / "guide.md").write_text("# Guide\n\n## fetch (pages)\n\ntext\n", "utf-8")
    page = gen.commands_markdown(parser, tmp_path)
    assert "| [fetch](#fetch) | fetch pages |" in page
    assert "Fetch \\| then store." not in page  # a description is a paragraph, not a cell
    assert "Fetch | then store." in page
    assert "usage: tool fetch [-h] [--pages N] [--quiet]" in page
    assert "| `--pages N` |  | `5` | at most N (\\*.html) |" in page
    assert "| `--quiet` |  |  |  |" in page
    assert "More: [fetch in the guide](guide.md#fetch-pages)." in page


def test_settings_page_keeps_what_is_written_by_hand() -> None:
    from scrapers import settings

    page = gen.settings_page("# Settings\n\nBy hand.\n", settings)
    assert page.startswith("# Settings\n\nBy hand.\n\n" + gen.GENERATED_BEGIN)
    again = gen.settings_page(page.replace("| `RETURNWATCH_FULL` |", "| `OLD` |"), settings)
    assert again == page


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("commands.md", "| `--db PATH` |", "| `--database PATH` |"),
        ("settings.md", "| `RETURNWATCH_FULL` | `False` |", "| `RETURNWATCH_FULL` | `True` |"),
    ],
)
def test_a_hand_edited_generated_page_is_stale(
    name: str, old: str, new: str, tmp_path: Path
) -> None:
    for path in DOCS.glob("*.md"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    assert gen.stale_pages(tmp_path) == []
    stale = tmp_path / name
    text = stale.read_text("utf-8")
    assert old in text
    stale.write_text(text.replace(old, new, 1), "utf-8")
    assert gen.stale_pages(tmp_path) == [stale]
