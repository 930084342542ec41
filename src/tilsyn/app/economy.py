"""Economy: full-year persons with a forecast, the refund staircase (and its KOMBIT file) and
the budget follow-up. Limited to the actor's municipalities; the staircase names citizens and
is logged."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tilsyn.app.access import (
    Purpose,
    open_snapshot,
    record,
    refuse_partners,
    single_municipality,
)
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, InvalidRequest, NotFound
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.economy.budget import FollowUpRow as FollowUpRow
    from tilsyn.economy.budget import FulltimeOutlook
    from tilsyn.economy.fulltime_forecast import FulltimeForecast

METHODS = ("weeks", "days")
CPR_ROLES = frozenset({Role.operator, Role.admin})
"""Roles that may write CPR numbers to the refund file (the file goes to KOMBIT)."""


@dataclass(frozen=True)
class Fulltime:
    """Full-year persons per municipality, benefit and month (``months``: actual months and a
    forecast for the rest) and per series the year to date and the whole year (``totals``)."""

    year: int
    as_of: dt.date
    months: list[FulltimeForecast]
    totals: list[dict[str, Any]]

    def month_records(self) -> list[dict[str, Any]]:
        """The months as plain records (``month`` as 'YYYY-MM'), as documented for JSON."""
        out = []
        for r in self.months:
            d = r.as_dict()
            d["month"] = r.month.strftime("%Y-%m")
            d.pop("period_units")
            out.append(d)
        return out


def fulltime(
    actor: Actor,
    workspace: Workspace,
    *,
    year: int,
    as_of: dt.date,
    municipality: str | None = None,
    method: str = "weeks",
    engine: str = "duckdb",
) -> Fulltime:
    """Full-year persons of ``year`` as known on ``as_of``, counted by ``method`` (weeks as
    jobindsats, or days), within the actor's municipalities (aggregates)."""
    from tilsyn.economy.fulltime_forecast import forecast_fulltime, year_totals

    if method not in METHODS:
        raise InvalidRequest(f"'{method}' skal være weeks eller days")
    scope = actor.scope(municipality)
    with open_snapshot(actor, workspace, engine=engine) as snap:
        try:
            rows = forecast_fulltime(
                snap.con, year, as_of, single_municipality(scope), method=method
            )
        except ValueError as exc:
            raise InvalidRequest(str(exc)) from exc
    rows = [r for r in rows if scope is None or r.municipality in scope]
    return Fulltime(year, as_of, rows, year_totals(rows))


def refund(
    actor: Actor,
    workspace: Workspace,
    *,
    from_week: str,
    to_week: str,
    as_of: dt.date,
    person: str | None = None,
    municipality: str | None = None,
    purpose: Purpose | str | None = None,
    detail: str | None = None,
    engine: str = "duckdb",
) -> list[dict[str, Any]]:
    """The refund staircase per citizen, ISO week and benefit from ``from_week`` to
    ``to_week`` ('2024-W07'): week on the staircase, step, rate, financing and (with
    payments) amount, refund and co-financing. Logs every citizen returned."""
    rows, _ = _refund(actor, workspace, from_week, to_week, as_of, person, municipality, engine)
    record(
        actor,
        workspace,
        action="refund",
        snapshot_id=rows.snapshot_id,
        rows=rows.rows,
        detail=detail or f"{from_week}..{to_week}",
        purpose=purpose,
    )
    return rows.rows


@dataclass(frozen=True)
class _Weeks:
    snapshot_id: str
    rows: list[dict[str, Any]]


def _refund(
    actor: Actor,
    workspace: Workspace,
    from_week: str,
    to_week: str,
    as_of: dt.date,
    person: str | None,
    municipality: str | None,
    engine: str = "duckdb",
) -> tuple[_Weeks, Path]:
    from tilsyn.economy.staircase import staircase_weeks

    scope = actor.scope(municipality)
    refuse_partners(actor, "refusionstrappen pr. borger")
    with open_snapshot(actor, workspace, engine=engine) as snap:
        if person is not None:
            found = snap.con.execute(
                "SELECT municipality FROM persons WHERE person_id = $p", {"p": person}
            ).fetchall()
            if found and not actor.may_see(found[0][0]):
                raise AccessDenied(f"{actor.user} har ikke adgang til borgeren '{person}'")
        try:
            rows = staircase_weeks(
                snap.con,
                from_week,
                to_week,
                as_of,
                person=person,
                municipality=single_municipality(scope),
            )
        except ValueError as exc:
            raise InvalidRequest(str(exc)) from exc
    rows = [r for r in rows if scope is None or r.get("municipality") in scope]
    return _Weeks(snap.id, rows), workspace.identities_path(snap.id)


