"""Svar på decisionsskrivelse (seed 003's shape): what the letter found, the initiatives taken,
the cases reviewed and their results, the refunds corrected, and what remains."""

from __future__ import annotations

import datetime as dt

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.reports import StatementData, statement
from tilsyn.present import labels
from tilsyn.reports import danish
from tilsyn.reports.common import letterhead, municipality_name, timeliness_table
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
KIND_IN_SENTENCE = {
    "decisionsskrivelse": "decisionsskrivelse",
    "skaerpet_tilsyn": "udtagelse til skærpet tilsyn",
    "revisionsberetning": "revisionsberetning",
    "star_svar": "skrivelse",
    "andet": "skrivelse",
}


def build_statement(
    actor: Actor,
    workspace: Workspace,
    letter_id: int,
    as_of: dt.date,
    *,
    computed_at: dt.datetime,
) -> Report:
    return statement_report(statement(actor, workspace, letter_id, as_of), computed_at=computed_at)


def _share(rows: list) -> float | None:  # type: ignore[type-arg]
    met = sum(r.met for r in rows)
    total = sum(r.total for r in rows)
    return met / total if total else None


def statement_report(data: StatementData, *, computed_at: dt.datetime) -> Report:
    letter = data.letter
    name = municipality_name(letter.municipality)
    kind = KIND_IN_SENTENCE.get(letter.kind, "skrivelse")
    area = letter.area
    sections: list[Section] = []
    intro: list[Block] = [
        Paragraph(
            f"{name} har modtaget en {kind} fra {letter.sender} dateret den "
            f"{danish.date_long(letter.date)}"
            + (f" (j.nr. {letter.reference})" if letter.reference else "")
            + f" vedrørende {area}."
        ),
    ]
    if letter.findings:
        intro.append(Paragraph(f"Af {kind}n fremgår det, at der er konstateret:"))
        intro.append(BulletList(tuple(letter.findings)))
    if letter.initiatives:
        intro.append(
            Paragraph(
                f"{name} har på den baggrund iværksat følgende tiltag for at rette op på "
                "sagsbehandlingen:"
            )
        )
        intro.append(BulletList(tuple(t for t, _ in letter.initiatives), numbered=True))
    sections.append(Section("Indledning", tuple(intro)))
    for title, text in letter.initiatives:
        sections.append(
            Section(
                title,
                (
                    Paragraph(text)
                    if text
                    else Paragraph(
                        "[Beskriv tiltaget, hvornår det er iværksat og af hvem.]", editable=True
                    ),
                ),
                numbered=True,
            )
        )
    before, after = _share(data.before), _share(data.after)
    review_blocks: list[Block] = [
        Paragraph(
            f"Tilsyn har kontrolleret alle frister for {area} i {name}"
            + (
                f" ({', '.join(labels.benefit(b).lower() for b in data.benefits)})"
                if data.benefits
                else ""
            )
            + f". I de 12 måneder før {kind}n blev {danish.percent(before)} af fristerne "
            f"overholdt rettidigt; fra {danish.date_long(letter.date)} til "
            f"{danish.date_long(data.as_of)} er andelen {danish.percent(after)}."
        ),
    ]
    if data.before:
        review_blocks.append(
            timeliness_table(
                data.before,
                first_column="Forpligtelse",
                label=lambda g: labels.kind(g).capitalize(),
                caption=f"Tabel 1. Rettidighed de 12 måneder før {danish.date_long(letter.date)}",
            )
        )
    if data.after:
        review_blocks.append(
            timeliness_table(
                data.after,
                first_column="Forpligtelse",
                label=lambda g: labels.kind(g).capitalize(),
                caption=f"Tabel 2. Rettidighed fra {danish.date_long(letter.date)} til "
                f"{danish.date_long(data.as_of)}",
            )
        )
    if data.reviews is None:
        review_blocks.append(
            Notice(
                "Ledelsestilsynets sagsgennemgange:",
                "der er ikke registreret sagsgennemgange for området i tilsyn siden "
                f"{kind}n; antal gennemgåede sager og deres resultater indsættes her, når de "
                "registreres.",
            )
        )
    else:
        rv = data.reviews
        review_blocks.append(
            Paragraph(
                f"Siden {danish.date_long(letter.date)} har fagspecialist og koordinator "
                f"gennemgået {danish.number(rv.reviewed, 0)} sager. I "
                f"{danish.number(rv.errors, 0)} af dem blev der fundet væsentlige eller "
                f"alvorlige fejl ({danish.percent(rv.rate)}; 95 %-interval "
                f"{danish.percent(rv.low)}–{danish.percent(rv.high)})."
            )
        )
        review_blocks.append(
            Table(
                ("Område", "Gennemgåede sager", "Sager med fejl", "Fejlandel"),
                tuple(
                    (
                        Cell.text(labels.benefit(a)),
                        Cell.integer(n),
                        Cell.integer(e),
                        Cell.percent(e / n if n else None),
                    )
                    for a, n, e in rv.by_area
                ),
                caption="Tabel 3. Ledelsestilsynets sagsgennemgange siden "
                f"{danish.date_long(letter.date)}",
            )
        )
    sections.append(Section("Gennemgang af sager", tuple(review_blocks), numbered=True))
    sections.append(
        Section(
            "Berigtigelse af refusion",
            (
                Notice(
                    "Ingen refusionsberigtigelser registreret.",
                    "Beløb, der er hjemtaget med urette, og hvornår de berigtiges, "
                    "indsættes her, når berigtigelserne er registreret i tilsyn.",
                )
                if not data.refunds
                else Paragraph(
                    f"{name} har konstateret, at der er hjemtaget "
                    + " og ".join(
                        f"{danish.number(amount, 0)} kr. for meget i {kind_of} "
                        f"({n} {'sag' if n == 1 else 'sager'})"
                        for kind_of, n, amount in data.refunds
                    )
                    + ". Beløbene berigtiges ved regnskabsafslutningen.",
                ),
            ),
            numbered=True,
        )
    )
    remaining: list[str] = [
        f"{danish.number(data.overdue_now, 0)} frister på området er overskredet pr. "
        f"{danish.date_long(data.as_of)} og følges op i sagsbehandlernes arbejdslister."
    ]
    for d in letter.demands:
        if d.sent is None:
            remaining.append(f"{d.text} (frist {danish.date_long(d.deadline)}).")
    sections.append(
        Section(
            "Afsluttende bemærkninger",
            (
                Paragraph("Følgende udestår:"),
                BulletList(tuple(remaining)),
                Paragraph(
                    f"[{name} forventer, at genopretningen fortsætter til og med … og "
                    "evaluerer handleplanen i …]",
                    editable=True,
                ),
            ),
        )
    )
    return Report(
        continuation_notice=data.continuation_notice,
        kind="statement",
        title=f"Svar på {kind} vedrørende {area}",
        subtitle=f"{name} · {letter.title}",
        date=computed_at.date(),
        letterhead=letterhead(letter.municipality, recipient=(letter.sender,)),
        stamp=Stamp(data.snapshot_id, data.ruleset_version, computed_at),
        sections=tuple(sections),
        reference=letter.reference or None,
        signature=("[Navn]", "[Titel]"),
        slug=f"redegoerelse-brev-{letter.id}",
    )
