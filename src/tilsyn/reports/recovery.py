"""Redegørelse og genopretningsplan (seed 002): the five contents STAR's letter asks for,
computed from the data where the data can answer and as editable text where the municipality
must decide. Written as Word (the municipality edits it) and PDF."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.reports import CauseRow, GroupValue, RecoveryData, milestones, recovery
from tilsyn.present import labels
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

FORMATS = (".docx", ".pdf", ".html")
WHAT = {
    "interviews": ("samtaler", "mindst 4 samtaler", "fokusmålet for samtaler"),
    "offers": (
        "tilbud",
        "et aktivt tilbud eller 100 timers beskæftigelse",
        "fokusmålet for tilbud",
    ),
}


def build_recovery(
    actor: Actor,
    workspace: Workspace,
    year: int,
    as_of: dt.date,
    *,
    municipality: str,
    measure: str = "interviews",
    computed_at: dt.datetime,
) -> Report:
    data = recovery(actor, workspace, year, as_of, municipality=municipality, measure=measure)
    return recovery_report(data, computed_at=computed_at)


def _groups_table(groups: list[GroupValue], caption: str, threshold: Fraction) -> Table:
    return Table(
        (
            "Ydelsesgruppe",
            "Gns. antal i målgruppen pr. måned",
            "Andel uden opfyldelse",
            "Over grænsen",
        ),
        tuple(
            (
                Cell.text(labels.benefit(g.benefit)),
                Cell.number(g.mean_population, 0),
                Cell.percent(g.value, emphasis=g.over_threshold),
                Cell.text("ja" if g.over_threshold else "nej"),
            )
            for g in groups
        ),
        caption=caption,
        note=f"Grænsen er under {danish.percent(threshold, 0)} (gennemsnit af årets måneder).",
    )


def _cause_table(rows: list[CauseRow], first: str, caption: str) -> Table:
    return Table(
        (first, "Borgermåneder i målgruppen", "Heraf uden opfyldelse", "Andel"),
        tuple(
            (
                Cell.text(r.label),
                Cell.integer(r.person_months),
                Cell.integer(r.failing),
                Cell.percent(r.share),
            )
            for r in rows
        ),
        caption=caption,
    )


def _gap(rows: list[CauseRow]) -> float | None:
    """Percentage points between the first and the second group's failing shares."""
    if len(rows) < 2 or rows[0].share is None or rows[1].share is None:
        return None
    return (rows[0].share - rows[1].share) * 100


def _readings(data: RecoveryData) -> list[Block]:
    """The offer measure of the basis year under every reading, side by side, until a source
    settles which hours and which reading of "de seneste 12 måneder" STAR uses."""
    return [
        Paragraph(
            "Det er ikke afklaret, om et tilbud tæller, når det overlapper de seneste 12 "
            "måneder, eller kun når det er påbegyndt i dem, og om 100 eller 225 timers "
            "beskæftigelse erstatter et tilbud. Tallene ovenfor bruger standardlæsningen; "
            "tabellen viser året under hver læsning."
        ),
        Table(
            ("Timer", "Tilbud der tæller", "Gennemsnit", "Status", "Standard"),
            tuple(offer_reading_cells(r) for r in data.basis_readings),
            caption=f"Tabel 1a. Fokusmålet for tilbud {data.basis_year} under hver læsning",
        ),
    ]


