"""Budget areas forecast from case data: full-year persons × price, net of the refund staircase."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import connection_from_records, import_folder
from tilsyn.data.workspace import Workspace
from tilsyn.economy.budget import BudgetLine, follow_up, snapshot_outlook

D = Decimal
AS_OF = dt.date(2024, 5, 31)


def _citizens() -> duckdb.DuckDBPyConnection:
    return connection_from_records(
        {
            "persons": [{"person_id": f"P{i}", "municipality": "185"} for i in range(4)],
            "benefit_periods": [
                # Two long-term sick since 2023: past week 52 of the staircase all of 2024.
                {"person_id": "P0", "benefit": "sygedagpenge", "start_date": "2023-01-02"},
                {"person_id": "P1", "benefit": "sygedagpenge", "start_date": "2023-01-02"},
                # New on dagpenge on Monday 1 January 2024 (ISO week 2024-W01).
                {"person_id": "P2", "benefit": "dagpenge", "start_date": "2024-01-01"},
                # Someone else's history so the data start before 2024.
                {
                    "person_id": "P3",
                    "benefit": "kontanthjaelp",
                    "start_date": "2022-01-03",
                    "end_date": "2022-12-31",
                },
            ],
            "conversations": [],
        }
    )


def test_full_year_persons_are_summed_over_the_areas_benefits() -> None:
    source = snapshot_outlook(_citizens())
    assert source(("sygedagpenge",), 2024, AS_OF).fulltime_persons == D("2")
    assert source(("dagpenge",), 2024, AS_OF).fulltime_persons == D("1")
    assert source(("sygedagpenge", "dagpenge"), 2024, AS_OF).fulltime_persons == D("3")
    assert source(("foertidspension",), 2024, AS_OF).fulltime_persons == D("0")


def test_refund_share_of_long_term_sick_is_the_last_step() -> None:
    outlook = snapshot_outlook(_citizens())(("sygedagpenge",), 2024, AS_OF)
    assert outlook.refund_share == D("0.2")


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # Weeks 1-4 complete: all on step 1, the municipality co-finances 20 %.
        (dt.date(2024, 1, 29), D("0.8")),
        # The day before week 5 is counted as complete nothing changes ...
        (dt.date(2024, 2, 4), D("0.8")),
        # ... from the Monday after it, week 5 is on step 2 (60 % co-financing).
        (dt.date(2024, 2, 5), (4 * D("0.8") + D("0.4")) / 5),
        # To 31 May: weeks 1-21, four at 0,8 and seventeen at 0,4.
        (AS_OF, (4 * D("0.8") + 17 * D("0.4")) / 21),
    ],
)
def test_dagpenge_state_share_is_one_minus_co_financing_by_week(
    as_of: dt.date, expected: Decimal
) -> None:
    outlook = snapshot_outlook(_citizens())(("dagpenge",), 2024, as_of)
    assert outlook.refund_share == expected


def test_no_staircase_week_means_unknown_refund() -> None:
    outlook = snapshot_outlook(_citizens())(("foertidspension",), 2024, AS_OF)
    assert outlook.refund_share is None
    # Before the first week of the year is complete there is nothing to average either.
    early = snapshot_outlook(_citizens())(("dagpenge",), 2024, dt.date(2024, 1, 3))
    assert early.refund_share is None


def test_budget_area_is_forecast_from_the_snapshot() -> None:
    [row] = follow_up(
        [
            BudgetLine(
                row=2,
                area="13002 - Sygedagpenge",
                original_budget=D("0.3"),
                corrected_budget=D("0.3"),
                spent_to_date=D("0.1"),
                benefits=("sygedagpenge",),
                budgeted_fulltime_persons=D("1"),
                price_per_fulltime_person=D("250000"),
            )
        ],
        as_of=AS_OF,
        outlook=snapshot_outlook(_citizens()),
    )
    # 2 full-year persons × 250.000 kr. × (1 − 0,2) = 0,4 mio. kr.
    assert (row.forecast, row.forecast_basis) == (D("0.4"), "fulltime")
    assert row.deviation_corrected == D("0.1")
    assert row.explanation == (
        "Der forventes 1 flere modtagere end budgetteret, svarende til ca. 0,2 mio. kr."
    )


def _case_folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "persons.csv").write_text(
        "person_id;municipality\nP0;185\nP1;185\n", encoding="utf-8"
    )
    (folder / "benefit_periods.csv").write_text(
        "person_id;benefit;start_date;end_date\n"
        "P0;sygedagpenge;2023-01-02;\n"
        "P1;sygedagpenge;2023-01-02;\n",
        encoding="utf-8",
    )
    (folder / "conversations.csv").write_text(
        "person_id;date;kind;form;held_by;status\n", encoding="utf-8"
    )
    return folder


def test_cli_forecasts_from_the_workspace_snapshot(tmp_path: Path) -> None:
    space = Workspace(tmp_path / "ws")
    import_folder(_case_folder(tmp_path / "data"), space)
    budget = tmp_path / "budget.csv"
    budget.write_text(
        "area;original_budget;corrected_budget;spent_to_date;benefits;"
        "budgeted_fulltime_persons;price_per_fulltime_person\n"
        "Sygedagpenge;0,3;0,3;0,1;sygedagpenge;1;250000\n",
        encoding="utf-8",
    )
    args = ["budget", "--budget", str(budget), "--as-of", "2024-05-31", "-f", "json"]
    result = CliRunner().invoke(app, [*args, "--workspace", str(space.root)])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert (row["forecast"], row["forecast_basis"], row["deviation_corrected"]) == (
        0.4,
        "fulltime",
        0.1,
    )


def test_cli_without_case_data_says_what_is_missing(tmp_path: Path) -> None:
    budget = tmp_path / "budget.csv"
    budget.write_text(
        "area;original_budget;corrected_budget;spent_to_date;benefits;"
        "price_per_fulltime_person\nSygedagpenge;0,3;0,3;0,1;sygedagpenge;250000\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["budget", "--budget", str(budget), "--workspace", str(tmp_path / "tom")]
    )
    assert result.exit_code == 2
    message = " ".join(result.output.split())  # Rich wraps long lines
    assert "budget.csv, række 2, kolonne benefits" in message
    assert "helårspersoner kræver sagsdata" in message
