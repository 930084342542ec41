"""Searching the access log: for auditors (within their municipalities' citizens) and
administrators. Reading the log is itself not person data beyond pseudonyms, and is not logged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tilsyn.app.access import open_snapshot
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.data.access_log import AccessEntry, read_log
from tilsyn.data.workspace import Workspace

LOG_ROLES = frozenset({Role.auditor, Role.admin, Role.operator})


@dataclass(frozen=True)
class LogQuery:
    user: str | None = None
    person: str | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


def search_access_log(
    *, actor: Actor, workspace: Workspace, query: LogQuery, limit: int | None = None
) -> tuple[list[AccessEntry], int]:
    """Entries matching ``query``, newest first, and how many matched before ``limit``.
    A restricted auditor sees the entries about citizens of its municipalities (in the
    current snapshot) and its own."""
    if actor.role not in LOG_ROLES:
        raise AccessDenied(f"rollen {actor.role.value} må ikke se adgangsloggen")
    entries = read_log(workspace.root, person_id=query.person)
    scope = actor.scope()
    if scope is not None:
        with open_snapshot(actor, workspace) as snap:
            placeholders = ", ".join(f"$m{i}" for i in range(len(scope)))
            visible = {
                str(r[0])
                for r in snap.con.execute(
                    f"SELECT person_id FROM persons WHERE municipality IN ({placeholders})",
                    {f"m{i}": m for i, m in enumerate(scope)},
                ).fetchall()
            }
        entries = [e for e in entries if e.person_id in visible]
    low = query.date_from.isoformat() if query.date_from else None
    high = (query.date_to + dt.timedelta(days=1)).isoformat() if query.date_to else None
    matched = [
        e
        for e in entries
        if (query.user is None or e.actor == query.user)
        and (query.action is None or e.action == query.action)
        and (low is None or e.at >= low)
        and (high is None or e.at < high)
    ]
    matched.reverse()
    return (matched if limit is None else matched[:limit]), len(matched)
