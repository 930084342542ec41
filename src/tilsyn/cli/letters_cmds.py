"""`tilsyn letters …`: the register of supervision letters and what is owed by when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from tilsyn.cli.common import (
    WorkspaceOption,
    as_of_date,
    console,
    fail,
    parse_date,
    today,
    workspace,
)

letters_app = typer.Typer(
    name="letters",
    help="Tilsynsbreve: registrér breve og krav, se hvad der skal leveres hvornår.",
    no_args_is_help=True,
)


def parse_demand(value: str) -> tuple[str, dt.date, str]:
    """'ÅÅÅÅ-MM-DD:TEKST' or 'ÅÅÅÅ-MM-DD:RAPPORTTYPE:TEKST' → (text, deadline, report kind)."""
    from tilsyn.app.letters import REPORT_KINDS

    head, _, rest = value.partition(":")
    try:
        deadline = dt.date.fromisoformat(head.strip())
    except ValueError:
        fail(f"--demand: '{value}' skal begynde med en frist som ÅÅÅÅ-MM-DD:")
        raise
    kind, sep, text = rest.partition(":")
    if sep and kind.strip() in REPORT_KINDS:
        return text.strip(), deadline, kind.strip()
    if not rest.strip():
        fail(f"--demand: '{value}' mangler kravets tekst efter fristen")
    return rest.strip(), deadline, "statement"


def _now() -> dt.datetime:
    from tilsyn.reports.common import now_copenhagen

    return now_copenhagen()


def _run(action: object) -> object:
    from tilsyn.app.errors import AccessDenied, NotFound

    try:
        return action() if callable(action) else action
    except (AccessDenied, NotFound, ValueError) as exc:
        fail(str(exc))
        raise


@letters_app.command("add")
def add_command(
    kind: str = typer.Option(
        ...,
        "--kind",
        help="decisionsskrivelse, skaerpet_tilsyn, revisionsberetning, star_svar eller andet",
    ),
    sender: str = typer.Option(..., "--sender", help="Afsender, fx Styrelsen for ..."),
    municipality: str = typer.Option(..., "--municipality", help="Kommunekode"),
    date: str = typer.Option(..., "--date", help="Brevets dato ÅÅÅÅ-MM-DD"),
    area: str = typer.Option(..., "--area", help="Område, fx beskæftigelse, integration"),
    title: str = typer.Option(..., "--title", help="Brevets overskrift"),
    reference: str = typer.Option("", "--reference", help="Journalnummer"),
    finding: list[str] = typer.Option([], "--finding", help="Et fund i brevet (kan gentages)"),
    demand: list[str] = typer.Option(
        [], "--demand", help="Krav: 'ÅÅÅÅ-MM-DD[:rapporttype]:tekst' (kan gentages)"
    ),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Registrér et tilsynsbrev med fund og krav (frister)."""
    from tilsyn.app.letters import add_letter
    from tilsyn.cli.common import actor

    day = parse_date(date, option="--date")
    demands = [parse_demand(d) for d in demand]
    letter = _run(
        lambda: add_letter(
            actor(),
            workspace(ws),
            kind=kind,
            sender=sender,
            municipality=municipality,
            date=day,
            area=area,
            title=title,
            reference=reference,
            findings=finding,
            demands=demands,
            now=_now(),
        )
    )
    console.print(f"Registreret brev {letter.id} ({len(demands)} krav)")  # type: ignore[attr-defined]


@letters_app.command("list")
def list_command(ws: Path | None = WorkspaceOption) -> None:
    """Alle registrerede breve."""
    from rich.table import Table

    from tilsyn.app.letters import LetterView, list_letters
    from tilsyn.cli.common import actor
    from tilsyn.present import danish

    letters: list[LetterView] = _run(lambda: list_letters(actor(), workspace(ws)))  # type: ignore[assignment]
    table = Table(title="Tilsynsbreve")
    for column in ("Id", "Dato", "Type", "Afsender", "Kommune", "Område", "Krav", "Besvaret"):
        table.add_column(column)
    for lt in letters:
        answered = sum(1 for d in lt.demands if d.sent is not None)
        table.add_row(
            str(lt.id),
            danish.date_short(lt.date),
            lt.kind_label,
            lt.sender,
            lt.municipality,
            lt.area,
            str(len(lt.demands)),
            f"{answered} af {len(lt.demands)}",
        )
    console.print(table)


