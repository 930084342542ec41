"""CLI commands for the measures layer: ``tilsyn measures ...`` and ``tilsyn forecast ...``."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb
import typer

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

measures_app = typer.Typer(help="Målinger: fokusmål, tidlig indsats og reformens 75 %-krav.")
forecast_app = typer.Typer(help="Prognoser til årets udgang og handlingslister.")

MEASURE_LABELS = {"interviews": "samtaler", "offers": "tilbud"}


FromMonthOption = typer.Option(..., "--from", help="Første måned ÅÅÅÅ-MM")
ToMonthOption = typer.Option(..., "--to", help="Sidste måned ÅÅÅÅ-MM")
MunicipalityOption = typer.Option(None, "--municipality", help="Kommunekode (3 cifre)")
AsOfOption = typer.Option(None, "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD")
FormatOption = typer.Option(OutputFormat.table, "--format")


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.add_typer(measures_app, name="measures")
    app.add_typer(forecast_app, name="forecast")


def _pct(value: object) -> str:
    return "" if value is None else f"{float(value) * 100:.1f} %".replace(".", ",")  # type: ignore[arg-type]


def _check_format(fmt: OutputFormat, municipality: str | None) -> None:
    if fmt is OutputFormat.csv:
        fail("--format: fokusmål vises som table eller json")
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
    from tilsyn.measures.focus import focus_measures, month_rows, result_to_json

    _check_format(fmt, municipality)
    if not 2000 <= year <= 2100:
        fail(f"--year: '{year}' er ikke et gyldigt årstal")
    when = parse_date(as_of, option="--as-of", default=dt.date(year, 12, 31))
    if when.year != year:
        fail(f"--as-of: {when.isoformat()} ligger ikke i {year}")
    con = engine_connection(ws, engine)
    try:
        results = focus_measures(con, year=year, as_of=when, municipality=municipality)
    finally:
        con.close()
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json([result_to_json(r) for r in results]) + "\n")
        return
    for r in results:
        data = result_to_json(r)
        regime = "skærpet tilsyn" if r.sanction_regime else "ledelsesinformation (ikke sanktion)"
        title = (
            f"Kommune {r.municipality} – fokusmål {MEASURE_LABELS[r.measure]} {year} "
            f"(grænse < {_pct(data['threshold'])}; {regime})"
        )
        alt = r.alternative
        alt_months = month_rows(alt.months) if alt is not None else None
        rows = []
        for i, m in enumerate(month_rows(r.months)):
            row = {
                "month": m["month"],
                "population": m["population"]
                if m["computable"]
                else (
                    "efter opgørelsesdato"
                    if str(m["month"]) > when.strftime("%Y-%m")
                    else "ikke beregnelig"
                ),
                "failing": m["failing"],
                "share": _pct(m["share"]),
            }
            if alt_months is not None:
                row["alt"] = _pct(alt_months[i]["share"])
            rows.append(row)
        headers = {
            "month": "Måned",
            "population": "Population",
            "failing": "Mangler",
            "share": "Andel",
            "alt": f"Andel ved {float(alt.hours or 0):g} t" if alt is not None else "",
        }
        emit(rows, OutputFormat.table, headers=headers, title=title)
        verdict = {True: "opfyldt", False: "IKKE opfyldt", None: "kan ikke beregnes"}[r.met]
        console.print(f"Gennemsnit: {_pct(data['year_average'])} – {verdict}")


@forecast_app.command("focus")
def forecast_focus(
    as_of: str = typer.Option(..., "--as-of", help="Opgørelsesdato ÅÅÅÅ-MM-DD"),
    municipality: str = typer.Option(..., "--municipality", help="Kommunekode (3 cifre)"),
    measure: str = typer.Option("interviews", "--measure", help="interviews eller offers"),
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Prognose for årets fokusmål og de borgere, der skal have en samtale eller et tilbud."""
    from tilsyn.measures.forecast import backtest, forecast, forecast_to_json

    _check_format(fmt, municipality)
    if measure not in ("interviews", "offers"):
        fail(f"--measure: '{measure}' skal være interviews eller offers")
    when = parse_date(as_of, option="--as-of")
    try:
        con = workspace(ws).connect()
    except NoSnapshotError as exc:
        fail(str(exc))
        return
    try:
        fc = forecast(con, as_of=when, municipality=municipality, measure=measure)  # type: ignore[arg-type]
        tests = backtest(con, as_of=when, municipality=municipality, measure=measure)  # type: ignore[arg-type]
    finally:
        con.close()
    data = forecast_to_json(fc, tests)
    audit(ws, "forecast", data["actions"], f"{municipality} {measure} as_of={when.isoformat()}")  # type: ignore[arg-type]
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(data) + "\n")
        return
    console.print(
        f"Kommune {municipality}, fokusmål {MEASURE_LABELS[measure]} {when.year} pr. "
        f"{when.isoformat()}: forventet gennemsnit {_pct(data['projected_average'])} "
        f"(grænse < {_pct(data['threshold'])})"
    )
    for t in tests:
        console.print(
            f"  Efterprøvning: prognose pr. {t.as_of.isoformat()} "
            f"{_pct(t.projected)} mod målt {_pct(t.actual)}"
        )
    if not fc.actions:
        if fc.projected_average is None:
            console.print("Kan ikke beregnes.")
        elif fc.projected_average < fc.threshold:
            console.print("Under grænsen; ingen handling nødvendig.")
        else:
            console.print("Over grænsen, og ingen handling i resten af året kan nå den.")
        return
    console.print(
        f"{len(fc.actions)} borgere skal nå under grænsen"
        + ("" if fc.reachable else " (ikke nok selv med alle)")
        + ": "
        + ", ".join(f"{m}: {n}" for m, n in fc.needed_per_month().items())
    )
    emit(
        data["actions"],  # type: ignore[arg-type]
        OutputFormat.table,
        columns=["person_id", "action", "count", "by_date", "months_gained"],
        headers={
            "person_id": "Borger",
            "action": "Handling",
            "count": "Antal",
            "by_date": "Senest",
            "months_gained": "Måneder vundet",
        },
    )


