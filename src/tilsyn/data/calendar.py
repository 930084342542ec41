"""Months and ISO weeks, one convention each, for every layer.

* A **month index** counts months from January of year 0: ``year * 12 + month - 1``. It needs
  no epoch, the SQL engines compute it the same way (``year(d) * 12 + month(d) - 1``), and
  consecutive months differ by exactly 1, so "12 months back" is ``mi - 11``.
* A **month** as a value is the date of its first day (``month_start``).
* ``add_months`` moves by calendar months and clamps to the last day of the target month
  (31 January + 1 month = 29 February 2024), as DuckDB's ``+ INTERVAL n MONTH`` does.
* An **ISO week** is written ``YYYY-Www`` (``2024-W07``); its year is the ISO year, so
  29 December 2025 is in ``2026-W01`` and 2026 has a week 53. A **week index** counts ISO
  weeks from the week of Monday 1 January 1900 (``(d - 1900-01-01).days // 7``; the epoch is a
  Monday, so a week index is a whole number of weeks from any day number on that epoch).

The same month index over NumPy arrays of day numbers is in ``tilsyn.data.calendar_arrays``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

WEEK_EPOCH = dt.date(1900, 1, 1)
"""A Monday: week index 0 is the ISO week that begins on it."""
WEEK_EPOCH_SQL = "DATE '1900-01-01'"
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")

MONTH_NAMES_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
"""The months' Danish names, for every layer that writes a date in words (the rules' notice
cannot use ``tilsyn.present``; the charts' locale there uses these too)."""


# --- months -------------------------------------------------------------------------------


def month_index(day: dt.date) -> int:
    """Months since January of year 0: ``2024-02-17`` → 24289."""
    return day.year * 12 + day.month - 1


def month_from_index(index: int) -> dt.date:
    """The first day of the month with ``index``."""
    year, month0 = divmod(index, 12)
    return dt.date(year, month0 + 1, 1)


def month_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the last day of the target month.

    >>> add_months(dt.date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    >>> add_months(dt.date(2024, 12, 15), 1)
    datetime.date(2025, 1, 15)
    >>> add_months(dt.date(2025, 1, 31), -2)
    datetime.date(2024, 11, 30)
    """
    year, month0 = divmod(month_index(day) + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def months_between(first: dt.date, second: dt.date) -> int:
    """Whole months from the month of ``first`` to the month of ``second`` (may be < 0)."""
    return month_index(second) - month_index(first)


def iter_months(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of every month from the month of ``first`` to that of ``last``."""
    start = month_index(first)
    return [month_from_index(start + i) for i in range(month_index(last) - start + 1)]


def month_label(day: dt.date) -> str:
    """``YYYY-MM`` of ``day``'s month."""
    return f"{day.year:04d}-{day.month:02d}"


# --- ISO weeks ----------------------------------------------------------------------------


def week_index(day: dt.date) -> int:
    """The index of the ISO week containing ``day`` (0 = the week of 1 January 1900)."""
    return (day - WEEK_EPOCH).days // 7


def week_monday(index: int) -> dt.date:
    """The Monday of the week with ``index``."""
    return WEEK_EPOCH + dt.timedelta(days=7 * index)


def iso_week(day: dt.date) -> str:
    """``YYYY-Www`` of the ISO week containing ``day`` (the ISO year, not the calendar year).

    >>> iso_week(dt.date(2025, 12, 29))
    '2026-W01'
    >>> iso_week(dt.date(2021, 1, 3))
    '2020-W53'
    """
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_label(index: int) -> str:
    """``YYYY-Www`` of the week with ``index``."""
    return iso_week(week_monday(index))


def iso_week_monday(label: str) -> dt.date:
    """The Monday of ``YYYY-Www``; raises ``ValueError`` naming the value when it is not one
    (bad form, or week 53 of a year with 52)."""
    m = _ISO_WEEK.match(label.strip())
    if not m:
        raise ValueError(f"'{label}' er ikke en ISO-uge som ÅÅÅÅ-Wuu")
    try:
        return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        raise ValueError(f"'{label}': år {m.group(1)} har ingen uge {m.group(2)}") from None


def parse_week(label: str) -> int:
    """``'2024-W07'`` → its week index."""
    return week_index(iso_week_monday(label))


def iter_weeks(first: str, last: str) -> Iterator[str]:
    """Every ISO week label from ``first`` to ``last`` inclusive."""
    for index in range(parse_week(first), parse_week(last) + 1):
        yield week_label(index)


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO year has week 53 when 28 December falls in it."""
    return dt.date(year, 12, 28).isocalendar()[1]
