"""The caseworkers of the workspace, with their team, organisation and how many citizens of
the actor's municipalities they have (no citizen is named, so nothing is logged)."""

from __future__ import annotations

from dataclasses import dataclass

from tilsyn.app.access import open_snapshot
from tilsyn.app.actor import Actor
from tilsyn.data.workspace import Workspace


@dataclass(frozen=True)
class Caseworker:
    caseworker_id: str
    name: str | None
    team: str | None
    organisation: str | None
    citizens: int


def caseworkers(*, actor: Actor, workspace: Workspace) -> list[Caseworker]:
    """Caseworkers with at least one citizen the actor may see, most citizens first."""
    scope = actor.scope()
    with open_snapshot(actor, workspace) as snap:
        rows = snap.con.execute(
            "SELECT c.caseworker_id, c.name, c.team, c.organisation, p.municipality, count(*) "
            "FROM persons p JOIN caseworkers c USING (caseworker_id) GROUP BY ALL"
        ).fetchall()
    counts: dict[tuple[str, str | None, str | None, str | None], int] = {}
    for cid, name, team, org, municipality, n in rows:
        if scope is None or str(municipality) in scope:
            key = (str(cid), name, team, org)
            counts[key] = counts.get(key, 0) + int(n)
    found = [Caseworker(*key, citizens=n) for key, n in counts.items()]
    return sorted(found, key=lambda c: (-c.citizens, c.caseworker_id))
