"""The README documents every command and every option the code has (checked, not trusted)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from output.cli import SUBCOMMANDS, build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_has_a_readme_section() -> None:
    headings = set(re.findall(r"^###+ ([a-z-]+)", README, flags=re.MULTILINE))
    assert set(SUBCOMMANDS) <= headings, sorted(set(SUBCOMMANDS) - headings)


def test_every_option_is_in_the_readme() -> None:
    missing = []
    for name, sub in _subparsers().items():
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and option not in README:
                    missing.append(f"{name} {option}")
    assert missing == []


def test_quick_start_is_two_make_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\s{4}(make \w+)", quick, flags=re.MULTILINE) == ["make run", "make test"]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci


def test_every_returnwatch_setting_is_in_the_readme() -> None:
    from scrapers import settings

    names = [name for name in vars(settings) if name.startswith("RETURNWATCH_")]
    assert len(names) > 10
    assert [name for name in names if f"`{name}`" not in README] == []
