"""Report data: the figures the reports print, as plain data, scoped to the actor and logged.

Each function opens the current snapshot once, asks the engines, limits every row to the
actor's municipalities (or the one requested) and writes the access log for each citizen it
returns by name. Builders in ``tilsyn.reports`` turn the result into documents.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
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


# --- Committee report ----------------------------------------------------------------------


@dataclass(frozen=True)
class FocusStatus:
    """One focus measure of one municipality: the months so far, the projection to year end
    and how many citizens must be acted on to end the year under the threshold."""

    municipality: str
    measure: str  # "interviews" | "offers"
    year: int
    threshold: Any  # Fraction
    months: list[tuple[dt.date, Any, bool]]  # (month, share or None, projected)
    so_far: Any  # Fraction | None: mean of the measured months
    projected: Any  # Fraction | None: measured + projected months
    after_actions: Any  # Fraction | None
    actions: int
    reachable: bool
    needed_per_month: dict[str, int]
    sanction_regime: bool


@dataclass(frozen=True)
class SicknessFlows:
    year: int
    starts: int
    matured: int  # starts at least ``short_weeks`` before the as-of date
    ended_within: int  # of the matured, ended within ``short_weeks``
    short_weeks: int
    long_weeks: int
    over_long: int  # ongoing on the as-of date and sick longer than ``long_weeks``
    monthly_starts: list[tuple[dt.date, int]]

    @property
    def ended_share(self) -> float | None:
        return self.ended_within / self.matured if self.matured else None


@dataclass(frozen=True)
class CommitteeData:
    snapshot_id: str
    ruleset_version: str
    as_of: dt.date
    municipalities: tuple[str, ...] | None
    budget: list[Any]  # economy.budget.FollowUpRow
    budget_persons: list[tuple[str, Any, Any]]  # (area, budgeted, deviation) full-year persons
    focus: list[FocusStatus]
    sickness: list[SicknessFlows]  # last full year, then the year to date


def _focus_status(con: Any, as_of: dt.date, municipality: str) -> list[FocusStatus]:
    from tilsyn.measures.focus import yearly_value
    from tilsyn.measures.forecast import forecast

    out = []
    for measure in ("interviews", "offers"):
        fc = forecast(con, as_of=as_of, municipality=municipality, measure=measure)
        months = [(m.month, m.share, False) for m in fc.measured] + [
            (m.month, m.share, True) for m in fc.projected
        ]
        out.append(
            FocusStatus(
                municipality=municipality,
                measure=measure,
                year=as_of.year,
                threshold=fc.threshold,
                months=months,
                so_far=yearly_value(list(fc.measured), fc.method),
                projected=fc.projected_average,
                after_actions=fc.average_after_actions,
                actions=len(fc.actions),
                reachable=fc.reachable,
                needed_per_month=fc.needed_per_month(),
                sanction_regime=all(m.sanction_regime for m in (*fc.measured, *fc.projected)),
            )
        )
    return out


def _sickness_flows(
    con: Any, as_of: dt.date, year: int, scope: tuple[str, ...] | None
) -> SicknessFlows:
    from tilsyn.rules.parameters import default_parameters

    params = default_parameters()
    short = int(str(params.value("sygedagpengeloven.opfoelgning.first_followup_weeks", as_of)))
    long = int(str(params.value("sygedagpengeloven.revurdering.max_weeks", as_of)))
    lo, hi = dt.date(year, 1, 1), min(dt.date(year, 12, 31), as_of)
    rows = con.execute(
        """
        WITH cases AS (
            SELECT COALESCE(b.first_absence_date, b.start_date) AS sick_from, b.end_date
            FROM benefit_periods b JOIN persons p USING (person_id)
            WHERE b.benefit = 'sygedagpenge'
              AND ($all OR list_contains($scope, COALESCE(b.municipality, p.municipality)))
        )
        SELECT
          count(*) FILTER (WHERE sick_from BETWEEN $lo AND $hi),
          count(*) FILTER (WHERE sick_from BETWEEN $lo AND $hi
                             AND sick_from + $short_days <= $as_of),
          count(*) FILTER (WHERE sick_from BETWEEN $lo AND $hi
                             AND sick_from + $short_days <= $as_of
                             AND end_date IS NOT NULL AND end_date < sick_from + $short_days),
          count(*) FILTER (WHERE sick_from <= $as_of
                             AND (end_date IS NULL OR end_date >= $as_of)
                             AND $as_of - sick_from >= $long_days)
        FROM cases
        """,
        {
            "all": scope is None,
            "scope": list(scope or []),
            "lo": lo,
            "hi": hi,
            "as_of": as_of,
            "short_days": short * 7,
            "long_days": long * 7,
        },
    ).fetchall()[0]
    monthly = con.execute(
        """
        SELECT date_trunc('month', COALESCE(b.first_absence_date, b.start_date))::DATE AS m,
               count(*)
        FROM benefit_periods b JOIN persons p USING (person_id)
        WHERE b.benefit = 'sygedagpenge'
          AND COALESCE(b.first_absence_date, b.start_date) BETWEEN $lo AND $hi
          AND ($all OR list_contains($scope, COALESCE(b.municipality, p.municipality)))
        GROUP BY 1 ORDER BY 1
        """,
        {"all": scope is None, "scope": list(scope or []), "lo": lo, "hi": hi},
    ).fetchall()
    return SicknessFlows(
        year=year,
        starts=int(rows[0]),
        matured=int(rows[1]),
        ended_within=int(rows[2]),
        short_weeks=short,
        long_weeks=long,
        over_long=int(rows[3]),
        monthly_starts=[(m, int(n)) for m, n in monthly],
    )


def committee(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    budget_file: Path,
    municipality: str | None = None,
) -> CommitteeData:
    """The committee's figures on ``as_of``: the budget follow-up of ``budget_file`` (forecasts
    of benefit areas from full-year persons in the case data), the focus measures with their
    projection, and sickness-benefit flows for the last full year and the year to date.
    Aggregates only: nothing is logged."""
    from tilsyn.economy.budget import follow_up, snapshot_outlook
    from tilsyn.economy.budget_io import read_budget

    scope = actor.scope(municipality)
    lines = read_budget(budget_file)
    with open_snapshot(actor, workspace) as snap:
        codes = scope or tuple(
            str(r[0])
            for r in snap.con.execute(
                "SELECT DISTINCT municipality FROM persons ORDER BY 1"
            ).fetchall()
        )
        single = codes[0] if len(codes) == 1 else None
        if scope is not None and single is None:
            raise ValueError("udvalgsrapporten opgøres for én kommune eller hele arbejdsområdet")
        rows = follow_up(
            lines, as_of=as_of, outlook=snapshot_outlook(snap.con, municipality=single)
        )
        focus = [s for code in codes for s in _focus_status(snap.con, as_of, code)]
        sickness = [
            _sickness_flows(snap.con, as_of, as_of.year - 1, scope),
            _sickness_flows(snap.con, as_of, as_of.year, scope),
        ]
        version = ruleset_version()
    by_area = {line.area: line for line in lines}
    persons = [
        (r.area, by_area[r.area].budgeted_fulltime_persons, r.fulltime_persons_deviation)
        for r in rows
        if r.fulltime_persons_deviation is not None and r.area in by_area
    ]
    return CommitteeData(
        snapshot_id=snap.id,
        ruleset_version=version,
        as_of=as_of,
        municipalities=scope,
        budget=rows,
        budget_persons=persons,
        focus=focus,
        sickness=sickness,
    )
