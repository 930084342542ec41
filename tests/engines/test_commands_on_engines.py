"""``--engine`` on ``forecast focus``, ``measures reconcile`` and ``budget``: the command's
JSON output on PostgreSQL and on Spark is the output on DuckDB, for a generated population.

Through the command line and ``tilsyn.app``, as a user runs them: the case data goes from the
workspace's snapshot to the engine (COPY into a schema; Parquet read by a local session)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tilsyn.cli import app
from tilsyn.data.importer import import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.engines.session import postgres_schema

pytestmark = pytest.mark.engines

ENGINE_ENV = (
    "TILSYN_POSTGRES_URL",
    "SPARK_REMOTE",
    "TILSYN_SPARK_DATABASE",
    "TILSYN_SPARK_TABLES",
)
MEASURE = "Andel med mindst 4 jobsamtaler (pct.)"


@pytest.fixture(scope="module")
def space(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, str, str]:
    root = tmp_path_factory.mktemp("commands")
    generate(root / "data", persons=200, start="2023-01", end="2025-12", seed=5, fmt="parquet")
    ws = Workspace(root / "ws")
    sid = import_folder(root / "data", ws).snapshot_id
    con = ws.connect(sid)
    try:
        rows = con.execute(
            "SELECT municipality FROM persons GROUP BY ALL ORDER BY count(*) DESC LIMIT 1"
        ).fetchall()
    finally:
        con.close()
    return ws, sid, rows[0][0]


def _official(folder: Path, municipality: str) -> Path:
    lines = ["Område;Periode;Ydelsesgruppe;Antal personer med 6 mdr. anciennitet;" + MEASURE]
    lines += [f"{municipality};2025M{m:02d};I alt;40;{50 + m},5" for m in range(1, 7)]
    path = folder / "jobindsats.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _budget(folder: Path) -> Path:
    # The leaves without a forecast take full-year persons (and the refund share) from the
    # case data: the part of the follow-up that reads the engine. The price is high so that
    # the forecast, printed to 0.1 mio. kr., shows full-year persons to 0.01.
    rows = [
        "area;parent;original_budget;corrected_budget;spent_to_date;forecast;benefits;"
        "price_per_fulltime_person (kr.)",
        "Beskæftigelse;;60;60;40;;;",
        "Kontanthjælp;Beskæftigelse;40;40;25;;kontanthjaelp,uddannelseshjaelp;10000000",
        "Sygedagpenge;Beskæftigelse;20;20;15;;sygedagpenge;10000000",
    ]
    path = folder / "budget.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _commands(folder: Path, municipality: str) -> dict[str, list[str]]:
    return {
        "forecast": [
            *("forecast", "focus", "--as-of", "2025-05-15", "--measure", "tilbud"),
            *("--municipality", municipality, "--format", "json"),
        ],
        "reconcile": [
            *("measures", "reconcile", "--official", str(_official(folder, municipality))),
            *("--measure", MEASURE, "--from", "2025-01", "--to", "2025-06"),
            *("--municipality", municipality, "--area", municipality),
            *("--as-of", "2025-12-31", "--format", "json"),
        ],
        "budget": [
            *("budget", "--budget", str(_budget(folder)), "--as-of", "2025-08-31"),
            *("--municipality", municipality, "--format", "json"),
        ],
    }


def _run(ws: Workspace, args: list[str], engine: str) -> Any:
    result = CliRunner().invoke(app, [*args, "--engine", engine, "--workspace", str(ws.root)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def expected(
    space: tuple[Workspace, str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[list[str], Any]]:
    ws, _, municipality = space
    commands = _commands(tmp_path_factory.mktemp("inputs"), municipality)
    return {name: (args, _run(ws, args, "duckdb")) for name, args in commands.items()}


@pytest.fixture(scope="module", params=["postgres", "spark"])
def engine(request: pytest.FixtureRequest, space: tuple[Workspace, str, str]) -> Iterator[str]:
    saved = {k: os.environ.pop(k) for k in ENGINE_ENV if k in os.environ}
    try:
        if request.param == "postgres":
            url = request.getfixturevalue("postgres_url")
            os.environ["TILSYN_POSTGRES_URL"] = url
        else:
            request.getfixturevalue("spark")  # the local session the command then uses
        yield request.param
    finally:
        if request.param == "postgres":
            import psycopg

            with psycopg.connect(url, autocommit=True) as pg:
                pg.execute(f'DROP SCHEMA IF EXISTS "{postgres_schema(space[1])}" CASCADE')
        for k in ENGINE_ENV:
            os.environ.pop(k, None)
        os.environ.update(saved)


def test_there_is_something_to_compare(expected: dict[str, tuple[list[str], Any]]) -> None:
    forecast = expected["forecast"][1]
    assert forecast["actions"], "prognosen har ingen handlingsliste"
    assert forecast["backtest"], "prognosen har ingen backtest"
    assert any(r["ours_pct"] is not None for r in expected["reconcile"][1])
    from_cases = [r for r in expected["budget"][1] if r["forecast_basis"] == "fulltime"]
    assert [r["area"] for r in from_cases] == ["Kontanthjælp", "Sygedagpenge"]
    assert all(r["forecast"] > 1 for r in from_cases)


@pytest.mark.parametrize("command", ["forecast", "reconcile", "budget"])
def test_command_on_engine_equals_duckdb(
    space: tuple[Workspace, str, str],
    expected: dict[str, tuple[list[str], Any]],
    engine: str,
    command: str,
) -> None:
    args, reference = expected[command]
    assert _run(space[0], args, engine) == reference
