"""The packages import one way, extract <- output <- scrapers <- pipelines, and stay small.

Read from the source with ``ast`` (nothing is imported): every import of every module of the
four packages, wherever it is in the module. The rules:

- ``extract`` imports none of the other three; ``output`` imports ``extract`` only;
  ``scrapers`` may import ``output`` and ``extract``, never ``pipelines``; ``pipelines`` is on top.
- No cycle of imports between modules, inside a package or across.
- No import inside a function, except of an optional heavy third-party dependency, with a
  comment on that line or the line above saying why (never one of the four packages: an import
  hidden in a function is how the layers were dodged before).
- No module over 400 lines, no function over 60.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("extract", "output", "scrapers", "pipelines")
ALLOWED = {
    "extract": set(),
    "output": {"extract"},
    "scrapers": {"extract", "output"},
    "pipelines": {"extract", "output", "scrapers"},
}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the four packages."""
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = modules()


def _target(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module name of a ``from ... import`` (relative ones resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports(module: str) -> Iterator[tuple[ast.stmt, str, bool]]:
    """(node, imported module, inside a function) for each import of ``module``. ``from pkg
    import name`` counts as importing ``pkg.name`` when that is a module of ours."""
    path = MODULES[module]
    tree = ast.parse(path.read_text("utf-8"))
    nested: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            nested.update(id(sub) for sub in ast.walk(node) if sub is not node)
    for node in ast.walk(tree):
        inside = id(node) in nested
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name, inside
        elif isinstance(node, ast.ImportFrom):
            target = _target(module, path, node)
            for alias in node.names:
                full = f"{target}.{alias.name}"
                yield node, full if full in MODULES else target, inside


def ours(name: str) -> str | None:
    """The module of ours that ``name`` is or lies in (None: not ours)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def test_packages_import_only_downward() -> None:
    wrong = []
    for module in MODULES:
        layer = module.split(".")[0]
        for node, name, _ in imports(module):
            other = name.split(".")[0]
            if other in PACKAGES and other != layer and other not in ALLOWED[layer]:
                wrong.append(f"{MODULES[module].relative_to(REPO)}:{node.lineno}: {name}")
    assert wrong == []


def test_no_import_cycles() -> None:
    graph = {m: {o for _, n, _ in imports(m) if (o := ours(n)) and o != m} for m in MODULES}
    # a package's __init__ re-exporting its own modules is not a cycle through them
    for module, targets in graph.items():
        graph[module] = {t for t in targets if not module.startswith(t + ".")}
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*stack[stack.index(target) :], target]))
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert cycles == []


def _comment_near(lines: list[str], lineno: int) -> bool:
    here = lines[lineno - 1]
    above = lines[lineno - 2].strip() if lineno >= 2 else ""
    return "#" in here or above.startswith("#")


def test_imports_inside_functions_are_heavy_optional_dependencies_with_a_reason() -> None:
    wrong = []
    for module, path in MODULES.items():
        lines = path.read_text("utf-8").splitlines()
        for node, name, inside in imports(module):
            if not inside:
                continue
            top = name.split(".")[0]
            where = f"{path.relative_to(REPO)}:{node.lineno}: {name}"
            if top in PACKAGES:
                wrong.append(f"{where}: one of ours, import it at the top")
            elif top in sys.stdlib_module_names:
                wrong.append(f"{where}: the standard library, import it at the top")
            elif not _comment_near(lines, node.lineno):
                wrong.append(f"{where}: no comment saying why it is imported here")
    assert wrong == []


@pytest.mark.parametrize("package", PACKAGES)
def test_modules_and_functions_stay_short(package: str) -> None:
    long = []
    for module, path in MODULES.items():
        if module.split(".")[0] != package:
            continue
        text = path.read_text("utf-8")
        where = path.relative_to(REPO)
        if len(text.splitlines()) > MAX_MODULE_LINES:
            long.append(f"{where}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{where}:{node.lineno}: {node.name}() {length} lines")
    assert long == []
