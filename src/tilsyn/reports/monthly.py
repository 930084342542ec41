"""The monthly supervision report (*månedsopgørelse fra ledelsestilsynet*): timeliness by area,
obligation, team and organisation with external actors apart, the 12-month trend, overdue
obligations and the management reviews. With a municipality it is the copy a job centre sends
each month to the municipality whose cases it runs (seed 001): that municipality's citizens
and aggregates only."""

from __future__ import annotations

import datetime as dt

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.app.reports import MonthlyData, TimelinessRow, is_external, monthly
from tilsyn.present import labels
from tilsyn.reports import danish
from tilsyn.reports.charts import bar_chart, line_chart
from tilsyn.reports.common import letterhead, municipality_name, timeliness_table
from tilsyn.reports.model import (
    Block,
    BulletList,
    Cell,
    Paragraph,
    Report,
    Section,
    Stamp,
    Table,
)
from tilsyn.reports.reviews import review_section


def build_monthly(
    actor: Actor,
    workspace: Workspace,
    month: dt.date,
    *,
    municipality: str | None = None,
    sender: str = "185",
    computed_at: dt.datetime,
) -> Report:
    data = monthly(actor, workspace, month, municipality=municipality)
    return monthly_report(
        data,
        reviews=review_section(actor, workspace, data.month, municipality=municipality),
        sender=sender,
        computed_at=computed_at,
    )


def _share_text(row: TimelinessRow) -> str:
    return danish.percent(row.on_time_share)


def _summary(data: MonthlyData, sender: str) -> Section:
    current = data.trend[-1].all
    previous = data.trend[-2].all if len(data.trend) > 1 else None
    text = (
        f"I {danish.month(data.month)} forfaldt {danish.number(current.total, 0)} frister "
        f"for samtaler, tilbud, Min Plan og sygedagpengeopfølgning. "
        f"{_share_text(current)} blev overholdt rettidigt"
    )
    if previous is not None and previous.total:
        text += f" mod {_share_text(previous)} i {danish.month(data.trend[-2].month)}"
    text += (
        f". Ved månedens udgang ({danish.date_long(data.as_of)}) var "
        f"{danish.number(data.overdue_total, 0)} frister i aktive sager overskredet."
    )
    blocks: list[Block] = [Paragraph(text)]
    if data.municipalities is not None and len(data.municipalities) == 1:
        code = data.municipalities[0]
        if code != sender:
            blocks.append(
                Paragraph(
                    f"Opgørelsen omfatter alene borgere i {municipality_name(code)}, hvis sager "
                    f"{letterhead(sender).department} varetager. Tal for team og organisationer "
                    f"er opgjort på disse borgeres sager alene."
                )
            )
    external = [r for r in data.by_organisation if is_external(r.group)]
    if external:
        n = sum(r.total for r in external)
        met = sum(r.met for r in external)
        blocks.append(
            Paragraph(
                f"Andre aktører havde {danish.number(n, 0)} af månedens frister; "
                f"{danish.percent(met / n if n else None)} blev overholdt rettidigt."
            )
        )
    return Section("Sammenfatning", tuple(blocks))


def _organisation_table(data: MonthlyData) -> Table:
    own = [r for r in data.by_organisation if not is_external(r.group)]
    external = [r for r in data.by_organisation if is_external(r.group)]
    base = timeliness_table(
        own + external,
        first_column="Organisation",
        label=lambda g: (f"{g} (anden aktør)" if is_external(g) else g) or "Uoplyst",
        caption="Tabel 4. Rettidighed pr. organisation (andre aktører for sig)",
    )
    return base


def _trend(data: MonthlyData) -> list[Block]:
    rows = []
    points = []
    for p in data.trend:
        rows.append(
            (
                Cell.text(danish.month(p.month)),
                Cell.integer(p.all.total),
                Cell.percent(p.all.on_time_share),
                Cell.percent(p.jobcentre.on_time_share),
                Cell.integer(p.external.total),
                Cell.percent(p.external.on_time_share),
            )
        )
        label = danish.month_short(p.month)
        series = [("Jobcenter", p.jobcentre), ("Anden aktør", p.external)]
        if any(q.external.total for q in data.trend):
            series.insert(0, ("I alt", p.all))
        for name, row in series:
            if row.on_time_share is not None:
                points.append({"måned": label, "andel": row.on_time_share, "serie": name})
    table = Table(
        (
            "Måned",
            "Frister i alt",
            "Andel rettidigt",
            "Heraf jobcenter",
            "Frister hos anden aktør",
            "Heraf anden aktør",
        ),
        tuple(rows),
        caption="Tabel 5. Rettidighed de seneste 12 måneder (frister, der forfaldt i måneden)",
    )
    chart = line_chart(
        "Figur 2. Andel rettidigt overholdte frister, 12 måneder",
        points,
        x="måned",
        y="andel",
        series="serie",
        y_title="Andel rettidigt",
        description="Frister, der forfaldt i hver måned, vurderet ved udgangen af "
        f"{danish.month(data.month)}.",
    )
    return [table, chart]


