"""``tilsyn postgres results`` refuses before it connects: the wrong role, a schema name
that could inject SQL, no PostgreSQL configured."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, InvalidRequest
from tilsyn.app.postgres_tables import write_postgres_tables
from tilsyn.cli import app
from tilsyn.data.workspace import Workspace
from tilsyn.engines.postgres_tables import check_schema

AS_OF = dt.date(2026, 6, 30)


def _fails(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 2, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize("name", ["tilsyn", "jobcenter_2026", "_x"])
def test_a_plain_schema_name_is_taken(name: str) -> None:
    assert check_schema(name) == name


@pytest.mark.parametrize(
    "name", ["Tilsyn", "a; DROP TABLE x", 'x"y', "pg_catalog", "9a", "", "a" * 64]
)
def test_a_schema_name_that_could_inject_sql_is_refused(tmp_path: Path, name: str) -> None:
    out = _fails(
        "postgres", "results", "--as-of", "2026-06-30", "--schema", name,
        "--workspace", str(tmp_path),
    )  # fmt: skip
    assert f"--schema: ugyldigt skemanavn '{name}'" in out


def test_only_the_whole_workspace_may_write_tables(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    for who in (
        Actor("sb", Role.caseworker, frozenset({"185"})),
        Actor("chef", Role.manager, frozenset({"185"})),
        Actor("adm", Role.admin, frozenset({"185"})),
    ):
        with pytest.raises(AccessDenied, match="må ikke skrive resultater til PostgreSQL"):
            write_postgres_tables(who, ws, as_of=AS_OF, computed_at=dt.datetime.now(dt.UTC))
    with pytest.raises(InvalidRequest, match="ugyldigt skemanavn"):
        write_postgres_tables(
            Actor.operator("ci"), ws, as_of=AS_OF, computed_at=dt.datetime.now(dt.UTC), schema="X"
        )


def test_without_a_postgresql_url_the_variable_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate

    monkeypatch.delenv("TILSYN_POSTGRES_URL", raising=False)
    generate(tmp_path / "data", persons=20, start="2026-01", end="2026-06", seed=3)
    import_folder(tmp_path / "data", Workspace(tmp_path / "ws"))
    out = _fails(
        "postgres", "results", "--as-of", "2026-06-30", "--workspace", str(tmp_path / "ws")
    )
    assert "PostgreSQL kræver TILSYN_POSTGRES_URL (en libpq-URL)" in out
