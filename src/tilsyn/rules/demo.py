"""Lines for ``tilsyn demo``: overdue obligations per team and the top of one caseworker's
worklist."""

from __future__ import annotations

import datetime as dt

import duckdb

from tilsyn.rules.evaluate import result_table, worklist
from tilsyn.rules.labels import KIND, STATUS


def demo_lines(con: duckdb.DuckDBPyConnection, as_of: dt.date, *, top: int = 5) -> list[str]:
    """Danish summary lines for ``tilsyn demo``: overdue obligations per team, then the top
    of the worklist of the caseworker with the most overdue obligations."""
    table = result_table(con, as_of)
    teams = con.execute(
        f"SELECT COALESCE(team, '(uden team)'), count(*) FROM {table} "
        "WHERE as_of = $as_of AND status = 'overdue' GROUP BY 1",
        {"as_of": as_of},
    ).fetchall()
    active: dict[str, int] = {}
    for row in worklist(con, as_of):
        if row["status"] == "overdue":
            name = str(row.get("team") or "(uden team)")
            active[name] = active.get(name, 0) + 1
    lines = [f"Overskredne frister pr. team pr. {as_of.isoformat()} (i aktive sager / i alt):"]
    ordered = sorted(teams, key=lambda t: (-active.get(str(t[0]), 0), str(t[0])))
    lines += [f"  {team}: {active.get(str(team), 0)} / {count}" for team, count in ordered] or [
        "  ingen"
    ]
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
            status = STATUS.get(str(row["status"]), str(row["status"]))
            kind = KIND.get(str(row["kind"]), str(row["kind"]))
            lines.append(
                f"  frist {row['due_date']} {status}{late}: {row['person_id']} "
                f"{kind} ({row['benefit']})"
            )
    return lines
