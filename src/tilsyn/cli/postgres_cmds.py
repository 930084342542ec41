"""CLI command for a PostgreSQL warehouse: write the results there as tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from tilsyn.app import postgres_tables as app_postgres
from tilsyn.cli.common import WorkspaceOption, actor, as_of_date, console, refusals, workspace

postgres_app = typer.Typer(
    help="PostgreSQL: resultater ud som tabeller i et skema (TILSYN_POSTGRES_URL)."
)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.add_typer(postgres_app, name="postgres")


@postgres_app.command("results")
def postgres_results(
    as_of: str = typer.Option(..., "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD"),
    schema: str = typer.Option(
        app_postgres.DEFAULT_SCHEMA, "--schema", help="Skema til resultaterne"
    ),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Beregn forpligtelser, målinger og økonomi på PostgreSQL og skriv dem som tabeller."""
    when = as_of_date(as_of)
    with refusals("--schema"):
        done = app_postgres.write_postgres_tables(
            actor(), workspace(ws), as_of=when, computed_at=dt.datetime.now(dt.UTC), schema=schema
        )
    console.print(f"Øjebliksbillede {done.snapshot_id} → skema {done.target}:")
    for name, rows in done.rows.items():
        console.print(f"  {name}: {rows} rækker")
