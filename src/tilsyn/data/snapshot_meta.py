"""What a snapshot records about itself (its ``_snapshot`` row), read from an open connection."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb


def _row(con: duckdb.DuckDBPyConnection, columns: str) -> tuple[Any, ...] | None:
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = '_snapshot'"
    ).fetchall()[0][0]
    if not found:
        return None  # an in-memory test snapshot has no _snapshot row
    rows = con.execute(f"SELECT {columns} FROM _snapshot").fetchall()
    return tuple(rows[0]) if rows else None


def snapshot_id(con: duckdb.DuckDBPyConnection) -> str | None:
    """The id of the snapshot behind ``con`` (None for in-memory test connections)."""
    row = _row(con, "id")
    return None if row is None else str(row[0])


def events_from(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """The first day from which the snapshot's events (conversations, offers, plans) are
    complete, as recorded at import; None for in-memory test snapshots."""
    row = _row(con, "meta")
    value = json.loads(row[0]).get("events_from") if row is not None else None
    return dt.date.fromisoformat(value) if value else None
