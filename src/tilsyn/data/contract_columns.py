"""Snapshots written before an optional contract column existed still read as the contract.

The contract grows by optional columns (``Column.extension``); a snapshot file imported
before one was added lacks it, and every rule or measure that reads it would fail. On
opening, such a table is shadowed by a TEMP VIEW of the same name that adds the missing
optional columns as NULL (what an import of a folder without them stores) and keeps the
table's ``rowid``, so readers see today's contract. An up-to-date snapshot gets no view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tilsyn.data.contract import SQL_TYPES, TABLES

if TYPE_CHECKING:
    import duckdb


def add_missing_optional_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Shadow every table missing optional contract columns; returns ``table.column`` added."""
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_catalog = current_database()"
    ).fetchall():
        present.setdefault(str(table), set()).add(str(column))
    database = con.execute("SELECT current_database()").fetchall()[0][0]
    added: list[str] = []
    for spec in TABLES:
        columns = present.get(spec.name)
        if columns is None:
            continue
        missing = [c for c in spec.columns if not c.required and c.name not in columns]
        if not missing:
            continue
        extra = ", ".join(f"CAST(NULL AS {SQL_TYPES[c.type]}) AS {c.name}" for c in missing)
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {spec.name} AS "
            f'SELECT rowid AS rowid, *, {extra} FROM "{database}".main.{spec.name}'
        )
        added += [f"{spec.name}.{c.name}" for c in missing]
    return added
