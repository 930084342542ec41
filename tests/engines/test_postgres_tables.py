"""Results written to a PostgreSQL warehouse: ``tilsyn postgres results`` computes everything
on PostgreSQL over the snapshot's case data (copied there with COPY) and writes the six
result tables to a schema. Read back, they equal DuckDB's results on the snapshot row for
row, carry the snapshot id and the time of computation, and a run that fails leaves the
previous run's tables as they were."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from tilsyn.app import postgres_tables as app_postgres
from tilsyn.app.actor import Actor
from tilsyn.app.spark_tables import RESULT_TABLES, compute_results
from tilsyn.cli import app
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace
from tilsyn.engines.postgres_tables import COMPUTED_COLUMN, SNAPSHOT_COLUMN, STAGED_SUFFIX

pytestmark = pytest.mark.engines

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def url(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TILSYN_POSTGRES_URL", postgres_url)
    return postgres_url


def _query(url: str, sql: str) -> pa.Table:
    import psycopg

    with psycopg.connect(url) as pg, pg.cursor() as cur:
        cur.execute(sql)
        names = [d.name for d in cur.description or []]
        rows = cur.fetchall()
    return pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})


def _tables(url: str, schema: str) -> set[str]:
    t = _query(
        url, f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema}'"
    )
    return set(t.column(0).to_pylist()) if t.num_columns else set()


def _rows(table: pa.Table) -> list[tuple[str, ...]]:
    # Decimals and doubles compare by their text; rows tied on the order may come either way.
    def text(v: Any) -> str:
        return repr(round(v, 9)) if isinstance(v, float) else str(v)

    return sorted(tuple(text(v) for v in row.values()) for row in table.to_pylist())


@pytest.fixture(scope="module")
def expected(space: tuple[Workspace, str]) -> dict[str, pa.Table]:
    ws, sid = space
    con = ws.connect(sid)
    try:
        return compute_results(con, AS_OF)
    finally:
        con.close()


def test_results_written_to_postgresql_equal_duckdb(
    space: tuple[Workspace, str], url: str, pg_schema: str, expected: dict[str, pa.Table]
) -> None:
    ws, sid = space
    result = CliRunner().invoke(
        app,
        ["postgres", "results", "--as-of", AS_OF.isoformat(), "--schema", pg_schema,
         "--workspace", str(ws.root)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _tables(url, pg_schema) == set(RESULT_TABLES)
    for name in RESULT_TABLES:
        assert expected[name].num_rows > 0, f"{name}: intet at sammenligne"
        assert f"{name}: {expected[name].num_rows} rækker" in result.output
        back = _query(url, f'SELECT * FROM "{pg_schema}"."{name}"')
        assert set(back.column(SNAPSHOT_COLUMN).to_pylist()) == {sid}, name
        assert len(set(back.column(COMPUTED_COLUMN).to_pylist())) == 1, name
        comment = _query(url, f'SELECT obj_description(\'"{pg_schema}"."{name}"\'::regclass)')
        assert comment.column(0)[0].as_py().startswith(f"tilsyn snapshot_id={sid} computed_at=")
        back = back.drop_columns([SNAPSHOT_COLUMN, COMPUTED_COLUMN])
        assert back.column_names == expected[name].column_names, name
        assert _rows(back) == _rows(expected[name]), name
    # Every citizen written is in the access log.
    people = {p for name in ("tilsyn_obligations", "tilsyn_staircase")
              for p in expected[name].column("person_id").to_pylist()}  # fmt: skip
    logged = {e.person_id for e in read_log(ws.root) if e.action == "postgres-tables"}
    assert logged == people


def test_a_failed_run_leaves_the_previous_tables(
    space: tuple[Workspace, str], url: str, pg_schema: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, _ = space
    first = dt.datetime(2026, 11, 30, 6, 0, tzinfo=dt.UTC)
    done = app_postgres.write_postgres_tables(
        Actor.operator("ci"), ws, as_of=AS_OF, computed_at=first, schema=pg_schema
    )
    assert done.rows["tilsyn_obligations"] > 0

    def broken(*_: Any) -> dict[str, pa.Table]:
        raise RuntimeError("målingerne fejlede")

    # The obligations and the staircase are staged before the measures fail.
    monkeypatch.setattr(app_postgres, "compute_collected", broken)
    with pytest.raises(RuntimeError, match="målingerne fejlede"):
        app_postgres.write_postgres_tables(
            Actor.operator("ci"),
            ws,
            as_of=AS_OF,
            computed_at=first + dt.timedelta(days=1),
            schema=pg_schema,
        )
    assert _tables(url, pg_schema) == set(RESULT_TABLES)  # no staging table is left
    assert not any(t.endswith(STAGED_SUFFIX) for t in _tables(url, pg_schema))
    for name in RESULT_TABLES:
        back = _query(
            url, f'SELECT {COMPUTED_COLUMN}, count(*) FROM "{pg_schema}"."{name}" GROUP BY 1'
        )
        assert back.column(0).to_pylist() == [first], name
        assert back.column(1).to_pylist() == [done.rows[name]], name
