"""`tilsyn generate`: write a synthetic job centre's case data (thin wrapper over `generate`)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import typer
from babel.numbers import format_decimal
from rich.console import Console
from rich.table import Table

from tilsyn.data.contract import TABLES_BY_NAME
from tilsyn.data.synthetic import GenerationSummary, generate
from tilsyn.data.synthetic.output import Format
from tilsyn.data.synthetic.population import resolve_municipalities

_FORMATS = ("csv", "parquet")


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
    format: str = typer.Option("csv", "--format", help="csv eller parquet."),
    with_cpr: bool = typer.Option(
        False, "--with-cpr", help="Brug gyldige CPR-numre i stedet for pseudonymer."
    ),
) -> None:
    """Dan syntetiske sagsdata for et jobcenter (alle tabeller i dataformatet)."""
    console = Console()
    if format not in _FORMATS:
        raise typer.BadParameter(
            f"skal være csv eller parquet, ikke {format!r}", param_hint="--format"
        )
    codes = tuple(code.strip() for code in municipalities.split(",") if code.strip())
    try:
        with console.status("Danner syntetiske data …"):
            summary = generate(
                out,
                persons=persons,
                municipalities=codes,
                start=from_,
                end=to,
                seed=seed,
                fmt=cast(Format, format),
                with_cpr=with_cpr,
            )
    except ValueError as exc:
        console.print(f"[red]Fejl:[/red] {exc}")
        raise typer.Exit(code=2) from exc
    _print_summary(console, summary)


def _number(value: float, pattern: str = "#,##0") -> str:
    return str(format_decimal(value, format=pattern, locale="da_DK"))


def _print_summary(console: Console, summary: GenerationSummary) -> None:
    table = Table(title=f"Syntetiske data skrevet til {summary.out_dir}")
    table.add_column("Tabel")
    table.add_column("Indhold")
    table.add_column("Rækker", justify="right")
    for name, rows in summary.rows.items():
        table.add_row(f"{name}.{summary.fmt}", TABLES_BY_NAME[name].description, _number(rows))
    table.add_row("[bold]I alt[/bold]", "", f"[bold]{_number(sum(summary.rows.values()))}[/bold]")
    console.print(table)
    names = {m.code: m.name for m in resolve_municipalities(tuple(summary.persons_by_municipality))}
    per_municipality = ", ".join(
        f"{code} {names[code]}: {_number(n)}" for code, n in summary.persons_by_municipality.items()
    )
    console.print(f"Borgere: {_number(summary.persons)} ({per_municipality})")
    console.print(
        f"Periode: {summary.period_start.isoformat()} – {summary.period_end.isoformat()}"
        f"  ·  seed {summary.seed}  ·  {'CPR-numre' if summary.with_cpr else 'pseudonymer'}"
        f"  ·  {_number(summary.seconds, '#,##0.0')} sek."
    )
