"""The Danish wording of ``tilsyn demo``'s sections, from the data of ``tilsyn.app.demo``."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from tilsyn.present import labels
from tilsyn.present.danish import integer, number, percent

if TYPE_CHECKING:
    from tilsyn.app.demo import FocusOverview, ObligationsOverview
    from tilsyn.economy.fulltime import FulltimeOverview
    from tilsyn.measures.reform import ReformOverview

SHARE_RULES = ("samtaler_75", "tilbud_75")
AKASSE_RULE = "akasse_samtaler_75"
AKASSE_NOT_COMPUTABLE = labels.AKASSE_NOT_COMPUTABLE


def obligations_lines(data: ObligationsOverview) -> list[str]:
    """Overdue obligations per team, then the top of the busiest caseworker's worklist."""
    lines = [f"Overskredne frister pr. team pr. {data.as_of.isoformat()} (i aktive sager / i alt):"]
    lines += [f"  {t.team}: {t.active} / {t.total}" for t in data.teams] or ["  ingen"]
    if data.caseworker is not None:
        lines.append(f"Arbejdsliste for {data.caseworker} (top {data.top}):")
        for row in data.worklist:
            late = f", {row['days_late']} dage over" if row["days_late"] else ""
            lines.append(
                f"  frist {row['due_date']} {labels.status(row['status'])}{late}: "
                f"{row['person_id']} {labels.kind(row['kind'])} ({labels.benefit(row['benefit'])})"
            )
    return lines


def focus_lines(items: list[FocusOverview]) -> list[str]:
    """Per municipality and focus measure: the year so far, the forecast and what to do."""
    lines = []
    for item in items:
        r, fc = item.result, item.forecast
        label = labels.MEASURE[r.measure]
        regime = "" if r.sanction_regime else " (ledelsesinformation, ikke sanktion)"
        computed = sum(1 for m in r.months if m.share is not None)
        below = fc.projected_average is not None and fc.projected_average < r.threshold
        if fc.actions:
            what = "samtaler" if r.measure == "interviews" else "et tilbud"
            verdict = f"{len(fc.actions)} borgere skal have {what}" + (
                "" if fc.reachable else " (rækker ikke til at nå grænsen)"
            )
        elif below:
            verdict = "under grænsen; ingen handling nødvendig"
        else:
            verdict = "over grænsen, og ingen handling i resten af året kan nå den"
        lines.append(
            f"Kommune {r.municipality}, fokusmål {label}{regime}: "
            f"{percent(r.year_average, none='–')} over {computed} måneder, prognose "
            f"{percent(fc.projected_average, none='–')} "
            f"(grænse < {percent(r.threshold, none='–')}); {verdict}"
        )
        if len(r.variants) > 1:
            lines.append(
                "  andre læsninger: "
                + "; ".join(
                    f"{float(v.hours or 0):g} t, {labels.OFFER_READING_SHORT[str(v.reading)]}: "
                    f"{percent(v.year_average, none='–')}"
                    for v in r.variants[1:]
                )
            )
    return lines


def reform_lines(data: ReformOverview) -> list[str]:
    """The reform's rules over the period: compliant of population, risk and missing."""
    lines = [
        f"Reform 2026 (lov nr. 1750/2025, fra {data.effective.strftime('%d.%m.%Y')}): "
        f"{data.first_month.strftime('%m.%Y')}–{data.last_month.strftime('%m.%Y')}"
    ]
    if data.continuation_notice:
        lines.append(f"  {data.continuation_notice}")
    if not data.totals:
        lines.append("  Ingen forløb under reformens regler i perioden.")
        return lines
    for t in data.totals:
        name = labels.label(labels.REFORM_RULE, t.rule)
        if t.rule == AKASSE_RULE and not data.akasse_recorded:
            lines.append(f"  {name}: {AKASSE_NOT_COMPUTABLE}")
            continue
        if not t.population:
            if t.rule == AKASSE_RULE and data.akasse_first_cohort is not None:
                lines.append(
                    f"  {name}: ingen kohorter endnu (de første forløb under reformen når "
                    f"3 måneder i {data.akasse_first_cohort.strftime('%m.%Y')})"
                )
            elif t.rule in SHARE_RULES and data.first_cohort is not None:
                lines.append(
                    f"  {name}: ingen kohorter endnu (de første forløb under reformen når "
                    f"6 måneder i {data.first_cohort.strftime('%m.%Y')})"
                )
            continue
        share = percent(Fraction(t.compliant, t.population))
        text = f"  {name}: {t.compliant} af {t.population} ({share})"
        if t.at_risk:
            text += f", {t.at_risk} kommune-måneder i risiko"
        lines.append(text)
    if data.missing:
        lines.append(
            f"  {data.missing} borgere mangler samtale/tilbud uden dokumenteret undtagelse"
        )
    return lines


def fulltime_rows(data: FulltimeOverview) -> list[dict[str, str]]:
    """Full-year persons per benefit, Danish benefit names."""
    period = f"{data.first:%m.%Y}–{data.last:%m.%Y}"
    return [
        {"Periode": period, "Ydelse": labels.benefit(b), "Helårspersoner": number(ftp, 1)}
        for b, ftp in data.by_benefit
    ]


def refund_rows(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Person-weeks, payments and refund per staircase step, in mio. kr."""

    def mio(value: Any) -> str:
        return "" if value is None else number(Decimal(value) / 1_000_000, 1)

    total = sum(int(r["weeks"]) for r in rows) or 1
    return [
        {
            "Finansiering": r["financing"],
            "Trin": r["step"],
            "Personuger": integer(r["weeks"]),
            "Andel af uger": percent(Fraction(int(r["weeks"]), total)),
            "Udbetalt (mio. kr.)": mio(r["amount"]),
            "Refusion/medfinansiering (mio. kr.)": mio(
                r["refund"] if r["financing"] == "refusion" else r["cofinancing"]
            ),
        }
        for r in rows
    ]
