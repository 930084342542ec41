"""CLI commands for the economy layer."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from contextlib import redirect_stdout
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from tilsyn.cli import labels
from tilsyn.cli.common import (
    EngineOption,
    WorkspaceOption,
    audit,
    console,
    engine_connection,
    fail,
    parse_date,
    today,
    workspace,
)
from tilsyn.cli.output import OutputFormat, emit, to_json
from tilsyn.data.workspace import NoSnapshotError
from tilsyn.economy.budget_io import TABLE_COLUMNS

if TYPE_CHECKING:
    from tilsyn.economy.budget import FollowUpRow, FulltimeOutlook, OutlookSource


def _today() -> dt.date:
    # The CLI takes "now" once; the engines get it as an argument.
    return today()


FULLTIME_HEADERS = {
    "municipality": "Kommune",
    "benefit": "Ydelse",
    "month": "Måned",
    "fulltime_persons": "Helårspersoner",
    "is_forecast": "Prognose",
    "estimator": "Metode",
    "backtest_error": "Backtest-fejl (WAPE)",
    "year_to_date": "År til dato",
    "months_actual": "Faktiske mdr.",
    "whole_year": "Hele året",
}


FULLTIME_FORMATTERS = {
    "fulltime_persons": labels.number,
    "year_to_date": labels.number,
    "whole_year": labels.number,
    "is_forecast": labels.yes_no,
    "estimator": labels.estimator,
    "backtest_error": labels.percent,
}


def fulltime_command(
    year: int = typer.Option(..., "--year", help="År"),
    municipality: str | None = typer.Option(None, "--municipality", help="Kommunekode (3 cifre)"),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD (ellers i dag)"
    ),
    method: str = typer.Option("weeks", "--method", help="weeks (jobindsats) eller days"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv eller json"),
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Helårspersoner pr. kommune, ydelse og måned med prognose for resten af året."""
    from tilsyn.economy.fulltime_forecast import forecast_fulltime, year_totals

    on = parse_date(as_of, option="--as-of", default=_today())
    if method not in ("weeks", "days"):
        fail(f"--method: '{method}' skal være weeks eller days")
    con = engine_connection(ws, engine)
    try:
        rows = forecast_fulltime(con, year, on, municipality, method=method)
    except ValueError as exc:
        fail(str(exc))
        return
    finally:
        con.close()
    months: list[dict[str, Any]] = []
    for r in rows:
        d = r.as_dict()
        d["month"] = r.month.strftime("%Y-%m")
        d.pop("period_units")
        months.append(d)
    totals = year_totals(rows)
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(months) + "\n")
        return
    emit(
        months,
        fmt,
        headers=FULLTIME_HEADERS,
        title=f"Helårspersoner {year} pr. {on}",
        formatters=FULLTIME_FORMATTERS,
    )
    if fmt is OutputFormat.table:
        emit(
            totals,
            fmt,
            headers=FULLTIME_HEADERS,
            title=f"År til dato og hele {year}",
            formatters=FULLTIME_FORMATTERS,
        )


REFUND_HEADERS = {
    "person_id": "Borger",
    "week": "Uge",
    "benefit": "Ydelse",
    "municipality": "Kommune",
    "staircase_week": "Uge på trappen",
    "step": "Trin",
    "rate": "Sats",
    "financing": "Finansiering",
    "amount": "Udbetalt",
    "refund": "Refusion",
    "cofinancing": "Medfinansiering",
}


