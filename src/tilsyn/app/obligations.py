"""Obligations of citizens: the full list, the caseworker's worklist, one citizen's explanation
and timeliness per group. Each function opens the current snapshot itself, limits the answer to
the actor's municipalities and writes the access log for every citizen it returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tilsyn.app.access import Purpose, open_snapshot, record, single_municipality
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.data.workspace import OpenSnapshot, Workspace
from tilsyn.rules.model import RESULT_COLUMNS

__all__ = [
    "GROUPINGS",
    "RESULT_COLUMNS",
    "Explanation",
    "Rows",
    "explain",
    "obligations",
    "timeliness",
    "worklist",
]

GROUPINGS = ("caseworker", "team", "organisation", "benefit", "kind", "municipality")
"""What ``timeliness`` can group by (kept here so callers need not import the engine)."""


@dataclass(frozen=True)
class Rows:
    """Result rows (dicts of the engine's columns) and which snapshot they came from."""

    snapshot_id: str
    as_of: dt.date
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class Explanation:
    """One citizen's obligations, each with rule, parameters in force, references and verdict."""

    snapshot_id: str
    as_of: dt.date
    person_id: str
    municipality: str | None
    items: list[dict[str, Any]]


def _person_municipality(snap: OpenSnapshot, person_id: str) -> str | None:
    found = snap.con.execute(
        "SELECT municipality FROM persons WHERE person_id = $p", {"p": person_id}
    ).fetchall()
    if not found:
        raise NotFound(f"borgeren '{person_id}' findes ikke i datasamlingen")
    value = found[0][0]
    return None if value is None else str(value)


def _check_person(actor: Actor, snap: OpenSnapshot, person_id: str) -> str | None:
    municipality = _person_municipality(snap, person_id)
    if not actor.may_see(municipality):
        raise AccessDenied(f"{actor.user} har ikke adgang til borgeren '{person_id}'")
    return municipality


def _within(
    actor: Actor, scope: tuple[str, ...] | None, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows of the actor's municipalities."""
    if scope is not None:
        allowed = set(scope)
        rows = [r for r in rows if r.get("municipality") in allowed]
    return rows


def obligations(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    person: str | None = None,
    municipality: str | None = None,
    purpose: Purpose | str | None = None,
    engine: str = "duckdb",
) -> Rows:
    """Every obligation as of ``as_of`` (of one citizen with ``person``) within the actor's
    municipalities: rows of ``tilsyn.rules.evaluate.RESULT_COLUMNS``. Refuses a citizen or
    municipality outside the actor's with ``AccessDenied``; logs every citizen returned.
    On another ``engine`` the rules are evaluated there (not materialised)."""
    from tilsyn.rules import evaluate

    scope = actor.scope(municipality)
    with open_snapshot(actor, workspace, engine=engine) as snap:
        if person is not None:
            known = snap.con.execute(
                "SELECT count(*) FROM persons WHERE person_id = $p", {"p": person}
            ).fetchall()[0][0]
            if known:
                _check_person(actor, snap, person)
        if engine == "duckdb":
            rows = evaluate.obligations(
                snap.con, as_of, person_id=person, municipality=single_municipality(scope)
            )
        else:
            from tilsyn.rules.on_engine import evaluate_on

            rows = [
                r
                for r in evaluate_on(snap.con, as_of).to_pylist()  # type: ignore[arg-type]
                if person is None or r["person_id"] == person
            ]
        rows = _within(actor, scope, rows)
    record(
        actor,
        workspace,
        action="obligations",
        snapshot_id=snap.id,
        rows=rows,
        detail=f"as_of={as_of.isoformat()}",
        purpose=purpose,
    )
    return Rows(snap.id, as_of, rows)


def worklist(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    caseworker: str | None = None,
    team: str | None = None,
    municipality: str | None = None,
    within_days: int | None = None,
    include_closed: bool = False,
    limit: int | None = None,
    purpose: Purpose | str | None = None,
) -> Rows:
    """Open and overdue obligations of active cases, overdue first, within the actor's
    municipalities (optionally one caseworker's or team's): rows of ``RESULT_COLUMNS``.
    Logs every citizen on the list."""
    from tilsyn.rules import evaluate

    if within_days is not None and within_days < 0:
        raise ValueError(f"within_days: {within_days} skal være 0 eller større")
    scope = actor.scope(municipality)
    filtered_here = scope is not None and len(scope) > 1
    with open_snapshot(actor, workspace) as snap:
        rows = evaluate.worklist(
            snap.con,
            as_of,
            caseworker_id=caseworker,
            team=team,
            municipality=single_municipality(scope),
            within_days=within_days,
            include_closed=include_closed,
            limit=None if filtered_here else limit,
        )
        if not rows and caseworker is not None:
            _must_know_caseworker(snap.con, caseworker)
        if not rows and team is not None:
            _must_know_team(snap.con, team)
    rows = _within(actor, scope, rows)
    if limit is not None:
        rows = rows[:limit]
    record(
        actor,
        workspace,
        action="worklist",
        snapshot_id=snap.id,
        rows=rows,
        detail=f"as_of={as_of.isoformat()}",
        purpose=purpose,
    )
    return Rows(snap.id, as_of, rows)


def _must_know_caseworker(con: Any, caseworker: str) -> None:
    """An empty list for an id nobody has is a typing error, not a caseworker with nothing
    to do: say so."""
    known = con.execute(
        "SELECT 1 FROM caseworkers WHERE caseworker_id = $id "
        "UNION ALL SELECT 1 FROM persons WHERE caseworker_id = $id LIMIT 1",
        {"id": caseworker},
    ).fetchall()
    if not known:
        raise NotFound(
            f"Sagsbehandleren '{caseworker}' findes ikke i datasamlingen "
            "(hverken i caseworkers eller som persons.caseworker_id)."
        )


def _must_know_team(con: Any, team: str) -> None:
    known = con.execute(
        "SELECT 1 FROM caseworkers WHERE team = $team LIMIT 1", {"team": team}
    ).fetchall()
    if not known:
        raise NotFound(f"Teamet '{team}' findes ikke i datasamlingen (caseworkers.team).")


def explain(
    actor: Actor,
    workspace: Workspace,
    person: str,
    as_of: dt.date,
    *,
    purpose: Purpose | str | None = None,
) -> Explanation:
    """Every obligation of ``person`` as of ``as_of`` with the rule, the parameters in force
    and their legal references, the events that counted and the verdict. Raises ``NotFound``
    for an unknown citizen and ``AccessDenied`` for one outside the actor's municipalities;
    logs the citizen."""
    from tilsyn.rules import explain as engine

    with open_snapshot(actor, workspace) as snap:
        municipality = _check_person(actor, snap, person)
        items = engine.explain(snap.con, person, as_of)
    record(
        actor,
        workspace,
        action="explain",
        snapshot_id=snap.id,
        person_ids=[person],
        detail=f"as_of={as_of.isoformat()}",
        purpose=purpose,
    )
    return Explanation(snap.id, as_of, person, municipality, items)


def timeliness(
    actor: Actor,
    workspace: Workspace,
    as_of: dt.date,
    *,
    date_from: dt.date,
    date_to: dt.date,
    by: str,
    municipality: str | None = None,
) -> Rows:
    """For obligations due in [date_from, date_to] within the actor's municipalities: met,
    late and overdue counts per group and the on-time share (aggregates, not logged)."""
    from tilsyn.rules import evaluate

    if by not in GROUPINGS:
        raise ValueError(f"ukendt gruppering '{by}' (mulige: {', '.join(GROUPINGS)})")
    scope = actor.scope(municipality)
    with open_snapshot(actor, workspace) as snap:
        rows = evaluate.timeliness(
            snap.con, as_of, date_from=date_from, date_to=date_to, by=by, municipalities=scope
        )
    return Rows(snap.id, as_of, rows)
