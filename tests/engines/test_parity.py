"""Parity: the engine gives identical results on DuckDB, PostgreSQL and Spark.

Every obligation (two reference dates), every focus, early-effort and reform cell, every
staircase week and every full-year-person month (weeks and days methods), for a hand-made
fixture with boundary cases and for a generated population of 2,000 citizens over four years.
The results are compared whole (Python values, Decimals and dates included), after checking
that there is something to compare. The obligations are compared twice on each engine: as
collected, and as the table the engine writes itself (``CREATE TABLE ... AS SELECT`` on
PostgreSQL, a DataFrame write on Spark), read back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from engine_parity import FIXTURE_END, computations, fixture_records, obligations, size
from tilsyn.data.importer import connection_from_records, import_folder
from tilsyn.data.synthetic import generate
from tilsyn.data.workspace import Workspace
from tilsyn.engines.dialect import Action
from tilsyn.engines.load import to_postgres, to_spark
from tilsyn.rules.on_engine import obligations_query

pytestmark = pytest.mark.engines

POPULATION_END = dt.date(2025, 12, 31)


@pytest.fixture(scope="module")
def fixture_duckdb() -> duckdb.DuckDBPyConnection:
    return connection_from_records(fixture_records())


@pytest.fixture(scope="module")
def population_duckdb(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[duckdb.DuckDBPyConnection]:
    root = tmp_path_factory.mktemp("population")
    generate(root / "data", persons=2000, start="2022-01", end="2025-12", seed=7, fmt="parquet")
    space = Workspace(root / "ws")
    result = import_folder(root / "data", space)
    con = space.connect(result.snapshot_id)
    yield con
    con.close()


DATASETS = {
    "fixture": ("fixture_duckdb", FIXTURE_END),
    "population": ("population_duckdb", POPULATION_END),
}


@pytest.fixture(scope="module", params=sorted(DATASETS))
def dataset(request: pytest.FixtureRequest) -> tuple[str, duckdb.DuckDBPyConnection, dt.date]:
    fixture, end = DATASETS[request.param]
    return request.param, request.getfixturevalue(fixture), end


@pytest.fixture(scope="module")
def on_postgres(
    dataset: tuple[str, duckdb.DuckDBPyConnection, dt.date], postgres_url: str
) -> Iterator[Any]:
    import psycopg

    schema = f"tilsyn_test_{uuid.uuid4().hex[:12]}"
    engine = to_postgres(dataset[1], postgres_url, schema)
    yield engine
    engine.close()
    with psycopg.connect(postgres_url, autocommit=True) as pg:
        pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="module")
def on_spark(
    dataset: tuple[str, duckdb.DuckDBPyConnection, dt.date],
    spark: Any,
    tmp_path_factory: pytest.TempPathFactory,
) -> Any:
    return to_spark(dataset[1], spark, Path(tmp_path_factory.mktemp(f"spark-{dataset[0]}")))


NAMES = sorted(computations(POPULATION_END))


def _assert_same(
    data: tuple[str, duckdb.DuckDBPyConnection, dt.date], other: Any, name: str
) -> None:
    label, duck, end = data
    compute = computations(end)[name]
    expected = compute(duck)
    # The fixture ends in 2024, before any reform cohort; everything else has rows.
    if not (label == "fixture" and name == "reform"):
        assert size(expected) > 0, f"{name}: intet at sammenligne"
    assert compute(other) == expected


@pytest.mark.parametrize("name", NAMES)
def test_postgres_equals_duckdb(
    dataset: tuple[str, duckdb.DuckDBPyConnection, dt.date], on_postgres: Any, name: str
) -> None:
    _assert_same(dataset, on_postgres, name)


@pytest.mark.parametrize("name", NAMES)
def test_spark_equals_duckdb(
    dataset: tuple[str, duckdb.DuckDBPyConnection, dt.date], on_spark: Any, name: str
) -> None:
    _assert_same(dataset, on_spark, name)


def _written_obligations(engine: Any, table: str, as_of: dt.date) -> list[dict[str, Any]]:
    with obligations_query(engine, as_of) as sql:
        rows = engine.save_table(table, sql)
    back = engine.run(Action("query", f"SELECT * FROM {table}")).to_arrow_table().to_pylist()
    assert rows == len(back)
    return sorted(back, key=lambda row: tuple(str(v) for v in row.values()))


def _assert_written_same(
    data: tuple[str, duckdb.DuckDBPyConnection, dt.date], engine: Any, table: str
) -> None:
    _, duck, end = data
    for as_of in (dt.date(end.year, 6, 30), end):
        expected = obligations(duck, as_of)
        assert expected, "intet at sammenligne"
        assert _written_obligations(engine, table, as_of) == expected


def test_postgres_writes_the_obligations_duckdb_computes(
    dataset: tuple[str, duckdb.DuckDBPyConnection, dt.date], on_postgres: Any
) -> None:
    # Written twice to the same table: the second run replaces the first.
    _assert_written_same(dataset, on_postgres, f'"{on_postgres.schema}"."tilsyn_obligations"')


def test_spark_writes_the_obligations_duckdb_computes(
    dataset: tuple[str, duckdb.DuckDBPyConnection, dt.date], on_spark: Any, spark: Any
) -> None:
    table = f"tilsyn_parity_{uuid.uuid4().hex[:8]}"
    try:
        _assert_written_same(dataset, on_spark, table)
    finally:
        spark.sql(f"DROP TABLE IF EXISTS {table}")
