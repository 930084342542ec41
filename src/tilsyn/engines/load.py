"""Put one snapshot's case data on another engine.

The snapshot (a DuckDB file) stays the source of truth. Its contract tables and its
``_snapshot`` row are copied to the engine with DuckDB's ``rowid`` as a real column, since
the measures join on it: to PostgreSQL with COPY into a schema of their own, to Spark as
Parquet files read back as temporary views (or, on a cluster, as catalogue tables).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from tilsyn.data.contract import TABLES
from tilsyn.engines.connection import PostgresConnection, SparkConnection

META_TABLE = "_snapshot"
TABLE_NAMES = (*(t.name for t in TABLES), META_TABLE)


def _present(con: duckdb.DuckDBPyConnection) -> list[str]:
    found = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    return [name for name in TABLE_NAMES if name in found]


def table_with_rowid(con: duckdb.DuckDBPyConnection, name: str) -> pa.Table:
    return con.sql(f'SELECT rowid, * FROM main."{name}"').to_arrow_table()


def check_schema_name(schema: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
        raise ValueError(f"ugyldigt skemanavn '{schema}' (små bogstaver, cifre og _)")
    return schema


def to_postgres(con: duckdb.DuckDBPyConnection, url: str, schema: str) -> PostgresConnection:
    """Copy the snapshot behind ``con`` into ``schema`` (replaced) at ``url`` and return a
    connection that runs the engine's SQL there."""
    import psycopg

    check_schema_name(schema)
    pg = psycopg.connect(url, autocommit=True)
    with pg.cursor() as cur:
        cur.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        cur.execute(f'CREATE SCHEMA "{schema}"')
    engine = PostgresConnection(pg, schema)
    for name in _present(con):
        engine.copy_in(name, table_with_rowid(con, name), temporary=False)
    return engine


def connect_postgres(url: str, schema: str) -> PostgresConnection:
    """A connection to case data already loaded into ``schema`` (see :func:`to_postgres`)."""
    import psycopg

    return PostgresConnection(psycopg.connect(url, autocommit=True), check_schema_name(schema))


def parquet_folder(name: str) -> str:
    # Spark skips paths that start with "_" (like Hadoop's _SUCCESS), so the snapshot's
    # metadata table is stored as "snapshot_meta".
    return "snapshot_meta" if name == META_TABLE else name


def to_spark(con: duckdb.DuckDBPyConnection, spark: Any, folder: Path) -> SparkConnection:
    """Write the snapshot behind ``con`` as Parquet under ``folder`` (one folder per table)
    and register each as a temporary view of ``spark``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in _present(con):
        path = folder / parquet_folder(name)
        path.mkdir(exist_ok=True)
        pq.write_table(table_with_rowid(con, name), path / "part-0.parquet")
    return spark_views(spark, folder)


def spark_views(spark: Any, folder: Path | str) -> SparkConnection:
    """Register the Parquet tables under ``folder`` (local path or a cluster's URI) as
    temporary views of ``spark``."""
    base = str(folder).rstrip("/")
    for name in TABLE_NAMES:
        try:
            frame = spark.read.parquet(f"{base}/{parquet_folder(name)}")
        except Exception as exc:  # an optional table that was not written
            if "PATH_NOT_FOUND" in str(exc) or "does not exist" in str(exc):
                continue
            raise
        frame.createOrReplaceTempView(name)
    return SparkConnection(spark)
