"""CLI commands for measures: ``tilsyn measures ...`` and ``tilsyn forecast ...``."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer

from tilsyn.app import measures as app_measures
from tilsyn.app.errors import ServiceUnavailable
from tilsyn.cli.common import (
    EngineOption,
    WorkspaceOption,
    actor,
    as_of_date,
    console,
    fail,
    parse_month,
    refusals,
    today,
    workspace,
)
from tilsyn.cli.options import ApiVersion, FocusMeasure, Part
from tilsyn.cli.output import OutputFormat, emit, to_json
from tilsyn.present import headers, labels
from tilsyn.present.measures import focus_table, forecast_actions, forecast_lines

measures_app = typer.Typer(help="Målinger: fokusmål, tidlig indsats og reformens 75 %-krav.")
forecast_app = typer.Typer(help="Prognoser til årets udgang og handlingslister.")

FromMonthOption = typer.Option(..., "--from", help="Første måned ÅÅÅÅ-MM")
ToMonthOption = typer.Option(..., "--to", help="Sidste måned ÅÅÅÅ-MM")
MunicipalityOption = typer.Option(None, "--municipality", help="Kommunekode (3 cifre)")
AsOfOption = typer.Option(None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD")
FormatOption = typer.Option(OutputFormat.table, "--format")


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.add_typer(measures_app, name="measures")
    app.add_typer(forecast_app, name="forecast")


def _check_format(fmt: OutputFormat, municipality: str | None) -> None:
    if fmt is OutputFormat.csv:
        fail("--format: fokusmål vises som table eller json")
    _check_municipality(municipality)


def _check_municipality(municipality: str | None) -> None:
    if municipality is not None and not (len(municipality) == 3 and municipality.isdigit()):
        fail(f"--municipality: '{municipality}' er ikke en kommunekode med 3 cifre")


@measures_app.command("focus")
def measures_focus(
    year: int = typer.Option(..., "--year", help="Kalenderår"),
    municipality: str | None = MunicipalityOption,
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """STAR's fokusmål for skærpet tilsyn pr. kommune og måned."""
    _check_format(fmt, municipality)
    if not 2000 <= year <= 2100:
        fail(f"--year: '{year}' er ikke et gyldigt årstal")
    when = as_of_date(as_of, default=dt.date(year, 12, 31))
    with refusals("--as-of"):
        results = app_measures.focus(
            actor(), workspace(ws), year=year, as_of=when, municipality=municipality, engine=engine
        )
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(app_measures.focus_json(results)) + "\n")
        return
    for r in results:
        table = focus_table(r, when)
        emit(table.rows, OutputFormat.table, headers=table.headers, title=table.title)
        console.print(table.summary)


