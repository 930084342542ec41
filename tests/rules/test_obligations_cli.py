"""The obligations commands on a small imported synthetic snapshot: output formats, filters
and exit code 2 with a Danish message on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.rules.evaluate import RESULT_COLUMNS

runner = CliRunner()
AS_OF = "2025-06-30"


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    generate(root / "data", persons=300, seed=3, fmt="csv")
    import_folder(root / "data", Workspace(root / "ws"))
    return root / "ws"


def run(ws: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--workspace", str(ws)])
    return result.exit_code, result.output


def test_obligations_json_has_the_documented_fields(ws: Path) -> None:
    code, out = run(ws, "obligations", "--as-of", AS_OF, "--format", "json")
    assert code == 0, out
    rows = json.loads(out)
    assert rows
    assert set(rows[0]) == {
        c for c in RESULT_COLUMNS if c not in {"team", "organisation", "evidence"}
    }
    person = rows[0]["person_id"]
    code, out = run(ws, "obligations", "--as-of", AS_OF, "--person", person, "-f", "json")
    assert {r["person_id"] for r in json.loads(out)} == {person}


def test_worklist_json_is_overdue_first(ws: Path) -> None:
    code, out = run(ws, "worklist", "--as-of", AS_OF, "--within-days", "30", "-f", "json")
    assert code == 0, out
    statuses = [r["status"] for r in json.loads(out)]
    assert set(statuses) <= {"open", "overdue"}
    assert statuses == sorted(statuses, key=lambda s: s != "overdue")


def test_timeliness_csv_has_a_row_per_kind(ws: Path) -> None:
    code, out = run(
        ws,
        "timeliness",
        "--from",
        "2025-01-01",
        "--to",
        "2025-06-30",
        "--by",
        "forpligtelse",
        "--as-of",
        AS_OF,
        "-f",
        "csv",
    )
    assert code == 0, out
    header, *lines = out.strip().splitlines()
    assert header == "Forpligtelse;Rettidigt;For sent;Overskredet;I alt;Andel rettidigt"
    assert lines


def test_explain_prints_rule_parameters_and_references(ws: Path) -> None:
    code, out = run(ws, "obligations", "--as-of", AS_OF, "-f", "json")
    person = next(r["person_id"] for r in json.loads(out) if r["status"] != "not_applicable")
    code, out = run(ws, "explain", person, "--as-of", AS_OF, "-f", "json")
    assert code == 0, out
    decided = [i for i in json.loads(out) if i["status"] != "not_applicable"]
    assert decided
    assert decided[0]["rule"]["label"]
    assert decided[0]["parameters"][0]["references"][0]["href"].startswith("http")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("obligations", "--as-of", "2025-02-30"), "--as-of"),
        (("worklist", "--within-days", "-1", "--as-of", AS_OF), "--within-days"),
        (("worklist", "--team", "A", "--caseworker", "B", "--as-of", AS_OF), "højst én"),
        (("timeliness", "--from", "2025-06-01", "--to", "2025-01-01", "--as-of", AS_OF), "før"),
        (("timeliness", "--from", "2025-01-01", "--to", "2025-06-01", "--by", "x"), "--by"),
        (("explain", "UKENDT", "--as-of", AS_OF), "findes ikke"),
    ],
)
def test_bad_input_exits_2_with_a_danish_message(
    ws: Path, args: tuple[str, ...], message: str
) -> None:
    code, out = run(ws, *args)
    assert code == 2
    assert message in out
