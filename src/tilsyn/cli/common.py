"""Options, the actor and error handling shared by the commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from tilsyn.app import Actor, Workspace
from tilsyn.app import data as app_data
from tilsyn.app.errors import AccessDenied, Busy, InvalidRequest, NotFound, ServiceUnavailable

if TYPE_CHECKING:
    from rich.console import Console


class _LazyConsole:
    """A Rich console made on first use: importing Rich costs more than the rest of the
    command line's start, and ``tilsyn --help`` never needs it."""

    def __init__(self, *, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def get(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


console: Any = _LazyConsole(stderr=False)
err_console: Any = _LazyConsole(stderr=True)

WorkspaceOption = typer.Option(
    None,
    "--workspace",
    "-w",
    help="Arbejdsområde (ellers TILSYN_HOME, ellers ./.tilsyn)",
)

_actor_name: list[str | None] = [None]


def set_actor(name: str | None) -> None:
    """Remember ``--actor`` for the command that runs next (the main callback sets it)."""
    _actor_name[0] = name


def actor() -> Actor:
    """Who runs the command: ``--actor`` (else ``TILSYN_USER``, else the OS user), with the
    operator role, which sees the whole workspace."""
    return Actor.operator(_actor_name[0])


EngineOption = typer.Option(
    "duckdb",
    "--engine",
    help="Beregningsmotor: duckdb (standard), spark eller postgres",
)


def workspace(path: Path | None) -> Workspace:
    return app_data.workspace(path)


def parse_date(value: str | None, *, option: str, default: dt.date | None = None) -> dt.date:
    """Parse an ISO date given on the command line; exits with status 2 on a bad value."""
    if value is None:
        if default is None:
            fail(f"{option} mangler")
        return default
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: '{value}' er ikke en dato som ÅÅÅÅ-MM-DD")


def as_of_date(value: str | None, *, default: dt.date | None = None) -> dt.date:
    """Parse ``--as-of`` (every command that shows results as of a date parses it here) and
    say, before the results, when the rules' continuation is not confirmed on that day."""
    day = parse_date(value, option="--as-of", default=default)
    announce(day)
    return day


def announce(as_of: dt.date) -> None:
    """Print the continuation notice for figures as of ``as_of``, if any. It goes to standard
    error so that CSV and JSON on standard output stay machine-readable; a terminal shows both."""
    from tilsyn.app.continuation import continuation_notice

    text = continuation_notice(actor(), as_of)
    if text:
        err_console.print(text, style="bold yellow", markup=False, highlight=False)


def parse_month(value: str, option: str) -> dt.date:
    """Parse 'YYYY-MM' to the first day of the month; exits with status 2 on a bad value."""
    try:
        year, month = value.split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError(value)
        return dt.date(int(year), int(month), 1)
    except ValueError:
        fail(f"{option}: '{value}' er ikke en måned som ÅÅÅÅ-MM")


def today() -> dt.date:
    """The date in Copenhagen: the one place the CLI reads the clock."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo("Europe/Copenhagen")).date()


def fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(f"[bold red]Fejl:[/] {message}")
    raise typer.Exit(code)


@contextmanager
def refusals(option: str | None = None) -> Iterator[None]:
    """Turn the application layer's refusals into a Danish message and exit status 2;
    ``option`` names the command-line option an ``InvalidRequest`` is about."""
    try:
        yield
    except (AccessDenied, NotFound, Busy, ServiceUnavailable) as exc:
        fail(str(exc))
    except InvalidRequest as exc:
        fail(f"{option}: {exc}" if option else str(exc))
