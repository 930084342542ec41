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
from tilsyn.app.continuation import continuation_notice
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
    continuation_notice: str | None = None  # tilsyn.app.continuation, on ``as_of``
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


def _check_known(con: Any, municipality: str | None) -> None:
    from tilsyn.app.errors import NotFound

    if municipality is None:
        return
    found = con.execute(
        "SELECT count(*) FROM persons WHERE municipality = $m", {"m": municipality}
    ).fetchall()[0][0]
    if not found:
        raise NotFound(f"kommune {municipality} har ingen borgere i datasamlingen")


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
    from tilsyn.data.snapshot_meta import events_from
    from tilsyn.rules import evaluate

    scope = actor.scope(municipality)
    first = month.replace(day=1)
    as_of = month_end(first)
    with open_snapshot(actor, workspace) as snap:
        con = snap.con
        _check_known(con, municipality)
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
        data_from = events_from(con)
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
        continuation_notice=continuation_notice(actor, as_of),
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
class OfferReading:
    """The offer focus measure so far this year under one reading: the hours of work that
    replace an offer, and whether an offer counts when it overlaps the 12 months or only when
    it started in them (``skaerpet_tilsyn.offer_reading``)."""

    municipality: str
    hours: Any  # Fraction
    reading: str  # "overlap" | "started"
    so_far: Any  # Fraction | None
    met: bool | None
    standard: bool


def _offer_readings(con: Any, as_of: dt.date, municipality: str) -> list[OfferReading]:
    from tilsyn.measures.focus import focus_measures

    (offers,) = [
        r
        for r in focus_measures(con, year=as_of.year, as_of=as_of, municipality=municipality)
        if r.measure == "offers"
    ]
    return [
        OfferReading(municipality, v.hours, str(v.reading), v.year_average, v.met, i == 0)
        for i, v in enumerate(offers.variants)
    ]


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
    continuation_notice: str | None = None  # tilsyn.app.continuation, on ``as_of``
    offer_readings: list[OfferReading] = field(default_factory=list)
    """The offer measure under every reading, the standard first, per municipality."""


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
    from tilsyn.economy.budget import BudgetInputError, follow_up, snapshot_outlook
    from tilsyn.economy.budget_io import read_budget

    scope = actor.scope(municipality)
    try:
        lines = read_budget(budget_file)
    except BudgetInputError as exc:
        raise (exc if exc.file else exc.in_file(budget_file.name)) from None
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
        readings = [r for code in codes for r in _offer_readings(snap.con, as_of, code)]
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
        continuation_notice=continuation_notice(actor, as_of),
        municipalities=scope,
        budget=rows,
        budget_persons=persons,
        focus=focus,
        sickness=sickness,
        offer_readings=readings,
    )


# --- Recovery plan (redegørelse og genopretningsplan) -------------------------------------


@dataclass(frozen=True)
class GroupValue:
    """A benefit group's yearly value of a focus measure."""

    benefit: str
    value: Any  # Fraction | None
    mean_population: float
    over_threshold: bool


@dataclass(frozen=True)
class CauseRow:
    """One group in a cause analysis: person-months in the measure's population and the share
    of them failing."""

    label: str
    person_months: int
    failing: int
    extra: float | None = None  # e.g. the caseload, or the no-show rate

    @property
    def share(self) -> float | None:
        return self.failing / self.person_months if self.person_months else None


@dataclass(frozen=True)
class Causes:
    conversations_booked: int
    cancelled: int
    no_show: int
    held: int
    by_attendance: list[CauseRow]  # citizens with / without a cancellation or no-show
    by_caseload: list[CauseRow]  # caseworkers above / at or below the median caseload
    median_caseload: float | None
    heaviest: list[CauseRow]  # caseworkers with the largest caseloads, extra = caseload
    by_organisation: list[CauseRow]  # job centre / external actor
    by_switch: list[CauseRow]  # changed benefit in the year / did not


