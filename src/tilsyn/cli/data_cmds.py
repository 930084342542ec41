"""CLI commands for case data: import, status, generate, contract documentation, access log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tilsyn.app import data as app_data
from tilsyn.app.errors import ImportRejected
from tilsyn.cli.common import (
    WorkspaceOption,
    actor,
    console,
    err_console,
    fail,
    parse_date,
    refusals,
    workspace,
)
from tilsyn.present import headers, labels
from tilsyn.present.danish import integer
from tilsyn.present.imports import import_notes, problem_groups, problem_report_rows

if TYPE_CHECKING:
    from tilsyn.app.data import ImportResult

ACCESS_LOG_MIN_WIDTH = 150


def print_problems(exc: ImportRejected) -> None:
    err_console.print(f"[bold red]Importen blev afvist:[/] {exc}")
    for group in problem_groups(exc.log):
        err_console.print(f"\n[bold]{group.kind}[/] i {group.where}: {group.count} forekomst(er)")
        for line in group.lines:
            err_console.print(f"  {line}", markup=False, highlight=False)
    err_console.print("\nIntet er ændret i arbejdsområdet.")


def print_import(result: ImportResult) -> None:
    state = "ny datasamling" if result.created else "uændret indhold, ingen ny datasamling"
    console.print(
        f"[bold green]Importeret[/] {result.snapshot_id} ({state}) på {result.seconds:.1f} s"
    )
    from rich.table import Table

    table = Table(title="Rækker pr. tabel")
    table.add_column("Tabel")
    table.add_column("Rækker", justify="right")
    for name, count in result.counts.items():
        table.add_row(labels.label(labels.TABLE, name), integer(count))
    console.print(table)
    for line in import_notes(result):
        console.print(line)
    for notice in result.notices:
        console.print(f"[yellow]Bemærk:[/] {notice}")
    for source, cols in result.unknown_columns.items():
        console.print(
            f"[yellow]Bemærk:[/] {source} har ukendte kolonner, som ignoreres: {', '.join(cols)}"
        )


def import_command(
    folder: Path | None = typer.Argument(
        None, help="Mappe med case-data (CSV, Parquet eller Excel)"
    ),
    delta: Path | None = typer.Option(
        None,
        "--delta",
        help="Mappe med dagens nye og ændrede rækker (se docs/running.md); "
        "lægges oven på den aktuelle datasamling som en ny",
    ),
    ws: Path | None = WorkspaceOption,
    report: Path | None = typer.Option(None, "--report", help="Skriv alle fejl til en CSV-fil"),
    examples: int = typer.Option(5, "--examples", help="Antal eksempler pr. fejltype"),
    events_from: str | None = typer.Option(
        None,
        "--events-from",
        help="Første dag udtrækket har alle hændelser fra (standard: første samtale)",
    ),
) -> None:
    """Valider en mappe med case-data og gør den til den aktuelle datasamling."""
    if (folder is None) == (delta is None):
        fail("angiv enten en mappe eller --delta MAPPE")
    if delta is not None:
        _import_delta(delta, ws, report)
        return
    assert folder is not None
    first_day = None if events_from is None else parse_date(events_from, option="--events-from")
    with refusals():
        try:
            result = app_data.import_folder(
                actor(), workspace(ws), folder, examples_per_group=examples, events_from=first_day
            )
        except ImportRejected as exc:
            print_problems(exc)
            if report is not None:
                write_problem_report(exc, report)
                err_console.print(f"Alle fejl er skrevet til {report}")
            raise typer.Exit(2) from None
    print_import(result)


def _import_delta(folder: Path, ws: Path | None, report: Path | None) -> None:
    with refusals():
        try:
            result = app_data.import_delta(actor(), workspace(ws), folder)
        except ImportRejected as exc:
            print_problems(exc)
            if report is not None:
                write_problem_report(exc, report)
                err_console.print(f"Alle fejl er skrevet til {report}")
            raise typer.Exit(2) from None
    state = "ny datasamling" if result.created else "uændret (samme delta er lagt på før)"
    console.print(
        f"Delta lagt på {result.previous_id}: {state} {result.snapshot_id} "
        f"({', '.join(result.tables)}); forpligtelser genberegnet for {result.persons} borgere "
        f"på {result.seconds:.1f} s."
    )


def write_problem_report(exc: ImportRejected, path: Path) -> None:
    import csv

    from tilsyn.present.spreadsheet import safe_cell

    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(
            [safe_cell(str(v)) for v in row] for row in problem_report_rows(exc.log)
        )


def status_command(
    ws: Path | None = WorkspaceOption,
    verify: bool = typer.Option(
        False, "--verify", help="Kontrollér hver datasamlings kontrolsum (læser alle filer)"
    ),
) -> None:
    """Vis datasamlinger i arbejdsområdet, hvilken der er aktuel, og om nogen er beskadiget."""
    space = workspace(ws)
    infos = app_data.snapshots(actor(), space, verify=verify)
    if not infos:
        console.print(f"Ingen datasamlinger i {space.root}.")
        return
    from rich.table import Table

    table = Table(title=f"Datasamlinger i {space.root}")
    for col in headers.SNAPSHOTS:
        # Ids (copied into 'tilsyn use'), numbers and marks are never broken over lines.
        table.add_column(col, no_wrap=col not in ("Periode", "Kilde"))
    for info in infos:
        if info.damaged is not None:
            table.add_row(
                "➜" if info.is_current else "",
                info.id,
                info.created_at[:19],
                "BESKADIGET",
                "",
                "",
                info.damaged,
            )
            continue
        table.add_row(
            "➜" if info.is_current else "",
            info.id,
            info.created_at[:19],
            integer(info.counts.get("persons", 0)),
            integer(info.counts.get("benefit_periods", 0)),
            f"{info.date_range[0]} – {info.date_range[1]}",
            info.source,
        )
    console.print(table)
    for info in infos:
        if info.damaged is not None:
            console.print(f"{info.id}: beskadiget — {info.damaged}", highlight=False)
    if any(i.damaged and i.is_current for i in infos):
        err_console.print(
            "[bold red]Den aktuelle datasamling er beskadiget.[/] Gør en anden aktuel med "
            "'tilsyn use ID', eller importér data igen."
        )


def use_command(
    snapshot_id: str = typer.Argument(..., help="Datasamlingens id (eller dets begyndelse)"),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Gør en tidligere datasamling aktuel igen (rul tilbage)."""
    with refusals():
        sid = app_data.use_snapshot(actor(), workspace(ws), snapshot_id)
    console.print(f"Datasamling {sid} er nu aktuel.")


