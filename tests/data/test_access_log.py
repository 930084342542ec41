"""Every command that shows citizens' data writes the access log."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.access_log import ACTOR_ENV, FILE_NAME, log_access, read_log
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace

Rows = list[dict[str, str]]


@pytest.fixture
def ws(tmp_path: Path, tables: dict[str, Rows], folder_writer: Callable[..., Path]) -> Path:
    import_folder(folder_writer(tmp_path / "in", tables), Workspace(tmp_path / "ws"))
    return tmp_path / "ws"


def test_explain_logs_the_citizen_the_user_and_the_snapshot(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ACTOR_ENV, "sagsbehandler.k1")
    result = CliRunner().invoke(app, ["explain", "P1", "--as-of", "2024-03-01", "-w", str(ws)])
    assert result.exit_code == 0, result.output
    (entry,) = read_log(ws)
    assert (entry.actor, entry.action, entry.person_id) == ("sagsbehandler.k1", "explain", "P1")
    assert entry.snapshot_id == Workspace(ws).current_id()
    assert entry.detail == "as_of=2024-03-01"


def test_a_worklist_logs_every_citizen_on_it_and_nothing_else(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ACTOR_ENV, "leder")
    result = CliRunner().invoke(
        app, ["worklist", "--as-of", "2024-03-01", "--format", "json", "-w", str(ws)]
    )
    assert result.exit_code == 0, result.output
    shown = {row["person_id"] for row in json.loads(result.output)}
    assert shown
    assert {e.person_id for e in read_log(ws)} == shown


def test_an_unknown_person_is_refused_and_not_logged(ws: Path) -> None:
    result = CliRunner().invoke(app, ["explain", "P9", "--as-of", "2024-03-01", "-w", str(ws)])
    assert result.exit_code == 2
    assert read_log(ws) == []


def test_the_access_log_command_lists_entries_for_one_citizen(
    ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ACTOR_ENV, "revisor")
    runner = CliRunner()
    runner.invoke(app, ["explain", "P1", "--as-of", "2024-03-01", "-w", str(ws)])
    runner.invoke(app, ["explain", "P2", "--as-of", "2024-03-01", "-w", str(ws)])
    result = runner.invoke(app, ["access-log", "--person", "P2", "-w", str(ws)])
    assert result.exit_code == 0
    assert "revisor" in result.output
    assert "P2" in result.output
    assert "P1" not in result.output


def test_the_actor_option_names_the_reader_and_the_purpose_is_logged(ws: Path) -> None:
    result = CliRunner().invoke(
        app, ["--actor", "drift.anna", "explain", "P1", "--as-of", "2024-03-01", "-w", str(ws)]
    )
    assert result.exit_code == 0, result.output
    (entry,) = read_log(ws)
    assert (entry.actor, entry.person_id, entry.purpose) == ("drift.anna", "P1", "operations")
    shown = CliRunner().invoke(app, ["access-log", "-w", str(ws)])
    assert "drift.anna" in shown.output
    assert "operations" in shown.output


def test_a_log_written_before_the_purpose_column_keeps_its_rows_and_gains_the_column(
    tmp_path: Path,
) -> None:
    import sqlite3

    from tilsyn.data.access_log import FILE_NAME, log_access

    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute(
            "CREATE TABLE access_log (at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
            " snapshot_id TEXT, person_id TEXT NOT NULL, detail TEXT)"
        )
        db.execute(
            "INSERT INTO access_log VALUES ('2026-01-01T00:00:00+00:00', 'gammel', 'explain',"
            " 'S1', 'P1', NULL)"
        )
    log_access(tmp_path, action="worklist", person_ids=["P2"], snapshot_id="S2", purpose="audit")
    old, new = read_log(tmp_path)
    assert (old.actor, old.person_id, old.purpose) == ("gammel", "P1", None)
    assert (new.person_id, new.purpose) == ("P2", "audit")


def test_the_log_file_itself_refuses_changes_and_deletions(tmp_path: Path) -> None:
    import sqlite3

    log_access(tmp_path, action="explain", person_ids=["P1"], snapshot_id="S1", actor="anna")
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        for statement in (
            "UPDATE access_log SET actor = 'bo'",
            "DELETE FROM access_log",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="kun tilføjes"):
                db.execute(statement)
    assert [(e.actor, e.person_id) for e in read_log(tmp_path)] == [("anna", "P1")]
