"""CLI commands for rules and obligations: the catalogue, obligations, worklists, timeliness
and explanations."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from tilsyn.app import catalogue as app_catalogue
from tilsyn.app import obligations as app_obligations
from tilsyn.cli.common import (
    EngineOption,
    WorkspaceOption,
    actor,
    as_of_date,
    console,
    err_console,
    fail,
    parse_date,
    refusals,
    today,
    workspace,
)
from tilsyn.cli.options import Grouping
from tilsyn.cli.output import OutputFormat, emit, to_json
from tilsyn.present import cells, headers, labels

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
    with refusals("--prefix"):
        catalogue = app_catalogue.catalogue(actor(), prefix=prefix)
    if fmt is CatalogueFormat.json:
        sys.stdout.write(to_json(app_catalogue.as_json(catalogue)) + "\n")
        return
    if fmt is CatalogueFormat.markdown:
        sys.stdout.write(app_catalogue.as_markdown(catalogue))
        return
    out = OutputFormat(fmt.value)
    if out is OutputFormat.csv:
        # One CSV stream cannot hold two tables; the parameter history is the useful one.
        emit(app_catalogue.parameter_rows(catalogue), out, columns=list(headers.PARAMETER))
        return
    emit(
        app_catalogue.rule_rows(catalogue),
        out,
        columns=list(headers.RULE),
        headers=headers.RULE,
        title="Regler",
    )
    emit(
        app_catalogue.parameter_rows(catalogue),
        out,
        columns=list(headers.PARAMETER),
        headers=headers.PARAMETER,
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
    with refusals():
        text = app_catalogue.as_markdown(app_catalogue.catalogue(actor()))
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

OBLIGATION_COLUMNS = [
    c for c in headers.OBLIGATION if c not in ("evidence", "team", "organisation")
]
WORKLIST_COLUMNS = [
    "due_date",
    "status",
    "days_late",
    "person_id",
    "caseworker_id",
    "benefit",
    "kind",
]
AsOfOption = typer.Option(None, "--as-of", help="Referencedato ÅÅÅÅ-MM-DD (standard: i dag)")
FormatOption = typer.Option(OutputFormat.table, "--format", "-f", help="table, csv eller json")


def obligations_command(
    person: str | None = typer.Option(None, "--person", help="Kun denne borger"),
    municipality: str | None = typer.Option(None, "--municipality", help="Kun denne kommune"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
    engine: str = EngineOption,
) -> None:
    """Vis alle forpligtelser (samtaler, tilbud, Min Plan, sygedagpengeopfølgning) og status."""
    day = as_of_date(as_of, default=today())
    with refusals():
        rows = app_obligations.obligations(
            actor(), workspace(ws), day, person=person, municipality=municipality, engine=engine
        ).rows
    if person is not None and not rows and fmt is OutputFormat.table:
        console.print(f"Ingen forpligtelser for {person} pr. {day.isoformat()}.")
        return
    emit(
        rows,
        fmt,
        columns=OBLIGATION_COLUMNS,
        headers=headers.OBLIGATION,
        formatters=cells.OBLIGATION,
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
    day = as_of_date(as_of, default=today())
    if sum(x is not None for x in (caseworker, team, municipality)) > 1:
        fail("vælg højst én af --caseworker, --team og --municipality")
    if within_days is not None and within_days < 0:
        fail(f"--within-days: {within_days} skal være 0 eller større")
    with refusals():
        rows = app_obligations.worklist(
            actor(),
            workspace(ws),
            day,
            caseworker=caseworker,
            team=team,
            municipality=municipality,
            within_days=within_days,
            include_closed=include_closed,
        ).rows
    emit(
        rows,
        fmt,
        columns=WORKLIST_COLUMNS
        if fmt is OutputFormat.table
        else list(app_obligations.RESULT_COLUMNS),
        headers=headers.OBLIGATION,
        formatters=cells.OBLIGATION,
        title=f"Arbejdsliste pr. {day.isoformat()}",
    )


def timeliness_command(
    date_from: str = typer.Option(..., "--from", help="Frister fra (ÅÅÅÅ-MM-DD)"),
    date_to: str = typer.Option(..., "--to", help="Frister til og med (ÅÅÅÅ-MM-DD)"),
    by: Grouping = typer.Option(Grouping.organisation, "--by", help="Gruppering"),
    municipality: str | None = typer.Option(None, "--municipality", help="Kun denne kommune"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Rettidighed for frister i perioden: rettidigt, for sent, overskredet og andel."""
    day = as_of_date(as_of, default=today())
    lo = parse_date(date_from, option="--from")
    hi = parse_date(date_to, option="--to")
    if hi < lo:
        fail("--to ligger før --from")
    with refusals():
        rows = app_obligations.timeliness(
            actor(),
            workspace(ws),
            day,
            date_from=lo,
            date_to=hi,
            by=by.code,
            municipality=municipality,
        ).rows
    group = "caseworker_id" if by is Grouping.sagsbehandler else by.code
    emit(
        rows,
        fmt,
        columns=[group, *headers.TIMELINESS],
        headers={group: labels.GROUPING[by.code], **headers.TIMELINESS},
        formatters=cells.TIMELINESS,
        title=f"Rettidighed for frister {lo.isoformat()}–{hi.isoformat()} pr. {day.isoformat()}",
    )


def explain_command(
    person_id: str = typer.Argument(..., help="Borgerens pseudonym"),
    as_of: str | None = AsOfOption,
    fmt: OutputFormat = FormatOption,
    ws: Path | None = WorkspaceOption,
) -> None:
    """Forklar hver forpligtelse: regel, parametre og retskilder, hændelser og afgørelse."""
    day = as_of_date(as_of, default=today())
    with refusals():
        items = app_obligations.explain(actor(), workspace(ws), person_id, day).items
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
                f"{cells.parameter_value(p['value'], p['unit'])} (fra {p['effective_from']}): "
                f"{refs}"
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
