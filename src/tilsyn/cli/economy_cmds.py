"""CLI commands for the economy: full-year persons, the refund staircase, budget follow-up."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from contextlib import redirect_stdout
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tilsyn.app import economy as app_economy
from tilsyn.cli.common import (
    EngineOption,
    WorkspaceOption,
    actor,
    as_of_date,
    console,
    fail,
    refusals,
    today,
    workspace,
)
from tilsyn.cli.options import CountMethod
from tilsyn.cli.output import OutputFormat, emit, to_json
from tilsyn.present import budget as present_budget
from tilsyn.present import cells, headers
from tilsyn.present import refund as refund_page

if TYPE_CHECKING:
    from tilsyn.app.economy import FollowUpRow

MunicipalityOption = typer.Option(None, "--municipality", help="Kommunekode (3 cifre)")
AsOfOption = typer.Option(None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD (ellers i dag)")
FormatOption = typer.Option(OutputFormat.table, "--format", help="table, csv eller json")


def _municipality(value: str | None) -> str | None:
    if value is not None and not (len(value) == 3 and value.isdigit()):
        fail(f"--municipality: '{value}' er ikke en kommunekode med 3 cifre")
    return value


def fulltime_command(
    year: int = typer.Option(..., "--year", help="År"),
    municipality: str | None = MunicipalityOption,
    as_of: str | None = AsOfOption,
    method: CountMethod = typer.Option(
        CountMethod.uger, "--method", help="uger (som jobindsats) eller dage"
    ),
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Helårspersoner for hver kommune, ydelse og måned, med prognose for resten af året."""
    on = as_of_date(as_of, default=today())
    with refusals():
        result = app_economy.fulltime(
            actor(),
            workspace(ws),
            year=year,
            as_of=on,
            municipality=_municipality(municipality),
            method=method.code,
            engine=engine,
        )
    months = result.month_records()
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(months) + "\n")
        return
    emit(
        months,
        fmt,
        headers=headers.FULLTIME,
        title=f"Helårspersoner {year} pr. {on}",
        formatters=cells.FULLTIME,
    )
    if fmt is OutputFormat.table:
        emit(
            result.totals,
            fmt,
            headers=headers.FULLTIME,
            title=f"År til dato og hele {year}",
            formatters=cells.FULLTIME,
        )