@dataclass(frozen=True)
class RecoveryData:
    snapshot_id: str
    ruleset_version: str
    municipality: str
    measure: str
    year: int
    basis_year: int
    as_of: dt.date
    threshold: Any  # Fraction
    basis_value: Any  # Fraction | None
    basis_groups: list[GroupValue]
    current_groups: list[GroupValue]
    measured: list[tuple[dt.date, Any, int | None]]  # month, share, population
    projected: list[tuple[dt.date, Any, int | None]]
    projected_value: Any
    after_actions: Any
    actions: int
    reachable: bool
    needed_per_month: dict[str, int]
    causes: Causes
    continuation_notice: str | None = None  # tilsyn.app.continuation, on ``as_of``
    basis_readings: list[OfferReading] = field(default_factory=list)
    """Offers: the basis year under every reading of the measure, the standard first."""


def _groups(result: Any, threshold: Any) -> list[GroupValue]:
    from tilsyn.measures.focus import yearly_value

    out = []
    for benefit, months in sorted(result.by_benefit.items()):
        value = yearly_value(months, result.method)
        pops = [m.population for m in months if m.population]
        out.append(
            GroupValue(
                benefit,
                value,
                sum(pops) / len(pops) if pops else 0.0,
                value is not None and value >= threshold,
            )
        )
    return sorted(out, key=lambda g: -(g.value or 0))


def _causes(con: Any, year: int, municipality: str, measure: str) -> Causes:
    """Cause analysis over the person-months of the measure's population in ``year`` (left by
    ``focus_measures`` in ``focus_person_months``)."""
    failing = "interview_failing" if measure == "interviews" else "offer_failing"
    lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
    args = {"m": municipality, "lo": lo, "hi": hi}
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE recovery_pm AS
        SELECT pm.person_id, pm.month, pm.benefit, pm.{failing} AS failing,
               p.caseworker_id, c.organisation
        FROM focus_person_months pm
        JOIN persons p USING (person_id)
        LEFT JOIN caseworkers c ON c.caseworker_id = p.caseworker_id
        WHERE pm.municipality = $m AND pm.month BETWEEN $lo AND $hi
        """,
        args,
    )
    booked = con.execute(
        """
        SELECT count(*), count(*) FILTER (WHERE status = 'aflyst'),
               count(*) FILTER (WHERE status = 'udeblevet'),
               count(*) FILTER (WHERE status = 'afholdt')
        FROM conversations
        WHERE date BETWEEN $lo AND $hi
          AND person_id IN (SELECT DISTINCT person_id FROM recovery_pm)
        """,
        {"lo": lo, "hi": hi},
    ).fetchall()[0]

    def rows(sql: str, params: dict[str, Any] | None = None) -> list[CauseRow]:
        return [
            CauseRow(str(r[0]), int(r[1]), int(r[2]), None if len(r) < 4 else r[3])
            for r in con.execute(sql, params or {}).fetchall()
        ]

    attendance = rows(
        """
        WITH missed AS (
            SELECT DISTINCT person_id FROM conversations
            WHERE date BETWEEN $lo AND $hi AND status IN ('aflyst', 'udeblevet'))
        SELECT CASE WHEN m.person_id IS NULL THEN 'uden aflysning eller udeblivelse'
                    ELSE 'med aflysning eller udeblivelse' END,
               count(*), count(*) FILTER (WHERE failing)
        FROM recovery_pm pm LEFT JOIN missed m USING (person_id)
        GROUP BY 1 ORDER BY 1
        """,
        {"lo": lo, "hi": hi},
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE recovery_load AS
        SELECT caseworker_id, count(*) / count(DISTINCT month) AS caseload,
               count(*) AS pm, count(*) FILTER (WHERE failing) AS failing
        FROM recovery_pm WHERE caseworker_id IS NOT NULL GROUP BY 1
        """
    )
    median = con.execute("SELECT median(caseload) FROM recovery_load").fetchall()[0][0]
    by_caseload = rows(
        """
        SELECT CASE WHEN caseload > $median THEN 'over medianen' ELSE 'medianen eller under' END,
               sum(pm)::BIGINT, sum(failing)::BIGINT, avg(caseload)
        FROM recovery_load GROUP BY 1 ORDER BY 1 DESC
        """,
        {"median": median or 0},
    )
    heaviest = rows(
        "SELECT caseworker_id, pm, failing, caseload FROM recovery_load "
        "ORDER BY caseload DESC, caseworker_id LIMIT 5"
    )
    # A citizen's case is (partly) run by an external actor when a conversation in the year
    # was held by one: the case data names the actor on the conversation, not on the person.
    external_ids = [
        str(r[0])
        for r in con.execute("SELECT caseworker_id, organisation FROM caseworkers").fetchall()
        if is_external(r[1])
    ]
    by_org = rows(
        """
        WITH ext AS (
            SELECT DISTINCT person_id FROM conversations
            WHERE date BETWEEN $lo AND $hi
              AND (held_by = 'anden_aktoer' OR list_contains($ext, caseworker_id)))
        SELECT CASE WHEN e.person_id IS NULL THEN 'kun jobcenter'
                    ELSE 'forløb hos anden aktør' END,
               count(*), count(*) FILTER (WHERE failing)
        FROM recovery_pm pm LEFT JOIN ext e USING (person_id)
        GROUP BY 1 ORDER BY 1 DESC
        """,
        {"lo": lo, "hi": hi, "ext": external_ids},
    )
    switch = rows(
        """
        WITH switchers AS (
            SELECT person_id FROM benefit_periods
            WHERE start_date <= $hi AND (end_date IS NULL OR end_date >= $lo)
            GROUP BY 1 HAVING count(DISTINCT benefit) > 1)
        SELECT CASE WHEN s.person_id IS NULL THEN 'samme ydelse hele året'
                    ELSE 'skiftede ydelse i løbet af året' END,
               count(*), count(*) FILTER (WHERE failing)
        FROM recovery_pm pm LEFT JOIN switchers s USING (person_id)
        GROUP BY 1 ORDER BY 1 DESC
        """,
        {"lo": lo, "hi": hi},
    )
    return Causes(
        conversations_booked=int(booked[0]),
        cancelled=int(booked[1]),
        no_show=int(booked[2]),
        held=int(booked[3]),
        by_attendance=attendance,
        by_caseload=by_caseload,
        median_caseload=None if median is None else float(median),
        heaviest=heaviest,
        by_organisation=by_org,
        by_switch=switch,
    )


