"""Management supervision for an actor: sample sizes, the population of cases in a snapshot,
drawing a sample, and (with the app database) storing and reviewing it.

Sampling reads person-level data (who has which caseworker and which overdue obligations), so a
drawn sample is logged per citizen with purpose ``supervision``; the population is limited to
the actor's municipalities before anything is drawn, so a draw never reaches outside them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.supervision.sample_size import SampleSize
    from tilsyn.supervision.sampling import Case, DrawnSample, SamplePlan

SAMPLERS = frozenset({Role.coordinator, Role.manager, Role.auditor, Role.admin, Role.operator})
"""Roles that may draw samples (auditors draw their own)."""


def require_role(actor: Actor, allowed: frozenset[Role], what: str) -> None:
    if actor.role not in allowed:
        raise AccessDenied(f"rollen {actor.role.value} må ikke {what}")


def sample_size(
    actor: Actor,
    *,
    confidence: float,
    tolerable: float,
    expected_errors: int = 0,
    population: int | None = None,
) -> SampleSize:
    """The attribute-sampling sample size (no person data: any role may ask)."""
    from tilsyn.supervision.sample_size import sample_size as compute

    return compute(confidence, tolerable, expected_errors, population)


_POPULATION_SQL = """
SELECT DISTINCT b.person_id, b.benefit,
       coalesce(b.municipality, p.municipality) AS municipality,
       p.caseworker_id, c.team, c.organisation
FROM benefit_periods b
JOIN persons p USING (person_id)
LEFT JOIN caseworkers c ON c.caseworker_id = p.caseworker_id
WHERE b.start_date <= $as_of AND (b.end_date IS NULL OR b.end_date >= $as_of)
ORDER BY b.person_id, b.benefit
"""


def load_plan(path: Path) -> SamplePlan:
    """Read a sampling plan file; a bad file raises ``SchemaError`` (a ``ValueError`` whose
    ``problems`` name the file and the key)."""
    from tilsyn.supervision.sampling import load_plan as load

    return load(path)


def _plain(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}


def _population(
    actor: Actor, con: Any, as_of: dt.date
) -> tuple[list[Case], dict[tuple[str, str], list[dict[str, Any]]]]:
    """The running cases within the actor's municipalities, and every case's engine verdicts
    (JSON-ready), so a stored sample keeps the verdicts it was drawn on."""
    from tilsyn.rules import evaluate
    from tilsyn.supervision.sampling import Case, Flag

    flags: dict[tuple[str, str], list[Flag]] = defaultdict(list)
    due: dict[tuple[str, str], int] = defaultdict(int)
    verdicts: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in evaluate.obligations(con, as_of):
        key = (str(row["person_id"]), str(row["benefit"]))
        verdicts[key].append(_plain(row))
        status = str(row["status"])
        if status in ("overdue", "late", "open"):
            d = row.get("due_date")
            flags[key].append(
                Flag(
                    str(row["rule_id"]),
                    status,
                    d.isoformat() if isinstance(d, dt.date) else None,
                    row.get("days_late"),
                )
            )
        if status in ("met", "late", "overdue"):
            due[key] += 1
    cases = []
    for pid, benefit, municipality, caseworker, team, organisation in con.execute(
        _POPULATION_SQL, {"as_of": as_of}
    ).fetchall():
        if not actor.may_see(None if municipality is None else str(municipality)):
            continue
        key = (str(pid), str(benefit))
        cases.append(
            Case(
                person_id=key[0],
                benefit=key[1],
                municipality=str(municipality),
                caseworker_id=None if caseworker is None else str(caseworker),
                team=None if team is None else str(team),
                organisation=None if organisation is None else str(organisation),
                flags=tuple(flags.get(key, ())),
                due_obligations=due.get(key, 0),
            )
        )
    return cases, {c: verdicts.get(c, []) for c in ((x.person_id, x.benefit) for x in cases)}


def draw_sample(
    actor: Actor,
    workspace: Workspace,
    plan: SamplePlan,
    as_of: dt.date,
    *,
    history: Mapping[str, tuple[int, int]] | None = None,
) -> DrawnSample:
    """Draw ``plan`` from the current snapshot's cases running on ``as_of`` within the actor's
    municipalities; the drawn citizens are logged (purpose supervision)."""
    return draw_with_verdicts(actor, workspace, plan, as_of, history=history)[0]


def draw_with_verdicts(
    actor: Actor,
    workspace: Workspace,
    plan: SamplePlan,
    as_of: dt.date,
    *,
    history: Mapping[str, tuple[int, int]] | None = None,
) -> tuple[DrawnSample, dict[tuple[str, str], list[dict[str, Any]]]]:
    """``draw_sample`` and the engine's verdicts of each drawn case (person, benefit)."""
    from tilsyn.supervision.sampling import draw

    require_role(actor, SAMPLERS, "udtrække stikprøver")
    for code in plan.filter.municipalities:
        actor.scope(code)  # refuses a municipality outside the actor's
    with open_snapshot(actor, workspace) as snap:
        population, verdicts = _population(actor, snap.con, as_of)
        sample = draw(
            plan, population, snapshot_id=snap.id, as_of=as_of.isoformat(), history=history
        )
    record(
        actor,
        workspace,
        action="supervision_sample",
        snapshot_id=snap.id,
        person_ids=[c.person_id for c in sample.cases],
        detail=f"plan={plan.name}; seed={plan.seed}; as_of={as_of.isoformat()}",
        purpose=Purpose.supervision,
    )
    drawn = {(c.person_id, c.benefit) for c in sample.cases}
    return sample, {k: v for k, v in verdicts.items() if k in drawn}
