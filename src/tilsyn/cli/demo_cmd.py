"""`tilsyn demo`: generate two synthetic municipalities, import them and show what tilsyn sees."""

from __future__ import annotations

import datetime as dt
import importlib
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import typer
from rich.rule import Rule

from tilsyn.cli.common import WorkspaceOption, console, parse_date, today, workspace
from tilsyn.cli.data_cmds import print_import
from tilsyn.cli.output import OutputFormat, emit
from tilsyn.data.importer import import_folder

# Sections printed after the import, each from the engine that owns it:
# (title, module, function). A section whose engine is absent is skipped with a note.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("Frister og arbejdslister", "tilsyn.rules.demo", "demo_lines"),
    ("Fokusmål (skærpet tilsyn) og prognose", "tilsyn.measures.focus", "demo_summary"),
    ("Reformen 2026: 75 %-krav", "tilsyn.measures.reform", "demo_summary"),
    ("Helårspersoner", "tilsyn.economy.fulltime", "demo_summary"),
    ("Refusionstrappen", "tilsyn.economy.staircase", "demo_summary"),
)


def _print_section(result: Any, title: str) -> None:
    if isinstance(result, str):
        console.print(result)
    elif isinstance(result, Sequence) and result and isinstance(result[0], Mapping):
        emit(list(result), OutputFormat.table, title=title)
    elif isinstance(result, Sequence):
        for line in result:
            if (
                isinstance(line, Sequence)
                and not isinstance(line, str)
                and line
                and isinstance(line[0], Mapping)
            ):
                emit(list(line), OutputFormat.table)
            else:
                console.print(line)


def run_sections(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> None:
    for title, module_name, function in SECTIONS:
        console.print(Rule(title))
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            console.print(f"[dim]({module_name} er ikke en del af denne version)[/]")
            continue
        fn: Callable[[duckdb.DuckDBPyConnection, dt.date], Any] = getattr(module, function)
        started = time.perf_counter()
        _print_section(fn(con, as_of), title)
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
) -> None:
    """Generér to syntetiske kommuner (185 Tårnby, 155 Dragør), importér og vis overblikket."""
    from tilsyn.data.synthetic import generate

    space = workspace(ws)
    reference = parse_date(as_of, option="--as-of", default=today())
    last_month = reference.replace(day=1) - dt.timedelta(days=1)
    out = space.root / "demo-data"
    console.print(Rule(f"Syntetiske data 01.2022–{last_month:%m.%Y}, opgjort pr. {reference}"))
    started = time.perf_counter()
    summary = generate(
        out, persons=persons, seed=seed, end=f"{last_month:%Y-%m}", fmt="csv", with_cpr=True
    )
    rows = f"{sum(summary.rows.values()):,}".replace(",", ".")
    seconds = time.perf_counter() - started
    console.print(
        f"Genereret {rows} rækker i {out} på {seconds:.1f} s "
        "(med CPR-numre, som pseudonymiseres ved import)"
    )
    console.print(Rule("Import"))
    result = import_folder(out, space, demo=True)
    print_import(result)
    con = space.connect()
    try:
        run_sections(con, reference)
    finally:
        con.close()
