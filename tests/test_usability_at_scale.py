"""Usability with real volumes: the refund table shows totals and a page, an unknown
caseworker or team is named as such, and status counts with Danish thousands points."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.present.refund import PAGE

runner = CliRunner()


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scale")
    generate(root / "data", persons=1200, seed=8, fmt="csv")
    import_folder(root / "data", Workspace(root / "ws"))
    return root / "ws"


def _run(ws: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "-w", str(ws)])
    return result.exit_code, result.output


def test_a_long_refund_table_prints_totals_and_one_page(ws: Path) -> None:
    args = ("refund", "--from", "2024-W01", "--to", "2024-W52", "--as-of", "2025-01-01")
    code, out = _run(ws, *args, "--format", "csv")
    assert code == 0, out
    total = out.count("\n") - 1
    assert total > PAGE
    code, out = _run(ws, *args)
    assert code == 0, out
    assert f"Viser de første {PAGE} af {total:,} rækker".replace(",", ".") in out
    assert "--format csv" in out
    assert "Udbetalt:" in out
    assert out.count("kr.") >= 3


def test_an_unknown_caseworker_or_team_is_named(ws: Path) -> None:
    code, out = _run(ws, "worklist", "--caseworker", "FINDES-IKKE", "--as-of", "2025-06-30")
    assert code == 2
    assert "Sagsbehandleren 'FINDES-IKKE' findes ikke" in out
    code, out = _run(ws, "worklist", "--team", "Team Ingen", "--as-of", "2025-06-30")
    assert code == 2
    assert "Teamet 'Team Ingen' findes ikke" in out


def test_status_counts_with_thousands_points(ws: Path) -> None:
    code, out = _run(ws, "status")
    assert code == 0, out
    persons = Workspace(ws).list_snapshots()[0].counts["persons"]
    assert persons >= 1000
    assert f"{persons:,}".replace(",", ".") in out
