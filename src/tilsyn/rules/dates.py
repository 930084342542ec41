"""Explicit date arithmetic for legal deadlines, in plain Python and as Ibis expressions.

Every rule states which of these it uses, because the law counts in different units:

* days and weeks are calendar days (a week is 7 days);
* calendar months clamp to the end of the month, so 31 January + 1 month is the last day
  of February (DuckDB's ``date + INTERVAL n MONTH`` does the same, which the Ibis helpers
  rely on; a test checks that both agree);
* "by the end of week N counted from day D" is the last day of the N-th 7-day week that
  starts on D, i.e. D + 7·N − 1;
* working days skip Saturdays, Sundays and Danish public holidays
  (``holidays.Denmark(language="da")``).

The Python helpers are the specification (doctests); the Ibis helpers compile the same
arithmetic into SQL.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays
import ibis
import ibis.expr.types as ir

# Calendar months are the calendar module's (one convention for every layer).
from tilsyn.data.calendar import add_months as add_months


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` plus ``days`` calendar days.

    >>> add_days(dt.date(2024, 1, 1), 7)
    datetime.date(2024, 1, 8)
    """
    return day + dt.timedelta(days=days)


def add_weeks(day: dt.date, weeks: int) -> dt.date:
    """``day`` plus ``weeks`` whole weeks of 7 calendar days.

    >>> add_weeks(dt.date(2024, 12, 30), 2)
    datetime.date(2025, 1, 13)
    """
    return day + dt.timedelta(weeks=weeks)


def end_of_week(start: dt.date, week: int) -> dt.date:
    """Last day of the ``week``-th week counted from ``start`` (week 1 starts on ``start``).

    "Senest inden udgangen af ottende uge regnet fra første fraværsdag": a first absence
    day on Monday 1 January 2024 gives Sunday 25 February 2024.

    >>> end_of_week(dt.date(2024, 1, 1), 8)
    datetime.date(2024, 2, 25)
    >>> end_of_week(dt.date(2024, 1, 3), 1)
    datetime.date(2024, 1, 9)
    """
    return start + dt.timedelta(days=7 * week - 1)


@cache
def _danish_holidays(year: int) -> frozenset[dt.date]:
    # holidays builds country classes dynamically, so mypy cannot see Denmark.
    calendar_da = holidays.country_holidays("DK", years=year, language="da")
    return frozenset(calendar_da.keys())


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a Danish public holiday.

    >>> is_working_day(dt.date(2024, 3, 28))  # skærtorsdag
    False
    >>> is_working_day(dt.date(2024, 4, 2))
    True
    """
    return day.weekday() < 5 and day not in _danish_holidays(day.year)


def add_working_days(day: dt.date, days: int) -> dt.date:
    """The ``days``-th working day after ``day`` (``days`` ≥ 0; 0 rolls forward to a
    working day).

    >>> add_working_days(dt.date(2024, 3, 27), 1)  # Wednesday before Easter
    datetime.date(2024, 4, 2)
    >>> add_working_days(dt.date(2024, 12, 21), 0)  # Saturday rolls to Monday
    datetime.date(2024, 12, 23)
    """
    if days < 0:
        raise ValueError("days skal være ≥ 0")
    current = day
    while not is_working_day(current):
        current += dt.timedelta(days=1)
    remaining = days
    while remaining:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


# --- Ibis expressions -------------------------------------------------------------------


def _as_date(value: ir.DateValue) -> ir.DateValue:
    # DuckDB's DATE + INTERVAL is a TIMESTAMP while Ibis types it as a date and would drop
    # a plain cast to date; the detour through timestamp forces a real CAST.
    return value.cast("timestamp").cast("date")


def days_expr(day: ir.DateValue, days: ir.IntegerValue | int) -> ir.DateValue:
    """Ibis: ``day`` plus ``days`` calendar days (a column or a Python int)."""
    n = ibis.literal(days) if isinstance(days, int) else days
    return _as_date(day + n.as_interval("D"))


def months_expr(day: ir.DateValue, months: ir.IntegerValue | int) -> ir.DateValue:
    """Ibis: ``day`` plus ``months`` calendar months, clamped to the month end."""
    n = ibis.literal(months) if isinstance(months, int) else months
    return _as_date(day + n.as_interval("M"))


def end_of_week_expr(start: ir.DateValue, week: ir.IntegerValue | int) -> ir.DateValue:
    """Ibis: last day of the ``week``-th week counted from ``start``."""
    n = ibis.literal(week) if isinstance(week, int) else week
    return days_expr(start, n * 7 - 1)


def days_between(start: ir.DateValue, end: ir.DateValue) -> ir.IntegerValue:
    """Ibis: ``end − start`` in days (positive when ``end`` is later)."""
    return end.delta(start, unit="day")


def min_date(a: ir.DateValue, b: ir.DateValue) -> ir.DateValue:
    """Ibis: the earlier of two dates, ignoring NULL."""
    return ibis.least(a, b)


def max_date(a: ir.DateValue, b: ir.DateValue) -> ir.DateValue:
    """Ibis: the later of two dates, ignoring NULL."""
    return ibis.greatest(a, b)