# --- early-effort follow-up, the 2026 reform and reconciliation with jobindsats -----------


def _month_range(from_: str, to: str) -> tuple[dt.date, dt.date]:
    first, last = _month(from_, "--from"), _month(to, "--to")
    if last < first:
        fail("--to ligger før --from")
    return first, last


def _month(value: str, option: str) -> dt.date:
    try:
        year, month = value.split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError(value)
        return dt.date(int(year), int(month), 1)
    except ValueError:
        fail(f"{option}: '{value}' er ikke en måned som ÅÅÅÅ-MM")
        raise


def _as_of(value: str | None) -> dt.date:
    return parse_date(value, option="--as-of", default=today())


def _connect(ws: Path | None, engine: str = "duckdb") -> duckdb.DuckDBPyConnection:
    # Another engine's connection speaks the same SQL (see tilsyn.engines.connection).
    con: duckdb.DuckDBPyConnection = engine_connection(ws, engine)
    return con


EARLY_HEADERS = {
    "municipality": "Kommune",
    "month": "Måned",
    "part": "Del",
    "population": "Personer",
    "compliant": "Opfyldt",
    "share_pct": "Andel %",
    "threshold_pct": "Grænse %",
    "below": "Under",
    "run": "Måneder i træk",
    "flagged": "STAR skriver",
    "complete": "Hel måned",
}


