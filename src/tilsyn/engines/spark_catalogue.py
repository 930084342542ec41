"""Case data and results as tables of a Spark catalogue database (a lakehouse's schema).

Reading: the case-data tables of a database (``persons``, ``benefit_periods``, …, and the
snapshot's own row as ``snapshot_meta``) become temporary views of the session under their
contract names, so the engine's SQL reads them unchanged. ``rowid`` is a column there, as in
the Parquet export (the measures join on it); a platform that writes its own tables adds it
(any unique BIGINT per row).

Writing: each result is one table, replaced whole by every run (``saveAsTable`` with mode
overwrite), with the snapshot id and the time of computation both as columns of every row
and as table properties (``tilsyn.snapshot_id``, ``tilsyn.computed_at``). The large results
(the obligations) are written by Spark itself from their query, first as a staging table
(``<name>__staged``) that replaces the table only once every result is computed; the small
aggregates travel from the driver as Arrow.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

import duckdb
import pyarrow as pa

from tilsyn.engines.connection import SparkConnection, sql_type
from tilsyn.engines.load import META_TABLE, TABLE_NAMES, parquet_folder, table_with_rowid

REQUIRED = ("persons", "benefit_periods", "conversations")
SNAPSHOT_COLUMN = "snapshot_id"
COMPUTED_COLUMN = "computed_at"


class CatalogueError(RuntimeError):
    """The database is missing, badly named or lacks a required table."""


def check_database(name: str) -> str:
    """``name`` as a database of the catalogue: ``db`` or ``catalog.db`` (letters, digits, _)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?", name):
        raise CatalogueError(
            f"ugyldigt databasenavn '{name}' (bogstaver, cifre og _, evt. katalog.database)"
        )
    return name


def qualified(database: str, table: str) -> str:
    return ".".join(f"`{part}`" for part in (*check_database(database).split("."), table))


def _tables(spark: Any, database: str) -> set[str]:
    if not spark.catalog.databaseExists(check_database(database)):
        raise CatalogueError(f"Spark-kataloget har ingen database '{database}'")
    return {t.name.lower() for t in spark.catalog.listTables(database) if not t.isTemporary}


def catalogue_views(spark: Any, database: str) -> SparkConnection:
    """Register the case-data tables of ``database`` as temporary views of ``spark`` and
    return a connection running the engine's SQL on them; its ``snapshot_id`` is the id in
    ``snapshot_meta`` (else ``spark:<database>``)."""
    present = _tables(spark, database)
    missing = [t for t in REQUIRED if t not in present]
    if missing:
        raise CatalogueError(
            f"databasen '{database}' mangler tabellerne {', '.join(missing)} (sagsdatakontrakten)"
        )
    for name in TABLE_NAMES:
        stored = parquet_folder(name)
        if stored in present:
            spark.table(qualified(database, stored)).createOrReplaceTempView(name)
    engine = SparkConnection(spark)
    engine.snapshot_id = f"spark:{database}"
    if parquet_folder(META_TABLE) in present:
        rows = engine.execute(f"SELECT id FROM {META_TABLE}").fetchall()
        if rows and rows[0][0]:
            engine.snapshot_id = str(rows[0][0])
    return engine


def _create_database(spark: Any, database: str) -> None:
    parts = check_database(database).split(".")
    spark.sql(f"CREATE DATABASE IF NOT EXISTS {'.'.join(f'`{p}`' for p in parts)}")


def _plain(table: pa.Table) -> pa.Table:
    # Spark's Arrow conversion takes neither string views (DuckDB's VARCHAR) nor null-typed
    # columns (a result column that is empty in every row): both become plain strings.
    fields = [
        pa.field(f.name, pa.string())
        if pa.types.is_string_view(f.type) or pa.types.is_null(f.type)
        else f
        for f in table.schema
    ]
    return table.cast(pa.schema(fields))


def _frame(spark: Any, table: pa.Table) -> Any:
    table = _plain(table)
    if table.num_rows:
        return spark.createDataFrame(table)
    # Spark Connect infers no schema from an empty Arrow table: it is given.
    ddl = ", ".join(f"`{f.name}` {sql_type(f.type, 'spark')}" for f in table.schema)
    return spark.createDataFrame([], schema=ddl)


