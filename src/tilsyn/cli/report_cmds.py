"""`tilsyn report …`: write the reports the supervision chain asks for, in the format the
output file's extension names (.pdf, .docx, .xlsx, .html)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import typer

from tilsyn.cli.common import WorkspaceOption, announce, as_of_date, console, fail, workspace

report_app = typer.Typer(
    name="report",
    help="Rapporter: månedsopgørelse, udvalgsrapport, genopretningsplan, redegørelse, revision.",
    no_args_is_help=True,
)

OutOption = typer.Option(..., "--out", "-o", help="Fil der skrives: .pdf, .docx, .xlsx eller .html")


def parse_month(value: str) -> dt.date:
    try:
        return dt.datetime.strptime(value, "%Y-%m").date()  # noqa: DTZ007 - a calendar month
    except ValueError:
        fail(f"--month: '{value}' er ikke en måned som ÅÅÅÅ-MM")
        raise  # unreachable; fail() exits


def _write(build: Callable[[], object], out: Path, allowed: tuple[str, ...] | None = None) -> None:
    """Check the format first (before any work), build, write atomically and print the path."""
    from tilsyn.app.errors import AccessDenied, NotFound
    from tilsyn.reports.model import Report
    from tilsyn.reports.write import FORMATS, ReportFormatError, check_format, write_report

    formats = allowed or FORMATS
    try:
        check_format(out, formats)
        report = build()
        assert isinstance(report, Report)
        write_report(report, out, formats)
    except (ReportFormatError, AccessDenied, NotFound, ValueError) as exc:
        fail(str(exc))
    console.print(f"Skrev {out}")


@report_app.command("monthly")
def monthly_command(
    month: str = typer.Option(..., "--month", help="Måned som ÅÅÅÅ-MM"),
    municipality: str | None = typer.Option(
        None, "--municipality", help="Kun denne kommunes borgere (kopi til samarbejdskommune)"
    ),
    sender: str = typer.Option("185", "--sender", help="Afsenderkommunens kode (jobcentret)"),
    out: Path = OutOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Månedsopgørelse fra ledelsestilsynet: rettidighed, udvikling, overskredne frister."""
    from tilsyn.app.reports import month_end
    from tilsyn.cli.common import actor
    from tilsyn.reports.common import now_copenhagen
    from tilsyn.reports.monthly import build_monthly

    first = parse_month(month)
    announce(month_end(first))  # the month is evaluated at its last day
    _write(
        lambda: build_monthly(
            actor(),
            workspace(ws),
            first,
            municipality=municipality,
            sender=sender,
            computed_at=now_copenhagen(),
        ),
        out,
    )


@report_app.command("committee")
def committee_command(
    as_of: str = typer.Option(..., "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD"),
    budget: Path = typer.Option(..., "--budget", help="Budgetfil (CSV eller XLSX), mio. kr."),
    municipality: str | None = typer.Option(None, "--municipality", help="Kun denne kommune"),
    sender: str = typer.Option("185", "--sender", help="Afsenderkommunens kode"),
    out: Path = OutOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Udvalgsrapport: budgetopfølgning i helårspersoner, fokusmål med prognose, sygedagpenge."""
    from tilsyn.cli.common import actor
    from tilsyn.reports.committee import build_committee
    from tilsyn.reports.common import now_copenhagen

    day = as_of_date(as_of)
    if not budget.is_file():
        fail(f"{budget}: filen findes ikke")
    _write(
        lambda: build_committee(
            actor(),
            workspace(ws),
            day,
            budget_file=budget,
            municipality=municipality,
            sender=sender,
            computed_at=now_copenhagen(),
        ),
        out,
    )


@report_app.command("recovery-plan")
def recovery_command(
    year: int = typer.Option(..., "--year", help="Året, indsatsen skal genoprettes i"),
    municipality: str = typer.Option(..., "--municipality", help="Kommunekode"),
    measure: str = typer.Option(
        "interviews", "--measure", help="Fokusmål: interviews (samtaler) eller offers (tilbud)"
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD (standard: i dag)"
    ),
    out: Path = OutOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Redegørelse og genopretningsplan (skærpet tilsyn) som Word eller PDF."""
    from tilsyn.cli.common import actor, today
    from tilsyn.reports.common import now_copenhagen
    from tilsyn.reports.recovery import FORMATS, build_recovery

    day = as_of_date(as_of, default=today())
    _write(
        lambda: build_recovery(
            actor(),
            workspace(ws),
            year,
            day,
            municipality=municipality,
            measure=measure,
            computed_at=now_copenhagen(),
        ),
        out,
        FORMATS,
    )


@report_app.command("statement")
def statement_command(
    letter: int = typer.Option(..., "--letter", help="Brevets id i registret (tilsyn letters)"),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD (standard: i dag)"
    ),
    out: Path = OutOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Redegørelse (svar på decisionsskrivelse) som Word eller PDF; gemmes som udkast til
    brevets krav."""
    from tilsyn.cli.common import actor, today
    from tilsyn.reports.common import now_copenhagen
    from tilsyn.reports.statement import FORMATS, build_statement

    day = as_of_date(as_of, default=today())
    who = actor()
    space = workspace(ws)
    now = now_copenhagen()
    built: list[object] = []

    def build() -> object:
        report = build_statement(who, space, letter, day, computed_at=now)
        built.append(report)
        return report

    _write(build, out, FORMATS)
    _keep_draft(who, space, letter, out, built[0], now)


def _keep_draft(
    actor: object, space: object, letter_id: int, out: Path, report: object, now: dt.datetime
) -> None:
    """Link the written file to the letter's first unanswered demand of its kind, as a draft."""
    from tilsyn.app import Actor, Workspace
    from tilsyn.app.letters import get_letter, record_report
    from tilsyn.reports.model import Report

    assert isinstance(actor, Actor)
    assert isinstance(space, Workspace)
    assert isinstance(report, Report)
    letter = get_letter(actor, space, letter_id)
    demand = next(
        (d for d in letter.demands if d.sent is None and d.report_kind == report.kind),
        None,
    )
    if demand is None:
        return
    record_report(actor, space, demand.id, file=out, now=now, snapshot_id=report.stamp.snapshot_id)
    console.print(f"Gemt som udkast til krav {demand.id}: {demand.text}")


@report_app.command("auditor")
def auditor_command(
    sample: int | None = typer.Option(None, "--sample", help="Kun denne stikprøve"),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Dato for motorens afgørelser ÅÅÅÅ-MM-DD (standard: i dag)"
    ),
    out: Path = OutOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Revisionsudtræk (Excel): stikprøve, tjeklistesvar, fund, motorens afgørelser og
    berigtigelser."""
    from tilsyn.cli.common import actor, today
    from tilsyn.reports.auditor import FORMATS, build_auditor
    from tilsyn.reports.common import now_copenhagen

    day = as_of_date(as_of, default=today())
    _write(
        lambda: build_auditor(
            actor(), workspace(ws), day, sample_id=sample, computed_at=now_copenhagen()
        ),
        out,
        FORMATS,
    )


def print_demo_reports(who: object, space: object, as_of: dt.date) -> None:
    """`tilsyn demo`'s last part: one of each report into the workspace, paths printed."""
    from rich.rule import Rule

    from tilsyn.app import Actor, Workspace
    from tilsyn.reports.common import now_copenhagen
    from tilsyn.reports.demo import write_demo_reports

    assert isinstance(who, Actor)
    assert isinstance(space, Workspace)
    console.print(Rule("Rapporter"))
    for label, path in write_demo_reports(who, space, as_of, now_copenhagen()):
        console.print(f"{label}: {path}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
