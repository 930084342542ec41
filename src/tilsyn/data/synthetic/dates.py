"""Dates as int32 day numbers (days since 1970-01-01), so whole columns are numpy arithmetic.

>>> to_day("2024-01-01")
19723
>>> day_to_date(19723)
datetime.date(2024, 1, 1)
>>> int(weekday(np.array([19723]))[0])  # a Monday
0
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import numpy.typing as npt
import polars as pl

from tilsyn.data import calendar_arrays

Days = npt.NDArray[np.int32]
NA_DAY = np.int32(np.iinfo(np.int32).min)  # "no date"; turned into an empty cell on output
DAYS_PER_YEAR = 365.25


def to_day(iso: str) -> int:
    """Day number of an ISO date."""
    return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days


def day_to_date(day: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(day))


def parse_month(month: str) -> tuple[int, int]:
    """'2022-01' -> (2022, 1); raises ValueError on anything else."""
    year_text, _, month_text = month.partition("-")
    if len(year_text) != 4 or len(month_text) != 2:
        raise ValueError(f"forventede måned som ÅÅÅÅ-MM, fik {month!r}")
    year, mon = int(year_text), int(month_text)
    if not 1 <= mon <= 12:
        raise ValueError(f"ugyldig måned {month!r}")
    return year, mon


def month_first_day(month: str) -> int:
    year, mon = parse_month(month)
    return (dt.date(year, mon, 1) - dt.date(1970, 1, 1)).days


def month_last_day(month: str) -> int:
    year, mon = parse_month(month)
    nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    return (nxt - dt.date(1970, 1, 1)).days - 1


def year_of(days: Days) -> npt.NDArray[np.int32]:
    return (days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970).astype(
        np.int32
    )


def month_index(days: Days) -> npt.NDArray[np.int32]:
    """``tilsyn.data.calendar.month_index`` of each day number (``year * 12 + month - 1``)."""
    return calendar_arrays.month_index(days).astype(np.int32)


def month_index_first_day(months: npt.NDArray[np.int32]) -> Days:
    """The day number of the first day of each month index."""
    return calendar_arrays.first_day(months).astype(np.int32)


def end_of_month(days: Days) -> Days:
    return (month_index_first_day(month_index(days) + 1) - 1).astype(np.int32)


def weekday(days: Days) -> npt.NDArray[np.int32]:
    """0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday)."""
    return ((days.astype(np.int64) + 3) % 7).astype(np.int32)


def monday_of(days: Days) -> Days:
    return (days - weekday(days)).astype(np.int32)


def to_workday(days: Days, *, forward: bool) -> Days:
    """Move Saturdays and Sundays to the next Monday (forward) or the previous Friday."""
    wd = weekday(days)
    if forward:
        shift = np.where(wd == 5, 2, np.where(wd == 6, 1, 0))
    else:
        shift = np.where(wd == 5, -1, np.where(wd == 6, -2, 0))
    return (days + shift).astype(np.int32)


def iso_week_labels(first_monday: int, n_weeks: int) -> pl.Series:
    """'YYYY-Www' for n consecutive weeks starting at a Monday day number."""
    labels = []
    for i in range(n_weeks):
        year, week, _ = day_to_date(first_monday + 7 * i).isocalendar()
        labels.append(f"{year:04d}-W{week:02d}")
    return pl.Series(labels, dtype=pl.String)


def month_labels(first_month_index: int, n_months: int) -> pl.Series:
    labels = []
    for i in range(n_months):
        m = first_month_index + i
        labels.append(f"{m // 12:04d}-{m % 12 + 1:02d}")
    return pl.Series(labels, dtype=pl.String)


def years_to_days(years: npt.ArrayLike) -> npt.NDArray[np.int32]:
    return np.round(np.asarray(years, dtype=np.float64) * DAYS_PER_YEAR).astype(np.int32)


class Period:
    """The reporting period: first day of the first month to last day of the last month."""

    __slots__ = ("end", "start")

    def __init__(self, first_month: str, last_month: str) -> None:
        self.start = month_first_day(first_month)
        self.end = month_last_day(last_month)
        if self.end < self.start:
            raise ValueError(f"perioden slutter ({last_month}) før den begynder ({first_month})")

    @property
    def first_year(self) -> int:
        return day_to_date(self.start).year

    @property
    def last_year(self) -> int:
        return day_to_date(self.end).year

    @property
    def days(self) -> int:
        return self.end - self.start + 1
