"""CLI commands for the rules layer."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import duckdb
import typer

from tilsyn.cli import labels
from tilsyn.cli.common import (
    EngineOption,
    WorkspaceOption,
    audit,
    console,
    engine_connection,
    err_console,
    fail,
    parse_date,
    today,
    workspace,
)
from tilsyn.cli.output import OutputFormat, emit, to_json
from tilsyn.data.workspace import NoSnapshotError
from tilsyn.rules import evaluate as evaluate_mod
from tilsyn.rules import explain as explain_mod
from tilsyn.rules.catalogue import (
    Catalogue,
    build_catalogue,
    catalogue_json,
    format_value,
    parameter_rows,
    render_markdown,
    rule_rows,
)
from tilsyn.rules.parameters import ParameterError

rules_app = typer.Typer(
    name="rules",
    help="Regler og parametre: katalog med historik og retskilder.",
    no_args_is_help=True,
)


class CatalogueFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


RULE_HEADERS = {
    "rule_id": "Regel",
    "kind": "Forpligtelse",
    "label": "Betegnelse",
    "version": "Version",
    "folder": "Område",
    "parameters": "Parametre",
}
PARAMETER_HEADERS = {
    "parameter_id": "Parameter",
    "label": "Betegnelse",
    "effective_from": "Gælder fra",
    "effective_to": "Gælder til (ekskl.)",
    "value": "Værdi",
    "confidence": "Sikkerhed",
    "reference": "Reference",
}


def _load_catalogue(prefix: str | None) -> Catalogue:
    try:
        catalogue = build_catalogue()
    except ParameterError as exc:
        fail(str(exc))
        raise  # unreachable; fail() exits
    if prefix is None:
        return catalogue
    # Ids are dotted for parameters and bare for rules; accept a folder prefix for both.
    dotted = prefix.replace("/", ".")
    rules = tuple(
        r for r in catalogue.rules if r.id.startswith(prefix) or r.folder.startswith(prefix)
    )
    params = tuple(p for p in catalogue.parameters if p.id.startswith(dotted))
    if not rules and not params:
        fail(f"--prefix: ingen regler eller parametre begynder med '{prefix}'")
    return Catalogue(rules=rules, parameters=params)


@rules_app.command("list")
def list_command(
    fmt: CatalogueFormat = typer.Option(
        CatalogueFormat.table, "--format", "-f", help="table, csv, json eller markdown"
    ),
    prefix: str | None = typer.Option(
        None, "--prefix", help="Kun regler/parametre under dette område, fx sygedagpengeloven"
    ),
) -> None:
    """Vis alle regler og parametre med værdier, gyldighedsperioder og retskilder."""
    catalogue = _load_catalogue(prefix)
    if fmt is CatalogueFormat.json:
        sys.stdout.write(to_json(catalogue_json(catalogue)) + "\n")
        return
    if fmt is CatalogueFormat.markdown:
        sys.stdout.write(render_markdown(catalogue))
        return
    out = OutputFormat(fmt.value)
    if out is OutputFormat.csv:
        # One CSV stream cannot hold two tables; the parameter history is the useful one.
        emit(parameter_rows(catalogue), out, columns=list(PARAMETER_HEADERS))
        return
    emit(
        rule_rows(catalogue), out, columns=list(RULE_HEADERS), headers=RULE_HEADERS, title="Regler"
    )
    emit(
        parameter_rows(catalogue),
        out,
        columns=list(PARAMETER_HEADERS),
        headers=PARAMETER_HEADERS,
        title="Parametre",
    )


@rules_app.command("docs")
def docs_command(
    out: Path = typer.Option(Path("docs/rules.md"), "--out", help="Fil der skrives"),
    check: bool = typer.Option(
        False, "--check", help="Skriv ikke; afslut med status 1, hvis filen er forældet"
    ),
) -> None:
    """Generér regelkataloget som Markdown (docs/rules.md)."""
    text = render_markdown(_load_catalogue(None))
    current = out.read_text(encoding="utf-8") if out.exists() else None
    if check:
        if current != text:
            err_console.print(f"{out} er forældet: kør `tilsyn rules docs`")
            raise typer.Exit(1)
        console.print(f"{out} er opdateret")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    console.print(f"Skrev {out}")


# --- Obligations: evaluate the rules on the current snapshot -----------------------------

OBLIGATION_HEADERS = {
    "person_id": "Borger",
    "municipality": "Kommune",
    "caseworker_id": "Sagsbehandler",
    "benefit": "Ydelse",
    "kind": "Forpligtelse",
    "rule_id": "Regel",
    "rule_version": "Version",
    "reference": "Reference",
    "window_start": "Periode fra",
    "due_date": "Frist",
    "status": "Status",
    "fulfilled_date": "Opfyldt",
    "days_late": "Dage over",
}
OBLIGATION_COLUMNS = list(OBLIGATION_HEADERS)
WORKLIST_COLUMNS = [
    "due_date",
    "status",
    "days_late",
    "person_id",
    "caseworker_id",
    "benefit",
    "kind",
]
TIMELINESS_HEADERS = {
    "met": "Rettidigt",
    "late": "For sent",
    "overdue": "Overskredet",
    "total": "I alt",
    "on_time_share": "Andel rettidigt",
}
OBLIGATION_FORMATTERS = {"status": labels.status, "kind": labels.kind}
AsOfOption = typer.Option(None, "--as-of", help="Referencedato ÅÅÅÅ-MM-DD (standard: i dag)")
FormatOption = typer.Option(OutputFormat.table, "--format", "-f", help="table, csv eller json")


def _as_of(value: str | None) -> dt.date:
    # The CLI is the one place that takes "today"; the engine only sees the argument.
    return parse_date(value, option="--as-of", default=today())


@contextmanager
def _snapshot(ws: Path | None) -> Iterator[duckdb.DuckDBPyConnection]:
    """The current snapshot, writable when possible so results are materialised into it;
    read-only (results kept for this run) when another process holds it."""
    space = workspace(ws)
    try:
        space.require_current()
        try:
            con = space.connect(read_only=False)
        except duckdb.IOException:
            con = space.connect(read_only=True)
    except NoSnapshotError as exc:
        fail(str(exc))
        raise  # unreachable; fail() exits
    try:
        yield con
    finally:
        con.close()


def _obligations_on(
    ws: Path | None, engine: str, day: dt.date, person: str | None, municipality: str | None
) -> list[dict[str, object]]:
    """Obligations evaluated on PostgreSQL or Spark (not materialised into the snapshot)."""
    from tilsyn.rules.on_engine import evaluate_on

    con = engine_connection(ws, engine)
    try:
        rows: list[dict[str, object]] = evaluate_on(con, day).to_pylist()
    finally:
        con.close()
    return [
        r
        for r in rows
        if (person is None or r["person_id"] == person)
        and (municipality is None or r["municipality"] == municipality)
    ]


def obligations_command(
    person: str | None = typer.Option(None, "--person", help="Kun denne borger"),
    municipality: str | None = typer.Option(None, "--municipality", help="Kun denne kommune"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Vis alle forpligtelser (samtaler, tilbud, Min Plan, sygedagpengeopfølgning) og status."""
    day = _as_of(as_of)
    if engine != "duckdb":
        rows = _obligations_on(ws, engine, day, person, municipality)
    else:
        with _snapshot(ws) as con:
            rows = evaluate_mod.obligations(con, day, person_id=person, municipality=municipality)
    audit(ws, "obligations", rows, f"as_of={day.isoformat()}")
    if person is not None and not rows and fmt is OutputFormat.table:
        console.print(f"Ingen forpligtelser for {person} pr. {day.isoformat()}.")
        return
    emit(
        rows,
        fmt,
        columns=OBLIGATION_COLUMNS,
        headers=OBLIGATION_HEADERS,
        formatters=OBLIGATION_FORMATTERS,
        title=f"Forpligtelser pr. {day.isoformat()}",
    )