def contract_doc_command(
    out: Path = typer.Option(Path("docs/data-format.md"), "--out", help="Filen der skrives"),
) -> None:
    """Skriv dokumentationen af dataformatet (genereret fra kontrakten)."""
    out.write_text(app_data.contract_markdown(), encoding="utf-8")
    console.print(f"Skrev {out}")


def access_log_command(
    person: str | None = typer.Option(None, "--person", help="Kun opslag på denne borger"),
    user: str | None = typer.Option(None, "--user", help="Kun denne brugers opslag"),
    action: str | None = typer.Option(
        None, "--action", help="Kun denne handling (fx worklist, explain)"
    ),
    since: str | None = typer.Option(None, "--from", help="Første dag ÅÅÅÅ-MM-DD (UTC)"),
    until: str | None = typer.Option(None, "--to", help="Sidste dag ÅÅÅÅ-MM-DD (UTC)"),
    limit: int = typer.Option(1000, "--limit", min=1, help="Højst så mange linjer (de seneste)"),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Vis adgangsloggen: hvem har set hvilke borgeres data, hvornår, hvordan og hvorfor."""
    first = None if since is None else parse_date(since, option="--from")
    last = None if until is None else parse_date(until, option="--to")
    with refusals():
        entries = app_data.access_log(
            actor(),
            workspace(ws),
            person=person,
            user=user,
            action=action,
            since=first,
            until=last,
            limit=limit,
        )
        total = app_data.access_log_count(
            actor(), workspace(ws), person=person, user=user, action=action, since=first, until=last
        )
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Adgangslog (opslag på borgerdata)")
    for col in headers.ACCESS_LOG:
        # Names and ids are read and copied whole: never cut or wrapped.
        table.add_column(col, no_wrap=col != "Detaljer", overflow="fold")
    for e in entries:
        table.add_row(
            e.at,
            e.actor,
            e.action,
            e.snapshot_id or "",
            e.person_id,
            e.purpose or "",
            e.detail or "",
        )
    # Seven columns do not fit 80 characters: a wide table rather than cut names.
    Console(width=max(console.get().width, ACCESS_LOG_MIN_WIDTH)).print(table)
    if total > len(entries):
        console.print(
            f"Viser de seneste {integer(len(entries))} af {integer(total)} linjer; "
            "afgræns med --from/--to, --user, --action eller --person, eller hæv --limit."
        )


def rekey_command(
    old_key_file: Path = typer.Option(
        ..., "--old-key-file", help="Fil med den nøgle, borgerne er pseudonymiseret med nu"
    ),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Skift pseudonymiseringsnøgle med vilje: alle datasamlinger og adgangsloggen får nye
    pseudonymer efter den nye nøgle (TILSYN_SECRET_KEY eller TILSYN_SECRET_KEY_FILE)."""
    with refusals():
        result = app_data.rekey(actor(), workspace(ws), old_key_file)
    console.print(
        f"Ny nøgle i brug: {len(result.snapshots)} datasamling(er) og "
        f"{integer(result.citizens)} borgere har fået nye pseudonymer; "
        f"{integer(result.access_log_rows)} linjer i adgangsloggen er oversat."
    )
    for old_id, new_id in result.snapshots.items():
        console.print(f"  {old_id} → {new_id}")


def register(app: typer.Typer) -> None:
    from tilsyn.cli.demo_cmd import demo_command
    from tilsyn.cli.generate_cmd import generate_command

    app.command("import")(import_command)
    app.command("rekey")(rekey_command)
    app.command("use")(use_command)
    app.command("status")(status_command)
    app.command("contract-doc")(contract_doc_command)
    app.command("access-log")(access_log_command)
    app.command("demo")(demo_command)
    app.command("generate")(generate_command)
