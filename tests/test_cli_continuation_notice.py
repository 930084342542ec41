"""Every command that shows results as of a date says, from 1 January 2027, that the rules'
continuation is not confirmed and that the 2026 rules are applied; the day before it says
nothing. The notice goes to standard error, so CSV and JSON on standard output stay readable."""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace

runner = CliRunner()
BEFORE, FIRST, SECOND = "2026-12-31", "2027-01-01", "2027-01-02"
OPENING = "UBEKRÆFTET GRUNDLAG: Fra 1. januar 2027 afløses lov om en aktiv beskæftigelsesindsats"
CLI = Path(__file__).resolve().parents[1] / "src" / "tilsyn" / "cli"


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):  # a sub-group (typer brings its own click)
            found += _commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


def _command(path: tuple[str, ...]) -> Any:
    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


def test_every_command_with_as_of_parses_it_where_the_notice_is_printed() -> None:
    root = typer.main.get_command(app)
    with_as_of = [
        path for path in _commands(root) if any("--as-of" in p.opts for p in _command(path).params)
    ]
    assert len(with_as_of) >= 15, with_as_of  # obligations, measures, economy, reports, …
    missing = []
    for path in with_as_of:
        callback = _command(path).callback
        assert callback is not None
        source = inspect.getsource(inspect.unwrap(callback))
        if "as_of_date(" not in source:
            missing.append(" ".join(path))
    assert not missing, f"--as-of uden forbehold: {missing}"
    # The report of a month is evaluated at the month's end and announced from there.
    assert "announce(month_end(" in inspect.getsource(
        inspect.unwrap(_command(("report", "monthly")).callback)
    )


def test_no_command_parses_as_of_around_the_notice() -> None:
    bypass = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "parse_date"
                and any(
                    k.arg == "option" and getattr(k.value, "value", None) == "--as-of"
                    for k in node.keywords
                )
                and path.name != "common.py"
            ):
                bypass.append(f"{path.name}:{node.lineno}")
    assert not bypass, bypass


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("notice")
    generate(root / "data", persons=200, seed=5, end="2026-10", fmt="csv")
    import_folder(root / "data", Workspace(root / "ws"))
    return root / "ws"


COMMANDS = {
    "obligations": ["obligations", "-f", "json"],
    "worklist": ["worklist", "-f", "json"],
    "timeliness": ["timeliness", "--from", "2026-01-01", "--to", "2026-12-31", "-f", "csv"],
    "measures early": ["measures", "early", "--from", "2026-01", "--to", "2026-06"],
    "fulltime": ["fulltime", "--year", "2026", "--format", "json"],
    "refund": ["refund", "--from", "2026-W40", "--to", "2026-W43", "--format", "csv"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_notice_on_the_boundary_days(ws: Path, command: str) -> None:
    for day, shown in ((BEFORE, False), (FIRST, True), (SECOND, True)):
        result = runner.invoke(app, [*COMMANDS[command], "--as-of", day, "--workspace", str(ws)])
        assert result.exit_code == 0, (command, day, result.output)
        said = " ".join(result.stderr.split())  # Rich wraps to the terminal's width
        assert (OPENING in said) is shown, (command, day, said)
        assert OPENING not in result.stdout, (command, day)
        if shown:
            assert "Første jobsamtale inden for 1 uge" in said
            assert "anvender tilsyn reglerne fra 2026" in said
        if "json" in COMMANDS[command]:
            json.loads(result.stdout)  # the data stays machine-readable
