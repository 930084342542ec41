"""Lines for ``tilsyn demo``: overdue obligations per team and the top of one caseworker's
worklist."""

from __future__ import annotations

import datetime as dt

import duckdb

from tilsyn.rules.evaluate import result_table, worklist


def demo_lines(con: duckdb.DuckDBPyConnection, as_of: dt.date, *, top: int = 5) -> list[str]:
    """Danish summary lines for ``tilsyn demo``: overdue obligations per team, then the top
    of the worklist of the caseworker with the most overdue obligations."""
    table = result_table(con, as_of)
    teams = con.execute(
        f"SELECT COALESCE(team, '(uden team)'), count(*) FROM {table} "
        "WHERE as_of = $as_of AND status = 'overdue' GROUP BY 1 ORDER BY 2 DESC, 1",
        {"as_of": as_of},
    ).fetchall()
    lines = [f"Overskredne frister pr. team pr. {as_of.isoformat()}:"]
    lines += [f"  {team}: {count}" for team, count in teams] or ["  ingen"]
    busiest = con.execute(
        f"SELECT caseworker_id FROM {table} WHERE as_of = $as_of AND status = 'overdue' "
        "AND caseworker_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
        {"as_of": as_of},
    ).fetchall()
    if busiest:
        cw = str(busiest[0][0])
        lines.append(f"Arbejdsliste for {cw} (top {top}):")
        for row in worklist(con, as_of, caseworker_id=cw, limit=top):
            late = f", {row['days_late']} dage over" if row["days_late"] else ""
            lines.append(
                f"  {row['due_date']} {row['status']}{late}: {row['person_id']} "
                f"{row['kind']} ({row['benefit']})"
            )
    return lines
