"""`tilsyn demo`: generate two synthetic municipalities, import them and show what tilsyn sees."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import typer

from tilsyn.app import Actor, Workspace, supervision_demo
from tilsyn.app import data as app_data
from tilsyn.app import demo as app_demo
from tilsyn.cli import report_cmds
from tilsyn.cli.common import (
    WorkspaceOption,
    actor,
    as_of_date,
    console,
    today,
    workspace,
)
from tilsyn.cli.data_cmds import print_import
from tilsyn.cli.output import OutputFormat, emit
from tilsyn.present import demo as present_demo
from tilsyn.present import supervision as present_supervision
from tilsyn.present.danish import integer

Section = Callable[[Actor, Workspace, dt.date], Any]

# Sections printed after the import: (title, the data, its Danish wording).
SECTIONS: tuple[tuple[str, Section, Callable[[Any], Any]], ...] = (
    ("Frister og arbejdslister", app_demo.obligations_overview, present_demo.obligations_lines),
    ("Fokusmål (skærpet tilsyn) og prognose", app_demo.focus_overview, present_demo.focus_lines),
    ("Reformen 2026: 75 %-krav", app_demo.reform_overview, present_demo.reform_lines),
    ("Helårspersoner", app_demo.fulltime_overview, present_demo.fulltime_rows),
    ("Refusionstrappen", app_demo.refund_overview, present_demo.refund_rows),
    ("Ledelsestilsyn", supervision_demo.seed_demo_reviews, present_supervision.demo_lines),
)


def _print_section(result: Sequence[Any], title: str) -> None:
    if result and isinstance(result[0], Mapping):
        emit(list(result), OutputFormat.table, title=title)
        return
    for line in result:
        console.print(line)


def run_sections(who: Actor, space: Workspace, as_of: dt.date) -> None:
    from rich.rule import Rule

    for title, data, wording in SECTIONS:
        console.print(Rule(title))
        started = time.perf_counter()
        _print_section(wording(data(who, space, as_of)), title)
        console.print(f"[dim]beregnet på {time.perf_counter() - started:.1f} s[/]")


def demo_command(
    ws: Path | None = WorkspaceOption,
    persons: int | None = typer.Option(
        None, "--persons", help="Antal borgere (standard: Tårnby + Dragør)"
    ),
    seed: int = typer.Option(1, "--seed"),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Opgørelsesdato (standard: i dag); data går til måneden før"
    ),
    serve: bool = typer.Option(
        True, "--serve/--no-serve", help="Start webappen bagefter (til Ctrl-C)"
    ),
    port: int = typer.Option(8000, "--port", help="Webappens port"),
) -> None:
    """Generér to syntetiske kommuner (185 Tårnby, 155 Dragør), importér og vis overblikket."""
    from rich.rule import Rule

    who = actor()
    space = workspace(ws)
    reference = as_of_date(as_of, default=today())
    last_month = reference.replace(day=1) - dt.timedelta(days=1)
    out = space.root / "demo-data"
    console.print(Rule(f"Syntetiske data 01.2022–{last_month:%m.%Y}, opgjort pr. {reference}"))
    started = time.perf_counter()
    summary = app_data.generate(
        who, out, persons=persons, seed=seed, end=f"{last_month:%Y-%m}", fmt="csv", with_cpr=True
    )
    seconds = time.perf_counter() - started
    console.print(
        f"Genereret {integer(sum(summary.rows.values()))} rækker i {out} på {seconds:.1f} s "
        "(med CPR-numre, som pseudonymiseres ved import)"
    )
    console.print(Rule("Import"))
    print_import(app_data.import_folder(who, space, out, demo=True))
    run_sections(who, space, reference)
    from tilsyn.app import economy as app_economy

    sample = app_economy.write_budget_sample(who, space.root)
    console.print(
        f"Eksempel på en budgetfil: {sample} (formatet: docs/budget-format.md; "
        f"prøv 'tilsyn budget --budget {sample} --as-of 2024-05-31')"
    )
    report_cmds.print_demo_reports(who, space, reference)
    if serve:
        from tilsyn.web.server import serve_demo

        serve_demo(space, as_of=reference, port=port)
