"""The layers import upwards only (data → rules → measures/economy/supervision → app → present
→ reports/web/cli), the command line reaches the engines only through the application layer, and
``import tilsyn.cli`` loads no engine."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tilsyn"

RANK = {
    "data": 0,
    "engines": 0,  # connections to PostgreSQL/Spark: below the rules, which run on them
    "rules": 1,
    "measures": 2,
    "economy": 2,
    "supervision": 2,
    "store": 2,
    "app": 3,
    "present": 4,
    "reports": 5,
    "web": 5,
    "cli": 5,
}
"""A module may import modules of its own layer and of lower ranks, never of higher ones."""

CLI_MAY_IMPORT = {"tilsyn.app", "tilsyn.present", "tilsyn.cli", "tilsyn.web", "tilsyn.reports"}
"""The command line reaches the engines only through the application layer; it may start the
other front ends (``tilsyn serve``, ``tilsyn report``), which are bound to the same rule."""
CLI_THIRD_PARTY = {"typer", "rich"}


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RANK else None


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (at the top, in functions, under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        yield ".".join(parts), path


def test_the_tree_has_the_layers_the_test_guards() -> None:
    present = {_layer(m) for m, _ in _modules()}
    assert {"data", "rules", "measures", "economy", "app", "present", "cli"} <= present


def test_no_layer_imports_a_layer_above_it() -> None:
    upwards = []
    for module, path in _modules():
        layer = _layer(module)
        if layer is None:
            continue
        for line, imported in _imports(path):
            target = _layer(imported)
            if target is not None and RANK[target] > RANK[layer]:
                upwards.append(f"{path.relative_to(SRC)}:{line} {module} → {imported}")
    assert not upwards, "importer opad i lagene:\n" + "\n".join(upwards)


def test_the_application_layer_returns_data_and_never_imports_presentation() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line} → {imported}"
        for module, path in _modules()
        if _layer(module) == "app"
        for line, imported in _imports(path)
        if _layer(imported) in {"present", "cli", "web", "reports"}
    ]
    assert not found, found


def test_the_cli_imports_only_the_application_and_presentation_layers() -> None:
    stdlib = set(sys.stdlib_module_names)
    found = []
    for module, path in _modules():
        if _layer(module) != "cli":
            continue
        for line, imported in _imports(path):
            top = imported.split(".")[0]
            allowed = (
                any(imported == p or imported.startswith(p + ".") for p in CLI_MAY_IMPORT)
                or top in stdlib
                or top in CLI_THIRD_PARTY
                or top == "__future__"
            )
            if not allowed:
                found.append(f"{path.relative_to(SRC)}:{line} → {imported}")
    assert not found, "cli/ importerer uden om app/ og present/:\n" + "\n".join(found)


def test_the_guard_catches_an_upward_import(tmp_path: Path) -> None:
    # The AST walk sees imports inside functions too, where the lazy engine imports live.
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from tilsyn.app import Actor\n", encoding="utf-8")
    assert [name for _, name in _imports(module)] == ["tilsyn.app"]
    assert RANK[_layer("tilsyn.app.actor") or ""] > RANK["rules"]


ENGINES = ("ibis", "polars", "pyarrow", "duckdb", "numpy", "pandas")


@pytest.mark.parametrize("module", ["tilsyn.cli", "tilsyn.app", "tilsyn.present.danish"])
def test_importing_the_front_doors_loads_no_engine(module: str) -> None:
    # A fresh interpreter: this test process has long since imported every engine.
    code = (
        f"import json, sys; import {module}; "
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({ENGINES!r}))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []


def test_tilsyn_status_lists_snapshots_without_starting_an_engine(tmp_path: Path) -> None:
    from builders import valid_tables, write_folder
    from tilsyn.data.importer import import_folder
    from tilsyn.data.workspace import Workspace

    space = Workspace(tmp_path / "ws")
    result = import_folder(write_folder(tmp_path / "in", valid_tables()), space)
    code = (
        "import json, sys\n"
        "from tilsyn.cli import main\n"
        f"sys.argv = ['tilsyn', 'status', '-w', {str(space.root)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({ENGINES!r}))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    *table, engines = out.strip().splitlines()
    assert result.snapshot_id in "\n".join(table)
    assert json.loads(engines) == []
