"""Pieces several reports share: names, the letterhead, timeliness tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from tilsyn.app.reports import OfferReading, TimelinessRow
from tilsyn.present import labels
from tilsyn.reports import danish
from tilsyn.reports.model import Cell, Letterhead, Table


def municipality_name(code: str | None) -> str:
    """'Tårnby Kommune' for a known kommunekode, else 'Kommune 123'."""
    if code is None:
        return "Alle kommuner"
    name = labels.MUNICIPALITY.get(str(code))
    return f"{name} Kommune" if name else f"Kommune {code}"


# The department that signs, where the demo and tests know it (Dragør's cases are run by
# Tårnby's job centre; Dragør itself answers from Borger og Social).
DEPARTMENT = {"185": "Jobcenter Tårnby", "155": "Borger og Social"}


def letterhead(
    sender_code: str | None,
    department: str | None = None,
    recipient: Sequence[str] = (),
) -> Letterhead:
    name = municipality_name(sender_code)
    short = labels.MUNICIPALITY.get(str(sender_code)) if sender_code else None
    return Letterhead(
        municipality=name,
        department=department
        or DEPARTMENT.get(str(sender_code))
        or (f"Jobcenter {short}" if short else "Jobcentret"),
        recipient=tuple(recipient),
    )


def timeliness_table(
    rows: Sequence[TimelinessRow],
    *,
    first_column: str,
    label: Callable[[str | None], str],
    caption: str,
    total: bool = True,
    note: str | None = None,
    target: float | None = None,
) -> Table:
    """Rettidigt / for sent / overskredet / i alt / andel rettidigt per group, with a total.
    Shares under ``target`` are emphasised."""
    body = []
    for r in rows:
        share = r.on_time_share
        body.append(
            (
                Cell.text(label(r.group)),
                Cell.integer(r.met),
                Cell.integer(r.late),
                Cell.integer(r.overdue),
                Cell.integer(r.total),
                Cell.percent(
                    share, emphasis=target is not None and share is not None and share < target
                ),
            )
        )
    totals: tuple[int, ...] = ()
    if total and rows:
        met = sum(r.met for r in rows)
        late = sum(r.late for r in rows)
        overdue = sum(r.overdue for r in rows)
        n = met + late + overdue
        body.append(
            (
                Cell.text("I alt"),
                Cell.integer(met),
                Cell.integer(late),
                Cell.integer(overdue),
                Cell.integer(n),
                Cell.percent(met / n if n else None),
            )
        )
        totals = (len(body) - 1,)
    return Table(
        (first_column, "Rettidigt", "For sent", "Overskredet", "I alt", "Andel rettidigt"),
        tuple(body),
        caption=caption,
        total_rows=totals,
        note=note,
    )


def now_copenhagen() -> dt.datetime:
    """The time a report is computed: the CLI and the web take it once and pass it on."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo("Europe/Copenhagen"))


OFFER_READING_WORDS = {
    "overlap": "tilbud der overlapper de 12 måneder",
    "started": "tilbud påbegyndt i de 12 måneder",
}
_THRESHOLD_VERDICT = {True: "under grænsen", False: "over grænsen", None: "kan ikke beregnes"}


def offer_reading_cells(r: OfferReading) -> tuple[Cell, ...]:
    """One reading of the offer measure: hours, which offers count, the figure, its verdict
    against the threshold, and whether it is the standard reading."""
    return (
        Cell.text(f"{danish.number(r.hours, 0)} timer"),
        Cell.text(OFFER_READING_WORDS.get(r.reading, r.reading)),
        Cell.percent(r.so_far),
        Cell.text(_THRESHOLD_VERDICT[r.met], emphasis=r.met is False),
        Cell.text("ja" if r.standard else "nej"),
    )
