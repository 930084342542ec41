"""Report data: the figures the reports print, as plain data, scoped to the actor and logged.

Each function opens the current snapshot once, asks the engines, limits every row to the
actor's municipalities (or the one requested) and writes the access log for each citizen it
returns by name. Builders in ``tilsyn.reports`` turn the result into documents.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor
from tilsyn.data.workspace import Workspace

TREND_MONTHS = 12
OVERDUE_LISTED = 25
JOBCENTRE_MARK = "jobcenter"


def ruleset_version() -> str:
    """The version of the rules and parameters in force in this installation."""
    from tilsyn.rules.parameters import default_parameters
    from tilsyn.rules.registry import load_rules
    from tilsyn.rules.registry import ruleset_version as version

    return version(load_rules(), default_parameters())


def is_external(organisation: str | None) -> bool:
    """Whether cases are run by an external actor (*anden aktør*) rather than a job centre.
    The case-data contract names the organisation in free text; a job centre's name says so."""
    return organisation is not None and JOBCENTRE_MARK not in organisation.lower()


def month_end(month: dt.date) -> dt.date:
    nxt = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def months_back(month: dt.date, n: int) -> list[dt.date]:
    """The ``n`` months ending with ``month`` (first days), oldest first."""
    out = []
    y, m = month.year, month.month
    for _ in range(n):
        out.append(dt.date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


@dataclass(frozen=True)
class TimelinessRow:
    group: str | None
    met: int
    late: int
    overdue: int

    @property
    def total(self) -> int:
        return self.met + self.late + self.overdue

    @property
    def on_time_share(self) -> float | None:
        return self.met / self.total if self.total else None


@dataclass(frozen=True)
class TrendPoint:
    month: dt.date
    jobcentre: TimelinessRow
    external: TimelinessRow

    @property
    def all(self) -> TimelinessRow:
        return TimelinessRow(
            None,
            self.jobcentre.met + self.external.met,
            self.jobcentre.late + self.external.late,
            self.jobcentre.overdue + self.external.overdue,
        )


@dataclass(frozen=True)
class MonthlyData:
    snapshot_id: str
    ruleset_version: str
    month: dt.date
    as_of: dt.date
    municipalities: tuple[str, ...] | None  # None: the whole workspace
    by_benefit: list[TimelinessRow]
    by_kind: list[TimelinessRow]
    by_team: list[TimelinessRow]
    by_organisation: list[TimelinessRow]
    trend: list[TrendPoint]
    overdue_total: int
    overdue_by_team: list[tuple[str | None, int]]
    overdue_by_kind: list[tuple[str, int]]
    overdue_listed: list[dict[str, Any]] = field(default_factory=list)
    data_from: dt.date | None = None


def _timeliness(
    con: Any, as_of: dt.date, lo: dt.date, hi: dt.date, by: str, scope: tuple[str, ...] | None
) -> list[TimelinessRow]:
    from tilsyn.rules import evaluate

    rows = evaluate.timeliness(con, as_of, date_from=lo, date_to=hi, by=by, municipalities=scope)
    key = "caseworker_id" if by == "caseworker" else by
    return [TimelinessRow(r[key], r["met"], r["late"], r["overdue"]) for r in rows]


def _split(rows: list[TimelinessRow]) -> tuple[TimelinessRow, TimelinessRow]:
    def total(part: list[TimelinessRow], name: str) -> TimelinessRow:
        return TimelinessRow(
            name,
            sum(r.met for r in part),
            sum(r.late for r in part),
            sum(r.overdue for r in part),
        )

    return (
        total([r for r in rows if not is_external(r.group)], "jobcenter"),
        total([r for r in rows if is_external(r.group)], "anden aktør"),
    )


def monthly(
    actor: Actor,
    workspace: Workspace,
    month: dt.date,
    *,
    municipality: str | None = None,
) -> MonthlyData:
    """Timeliness of the obligations due in ``month`` (evaluated at the month's last day) by
    benefit, obligation, team and organisation; the 12-month trend with external actors apart;
    the obligations overdue at the month's end, counted and (oldest first) listed. Limited to
    ``municipality`` when given (refused outside the actor's), else to the actor's."""
    from tilsyn.rules import evaluate

    scope = actor.scope(municipality)
    first = month.replace(day=1)
    as_of = month_end(first)
    with open_snapshot(actor, workspace) as snap:
        con = snap.con
        by = {
            name: _timeliness(con, as_of, first, as_of, name, scope)
            for name in ("benefit", "kind", "team", "organisation")
        }
        trend = []
        for m in months_back(first, TREND_MONTHS):
            rows = _timeliness(con, as_of, m, month_end(m), "organisation", scope)
            jobcentre, external = _split(rows)
            trend.append(TrendPoint(m, jobcentre, external))
        overdue = [
            r
            for r in evaluate.worklist(con, as_of)
            if r["status"] == "overdue" and (scope is None or r["municipality"] in scope)
        ]
        data_from = evaluate.events_from(con)
        version = ruleset_version()
    listed = overdue[:OVERDUE_LISTED]
    record(
        actor,
        workspace,
        action="report-monthly",
        snapshot_id=snap.id,
        rows=listed,
        detail=f"month={first:%Y-%m}",
        purpose=Purpose.reporting,
    )
    teams = Counter(r["team"] for r in overdue)
    kinds = Counter(r["kind"] for r in overdue)
    return MonthlyData(
        snapshot_id=snap.id,
        ruleset_version=version,
        month=first,
        as_of=as_of,
        municipalities=scope,
        by_benefit=by["benefit"],
        by_kind=by["kind"],
        by_team=by["team"],
        by_organisation=by["organisation"],
        trend=trend,
        overdue_total=len(overdue),
        overdue_by_team=sorted(teams.items(), key=lambda kv: (-kv[1], kv[0] or "")),
        overdue_by_kind=sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])),
        overdue_listed=listed,
        data_from=data_from,
    )
