"""The figures of the web's overview and measures pages: overdue and open obligations per
municipality, and the focus measures month by month against their threshold. Aggregates only
(no citizen is named), so nothing is written to the access log."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from tilsyn.app.access import open_snapshot
from tilsyn.app.actor import Actor
from tilsyn.data.workspace import Workspace


@dataclass(frozen=True)
class ObligationCounts:
    municipality: str
    overdue: int
    open: int
    due_within_14_days: int


@dataclass(frozen=True)
class FocusMonth:
    municipality: str
    measure: str  # "interviews" or "offers"
    month: dt.date
    share: float | None
    population: int | None
    failing: int | None
    final: bool
    other_shares: tuple[float | None, ...] = ()
    """Offers: the month's share under each of ``FocusYear.others``, in that order."""


@dataclass(frozen=True)
class FocusVariant:
    """The offer measure under one reading: hours that replace an offer, and whether an offer
    counts when it overlaps the 12 months or only when it started in them."""

    hours: float
    reading: str  # "overlap" | "started"
    year_average: float | None
    met: bool | None


@dataclass(frozen=True)
class FocusYear:
    municipality: str
    measure: str
    year: int
    threshold: float
    year_average: float | None
    met: bool | None
    sanction_regime: bool
    variants: tuple[FocusVariant, ...] = ()
    """Offers: every reading computed, the standard first (empty for interviews)."""

    @property
    def others(self) -> tuple[FocusVariant, ...]:
        """The readings shown beside the standard one."""
        return self.variants[1:]


@dataclass(frozen=True)
class Overview:
    snapshot_id: str
    as_of: dt.date
    counts: list[ObligationCounts]
    focus_months: list[FocusMonth]
    focus_years: list[FocusYear]


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _municipalities(actor: Actor, con_codes: list[str]) -> list[str]:
    return [m for m in con_codes if actor.may_see(m)]


def overview(
    *, actor: Actor, workspace: Workspace, as_of: dt.date, with_focus: bool = True
) -> Overview:
    """Counts and focus measures for each municipality the actor may see."""
    from tilsyn.measures.focus import focus_measures
    from tilsyn.rules import evaluate

    with open_snapshot(actor, workspace) as snap:
        codes = _municipalities(
            actor,
            [
                str(r[0])
                for r in snap.con.execute(
                    "SELECT DISTINCT municipality FROM persons WHERE municipality IS NOT NULL "
                    "ORDER BY 1"
                ).fetchall()
            ],
        )
        counts: list[ObligationCounts] = []
        for code in codes:
            rows = evaluate.worklist(snap.con, as_of, municipality=code)
            status = Counter(str(r["status"]) for r in rows)
            horizon = as_of + dt.timedelta(days=14)
            soon = sum(
                1
                for r in rows
                if r["status"] == "open" and r["due_date"] is not None and r["due_date"] <= horizon
            )
            counts.append(ObligationCounts(code, status["overdue"], status["open"], soon))
        months: list[FocusMonth] = []
        years: list[FocusYear] = []
        if with_focus:
            for code in codes:
                for result in focus_measures(
                    snap.con, year=as_of.year, as_of=as_of, municipality=code
                ):
                    avg = result.year_average
                    variants = (
                        tuple(
                            FocusVariant(
                                float(v.hours or 0),
                                str(v.reading),
                                _float(v.year_average),
                                v.met,
                            )
                            for v in result.variants
                        )
                        if result.measure == "offers"
                        else ()
                    )
                    years.append(
                        FocusYear(
                            code,
                            str(result.measure),
                            result.year,
                            float(result.threshold),
                            _float(avg),
                            result.met,
                            result.sanction_regime,
                            variants,
                        )
                    )
                    others = result.variants[1:] if variants else ()
                    for i, m in enumerate(result.months):
                        months.append(
                            FocusMonth(
                                code,
                                str(result.measure),
                                m.month,
                                _float(m.share),
                                m.population,
                                m.failing,
                                m.final,
                                tuple(_float(o.months[i].share) for o in others),
                            )
                        )
    return Overview(snap.id, as_of, counts, months, years)
