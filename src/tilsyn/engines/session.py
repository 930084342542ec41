"""Open the engine named on the command line for the current snapshot.

* ``postgres``: ``TILSYN_POSTGRES_URL`` (a libpq URL). The snapshot's case data is copied
  (COPY) into the schema ``tilsyn_<snapshot id>`` once; later runs reuse it.
* ``spark``: a session from ``SPARK_REMOTE`` (Spark Connect, ``sc://host:15002``) or a local
  one (``TILSYN_SPARK_MASTER``, default ``local[*]``). The case data is read from the tables of
  the catalogue database ``TILSYN_SPARK_DATABASE`` (or ``--spark-database``), else as Parquet
  from ``TILSYN_SPARK_TABLES`` (one folder per table, e.g. on the cluster's object store), else
  exported from the snapshot into the workspace's ``spark/<snapshot id>``.
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
SPARK_DATABASE_ENV = "TILSYN_SPARK_DATABASE"
SPARK_REMOTE_ENV = "SPARK_REMOTE"


class EngineUnavailable(RuntimeError):
    """The engine cannot be reached or is not configured; the message says what to set."""


def postgres_schema(snapshot_id: str) -> str:
    return f"tilsyn_{snapshot_id.lower()}"


def _postgres(space: Workspace, sid: str) -> EngineConnection:
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        raise EngineUnavailable(f"PostgreSQL kræver {POSTGRES_URL_ENV} (en libpq-URL)")
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
    """The Spark session: a new Spark Connect session on ``SPARK_REMOTE`` when it is set (its
    temporary views are its own), else the process's local one (``getOrCreate``)."""
    remote = os.environ.get(SPARK_REMOTE_ENV)
    try:
        if remote:
            # Connect's own builder: PySpark's common builder refuses a remote session in a
            # process that already holds a local one.
            from pyspark.sql.connect.session import SparkSession as RemoteSession
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EngineUnavailable(
            f"--engine spark kræver pyspark med Spark Connect (installér tilsyn med ekstraen "
            f"'spark'): {exc}"
        ) from None
    if remote:
        try:
            return RemoteSession.builder.remote(remote).create()
        except Exception as exc:  # gRPC or URL errors, reported as the server gave them
            raise EngineUnavailable(
                f"Spark Connect kan ikke bruges ({SPARK_REMOTE_ENV}={remote}): {exc}"
            ) from None
    builder = SparkSession.builder.appName("tilsyn")
    return builder.master(os.environ.get(SPARK_MASTER_ENV, "local[*]")).getOrCreate()


def spark_database(database: str | None = None) -> str | None:
    """The catalogue database named by ``--spark-database`` or ``TILSYN_SPARK_DATABASE``."""
    return database or os.environ.get(SPARK_DATABASE_ENV) or None


def _spark(space: Workspace, sid: str | None, database: str | None) -> EngineConnection:
    spark = spark_session()
    if database:
        from tilsyn.engines.spark_catalogue import CatalogueError, catalogue_views

        try:
            return catalogue_views(spark, database)
        except CatalogueError as exc:
            raise EngineUnavailable(str(exc)) from None
    sid = sid or space.require_current()
    location = os.environ.get(SPARK_TABLES_ENV)
    folder = space.root / "spark" / sid
    if location:
        engine = spark_views(spark, location)
    elif (folder / "snapshot_meta").exists():
        engine = spark_views(spark, folder)
    else:
        con = space.connect(sid)
        try:
            engine = to_spark(con, spark, folder)
        finally:
            con.close()
    engine.snapshot_id = sid
    return engine


def open_engine(
    name: str,
    space: Workspace,
    snapshot_id: str | None = None,
    *,
    database: str | None = None,
) -> duckdb.DuckDBPyConnection | EngineConnection:
    """A connection for the current snapshot (or ``snapshot_id``) on engine ``name`` (see the
    module docstring). On Spark with a catalogue ``database`` (or ``TILSYN_SPARK_DATABASE``)
    the case data is that database's, whatever the workspace holds."""
    if name == "spark":
        return _spark(space, snapshot_id, spark_database(database))
    sid = snapshot_id or space.require_current()
    if name == "duckdb":
        return space.connect(sid)
    if name == "postgres":
        engine = _postgres(space, sid)
        engine.snapshot_id = sid
        return engine
    raise EngineUnavailable(f"ukendt motor '{name}' (mulige: duckdb, spark, postgres)")


def spark_folder(space: Workspace, sid: str) -> Path:
    return space.root / "spark" / sid
