"""Obligations whose window began before the data extract cannot be judged late or overdue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tilsyn.data.importer import import_folder
from tilsyn.data.snapshot_meta import events_from
from tilsyn.data.workspace import Workspace
from tilsyn.rules.evaluate import evaluate

AS_OF = dt.date(2024, 6, 1)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "udtraek"
    folder.mkdir()
    (folder / "persons.csv").write_text(
        "person_id;municipality\nA;185\nB;185\nC;185\n", encoding="utf-8"
    )
    (folder / "benefit_periods.csv").write_text(
        "person_id;benefit;start_date;target_group\n"
        "A;kontanthjaelp;2023-12-20;jobparat\n"  # first interview due 2023-12-27: before the extract
        "B;kontanthjaelp;2024-01-01;jobparat\n"  # due 2024-01-08: the extract's first day
        "C;kontanthjaelp;2023-12-20;jobparat\n",  # met on time, inside the extract
        encoding="utf-8",
    )
    (folder / "conversations.csv").write_text(
        "person_id;date;kind;form;held_by;status\nC;2023-12-27;jobsamtale;telefon;jobcenter;afholdt\n",
        encoding="utf-8",
    )
    return folder


def _first_interviews(ws: Workspace) -> dict[str, dict[str, object]]:
    con = ws.connect()
    rows = evaluate(con, AS_OF).to_pylist()
    return {str(r["person_id"]): r for r in rows if r["kind"] == "first_interview"}


def test_a_window_before_the_extract_is_not_judged_overdue(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    result = import_folder(_folder(tmp_path), ws, events_from=dt.date(2024, 1, 1))
    assert result.events_from == "2024-01-01"
    assert events_from(ws.connect()) == dt.date(2024, 1, 1)
    first = _first_interviews(ws)
    assert first["A"]["status"] == "not_applicable"
    assert first["A"]["days_late"] is None
    assert str(first["A"]["evidence"]).startswith("Kan ikke vurderes: perioden begynder før")
    # a window starting on the extract's first day is judged as usual
    assert first["B"]["status"] == "overdue"
    # a verdict of "met" stands: the event that met it is in the extract
    assert first["C"]["status"] == "met"


def test_without_an_explicit_date_the_first_conversation_marks_the_extract(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    import_folder(_folder(tmp_path), ws)
    assert events_from(ws.connect()) == dt.date(2023, 12, 27)
    first = _first_interviews(ws)
    assert first["A"]["status"] == "not_applicable"  # window from 2023-12-20
    assert first["B"]["status"] == "overdue"


def test_a_different_extract_start_is_a_different_snapshot(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    folder = _folder(tmp_path)
    a = import_folder(folder, ws, events_from=dt.date(2024, 1, 1))
    b = import_folder(folder, ws, events_from=dt.date(2023, 1, 1))
    assert a.snapshot_id != b.snapshot_id
    assert _first_interviews(ws)["A"]["status"] == "overdue"
