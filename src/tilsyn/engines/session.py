"""Open the engine named on the command line for the current snapshot.

* ``postgres``: ``TILSYN_POSTGRES_URL`` (a libpq URL). The snapshot's case data is copied
  (COPY) into the schema ``tilsyn_<snapshot id>`` once; later runs reuse it.
* ``spark``: a session from ``SPARK_REMOTE`` (Spark Connect) or a local one
  (``TILSYN_SPARK_MASTER``, default ``local[*]``). The case data is read as Parquet from
  ``TILSYN_SPARK_TABLES`` (one folder per table, e.g. on the cluster's object store), or, when
  that is unset, exported from the snapshot into the workspace's ``spark/<snapshot id>``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import duckdb

from tilsyn.data.workspace import Workspace
from tilsyn.engines.connection import EngineConnection
from tilsyn.engines.load import connect_postgres, spark_views, to_postgres, to_spark

POSTGRES_URL_ENV = "TILSYN_POSTGRES_URL"
SPARK_TABLES_ENV = "TILSYN_SPARK_TABLES"
SPARK_MASTER_ENV = "TILSYN_SPARK_MASTER"


class EngineUnavailable(RuntimeError):
    """The engine cannot be reached or is not configured; the message says what to set."""


def postgres_schema(snapshot_id: str) -> str:
    return f"tilsyn_{snapshot_id.lower()}"


def _postgres(space: Workspace, sid: str) -> EngineConnection:
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        raise EngineUnavailable(f"--engine postgres kræver {POSTGRES_URL_ENV} (en libpq-URL)")
    import psycopg

    schema = postgres_schema(sid)
    try:
        with psycopg.connect(url) as pg:
            loaded = pg.execute(
                "SELECT 1 FROM information_schema.tables "
                "WHERE table_schema = %s AND table_name = '_snapshot'",
                (schema,),
            ).fetchall()
    except psycopg.OperationalError as exc:
        raise EngineUnavailable(f"PostgreSQL svarer ikke ({POSTGRES_URL_ENV}): {exc}") from None
    if loaded:
        return connect_postgres(url, schema)
    con = space.connect(sid)
    try:
        return to_postgres(con, url, schema)
    finally:
        con.close()


def spark_session() -> Any:
    """The Spark session: Spark Connect when ``SPARK_REMOTE`` is set, else a local one."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineUnavailable(
            "--engine spark kræver pyspark (installér tilsyn med ekstraen 'spark')"
        ) from None
    builder = SparkSession.builder.appName("tilsyn")
    if not os.environ.get("SPARK_REMOTE"):
        builder = builder.master(os.environ.get(SPARK_MASTER_ENV, "local[*]"))
    return builder.getOrCreate()


def _spark(space: Workspace, sid: str) -> EngineConnection:
    spark = spark_session()
    location = os.environ.get(SPARK_TABLES_ENV)
    if location:
        return spark_views(spark, location)
    folder = space.root / "spark" / sid
    if (folder / "snapshot_meta").exists():
        return spark_views(spark, folder)
    con = space.connect(sid)
    try:
        return to_spark(con, spark, folder)
    finally:
        con.close()


def open_engine(
    name: str, space: Workspace, snapshot_id: str | None = None
) -> duckdb.DuckDBPyConnection | EngineConnection:
    """A connection for the current snapshot (or ``snapshot_id``) on engine ``name`` (see the
    module docstring)."""
    sid = snapshot_id or space.require_current()
    if name == "duckdb":
        return space.connect(sid)
    if name == "postgres":
        return _postgres(space, sid)
    if name == "spark":
        return _spark(space, sid)
    raise EngineUnavailable(f"ukendt motor '{name}' (mulige: duckdb, spark, postgres)")


def spark_folder(space: Workspace, sid: str) -> Path:
    return space.root / "spark" / sid
