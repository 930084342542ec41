"""A snapshot file written before an optional contract column existed still reads: the
missing column reads as NULL, as an import of a folder without it would store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb

from builders import period, talk, write_folder
from tilsyn.data.contract_columns import add_missing_optional_columns
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace
from tilsyn.rules.evaluate import evaluate


def _older_snapshot(tmp_path: Path) -> tuple[Workspace, Path]:
    """A workspace whose current snapshot lacks ``benefit_periods.jobcentre_course`` (as one
    imported before the column was added), written outside the workspace's checksums."""
    (tmp_path / "data").mkdir()
    folder = write_folder(
        tmp_path / "data",
        {
            "persons": [{"person_id": "P1", "municipality": "185"}],
            "benefit_periods": [period("P1", "dagpenge", "2024-02-01")],
            "conversations": [talk("P1", "2024-02-10", held_by="akasse")],
        },
    )
    ws = Workspace(tmp_path / "ws")
    import_folder(folder, ws)
    copy = tmp_path / "older.duckdb"
    shutil.copy(ws.snapshot_path(ws.require_current()), copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("ALTER TABLE benefit_periods DROP COLUMN jobcentre_course")
    return ws, copy


def test_the_rules_run_on_a_snapshot_without_a_newer_optional_column(tmp_path: Path) -> None:
    _, copy = _older_snapshot(tmp_path)
    con = duckdb.connect(str(copy), read_only=True)
    assert add_missing_optional_columns(con) == ["benefit_periods.jobcentre_course"]
    rows = evaluate(con, dt.date(2024, 9, 1)).to_pylist()
    rules = {r["rule_id"] for r in rows}
    assert "dagpenge_interviews_6m" in rules  # the general dagpenge rules, as before
    assert "dagpenge_youth_interviews_6m" not in rules
    assert con.execute("SELECT COUNT(jobcentre_course) FROM benefit_periods").fetchall() == [(0,)]
    # the table's row ids survive the view (the spells are built on them)
    assert con.execute("SELECT MIN(rowid) FROM benefit_periods").fetchall() == [(0,)]


def test_an_up_to_date_snapshot_gets_no_view(tmp_path: Path) -> None:
    ws, _ = _older_snapshot(tmp_path)
    with ws.open() as snap:
        assert add_missing_optional_columns(snap.con) == []