def recovery(
    actor: Actor,
    workspace: Workspace,
    year: int,
    as_of: dt.date,
    *,
    municipality: str,
    measure: str = "interviews",
) -> RecoveryData:
    """What STAR's letter asks for (seed 002), from the data: the focus measure's benefit
    groups over the threshold in the year before ``year`` and so far in ``year``, the causes
    in the data (cancellations and no-shows, caseload, external actors, benefit switches), and
    the projection of ``year`` with the citizens to act on. Aggregates and caseworker ids only:
    no citizen is named, so nothing is logged."""
    from tilsyn.measures.focus import focus_measures
    from tilsyn.measures.forecast import forecast

    if measure not in ("interviews", "offers"):
        raise ValueError(f"ukendt fokusmål '{measure}' (mulige: interviews, offers)")
    actor.scope(municipality)
    basis_year = year - 1
    with open_snapshot(actor, workspace) as snap:
        con = snap.con
        _check_known(con, municipality)
        basis = next(
            r
            for r in focus_measures(con, year=basis_year, municipality=municipality)
            if r.measure == measure
        )
        causes = _causes(con, basis_year, municipality, measure)
        current = next(
            r
            for r in focus_measures(con, year=year, as_of=as_of, municipality=municipality)
            if r.measure == measure
        )
        fc = forecast(con, as_of=as_of, municipality=municipality, measure=measure)  # type: ignore[arg-type]
        version = ruleset_version()
    return RecoveryData(
        snapshot_id=snap.id,
        ruleset_version=version,
        municipality=municipality,
        measure=measure,
        year=year,
        basis_year=basis_year,
        as_of=as_of,
        continuation_notice=continuation_notice(actor, as_of),
        threshold=basis.threshold,
        basis_value=basis.year_average,
        basis_groups=_groups(basis, basis.threshold),
        current_groups=_groups(current, current.threshold),
        measured=[(m.month, m.share, m.population) for m in fc.measured],
        projected=[(m.month, m.share, m.population) for m in fc.projected],
        projected_value=fc.projected_average,
        after_actions=fc.average_after_actions,
        actions=len(fc.actions),
        reachable=fc.reachable,
        needed_per_month=fc.needed_per_month(),
        causes=causes,
        basis_readings=[
            OfferReading(municipality, v.hours, str(v.reading), v.year_average, v.met, i == 0)
            for i, v in enumerate(basis.variants)
        ]
        if measure == "offers"
        else [],
    )


