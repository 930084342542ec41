"""Measures: STAR's focus measures and their forecast, the early-effort follow-up, the 2026
reform's requirements and the reconciliation with jobindsats.dk. Aggregates are limited to the
actor's municipalities; functions that name citizens write the access log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tilsyn.app.access import (
    Purpose,
    open_snapshot,
    record,
    refuse_partners,
    single_municipality,
)
from tilsyn.app.actor import Actor
from tilsyn.app.errors import InvalidRequest, ServiceUnavailable
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.measures.early import MonthShare
    from tilsyn.measures.focus import FocusResult
    from tilsyn.measures.forecast import BacktestRow, Forecast
    from tilsyn.measures.reconcile import ReconRow
    from tilsyn.measures.reform import ReformRow

Measure = Literal["interviews", "offers"]
MEASURES: tuple[Measure, ...] = ("interviews", "offers")
PARTS = ("samtaler", "tilbud", "dagpenge_samtaler")
"""The parts of the early-effort follow-up (``tilsyn.measures.early.PARTS``)."""


def focus(
    actor: Actor,
    workspace: Workspace,
    *,
    year: int,
    as_of: dt.date,
    municipality: str | None = None,
    engine: str = "duckdb",
) -> list[FocusResult]:
    """Both focus measures of ``year`` per municipality, as far as ``as_of`` (aggregates)."""
    from tilsyn.measures.focus import FocusError, focus_measures

    if as_of.year != year:
        raise InvalidRequest(f"{as_of.isoformat()} ligger ikke i {year}")
    scope = actor.scope(municipality)
    with open_snapshot(actor, workspace, engine=engine) as snap:
        try:
            results = focus_measures(
                snap.con, year=year, as_of=as_of, municipality=single_municipality(scope)
            )
        except FocusError as exc:
            raise InvalidRequest(str(exc)) from exc
    return [r for r in results if scope is None or r.municipality in scope]


def focus_json(results: list[FocusResult]) -> list[dict[str, object]]:
    """The documented JSON objects of ``tilsyn measures focus``."""
    from tilsyn.measures.focus import result_to_json

    return [result_to_json(r) for r in results]


@dataclass(frozen=True)
class FocusForecast:
    """The projection of one focus measure to year end, the citizens to act on (the
    ``actions``) and the same forecast made on this day in earlier years beside the outcome."""

    snapshot_id: str
    forecast: Forecast
    backtest: list[BacktestRow]


def focus_forecast(
    actor: Actor,
    workspace: Workspace,
    *,
    as_of: dt.date,
    municipality: str,
    measure: Measure = "interviews",
    purpose: Purpose | str | None = None,
    engine: str = "duckdb",
) -> FocusForecast:
    """The forecast of ``measure`` for ``municipality`` and the year of ``as_of``; logs every
    citizen on the action list."""
    from tilsyn.measures.forecast import backtest, forecast

    if measure not in MEASURES:
        raise InvalidRequest(f"ukendt fokusmål '{measure}' (mulige: {', '.join(MEASURES)})")
    actor.scope(municipality)
    refuse_partners(actor, "prognosens handlingsliste")
    with open_snapshot(actor, workspace, engine=engine) as snap:
        fc = forecast(snap.con, as_of=as_of, municipality=municipality, measure=measure)
        tests = backtest(snap.con, as_of=as_of, municipality=municipality, measure=measure)
    record(
        actor,
        workspace,
        action="forecast",
        snapshot_id=snap.id,
        person_ids=[a.person_id for a in fc.actions],
        detail=f"{municipality} {measure} as_of={as_of.isoformat()}",
        purpose=purpose,
    )
    return FocusForecast(snap.id, fc, tests)


def forecast_json(result: FocusForecast) -> dict[str, object]:
    """The documented JSON object of ``tilsyn forecast focus``."""
    from tilsyn.measures.forecast import forecast_to_json

    return forecast_to_json(result.forecast, result.backtest)


def early(
    actor: Actor,
    workspace: Workspace,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    part: str | None = None,
    engine: str = "duckdb",
) -> list[MonthShare]:
    """STAR's follow-up on the early effort per municipality, month and part (aggregates)."""
    from tilsyn.measures.early import early_followup

    _check_months(first_month, last_month)
    if part is not None and part not in PARTS:
        raise InvalidRequest(f"'{part}' skal være en af {', '.join(PARTS)}")
    scope = actor.scope(municipality)
    with open_snapshot(actor, workspace, engine=engine) as snap:
        rows = early_followup(
            snap.con,
            first_month=first_month,
            last_month=last_month,
            as_of=as_of,
            municipality=single_municipality(scope),
        )
    return [
        r
        for r in rows
        if (scope is None or r.municipality in scope) and (part is None or r.part == part)
    ]


