"""Forecast of full-year persons: estimators, backtest and choice per series."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tilsyn.data.importer import connection_from_records
from tilsyn.economy.fulltime_forecast import (
    ESTIMATORS,
    choose_estimator,
    forecast_fulltime,
    year_totals,
)


def test_seasonal_series_picks_an_estimator_that_knows_the_season() -> None:
    # Three years with a strong seasonal pattern and a flat level.
    pattern = [10, 10, 10, 10, 10, 30, 30, 30, 10, 10, 10, 10]
    history = {y * 12 + m: float(v) for y in (2021, 2022, 2023) for m, v in enumerate(pattern)}
    cut = 2023 * 12 + 3  # April 2023 is the last known month
    history = {k: v for k, v in history.items() if k <= cut}
    name, error, forecast = choose_estimator(history, cut, list(range(cut + 1, 2024 * 12)))
    assert name in ("same_month_last_year_x_trend", "seasonal_profile")
    assert error == 0.0
    assert forecast[1] == 30.0  # June


def test_flat_series_without_history_falls_back_without_backtest() -> None:
    history = {2024 * 12 + m: 5.0 for m in range(4)}
    name, error, forecast = choose_estimator(history, 2024 * 12 + 3, [2024 * 12 + 4])
    assert error is None
    assert name in ESTIMATORS
    assert forecast == [5.0]


def test_forecast_rows_actual_months_then_forecast() -> None:
    periods = []
    # Two citizens on kontanthjælp every year from 2022, one more each summer (Jun-Aug).
    for p in ("P1", "P2"):
        periods.append({"person_id": p, "benefit": "kontanthjaelp", "start_date": "2022-01-03"})
    for i, y in enumerate((2022, 2023, 2024)):
        periods.append(
            {
                "person_id": f"S{i}",
                "benefit": "kontanthjaelp",
                "start_date": f"{y}-06-03",
                "end_date": f"{y}-08-25",
            }
        )
    con = connection_from_records(
        {
            "persons": [{"person_id": p["person_id"], "municipality": "185"} for p in periods],
            "benefit_periods": periods,
        }
    )
    rows = forecast_fulltime(con, 2024, dt.date(2024, 4, 27))
    assert len(rows) == 12
    actual = [r for r in rows if not r.is_forecast]
    assert [r.month.month for r in actual] == [
        1,
        2,
        3,
    ]  # April (last week W17) ends on Sunday 28 April
    assert all(r.fulltime_persons == Decimal(2) for r in actual)
    forecast = {r.month.month: r for r in rows if r.is_forecast}
    assert forecast[7].backtest_error is not None
    assert forecast[7].fulltime_persons > forecast[11].fulltime_persons  # the season is seen
    totals = year_totals(rows)[0]
    assert totals["year_to_date"] == Decimal(2)
    assert totals["months_actual"] == 3
