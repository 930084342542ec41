"""The refund staircase in aggregate: person-weeks, payments, refund and co-financing per
financing kind and step over the 52 complete weeks before a date, for each municipality the
actor may see (aggregates: nothing is logged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tilsyn.app.access import open_snapshot
from tilsyn.app.actor import Actor
from tilsyn.data.workspace import Workspace


@dataclass(frozen=True)
class RefundSteps:
    municipality: str
    first_week: str
    last_week: str
    rows: list[dict[str, Any]]


def refund_steps(*, actor: Actor, workspace: Workspace, as_of: dt.date) -> list[RefundSteps]:
    from tilsyn.data.calendar import week_index, week_label
    from tilsyn.economy.staircase import refund_by_step

    last = week_index(as_of) - 1  # the last complete week
    first_week, last_week = week_label(last - 51), week_label(last)
    with open_snapshot(actor, workspace) as snap:
        codes = [
            str(r[0])
            for r in snap.con.execute(
                "SELECT DISTINCT municipality FROM persons WHERE municipality IS NOT NULL "
                "ORDER BY 1"
            ).fetchall()
            if actor.may_see(str(r[0]))
        ]
        return [
            RefundSteps(
                code,
                first_week,
                last_week,
                refund_by_step(snap.con, first_week, last_week, as_of, municipality=code),
            )
            for code in codes
        ]
