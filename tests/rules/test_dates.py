"""The date helpers: doctests as the specification, and the Ibis versions agree with the
Python ones on every day of a leap and a common year."""

from __future__ import annotations

import datetime as dt
import doctest

import duckdb
import ibis
import pytest

from tilsyn.rules import dates


def test_doctests_pass() -> None:
    result = doctest.testmod(dates)
    # add_months and its examples live in tilsyn.data.calendar (tests/test_calendar.py).
    assert result.attempted >= 8
    assert result.failed == 0


@pytest.mark.parametrize("months", [-1, 1, 3, 6])
def test_sql_month_arithmetic_matches_python(months: int) -> None:
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=i) for i in range(731)]
    con = duckdb.connect()
    backend = ibis.duckdb.from_connection(con)
    table = backend.create_table("d", ibis.memtable({"day": days}), temp=True)
    out = table.select(
        table.day,
        plus=dates.months_expr(table.day, months),
        week8=dates.end_of_week_expr(table.day, 8),
        days7=dates.days_expr(table.day, 7),
    ).to_pyarrow()
    for day, plus, week8, days7 in zip(
        *(out[c].to_pylist() for c in out.column_names), strict=True
    ):
        assert plus == dates.add_months(day, months)
        assert week8 == dates.end_of_week(day, 8)
        assert days7 == dates.add_days(day, 7)


def test_working_days_skip_danish_holidays() -> None:
    # Juleaftensdag is not a public holiday; Juledag and Anden juledag are.
    assert dates.is_working_day(dt.date(2024, 12, 24))
    assert not dates.is_working_day(dt.date(2024, 12, 25))
    assert dates.add_working_days(dt.date(2024, 12, 24), 1) == dt.date(2024, 12, 27)
    with pytest.raises(ValueError, match="≥ 0"):
        dates.add_working_days(dt.date(2024, 1, 1), -1)