def _check_months(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise InvalidRequest("slutmåneden ligger før startmåneden")


def reform(
    actor: Actor,
    workspace: Workspace,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    engine: str = "duckdb",
) -> list[ReformRow]:
    """The 2026 reform's requirements per municipality, monthly cohort, rule and group
    (aggregates)."""
    from tilsyn.measures.reform import reform_report

    _check_months(first_month, last_month)
    scope = actor.scope(municipality)
    with open_snapshot(actor, workspace, engine=engine) as snap:
        rows, _ = reform_report(
            snap.con,
            first_month=first_month,
            last_month=last_month,
            as_of=as_of,
            municipality=single_municipality(scope),
        )
    return [r for r in rows if scope is None or r.municipality in scope]


def akasse_recorded(actor: Actor, workspace: Workspace, *, engine: str = "duckdb") -> bool:
    """Whether the current snapshot records conversations held by the a-kasse; without them
    the a-kasse's own 75 % requirement is not computable (not 0 %)."""
    from tilsyn.measures.reform import akasse_interviews_recorded
    from tilsyn.rules.parameters import default_parameters

    with open_snapshot(actor, workspace, engine=engine) as snap:
        return akasse_interviews_recorded(snap.con, default_parameters())


MISSING_COLUMNS = (
    "person_id",
    "municipality",
    "rule",
    "group",
    "window_start",
    "point",
    "found",
    "required",
)


def reform_missing(
    actor: Actor,
    workspace: Workspace,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    purpose: Purpose | str | None = None,
) -> list[dict[str, Any]]:
    """The citizens in the reform's cohorts who miss an interview or offer and have no
    documented exemption (``MISSING_COLUMNS``); logs each of them."""
    from tilsyn.measures.reform import reform_report

    _check_months(first_month, last_month)
    scope = actor.scope(municipality)
    refuse_partners(actor, "reformens borgerliste")
    with open_snapshot(actor, workspace) as snap:
        _, members = reform_report(
            snap.con,
            first_month=first_month,
            last_month=last_month,
            as_of=as_of,
            municipality=single_municipality(scope),
        )
    missing = [
        {c: getattr(m, c) for c in MISSING_COLUMNS}
        for m in members
        if not m.compliant and not m.exempted and (scope is None or m.municipality in scope)
    ]
    record(
        actor,
        workspace,
        action="reform-persons",
        snapshot_id=snap.id,
        rows=missing,
        detail=f"{first_month:%Y-%m}..{last_month:%Y-%m}",
        purpose=purpose,
    )
    return missing


def reconcile(
    actor: Actor,
    workspace: Workspace,
    *,
    official: Path,
    measure: str,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str,
    part: str = "samtaler",
    area: str | None = None,
    dimensions: Mapping[str, str] | None = None,
    engine: str = "duckdb",
) -> list[ReconRow]:
    """Our early-effort figures for ``part`` beside jobindsats.dk's official ``measure`` from
    the file ``official`` (a CSV export or a saved API answer), per month, with the
    difference in percentage points."""
    from tilsyn.measures.jobindsats import JobindsatsError, read_official
    from tilsyn.measures.reconcile import ReconcileError
    from tilsyn.measures.reconcile import reconcile as match

    if part not in PARTS:
        raise InvalidRequest(f"'{part}' skal være en af {', '.join(PARTS)}")
    actor.scope(municipality)
    try:
        figures = read_official(official, measures=[measure])
    except (JobindsatsError, OSError) as exc:
        raise InvalidRequest(str(exc)) from exc
    ours = early(
        actor,
        workspace,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
        engine=engine,
    )
    try:
        return match(
            ours,
            [f for f in figures if f.month is not None and first_month <= f.month <= last_month],
            part=part,
            measure=measure,
            areas={municipality: area or municipality},
            dimensions=dimensions,
        )
    except ReconcileError as exc:
        raise InvalidRequest(str(exc)) from exc


def fetch_jobindsats(
    actor: Actor,
    *,
    table: str,
    periods: Sequence[str],
    out: Path,
    token: str,
    version: str = "v2",
) -> Path:
    """Fetch a table from jobindsats.dk's API and save the answer (JSON) to ``out`` for
    ``reconcile``; raises ``InvalidRequest`` when jobindsats refuses or answers an error."""
    import json

    import httpx

    from tilsyn.measures.jobindsats import JobindsatsClient, JobindsatsError

    if version not in ("v2", "v3"):
        raise InvalidRequest(f"'{version}' skal være v2 eller v3")
    try:
        with JobindsatsClient(token, version="v2" if version == "v2" else "v3") as client:
            payload = client.data_payload(table, periods=list(periods))
    except JobindsatsError as exc:
        raise InvalidRequest(str(exc)) from exc
    except httpx.HTTPError as exc:
        raise ServiceUnavailable(f"kunne ikke hente fra jobindsats: {exc}") from exc
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return out