@forecast_app.command("focus")
def forecast_focus(
    as_of: str = typer.Option(..., "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD"),
    municipality: str = typer.Option(..., "--municipality", help="Kommunekode (3 cifre)"),
    measure: FocusMeasure = typer.Option(FocusMeasure.samtaler, "--measure", help="Fokusmål"),
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Prognose for årets fokusmål og de borgere, der skal have en samtale eller et tilbud."""
    _check_format(fmt, municipality)
    when = as_of_date(as_of)
    with refusals("--measure"):
        result = app_measures.focus_forecast(
            actor(),
            workspace(ws),
            as_of=when,
            municipality=municipality,
            measure="interviews" if measure is FocusMeasure.samtaler else "offers",
            engine=engine,
        )
    if fmt is OutputFormat.json:
        data = app_measures.forecast_json(result)
        sys.stdout.write(to_json(data) + "\n")
        return
    for line in forecast_lines(result.forecast, result.backtest):
        console.print(line)
    if result.forecast.actions:
        emit(
            forecast_actions(result.forecast),
            OutputFormat.table,
            columns=list(headers.FORECAST_ACTION),
            headers=headers.FORECAST_ACTION,
        )


# --- early-effort follow-up, the 2026 reform and reconciliation with jobindsats -----------


def _month_range(from_: str, to: str) -> tuple[dt.date, dt.date]:
    first, last = parse_month(from_, "--from"), parse_month(to, "--to")
    if last < first:
        fail("--to ligger før --from")
    return first, last


@measures_app.command("early")
def measures_early(
    from_: str = FromMonthOption,
    to: str = ToMonthOption,
    municipality: str | None = MunicipalityOption,
    part: Part | None = typer.Option(None, "--part", help="Kun denne del (standard: alle)"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """STAR's opfølgning på den tidlige indsats (80 %-modellen) og dagpengemålingen ved 6 mdr."""
    first, last = _month_range(from_, to)
    when = as_of_date(as_of, default=today())
    with refusals():
        rows = app_measures.early(
            actor(),
            workspace(ws),
            first_month=first,
            last_month=last,
            as_of=when,
            municipality=municipality,
            part=None if part is None else part.value,
            engine=engine,
        )
    _emit_grouped(
        [r.as_row() for r in rows],
        fmt,
        "part",
        labels.EARLY_PART,
        headers.EARLY,
        "Ingen personer når 6 måneder i perioden.",
    )


def _emit_grouped(
    out: list[dict[str, Any]],
    fmt: OutputFormat,
    key: str,
    titles: Mapping[str, str],
    headers: Mapping[str, str],
    empty: str,
) -> None:
    """Tables: one per value of ``key`` (its title from ``titles``); CSV/JSON: one list."""
    if fmt is not OutputFormat.table:
        emit(out, fmt, columns=list(headers))
        return
    for value, title in titles.items():
        group = [r for r in out if r[key] == value]
        if group:
            emit(group, fmt, columns=[c for c in headers if c != key], headers=headers, title=title)
    if not out:
        console.print(empty)


@measures_app.command("reform")
def measures_reform(
    from_: str = FromMonthOption,
    to: str = ToMonthOption,
    municipality: str | None = MunicipalityOption,
    persons: bool = typer.Option(
        False, "--persons", help="Vis borgere, der mangler samtale/tilbud uden undtagelse"
    ),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Reformens krav (lov nr. 1750/2025): første samtale, 75 %-krav, undtagelser, 16 mdr."""
    first, last = _month_range(from_, to)
    when = as_of_date(as_of, default=today())
    if persons:
        with refusals():
            missing = app_measures.reform_missing(
                actor(),
                workspace(ws),
                first_month=first,
                last_month=last,
                as_of=when,
                municipality=municipality,
            )
        emit(missing, fmt, title="Borgere uden samtale/tilbud og uden dokumenteret undtagelse")
        return
    with refusals():
        rows = app_measures.reform(
            actor(),
            workspace(ws),
            first_month=first,
            last_month=last,
            as_of=when,
            municipality=municipality,
            engine=engine,
        )
    _emit_grouped(
        [r.as_row() for r in rows],
        fmt,
        "rule",
        labels.REFORM_RULE,
        headers.REFORM,
        "Ingen forløb under reformens regler i perioden.",
    )
    if fmt is OutputFormat.table:
        with refusals():
            recorded = app_measures.akasse_recorded(actor(), workspace(ws), engine=engine)
        if not recorded:
            console.print(
                f"{labels.REFORM_RULE['akasse_samtaler_75']}: {labels.AKASSE_NOT_COMPUTABLE}"
            )


@measures_app.command("reconcile")
def measures_reconcile(
    official: Path = typer.Option(..., "--official", help="jobindsats CSV-eksport eller JSON-svar"),
    measure: str = typer.Option(..., "--measure", help="Navnet på målets kolonne (en andel i %)"),
    from_: str = FromMonthOption,
    to: str = ToMonthOption,
    municipality: str = typer.Option(..., "--municipality", help="Kommunekode (3 cifre)"),
    area: str | None = typer.Option(None, "--area", help="Kommunens navn hos jobindsats"),
    part: Part = typer.Option(Part.samtaler, "--part", help="Del af opfølgningen"),
    dimension: list[str] = typer.Option([], "--dimension", help="Kun rækker med KOLONNE=VÆRDI"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Vores tal for den tidlige indsats ved siden af jobindsats.dk's officielle, med forskel."""
    first, last = parse_month(from_, "--from"), parse_month(to, "--to")
    dims: dict[str, str] = {}
    for d in dimension:
        key, sep, value = d.partition("=")
        if not sep:
            fail(f"--dimension: '{d}' skal være KOLONNE=VÆRDI")
        dims[key] = value
    if not official.exists():
        fail(f"--official: {official} findes ikke")
    when = as_of_date(as_of, default=today())
    with refusals():
        rows = app_measures.reconcile(
            actor(),
            workspace(ws),
            official=official,
            measure=measure,
            first_month=first,
            last_month=last,
            as_of=when,
            municipality=municipality,
            part=part.value,
            area=area,
            dimensions=dims,
            engine=engine,
        )
    emit(
        [r.as_row() for r in rows],
        fmt,
        headers=headers.RECONCILE,
        title=f"{labels.EARLY_PART[part.value]}: vores tal mod jobindsats.dk",
    )


@measures_app.command("jobindsats")
def measures_jobindsats(
    table: str = typer.Option(..., "--table", help="Tabel-id, fx y30r21"),
    period: list[str] = typer.Option(..., "--period", help="Periode, fx 2024M03 eller latest:14"),
    out: Path = typer.Option(..., "--out", help="Gem svaret (JSON) her"),
    version: ApiVersion = typer.Option(ApiVersion.v2, "--version", help="API-version"),
    token: str = typer.Option(
        ..., "--token", envvar="JOBINDSATS_TOKEN", help="API-nøgle (eller JOBINDSATS_TOKEN)"
    ),
) -> None:
    """Hent en tabel fra jobindsats.dk's API og gem svaret til `measures reconcile`."""
    with refusals():
        try:
            app_measures.fetch_jobindsats(
                actor(), table=table, periods=period, out=out, token=token, version=version.value
            )
        except ServiceUnavailable as exc:  # the network, not the request: status 1
            fail(str(exc), code=1)
    console.print(f"Gemt i {out}")