def refund_export(
    actor: Actor,
    workspace: Workspace,
    *,
    path: Path,
    from_week: str,
    to_week: str,
    as_of: dt.date,
    person: str | None = None,
    municipality: str | None = None,
    with_cpr: bool = False,
    purpose: Purpose | str | None = None,
) -> int:
    """Write the refund staircase as Ydelsesrefusion's CSV (KOMBIT's columns) to ``path``;
    with ``with_cpr`` the citizens' CPR numbers fill the CPR column (operator and admin
    only). Returns the number of lines; logs every citizen written."""
    from tilsyn.economy.kombit_export import load_cprs, write_kombit_csv

    if with_cpr and actor.role not in CPR_ROLES:
        raise AccessDenied(f"{actor.user} må ikke udlevere CPR-numre ({actor.role.value})")
    weeks, identities = _refund(actor, workspace, from_week, to_week, as_of, person, municipality)
    try:
        cprs = load_cprs(identities) if with_cpr else None
    except FileNotFoundError as exc:
        raise NotFound(str(exc)) from exc
    count = write_kombit_csv(path, weeks.rows, cprs)
    record(
        actor,
        workspace,
        action="refund",
        snapshot_id=weeks.snapshot_id,
        rows=weeks.rows,
        detail=f"{from_week}..{to_week}" + (" med CPR til fil" if with_cpr else ""),
        purpose=purpose,
    )
    return count


def budget(
    actor: Actor,
    workspace: Workspace,
    *,
    budget_file: Path,
    as_of: dt.date,
    sheet: str | None = None,
    municipality: str | None = None,
    engine: str = "duckdb",
) -> list[FollowUpRow]:
    """The committee's budget follow-up of the budget file (CSV or XLSX, mio. kr.) on
    ``as_of``; areas without a forecast get full-year persons from the current snapshot
    (opened only if needed, and closed). Raises ``InvalidRequest`` naming the file, row and
    column of a bad budget, ``NotFound`` for a missing file."""
    from tilsyn.economy.budget import BudgetInputError, follow_up, snapshot_outlook
    from tilsyn.economy.budget_io import read_budget

    scope = actor.scope(municipality)
    if scope is not None and len(scope) > 1:
        raise InvalidRequest("vælg én kommune (--municipality) for helårspersoner fra sagsdata")
    chosen = single_municipality(scope)
    if not budget_file.is_file():
        raise NotFound(f"{budget_file}: filen findes ikke")
    with ExitStack() as stack:
        sources: list[Any] = []

        def outlook(benefits: tuple[str, ...], year: int, on: dt.date) -> FulltimeOutlook:
            if not sources:
                try:
                    snap = stack.enter_context(open_snapshot(actor, workspace, engine=engine))
                except NotFound as exc:
                    raise BudgetInputError(
                        f"forecast mangler, og helårspersoner kræver sagsdata: {exc}"
                    ) from exc
                sources.append(snapshot_outlook(snap.con, municipality=chosen))
            result: FulltimeOutlook = sources[0](benefits, year, on)
            return result

        try:
            lines = read_budget(budget_file, sheet=sheet)
            return follow_up(lines, as_of=as_of, outlook=outlook)
        except BudgetInputError as exc:
            raise InvalidRequest(str(exc if exc.file else exc.in_file(budget_file.name))) from exc


def budget_records(rows: list[FollowUpRow]) -> list[dict[str, Any]]:
    """The follow-up rows as plain records (the committee's columns, hierarchy, reasons)."""
    from tilsyn.economy.budget import records

    return records(rows)


def write_budget_xlsx(rows: list[FollowUpRow], path: Path, *, as_of: dt.date) -> Path:
    """The follow-up as the committee's Excel sheet at ``path``."""
    from tilsyn.economy.budget_io import write_xlsx

    write_xlsx(rows, path, as_of=as_of)
    return path


def write_budget_sample(actor: Actor, folder: Path) -> Path:
    """Write the documented sample budget file into ``folder`` (no person data); returns it."""
    from tilsyn.economy.budget_io import write_sample

    return write_sample(folder)
