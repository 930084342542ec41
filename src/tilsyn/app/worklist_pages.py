"""The worklist as the web shows it: a chosen reach (mine, my team, my organisation, my
municipalities), filters, and one page at a time. Only the citizens on the returned page (or
in the export) are written to the access log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.data.workspace import Workspace


class Reach(StrEnum):
    mine = "mine"
    team = "team"
    organisation = "organisation"
    municipality = "municipality"


@dataclass(frozen=True)
class WorklistFilters:
    reach: Reach = Reach.municipality
    benefit: str | None = None
    kind: str | None = None
    status: str | None = None  # "overdue" or "open"
    within_days: int | None = None


@dataclass(frozen=True)
class WorklistPage:
    snapshot_id: str
    as_of: dt.date
    rows: list[dict[str, Any]]
    total: int
    overdue: int
    page: int
    pages: int
    benefits: list[str]
    kinds: list[str]
    rows_key: str = ""
    """Names exactly these rows (snapshot, date, reach, filters, page): a page may keep what
    it renders from them under this key."""


def _reach_arguments(actor: Actor, reach: Reach) -> tuple[str | None, str | None]:
    """(caseworker id, team) for the engine's worklist."""
    if reach is Reach.mine:
        if not actor.caseworker_id:
            raise AccessDenied(f"{actor.user} er ikke knyttet til et sagsbehandler-id")
        return actor.caseworker_id, None
    if reach is Reach.team:
        if not actor.team:
            raise AccessDenied(f"{actor.user} er ikke knyttet til et team")
        return None, actor.team
    return None, None


_READER = Actor("worklist", Role.admin)
"""Opens the snapshot read-only for the shared cache; the caller's actor scopes the rows."""


@lru_cache(maxsize=16)
def _engine_rows(
    workspace: Workspace, current: str | None, as_of: dt.date, municipality: str | None
) -> tuple[str, tuple[dict[str, Any], ...]]:
    """The engine's worklist, kept per snapshot and arguments: a snapshot never changes, and
    turning a page or changing a filter should not query it again. ``current`` (the id the
    pointer names) is part of the key, so an import is seen at once. The caller filters and
    logs; the rows are shared read-only."""
    from tilsyn.rules import evaluate

    del current  # only a cache key; the snapshot opened is the current one
    with open_snapshot(_READER, workspace) as snap:
        rows = evaluate.worklist(snap.con, as_of, municipality=municipality)
    return snap.id, tuple(rows)


Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class _Reach:
    """Which rows of a snapshot a worklist draws on (before the page's filters)."""

    workspace: Workspace
    current: str | None  # the snapshot the pointer names: an import is a new key
    as_of: dt.date
    scope: tuple[str, ...] | None
    caseworker_id: str | None = None
    team: str | None = None
    organisation: str | None = None
    within_days: int | None = None


@lru_cache(maxsize=256)
def _reach_rows(reach: _Reach) -> tuple[str, Rows, tuple[str, ...], tuple[str, ...]]:
    """The rows of one reach (municipalities, caseworker, team, organisation, horizon) with the
    benefits and kinds its filters offer. Kept like the engine's rows: a worklist is asked for
    page after page with the same reach, and scanning every row of a municipality on each
    request was most of a page's time."""
    scope = reach.scope
    sid, cached = _engine_rows(
        reach.workspace,
        reach.current,
        reach.as_of,
        scope[0] if scope is not None and len(scope) == 1 else None,
    )
    allowed = None if scope is None else set(scope)
    days = reach.within_days
    horizon = None if days is None else reach.as_of + dt.timedelta(days)
    rows = tuple(
        r
        for r in cached
        if (allowed is None or r.get("municipality") in allowed)
        and (reach.caseworker_id is None or r.get("caseworker_id") == reach.caseworker_id)
        and (reach.team is None or r.get("team") == reach.team)
        and (reach.organisation is None or r.get("organisation") == reach.organisation)
        and (
            horizon is None
            or r.get("status") == "overdue"
            or (r.get("due_date") is not None and r["due_date"] <= horizon)
        )
    )
    benefits = tuple(sorted({str(r["benefit"]) for r in rows if r.get("benefit")}))
    kinds = tuple(sorted({str(r["kind"]) for r in rows if r.get("kind")}))
    return sid, rows, benefits, kinds


@lru_cache(maxsize=256)
def _filtered_rows(
    reach: _Reach, benefit: str | None, kind: str | None, status: str | None
) -> tuple[str, Rows, int, tuple[str, ...], tuple[str, ...]]:
    """A reach's rows narrowed by the page's filters (benefit, kind, status), and how many
    of them are overdue."""
    sid, rows, benefits, kinds = _reach_rows(reach)
    if benefit is not None or kind is not None or status is not None:
        rows = tuple(
            r
            for r in rows
            if (benefit is None or r.get("benefit") == benefit)
            and (kind is None or r.get("kind") == kind)
            and (status is None or r.get("status") == status)
        )
    overdue = sum(1 for r in rows if r.get("status") == "overdue")
    return sid, rows, overdue, benefits, kinds


def worklist_page(
    *,
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    filters: WorklistFilters,
    page: int = 1,
    page_size: int | None = 50,
    purpose: Purpose | str | None = None,
) -> WorklistPage:
    """Open and overdue obligations of active cases within the actor's municipalities, overdue
    first; ``page_size=None`` returns every row (the CSV export)."""
    if filters.within_days is not None and filters.within_days < 0:
        raise ValueError(f"within_days: {filters.within_days} skal være 0 eller større")
    if filters.reach is Reach.organisation and not actor.organisation:
        raise AccessDenied(f"{actor.user} er ikke knyttet til en organisation")
    scope = actor.scope()
    caseworker_id, team = _reach_arguments(actor, filters.reach)
    reach = _Reach(
        workspace,
        workspace.current_id(),
        as_of,
        scope,
        caseworker_id,
        team,
        actor.organisation if filters.reach is Reach.organisation else None,
        filters.within_days,
    )
    sid, rows, overdue, benefits, kinds = _filtered_rows(
        reach, filters.benefit, filters.kind, filters.status
    )
    total = len(rows)
    if page_size is None:
        shown, pages, page = rows, 1, 1
    else:
        pages = max(1, -(-total // page_size))
        page = min(max(page, 1), pages)
        shown = rows[(page - 1) * page_size : page * page_size]
    record(
        actor,
        workspace,
        action="worklist" if page_size is not None else "worklist_export",
        snapshot_id=sid,
        rows=shown,
        detail=f"as_of={as_of.isoformat()}",
        purpose=purpose,
    )
    key = (sid, reach, filters, page, page_size)
    return WorklistPage(
        sid,
        as_of,
        list(shown),
        total,
        overdue,
        page,
        pages,
        list(benefits),
        list(kinds),
        rows_key=repr(key),
    )


def warm_worklists(workspace: Workspace, as_of: dt.date, municipalities: list[str]) -> None:
    """Fill the row caches a server's first pages need, before it forks its workers: the
    engine's rows and the municipality-wide reach (all rows and the overdue ones) of each
    municipality, of all of them together and of no limit. Nothing is returned, so nothing
    is logged."""
    current = workspace.current_id()
    scopes: list[tuple[str, ...] | None] = [(m,) for m in municipalities]
    scopes += [tuple(sorted(municipalities)), None] if len(municipalities) > 1 else [None]
    for scope in scopes:
        for status in (None, "overdue"):
            _filtered_rows(_Reach(workspace, current, as_of, scope), None, None, status)
