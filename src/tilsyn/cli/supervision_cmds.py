"""Management supervision commands: sample sizes and drawing samples.

Engines and the app database are imported inside the commands so that ``tilsyn --help``
stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tilsyn.cli.common import (
    WorkspaceOption,
    actor,
    as_of_date,
    console,
    fail,
    today,
    workspace,
)
from tilsyn.cli.output import OutputFormat, emit, to_json

METHOD_LABELS = {"binomial": "binomialfordeling", "hypergeometric": "hypergeometrisk fordeling"}


def sample_size_command(
    confidence: float = typer.Option(..., "--confidence", help="Konfidensniveau, fx 0.95"),
    tolerable: float = typer.Option(..., "--tolerable", help="Tolerabel fejlrate, fx 0.05"),
    expected_errors: int = typer.Option(
        0, "--expected-errors", help="Antal fejl, stikprøven må indeholde"
    ),
    population: int | None = typer.Option(
        None, "--population", help="Sagsstammens størrelse (ellers: stor population)"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
) -> None:
    """Stikprøvestørrelse ved attributstikprøve (binomial eller hypergeometrisk)."""
    from tilsyn.app.supervision import sample_size

    try:
        result = sample_size(
            actor(),
            confidence=confidence,
            tolerable=tolerable,
            expected_errors=expected_errors,
            population=population,
        )
    except ValueError as exc:
        fail(str(exc))
        return
    data = {
        "sample_size": result.sample_size,
        "method": result.method,
        "confidence": result.confidence,
        "tolerable": result.tolerable_rate,
        "expected_errors": result.expected_errors,
        "population": result.population,
        "achieved_risk": round(result.achieved_risk, 6),
        "census": result.census,
    }
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(data) + "\n")
        return
    if fmt is OutputFormat.csv:
        emit([data], fmt)
        return
    from tilsyn.present.danish import percent

    whole = " (hele sagsstammen)" if result.census else ""
    console.print(
        f"Stikprøvestørrelse: [bold]{result.sample_size}[/] sager{whole} — "
        f"{METHOD_LABELS[result.method]}, {percent(confidence, 0)} konfidens, "
        f"tolerabel fejlrate {percent(tolerable, 0)}, højst {expected_errors} fejl i stikprøven"
    )


def sample_command(
    plan_file: Path = typer.Option(..., "--plan", help="Stikprøveplan (YAML)"),
    as_of: str | None = typer.Option(None, "--as-of", help="Opgørelsesdato (standard: i dag)"),
    ws: Path | None = WorkspaceOption,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format"),
) -> None:
    """Udtræk en stikprøve af sager efter en plan; hver sag med stratum og begrundelse."""
    from tilsyn.app.errors import AccessDenied, NotFound
    from tilsyn.app.supervision import draw_sample, load_plan

    reference = as_of_date(as_of, default=today())
    try:
        plan = load_plan(plan_file)
    except ValueError as exc:
        fail("stikprøveplanen er ugyldig:\n" + "\n".join(getattr(exc, "problems", [str(exc)])))
        return
    try:
        sample = draw_sample(actor(), workspace(ws), plan, reference)
    except (AccessDenied, NotFound, ValueError) as exc:
        fail(str(exc))
        return
    if fmt is OutputFormat.json:
        sys.stdout.write(to_json(sample.to_dict()) + "\n")
        return
    rows = [
        {
            "person_id": c.person_id,
            "benefit": c.benefit,
            "municipality": c.municipality,
            "caseworker_id": c.caseworker_id,
            "stratum": c.stratum,
            "reason": c.reason,
        }
        for c in sample.cases
    ]
    if fmt is OutputFormat.csv:
        emit(rows, fmt)
        return
    console.print(
        f"{plan.name}: {sample.size} af {sample.population_size} sager "
        f"(datasamling {sample.snapshot_id}, frø {sample.seed}, plan {sample.plan_hash})"
    )
    emit(
        rows,
        fmt,
        headers={
            "person_id": "Borger",
            "benefit": "Ydelse",
            "municipality": "Kommune",
            "caseworker_id": "Sagsbehandler",
            "stratum": "Stratum",
            "reason": "Begrundelse",
        },
    )


def register(app: typer.Typer) -> None:
    app.command("sample-size")(sample_size_command)
    app.command("sample")(sample_command)
