"""CLI commands for a Spark catalogue: copy the case data there, write the results there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from tilsyn.app import spark_tables as app_spark
from tilsyn.cli.common import WorkspaceOption, actor, as_of_date, console, refusals, workspace

spark_app = typer.Typer(
    help="Spark-katalog: sagsdata ind og resultater ud som tabeller (SPARK_REMOTE for en klynge)."
)

DatabaseOption = typer.Option(
    None,
    "--spark-database",
    envvar="TILSYN_SPARK_DATABASE",
    help="Database i Spark-kataloget med sagsdata (ellers TILSYN_SPARK_DATABASE)",
)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.add_typer(spark_app, name="spark")


@spark_app.command("load")
def spark_load(
    database: str = typer.Option(
        ..., "--spark-database", envvar="TILSYN_SPARK_DATABASE", help="Database i Spark-kataloget"
    ),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Kopiér det aktuelle øjebliksbilledes sagsdata til tabeller i Spark-kataloget."""
    with refusals("--spark-database"):
        tables = app_spark.load_spark_catalogue(actor(), workspace(ws), database=database)
    console.print(f"{len(tables)} tabeller skrevet til {database}: {', '.join(tables)}")


@spark_app.command("results")
def spark_results(
    as_of: str = typer.Option(..., "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD"),
    database: str | None = DatabaseOption,
    results_database: str | None = typer.Option(
        None, "--results-database", help="Database til resultaterne (ellers --spark-database)"
    ),
    ws: Path | None = WorkspaceOption,
) -> None:
    """Beregn forpligtelser, målinger og økonomi på Spark og skriv dem som tabeller."""
    when = as_of_date(as_of)
    with refusals("--results-database"):
        done = app_spark.write_spark_tables(
            actor(),
            workspace(ws),
            as_of=when,
            computed_at=dt.datetime.now(dt.UTC),
            database=database,
            results_database=results_database,
        )
    console.print(f"Øjebliksbillede {done.snapshot_id} → {done.target}:")
    for name, rows in done.rows.items():
        console.print(f"  {name}: {rows} rækker")
