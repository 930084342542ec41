"""The two ways an application function refuses: the actor may not see it, or it does not exist.

Both carry a Danish message that a user may read (the CLI prints it, the web shows it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tilsyn.data.validate import ProblemLog


class AccessDenied(PermissionError):
    """The actor's role or municipalities do not cover what was asked for."""


class NotFound(LookupError):
    """What was asked for is not in the workspace (no snapshot, unknown citizen, ...)."""


class InvalidRequest(ValueError):
    """The question cannot be answered as asked (a bad period, an unreadable input file, ...);
    the message says what was expected."""


class Busy(RuntimeError):
    """Another process holds what is needed (e.g. an import is writing to the workspace)."""


class ImportRejected(InvalidRequest):
    """A case-data folder was rejected; nothing in the workspace changed. ``log`` holds every
    problem (file, row, column, value, what was expected)."""

    def __init__(self, message: str, log: ProblemLog) -> None:
        super().__init__(message)
        self.log = log


class ServiceUnavailable(RuntimeError):
    """An outside service (jobindsats.dk) could not be reached or failed."""


def failure_message(exc: BaseException) -> str | None:
    """A Danish message for a failure the user can act on (the workspace cannot be written, a
    snapshot is damaged, the access log cannot be written, a period before the rules applied);
    None for anything else, which is a bug to report. The CLI and the web show it instead of a
    traceback."""
    from tilsyn.data.workspace import WorkspaceError
    from tilsyn.rules.parameters import NoValueYet

    if isinstance(exc, WorkspaceError):
        return str(exc)
    if isinstance(exc, NoValueYet):
        return f"reglerne gælder ikke så tidligt: {exc}. Vælg en senere periode."
    if type(exc).__module__.split(".")[0] in ("duckdb", "_duckdb"):
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return (
            f"datasamlingen kan ikke læses ({first}); den kan være beskadiget. "
            "Se 'tilsyn status', og gør en anden aktuel med 'tilsyn use ID' eller importér igen."
        )
    return None
