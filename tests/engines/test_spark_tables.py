"""Spark's catalogue: case data read from a database's tables, results written back as tables.

A small generated population is imported into a workspace, copied into a catalogue database
by ``tilsyn spark load``, and ``tilsyn spark results`` computes everything on Spark over that
database and writes the results to another one. The tables read back equal DuckDB's results
on the snapshot, row for row, and carry the snapshot id and the time of computation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from tilsyn.app.actor import Actor
from tilsyn.app.errors import ServiceUnavailable
from tilsyn.app.spark_tables import RESULT_TABLES, compute_results, write_spark_tables
from tilsyn.cli import app
from tilsyn.data.workspace import Workspace
from tilsyn.engines.connection import SparkConnection
from tilsyn.engines.spark_catalogue import (
    COMPUTED_COLUMN,
    SNAPSHOT_COLUMN,
    CatalogueError,
    catalogue_views,
    drop_staged,
    stage_query,
    table_properties,
    write_results,
)

pytestmark = pytest.mark.engines

AS_OF = dt.date(2026, 6, 30)
CASE_DB = "tilsyn_case"
RESULTS_DB = "tilsyn_results"


def _cli(ws: Workspace, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--workspace", str(ws.root)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def written(spark: Any, space: tuple[Workspace, str]) -> Iterator[str]:
    ws, _ = space
    loaded = _cli(ws, "spark", "load", "--spark-database", CASE_DB)
    assert "11 tabeller skrevet til tilsyn_case" in loaded  # snapshot_meta too
    output = _cli(
        ws,
        "spark",
        "results",
        "--as-of",
        AS_OF.isoformat(),
        "--spark-database",
        CASE_DB,
        "--results-database",
        RESULTS_DB,
    )
    yield output
    for db in (CASE_DB, RESULTS_DB):
        spark.sql(f"DROP DATABASE IF EXISTS {db} CASCADE")


def _rows(table: pa.Table) -> list[tuple[str, ...]]:
    # Decimals compare by value (Spark may widen their scale); rows tied on the ordering
    # columns may come in either order.
    return sorted(tuple(str(v) for v in row.values()) for row in table.to_pylist())


def test_results_written_back_equal_duckdb(
    spark: Any, space: tuple[Workspace, str], written: str
) -> None:
    ws, sid = space
    con = ws.connect(sid)
    try:
        expected = compute_results(con, AS_OF)
    finally:
        con.close()
    tables = {t.name for t in spark.catalog.listTables(RESULTS_DB) if not t.isTemporary}
    assert tables == set(RESULT_TABLES)
    for name in RESULT_TABLES:
        assert expected[name].num_rows > 0, f"{name}: intet at sammenligne"
        assert f"{name}: {expected[name].num_rows} rækker" in written
        back = spark.table(f"{RESULTS_DB}.{name}").toArrow()
        assert set(back.column(SNAPSHOT_COLUMN).to_pylist()) == {sid}, name
        stamps = set(back.column(COMPUTED_COLUMN).to_pylist())
        assert len(stamps) == 1, name
        props = table_properties(spark, RESULTS_DB, name)
        assert props["tilsyn.snapshot_id"] == sid
        assert dt.datetime.fromisoformat(props["tilsyn.computed_at"]) == stamps.pop()
        back = back.drop_columns([SNAPSHOT_COLUMN, COMPUTED_COLUMN])
        assert back.column_names == expected[name].column_names, name
        assert _rows(back) == _rows(expected[name]), name


def test_catalogue_case_data_names_its_snapshot(spark: Any, space: tuple[Workspace, str]) -> None:
    # The ``written`` fixture's load is not needed here: a fresh load under another name.
    ws, sid = space
    _cli(ws, "spark", "load", "--spark-database", "tilsyn_case_2")
    try:
        assert catalogue_views(spark, "tilsyn_case_2").snapshot_id == sid
    finally:
        spark.sql("DROP DATABASE IF EXISTS tilsyn_case_2 CASCADE")


def test_a_second_run_replaces_the_tables(spark: Any) -> None:
    first = dt.datetime(2026, 11, 30, 6, 0, tzinfo=dt.UTC)
    second = first + dt.timedelta(days=1)
    try:
        write_results(
            spark,
            "tilsyn_rerun",
            {"t": pa.table({"x": [1, 2, 3]})},
            snapshot_id="A",
            computed_at=first,
        )
        write_results(
            spark, "tilsyn_rerun", {"t": pa.table({"x": [4]})}, snapshot_id="B", computed_at=second
        )
        back = spark.table("tilsyn_rerun.t").toArrow().to_pylist()
        assert back == [{"x": 4, SNAPSHOT_COLUMN: "B", COMPUTED_COLUMN: second}]
        assert table_properties(spark, "tilsyn_rerun", "t")["tilsyn.snapshot_id"] == "B"
    finally:
        spark.sql("DROP DATABASE IF EXISTS tilsyn_rerun CASCADE")


def _tables(spark: Any, database: str) -> set[str]:
    # The session's temporary views (of other tests) are listed too.
    return {t.name for t in spark.catalog.listTables(database) if not t.isTemporary}


def test_a_staged_result_replaces_the_table_only_when_put_in_place(spark: Any) -> None:
    first = dt.datetime(2026, 11, 30, 6, 0, tzinfo=dt.UTC)
    engine = SparkConnection(spark)
    stamp = {"snapshot_id": "A", "computed_at": first}
    try:
        write_results(spark, "tilsyn_staging", {"t": pa.table({"x": [1]})}, **stamp)
        # A run that fails after staging: its staging table goes, the old table stays.
        assert stage_query(engine, "tilsyn_staging", "t", "SELECT 7 AS x", **stamp) == 1
        drop_staged(spark, "tilsyn_staging", ["t"])
        assert _tables(spark, "tilsyn_staging") == {"t"}
        assert spark.table("tilsyn_staging.t").toArrow().column("x").to_pylist() == [1]
        # A run that succeeds: the staged rows (stamped by Spark) take the table's place.
        later = {"snapshot_id": "B", "computed_at": first + dt.timedelta(days=1)}
        rows = stage_query(engine, "tilsyn_staging", "t", "SELECT 7 AS x UNION SELECT 8", **later)
        assert write_results(spark, "tilsyn_staging", {}, staged={"t": rows}, **later) == {"t": 2}
        back = spark.table("tilsyn_staging.t").toArrow()
        assert sorted(back.to_pylist(), key=lambda r: r["x"]) == [
            {"x": 7, SNAPSHOT_COLUMN: "B", COMPUTED_COLUMN: later["computed_at"]},
            {"x": 8, SNAPSHOT_COLUMN: "B", COMPUTED_COLUMN: later["computed_at"]},
        ]
        assert _tables(spark, "tilsyn_staging") == {"t"}
        assert table_properties(spark, "tilsyn_staging", "t")["tilsyn.snapshot_id"] == "B"
    finally:
        spark.sql("DROP DATABASE IF EXISTS tilsyn_staging CASCADE")


def test_a_database_without_the_required_tables_is_refused(
    spark: Any, space: tuple[Workspace, str]
) -> None:
    ws, _ = space
    spark.sql("CREATE DATABASE IF NOT EXISTS tilsyn_half")
    spark.createDataFrame(pa.table({"person_id": ["X"], "municipality": ["185"]})).write.mode(
        "overwrite"
    ).saveAsTable("tilsyn_half.persons")
    try:
        with pytest.raises(CatalogueError) as exc:
            catalogue_views(spark, "tilsyn_half")
        assert str(exc.value) == (
            "databasen 'tilsyn_half' mangler tabellerne benefit_periods, conversations "
            "(sagsdatakontrakten)"
        )
        with pytest.raises(ServiceUnavailable, match="Spark-kataloget har ingen database 'nej'"):
            write_spark_tables(
                Actor.operator("ci"),
                ws,
                as_of=AS_OF,
                computed_at=dt.datetime.now(dt.UTC),
                database="nej",
            )
    finally:
        spark.sql("DROP DATABASE IF EXISTS tilsyn_half CASCADE")
