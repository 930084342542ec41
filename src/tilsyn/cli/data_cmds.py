"""CLI commands for case data: import, status, generate, demo."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from tilsyn.cli.common import WorkspaceOption, console, err_console, fail, parse_date, workspace
from tilsyn.data.importer import ImportFailed, ImportResult, import_folder
from tilsyn.data.validate import ProblemLog
from tilsyn.data.workspace import WorkspaceBusy

TABLE_LABELS = {
    "persons": "Borgere",
    "caseworkers": "Sagsbehandlere",
    "benefit_periods": "Ydelsesforløb",
    "conversations": "Samtaler",
    "offers": "Tilbud",
    "employment_hours": "Beskæftigelsestimer",
    "plans": "Min Plan",
    "exemptions": "Fritagelser",
    "reassessments": "Revurderinger",
    "payments": "Udbetalinger",
}


def print_problems(log: ProblemLog, message: str) -> None:
    err_console.print(f"[bold red]Importen blev afvist:[/] {message}")
    for key, examples in log.groups.items():
        file, column, kind = key
        count = log.counts[key]
        where = file if column == "*" else f"{file}, kolonne {column}"
        err_console.print(f"\n[bold]{kind}[/] i {where}: {count} forekomst(er)")
        for p in examples:
            err_console.print(f"  {p}", markup=False, highlight=False)
        if count > len(examples):
            err_console.print(f"  … og {count - len(examples)} mere")
    err_console.print("\nIntet er ændret i arbejdsområdet.")


def print_import(result: ImportResult) -> None:
    state = "ny datasamling" if result.created else "uændret indhold, ingen ny datasamling"
    console.print(
        f"[bold green]Importeret[/] {result.snapshot_id} ({state}) på {result.seconds:.1f} s"
    )
    table = Table(title="Rækker pr. tabel")
    table.add_column("Tabel")
    table.add_column("Rækker", justify="right")
    for name, count in result.counts.items():
        table.add_row(TABLE_LABELS.get(name, name), f"{count:,}".replace(",", "."))
    console.print(table)
    lo, hi = result.date_range
    console.print(f"Periode: {lo or '–'} til {hi or '–'}")
    if result.events_from:
        console.print(
            f"Hændelser vurderes fra {result.events_from} (forpligtelser, der begynder før, "
            "kan ikke vurderes som for sene)"
        )
    if result.pseudonymised:
        console.print(f"{result.pseudonymised:,} CPR-numre pseudonymiseret".replace(",", "."))
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
    try:
        result = import_folder(
            folder, workspace(ws), examples_per_group=examples, events_from=first_day
        )
    except WorkspaceBusy as exc:
        fail(str(exc))
    except ImportFailed as exc:
        print_problems(exc.log, str(exc))
        if report is not None:
            write_problem_report(exc.log, report)
            err_console.print(f"Alle fejl er skrevet til {report}")
        raise typer.Exit(2) from None
    print_import(result)


def _import_delta(folder: Path, ws: Path | None, report: Path | None) -> None:
    from tilsyn.data.delta import import_delta
    from tilsyn.data.workspace import NoSnapshotError

    try:
        result = import_delta(folder, workspace(ws))
    except (WorkspaceBusy, NoSnapshotError) as exc:
        fail(str(exc))
        return
    except ImportFailed as exc:
        print_problems(exc.log, str(exc))
        if report is not None:
            write_problem_report(exc.log, report)
            err_console.print(f"Alle fejl er skrevet til {report}")
        raise typer.Exit(2) from None
    state = "ny datasamling" if result.created else "uændret (samme delta er lagt på før)"
    console.print(
        f"Delta lagt på {result.previous_id}: {state} {result.snapshot_id} "
        f"({', '.join(result.tables)}); forpligtelser genberegnet for {result.persons} borgere "
        f"på {result.seconds:.1f} s."
    )


def write_problem_report(log: ProblemLog, path: Path) -> None:
    import csv

    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["fil", "raekke", "kolonne", "fejltype", "vaerdi", "forventet"])
        for p in log.all_problems:
            w.writerow([p.file, p.row, p.column, p.kind, p.value, p.expected])


def status_command(ws: Path | None = WorkspaceOption) -> None:
    """Vis datasamlinger i arbejdsområdet og hvilken der er aktuel."""
    space = workspace(ws)
    infos = space.list_snapshots()
    if not infos:
        console.print(f"Ingen datasamlinger i {space.root}.")
        return
    table = Table(title=f"Datasamlinger i {space.root}")
    for col in ("", "Id", "Oprettet (UTC)", "Borgere", "Ydelsesforløb", "Periode", "Kilde"):
        table.add_column(col)
    for info in infos:
        table.add_row(
            "➜" if info.is_current else "",
            info.id,
            info.created_at[:19],
            str(info.counts.get("persons", 0)),
            str(info.counts.get("benefit_periods", 0)),
            f"{info.date_range[0]} – {info.date_range[1]}",
            info.source,
        )
    console.print(table)


def contract_doc_command(
    out: Path = typer.Option(Path("docs/data-format.md"), "--out", help="Filen der skrives"),
) -> None:
    """Skriv dokumentationen af dataformatet (genereret fra kontrakten)."""
    from tilsyn.data.contract_doc import render_markdown

    out.write_text(render_markdown(), encoding="utf-8")
    console.print(f"Skrev {out}")


def access_log_command(
    person: str | None = typer.Option(None, "--person", help="Kun opslag på denne borger"),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Vis adgangsloggen: hvem har set hvilke borgeres data, hvornår og hvordan."""
    from tilsyn.data.access_log import read_log

    entries = read_log(workspace(ws).root, person_id=person)
    table = Table(title="Adgangslog (opslag på borgerdata)")
    for col in ("Tidspunkt (UTC)", "Bruger", "Handling", "Datasamling", "Borger", "Detaljer"):
        table.add_column(col)
    for e in entries:
        table.add_row(e.at, e.actor, e.action, e.snapshot_id or "", e.person_id, e.detail or "")
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
    app.command("status")(status_command)
    app.command("contract-doc")(contract_doc_command)
    app.command("access-log")(access_log_command)
    from tilsyn.cli.demo_cmd import demo_command

    app.command("demo")(demo_command)
    try:
        from tilsyn.cli.generate_cmd import generate_command
    except ImportError:  # the generator is built in parallel; wired when present
        return
    app.command("generate")(generate_command)
