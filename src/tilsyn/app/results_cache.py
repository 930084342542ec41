"""Evaluating the rules once for a date and keeping the verdicts in the snapshot, so that the
web's read-only requests read them instead of evaluating on every request. No citizen is
returned, so nothing is written to the access log."""

from __future__ import annotations

import datetime as dt

from tilsyn.app.access import open_snapshot
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.data.workspace import Workspace


def evaluate_for(*, actor: Actor, workspace: Workspace, as_of: dt.date) -> str:
    """Store the verdicts for ``as_of`` in the current snapshot (a no-op when they are
    there); returns the snapshot id. Only the operator writes to a snapshot."""
    from tilsyn.rules import evaluate

    if actor.role is not Role.operator:
        raise AccessDenied(f"rollen {actor.role.value} kan ikke skrive resultater i datasamlingen")
    with open_snapshot(actor, workspace) as snap:
        evaluate.result_table(snap.con, as_of)
        return snap.id