@letters_app.command("owed")
def owed_command(
    as_of: str | None = typer.Option(None, "--as-of", help="Dato ÅÅÅÅ-MM-DD (standard: i dag)"),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Hvad skal leveres til hvem hvornår: ubesvarede krav, tidligste frist først."""
    from rich.table import Table

    from tilsyn.app.letters import Owed, owed
    from tilsyn.cli.common import actor
    from tilsyn.present import danish

    day = as_of_date(as_of, default=today())
    items: list[Owed] = _run(lambda: owed(actor(), workspace(ws), day))  # type: ignore[assignment]
    if not items:
        console.print(f"Intet udestående pr. {danish.date_long(day)}.")
        return
    table = Table(title=f"Udestående krav pr. {danish.date_long(day)}")
    for column in ("Id", "Brev", "Afsender", "Kommune", "Krav", "Frist", "Status"):
        table.add_column(column)
    for o in items:
        status = (
            f"[bold red]{-o.days_left} dage over fristen[/]"
            if o.overdue
            else ("i dag" if o.days_left == 0 else f"om {o.days_left} dage")
        )
        table.add_row(
            str(o.demand_id),
            str(o.letter_id),
            o.sender,
            o.municipality,
            o.text,
            danish.date_short(o.deadline),
            status,
        )
    console.print(table)


@letters_app.command("show")
def show_command(letter_id: int = typer.Argument(...), ws: Path | None = WorkspaceOption) -> None:
    """Et brev med fund, krav, initiativer og de rapporter, der besvarer kravene."""
    from tilsyn.app.letters import LetterView, get_letter
    from tilsyn.cli.common import actor
    from tilsyn.present import danish

    lt: LetterView = _run(lambda: get_letter(actor(), workspace(ws), letter_id))  # type: ignore[assignment]
    console.print(
        f"[bold]{lt.title}[/]\n{lt.kind_label} fra {lt.sender} af {danish.date_long(lt.date)}"
        f" til kommune {lt.municipality} · område: {lt.area}"
        + (f" · J.nr. {lt.reference}" if lt.reference else ""),
        highlight=False,
    )
    if lt.findings:
        console.print("\nFund:")
        for f in lt.findings:
            console.print(f"  • {f}", markup=False, highlight=False)
    console.print("\nKrav:")
    for d in lt.demands:
        sent = d.sent
        state = (
            f"sendt {danish.date_short(sent.sent_at.date())} ({sent.file_name}, "
            f"sha256 {sent.sha256[:12]})"
            if sent is not None and sent.sent_at is not None
            else "ikke besvaret"
        )
        console.print(
            f"  [{d.id}] {d.text} — frist {danish.date_short(d.deadline)} — {state}",
            markup=False,
            highlight=False,
        )
        for r in d.reports:
            if r is not sent:
                console.print(f"      udkast {r.id}: {r.file_name}", markup=False)
    if lt.initiatives:
        console.print("\nInitiativer:")
        for i, (title, _) in enumerate(lt.initiatives, start=1):
            console.print(f"  {i}. {title}", markup=False, highlight=False)


@letters_app.command("initiative")
def initiative_command(
    letter_id: int = typer.Argument(...),
    title: str = typer.Option(..., "--title"),
    text: str = typer.Option("", "--text"),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Tilføj et initiativ, kommunen har iværksat (indgår i redegørelsen)."""
    from tilsyn.app.letters import add_initiative
    from tilsyn.cli.common import actor

    _run(lambda: add_initiative(actor(), workspace(ws), letter_id, title=title, text=text))
    console.print(f"Initiativ tilføjet brev {letter_id}")


@letters_app.command("send")
def send_command(
    demand_id: int = typer.Argument(..., help="Kravets id (se 'tilsyn letters show')"),
    file: Path = typer.Argument(..., help="Den fil, der sendes"),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Gem den sendte version af svaret på et krav; kravet er derefter besvaret."""
    from tilsyn.app.letters import record_report
    from tilsyn.cli.common import actor

    record = _run(
        lambda: record_report(actor(), workspace(ws), demand_id, file=file, now=_now(), sent=True)
    )
    console.print(f"Gemt som sendt: rapport {record.id}, sha256 {record.sha256}")  # type: ignore[attr-defined]


def register(app: typer.Typer) -> None:
    app.add_typer(letters_app, name="letters")
