"""`tilsyn import --delta` and `--engine` on the command line: what is printed, and exit
status 2 with a Danish message when they are misused."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import talk, valid_tables, write_folder
from tilsyn.cli import app
from tilsyn.data.workspace import Workspace

runner = CliRunner()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    folder = write_folder(tmp_path / "base", valid_tables())
    result = runner.invoke(app, ["import", str(folder), "--workspace", str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    return tmp_path / "ws"


def test_a_delta_becomes_the_current_snapshot(ws: Path, tmp_path: Path) -> None:
    before = Workspace(ws).current_id()
    delta = write_folder(
        tmp_path / "delta",
        {
            "persons": [{"person_id": "P1", "municipality": "185", "caseworker_id": "K1"}],
            "conversations": [talk("P1", "2024-01-08"), talk("P1", "2024-02-05")],
        },
    )
    result = runner.invoke(app, ["import", "--delta", str(delta), "--workspace", str(ws)])
    assert result.exit_code == 0, result.output
    after = Workspace(ws).current_id()
    assert after != before
    assert f"Delta lagt på {before}: ny datasamling {after}" in result.output
    again = runner.invoke(app, ["import", "--delta", str(delta), "--workspace", str(ws)])
    # The same delta on the new snapshot is a new day's change of nothing: another snapshot.
    assert again.exit_code == 0, again.output


def test_import_needs_a_folder_or_a_delta_but_not_both(ws: Path, tmp_path: Path) -> None:
    neither = runner.invoke(app, ["import", "--workspace", str(ws)])
    both = runner.invoke(app, ["import", str(tmp_path), "--delta", str(tmp_path), "-w", str(ws)])
    for result in (neither, both):
        assert result.exit_code == 2
        assert "angiv enten en mappe eller --delta MAPPE" in result.output


def test_a_rejected_delta_lists_the_problem_and_changes_nothing(ws: Path, tmp_path: Path) -> None:
    before = Workspace(ws).current_id()
    delta = write_folder(tmp_path / "delta", {"conversations": [talk("P1", "2024-01-08")]})
    result = runner.invoke(app, ["import", "--delta", str(delta), "--workspace", str(ws)])
    assert result.exit_code == 2
    assert "persons" in result.output
    assert Workspace(ws).current_id() == before


def test_postgres_engine_without_a_url_is_refused(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TILSYN_POSTGRES_URL", raising=False)
    result = runner.invoke(
        app, ["measures", "focus", "--year", "2024", "--engine", "postgres", "-w", str(ws)]
    )
    assert result.exit_code == 2
    assert "PostgreSQL kræver TILSYN_POSTGRES_URL (en libpq-URL)" in result.output


def test_an_unknown_engine_is_refused(ws: Path) -> None:
    result = runner.invoke(
        app, ["obligations", "--as-of", "2024-06-30", "--engine", "oracle", "-w", str(ws)]
    )
    assert result.exit_code == 2
    assert "ukendt motor 'oracle' (mulige: duckdb, spark, postgres)" in result.output