@dataclass(frozen=True)
class Milestone:
    month: dt.date
    target: float  # share of the population failing, 0..1
    population: int | None  # projected
    max_failing: int | None  # citizens failing allowed at the target
    projected_failing: int | None  # on the present course


def milestones(data: RecoveryData, *, margin: float = 0.01) -> tuple[list[Milestone], bool]:
    """Monthly targets for the months not yet measured that bring the yearly value (the mean
    of the twelve monthly shares) ``margin`` under the threshold: a straight glide from the
    last measured month. Returns the milestones and whether that is possible at all (the
    measured months may already make it impossible)."""
    known = [float(s) for _, s, _ in data.measured if s is not None]
    remaining = data.projected
    n = len(remaining)
    if n == 0:
        return [], data.projected_value is not None and data.projected_value < data.threshold
    goal = float(data.threshold) - margin
    needed_sum = goal * (len(known) + n) - sum(known)
    start = known[-1] if known else (float(remaining[0][1]) if remaining[0][1] else goal)
    end = start + (needed_sum - n * start) * 2 / (n + 1)
    if end >= 0:
        targets = [start + (end - start) * (j + 1) / n for j in range(n)]
    else:
        targets = [max(needed_sum / n, 0.0)] * n
    possible = needed_sum >= 0
    out = []
    for (month, share, population), target in zip(remaining, targets, strict=True):
        out.append(
            Milestone(
                month=month,
                target=target,
                population=population,
                max_failing=None if population is None else int(target * population),
                projected_failing=None
                if population is None or share is None
                else round(float(share) * population),
            )
        )
    return out, possible


# --- Statement (svar på decisionsskrivelse) ------------------------------------------------


@dataclass(frozen=True)
class StatementReviews:
    """Management reviews in the letter's area since the letter."""

    reviewed: int
    errors: int
    rate: float | None
    low: float | None
    high: float | None
    by_area: list[tuple[str, int, int]]  # checklist area, reviewed, errors


def _statement_reviews(
    actor: Actor, letter: Any, benefits: tuple[str, ...] | None
) -> tuple[StatementReviews | None, list[tuple[str, int, Any]]]:
    from decimal import Decimal

    from django.db.models import Count, Sum

    from tilsyn.app.errors import AccessDenied
    from tilsyn.app.supervision_stats import reviewed_cases
    from tilsyn.store.supervision.models import RefundCorrection
    from tilsyn.supervision.intervals import error_rate

    who = _narrowed(actor, letter.municipality)
    try:
        cases = [
            c
            for c in reviewed_cases(who)
            if c.sent_on >= letter.date and (benefits is None or c.area in benefits)
        ]
    except AccessDenied:
        return None, []
    reviews = None
    if cases:
        errors = sum(1 for c in cases if c.error)
        rate = error_rate(errors, len(cases))
        areas: dict[str, list[int]] = {}
        for c in cases:
            areas.setdefault(c.area, [0, 0])
            areas[c.area][0] += 1
            areas[c.area][1] += int(c.error)
        reviews = StatementReviews(
            len(cases),
            errors,
            rate.rate,
            rate.low,
            rate.high,
            [(a, n, e) for a, (n, e) in sorted(areas.items())],
        )
    corrections = RefundCorrection.objects.filter(
        municipality=letter.municipality,
        created_at__date__gte=letter.date,
        **({"benefit__in": list(benefits)} if benefits else {}),
    )
    refunds = [
        (str(r["kind"]), int(r["n"]), r["give_back"] or Decimal(0))
        for r in corrections.values("kind")
        .annotate(n=Count("id"), give_back=Sum("total_give_back"))
        .order_by("kind")
    ]
    return reviews, refunds


