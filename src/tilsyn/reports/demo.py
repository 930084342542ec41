"""One of each report for ``tilsyn demo``, written into the workspace's ``reports/`` folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tilsyn.app import Workspace
from tilsyn.app.actor import Actor
from tilsyn.reports.write import write_report

DEMO_LETTER_TITLE = "Decisionsskrivelse om revision af de sociale regnskaber (demo)"


def _demo_letter(actor: Actor, workspace: Workspace, as_of: dt.date) -> int:
    """The demo's decisionsskrivelse to Dragør on sygedagpenge (seed 001/003), once."""
    from tilsyn.app.letters import add_initiative, add_letter, list_letters

    for letter in list_letters(actor, workspace):
        if letter.title == DEMO_LETTER_TITLE:
            return letter.id
    date = as_of.replace(day=1) - dt.timedelta(days=90)
    letter = add_letter(
        actor,
        workspace,
        kind="decisionsskrivelse",
        sender="Styrelsen for Arbejdsmarked og Rekruttering",
        municipality="155",
        date=date,
        area="sygedagpenge",
        title=DEMO_LETTER_TITLE,
        reference="DEMO-1",
        findings=[
            "Manglende rettidighed i opfølgningen på sygedagpengesager",
            "Manglende revurdering inden 22 uger",
        ],
        demands=[
            (
                "Redegørelse for nye tiltag og deres effekt",
                date + dt.timedelta(days=60),
                "statement",
            )
        ],
        now=dt.datetime.combine(date, dt.time(9), tzinfo=dt.UTC),
    )
    add_initiative(
        actor,
        workspace,
        letter.id,
        title="Skærpet ledelsestilsyn",
        text="Fagspecialist og faglig koordinator gennemgår hver måned en stikprøve af "
        "sygedagpengesagerne; sagsbehandleren får skriftlig tilbagemelding.",
    )
    add_initiative(actor, workspace, letter.id, title="Daglig brug af adviser og arbejdslister")
    return letter.id


def write_demo_reports(
    actor: Actor, workspace: Workspace, as_of: dt.date, computed_at: dt.datetime
) -> list[tuple[str, Path]]:
    from tilsyn.app.reports import demo_budget
    from tilsyn.reports.auditor import build_auditor
    from tilsyn.reports.committee import build_committee
    from tilsyn.reports.monthly import build_monthly
    from tilsyn.reports.recovery import build_recovery
    from tilsyn.reports.statement import build_statement

    folder = workspace.root / "reports"
    month = as_of.replace(day=1) - dt.timedelta(days=1)
    budget = demo_budget(actor, workspace, month, folder / "demo-budget.csv")
    out: list[tuple[str, Path]] = []

    def keep(label: str, report: object, *suffixes: str) -> None:
        from tilsyn.reports.model import Report

        assert isinstance(report, Report)
        for suffix in suffixes:
            out.append((label, write_report(report, folder / f"{report.slug}{suffix}")))

    keep(
        "Månedsopgørelse",
        build_monthly(actor, workspace, month, computed_at=computed_at),
        ".pdf",
        ".xlsx",
    )
    keep(
        "Månedsopgørelse til Dragør",
        build_monthly(actor, workspace, month, municipality="155", computed_at=computed_at),
        ".pdf",
    )
    keep(
        "Udvalgsrapport",
        build_committee(actor, workspace, month, budget_file=budget, computed_at=computed_at),
        ".pdf",
        ".docx",
    )
    keep(
        "Genopretningsplan",
        build_recovery(
            actor,
            workspace,
            as_of.year,
            as_of,
            municipality="185",
            measure="offers",
            computed_at=computed_at,
        ),
        ".docx",
        ".pdf",
    )
    letter = _demo_letter(actor, workspace, as_of)
    keep(
        "Redegørelse",
        build_statement(actor, workspace, letter, as_of, computed_at=computed_at),
        ".docx",
        ".pdf",
    )
    keep(
        "Revisionsudtræk", build_auditor(actor, workspace, as_of, computed_at=computed_at), ".xlsx"
    )
    return out