def refund_command(
    from_week: str = typer.Option(..., "--from", help="Første ISO-uge, fx 2024-W01"),
    to_week: str = typer.Option(..., "--to", help="Sidste ISO-uge, fx 2024-W52"),
    person: str | None = typer.Option(None, "--person", help="Borgerens pseudonym"),
    municipality: str | None = typer.Option(None, "--municipality", help="Kommunekode (3 cifre)"),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD (ellers i dag)"
    ),
    export: Path | None = typer.Option(
        None, "--export", help="Skriv en CSV i Ydelsesrefusions kolonner (KOMBIT) til denne fil"
    ),
    with_cpr: bool = typer.Option(
        False, "--with-cpr", help="Udfyld 'CPR nummer' i eksportfilen med CPR (kun i filen)"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv eller json"),
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Refusionstrappen: uge på trappen, sats og refusion/medfinansiering pr. borger og uge."""
    from tilsyn.economy.kombit_export import load_cprs, write_kombit_csv
    from tilsyn.economy.staircase import staircase_weeks

    on = parse_date(as_of, option="--as-of", default=_today())
    if with_cpr and export is None:
        fail("--with-cpr kræver --export: CPR-numre skrives kun til en fil")
    space = workspace(ws)
    try:
        sid = space.require_current()
    except NoSnapshotError as exc:
        fail(str(exc))
        return
    con = engine_connection(ws, engine)
    try:
        rows = staircase_weeks(
            con, from_week, to_week, on, person=person, municipality=municipality
        )
    except ValueError as exc:
        fail(str(exc))
        return
    finally:
        con.close()
    detail = f"{from_week}..{to_week}" + (" med CPR til fil" if with_cpr else "")
    audit(ws, "refund", rows, detail)
    if export is not None:
        cprs = load_cprs(space.identities_path(sid)) if with_cpr else None
        count = write_kombit_csv(export, rows, cprs)
        console.print(f"{count} linjer skrevet til {export}")
        return
    columns = ["person_id", "week", "benefit", "staircase_week", "rate", "step", "financing"]
    if rows and "amount" in rows[0]:
        columns += ["amount", "refund", "cofinancing"]
    emit(
        rows,
        fmt,
        columns=columns,
        headers=REFUND_HEADERS,
        title="Refusionstrappen",
        formatters={
            "rate": labels.rate,
            "amount": labels.amount,
            "refund": labels.amount,
            "cofinancing": labels.amount,
        },
    )


# --- Budget follow-up (issue "Economy", part 3) -------------------------------------------


class BudgetFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


BUDGET_TABLE_MIN_WIDTH = 140
# The committee's columns (TABLE_COLUMNS), with the hierarchy and the reasons added.
BUDGET_JSON_COLUMNS = (
    TABLE_COLUMNS[0],
    "parent",
    *TABLE_COLUMNS[1:],
    "forecast_basis",
    "explanation",
    "warnings",
)


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
) -> None:
    """Budgetopfølgning: afvigelse fra oprindeligt og korrigeret budget som i udvalgets tabel."""
    from tilsyn.economy.budget import BudgetInputError, follow_up, records
    from tilsyn.economy.budget_io import read_budget, write_xlsx

    reference = parse_date(as_of, option="--as-of", default=_today())
    if fmt is BudgetFormat.xlsx and out is None:
        fail("--format xlsx kræver --out FIL")
    if not budget_file.is_file():
        fail(f"{budget_file}: filen findes ikke")
    try:
        lines = read_budget(budget_file, sheet=sheet)
        rows = follow_up(lines, as_of=reference, outlook=_budget_outlook(ws, municipality))
    except BudgetInputError as exc:
        fail(str(exc if exc.file else exc.in_file(budget_file.name)))
        return
    if fmt is BudgetFormat.xlsx:
        assert out is not None
        write_xlsx(rows, out, as_of=reference)
        return
    if fmt is BudgetFormat.table:
        _print_budget_table(rows, reference)
        return
    data = records(rows)
    if fmt is BudgetFormat.csv:
        for record in data:
            record["warnings"] = " | ".join(record["warnings"])
    if out is None:
        emit(data, OutputFormat(fmt.value), columns=BUDGET_JSON_COLUMNS)
        return
    with out.open("w", encoding="utf-8", newline="") as target, redirect_stdout(target):
        emit(data, OutputFormat(fmt.value), columns=BUDGET_JSON_COLUMNS)


def _budget_outlook(path: Path | None, municipality: str | None) -> OutlookSource:
    """Open the snapshot only if a budget area needs full-year persons from case data."""
    from tilsyn.economy.budget import BudgetInputError, snapshot_outlook

    opened: list[OutlookSource] = []

    def source(benefits: tuple[str, ...], year: int, as_of: dt.date) -> FulltimeOutlook:
        if not opened:
            try:
                con = workspace(path).connect(read_only=True)
            except NoSnapshotError as exc:
                raise BudgetInputError(
                    f"forecast mangler, og helårspersoner kræver sagsdata: {exc}"
                ) from exc
            opened.append(snapshot_outlook(con, municipality=municipality))
        return opened[0](benefits, year, as_of)

    return source


def _print_budget_table(rows: Sequence[FollowUpRow], reference: dt.date) -> None:
    from rich.console import Console
    from rich.table import Table

    from tilsyn.economy.budget_io import display_rows, table_headers

    headers = table_headers(reference)
    headers["area"] = "Område"
    # Two-line titles keep the table readable in an 80-column terminal.
    headers = {k: v.replace(" ", "\n", 1) if k != "area" else v for k, v in headers.items()}
    table = Table(title=f"Budgetopfølgning pr. {reference:%d/%m/%Y} i mio. kr.")
    shown_rows = display_rows(rows)
    for column in TABLE_COLUMNS:
        if column == "area":
            table.add_column(headers[column], min_width=20)
        else:
            # Numbers never wrap or truncate; the area names and titles do instead.
            width = max((len(r[column]) for r in shown_rows), default=1)
            table.add_column(headers[column], justify="right", no_wrap=True, min_width=width)
    notes: list[tuple[str, str]] = []
    for row, shown in zip(rows, shown_rows, strict=True):
        table.add_row(*(shown[c] for c in TABLE_COLUMNS))
        if row.explanation:
            notes.append((row.area, row.explanation))
        notes.extend((row.area, w.message) for w in row.warnings)
    # Eight columns do not fit 80 characters: better a wide table than squeezed-out names.
    Console(width=max(console.width, BUDGET_TABLE_MIN_WIDTH)).print(table)
    for area, note in notes:
        console.print(f"[bold]{area}:[/] {note}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.command("fulltime")(fulltime_command)
    app.command("refund")(refund_command)
    app.command("budget")(budget_command)
