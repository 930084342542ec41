"""Engines for the parity tests: a PostgreSQL database (``TILSYN_TEST_POSTGRES_URL``) and a
local Spark session. Missing ones skip the tests outside CI and fail them in CI."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

POSTGRES_ENV = "TILSYN_TEST_POSTGRES_URL"


def _missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} mangler i CI")
    pytest.skip(f"{what} mangler")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        _missing(f"PostgreSQL ({POSTGRES_ENV})")
    return str(url)


@pytest.fixture
def pg_schema(postgres_url: str) -> Iterator[str]:
    """A fresh schema name, dropped afterwards (tests run in parallel on one database)."""
    import psycopg

    name = f"tilsyn_test_{uuid.uuid4().hex[:12]}"
    yield name
    with psycopg.connect(postgres_url, autocommit=True) as pg:
        pg.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(scope="session")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One local session for the whole run (Spark takes seconds to start), with its catalogue
    (Spark's in-memory one) keeping managed tables in a temporary warehouse."""
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        _missing("Java (til Spark)")
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        _missing("pyspark")
        raise
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("tilsyn-parity")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.warehouse.dir", str(tmp_path_factory.mktemp("warehouse")))
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def spark_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    return tmp_path_factory.mktemp(name)


@pytest.fixture(scope="module")
def space(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, str]:
    """A workspace with a small generated population (200 citizens, 2024-01 to 2026-06)
    imported: (workspace, snapshot id), for the tests that write results to an engine."""
    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate
    from tilsyn.data.workspace import Workspace

    root = tmp_path_factory.mktemp("results")
    generate(root / "data", persons=200, start="2024-01", end="2026-06", seed=11, fmt="parquet")
    ws = Workspace(root / "ws")
    return ws, import_folder(root / "data", ws).snapshot_id
