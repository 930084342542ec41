"""Opening the current snapshot for an actor, and the access log, in one place for every
application function."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from typing import Any

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, NotFound, ServiceUnavailable
from tilsyn.data.access_log import log_access
from tilsyn.data.workspace import NoSnapshotError, OpenSnapshot, Workspace


class Purpose(StrEnum):
    """Why person data was read; written to the access log beside the action."""

    casework = "casework"
    supervision = "supervision"
    management = "management"
    audit = "audit"
    reporting = "reporting"
    operations = "operations"


def default_purpose(actor: Actor) -> Purpose:
    """The purpose of a read when the caller does not name one, from the actor's role."""
    return {
        Role.caseworker: Purpose.casework,
        Role.coordinator: Purpose.casework,
        Role.manager: Purpose.management,
        Role.partner_viewer: Purpose.casework,
        Role.auditor: Purpose.audit,
        Role.admin: Purpose.operations,
        Role.operator: Purpose.operations,
    }[actor.role]


def refuse_partners(actor: Actor, what: str) -> None:
    """Person-level data that cannot be limited to a partner's own citizens is not for
    partners: raises ``AccessDenied`` naming ``what``."""
    if actor.is_partner:
        raise AccessDenied(f"{actor.user} ({actor.role.value}) har ikke adgang til {what}")


def single_municipality(scope: tuple[str, ...] | None) -> str | None:
    """The municipality to hand an engine that filters on one: the scope's only one, else
    None (the application function then filters the engine's rows by ``scope`` itself)."""
    return scope[0] if scope is not None and len(scope) == 1 else None


@contextmanager
def open_snapshot(
    actor: Actor,
    workspace: Workspace,
    snapshot_id: str | None = None,
    *,
    engine: str = "duckdb",
    database: str | None = None,
) -> Iterator[OpenSnapshot]:
    """The current snapshot (or ``snapshot_id``) for ``actor``: read-only for every reader;
    the operator (the command line's owner of the workspace) opens it writable when it can, so
    evaluated results are kept in the file for later readers. Raises ``NotFound`` when the
    workspace has no snapshot.

    With ``engine`` "postgres" or "spark" the connection runs the same SQL on that engine over
    a copy of the snapshot's case data (``tilsyn.engines``; decision 0011); raises
    ``ServiceUnavailable`` when the engine is not configured or cannot be reached. On Spark,
    ``database`` names a catalogue database holding the case data (the workspace's snapshot is
    then not read)."""
    if engine != "duckdb":
        with _on_engine(workspace, snapshot_id, engine, database) as snap:
            yield snap
        return
    try:
        with workspace.open(snapshot_id, write_results=actor.role is Role.operator) as snap:
            yield snap
    except NoSnapshotError as exc:
        raise NotFound(str(exc)) from None


@contextmanager
def _on_engine(
    workspace: Workspace, snapshot_id: str | None, engine: str, database: str | None = None
) -> Iterator[OpenSnapshot]:
    from tilsyn.engines.session import EngineUnavailable, open_engine

    try:
        con = open_engine(engine, workspace, snapshot_id, database=database)
    except NoSnapshotError as exc:
        raise NotFound(str(exc)) from None
    except EngineUnavailable as exc:
        raise ServiceUnavailable(str(exc)) from None
    # A Spark catalogue's case data names its own snapshot (the workspace may have none).
    sid = getattr(con, "snapshot_id", None) or snapshot_id or workspace.require_current()
    try:
        # The engine connection offers the part of DuckDB's interface the engine uses.
        yield OpenSnapshot(sid, con, True)  # type: ignore[arg-type]
    finally:
        con.close()


def record(
    actor: Actor,
    workspace: Workspace,
    *,
    action: str,
    snapshot_id: str | None,
    rows: Iterable[Mapping[str, Any]] = (),
    person_ids: Iterable[str] = (),
    detail: str | None = None,
    purpose: Purpose | str | None = None,
) -> int:
    """Write one access-log row per citizen named in ``rows`` (their ``person_id``) or
    ``person_ids``; returns the number of rows written."""
    ids = [str(r["person_id"]) for r in rows if r.get("person_id")]
    ids.extend(str(p) for p in person_ids)
    return log_access(
        workspace.root,
        action=action,
        person_ids=ids,
        snapshot_id=snapshot_id,
        detail=detail,
        actor=actor.user,
        purpose=str(purpose or default_purpose(actor)),
    )
