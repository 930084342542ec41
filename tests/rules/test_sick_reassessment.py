"""The two readings of "de 9 forudgående kalendermåneder" (a parameter YAML cases cannot vary)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tilsyn.data.importer import connection_from_records
from tilsyn.rules.evaluate import evaluate
from tilsyn.rules.parameters import ParameterSet, ParameterValue, default_parameters
from tilsyn.rules.registry import load_rules

READING = "sygedagpengeloven.revurdering.lookback_reading"


def with_reading(reading: str) -> ParameterSet:
    base = default_parameters()
    params = {p.id: p for p in base}
    old = params[READING]
    entry = old.history[0]
    params[READING] = dataclasses.replace(
        old, history=(ParameterValue(entry.effective_from, reading, entry.references, None),)
    )
    return ParameterSet(params)


def due_date(first_absence: str, reading: str) -> dt.date:
    con = connection_from_records(
        {
            "persons": [{"person_id": "P1", "municipality": "185"}],
            "benefit_periods": [
                {
                    "person_id": "P1",
                    "benefit": "sygedagpenge",
                    "start_date": first_absence,
                    "first_absence_date": first_absence,
                    "sickness_category": "2",
                }
            ],
        }
    )
    params = with_reading(reading)
    rule = load_rules(params)["sick_reassessment"]
    rows = evaluate(con, dt.date(2025, 1, 1), rules=[rule], params=params).to_pylist()
    con.close()
    assert len(rows) == 1
    due = rows[0]["due_date"]
    assert isinstance(due, dt.date)
    return due


def test_the_default_reading_counts_the_month_the_limit_is_exceeded() -> None:
    assert default_parameters().value(READING, dt.date(2024, 1, 1)) == "current_month_included"


@pytest.mark.parametrize(
    ("first_absence", "current_month", "preceding_only"),
    [
        # 22 weeks exceeded on 30 Jun 2024 (the last day of a month)
        ("2024-01-28", dt.date(2024, 6, 30), dt.date(2024, 7, 31)),
        # exceeded on 1 Jul 2024 (the first day of the next month)
        ("2024-01-29", dt.date(2024, 7, 31), dt.date(2024, 8, 31)),
    ],
)
def test_the_preceding_months_reading_gives_payment_one_more_month(
    first_absence: str, current_month: dt.date, preceding_only: dt.date
) -> None:
    assert due_date(first_absence, "current_month_included") == current_month
    assert due_date(first_absence, "preceding_months_only") == preceding_only