@measures_app.command("early")
def measures_early(
    from_: str = FromMonthOption,
    to: str = ToMonthOption,
    municipality: str | None = MunicipalityOption,
    part: str | None = typer.Option(
        None, "--part", help="samtaler, tilbud eller dagpenge_samtaler (standard: alle)"
    ),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """STAR's opfølgning på den tidlige indsats (80 %-modellen) og dagpengemålingen ved 6 mdr."""
    from tilsyn.measures.early import PART_LABELS, early_followup

    first, last = _month_range(from_, to)
    if part is not None and part not in PART_LABELS:
        fail(f"--part: '{part}' skal være en af {', '.join(PART_LABELS)}")
    when = _as_of(as_of)
    con = _connect(ws, engine)
    try:
        rows = early_followup(
            con, first_month=first, last_month=last, as_of=when, municipality=municipality
        )
    finally:
        con.close()
    out = [r.as_row() for r in rows if part is None or r.part == part]
    _emit_grouped(
        out, fmt, "part", PART_LABELS, EARLY_HEADERS, "Ingen personer når 6 måneder i perioden."
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


REFORM_HEADERS = {
    "municipality": "Kommune",
    "month": "Måned",
    "rule": "Regel",
    "group": "Gruppe",
    "population": "Personer",
    "compliant": "Opfyldt",
    "share_pct": "Andel %",
    "required_pct": "Krav %",
    "meets": "Opfylder",
    "rolling_share_pct": "Løbende %",
    "run": "Måneder i træk",
    "at_risk": "I risiko",
    "exempted": "Undtaget",
    "exempted_pct": "Undtaget %",
    "exemption_ok": "≤ 25 %",
    "noncompliant_unexempted": "Mangler uden undtagelse",
    "complete": "Hel måned",
}


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
    from tilsyn.measures.reform import RULE_LABELS, reform_report

    first, last = _month_range(from_, to)
    when = _as_of(as_of)
    con = _connect(ws, engine)
    try:
        rows, members = reform_report(
            con, first_month=first, last_month=last, as_of=when, municipality=municipality
        )
    finally:
        con.close()
    if persons:
        missing = [
            {
                "person_id": m.person_id,
                "municipality": m.municipality,
                "rule": m.rule,
                "group": m.group,
                "window_start": m.window_start,
                "point": m.point,
                "found": m.found,
                "required": m.required,
            }
            for m in members
            if not m.compliant and not m.exempted
        ]
        audit(ws, "reform-persons", missing, f"{first:%Y-%m}..{last:%Y-%m}")
        emit(missing, fmt, title="Borgere uden samtale/tilbud og uden dokumenteret undtagelse")
        return
    out = [r.as_row() for r in rows]
    _emit_grouped(
        out,
        fmt,
        "rule",
        RULE_LABELS,
        REFORM_HEADERS,
        "Ingen forløb under reformens regler i perioden.",
    )


@measures_app.command("reconcile")
def measures_reconcile(
    official: Path = typer.Option(..., "--official", help="jobindsats CSV-eksport eller JSON-svar"),
    measure: str = typer.Option(..., "--measure", help="Navnet på målets kolonne (en andel i %)"),
    from_: str = FromMonthOption,
    to: str = ToMonthOption,
    municipality: str = typer.Option(..., "--municipality", help="Kommunekode (3 cifre)"),
    area: str | None = typer.Option(None, "--area", help="Kommunens navn hos jobindsats"),
    part: str = typer.Option("samtaler", "--part", help="samtaler, tilbud eller dagpenge_samtaler"),
    dimension: list[str] = typer.Option([], "--dimension", help="Kun rækker med KOLONNE=VÆRDI"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Vores tal for den tidlige indsats ved siden af jobindsats.dk's officielle, med forskel."""
    from tilsyn.measures.early import PART_LABELS, early_followup
    from tilsyn.measures.jobindsats import JobindsatsError, read_official
    from tilsyn.measures.reconcile import ReconcileError, reconcile

    first, last = _month(from_, "--from"), _month(to, "--to")
    if part not in PART_LABELS:
        fail(f"--part: '{part}' skal være en af {', '.join(PART_LABELS)}")
    dims: dict[str, str] = {}
    for d in dimension:
        key, sep, value = d.partition("=")
        if not sep:
            fail(f"--dimension: '{d}' skal være KOLONNE=VÆRDI")
        dims[key] = value
    try:
        figures = read_official(official, measures=[measure])
    except (JobindsatsError, OSError) as exc:
        fail(f"--official: {exc}")
        return
    when = _as_of(as_of)
    con = _connect(ws)
    try:
        ours = early_followup(
            con, first_month=first, last_month=last, as_of=when, municipality=municipality
        )
    finally:
        con.close()
    try:
        rows = reconcile(
            ours,
            [f for f in figures if f.month is not None and first <= f.month <= last],
            part=part,
            measure=measure,
            areas={municipality: area or municipality},
            dimensions=dims,
        )
    except ReconcileError as exc:
        fail(str(exc))
        return
    emit(
        [r.as_row() for r in rows],
        fmt,
        headers={
            "municipality": "Kommune",
            "month": "Måned",
            "ours_population": "Personer (vores)",
            "ours_pct": "Vores %",
            "official_pct": "jobindsats %",
            "difference_pp": "Forskel (pct.-point)",
        },
        title=f"{PART_LABELS[part]}: vores tal mod jobindsats.dk",
    )


@measures_app.command("jobindsats")
def measures_jobindsats(
    table: str = typer.Option(..., "--table", help="Tabel-id, fx y30r21"),
    period: list[str] = typer.Option(..., "--period", help="Periode, fx 2024M03 eller latest:14"),
    out: Path = typer.Option(..., "--out", help="Gem svaret (JSON) her"),
    version: str = typer.Option("v2", "--version", help="API-version v2 eller v3"),
    token: str = typer.Option(
        ..., "--token", envvar="JOBINDSATS_TOKEN", help="API-nøgle (eller JOBINDSATS_TOKEN)"
    ),
) -> None:
    """Hent en tabel fra jobindsats.dk's API og gem svaret til `measures reconcile`."""
    import json

    from tilsyn.measures.jobindsats import JobindsatsClient, JobindsatsError

    if version not in ("v2", "v3"):
        fail(f"--version: '{version}' skal være v2 eller v3")
    try:
        with JobindsatsClient(token, version=version) as client:  # type: ignore[arg-type]
            payload = client.data_payload(table, periods=period)
    except JobindsatsError as exc:
        fail(str(exc))
        return
    except Exception as exc:  # network errors: say what failed, exit 1
        fail(f"kunne ikke hente fra jobindsats: {exc}", code=1)
        return
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    console.print(f"Gemt i {out}")
