"""Options and error handling shared by the commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from tilsyn.data.workspace import Workspace

console = Console()
err_console = Console(stderr=True)

WorkspaceOption = typer.Option(
    None,
    "--workspace",
    "-w",
    help="Arbejdsområde (ellers TILSYN_HOME, ellers ./.tilsyn)",
)


EngineOption = typer.Option(
    "duckdb",
    "--engine",
    help="Beregningsmotor: duckdb (standard), spark eller postgres",
)


def workspace(path: Path | None) -> Workspace:
    return Workspace.resolve(path)


def engine_connection(ws: Path | None, engine: str) -> Any:
    """The current snapshot on ``engine``: a DuckDB connection, or a connection that runs the
    same SQL on PostgreSQL or Spark (``tilsyn.engines``). Exits with status 2 when there is
    no snapshot or the engine is not configured."""
    from tilsyn.data.workspace import NoSnapshotError
    from tilsyn.engines.session import EngineUnavailable, open_engine

    try:
        return open_engine(engine, workspace(ws))
    except (NoSnapshotError, EngineUnavailable) as exc:
        fail(str(exc))
        raise  # unreachable; fail() exits


def parse_date(value: str | None, *, option: str, default: dt.date | None = None) -> dt.date:
    """Parse an ISO date given on the command line; exits with status 2 on a bad value."""
    if value is None:
        if default is None:
            fail(f"{option} mangler")
        return default  # type: ignore[return-value]
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: '{value}' er ikke en dato som ÅÅÅÅ-MM-DD")
        raise  # unreachable; fail() exits


def audit(
    ws: Path | None, action: str, rows: Iterable[Mapping[str, Any]], detail: str | None = None
) -> None:
    """Log that the rows' citizens were shown to the current user (the access log)."""
    from tilsyn.data.access_log import log_access

    space = workspace(ws)
    log_access(
        space.root,
        action=action,
        person_ids=(str(r["person_id"]) for r in rows if r.get("person_id")),
        snapshot_id=space.current_id(),
        detail=detail,
    )


def today() -> dt.date:
    """The date in Copenhagen: the one place the CLI reads the clock."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo("Europe/Copenhagen")).date()


def fail(message: str, code: int = 2) -> None:
    err_console.print(f"[bold red]Fejl:[/] {message}")
    raise typer.Exit(code)
