"""The management-review section of the monthly report: error rates with intervals, findings
and open follow-ups from the reviews recorded in tilsyn."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied
from tilsyn.app.reports import ReviewSummary, review_summary
from tilsyn.reports import danish
from tilsyn.reports.model import Block, Cell, Notice, Paragraph, Section, Table

TITLE = "Ledelsestilsyn: sagsgennemgange, fejlandele og opfølgning"
SEVERITY = {"minor": "mindre", "material": "væsentlige", "serious": "alvorlige"}


def review_section(
    actor: Actor, workspace: Workspace, month: dt.date, *, municipality: str | None = None
) -> Section:
    try:
        summary = review_summary(actor, workspace, month, municipality=municipality)
    except AccessDenied:
        return Section(
            TITLE,
            (Notice("Ikke omfattet.", "Modtagerens rolle giver ikke adgang til gennemgangene."),),
        )
    return summary_section(summary)


def _rates(rows: list[Any], caption: str) -> Table:
    return Table(
        ("Område", "Gennemgåede sager", "Sager med fejl", "Fejlandel", "95 %-interval"),
        tuple(
            (
                Cell.text(r.group),
                Cell.integer(r.reviewed),
                Cell.integer(r.errors),
                Cell.percent(r.rate),
                Cell.text(
                    f"{danish.percent(r.low)} – {danish.percent(r.high)}"
                    + (" (vejledende)" if r.indicative else "")
                ),
            )
            for r in rows
        ),
        caption=caption,
        total_rows=(len(rows) - 1,),
        note="Fejl: sager med mindst ét væsentligt eller alvorligt fund. Intervallet er "
        "Wilson-intervallet; med få sager er det vejledende.",
    )


def summary_section(summary: ReviewSummary) -> Section:
    if not summary.by_area_year and not summary.follow_ups_open:
        return Section(
            TITLE,
            (
                Notice(
                    "Ingen sagsgennemgange registreret.",
                    "Der er ikke afsluttet sagsgennemgange i tilsyn i "
                    f"{danish.month(summary.month)} eller tidligere i året. Afsnittet viser "
                    "resultater, fejlandele med usikkerhed, fund og åbne opfølgninger, når "
                    "ledelsestilsynet registreres i tilsyn.",
                ),
            ),
        )
    blocks: list[Block] = []
    found = ", ".join(
        f"{n} {SEVERITY.get(s, s)}" for s, n in sorted(summary.findings_by_severity.items())
    )
    blocks.append(
        Paragraph(
            f"I {danish.month(summary.month)} blev {summary.reviewed_in_month} sager gennemgået "
            "af fagspecialist og koordinator (fire øjne)"
            + (f"; fund: {found}" if found else "; der blev ikke registreret fund")
            + f". {summary.follow_ups_open} opfølgningsopgaver er åbne, heraf "
            f"{summary.follow_ups_overdue} med frist i eller før måneden."
        )
    )
    if summary.by_area_month:
        blocks.append(_rates(summary.by_area_month, "Tabel 9. Fejlandele i måneden"))
    if summary.by_area_year:
        blocks.append(_rates(summary.by_area_year, "Tabel 10. Fejlandele hidtil i året"))
    return Section(TITLE, tuple(blocks))