def _section_groups(data: RecoveryData) -> Section:
    noun, requirement, _ = WHAT[data.measure]
    over = [g for g in data.basis_groups if g.over_threshold]
    now_over = [g for g in data.current_groups if g.over_threshold]
    text = (
        f"I {data.basis_year} var andelen af ydelsesmodtagere med over 12 måneders anciennitet, "
        f"der ikke havde fået {requirement} de seneste 12 måneder, i gennemsnit "
        f"{danish.percent(data.basis_value)} mod en grænse på under "
        f"{danish.percent(data.threshold, 0)}. "
    )
    if over:
        text += (
            "Grænsen var overskredet for "
            + ", ".join(labels.benefit(g.benefit).lower() for g in over)
            + "."
        )
    else:
        text += "Ingen ydelsesgruppe lå over grænsen."
    blocks: list[Block] = [
        Paragraph(text),
        _groups_table(
            data.basis_groups, f"Tabel 1. Ydelsesgrupper {data.basis_year}", data.threshold
        ),
    ]
    if data.basis_readings:
        blocks += _readings(data)
    if data.current_groups:
        last_month = danish.month(data.measured[-1][0]) if data.measured else "–"
        blocks.append(
            Paragraph(
                f"Hidtil i {data.year} (til og med {last_month}) "
                f"ligger {len(now_over)} af {len(data.current_groups)} ydelsesgrupper over grænsen."
            )
        )
        blocks.append(
            _groups_table(
                data.current_groups, f"Tabel 2. Ydelsesgrupper hidtil i {data.year}", data.threshold
            )
        )
    return Section(
        f"For hvilke ydelsesgrupper er der ikke givet tilstrækkeligt med {noun}?",
        tuple(blocks),
        numbered=True,
    )


def _section_causes(data: RecoveryData) -> Section:
    c = data.causes
    booked = c.conversations_booked
    missed = c.cancelled + c.no_show
    blocks: list[Block] = [
        Paragraph(
            f"Analysen omfatter målgruppens borgere i {data.basis_year}. De var indkaldt til "
            f"{danish.number(booked, 0)} samtaler; {danish.number(c.cancelled, 0)} blev aflyst og "
            f"borgeren udeblev fra {danish.number(c.no_show, 0)} "
            f"({danish.percent(missed / booked if booked else None)} i alt)."
        ),
        _cause_table(c.by_attendance, "Borgere", "Tabel 3. Aflysninger og udeblivelser"),
    ]
    gap = _gap(c.by_caseload)
    blocks.append(
        Paragraph(
            "Sagsstammer: medianen er "
            f"{danish.number(c.median_caseload, 1)} borgere i målgruppen pr. sagsbehandler. "
            + (
                f"Hos sagsbehandlere over medianen er andelen uden opfyldelse "
                f"{danish.number(abs(gap), 1)} procentpoint "
                f"{'højere' if gap > 0 else 'lavere'} end hos de øvrige."
                if gap is not None
                else ""
            )
        )
    )
    blocks.append(_cause_table(c.by_caseload, "Sagsbehandlere", "Tabel 4. Sagsstammens størrelse"))
    blocks.append(
        Table(
            ("Sagsbehandler", "Gns. sager i målgruppen", "Andel uden opfyldelse"),
            tuple(
                (Cell.text(r.label), Cell.number(r.extra, 1), Cell.percent(r.share))
                for r in c.heaviest
            ),
            caption="Tabel 5. De fem største sagsstammer",
        )
    )
    blocks.append(_cause_table(c.by_organisation, "Forløb", "Tabel 6. Andre aktører"))
    blocks.append(_cause_table(c.by_switch, "Ydelse", "Tabel 7. Skift mellem ydelser"))
    findings = []
    for name, rows in (
        ("aflysninger og udeblivelser", c.by_attendance),
        ("andre aktører", c.by_organisation),
        ("ydelsesskift", c.by_switch),
    ):
        g = _gap(rows)
        if g is not None and abs(g) >= 2:
            findings.append(f"{name}: {danish.number(abs(g), 1)} procentpoint forskel")
    blocks.append(
        Paragraph(
            "Forskelle på mindst 2 procentpoint: " + "; ".join(findings) + "."
            if findings
            else "Ingen af de undersøgte forhold giver en forskel på 2 procentpoint eller mere; "
            "årsagen skal derfor søges i tilrettelæggelsen af indsatsen generelt."
        )
    )
    blocks.append(
        Paragraph(
            "[Supplér med kommunens egen vurdering af årsagerne, fx personaleudskiftning, "
            "organisationsændringer eller it-problemer.]",
            editable=True,
        )
    )
    return Section(
        "Hvad er årsagerne til de manglende samtaler?"
        if data.measure == "interviews"
        else "Hvad er årsagerne til de manglende tilbud?",
        tuple(blocks),
        numbered=True,
    )