@dataclass(frozen=True)
class StatementData:
    snapshot_id: str
    ruleset_version: str
    as_of: dt.date
    letter: Any  # tilsyn.app.letters.LetterView
    benefits: tuple[str, ...] | None  # the letter's area as benefit codes; None: every benefit
    before: list[TimelinessRow]  # by obligation, the 12 months before the letter
    after: list[TimelinessRow]  # by obligation, from the letter to the as-of date
    overdue_now: int
    reviews: StatementReviews | None = None  # None: no review recorded since the letter
    continuation_notice: str | None = None  # tilsyn.app.continuation, on ``as_of``
    refunds: list[tuple[str, int, Any]] = field(default_factory=list)  # kind, cases, kr.


def _code(text: str) -> str:
    """'Førtidspension' → 'foertidspension': the case-data contract's ASCII spelling."""
    out = text.strip().lower()
    for letter, ascii_form in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        out = out.replace(letter, ascii_form)
    return out.replace(" ", "").replace("-", "")


def area_benefits(area: str) -> tuple[str, ...] | None:
    """The benefit codes a letter's area names ('ledighedsydelse', 'Kontanthjælp'), else None
    for the whole employment effort."""
    from tilsyn.data.contract import BENEFITS

    wanted = _code(area)
    found = tuple(code for code in BENEFITS if code == wanted)
    return found or None


def statement(actor: Actor, workspace: Workspace, letter_id: int, as_of: dt.date) -> StatementData:
    """What an answer to a letter reports from the data: timeliness in the letter's area in the
    12 months before the letter and since, and what is overdue now (aggregates only)."""
    from tilsyn.app.letters import get_letter
    from tilsyn.rules import evaluate

    letter = get_letter(actor, workspace, letter_id)
    scope = actor.scope(letter.municipality)
    benefits = area_benefits(letter.area)
    start = dt.date(letter.date.year - 1, letter.date.month, 1)
    with open_snapshot(actor, workspace) as snap:
        con = snap.con

        def by_kind(lo: dt.date, hi: dt.date) -> list[TimelinessRow]:
            if hi < lo:
                return []
            table = evaluate.result_table(con, as_of)
            rows = con.execute(
                f"""
                SELECT kind, count(*) FILTER (WHERE status = 'met'),
                       count(*) FILTER (WHERE status = 'late'),
                       count(*) FILTER (WHERE status = 'overdue')
                FROM {table}
                WHERE as_of = $as_of AND due_date BETWEEN $lo AND $hi
                  AND status IN ('met', 'late', 'overdue')
                  AND list_contains($scope, municipality)
                  AND ($all OR list_contains($benefits, benefit))
                GROUP BY 1 ORDER BY 1
                """,
                {
                    "as_of": as_of,
                    "lo": lo,
                    "hi": hi,
                    "scope": list(scope or []),
                    "all": benefits is None,
                    "benefits": list(benefits or []),
                },
            ).fetchall()
            return [TimelinessRow(str(k), int(m), int(la), int(o)) for k, m, la, o in rows]

        before = by_kind(start, letter.date - dt.timedelta(days=1))
        after = by_kind(letter.date, as_of)
        overdue = sum(
            1
            for r in evaluate.worklist(con, as_of, municipality=letter.municipality)
            if r["status"] == "overdue" and (benefits is None or r["benefit"] in benefits)
        )
        version = ruleset_version()
    reviews, refunds = _statement_reviews(actor, letter, benefits)
    return StatementData(
        snapshot_id=snap.id,
        ruleset_version=version,
        as_of=as_of,
        continuation_notice=continuation_notice(actor, as_of),
        letter=letter,
        benefits=benefits,
        before=before,
        after=after,
        overdue_now=overdue,
        reviews=reviews,
        refunds=refunds,
    )


