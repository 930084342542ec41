"""Danish tables and sentences for the focus measures and their forecast."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tilsyn.present import labels
from tilsyn.present.danish import percent

if TYPE_CHECKING:
    from tilsyn.measures.focus import FocusResult
    from tilsyn.measures.forecast import BacktestRow, Forecast


@dataclass(frozen=True)
class FocusTable:
    title: str
    headers: dict[str, str]
    rows: list[dict[str, Any]]
    summary: str


def focus_table(result: FocusResult, as_of: dt.date) -> FocusTable:
    """One municipality's focus measure month by month, with the alternative hours reading
    beside it where there is one, and the year's verdict."""
    regime = "skærpet tilsyn" if result.sanction_regime else "ledelsesinformation (ikke sanktion)"
    title = (
        f"Kommune {result.municipality} – fokusmål {labels.MEASURE[result.measure]} "
        f"{result.year} (grænse < {percent(result.threshold)}; {regime})"
    )
    alt = result.alternative
    rows = []
    for i, m in enumerate(result.months):
        row: dict[str, Any] = {
            "month": m.month.strftime("%Y-%m"),
            "population": m.population
            if m.computable
            else (
                "efter opgørelsesdato"
                if m.month.strftime("%Y-%m") > as_of.strftime("%Y-%m")
                else "ikke beregnelig"
            ),
            "failing": m.failing,
            "share": percent(m.share),
        }
        if alt is not None:
            row["alt"] = percent(alt.months[i].share)
        rows.append(row)
    headers = {"month": "Måned", "population": "Population", "failing": "Mangler", "share": "Andel"}
    headers["alt"] = f"Andel ved {float(alt.hours or 0):g} t" if alt is not None else ""
    verdict = {True: "opfyldt", False: "IKKE opfyldt", None: "kan ikke beregnes"}[result.met]
    return FocusTable(
        title, headers, rows, f"Gennemsnit: {percent(result.year_average)} – {verdict}"
    )


def forecast_lines(fc: Forecast, tests: list[BacktestRow]) -> list[str]:
    """The forecast's headline, the backtests and what must happen."""
    lines = [
        f"Kommune {fc.municipality}, fokusmål {labels.MEASURE[fc.measure]} {fc.as_of.year} pr. "
        f"{fc.as_of.isoformat()}: forventet gennemsnit {percent(fc.projected_average)} "
        f"(grænse < {percent(fc.threshold)})"
    ]
    lines += [
        f"  Efterprøvning: prognose pr. {t.as_of.isoformat()} "
        f"{percent(t.projected)} mod målt {percent(t.actual)}"
        for t in tests
    ]
    if not fc.actions:
        if fc.projected_average is None:
            lines.append("Kan ikke beregnes.")
        elif fc.projected_average < fc.threshold:
            lines.append("Under grænsen; ingen handling nødvendig.")
        else:
            lines.append("Over grænsen, og ingen handling i resten af året kan nå den.")
        return lines
    lines.append(
        f"{len(fc.actions)} borgere skal nå under grænsen"
        + ("" if fc.reachable else " (ikke nok selv med alle)")
        + ": "
        + ", ".join(f"{m}: {n}" for m, n in fc.needed_per_month().items())
    )
    return lines


def forecast_actions(fc: Forecast) -> list[dict[str, Any]]:
    """The citizens to act on, strongest effect first."""
    return [
        {
            "person_id": a.person_id,
            "action": a.action,
            "count": a.count,
            "by_date": a.by_date.isoformat(),
            "months_gained": a.months_gained,
        }
        for a in fc.actions
    ]