def _section_initiatives(data: RecoveryData) -> Section:
    noun = WHAT[data.measure][0]
    next_meeting = "samtale" if data.measure == "interviews" else "aftale"
    items = [
        f"Borgeren får en ny tid til næste {next_meeting}, før vedkommende forlader jobcentret.",
        "Sagsbehandlerne arbejder dagligt med tilsyns arbejdsliste over frister og de borgere, "
        f"der mangler {noun} for at tælle med i fokusmålet.",
        "Udeblivelser følges op inden for en uge med ny indkaldelse.",
        "Sagsstammer over medianen gennemgås af teamlederen, og sager omfordeles ved behov.",
        "Forløb hos andre aktører følges op månedligt på rettidighed.",
    ]
    return Section(
        f"Hvilke initiativer vil kommunen iværksætte for at genoprette antallet af {noun}?",
        (
            Paragraph(
                "Skabelon: ret, slet og tilføj initiativer. Hvert initiativ bør have en ansvarlig "
                "og en startdato.",
                editable=True,
            ),
            BulletList(tuple(f"{i} [Ansvarlig: …, start: …]" for i in items), numbered=True),
        ),
        numbered=True,
    )


def _section_milestones(data: RecoveryData) -> Section:
    steps, possible = milestones(data)
    noun = WHAT[data.measure][0]
    blocks: list[Block] = []
    projected = danish.percent(data.projected_value)
    blocks.append(
        Paragraph(
            f"Målet er, at årsgennemsnittet for {data.year} kommer under "
            f"{danish.percent(data.threshold, 0)}. Med den nuværende indsats fremskrives året til "
            f"{projected}. Milepælene nedenfor er månedlige mål, der fra det senest målte niveau "
            f"bringer årsgennemsnittet 1 procentpoint under grænsen."
        )
    )
    if possible and len({round(m.target, 6) for m in steps}) == 1 and len(steps) > 1:
        blocks.append(
            Paragraph(
                f"Fra det målte niveau kan en gradvis nedgang ikke nå målet: andelen skal straks "
                f"ned på {danish.percent(steps[0].target)} og blive der resten af året."
            )
        )
    if not possible:
        blocks.append(
            Notice(
                "Målet kan ikke nås i år.",
                "De allerede målte måneder ligger så højt, at årsgennemsnittet ikke kan komme "
                "under grænsen, selv om ingen borger mangler opfyldelse i resten af året. "
                "Milepælene viser i stedet det laveste mulige niveau.",
            )
        )
    rows = []
    for m in steps:
        extra = (
            None
            if m.projected_failing is None or m.max_failing is None
            else max(m.projected_failing - m.max_failing, 0)
        )
        rows.append(
            (
                Cell.text(danish.month(m.month)),
                Cell.percent(m.target),
                Cell.integer(m.population),
                Cell.integer(m.max_failing),
                Cell.integer(m.projected_failing),
                Cell.integer(extra),
            )
        )
    blocks.append(
        Table(
            (
                "Måned",
                "Mål (andel uden opfyldelse)",
                "Forventet målgruppe",
                "Højst uden opfyldelse",
                "Uden opfyldelse med nuværende indsats",
                f"Borgere der skal have {noun} ud over nuværende",
            ),
            tuple(rows),
            caption=f"Tabel 8. Milepæle {data.year}",
        )
    )
    if data.actions:
        blocks.append(
            Paragraph(
                f"Tilsyns prognose peger på {danish.number(data.actions, 0)} konkrete borgere, "
                f"der skal have {noun} inden deres frist; med dem bliver årsværdien "
                f"{danish.percent(data.after_actions)}. Listen findes i sagsbehandlernes "
                "arbejdslister."
            )
        )
    points = [
        {"måned": danish.month_short(mo), "andel": float(s), "serie": "Målt"}
        for mo, s, _ in data.measured
        if s is not None
    ]
    points += [
        {"måned": danish.month_short(mo), "andel": float(s), "serie": "Prognose"}
        for mo, s, _ in data.projected
        if s is not None
    ]
    points += [
        {"måned": danish.month_short(m.month), "andel": m.target, "serie": "Milepæl"} for m in steps
    ]
    blocks.append(
        line_chart(
            f"Figur 1. Andel uden opfyldelse pr. måned {data.year}: målt, prognose og milepæle",
            points,
            x="måned",
            y="andel",
            series="serie",
            threshold=float(data.threshold),
            description=f"Stiplet linje: grænsen på {danish.percent(data.threshold, 0)}.",
        )
    )
    return Section(
        "Hvilke mål og milepæle opstilles der som led i genopretningsprocessen?",
        tuple(blocks),
        numbered=True,
    )


