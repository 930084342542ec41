"""Which snapshots the workspace holds and which one is current (no person data, not logged)."""

from __future__ import annotations

from dataclasses import dataclass

from tilsyn.app.actor import Actor
from tilsyn.data.workspace import SnapshotInfo, Workspace


@dataclass(frozen=True)
class CurrentSnapshot:
    id: str


def current_snapshot(*, actor: Actor, workspace: Workspace) -> CurrentSnapshot | None:
    """The current snapshot's id, None when nothing has been imported. Every role may see it:
    the id is printed on every page so that figures can be traced to their data."""
    del actor  # every role may see which snapshot is current
    sid = workspace.current_id()
    return (
        None if sid is None or not workspace.snapshot_path(sid).exists() else CurrentSnapshot(sid)
    )


def snapshots(*, actor: Actor, workspace: Workspace) -> list[SnapshotInfo]:
    """Every snapshot with its row counts and period, oldest first. The counts cover all the
    workspace's municipalities, so only unrestricted actors get them."""
    from tilsyn.app.errors import AccessDenied

    if not actor.unrestricted:
        raise AccessDenied(f"{actor.user} kan ikke se datasamlinger for hele arbejdsområdet")
    return workspace.list_snapshots()


def municipalities(*, actor: Actor, workspace: Workspace) -> list[str]:
    """The municipalities with citizens in the current snapshot that the actor may see."""
    from tilsyn.app.access import open_snapshot

    with open_snapshot(actor, workspace) as snap:
        rows = snap.con.execute(
            "SELECT DISTINCT municipality FROM persons WHERE municipality IS NOT NULL ORDER BY 1"
        ).fetchall()
    return [str(r[0]) for r in rows if actor.may_see(str(r[0]))]
