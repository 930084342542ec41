"""The calendar's one convention for months and ISO weeks, at year boundaries, month ends
and in ISO years with a week 53."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest

from tilsyn.data import calendar as cal

D = dt.date


def test_doctests_pass() -> None:
    result = doctest.testmod(cal)
    assert result.attempted >= 5
    assert result.failed == 0


def test_month_index_counts_from_year_zero_and_steps_by_one_over_new_year() -> None:
    assert cal.month_index(D(2024, 12, 31)) + 1 == cal.month_index(D(2025, 1, 1))
    assert cal.month_index(D(2024, 2, 17)) == 2024 * 12 + 1
    assert cal.month_from_index(cal.month_index(D(2024, 12, 31)) + 1) == D(2025, 1, 1)
    assert cal.month_from_index(cal.month_index(D(2025, 1, 1)) - 1) == D(2024, 12, 1)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2024, 12, 31), 1, D(2025, 1, 31)),  # over new year
        (D(2025, 1, 15), -1, D(2024, 12, 15)),  # back over new year
        (D(2024, 8, 31), 6, D(2025, 2, 28)),
        (D(2024, 3, 31), -13, D(2023, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: D, months: int, expected: D) -> None:
    assert cal.add_months(day, months) == expected


def test_month_start_end_and_iteration_cross_the_year() -> None:
    assert cal.month_start(D(2024, 12, 31)) == D(2024, 12, 1)
    assert cal.month_end(D(2024, 2, 1)) == D(2024, 2, 29)
    assert cal.month_end(D(2024, 12, 5)) == D(2024, 12, 31)
    assert cal.iter_months(D(2024, 11, 30), D(2025, 2, 1)) == [
        D(2024, 11, 1),
        D(2024, 12, 1),
        D(2025, 1, 1),
        D(2025, 2, 1),
    ]
    assert cal.iter_months(D(2025, 2, 1), D(2025, 1, 1)) == []
    assert cal.months_between(D(2024, 12, 31), D(2025, 1, 1)) == 1
    assert cal.month_label(D(2025, 1, 9)) == "2025-01"


def test_iso_weeks_belong_to_the_iso_year_at_new_year() -> None:
    assert cal.iso_week(D(2024, 12, 29)) == "2024-W52"  # Sunday
    assert cal.iso_week(D(2024, 12, 30)) == "2025-W01"  # Monday: already 2025's week 1
    assert cal.iso_week(D(2021, 1, 3)) == "2020-W53"
    assert cal.iso_week(D(2021, 1, 4)) == "2021-W01"


def test_week_53_exists_only_in_long_iso_years() -> None:
    assert cal.weeks_in_year(2020) == 53
    assert cal.weeks_in_year(2026) == 53
    assert cal.weeks_in_year(2024) == 52
    assert cal.iso_week_monday("2026-W53") == D(2026, 12, 28)
    with pytest.raises(ValueError, match="år 2024 har ingen uge 53"):
        cal.iso_week_monday("2024-W53")
    with pytest.raises(ValueError, match="ikke en ISO-uge"):
        cal.iso_week_monday("2024-7")


def test_week_indexes_step_by_one_through_week_53_and_new_year() -> None:
    labels = list(cal.iter_weeks("2026-W52", "2027-W02"))
    assert labels == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    index = cal.parse_week("2026-W53")
    assert cal.week_label(index + 1) == "2027-W01"
    assert cal.week_monday(cal.week_index(D(2027, 1, 3))) == D(2026, 12, 28)  # Sunday of W53
    assert cal.week_monday(0) == D(1900, 1, 1)
    assert cal.week_monday(0).weekday() == 0


def test_the_array_month_index_is_the_calendars() -> None:
    import numpy as np

    from tilsyn.data import calendar_arrays

    days = [D(1969, 12, 31), D(2024, 2, 29), D(2024, 12, 31), D(2025, 1, 1), D(2026, 12, 28)]
    numbers = np.array([(d - D(1970, 1, 1)).days for d in days], dtype=np.int32)
    assert calendar_arrays.month_index(numbers).tolist() == [cal.month_index(d) for d in days]
    firsts = calendar_arrays.first_day(calendar_arrays.month_index(numbers))
    assert [D(1970, 1, 1) + dt.timedelta(days=int(n)) for n in firsts] == [
        cal.month_start(d) for d in days
    ]
