"""Spark Connect: ``--engine spark`` with ``SPARK_REMOTE`` reaches a Spark Connect server.

The test starts a real server (PySpark's ``SparkConnectServer`` through ``spark-submit``,
local mode, on a free loopback port), points ``SPARK_REMOTE`` at it and takes the session
from :func:`tilsyn.engines.session.spark_session`, as the command line does. The case data
goes over the wire into a catalogue database (no shared files), and the results equal
DuckDB's. Two computations of the full parity are left out here (mid-year obligations and
full-year persons by days): they run the same code paths as their siblings, and Spark over
Connect costs seconds per query on a small machine."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from engine_parity import FIXTURE_END, computations, fixture_records, size
from tilsyn.data.importer import connection_from_records
from tilsyn.engines.connection import SparkConnection
from tilsyn.engines.session import EngineUnavailable, spark_session
from tilsyn.engines.spark_catalogue import (
    COMPUTED_COLUMN,
    SNAPSHOT_COLUMN,
    catalogue_views,
    load_snapshot,
    stage_query,
    write_results,
)

pytestmark = pytest.mark.engines

OVER_CONNECT = (
    "obligations year end",
    "focus",
    "early",
    "reform",
    "staircase",
    "fulltime weeks",
)
STARTED = "Spark Connect server started"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def connect_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import pyspark

    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Java (til Spark Connect) mangler i CI")
        pytest.skip("Java (til Spark Connect) mangler")
    root = tmp_path_factory.mktemp("connect")
    port = _free_port()
    log = root / "server.log"
    command = [
        str(Path(pyspark.__file__).parent / "bin" / "spark-submit"),
        "--class",
        "org.apache.spark.sql.connect.service.SparkConnectServer",
        "--master",
        "local[2]",
        "--driver-memory",
        "1g",
        *("--conf", f"spark.connect.grpc.binding.port={port}"),
        *("--conf", "spark.connect.grpc.binding.address=127.0.0.1"),
        *("--conf", f"spark.sql.warehouse.dir={root / 'warehouse'}"),
        *("--conf", "spark.ui.enabled=false"),
        *("--conf", "spark.sql.shuffle.partitions=2"),
        *("--conf", "spark.sql.session.timeZone=UTC"),
        "spark-internal",
    ]
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1"}
    with log.open("wb") as out:
        server = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 180
        while STARTED not in log.read_text(errors="replace"):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Spark Connect startede ikke:\n{log.read_text(errors='replace')}")
            time.sleep(1)
        yield f"sc://127.0.0.1:{port}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.fixture(scope="module")
def remote(connect_url: str) -> Iterator[Any]:
    before = os.environ.get("SPARK_REMOTE")
    os.environ["SPARK_REMOTE"] = connect_url
    try:
        session = spark_session()
        yield session
        session.stop()
    finally:
        if before is None:
            os.environ.pop("SPARK_REMOTE", None)
        else:
            os.environ["SPARK_REMOTE"] = before


@pytest.fixture(scope="module")
def fixture_duckdb() -> duckdb.DuckDBPyConnection:
    return connection_from_records(fixture_records())


@pytest.fixture(scope="module")
def on_connect(remote: Any, fixture_duckdb: duckdb.DuckDBPyConnection) -> Any:
    load_snapshot(fixture_duckdb, remote, "connect_case")
    return catalogue_views(remote, "connect_case")


def test_the_session_is_a_spark_connect_session(remote: Any) -> None:
    from pyspark.sql.connect.session import SparkSession as RemoteSession

    assert isinstance(remote, RemoteSession)
    assert remote.sql("SELECT 1 AS one").toArrow().to_pylist() == [{"one": 1}]


@pytest.mark.parametrize("name", OVER_CONNECT)
def test_connect_equals_duckdb(
    fixture_duckdb: duckdb.DuckDBPyConnection, on_connect: Any, name: str
) -> None:
    compute = computations(FIXTURE_END)[name]
    expected = compute(fixture_duckdb)
    if name != "reform":  # the fixture ends before the reform's first cohort
        assert size(expected) > 0, f"{name}: intet at sammenligne"
    assert compute(on_connect) == expected


def test_results_written_over_connect(remote: Any) -> None:
    stamp = dt.datetime(2026, 11, 30, 6, 0, tzinfo=dt.UTC)
    empty = pa.table({"month": pa.array([], pa.date32()), "share": pa.array([], pa.float64())})
    # A large result is written by the server from its query (decision 0023).
    staged = stage_query(
        SparkConnection(remote),
        "connect_results",
        "written",
        "SELECT id AS x FROM range(3)",
        snapshot_id="S1",
        computed_at=stamp,
    )
    rows = write_results(
        remote,
        "connect_results",
        {"filled": pa.table({"x": [1, 2]}), "empty": empty},
        snapshot_id="S1",
        computed_at=stamp,
        staged={"written": staged},
    )
    assert rows == {"written": 3, "filled": 2, "empty": 0}
    written = remote.table("connect_results.written").toArrow().to_pylist()
    assert sorted((r["x"], r[SNAPSHOT_COLUMN], r[COMPUTED_COLUMN]) for r in written) == [
        (x, "S1", stamp) for x in range(3)
    ]
    filled = remote.table("connect_results.filled").toArrow().to_pylist()
    assert sorted(r["x"] for r in filled) == [1, 2]
    assert {(r[SNAPSHOT_COLUMN], r[COMPUTED_COLUMN]) for r in filled} == {("S1", stamp)}
    kept = remote.table("connect_results.empty").schema.simpleString()
    assert kept == "struct<month:date,share:double,snapshot_id:string,computed_at:timestamp>"


def test_a_bad_spark_remote_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARK_REMOTE", "http://klynge:15002")
    with pytest.raises(EngineUnavailable, match=r"SPARK_REMOTE=http://klynge:15002.*sc://"):
        spark_session()
