"""What ``tilsyn demo`` shows after the import, one function per section, each returning plain
data for ``tilsyn.present.demo`` to word. The sections read the whole workspace, so they are
for actors who see every municipality (the operator at the command line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tilsyn.app.access import open_snapshot, record
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.economy.fulltime import FulltimeOverview
    from tilsyn.measures.focus import FocusResult
    from tilsyn.measures.forecast import Forecast
    from tilsyn.measures.reform import ReformOverview
    from tilsyn.rules.overview import TeamOverdue


def _whole(actor: Actor) -> None:
    if not actor.unrestricted:
        raise AccessDenied(f"{actor.user} ser ikke hele arbejdsområdet")


@dataclass(frozen=True)
class ObligationsOverview:
    """Overdue obligations per team and the top of the busiest caseworker's worklist."""

    as_of: dt.date
    teams: list[TeamOverdue]
    caseworker: str | None
    worklist: list[dict[str, Any]]
    top: int


def obligations_overview(
    actor: Actor, workspace: Workspace, as_of: dt.date, *, top: int = 5
) -> ObligationsOverview:
    """Overdue obligations per team on ``as_of`` and the first ``top`` rows of the worklist of
    the caseworker with the most overdue obligations (those citizens are logged)."""
    from tilsyn.rules.evaluate import worklist
    from tilsyn.rules.overview import busiest_caseworker, overdue_by_team

    _whole(actor)
    with open_snapshot(actor, workspace) as snap:
        teams = overdue_by_team(snap.con, as_of)
        caseworker = busiest_caseworker(snap.con, as_of)
        rows = worklist(snap.con, as_of, caseworker_id=caseworker, limit=top) if caseworker else []
    record(
        actor,
        workspace,
        action="worklist",
        snapshot_id=snap.id,
        rows=rows,
        detail=f"demo as_of={as_of.isoformat()}",
    )
    return ObligationsOverview(as_of, teams, caseworker, rows, top)


@dataclass(frozen=True)
class FocusOverview:
    """One municipality's focus measure so far this year and its forecast to year end."""

    result: FocusResult
    forecast: Forecast


def focus_overview(actor: Actor, workspace: Workspace, as_of: dt.date) -> list[FocusOverview]:
    """Each municipality's two focus measures for the year of ``as_of`` with the forecast
    (aggregates; the forecasts' action lists are counted, not shown)."""
    from tilsyn.measures.focus import focus_measures
    from tilsyn.measures.forecast import forecast

    _whole(actor)
    with open_snapshot(actor, workspace) as snap:
        results = focus_measures(snap.con, year=as_of.year, as_of=as_of)
        return [
            FocusOverview(
                r,
                forecast(snap.con, as_of=as_of, municipality=r.municipality, measure=r.measure),
            )
            for r in sorted(results, key=_municipality_order(results))
        ]


def _municipality_order(results: list[FocusResult]) -> Any:
    # Municipalities in the order the engine first returns them, measures as returned.
    first = {r.municipality: i for i, r in reversed(list(enumerate(results)))}
    return lambda r: first[r.municipality]


def reform_overview(actor: Actor, workspace: Workspace, as_of: dt.date) -> ReformOverview:
    """The reform's rules over the last 6 complete months before ``as_of`` (aggregates)."""
    from tilsyn.measures.reform import reform_overview as overview

    _whole(actor)
    with open_snapshot(actor, workspace) as snap:
        return overview(snap.con, as_of)


def fulltime_overview(actor: Actor, workspace: Workspace, as_of: dt.date) -> FulltimeOverview:
    """Full-year persons by benefit so far in the year of ``as_of`` (aggregates)."""
    from tilsyn.economy.fulltime import fulltime_overview as overview

    _whole(actor)
    with open_snapshot(actor, workspace) as snap:
        return overview(snap.con, as_of)


def refund_overview(actor: Actor, workspace: Workspace, as_of: dt.date) -> list[dict[str, Any]]:
    """Person-weeks, payments, refund and co-financing per financing kind and staircase step
    over the 52 complete weeks before ``as_of`` (aggregates)."""
    from tilsyn.economy.staircase import refund_overview as overview

    _whole(actor)
    with open_snapshot(actor, workspace) as snap:
        return overview(snap.con, as_of)
