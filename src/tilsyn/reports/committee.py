"""The committee report (*sag til Arbejdsmarkeds- og Beskæftigelsesudvalget*, seed 004): the
budget follow-up with deviations explained in full-year persons, the focus measures with the
projection to year end, and sickness-benefit flows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.reports import CommitteeData, FocusStatus, SicknessFlows, committee
from tilsyn.reports import danish
from tilsyn.reports.charts import line_chart
from tilsyn.reports.common import letterhead, municipality_name, offer_reading_cells
from tilsyn.reports.model import (
    Block,
    BulletList,
    Cell,
    Notice,
    Paragraph,
    Report,
    Section,
    Stamp,
    Table,
)

MEASURE = {"interviews": "Fokusmål 1: samtaler", "offers": "Fokusmål 2: tilbud"}
SHORT = {"interviews": "samtaler", "offers": "tilbud"}
MEASURE_TEXT = {
    "interviews": "andel med mindst 12 måneders anciennitet, der har fået færre end fire "
    "samtaler de seneste 12 måneder",
    "offers": "andel med mindst 12 måneders anciennitet uden aktivt tilbud eller 100 timers "
    "beskæftigelse de seneste 12 måneder",
}


def build_committee(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    budget_file: Path,
    municipality: str | None = None,
    sender: str = "185",
    computed_at: dt.datetime,
) -> Report:
    data = committee(actor, workspace, as_of, budget_file=budget_file, municipality=municipality)
    return committee_report(data, sender=sender, computed_at=computed_at)


def _budget_section(data: CommitteeData) -> Section:
    as_of = data.as_of
    rows = []
    for r in data.budget:
        pct = None if r.deviation_pct is None else r.deviation_pct / Decimal(100)
        rows.append(
            (
                Cell.text(("\u00a0" * 4 * r.depth) + r.area),
                Cell.number(r.original_budget),
                Cell.number(r.corrected_budget),
                Cell.number(r.spent_to_date),
                Cell.number(r.forecast),
                Cell.number(r.deviation_original),
                Cell.number(r.deviation_corrected),
                Cell.percent(pct),
            )
        )
    table = Table(
        (
            f"Forbrugsopgørelse pr. {as_of:%d/%m/%Y} i mio. kr.",
            f"Oprindeligt budget {as_of.year}",
            f"Korrigeret budget {as_of.year}",
            f"Forbrug {as_of.year} pr. {as_of:%d/%m}",
            "Seneste opfølgning",
            "Afvigelse oprindeligt",
            "Afvigelse korrigeret",
            "Afvigelse procent ift. korrigeret",
        ),
        tuple(rows),
        caption="Tabel 1. Budgetopfølgning, drift og statsrefusion",
        total_rows=tuple(i for i, r in enumerate(data.budget) if r.depth == 0),
        note="Positive afvigelser er merforbrug. Seneste opfølgning for ydelsesområder uden "
        "skøn i budgetfilen er fremskrevet fra helårspersoner i sagsdata × pris pr. helårsperson "
        "× (1 − statens andel efter refusionstrappen).",
    )
    blocks: list[Block] = []
    top = [r for r in data.budget if r.depth == 0]
    for r in top:
        word = "merforbrug" if r.deviation_corrected > 0 else "mindreforbrug"
        blocks.append(
            Paragraph(
                f"På {r.area} skønnes der et {word} på driften ift. det korrigerede budget på "
                f"i alt {danish.number(abs(r.deviation_corrected))} mio. kr. og "
                f"{danish.number(abs(r.deviation_original))} mio. kr. ift. oprindeligt budget."
            )
        )
    explained = [r for r in data.budget if r.explanation]
    if explained:
        blocks.append(BulletList(tuple(f"{r.area}: {r.explanation}" for r in explained)))
    blocks.append(table)
    if data.budget_persons:
        blocks.append(
            Table(
                (
                    "Område",
                    "Budgetterede helårspersoner",
                    "Forventede helårspersoner",
                    "Afvigelse (helårspersoner)",
                ),
                tuple(
                    (
                        Cell.text(area),
                        Cell.number(budgeted, 0),
                        Cell.number(None if budgeted is None else budgeted + dev, 0),
                        Cell.number(dev, 0),
                    )
                    for area, budgeted, dev in data.budget_persons
                ),
                caption="Tabel 2. Afvigelser i helårspersoner",
            )
        )
    warnings = [w.message for r in data.budget for w in r.warnings]
    if warnings:
        blocks.append(Notice("Kontrol af de offentliggjorte tal:", " ".join(warnings)))
    return Section(f"Budgetopfølgning pr. {danish.date_long(as_of)}", tuple(blocks))


def _focus_section(data: CommitteeData) -> Section:
    rows = []
    points = []
    for f in data.focus:
        rows.append(
            (
                Cell.text(municipality_name(f.municipality)),
                Cell.text(MEASURE[f.measure]),
                Cell.percent(f.so_far),
                Cell.percent(
                    f.projected, emphasis=f.projected is not None and f.projected >= f.threshold
                ),
                Cell.percent(f.threshold, 0),
                Cell.integer(f.actions),
                Cell.percent(f.after_actions),
            )
        )
        for month, share, _projected in f.months:
            if share is not None:
                points.append(
                    {
                        "måned": danish.month_short(month),
                        "andel": float(share),
                        "serie": f"{municipality_name(f.municipality)}, {SHORT[f.measure]}",
                    }
                )
    blocks: list[Block] = [
        Paragraph(
            "Fokusmålene opgøres som gennemsnittet af årets måneder. "
            + " ".join(f"{MEASURE[m]}: {t}." for m, t in MEASURE_TEXT.items())
            + " Målet er nået, når årsgennemsnittet er under grænsen."
        ),
        Table(
            (
                "Kommune",
                "Fokusmål",
                "Hidtil i år",
                "Prognose for året",
                "Grænse",
                "Borgere der skal handles for",
                "Prognose efter handling",
            ),
            tuple(rows),
            caption=f"Tabel 3. Fokusmål {data.as_of.year} med prognose",
            note="Prognosen fremskriver hver borgers samtaler og tilbud i hidtidigt tempo; "
            "'borgere der skal handles for' er det mindste antal borgere, der med en samtale "
            "eller et tilbud inden fristen bringer årsværdien under grænsen.",
        ),
    ]
    for f in data.focus:
        blocks.append(Paragraph(_focus_sentence(f)))
    if data.offer_readings:
        blocks += _offer_readings(data)
    if points:
        blocks.append(
            line_chart(
                f"Figur 1. Fokusmål pr. måned {data.as_of.year}, målt og fremskrevet",
                points,
                x="måned",
                y="andel",
                series="serie",
                threshold=None,
                description=_chart_note(data),
            )
        )
    return Section("Status på fokusmål og reformmål", tuple(blocks))


def _offer_readings(data: CommitteeData) -> list[Block]:
    """The offer measure so far this year under every reading, side by side: until a source
    settles which hours and which reading of "tilbud de seneste 12 måneder" STAR uses, the
    committee sees all of them."""
    rows = tuple(
        (
            Cell.text(municipality_name(r.municipality)),
            *offer_reading_cells(r),
        )
        for r in data.offer_readings
    )
    return [
        Paragraph(
            "Det er ikke afklaret, om et tilbud tæller i fokusmål 2, når det overlapper de "
            "seneste 12 måneder, eller kun når det er påbegyndt i dem, og om 100 eller 225 "
            "timers beskæftigelse erstatter et tilbud. Indtil en kilde afgør det, vises målet "
            "under hver læsning; standardlæsningen er den, der bruges i tabel 3."
        ),
        Table(
            ("Kommune", "Timer", "Tilbud der tæller", "Hidtil i år", "Status", "Standard"),
            rows,
            caption=f"Tabel 3a. Fokusmål 2 (tilbud) {data.as_of.year} under hver læsning",
        ),
    ]


def _chart_note(data: CommitteeData) -> str:
    limits = "; ".join(
        f"{SHORT[f.measure]} under {danish.percent(f.threshold, 0)}" for f in data.focus[:2]
    )
    projected = [m for f in data.focus[:1] for m, _, p in f.months if p]
    note = f"Grænser: {limits}."
    if projected:
        note += f" Fra {danish.month(projected[0])} er værdierne prognose."
    return note


def _focus_sentence(f: FocusStatus) -> str:
    name = municipality_name(f.municipality)
    text = (
        f"{name}, {MEASURE[f.measure].lower()}: {danish.percent(f.so_far)} hidtil i år, "
        f"prognose {danish.percent(f.projected)} mod en grænse på under "
        f"{danish.percent(f.threshold, 0)}."
    )
    if f.projected is not None and f.projected < f.threshold:
        return text + " Målet forventes nået."
    if f.actions:
        return (
            text
            + f" {danish.number(f.actions, 0)} borgere skal have "
            + ("samtaler" if f.measure == "interviews" else "et tilbud")
            + " for at nå målet"
            + ("." if f.reachable else "; det rækker ikke til at nå grænsen i år.")
        )
    return text + " Målet kan ikke nås i år."


def _sickness_section(flows: list[SicknessFlows], as_of: dt.date) -> Section:
    rows = []
    for s in flows:
        label = str(s.year) if s.year < as_of.year else f"{s.year} til {as_of:%d.%m.}"
        rows.append(
            (
                Cell.text(label),
                Cell.integer(s.starts),
                Cell.integer(s.ended_within),
                Cell.percent(s.ended_share),
                Cell.integer(s.matured - s.ended_within),
            )
        )
    last = flows[0]
    blocks: list[Block] = [
        Paragraph(
            f"I {last.year} påbegyndte {danish.number(last.starts, 0)} borgere en "
            f"sygedagpengesag. Af disse blev {danish.number(last.ended_within, 0)} "
            f"({danish.percent(last.ended_share)}) raskmeldt inden for {last.short_weeks} uger, "
            f"mens {danish.number(last.matured - last.ended_within, 0)} fortsat var sygemeldt. "
            f"Pr. {danish.date_long(as_of)} har {danish.number(flows[-1].over_long, 0)} "
            f"igangværende sager varet mere end {last.long_weeks} uger."
        ),
        Table(
            (
                "Periode",
                "Påbegyndte sager",
                f"Afsluttet inden {last.short_weeks} uger",
                "Andel",
                f"Fortsat efter {last.short_weeks} uger",
            ),
            tuple(rows),
            caption="Tabel 4. Sygedagpengeforløb",
            note=f"Sager regnes fra første fraværsdag (ellers ydelsens start). I indeværende år "
            f"tæller kun sager, der begyndte mindst {last.short_weeks} uger før opgørelsesdagen, "
            f"i andelen. Sager over {last.long_weeks} uger er opgjort på hele varigheden, "
            "ikke på revurderingsreglens ni måneders opgørelsesperiode.",
        ),
    ]
    points = [
        {"måned": danish.month_short(m), "antal": n, "serie": str(s.year)}
        for s in flows
        for m, n in s.monthly_starts
    ]
    if points:
        blocks.append(
            line_chart(
                "Figur 2. Påbegyndte sygedagpengesager pr. måned",
                points,
                x="måned",
                y="antal",
                series="serie",
                share=False,
                y_title="Påbegyndte sager",
            )
        )
    return Section("Sygedagpengeområdet: tilgang og varighed", tuple(blocks))


def committee_report(data: CommitteeData, *, sender: str, computed_at: dt.datetime) -> Report:
    scope = data.municipalities
    who = municipality_name(scope[0]) if scope and len(scope) == 1 else "alle kommuner i jobcentret"
    head = letterhead(
        sender,
        department="Center for Beskæftigelse og Borgerservice",
        recipient=("Arbejdsmarkeds- og Beskæftigelsesudvalget",),
    )
    sections = [
        Section(
            "Resume",
            (
                Paragraph(
                    f"Sagen giver udvalget en budgetopfølgning pr. {danish.date_long(data.as_of)}, "
                    "status på fokusmålene med prognose for året og en orientering om "
                    f"sygedagpengeområdet. Opgørelsen omfatter {who}."
                ),
            ),
        ),
        _budget_section(data),
        _focus_section(data),
        _sickness_section(data.sickness, data.as_of),
        Section(
            "Ankestyrelsens afgørelser",
            (
                Notice(
                    "Ikke i sagsdata.",
                    "Sagsdata indeholder ikke klagesager; afgørelser fra Ankestyrelsen "
                    "fremlægges som hidtil.",
                ),
            ),
        ),
        Section(
            "Indstilling",
            (
                Paragraph(
                    "Center for Beskæftigelse og Borgerservice indstiller til Arbejdsmarkeds- "
                    "og Beskæftigelsesudvalget,"
                ),
                BulletList(
                    (
                        f"at budgetopfølgningen pr. {danish.date_long(data.as_of)} tages til "
                        "efterretning,",
                        "at orienteringen om fokusmål og sygedagpengeområdet tages til "
                        "efterretning.",
                    ),
                    numbered=True,
                ),
            ),
        ),
    ]
    return Report(
        continuation_notice=data.continuation_notice,
        kind="committee",
        title=f"Budgetopfølgning og status på beskæftigelsesindsatsen pr. "
        f"{danish.date_long(data.as_of)}",
        subtitle="Sag til Arbejdsmarkeds- og Beskæftigelsesudvalget",
        date=computed_at.date(),
        letterhead=head,
        stamp=Stamp(data.snapshot_id, data.ruleset_version, computed_at),
        sections=tuple(sections),
        slug=f"udvalgsrapport-{data.as_of:%Y-%m-%d}",
    )
