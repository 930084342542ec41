"""``tilsyn budget``: formats, files and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from tilsyn.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
SEED = str(FIXTURES / "seed004_alt_drift.csv")
runner = CliRunner()


def test_json_has_the_issue_fields_and_the_seed_figures() -> None:
    result = runner.invoke(app, ["budget", "--budget", SEED, "--as-of", "2024-05-31", "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["area"] for r in rows][:2] == [
        "Tårnby Kommune",
        "130 - Arbejdsmarkeds- og Beskæftigelsesudvalg",
    ]
    kommune = rows[0]
    assert {
        k: kommune[k]
        for k in (
            "original_budget",
            "corrected_budget",
            "spent_to_date",
            "forecast",
            "deviation_original",
            "deviation_corrected",
            "deviation_pct",
            "warnings",
        )
    } == {
        "original_budget": 3159.3,
        "corrected_budget": 3151.2,
        "spent_to_date": 1214.2,
        "forecast": 3190.7,
        "deviation_original": 31.4,
        "deviation_corrected": 39.5,
        "deviation_pct": 1.3,
        "warnings": [],
    }
    assert rows[1]["deviation_corrected"] == 10.2
    assert len(rows[1]["warnings"]) == 2


def test_table_is_danish_and_never_truncates_numbers() -> None:
    result = runner.invoke(app, ["budget", "--budget", SEED, "--as-of", "2024-05-31"])
    assert result.exit_code == 0, result.output
    for cell in ("3.159,3", "3.151,2", "1.214,2", "3.190,7", "-20,8", "21,2%"):
        assert cell in result.stdout
    assert "Oprindeligt" in result.stdout
    notes = " ".join(result.stdout.split())  # Rich wraps long lines
    assert "10,4 afviger 0,2 fra 10,2" in notes
    assert "kan ikke forklares ved afrunding alene" in notes


def test_xlsx_requires_out_and_writes_the_file(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["budget", "--budget", SEED, "-f", "xlsx"])
    assert missing.exit_code == 2
    out = tmp_path / "opfoelgning.xlsx"
    result = runner.invoke(
        app,
        ["budget", "--budget", SEED, "--as-of", "2024-05-31", "-f", "xlsx", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(2, 6).value == 31.4


def test_csv_to_file_is_semicolon_separated(tmp_path: Path) -> None:
    out = tmp_path / "opfoelgning.csv"
    result = runner.invoke(
        app,
        ["budget", "--budget", SEED, "--as-of", "2024-05-31", "-f", "csv", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(
        "area;parent;original_budget (mio. kr.);corrected_budget (mio. kr.);"
        "spent_to_date (mio. kr.);forecast (mio. kr.)"
    )
    assert "deviation_pct (%)" in lines[0]
    assert lines[1].startswith("Tårnby Kommune;;3159.3;3151.2;1214.2;3190.7;31.4;39.5;1.3")


def test_bad_value_exits_2_naming_file_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text(
        "area;original_budget;corrected_budget;spent_to_date;forecast\nA;1,0;x;0,5;1,0\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["budget", "--budget", str(path), "--as-of", "2024-05-31"])
    assert result.exit_code == 2
    assert "budget.csv, række 2, kolonne corrected_budget" in result.output


def test_cycle_exits_2_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ring.csv"
    path.write_text(
        "area;parent;original_budget;corrected_budget;spent_to_date;forecast\n"
        "A;B;1;1;1;1\nB;A;1;1;1;1\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["budget", "--budget", str(path), "--as-of", "2024-05-31"])
    assert result.exit_code == 2
    assert "ring.csv, række 2, kolonne parent" in result.output


def test_missing_file_and_bad_date_exit_2(tmp_path: Path) -> None:
    gone = runner.invoke(app, ["budget", "--budget", str(tmp_path / "nej.csv")])
    assert gone.exit_code == 2
    assert "findes ikke" in gone.output
    bad_date = runner.invoke(app, ["budget", "--budget", SEED, "--as-of", "31-05-2024"])
    assert bad_date.exit_code == 2
