"""What the parity tests compute on every engine: every obligation, every focus, early and
reform cell, every staircase week and every full-year-person month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from tilsyn.economy.fulltime import fulltime_by_month
from tilsyn.economy.staircase import staircase_weeks
from tilsyn.engines.connection import EngineConnection
from tilsyn.measures.early import early_followup
from tilsyn.measures.focus import focus_measures
from tilsyn.measures.reform import reform_report
from tilsyn.rules.evaluate import evaluate
from tilsyn.rules.on_engine import evaluate_on


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