# --- Management reviews in the monthly report -----------------------------------------------


@dataclass(frozen=True)
class ReviewSummary:
    month: dt.date
    by_area_month: list[Any]  # supervision_stats.RateRow, last row "I alt"
    by_area_year: list[Any]  # year to date
    findings_by_severity: dict[str, int]  # findings in reviews completed in the month
    follow_ups_open: int  # tasks not done
    follow_ups_overdue: int  # of those, due before the month's end

    @property
    def reviewed_in_month(self) -> int:
        return self.by_area_month[-1].reviewed if self.by_area_month else 0


def _narrowed(actor: Actor, municipality: str | None) -> Actor:
    """The actor limited to ``municipality`` (refused outside the actor's: never widened)."""
    import dataclasses

    actor.scope(municipality)
    if municipality is None:
        return actor
    return dataclasses.replace(actor, municipalities=frozenset({municipality}))


def review_summary(
    actor: Actor, workspace: Workspace, month: dt.date, *, municipality: str | None = None
) -> ReviewSummary:
    """Error rates (with intervals) of the reviews completed in ``month`` and in its year so
    far, findings by severity and open follow-up tasks, within the actor's municipalities (or
    ``municipality``). Aggregates only. Raises ``AccessDenied`` for roles that may not read
    reviews."""
    from tilsyn.app.supervision_reviews import reviews_for
    from tilsyn.app.supervision_stats import DONE, error_rates
    from tilsyn.store import setup

    setup(workspace.root)
    from tilsyn.store.supervision.models import Finding, FollowUpTask

    who = _narrowed(actor, municipality)
    first = month.replace(day=1)
    last = month_end(first)
    label = f"{first:%Y-%m}"
    by_month = error_rates(who, by="area", first_month=label, last_month=label)
    by_year = error_rates(who, by="area", first_month=f"{first:%Y}-01", last_month=label)
    reviews = reviews_for(who)
    severities: dict[str, int] = {}
    for severity in Finding.objects.filter(
        review__in=reviews.filter(status__in=DONE, feedback_sent_on__range=(first, last))
    ).values_list("severity", flat=True):
        severities[severity] = severities.get(severity, 0) + 1
    tasks = FollowUpTask.objects.filter(review__in=reviews, done_on__isnull=True)
    return ReviewSummary(
        month=first,
        by_area_month=by_month if by_month and by_month[-1].reviewed else [],
        by_area_year=by_year if by_year and by_year[-1].reviewed else [],
        findings_by_severity=severities,
        follow_ups_open=tasks.count(),
        follow_ups_overdue=tasks.filter(due_date__lte=last).count(),
    )


# --- Auditor export -------------------------------------------------------------------------

AUDIT_EXPORT_ROLES = frozenset({"auditor", "manager", "coordinator", "admin", "operator"})


@dataclass(frozen=True)
class AuditorData:
    snapshot_id: str
    ruleset_version: str
    as_of: dt.date
    samples: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    corrections: list[Any]  # supervision_refunds.CorrectionRow
    continuation_notice: str | None = None  # tilsyn.app.continuation, on ``as_of``