def refund_command(
    from_week: str = typer.Option(..., "--from", help="Første ISO-uge, fx 2024-W01"),
    to_week: str = typer.Option(..., "--to", help="Sidste ISO-uge, fx 2024-W52"),
    person: str | None = typer.Option(None, "--person", help="Borgerens pseudonym"),
    municipality: str | None = MunicipalityOption,
    as_of: str | None = AsOfOption,
    export: Path | None = typer.Option(
        None, "--export", help="Skriv en CSV i Ydelsesrefusions kolonner (KOMBIT) til denne fil"
    ),
    with_cpr: bool = typer.Option(
        False, "--with-cpr", help="Udfyld 'CPR nummer' i eksportfilen med CPR (kun i filen)"
    ),
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Refusionstrappen: uge på trappen, sats og refusion/medfinansiering pr. borger og uge."""
    on = as_of_date(as_of, default=today())
    if with_cpr and export is None:
        fail("--with-cpr kræver --export: CPR-numre skrives kun til en fil")
    municipality = _municipality(municipality)
    if export is not None:
        with refusals():
            count = app_economy.refund_export(
                actor(),
                workspace(ws),
                path=export,
                with_cpr=with_cpr,
                from_week=from_week,
                to_week=to_week,
                as_of=on,
                person=person,
                municipality=municipality,
            )
        console.print(f"{count} linjer skrevet til {export}")
        return
    with refusals():
        rows = app_economy.refund(
            actor(),
            workspace(ws),
            from_week=from_week,
            to_week=to_week,
            as_of=on,
            person=person,
            municipality=municipality,
            engine=engine,
        )
    columns = ["person_id", "week", "benefit", "staircase_week", "rate", "step", "financing"]
    if rows and "amount" in rows[0]:
        columns += ["amount", "refund", "cofinancing"]
    shown = rows
    if fmt is OutputFormat.table and len(rows) > refund_page.PAGE:
        _print_refund_totals(refund_page.refund_totals(rows))
        shown = rows[: refund_page.PAGE]
    emit(
        shown,
        fmt,
        columns=columns,
        headers=headers.REFUND,
        title="Refusionstrappen",
        formatters=cells.REFUND,
    )


def _print_refund_totals(totals: refund_page.RefundTotals) -> None:
    from tilsyn.present.danish import integer, number

    console.print(
        f"I alt: {integer(totals.rows)} borger-uger for {integer(totals.persons)} borgere"
    )
    for label, value in (
        ("Udbetalt", totals.amount),
        ("Refusion", totals.refund),
        ("Medfinansiering", totals.cofinancing),
    ):
        if value is not None:
            console.print(f"  {label}: {number(value, 2)} kr.")
    console.print(
        f"Viser de første {refund_page.PAGE} af {integer(totals.rows)} rækker; "
        "alle rækker med --format csv (til Excel) eller --export FIL."
    )


class BudgetFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


BUDGET_TABLE_MIN_WIDTH = 140


def budget_command(
    budget_file: Path = typer.Option(
        ..., "--budget", help="Budgetfil (CSV eller XLSX), beløb i mio. kr."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Opfølgningsdato ÅÅÅÅ-MM-DD (forbrug pr.); ellers i dag"
    ),
    sheet: str | None = typer.Option(None, "--sheet", help="Ark i XLSX-filen (ellers det første)"),
    fmt: BudgetFormat = typer.Option(BudgetFormat.table, "--format", "-f", help="Uddataformat"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Uddatafil (kræves for xlsx)"),
    municipality: str | None = typer.Option(
        None, "--municipality", help="Kommunekode for helårspersoner fra sagsdata (3 cifre)"
    ),
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Budgetopfølgning: afvigelse fra oprindeligt og korrigeret budget som i udvalgets tabel."""
    reference = as_of_date(as_of, default=today())
    if fmt is BudgetFormat.xlsx and out is None:
        fail("--format xlsx kræver --out FIL")
    with refusals():
        rows = app_economy.budget(
            actor(),
            workspace(ws),
            budget_file=budget_file,
            as_of=reference,
            sheet=sheet,
            municipality=municipality,
            engine=engine,
        )
    if fmt is BudgetFormat.xlsx:
        assert out is not None
        app_economy.write_budget_xlsx(rows, out, as_of=reference)
        return
    if fmt is BudgetFormat.table:
        _print_budget_table(rows, reference)
        return
    data = app_economy.budget_records(rows)
    if fmt is BudgetFormat.csv:
        for record in data:
            record["warnings"] = " | ".join(record["warnings"])
    columns = present_budget.json_columns()
    titles = present_budget.csv_headers() if fmt is BudgetFormat.csv else None
    if out is None:
        emit(data, OutputFormat(fmt.value), columns=columns, headers=titles)
        return
    with out.open("w", encoding="utf-8", newline="") as target, redirect_stdout(target):
        emit(data, OutputFormat(fmt.value), columns=columns, headers=titles)


def _print_budget_table(rows: Sequence[FollowUpRow], reference: dt.date) -> None:
    from rich.console import Console
    from rich.table import Table

    table_data = present_budget.committee_table(rows, reference)
    table = Table(title=table_data.title)
    for column, title in table_data.headers.items():
        if column == "area":
            table.add_column(title, min_width=20)
        else:
            # Numbers never wrap or truncate; the area names and titles do instead.
            width = max((len(r[column]) for r in table_data.rows), default=1)
            table.add_column(title, justify="right", no_wrap=True, min_width=width)
    for shown in table_data.rows:
        table.add_row(*(shown[c] for c in table_data.headers))
    # Eight columns do not fit 80 characters: better a wide table than squeezed-out names.
    Console(width=max(console.get().width, BUDGET_TABLE_MIN_WIDTH)).print(table)
    for area, note in table_data.notes:
        console.print(f"[bold]{area}:[/] {note}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.command("fulltime")(fulltime_command)
    app.command("refund")(refund_command)
    app.command("budget")(budget_command)
