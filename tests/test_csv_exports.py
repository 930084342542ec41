"""CSV exports are for people opening them in Excel: Danish headers and labels, and no cell
that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import valid_tables, write_folder
from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace
from tilsyn.present.spreadsheet import safe_cell

AS_OF = "2024-12-31"


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-12", "-12"),
        ("-1.234,5", "-1.234,5"),
        ("-3,5 %", "-3,5 %"),
        ("Team A", "Team A"),
    ],
)
def test_formula_cells_are_neutralised_and_numbers_kept(value: str, safe: str) -> None:
    assert safe_cell(value) == safe


def test_worklist_csv_has_danish_headers_labels_and_no_formulas(tmp_path: Path) -> None:
    tables = valid_tables()
    tables["caseworkers"][0]["team"] = '=HYPERLINK("http://angriber.example")'
    tables["caseworkers"][0]["organisation"] = "@SUM(A1)"
    ws = Workspace(tmp_path / "ws")
    import_folder(write_folder(tmp_path / "in", tables), ws)
    result = CliRunner().invoke(
        app, ["worklist", "--as-of", AS_OF, "-f", "csv", "-w", str(ws.root)]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output), delimiter=";"))
    header = rows[0]
    assert header[:6] == ["Borger", "Kommune", "Sagsbehandler", "Team", "Organisation", "Ydelse"]
    assert "Status" in header
    body = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    p1 = [r for r in body if r["Borger"] == "P1"]
    assert p1
    assert {r["Team"] for r in p1} == {'\'=HYPERLINK("http://angriber.example")'}
    assert {r["Organisation"] for r in p1} == {"'@SUM(A1)"}
    assert {r["Ydelse"] for r in p1} == {"Kontanthjælp"}
    assert not any(cell.startswith(("=", "+", "@")) for r in rows for cell in r)