def _corrections(actor: Actor, review_ids: set[int] | None) -> list[Any]:
    """Refund correction lines within the actor's municipalities (of these reviews only, when
    given); the caller logs the citizens with the snapshot it read."""
    from tilsyn.app.supervision_refunds import CorrectionRow
    from tilsyn.store.supervision.models import RefundCorrectionLine

    qs = RefundCorrectionLine.objects.select_related("correction").order_by("correction_id", "week")
    scope = actor.scope()
    if scope is not None:
        qs = qs.filter(correction__municipality__in=scope)
    if review_ids is not None:
        qs = qs.filter(correction__review_id__in=review_ids)
    return [
        CorrectionRow(
            line.correction.pk,
            line.correction.person_id,
            line.correction.benefit,
            line.correction.kind,
            line.correction.municipality,
            line.week,
            line.quarter,
            line.amount,
            line.step,
            line.rate,
            line.give_back,
            line.correction.reason,
            line.correction.review_id,
            line.correction.created_by,
        )
        for line in qs
    ]


def auditor_export(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    sample_id: int | None = None,
) -> AuditorData:
    """Everything an auditor checks, for one sample (or every sample the actor may see): the
    drawn cases, the checklist answers beside the engine's suggestion, the findings, the
    engine's verdicts with their explanation for each drawn citizen on ``as_of``, and the refund
    corrections. Names citizens by pseudonym: every one is logged (purpose audit)."""
    from tilsyn.app.errors import AccessDenied, NotFound
    from tilsyn.app.supervision_reviews import reviews_for
    from tilsyn.rules import evaluate
    from tilsyn.store import setup

    if actor.role.value not in AUDIT_EXPORT_ROLES:
        raise AccessDenied(f"rollen {actor.role.value} må ikke hente revisionsudtræk")
    setup(workspace.root)
    from tilsyn.store.supervision.models import Answer, Finding, Sample, SecondOpinion

    reviews = reviews_for(actor).select_related("drawn_case", "drawn_case__sample")
    if sample_id is not None:
        if not Sample.objects.filter(pk=sample_id).exists():
            raise NotFound(f"stikprøve {sample_id} findes ikke")
        reviews = reviews.filter(drawn_case__sample_id=sample_id)
    reviews = reviews.order_by("drawn_case__sample_id", "id")
    questions: dict[tuple[int, str], str] = {}
    cases: list[dict[str, Any]] = []
    samples: dict[int, dict[str, Any]] = {}
    for r in reviews:
        s = r.drawn_case.sample
        samples[s.pk] = {
            "sample": s.pk,
            "name": s.name,
            "method": s.method,
            "seed": s.seed,
            "snapshot_id": s.snapshot_id,
            "as_of": s.as_of,
            "population": s.population_size,
            "created_by": s.created_by,
        }
        for q in r.checklist.get("questions", []):
            questions[(r.pk, q["id"])] = q["text"]
        cases.append(
            {
                "review": r.pk,
                "sample": s.pk,
                "person_id": r.person_id,
                "benefit": r.benefit,
                "municipality": r.municipality,
                "caseworker_id": r.caseworker_id,
                "team": r.team,
                "area": r.area,
                "checklist_version": r.checklist_version,
                "stratum": r.drawn_case.stratum,
                "reason": r.drawn_case.reason,
                "status": r.status,
                "reviewed_on": r.reviewed_on,
                "feedback_sent_on": r.feedback_sent_on,
            }
        )
    ids = [c["review"] for c in cases]
    seconds = {
        (o.review_id, o.question_id): o for o in SecondOpinion.objects.filter(review_id__in=ids)
    }
    answers = []
    for a in Answer.objects.filter(review_id__in=ids).order_by("review_id", "id"):
        o = seconds.get((a.review_id, a.question_id))
        answers.append(
            {
                "review": a.review_id,
                "question_id": a.question_id,
                "question": questions.get((a.review_id, a.question_id), ""),
                "value": a.value,
                "engine_value": a.engine_value,
                "overrule_reason": a.overrule_reason,
                "answered_by": a.answered_by,
                "second_value": "" if o is None else o.value,
                "final_value": "" if o is None else (o.resolved_value or o.value),
                "comment": a.comment,
            }
        )
    findings = [
        {
            "review": f.review_id,
            "question_id": f.question_id,
            "question": f.question,
            "answer": f.answer,
            "severity": f.severity,
            "refund_relevant": f.refund_relevant,
            "reference": f.reference,
            "comment": f.comment,
        }
        for f in Finding.objects.filter(review_id__in=ids).order_by("review_id", "id")
    ]
    people = sorted({str(c["person_id"]) for c in cases})
    evidence: list[dict[str, Any]] = []
    with open_snapshot(actor, workspace) as snap:
        for pid in people:
            for row in evaluate.obligations(snap.con, as_of, person_id=pid):
                if actor.may_see(row.get("municipality")):
                    evidence.append(row)
        version = ruleset_version()
    corrections = _corrections(actor, None if sample_id is None else set(ids))
    record(
        actor,
        workspace,
        action="report-auditor",
        snapshot_id=snap.id,
        person_ids=sorted(set(people) | {c.person_id for c in corrections}),
        detail=f"as_of={as_of.isoformat()} sample={sample_id or 'alle'}",
        purpose=Purpose.audit,
    )
    return AuditorData(
        snapshot_id=snap.id,
        ruleset_version=version,
        as_of=as_of,
        continuation_notice=continuation_notice(actor, as_of),
        samples=list(samples.values()),
        cases=cases,
        answers=answers,
        findings=findings,
        evidence=evidence,
        corrections=corrections,
    )


