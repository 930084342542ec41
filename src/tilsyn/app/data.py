"""Case data: import a folder into the workspace, list its snapshots, generate synthetic data,
document the format, and read the access log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, Busy, ImportRejected, InvalidRequest, NotFound
from tilsyn.data.workspace import SnapshotInfo, Workspace

if TYPE_CHECKING:
    from tilsyn.data.access_log import AccessEntry, LogFilter
    from tilsyn.data.delta import DeltaResult
    from tilsyn.data.importer import ImportResult as ImportResult
    from tilsyn.data.rekey import RekeyResult as RekeyResult
    from tilsyn.data.synthetic import GenerationSummary as GenerationSummary

IMPORT_ROLES = frozenset({Role.operator, Role.admin})
AUDIT_ROLES = frozenset({Role.operator, Role.admin, Role.auditor})
"""Roles that may read the access log (who looked at which citizen)."""


def workspace(path: Path | None = None) -> Workspace:
    """The workspace at ``path``, else ``TILSYN_HOME``, else ``./.tilsyn``."""
    return Workspace.resolve(path)


def import_folder(
    actor: Actor,
    workspace: Workspace,
    folder: Path,
    *,
    examples_per_group: int = 5,
    events_from: dt.date | None = None,
    demo: bool = False,
) -> ImportResult:
    """Validate the case-data folder completely and make it the current snapshot; returns
    what was imported. Raises ``ImportRejected`` (with every problem) and changes nothing
    when the folder is invalid; ``Busy`` when another import is writing."""
    from tilsyn.data.importer import ImportFailed
    from tilsyn.data.importer import import_folder as run
    from tilsyn.data.workspace import WorkspaceBusy

    if actor.role not in IMPORT_ROLES:
        raise AccessDenied(f"{actor.user} må ikke importere data ({actor.role.value})")
    try:
        result = run(
            folder,
            workspace,
            examples_per_group=examples_per_group,
            events_from=events_from,
            demo=demo,
        )
    except WorkspaceBusy as exc:
        raise Busy(str(exc)) from exc
    except ImportFailed as exc:
        raise ImportRejected(str(exc), exc.log) from exc
    _keep_spells(workspace)
    return result


def _keep_spells(workspace: Workspace) -> None:
    """The new current snapshot's spells, made once for every evaluation after it
    (``tilsyn.rules.stored_spells``)."""
    from tilsyn.rules.stored_spells import derive_for

    derive_for(workspace)


def import_delta(actor: Actor, workspace: Workspace, folder: Path) -> DeltaResult:
    """Apply a day's delta (``tilsyn.data.delta``) as a new current snapshot; the previous
    one is untouched. Raises ``ImportRejected`` (nothing changed), ``Busy``, or ``NotFound``
    when there is no snapshot to apply it to."""
    from tilsyn.data.delta import import_delta as run
    from tilsyn.data.importer import ImportFailed
    from tilsyn.data.workspace import NoSnapshotError, WorkspaceBusy
    from tilsyn.rules.refresh import refresh_obligations

    if actor.role not in IMPORT_ROLES:
        raise AccessDenied(f"{actor.user} må ikke importere data ({actor.role.value})")
    try:
        result = run(folder, workspace, refresh_obligations)
    except WorkspaceBusy as exc:
        raise Busy(str(exc)) from exc
    except NoSnapshotError as exc:
        raise NotFound(str(exc)) from exc
    except ImportFailed as exc:
        raise ImportRejected(str(exc), exc.log) from exc
    _keep_spells(workspace)
    return result


def rekey(actor: Actor, workspace: Workspace, old_key_file: Path) -> RekeyResult:
    """Change the pseudonymisation key on purpose: every snapshot and the access log get the
    pseudonyms of the key now configured (``TILSYN_SECRET_KEY`` or ``..._FILE``) instead of
    those of the key in ``old_key_file``. Raises ``InvalidRequest`` when a key is missing or
    unreadable or the old key is not the workspace's (nothing changes), ``Busy`` when an
    import is writing."""
    from tilsyn.data.keys import WrongKeyError
    from tilsyn.data.pseudonym import KEY_ENV, MissingKeyError, key_from_env, read_key_file
    from tilsyn.data.rekey import rekey as run
    from tilsyn.data.workspace import WorkspaceBusy

    if actor.role not in IMPORT_ROLES:
        raise AccessDenied(f"{actor.user} må ikke skifte nøgle ({actor.role.value})")
    try:
        old = read_key_file(old_key_file)
        new = key_from_env()
    except MissingKeyError as exc:
        raise InvalidRequest(str(exc)) from exc
    if new is None:
        raise InvalidRequest(f"Sæt den nye nøgle i {KEY_ENV} eller {KEY_ENV}_FILE")
    try:
        result = run(workspace, old, new)
    except WorkspaceBusy as exc:
        raise Busy(str(exc)) from exc
    except WrongKeyError as exc:
        raise InvalidRequest(str(exc)) from exc
    _keep_spells(workspace)  # the pseudonyms changed: the files beside the snapshots are gone
    return result


def use_snapshot(actor: Actor, workspace: Workspace, snapshot_id: str) -> str:
    """Make an earlier snapshot current again (an id or a unique beginning of one); returns
    its id. Raises ``NotFound`` for an unknown or damaged snapshot."""
    from tilsyn.data.workspace import NoSnapshotError, WorkspaceBusy

    if actor.role not in IMPORT_ROLES:
        raise AccessDenied(f"{actor.user} må ikke skifte datasamling ({actor.role.value})")
    try:
        return workspace.use(snapshot_id)
    except NoSnapshotError as exc:
        raise NotFound(str(exc)) from exc
    except WorkspaceBusy as exc:
        raise Busy(str(exc)) from exc


def snapshots(actor: Actor, workspace: Workspace, *, verify: bool = False) -> list[SnapshotInfo]:
    """The workspace's snapshots, oldest first, with counts, period, source, which one is
    current and which are damaged (no person data). A file's size is always compared with
    the import's record; ``verify`` compares the full checksum too (reads every file)."""
    return workspace.list_snapshots(verify=verify)