def worklist_command(
    caseworker: str | None = typer.Option(None, "--caseworker", help="Sagsbehandler"),
    team: str | None = typer.Option(None, "--team", help="Team"),
    municipality: str | None = typer.Option(None, "--municipality", help="Kommune"),
    within_days: int | None = typer.Option(
        None, "--within-days", help="Kun åbne frister inden for N dage (overskredne altid med)"
    ),
    include_closed: bool = typer.Option(
        False, "--include-closed", help="Medtag sager, hvor borgeren ikke længere får ydelsen"
    ),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Arbejdsliste for aktive sager: overskredne frister først, derefter åbne efter frist."""
    day = _as_of(as_of)
    if sum(x is not None for x in (caseworker, team, municipality)) > 1:
        fail("vælg højst én af --caseworker, --team og --municipality")
    if within_days is not None and within_days < 0:
        fail(f"--within-days: {within_days} skal være 0 eller større")
    with _snapshot(ws) as con:
        rows = evaluate_mod.worklist(
            con,
            day,
            caseworker_id=caseworker,
            team=team,
            municipality=municipality,
            within_days=within_days,
            include_closed=include_closed,
        )
    audit(ws, "worklist", rows, f"as_of={day.isoformat()}")
    emit(
        rows,
        fmt,
        columns=WORKLIST_COLUMNS
        if fmt is OutputFormat.table
        else list(evaluate_mod.RESULT_COLUMNS),
        headers={**OBLIGATION_HEADERS, "evidence": "Grundlag"},
        formatters=OBLIGATION_FORMATTERS,
        title=f"Arbejdsliste pr. {day.isoformat()}",
    )


def timeliness_command(
    date_from: str = typer.Option(..., "--from", help="Frister fra (ÅÅÅÅ-MM-DD)"),
    date_to: str = typer.Option(..., "--to", help="Frister til og med (ÅÅÅÅ-MM-DD)"),
    by: str = typer.Option(
        "organisation",
        "--by",
        help="caseworker, team, organisation, benefit, kind eller municipality",
    ),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Rettidighed for frister i perioden: rettidigt, for sent, overskredet og andel."""
    day = _as_of(as_of)
    lo = parse_date(date_from, option="--from")
    hi = parse_date(date_to, option="--to")
    if by not in evaluate_mod.GROUPINGS:
        fail(f"--by: '{by}' er ukendt (mulige: {', '.join(evaluate_mod.GROUPINGS)})")
    if hi < lo:
        fail("--to ligger før --from")
    with _snapshot(ws) as con:
        rows = evaluate_mod.timeliness(con, day, date_from=lo, date_to=hi, by=by)
    group = "caseworker_id" if by == "caseworker" else by
    emit(
        rows,
        fmt,
        columns=[group, *TIMELINESS_HEADERS],
        headers={group: labels.GROUPING[by], **TIMELINESS_HEADERS},
        formatters={"on_time_share": labels.percent, "kind": labels.kind},
        title=f"Rettidighed for frister {lo.isoformat()}–{hi.isoformat()} pr. {day.isoformat()}",
    )


def explain_command(
    person_id: str = typer.Argument(..., help="Borgerens pseudonym"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Forklar hver forpligtelse: regel, parametre og retskilder, hændelser og afgørelse."""
    day = _as_of(as_of)
    with _snapshot(ws) as con:
        try:
            items = explain_mod.explain(con, person_id, day)
        except explain_mod.UnknownPerson as exc:
            fail(str(exc))
            raise  # unreachable; fail() exits
    audit(ws, "explain", [{"person_id": person_id}], f"as_of={day.isoformat()}")
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(items) + "\n")
        return
    if fmt is OutputFormat.csv:
        emit(items, fmt, columns=[*OBLIGATION_COLUMNS, "evidence"])
        return
    if not items:
        console.print(f"Ingen forpligtelser for {person_id} pr. {day.isoformat()}.")
    for item in items:
        late = f", {item['days_late']} dage over" if item["days_late"] else ""
        console.print(
            f"\n[bold]{item['rule']['label']}[/] ({item['rule_id']} {item['rule_version']}, "
            f"{item['benefit']})",
            highlight=False,
        )
        console.print(
            f"  Periode fra {item['window_start']}, frist {item['due_date'] or '–'}: "
            f"[bold]{labels.status(item['status'])}[/]{late}",
            highlight=False,
        )
        console.print(f"  Grundlag: {item['evidence'] or '–'}", markup=False, highlight=False)
        console.print(f"  Reference: {item['reference'] or '–'}", markup=False, highlight=False)
        for p in item["parameters"]:
            refs = "; ".join(f"{r['title']} <{r['href']}>" for r in p["references"])
            value = (
                f"{format_value(p['value'], p['unit'])} (fra {p['effective_from']}): {refs}"
                if p["effective_from"] is not None
                else "ikke i kraft på datoen"
            )
            console.print(f"    {p['label']} = {value}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add this layer's commands to the main app."""
    app.add_typer(rules_app, name="rules")
    app.command("obligations")(obligations_command)
    app.command("worklist")(worklist_command)
    app.command("timeliness")(timeliness_command)
    app.command("explain")(explain_command)
