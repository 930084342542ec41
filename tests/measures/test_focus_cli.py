"""``tilsyn measures focus`` and ``tilsyn forecast focus`` on an imported workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import write
from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace

runner = CliRunner()


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A has a quarterly interview since 2023, B never has one; both on kontanthjælp."""
    folder = tmp_path_factory.mktemp("data")
    root = tmp_path_factory.mktemp("ws")
    write(folder, "persons", [{"person_id": p, "municipality": "185"} for p in "AB"])
    write(
        folder,
        "benefit_periods",
        [{"person_id": p, "benefit": "kontanthjaelp", "start_date": "2023-01-01"} for p in "AB"],
    )
    write(
        folder,
        "conversations",
        [
            {
                "person_id": "A",
                "date": f"{y}-{m:02d}-10",
                "kind": "jobsamtale",
                "form": "personligt",
                "held_by": "jobcenter",
                "status": "afholdt",
            }
            for y in (2023, 2024)
            for m in (1, 4, 7, 10)
        ],
    )
    import_folder(folder, Workspace(root))
    return root


def test_measures_focus_json(ws: Path) -> None:
    result = runner.invoke(
        app, ["measures", "focus", "--year", "2024", "-w", str(ws), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(d["municipality"], d["measure"]) for d in data] == [
        ("185", "interviews"),
        ("185", "offers"),
    ]
    interviews = data[0]
    assert interviews["threshold"] == 0.2
    assert interviews["months"][0] == {
        "month": "2024-01",
        "population": 2,
        "failing": 1,
        "share": 0.5,
        "computable": True,
        "final": True,
    }
    assert interviews["year_average"] == 0.5
    assert interviews["met"] is False
    assert data[1]["alternative"]["hours"] == 225
    assert (data[1]["reading"], data[1]["alternative"]["reading"]) == ("overlap", "overlap")
    started = data[1]["reading_alternative"]
    assert (started["reading"], started["hours"]) == ("started", 100)
    assert (started["alternative"]["reading"], started["alternative"]["hours"]) == ("started", 225)


def test_measures_focus_table_shows_the_offer_measure_under_both_readings(ws: Path) -> None:
    result = runner.invoke(app, ["measures", "focus", "--year", "2024", "-w", str(ws)])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "Tilbudsmålet under hver læsning" in out
    assert "100 t, tilbud der overlapper de 12 mdr.: 100,0 % – IKKE opfyldt" in out
    assert "225 t, tilbud påbegyndt i de 12 mdr.: 100,0 % – IKKE opfyldt" in out


def test_measures_focus_table_marks_uncomputable_months(ws: Path) -> None:
    result = runner.invoke(app, ["measures", "focus", "--year", "2023", "-w", str(ws)])
    assert result.exit_code == 0, result.output
    assert "ikke beregnelig" in result.stdout


def test_forecast_focus_json(ws: Path) -> None:
    result = runner.invoke(
        app,
        [
            "forecast",
            "focus",
            "--as-of",
            "2024-06-30",
            "--municipality",
            "185",
            "-w",
            str(ws),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["projected_average"] == 0.5
    assert data["threshold"] == 0.2
    assert [a["person_id"] for a in data["actions"]] == ["B"]
    assert data["actions"][0]["by_date"] == "2024-07-31"
    assert data["actions"][0]["months_gained"] == 6


@pytest.mark.parametrize(
    "args",
    [
        ["measures", "focus", "--year", "2024", "--as-of", "2024-13-01"],
        ["measures", "focus", "--year", "2024", "--as-of", "2023-12-31"],
        ["measures", "focus", "--year", "2024", "--municipality", "18"],
        ["forecast", "focus", "--as-of", "2024-06-30", "--municipality", "185", "--measure", "x"],
    ],
)
def test_bad_input_exits_2(ws: Path, args: list[str]) -> None:
    result = runner.invoke(app, [*args, "-w", str(ws)])
    assert result.exit_code == 2