def access_log(
    actor: Actor,
    workspace: Workspace,
    *,
    person: str | None = None,
    user: str | None = None,
    action: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
) -> list[AccessEntry]:
    """Access-log entries, oldest first (with ``limit``: the latest ``limit``), narrowed by
    citizen, user, action and UTC days ``since``..``until``: who read which citizen's data,
    when, how and why. Auditors, administrators and the operator only."""
    from tilsyn.data.access_log import read_log

    _may_audit(actor)
    return read_log(
        workspace.root,
        where=_log_filter(person, user, action, since, until),
        limit=limit,
    )


def access_log_count(
    actor: Actor,
    workspace: Workspace,
    *,
    person: str | None = None,
    user: str | None = None,
    action: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> int:
    """How many access-log entries match (see ``access_log``)."""
    from tilsyn.data.access_log import count_log

    _may_audit(actor)
    return count_log(workspace.root, _log_filter(person, user, action, since, until))


def _may_audit(actor: Actor) -> None:
    if actor.role not in AUDIT_ROLES:
        raise AccessDenied(f"{actor.user} må ikke læse adgangsloggen ({actor.role.value})")


def _log_filter(
    person: str | None,
    user: str | None,
    action: str | None,
    since: dt.date | None,
    until: dt.date | None,
) -> LogFilter:
    from tilsyn.data.access_log import LogFilter

    if since is not None and until is not None and until < since:
        raise InvalidRequest(f"slutdatoen {until} ligger før startdatoen {since}")
    return LogFilter(person_id=person, actor=user, action=action, since=since, until=until)


def generate(
    actor: Actor,
    out: Path,
    *,
    persons: int | None = None,
    municipalities: tuple[str, ...] = ("185", "155"),
    start: str = "2022-01",
    end: str = "2025-12",
    seed: int = 1,
    fmt: str = "csv",
    with_cpr: bool = False,
) -> GenerationSummary:
    """Write a synthetic job centre's case data (every table of the format) to ``out``;
    returns what was written. Raises ``InvalidRequest`` on a bad period, code or format."""
    from tilsyn.data.synthetic import generate as run

    if fmt not in ("csv", "parquet"):
        raise InvalidRequest(f"skal være csv eller parquet, ikke {fmt!r}")
    try:
        return run(
            out,
            persons=persons,
            municipalities=municipalities,
            start=start,
            end=end,
            seed=seed,
            fmt="csv" if fmt == "csv" else "parquet",
            with_cpr=with_cpr,
        )
    except ValueError as exc:
        raise InvalidRequest(str(exc)) from exc


def table_descriptions() -> dict[str, str]:
    """Each table of the case-data format with its one-line description."""
    from tilsyn.data.contract import TABLES_BY_NAME

    return {name: table.description for name, table in TABLES_BY_NAME.items()}


def municipality_names(codes: tuple[str, ...]) -> dict[str, str]:
    """The names of the synthetic generator's municipalities."""
    from tilsyn.data.synthetic.population import resolve_municipalities

    return {m.code: m.name for m in resolve_municipalities(codes)}


def contract_markdown() -> str:
    """The documentation of the case-data format (docs/data-format.md), from the contract."""
    from tilsyn.data.contract_doc import render_markdown

    return render_markdown()
