"""The Spark commands' options, refused before any Spark session is started."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.app.spark_tables import load_spark_catalogue, write_spark_tables
from tilsyn.cli import app
from tilsyn.data.workspace import Workspace

AS_OF = dt.date(2026, 6, 30)


def _fails(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 2, result.output
    return " ".join(result.output.split())


def test_results_need_a_database(tmp_path: Path) -> None:
    out = _fails("spark", "results", "--as-of", "2026-06-30", "--workspace", str(tmp_path))
    assert "--results-database: angiv databasen, resultaterne skal skrives til" in out


@pytest.mark.parametrize("option", ["--spark-database", "--results-database"])
def test_a_database_name_that_could_inject_sql_is_refused(tmp_path: Path, option: str) -> None:
    args = ["spark", "results", "--as-of", "2026-06-30", "--workspace", str(tmp_path)]
    if option == "--results-database":
        args += ["--spark-database", "sager"]
    out = _fails(*args, option, "sager; DROP TABLE x")
    assert "ugyldigt databasenavn 'sager; DROP TABLE x'" in out


def test_load_refuses_a_bad_database_name(tmp_path: Path) -> None:
    out = _fails("spark", "load", "--spark-database", "a.b.c", "--workspace", str(tmp_path))
    assert "ugyldigt databasenavn 'a.b.c' (bogstaver, cifre og _, evt. katalog.database)" in out


def test_results_need_an_as_of_date(tmp_path: Path) -> None:
    out = _fails("spark", "results", "--as-of", "30-06-2026", "--spark-database", "sager")
    assert "--as-of: '30-06-2026' er ikke en dato som ÅÅÅÅ-MM-DD" in out


def test_only_the_whole_workspace_may_write_tables(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    for who in (
        Actor("sb", Role.caseworker, frozenset({"185"})),
        Actor("adm", Role.admin, frozenset({"185"})),
    ):
        with pytest.raises(AccessDenied, match="må ikke skrive resultater til Spark"):
            write_spark_tables(
                who, ws, as_of=AS_OF, computed_at=dt.datetime.now(dt.UTC), database="db"
            )
        with pytest.raises(AccessDenied, match="må ikke kopiere sagsdata til Spark"):
            load_spark_catalogue(who, ws, database="db")
