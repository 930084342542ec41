"""``tilsyn measures early|reform|reconcile`` on an imported workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import write
from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two kontanthjælp recipients reaching 6 months on 1 Jul 2024 (one with 4 interviews),
    and two jobparate starting under the reform on 1 Jul 2026."""
    folder = tmp_path_factory.mktemp("data")
    root = tmp_path_factory.mktemp("ws")
    write(folder, "persons", [{"person_id": p, "municipality": "185"} for p in "ABCD"])
    write(
        folder,
        "benefit_periods",
        [
            {
                "person_id": "A",
                "benefit": "kontanthjaelp",
                "start_date": "2024-01-01",
                "target_group": "jobparat",
            },
            {
                "person_id": "B",
                "benefit": "kontanthjaelp",
                "start_date": "2024-01-01",
                "target_group": "jobparat",
            },
            {
                "person_id": "C",
                "benefit": "kontanthjaelp",
                "start_date": "2026-07-01",
                "target_group": "jobparat",
            },
            {
                "person_id": "D",
                "benefit": "kontanthjaelp",
                "start_date": "2026-07-01",
                "target_group": "jobparat",
            },
        ],
    )
    talks = [("A", d) for d in ("2024-01-05", "2024-02-05", "2024-03-05", "2024-06-30")]
    talks += [("C", "2026-07-03")]
    write(
        folder,
        "conversations",
        [
            {
                "person_id": p,
                "date": d,
                "kind": "jobsamtale",
                "form": "personligt",
                "held_by": "jobcenter",
                "status": "afholdt",
            }
            for p, d in talks
        ],
    )
    import_folder(folder, Workspace(root))
    return root


def run(ws: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["measures", *args, "--workspace", str(ws)])
    return result.exit_code, result.output


def test_early_as_json(ws: Path) -> None:
    code, out = run(
        ws,
        "early",
        "--from",
        "2024-07",
        "--to",
        "2024-07",
        "--as-of",
        "2024-12-31",
        "--part",
        "samtaler",
        "--format",
        "json",
    )
    assert code == 0, out
    (row,) = json.loads(out)
    assert (row["municipality"], row["month"], row["population"], row["compliant"]) == (
        "185",
        "2024-07",
        2,
        1,
    )
    assert row["share_pct"] == 50


def test_early_as_a_table(ws: Path) -> None:
    code, out = run(ws, "early", "--from", "2024-07", "--to", "2024-07", "--as-of", "2024-12-31")
    assert code == 0, out
    assert "Mindst 4 jobsamtaler" in out


def test_reform_first_interview_and_persons(ws: Path) -> None:
    code, out = run(
        ws,
        "reform",
        "--from",
        "2026-07",
        "--to",
        "2026-07",
        "--as-of",
        "2026-12-31",
        "--format",
        "json",
    )
    assert code == 0, out
    (row,) = [r for r in json.loads(out) if r["rule"] == "foerste_samtale"]
    assert (row["population"], row["compliant"]) == (2, 1)
    code, out = run(
        ws,
        "reform",
        "--from",
        "2026-07",
        "--to",
        "2026-07",
        "--as-of",
        "2026-12-31",
        "--persons",
        "--format",
        "json",
    )
    assert [p["person_id"] for p in json.loads(out)] == ["D"]


def test_reform_table_says_the_akasse_requirement_cannot_be_computed_without_akasse_data(
    ws: Path,
) -> None:
    code, out = run(ws, "reform", "--from", "2026-07", "--to", "2026-12", "--as-of", "2026-12-31")
    assert code == 0, out
    text = " ".join(out.split())
    assert (
        "A-kassen: mindst 2 jobsamtaler med 75 % inden 3 måneder: kan ikke beregnes – data har "
        "ingen samtaler holdt af a-kassen (held_by = akasse)"
    ) in text


def test_reconcile_against_the_export(ws: Path) -> None:
    code, out = run(
        ws,
        "reconcile",
        "--official",
        str(FIXTURES / "jobindsats_export.csv"),
        "--measure",
        "Andel med mindst 4 jobsamtaler (pct.)",
        "--from",
        "2024-06",
        "--to",
        "2024-07",
        "--municipality",
        "185",
        "--area",
        "Tårnby",
        "--as-of",
        "2024-12-31",
        "--format",
        "json",
    )
    assert code == 0, out
    rows = {r["month"]: r for r in json.loads(out)}
    assert rows["2024-06"]["official_pct"] == 80.5
    assert rows["2024-06"]["ours_pct"] is None
    assert rows["2024-07"]["ours_pct"] == 50
    assert rows["2024-07"]["official_pct"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["early", "--from", "2024-13", "--to", "2024-07"], "ÅÅÅÅ-MM"),
        (["early", "--from", "2024-08", "--to", "2024-07"], "før"),
        (["early", "--from", "2024-07", "--to", "2024-07", "--part", "x"], "--part"),
        (["reform", "--from", "2026-07", "--to", "2026-07", "--as-of", "1. juli"], "--as-of"),
        (
            [
                "reconcile",
                "--official",
                "nope.csv",
                "--measure",
                "x",
                "--from",
                "2024-06",
                "--to",
                "2024-07",
                "--municipality",
                "185",
            ],
            "findes ikke",
        ),
    ],
)
def test_bad_input_exits_with_2_naming_the_problem(ws: Path, args: list[str], message: str) -> None:
    code, out = run(ws, *args)
    assert code == 2
    assert message in out
