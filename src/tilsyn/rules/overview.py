"""Overdue obligations per team and the caseworker with the most of them (for overviews)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from tilsyn.rules.evaluate import result_table, worklist

NO_TEAM = "(uden team)"


@dataclass(frozen=True)
class TeamOverdue:
    team: str
    active: int  # overdue obligations in cases still on the benefit
    total: int  # all overdue obligations


def overdue_by_team(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[TeamOverdue]:
    """Overdue obligations per team on ``as_of``, most in active cases first."""
    table = result_table(con, as_of)
    teams = con.execute(
        f"SELECT COALESCE(team, '{NO_TEAM}'), count(*) FROM {table} "
        "WHERE as_of = $as_of AND status = 'overdue' GROUP BY 1",
        {"as_of": as_of},
    ).fetchall()
    active: dict[str, int] = {}
    for row in worklist(con, as_of):
        if row["status"] == "overdue":
            name = str(row.get("team") or NO_TEAM)
            active[name] = active.get(name, 0) + 1
    found = [TeamOverdue(str(t), active.get(str(t), 0), int(n)) for t, n in teams]
    return sorted(found, key=lambda t: (-t.active, t.team))


def busiest_caseworker(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> str | None:
    """The caseworker with the most overdue obligations on ``as_of`` (None if none)."""
    table = result_table(con, as_of)
    rows = con.execute(
        f"SELECT caseworker_id FROM {table} WHERE as_of = $as_of AND status = 'overdue' "
        "AND caseworker_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
        {"as_of": as_of},
    ).fetchall()
    return str(rows[0][0]) if rows else None