def _overdue(data: MonthlyData) -> list[Block]:
    blocks: list[Block] = [
        Paragraph(
            f"{danish.number(data.overdue_total, 0)} frister var overskredet den "
            f"{danish.date_long(data.as_of)} i sager, hvor borgeren fortsat modtager ydelsen."
        )
    ]
    if not data.overdue_total:
        return blocks
    blocks.append(
        Table(
            ("Team", "Overskredne frister"),
            tuple(
                (Cell.text(team or "Uden team"), Cell.integer(n))
                for team, n in data.overdue_by_team
            ),
            caption="Tabel 6. Overskredne frister pr. team",
        )
    )
    blocks.append(
        Table(
            ("Forpligtelse", "Overskredne frister"),
            tuple(
                (Cell.text(labels.kind(kind).capitalize()), Cell.integer(n))
                for kind, n in data.overdue_by_kind
            ),
            caption="Tabel 7. Overskredne frister pr. forpligtelse",
        )
    )
    blocks.append(
        Table(
            ("Borger (pseudonym)", "Ydelse", "Forpligtelse", "Frist", "Dage over", "Team"),
            tuple(
                (
                    Cell.text(r["person_id"]),
                    Cell.text(labels.benefit(r["benefit"])),
                    Cell.text(labels.kind(r["kind"])),
                    Cell.date(r["due_date"]),
                    Cell.integer(r["days_late"]),
                    Cell.text(r["team"] or ""),
                )
                for r in data.overdue_listed
            ),
            caption=f"Tabel 8. De {len(data.overdue_listed)} ældste overskredne frister",
            note="Borgere vises med pseudonym; opslaget er logget. Den fulde liste findes i "
            "sagsbehandlernes arbejdslister.",
        )
    )
    return blocks


def monthly_report(
    data: MonthlyData,
    *,
    reviews: Section,
    sender: str,
    computed_at: dt.datetime,
) -> Report:
    scope = data.municipalities
    partner = scope is not None and len(scope) == 1 and scope[0] != sender
    recipient: tuple[str, ...] = (municipality_name(scope[0]),) if partner and scope else ()
    head = letterhead(sender, recipient=recipient)
    who = municipality_name(scope[0]) if scope and len(scope) == 1 else "alle kommuner"
    benefit_rows = sorted(data.by_benefit, key=lambda r: -r.total)
    sections = [
        _summary(data, sender),
        Section(
            "Rettidighed pr. ydelsesområde",
            (
                timeliness_table(
                    benefit_rows,
                    first_column="Ydelsesområde",
                    label=lambda g: labels.benefit(g) or "Uoplyst",
                    caption="Tabel 1. Rettidighed pr. ydelsesområde",
                ),
                bar_chart(
                    "Figur 1. Andel rettidigt overholdte frister pr. ydelsesområde",
                    [
                        {"område": labels.benefit(r.group), "andel": r.on_time_share}
                        for r in benefit_rows
                        if r.on_time_share is not None
                    ],
                    category="område",
                    value="andel",
                ),
                timeliness_table(
                    data.by_kind,
                    first_column="Forpligtelse",
                    label=lambda g: labels.kind(g).capitalize(),
                    caption="Tabel 2. Rettidighed pr. forpligtelse",
                ),
            ),
        ),
        Section(
            "Rettidighed pr. team og organisation",
            (
                timeliness_table(
                    data.by_team,
                    first_column="Team",
                    label=lambda g: g or "Uden team",
                    caption="Tabel 3. Rettidighed pr. team",
                ),
                _organisation_table(data),
            ),
        ),
        Section("Udvikling de seneste 12 måneder", tuple(_trend(data))),
        Section("Overskredne frister ved månedens udgang", tuple(_overdue(data))),
        reviews,
        Section(
            "Om opgørelsen",
            (
                BulletList(
                    (
                        "En frist tæller i den måned, den forfalder. Rettidig: opfyldt senest på "
                        "fristen; for sent: opfyldt efter fristen; overskredet: ikke opfyldt ved "
                        "månedens udgang. Fritagne og ikke-relevante forpligtelser tæller ikke.",
                        "Organisationer, hvis navn ikke er et jobcenter, opgøres som andre "
                        "aktører.",
                        "Hændelser vurderes fra "
                        + (
                            danish.date_long(data.data_from)
                            if data.data_from
                            else "dataudtrækkets start"
                        )
                        + "; frister, der begynder før, kan ikke vurderes som for sene.",
                        "Hver frist er afgjort efter den regel og de parametre, der gjaldt på "
                        "datoen; regel og lovhenvisning kan slås op med 'tilsyn explain'.",
                    )
                ),
            ),
        ),
    ]
    slug_scope = scope[0] if scope and len(scope) == 1 else "alle"
    return Report(
        continuation_notice=data.continuation_notice,
        kind="monthly",
        title="Månedsopgørelse fra ledelsestilsynet",
        subtitle=f"{danish.month(data.month).capitalize()} · {who}",
        date=computed_at.date(),
        letterhead=head,
        stamp=Stamp(data.snapshot_id, data.ruleset_version, computed_at),
        sections=tuple(sections),
        slug=f"maanedsopgoerelse-{data.month:%Y-%m}-{slug_scope}",
    )
