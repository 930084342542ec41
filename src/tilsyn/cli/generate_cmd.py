"""`tilsyn generate`: write a synthetic job centre's case data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tilsyn.app import data as app_data
from tilsyn.app.errors import InvalidRequest
from tilsyn.cli.common import actor
from tilsyn.cli.options import DataFormat
from tilsyn.present.danish import integer, number

if TYPE_CHECKING:
    from rich.console import Console

    from tilsyn.app.data import GenerationSummary


def generate_command(
    out: Path = typer.Option(..., "--out", help="Mappe, som datafilerne skrives til."),
    persons: int | None = typer.Option(
        None,
        "--persons",
        help="Antal borgere i perioden. Udeladt: realistisk antal efter kommunernes indbyggertal.",
    ),
    municipalities: str = typer.Option(
        "185,155", "--municipalities", help="Kommunekoder, kommasepareret (185 Tårnby, 155 Dragør)."
    ),
    from_: str = typer.Option("2022-01", "--from", help="Første måned (ÅÅÅÅ-MM)."),
    to: str = typer.Option("2025-12", "--to", help="Sidste måned (ÅÅÅÅ-MM), inklusive."),
    seed: int = typer.Option(1, "--seed", help="Samme seed giver identiske filer."),
    format: DataFormat = typer.Option(DataFormat.csv, "--format", help="csv eller parquet."),
    with_cpr: bool = typer.Option(
        False, "--with-cpr", help="Brug gyldige CPR-numre i stedet for pseudonymer."
    ),
) -> None:
    """Dan syntetiske sagsdata for et jobcenter (alle tabeller i dataformatet)."""
    from rich.console import Console

    console = Console()
    codes = tuple(code.strip() for code in municipalities.split(",") if code.strip())
    try:
        with console.status("Danner syntetiske data …"):
            summary = app_data.generate(
                actor(),
                out,
                persons=persons,
                municipalities=codes,
                start=from_,
                end=to,
                seed=seed,
                fmt=format.value,
                with_cpr=with_cpr,
            )
    except InvalidRequest as exc:
        console.print(f"[red]Fejl:[/red] {exc}")
        raise typer.Exit(code=2) from exc
    _print_summary(console, summary)


def _print_summary(console: Console, summary: GenerationSummary) -> None:
    from rich.table import Table

    descriptions = app_data.table_descriptions()
    table = Table(title=f"Syntetiske data skrevet til {summary.out_dir}")
    table.add_column("Tabel")
    table.add_column("Indhold")
    table.add_column("Rækker", justify="right")
    for name, rows in summary.rows.items():
        table.add_row(f"{name}.{summary.fmt}", descriptions[name], integer(rows))
    table.add_row("[bold]I alt[/bold]", "", f"[bold]{integer(sum(summary.rows.values()))}[/bold]")
    console.print(table)
    names = app_data.municipality_names(tuple(summary.persons_by_municipality))
    per_municipality = ", ".join(
        f"{code} {names[code]}: {integer(n)}" for code, n in summary.persons_by_municipality.items()
    )
    console.print(f"Borgere: {integer(summary.persons)} ({per_municipality})")
    console.print(
        f"Periode: {summary.period_start.isoformat()} – {summary.period_end.isoformat()}"
        f"  ·  seed {summary.seed}  ·  {'CPR-numre' if summary.with_cpr else 'pseudonymer'}"
        f"  ·  {number(summary.seconds, 1)} sek."
    )
