"""A citizen's CPR number, looked up on demand in the snapshot's identities file by a role
allowed to see it; the look-up itself is written to the access log (the number never is)."""

from __future__ import annotations

import duckdb

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.data.workspace import Workspace

CPR_ROLES = frozenset({Role.caseworker, Role.coordinator, Role.auditor, Role.admin, Role.operator})
"""Roles that may see a citizen's CPR number (managers and partner municipalities may not)."""


def mask(cpr: str | None) -> str:
    """'010190-XXXX': the birth date part a caseworker recognises, never the serial."""
    return "XXXXXX-XXXX" if not cpr or len(cpr) < 6 else f"{cpr[:6]}-XXXX"


def reveal_cpr(
    *, actor: Actor, workspace: Workspace, person: str, purpose: Purpose | str | None = None
) -> str | None:
    """The CPR number of ``person`` (None when the snapshot was imported with pseudonyms and
    holds no identities). Refuses roles outside ``CPR_ROLES`` and citizens outside the actor's
    municipalities; logs the look-up as ``cpr_lookup``."""
    if actor.role not in CPR_ROLES:
        raise AccessDenied(f"rollen {actor.role.value} må ikke se CPR-numre")
    with open_snapshot(actor, workspace) as snap:
        found = snap.con.execute(
            "SELECT municipality FROM persons WHERE person_id = $p", {"p": person}
        ).fetchall()
        if not found:
            raise NotFound(f"borgeren '{person}' findes ikke i datasamlingen")
        if not actor.may_see(None if found[0][0] is None else str(found[0][0])):
            raise AccessDenied(f"{actor.user} har ikke adgang til borgeren '{person}'")
        path = workspace.identities_path(snap.id)
    cpr: str | None = None
    if path.exists():
        con = duckdb.connect(str(path), read_only=True)
        try:
            rows = con.execute(
                "SELECT cpr FROM identities WHERE person_id = $p", {"p": person}
            ).fetchall()
        finally:
            con.close()
        cpr = str(rows[0][0]) if rows else None
    record(
        actor,
        workspace,
        action="cpr_lookup",
        snapshot_id=snap.id,
        person_ids=[person],
        detail="CPR-nummer vist" if cpr else "ingen CPR-nummer i datasamlingen",
        purpose=purpose,
    )
    return cpr
