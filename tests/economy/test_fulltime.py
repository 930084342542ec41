"""Full-year persons (jobindsats week method and day method) on hand-made citizens."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import duckdb
import pytest

from tilsyn.data.calendar import week_label
from tilsyn.data.importer import connection_from_records
from tilsyn.economy.fulltime import (
    count_months,
    fulltime_by_month,
    fulltime_period,
    month_period,
)

YEAR_START, YEAR_END = dt.date(2024, 1, 1), dt.date(2024, 12, 1)
LATER = dt.date(2025, 3, 1)


def snapshot(periods: list[tuple[str, str, str, str | None]]) -> duckdb.DuckDBPyConnection:
    persons = sorted({p[0] for p in periods})
    return connection_from_records(
        {
            "persons": [{"person_id": p, "municipality": "185"} for p in persons],
            "benefit_periods": [
                {"person_id": p, "benefit": b, "start_date": s, "end_date": e or ""}
                for p, b, s, e in periods
            ],
        }
    )


def by_benefit(rows: list[dict[str, object]]) -> dict[object, object]:
    return {r["benefit"]: r["fulltime_persons"] for r in rows}


def test_13_weeks_dagpenge_and_26_weeks_kontanthjaelp_in_a_52_week_year() -> None:
    con = snapshot(
        [
            ("P1", "dagpenge", "2024-01-01", "2024-03-31"),  # ISO weeks 1-13
            ("P2", "kontanthjaelp", "2024-04-01", "2024-09-29"),  # ISO weeks 14-39
        ]
    )
    rows = fulltime_period(con, YEAR_START, YEAR_END, LATER)
    assert by_benefit(rows) == {"dagpenge": Decimal("0.25"), "kontanthjaelp": Decimal("0.5")}
    assert {r["period_units"] for r in rows} == {52}
    assert sum(r["fulltime_persons"] for r in rows) == Decimal("0.75")  # summable


def test_53_week_year_divides_by_53() -> None:
    con = snapshot([("P1", "kontanthjaelp", "2026-01-01", "2026-12-31")])
    rows = fulltime_period(con, dt.date(2026, 1, 1), dt.date(2026, 12, 1), dt.date(2027, 2, 1))
    assert rows[0]["period_units"] == 53
    assert rows[0]["fulltime_persons"] == Decimal(1)


def test_one_day_in_a_week_counts_the_week_but_days_method_counts_the_day() -> None:
    con = snapshot([("P1", "sygedagpenge", "2024-01-07", "2024-01-08")])  # Sun W01, Mon W02
    weeks = fulltime_period(con, dt.date(2024, 1, 1), dt.date(2024, 1, 1), LATER)
    days = fulltime_period(con, dt.date(2024, 1, 1), dt.date(2024, 1, 1), LATER, method="days")
    assert weeks[0]["units"] == 2
    assert weeks[0]["period_units"] == 4
    assert days[0]["units"] == 2
    assert days[0]["period_units"] == 31


def test_two_benefits_in_the_same_week_both_count_no_overlap_correction() -> None:
    con = snapshot(
        [
            ("P1", "kontanthjaelp", "2024-01-01", "2024-01-03"),
            ("P1", "sygedagpenge", "2024-01-04", "2024-01-07"),
        ]
    )
    rows = fulltime_period(con, YEAR_START, YEAR_END, LATER)
    assert {r["benefit"]: r["units"] for r in rows} == {"kontanthjaelp": 1, "sygedagpenge": 1}


def test_weeks_belong_to_the_month_of_their_thursday() -> None:
    # 2024-W05 runs Mon 29 Jan - Sun 4 Feb; its Thursday is 1 Feb.
    jan, feb = (
        month_period(dt.date(2024, 1, 1), "weeks"),
        month_period(dt.date(2024, 2, 1), "weeks"),
    )
    assert week_label(jan.last) == "2024-W04"
    assert week_label(feb.first) == "2024-W05"
    con = snapshot([("P1", "kontanthjaelp", "2024-01-29", "2024-01-31")])
    counts = count_months(con, dt.date(2024, 1, 1), dt.date(2024, 2, 1), LATER)
    assert [(c.month, c.units) for c in counts] == [(dt.date(2024, 2, 1), 1)]


def test_month_is_complete_on_the_sunday_of_its_last_week_not_before() -> None:
    con = snapshot([("P1", "kontanthjaelp", "2024-01-01", None)])
    # January 2024's last week (W04) ends Sunday 28 January.
    for as_of, closed in [(dt.date(2024, 1, 27), False), (dt.date(2024, 1, 28), True)]:
        jan = next(
            r for r in fulltime_by_month(con, 2024, as_of) if r["month"] == dt.date(2024, 1, 1)
        )
        assert jan["closed"] is closed


def test_open_periods_stop_at_as_of() -> None:
    con = snapshot([("P1", "kontanthjaelp", "2024-01-01", None)])
    rows = fulltime_period(con, YEAR_START, YEAR_END, dt.date(2024, 1, 14))
    assert rows[0]["units"] == 2


def test_municipality_of_the_period_overrides_the_person() -> None:
    con = connection_from_records(
        {
            "persons": [{"person_id": "P1", "municipality": "185"}],
            "benefit_periods": [
                {
                    "person_id": "P1",
                    "benefit": "kontanthjaelp",
                    "start_date": "2024-01-01",
                    "end_date": "2024-01-14",
                    "municipality": "101",
                },
            ],
        }
    )
    assert [r["municipality"] for r in fulltime_period(con, YEAR_START, YEAR_END, LATER)] == ["101"]
    assert fulltime_period(con, YEAR_START, YEAR_END, LATER, municipality="185") == []


def test_bad_municipality_and_method_are_named() -> None:
    con = snapshot([("P1", "kontanthjaelp", "2024-01-01", None)])
    with pytest.raises(ValueError, match="'18'"):
        fulltime_period(con, YEAR_START, YEAR_END, LATER, municipality="18")
    with pytest.raises(ValueError, match="'hours'"):
        fulltime_period(con, YEAR_START, YEAR_END, LATER, method="hours")
