"""What the parity tests compute on every engine: every obligation, every focus, early and
reform cell, every staircase week and every full-year-person month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from builders import kth, period, talk, valid_tables
from tilsyn.economy.fulltime import fulltime_by_month
from tilsyn.economy.staircase import staircase_weeks
from tilsyn.engines.connection import EngineConnection
from tilsyn.measures.early import early_followup
from tilsyn.measures.focus import focus_measures
from tilsyn.measures.reform import reform_report
from tilsyn.rules.evaluate import evaluate
from tilsyn.rules.on_engine import evaluate_on

FIXTURE_END = dt.date(2024, 12, 31)


def fixture_records() -> dict[str, list[dict[str, str]]]:
    """The valid folder plus citizens on the days around the rules' boundaries."""
    t = valid_tables()
    t["persons"] += [
        {"person_id": "P3", "municipality": "185", "caseworker_id": "K1"},
        {"person_id": "P4", "municipality": "185", "caseworker_id": ""},
        {"person_id": "P5", "municipality": "155", "caseworker_id": "K1"},
        {"person_id": "P6", "municipality": "185", "caseworker_id": "K1"},
    ]
    t["benefit_periods"] += [
        # Dagpenge from 1 Feb: interviews the day before, on and after deadlines.
        period("P3", "dagpenge", "2024-02-01", "", target_group=""),
        # Sick-listed with an employer: follow-up counted from the first day of absence.
        period("P4", "sygedagpenge", "2024-03-04", "2024-11-29", first_absence_date="2024-02-26"),
        # Moved from Dragør's to Tårnby's kontanthjælp mid-year (period municipality wins).
        kth("P5", "2024-01-15", "2024-06-30", target_group="aktivitetsparat", municipality="155"),
        kth("P5", "2024-07-01", "", target_group="aktivitetsparat", municipality="185"),
        # Ties every engine must break alike: two periods with the same key day (the second
        # applied for on the first's start; the later municipality code wins), and two
        # interviews on the spell's first day, the telephone one listed first (the one whose
        # description sorts first, the personal one, is cited).
        kth("P6", "2024-03-01", "2024-03-15", municipality="147"),
        kth("P6", "2024-03-16", "", first_contact_date="2024-03-01", municipality="155"),
    ]
    t["conversations"] += [
        talk("P3", "2024-02-14"),
        talk("P3", "2024-04-30"),
        talk("P3", "2024-05-02", held_by="akasse"),
        talk("P3", "2024-08-01", status="udeblevet"),
        talk("P4", "2024-04-22"),
        talk("P5", "2024-01-29", form="telefon"),
        talk("P5", "2024-07-15"),
        talk("P6", "2024-03-01", form="telefon"),
        talk("P6", "2024-03-01"),
    ]
    t["payments"] += [
        {
            "person_id": "P5",
            "benefit": "kontanthjaelp",
            "week": f"2024-W{w:02d}",
            "amount": "2500.00",
        }
        for w in range(3, 40)
    ]
    return t


def _key(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in row.values())


def obligations(con: Any, as_of: dt.date) -> list[dict[str, Any]]:
    table = evaluate_on(con, as_of) if isinstance(con, EngineConnection) else evaluate(con, as_of)
    # Rows tied on the ordering columns may come in either order; the set must be equal.
    return sorted(table.to_pylist(), key=_key)


def computations(last_day: dt.date) -> dict[str, Callable[[Any], Any]]:
    """Name → computation on a connection (DuckDB or another engine), for data up to
    ``last_day``."""
    year = last_day.year
    return {
        "obligations mid-year": lambda c: obligations(c, dt.date(year, 6, 30)),
        "obligations year end": lambda c: obligations(c, last_day),
        "focus": lambda c: focus_measures(c, year=year, as_of=last_day),
        "early": lambda c: early_followup(
            c, first_month=dt.date(year, 1, 1), last_month=dt.date(year, 12, 1), as_of=last_day
        ),
        "reform": lambda c: reform_report(
            c, first_month=dt.date(year, 1, 1), last_month=dt.date(year, 12, 1), as_of=last_day
        ),
        "staircase": lambda c: staircase_weeks(c, f"{year}-W01", f"{year}-W52", last_day),
        "fulltime weeks": lambda c: fulltime_by_month(c, year, last_day),
        "fulltime days": lambda c: fulltime_by_month(c, year, last_day, method="days"),
    }


def size(result: Any) -> int:
    if isinstance(result, tuple):
        return sum(size(r) for r in result)
    return len(result)
