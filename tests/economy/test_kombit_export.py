"""KOMBIT Ydelsesrefusion export and the economy CLI commands on a real workspace."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace

runner = CliRunner()


@pytest.fixture
def space(tmp_path: Path) -> Workspace:
    data = tmp_path / "data"
    data.mkdir()
    (data / "persons.csv").write_text("person_id;municipality\nA;185\nD;185\n", encoding="utf-8")
    (data / "benefit_periods.csv").write_text(
        "person_id;benefit;start_date;end_date\n"
        "A;kontanthjaelp;2024-01-01;2024-03-31\n"
        "D;dagpenge;2024-01-01;2024-03-31\n",
        encoding="utf-8",
    )
    (data / "conversations.csv").write_text(
        "person_id;date;kind;form;held_by;status\n", encoding="utf-8"
    )
    (data / "payments.csv").write_text(
        "person_id;benefit;week;amount\n"
        "A;kontanthjaelp;2024-W05;1000,05\n"
        "D;dagpenge;2024-W02;4000.00\n",
        encoding="utf-8",
    )
    ws = Workspace(tmp_path / "ws")
    import_folder(data, ws)
    return ws


def test_export_has_kombit_columns_decimal_comma_and_pseudonyms(
    space: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "yr.csv"
    result = runner.invoke(
        app,
        [
            "refund",
            "--from",
            "2024-W01",
            "--to",
            "2024-W13",
            "--as-of",
            "2024-06-01",
            "--export",
            str(out),
            "-w",
            str(space.root),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == (
        "Uge;CPR nummer;Ydelse;Finansiering Kommunenavn;Beregnet udbetalingsbeløb;"
        "Refusionssats;Refusionsbeløb;Medfinansieringssats;Medfinansieringsbeløb"
    )
    assert "2024-01-29;A;Kontanthjælp;185;1000,05;40,00;400,02;;" in lines
    assert "2024-01-08;D;Arbejdsløshedsdagpenge;185;4000,00;;;20,00;800,00" in lines
    assert len(lines) == 1 + 26


def test_with_cpr_needs_an_export_file_and_never_prints(space: Workspace) -> None:
    result = runner.invoke(
        app,
        ["refund", "--from", "2024-W01", "--to", "2024-W02", "--with-cpr", "-w", str(space.root)],
    )
    assert result.exit_code == 2


def test_export_fills_cpr_from_the_identities_file_only_when_asked(
    space: Workspace, tmp_path: Path
) -> None:
    sid = space.require_current()
    con = duckdb.connect(str(space.identities_path(sid)))
    con.execute("CREATE TABLE identities (person_id VARCHAR, cpr VARCHAR)")
    con.execute("INSERT INTO identities VALUES ('A', '010190-1234')")
    con.close()
    out = tmp_path / "yr.csv"
    result = runner.invoke(
        app,
        [
            "refund",
            "--from",
            "2024-W05",
            "--to",
            "2024-W05",
            "--as-of",
            "2024-06-01",
            "--export",
            str(out),
            "--with-cpr",
            "-w",
            str(space.root),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "0101901234" not in result.output
    assert ";0101901234;Kontanthjælp;" in out.read_text(encoding="utf-8")


def test_refund_json_has_the_documented_keys(space: Workspace) -> None:
    result = runner.invoke(
        app,
        [
            "refund",
            "--from",
            "2024-W05",
            "--to",
            "2024-W05",
            "--as-of",
            "2024-06-01",
            "--person",
            "A",
            "--format",
            "json",
            "-w",
            str(space.root),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows == [
        {
            "person_id": "A",
            "week": "2024-W05",
            "benefit": "kontanthjaelp",
            "staircase_week": 5,
            "rate": 0.4,
            "step": 2,
            "financing": "refusion",
            "amount": 1000.05,
            "refund": 400.02,
            "cofinancing": None,
        }
    ]


def test_fulltime_json_and_bad_input_exit_2(space: Workspace) -> None:
    result = runner.invoke(
        app,
        [
            "fulltime",
            "--year",
            "2024",
            "--as-of",
            "2024-06-01",
            "--format",
            "json",
            "-w",
            str(space.root),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    march = next(r for r in rows if r["benefit"] == "dagpenge" and r["month"] == "2024-03")
    assert march["fulltime_persons"] == 1
    assert march["is_forecast"] is False
    assert {
        "municipality",
        "benefit",
        "month",
        "fulltime_persons",
        "is_forecast",
        "estimator",
        "backtest_error",
    } <= set(march)
    for args in (["--municipality", "18"], ["--as-of", "2024-13-01"], ["--method", "hours"]):
        bad = runner.invoke(app, ["fulltime", "--year", "2024", *args, "-w", str(space.root)])
        assert bad.exit_code == 2, args
    bad = runner.invoke(
        app, ["refund", "--from", "2024-W99", "--to", "2024-W01", "-w", str(space.root)]
    )
    assert bad.exit_code == 2
