"""Snapshots imported before the contract gained optional columns or tables, read as today's.

The contract may grow optional columns (``Column.extension``) and optional tables without
breaking version-1 folders, but a snapshot is immutable and hash-locked after import, so an
older one keeps the tables it was written with. Rather than let the rules fail on a missing
column (which read like a damaged file), every connection the workspace opens gets temporary
views, named as the contract's tables, that add each missing optional column as its default
(NULL where it has none) and each missing optional table empty, in the column order a new
import writes. Temporary views live in the connection's own memory, so read-only readers work
and the file is never written. A missing *required* column or table cannot be filled in: the
snapshot is refused with a message naming the contract version it was imported with and asking
for a re-import.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tilsyn.data.contract import SQL_TYPES, TABLES, Column
from tilsyn.data.workspace import OutdatedSnapshotError

if TYPE_CHECKING:
    import duckdb

__all__ = ["OutdatedSnapshotError", "adapt", "missing", "upgrade"]


def _stored(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' "
        "ORDER BY table_name, column_index"
    ).fetchall()
    stored: dict[str, list[str]] = {}
    for table, column in rows:
        stored.setdefault(table, []).append(column)
    return stored


def _filled(column: Column) -> str:
    value = "NULL" if column.default is None else "'" + column.default.replace("'", "''") + "'"
    return f'CAST({value} AS {SQL_TYPES[column.type]}) AS "{column.name}"'


def _contract_version(con: duckdb.DuckDBPyConnection, stored: dict[str, list[str]]) -> str:
    if "_snapshot" not in stored:
        return "ukendt"
    rows = con.execute("SELECT contract_version FROM _snapshot").fetchall()
    return str(rows[0][0]) if rows else "ukendt"


def missing(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The contract columns each table of the open snapshot lacks (a whole table: all)."""
    stored = _stored(con)
    gaps: dict[str, list[str]] = {}
    for table in TABLES:
        have = set(stored.get(table.name, []))
        lacking = [c.name for c in table.columns if c.name not in have]
        if lacking:
            gaps[table.name] = lacking
    return gaps


def _shape(
    con: duckdb.DuckDBPyConnection, snapshot_id: str, *, rowid: bool = False
) -> Iterator[tuple[str, str, list[str]]]:
    """(table, today's SELECT over the stored table, ``table.column`` filled in) for every
    contract table an older snapshot stores in another shape. Raises
    ``OutdatedSnapshotError`` for a missing required column or table."""
    stored = _stored(con)
    database = con.execute("SELECT current_database()").fetchall()[0][0]
    for table in TABLES:
        have = stored.get(table.name)
        lacking = [c for c in table.columns if have is None or c.name not in have]
        if not lacking:
            continue
        required = [c.name for c in lacking if c.required] if have is not None else []
        if required or (have is None and table.required):
            names = ", ".join(f"{table.name}.{n}" for n in required) or f"tabellen {table.name}"
            raise OutdatedSnapshotError(
                f"Datasamlingen {snapshot_id} er importeret med dataformat (kontrakt) version "
                f"{_contract_version(con, stored)} og mangler {names}, som reglerne nu kræver. "
                "Importér sagsdata igen med 'tilsyn import MAPPE'."
            )
        columns = [
            _filled(c) if c.name not in (have or []) else f'"{c.name}"' for c in table.columns
        ]
        extra = [f'"{n}"' for n in have or [] if n not in {c.name for c in table.columns}]
        if have is None and table.name == "payments":  # derived beside the ISO week
            extra = ['CAST(NULL AS DATE) AS "week_start"']
        source = f'"{database}".main."{table.name}"' if have is not None else "(SELECT 1) AS none"
        where = "" if have is not None else " WHERE false"
        if rowid:  # a view has no rowid of its own; the measures key benefit rows by it
            extra.append("rowid" if have is not None else "CAST(NULL AS BIGINT) AS rowid")
        select = f"SELECT {', '.join(columns + extra)} FROM {source}{where}"
        yield table.name, select, [f"{table.name}.{c.name}" for c in lacking]


def adapt(con: duckdb.DuckDBPyConnection, snapshot_id: str) -> list[str]:
    """Shadow every table of an older snapshot that lacks optional contract columns (or is
    absent) with a temporary view in today's shape, for this connection only; returns the
    ``table.column`` names filled in."""
    filled: list[str] = []
    for name, select, lacking in list(_shape(con, snapshot_id, rowid=True)):
        con.execute(f'CREATE OR REPLACE TEMPORARY VIEW "{name}" AS {select}')
        filled += lacking
    return filled


def upgrade(con: duckdb.DuckDBPyConnection, snapshot_id: str) -> list[str]:
    """Rewrite an older snapshot's tables in today's shape, in a writable *copy* being made
    into a new snapshot (a delta import), so that rows in today's shape can be added."""
    filled: list[str] = []
    for name, select, lacking in list(_shape(con, snapshot_id)):
        con.execute(f'CREATE TABLE "_upgraded_{name}" AS {select}')
        con.execute(f'DROP TABLE IF EXISTS main."{name}"')
        con.execute(f'ALTER TABLE "_upgraded_{name}" RENAME TO "{name}"')
        filled += lacking
    return filled
