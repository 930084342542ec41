"""One citizen's history as a timeline: benefit periods, interviews, offers, Min Plan,
exemptions and reassessments, newest first. Logged as a read of the citizen's data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.data.workspace import Workspace


@dataclass(frozen=True)
class TimelineEvent:
    date: dt.date
    end_date: dt.date | None
    category: str  # benefit_period, conversation, offer, plan, exemption, reassessment
    code: str  # the benefit, conversation kind, offer kind, reason or outcome
    detail: dict[str, str]


@dataclass(frozen=True)
class CitizenTimeline:
    snapshot_id: str
    person_id: str
    municipality: str | None
    caseworker_id: str | None
    events: list[TimelineEvent]


# (table, category, date column, end column, code column, detail columns)
_SOURCES = (
    ("benefit_periods", "benefit_period", "start_date", "end_date", "benefit", ("target_group",)),
    ("conversations", "conversation", "date", None, "kind", ("form", "held_by", "status")),
    ("offers", "offer", "start_date", "end_date", "kind", ()),
    ("plans", "plan", "date", None, None, ("has_job_goal", "has_education_goal")),
    ("exemptions", "exemption", "start_date", "end_date", "reason", ()),
    ("reassessments", "reassessment", "date", None, "outcome", ()),
)


def citizen_timeline(
    *,
    actor: Actor,
    workspace: Workspace,
    person: str,
    as_of: dt.date,
    purpose: Purpose | str | None = None,
) -> CitizenTimeline:
    """The citizen's events up to ``as_of``. ``NotFound`` for an unknown citizen,
    ``AccessDenied`` for one outside the actor's municipalities."""
    events: list[TimelineEvent] = []
    with open_snapshot(actor, workspace) as snap:
        found = snap.con.execute(
            "SELECT municipality, caseworker_id FROM persons WHERE person_id = $p", {"p": person}
        ).fetchall()
        if not found:
            raise NotFound(f"borgeren '{person}' findes ikke i datasamlingen")
        municipality = None if found[0][0] is None else str(found[0][0])
        tables = {
            r[0]: set(r[1])
            for r in snap.con.execute(
                "SELECT table_name, list(column_name) FROM information_schema.columns "
                "GROUP BY table_name"
            ).fetchall()
        }
        if not actor.may_see(municipality):
            raise AccessDenied(f"{actor.user} har ikke adgang til borgeren '{person}'")
        for table, category, start, end, code, details in _SOURCES:
            if table not in tables:
                continue
            present = [c for c in details if c in tables[table]]
            end_col = end if end and end in tables[table] else "NULL"
            code_col = code if code else "NULL"
            cols = ", ".join([start, end_col, code_col, *present])
            rows = snap.con.execute(
                f"SELECT {cols} FROM {table} WHERE person_id = $p AND {start} <= $d",
                {"p": person, "d": as_of},
            ).fetchall()
            for row in rows:
                detail = {c: str(v) for c, v in zip(present, row[3:], strict=True) if v is not None}
                events.append(
                    TimelineEvent(
                        row[0], row[1], category, "" if row[2] is None else str(row[2]), detail
                    )
                )
    events.sort(key=lambda e: (e.date, e.category), reverse=True)
    record(
        actor,
        workspace,
        action="timeline",
        snapshot_id=snap.id,
        person_ids=[person],
        detail=f"as_of={as_of.isoformat()}",
        purpose=purpose,
    )
    caseworker = None if found[0][1] is None else str(found[0][1])
    return CitizenTimeline(snap.id, person, municipality, caseworker, events)
