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


def variant_label(result: FocusResult, *, short: bool = False) -> str:
    """A reading of the offer measure in Danish: "100 t, tilbud påbegyndt i de 12 mdr." (short:
    "100 t, påbegyndt")."""
    if result.hours is None or result.reading is None:
        return ""
    names = labels.OFFER_READING_SHORT if short else labels.OFFER_READING
    return f"{float(result.hours):g} t, {names[result.reading]}"


def variant_lines(result: FocusResult) -> list[str]:
    """Offers: the year's figure under every reading, the standard first; interviews: none.
    Until a source settles when an offer counts and which hours apply, all are shown."""
    if len(result.variants) < 2:
        return []
    lines = ["Tilbudsmålet under hver læsning (standard først):"]
    for v in result.variants:
        verdict = {True: "opfyldt", False: "IKKE opfyldt", None: "kan ikke beregnes"}[v.met]
        lines.append(f"  {variant_label(v)}: {percent(v.year_average)} – {verdict}")
    return lines


def focus_table(result: FocusResult, as_of: dt.date) -> FocusTable:
    """One municipality's focus measure month by month, with the other readings of the offer
    measure (hours, and when an offer counts) beside it, and the year's verdict."""
    regime = "skærpet tilsyn" if result.sanction_regime else "ledelsesinformation (ikke sanktion)"
    title = (
        f"Kommune {result.municipality} – fokusmål {labels.MEASURE[result.measure]} "
        f"{result.year} (grænse < {percent(result.threshold)}; {regime})"
    )
    others = result.variants[1:]
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
        for n, other in enumerate(others):
            row[f"alt{n}"] = percent(other.months[i].share)
        rows.append(row)
    headers = {"month": "Måned", "population": "Population", "failing": "Mangler", "share": "Andel"}
    if others:
        headers["share"] = f"Andel ({variant_label(result, short=True)})"
    for n, other in enumerate(others):
        headers[f"alt{n}"] = variant_label(other, short=True)
    verdict = {True: "opfyldt", False: "IKKE opfyldt", None: "kan ikke beregnes"}[result.met]
    summary = "\n".join(
        [f"Gennemsnit: {percent(result.year_average)} – {verdict}", *variant_lines(result)]
    )
    return FocusTable(title, headers, rows, summary)


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