def _section_followup(data: RecoveryData) -> Section:
    months = [danish.month(m.month) for m in milestones(data)[0]]
    quarterly = months[2::3] or months[-1:]
    return Section(
        "Hvad er planen for den politiske og ledelsesmæssige opfølgning på genopretningen?",
        (
            BulletList(
                (
                    "Ledelsen følger månedligt op på milepælene med tilsyns månedsopgørelse "
                    "(rettidighed, fokusmål og overskredne frister) på jobcentrets ledermøde.",
                    "Teamlederne følger ugentligt op på arbejdslisterne i deres team.",
                    "Arbejdsmarkeds- og Beskæftigelsesudvalget orienteres kvartalsvis med "
                    "udvalgsrapporten"
                    + (f" (efter {', '.join(quarterly)})" if quarterly else "")
                    + ".",
                    "Afviger en måned mere end 2 procentpoint fra milepælen, forelægges en "
                    "handleplan for direktionen.",
                ),
            ),
            Paragraph("[Tilpas mødefora, datoer og ansvarlige.]", editable=True),
        ),
        numbered=True,
    )


def recovery_report(data: RecoveryData, *, computed_at: dt.datetime) -> Report:
    name = municipality_name(data.municipality)
    noun = WHAT[data.measure][0]
    intro = Section(
        "Indledning",
        (
            Paragraph(
                f"{name} er udtaget til skærpet tilsyn, fordi der i {data.basis_year} ikke er "
                f"givet tilstrækkeligt med {noun} til de langvarige ydelsesmodtagere. Denne "
                "redegørelse og genopretningsplan besvarer de fem spørgsmål i Styrelsen for "
                "Arbejdsmarked og Rekrutterings ramme. Tal og analyser er dannet af tilsyn ud "
                f"fra kommunens sagsdata pr. {danish.date_long(data.as_of)}; gul markering er "
                "tekst, kommunen skal udfylde eller rette."
            ),
        ),
    )
    return Report(
        continuation_notice=data.continuation_notice,
        kind="recovery-plan",
        title=f"Redegørelse og genopretningsplan {data.year}",
        subtitle=f"{name} · {WHAT[data.measure][2].capitalize()}",
        date=computed_at.date(),
        letterhead=letterhead(
            data.municipality,
            recipient=("Styrelsen for Arbejdsmarked og Rekruttering",),
        ),
        stamp=Stamp(data.snapshot_id, data.ruleset_version, computed_at),
        sections=(
            intro,
            _section_groups(data),
            _section_causes(data),
            _section_initiatives(data),
            _section_milestones(data),
            _section_followup(data),
        ),
        signature=("[Navn]", "[Titel]"),
        slug=f"genopretningsplan-{data.year}-{data.municipality}",
    )