def load_snapshot(con: duckdb.DuckDBPyConnection, spark: Any, database: str) -> list[str]:
    """Copy the snapshot behind ``con`` into ``database`` (created when missing; its tables
    replaced), ``rowid`` included; returns the tables written."""
    _create_database(spark, database)
    found = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    written = []
    for name in TABLE_NAMES:
        if name not in found:
            continue
        frame = _frame(spark, table_with_rowid(con, name))
        frame.write.mode("overwrite").saveAsTable(qualified(database, parquet_folder(name)))
        written.append(parquet_folder(name))
    return written


STAGED_SUFFIX = "__staged"


def stamped_query(sql: str, *, snapshot_id: str, computed_at: dt.datetime) -> str:
    """``sql`` (Spark SQL) with the ``snapshot_id`` and ``computed_at`` columns appended."""
    stamp = computed_at.astimezone(dt.UTC).isoformat()
    return (
        f"SELECT r.*, '{_quoted(snapshot_id)}' AS {SNAPSHOT_COLUMN}, "
        f"CAST('{stamp}' AS TIMESTAMP) AS {COMPUTED_COLUMN} FROM ({sql}) AS r"
    )


def stage_query(
    engine: SparkConnection,
    database: str,
    name: str,
    sql: str,
    *,
    snapshot_id: str,
    computed_at: dt.datetime,
) -> int:
    """Write the rows of ``sql`` (Spark SQL over ``engine``'s views), stamped, as the
    staging table of result ``name``, by Spark itself; returns the rows written.
    :func:`write_results` puts it in place."""
    _create_database(engine.spark, database)
    target = qualified(database, name + STAGED_SUFFIX)
    stamped = stamped_query(sql, snapshot_id=snapshot_id, computed_at=computed_at)
    return engine.save_table(target, stamped)


def drop_staged(spark: Any, database: str, names: Iterable[str]) -> None:
    """Remove the staging tables of ``names`` (a run that failed before putting them in
    place leaves the previous run's tables as they were)."""
    if spark.catalog.databaseExists(check_database(database)):
        for name in names:
            spark.sql(f"DROP TABLE IF EXISTS {qualified(database, name + STAGED_SUFFIX)}")


def write_results(
    spark: Any,
    database: str,
    results: Mapping[str, pa.Table],
    *,
    snapshot_id: str,
    computed_at: dt.datetime,
    staged: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """Write each result table to ``database`` under its name, replacing the table of an
    earlier run, stamped with ``snapshot_id`` and ``computed_at`` (UTC), and put the
    ``staged`` results (name → rows, written by :func:`stage_query`) in place of theirs;
    returns the rows written per table. All results are computed before this is called,
    so a failed computation replaces nothing."""
    _create_database(spark, database)
    stamp = computed_at.astimezone(dt.UTC)
    written: dict[str, int] = {}
    for name, n in (staged or {}).items():
        target = qualified(database, name)
        spark.sql(f"DROP TABLE IF EXISTS {target}")
        spark.sql(f"ALTER TABLE {qualified(database, name + STAGED_SUFFIX)} RENAME TO {target}")
        _set_properties(spark, target, snapshot_id, stamp)
        written[name] = n
    for name, table in results.items():
        target = qualified(database, name)
        n = table.num_rows
        stamped = table.append_column(SNAPSHOT_COLUMN, pa.array([snapshot_id] * n, pa.string()))
        stamped = stamped.append_column(
            COMPUTED_COLUMN, pa.array([stamp] * n, pa.timestamp("us", tz="UTC"))
        )
        frame = _frame(spark, stamped)
        frame.write.mode("overwrite").saveAsTable(target)
        _set_properties(spark, target, snapshot_id, stamp)
        written[name] = n
    return written


def _set_properties(spark: Any, target: str, snapshot_id: str, stamp: dt.datetime) -> None:
    spark.sql(
        f"ALTER TABLE {target} SET TBLPROPERTIES ("
        f"'tilsyn.snapshot_id' = '{_quoted(snapshot_id)}', "
        f"'tilsyn.computed_at' = '{stamp.isoformat()}')"
    )


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def table_properties(spark: Any, database: str, table: str) -> dict[str, str]:
    rows = spark.sql(f"SHOW TBLPROPERTIES {qualified(database, table)}").collect()
    return {r[0]: r[1] for r in rows}
