"""Write typed case data into a DuckDB snapshot file, atomically.

The snapshot is written under a temporary name and renamed into place only when every
table is complete; the workspace pointer is switched after that. An exception at any
point leaves the previous snapshot current and no partial file behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import polars as pl

from tilsyn.data import integrity, private
from tilsyn.data.contract import CONTRACT_VERSION, SQL_TYPES, TABLES, Table
from tilsyn.data.workspace import summary_path


def table_ddl(table: Table) -> str:
    cols = [f'"{c.name}" {SQL_TYPES[c.type]}' for c in table.columns]
    if table.name == "payments":
        cols.append('"week_start" DATE')
    return f'CREATE TABLE "{table.name}" ({", ".join(cols)})'


def _checkpoint(stage: str) -> None:
    """Called after each step of a snapshot write; tests inject failures here."""


SLICE_ROWS = 4_000_000


def _same(_name: str, frame: pl.DataFrame) -> pl.DataFrame:
    return frame


def load_tables(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    convert: Callable[[str, pl.DataFrame], pl.DataFrame] = _same,
) -> None:
    """Create every contract table (empty when absent) and load the frames, converting them
    slice by slice with ``convert`` (text → typed) to bound peak memory."""
    for table in TABLES:
        con.execute(table_ddl(table))
        frame = frames.get(table.name)
        if frame is not None:
            for offset in range(0, frame.height, SLICE_ROWS):
                part = convert(table.name, frame.slice(offset, SLICE_ROWS))
                # String views pass to DuckDB without the copy plain Arrow strings need.
                arrow = part.to_arrow(compat_level=pl.CompatLevel.newest())
                con.execute(f'INSERT INTO "{table.name}" SELECT * FROM arrow')
                del arrow, part
        _checkpoint(table.name)


def memory_connection(typed: dict[str, pl.DataFrame]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    load_tables(con, typed)
    return con


def write_snapshot(
    path: Path,
    frames: dict[str, pl.DataFrame],
    *,
    convert: Callable[[str, pl.DataFrame], pl.DataFrame] = _same,
    snapshot_id: str,
    source: str,
    meta: dict[str, object],
) -> None:
    tmp = path.with_name(path.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    created_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        con = duckdb.connect(str(tmp), config={"memory_limit": "2GB"})
        try:
            load_tables(con, frames, convert)
            con.execute(
                "CREATE TABLE _snapshot (id VARCHAR, created_at TIMESTAMP, source VARCHAR, "
                "contract_version VARCHAR, meta VARCHAR)"
            )
            con.execute(
                "INSERT INTO _snapshot VALUES (?, ?, ?, ?, ?)",
                [
                    snapshot_id,
                    created_at,
                    source,
                    CONTRACT_VERSION,
                    json.dumps(meta),
                ],
            )
            con.execute("CHECKPOINT")
        finally:
            con.close()
        _checkpoint("closed")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        integrity.record(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    write_summary(path, created_at=str(created_at), source=source, meta=meta)


def write_summary(snapshot_path: Path, *, created_at: str, source: str, meta: object) -> None:
    """A copy of the snapshot's ``_snapshot`` row as JSON, so that listing the workspace
    (``tilsyn status``) need not start DuckDB. The DuckDB row stays the truth: a missing or
    unreadable summary is read from the snapshot instead."""
    target = summary_path(snapshot_path)
    tmp = target.with_name(target.name + ".partial")
    tmp.write_text(
        json.dumps({"created_at": created_at, "source": source, "meta": meta}), encoding="utf-8"
    )
    os.replace(tmp, target)


def write_identities(path: Path, identities: pl.DataFrame) -> None:
    """Write the pseudonym → CPR mapping, readable by its owner only (0600): it is built in a
    private directory and renamed into place."""
    with private.private_workdir(path) as work:
        tmp = work / path.name
        con = duckdb.connect(str(tmp))
        try:
            con.execute("CREATE TABLE identities (person_id VARCHAR PRIMARY KEY, cpr VARCHAR)")
            arrow = identities.to_arrow()  # noqa: F841
            con.execute("INSERT INTO identities SELECT person_id, cpr FROM arrow")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        private.make_private(tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