# --- Demo --------------------------------------------------------------------------------

# Net price per full-year person (kr.) used only to make the demo's budget file: a
# municipality's own budget assumptions, not figures set by law.
DEMO_PRICES = {"sygedagpenge": 230_000, "foertidspension": 250_000, "kontanthjaelp": 150_000}


def demo_budget(actor: Actor, workspace: Workspace, as_of: dt.date, path: Path) -> Path:
    """Write a budget file in the committee's structure (seed 004) for the demo: each benefit
    area budgeted at last year's full-year persons in the case data, 5 % fewer."""
    from decimal import Decimal

    from tilsyn.economy.budget import snapshot_outlook
    from tilsyn.economy.fulltime_forecast import forecast_fulltime, year_totals

    benefits = (
        ("kontanthjaelp", "Kontanthjælp"),
        ("sygedagpenge", "Sygedagpenge"),
        ("foertidspension", "Førtidspension"),
    )
    with open_snapshot(actor, workspace) as snap:
        totals = year_totals(forecast_fulltime(snap.con, as_of.year - 1, as_of))
        outlook = snapshot_outlook(snap.con)
        # The budget is net of the state's refund, at this year's refund share so far.
        refund = {
            b: outlook((b,), as_of.year, as_of).refund_share or Decimal(0) for b, _ in benefits
        }
    persons: dict[str, Decimal] = {}
    for t in totals:
        if t["whole_year"] is not None:
            persons[t["benefit"]] = persons.get(t["benefit"], Decimal(0)) + t["whole_year"]
    parent = "130 - Arbejdsmarkeds- og Beskæftigelsesudvalg"
    lines = [
        "area;parent;original_budget;corrected_budget;spent_to_date;forecast;benefits;"
        "budgeted_fulltime_persons;price_per_fulltime_person"
    ]
    lines.append(f"{parent};;;;;;;;")
    share_of_year = Decimal(as_of.timetuple().tm_yday) / Decimal(365)
    for number, (benefit, name) in enumerate(benefits, start=1):
        budgeted = (persons.get(benefit, Decimal(0)) * Decimal("0.95")).quantize(Decimal(1))
        money = budgeted * DEMO_PRICES[benefit] * (1 - refund[benefit]) / Decimal(1_000_000)
        spent = money * share_of_year
        lines.append(
            f"1300{number} - {name};{parent};{money:.1f};{money:.1f};{spent:.1f};;{benefit};"
            f"{budgeted};{DEMO_PRICES[benefit]}".replace(".", ",")
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
