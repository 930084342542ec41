"""Forecast full-year persons for the rest of a year, with backtested simple estimators.

For every series (municipality, benefit) the monthly history of full-year persons (complete
months only) is fed to a few simple estimators. Each estimator is backtested on every earlier
year of the data by cutting that year at the same month as the target year and forecasting its
remaining months; the error is WAPE (Σ|forecast − actual| ÷ Σ actual over the forecast months),
averaged over the backtest years. The estimator with the lowest error is chosen per series.
Estimators are statistical choices, not law, so they are plain code rather than parameters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

import duckdb

from tilsyn.data.calendar import iter_months, month_index
from tilsyn.economy.fulltime import (
    FTP_QUANTUM,
    Method,
    count_months,
    data_start,
    month_period,
)
from tilsyn.rules.parameters import ParameterSet, default_parameters

RECENT_MONTHS = 3  # window of the "recent months" estimators

# history: month index (tilsyn.data.calendar) → full-year persons; cut: the last known month index.
Estimator = Callable[[dict[int, float], int, list[int]], list[float] | None]


def _recent_mean(h: dict[int, float], cut: int, targets: list[int]) -> list[float] | None:
    window = [h.get(cut - i) for i in range(RECENT_MONTHS)]
    if any(v is None for v in window):
        return None
    level = sum(v for v in window if v is not None) / RECENT_MONTHS
    return [level] * len(targets)


def _last_value(h: dict[int, float], cut: int, targets: list[int]) -> list[float] | None:
    return [h[cut]] * len(targets) if cut in h else None


def _last_year_trend(h: dict[int, float], cut: int, targets: list[int]) -> list[float] | None:
    recent = [h.get(cut - i) for i in range(RECENT_MONTHS)]
    before = [h.get(cut - i - 12) for i in range(RECENT_MONTHS)]
    base = [h.get(t - 12) for t in targets]
    if any(v is None for v in (*recent, *before, *base)):
        return None
    denominator = sum(v for v in before if v is not None)
    if denominator == 0:
        return None
    trend = sum(v for v in recent if v is not None) / denominator
    return [(b or 0.0) * trend for b in base]


def _seasonal_profile(h: dict[int, float], cut: int, targets: list[int]) -> list[float] | None:
    last12 = [h.get(cut - i) for i in range(12)]
    if any(v is None for v in last12):
        return None
    level = sum(v for v in last12 if v is not None) / 12
    # Seasonal index per calendar month from complete calendar years up to the cut.
    ratios: dict[int, list[float]] = {}
    last_full_year = (cut + 1) // 12 - 1
    for year in range(min(h) // 12, last_full_year + 1):
        values = [h.get(year * 12 + m) for m in range(12)]
        if any(v is None for v in values):
            continue
        mean = sum(v for v in values if v is not None) / 12
        if mean == 0:
            continue
        for m, v in enumerate(values):
            ratios.setdefault(m, []).append((v or 0.0) / mean)
    if len(ratios) < 12:
        return None
    index = {m: sum(r) / len(r) for m, r in ratios.items()}
    return [level * index[t % 12] for t in targets]


ESTIMATORS: dict[str, Estimator] = {
    "same_month_last_year_x_trend": _last_year_trend,
    "recent_months_mean": _recent_mean,
    "seasonal_profile": _seasonal_profile,
    "last_month": _last_value,
}
DEFAULT_ESTIMATOR = "recent_months_mean"


@dataclass(frozen=True)
class FulltimeForecast:
    """One month of one series: actual (``is_forecast`` False) or forecast."""

    municipality: str
    benefit: str
    month: dt.date  # first day of the month
    fulltime_persons: Decimal
    is_forecast: bool
    estimator: str | None  # None for actual months
    backtest_error: float | None  # mean WAPE of the chosen estimator; None if not backtested
    period_units: int  # weeks (or days) in the month, to weight months into a year

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _wape(forecast: list[float], actual: list[float]) -> float | None:
    denominator = sum(abs(a) for a in actual)
    error = sum(abs(f - a) for f, a in zip(forecast, actual, strict=True))
    if denominator == 0:
        return 0.0 if error == 0 else None
    return error / denominator


def choose_estimator(
    history: dict[int, float], cut: int, targets: list[int]
) -> tuple[str, float | None, list[float]]:
    """Backtest every estimator on the earlier years in ``history`` and forecast ``targets``
    with the best one: (estimator, mean backtest WAPE or None, forecasts)."""
    first_year = min(history) // 12 if history else cut // 12
    scores: dict[str, float] = {}
    for name, estimator in ESTIMATORS.items():
        errors = []
        for back in range(1, cut // 12 - first_year + 1):
            b_cut, b_targets = cut - 12 * back, [t - 12 * back for t in targets]
            if any(t not in history for t in b_targets):
                continue
            sub = {k: v for k, v in history.items() if k <= b_cut}
            fc = estimator(sub, b_cut, b_targets)
            if fc is None:
                continue
            err = _wape(fc, [history[t] for t in b_targets])
            if err is not None:
                errors.append(err)
        if errors:
            scores[name] = sum(errors) / len(errors)
    for name in sorted(scores, key=lambda n: (scores[n], list(ESTIMATORS).index(n))):
        fc = ESTIMATORS[name](history, cut, targets)
        if fc is not None:
            return name, scores[name], fc
    for name in (DEFAULT_ESTIMATOR, *ESTIMATORS):
        fc = ESTIMATORS[name](history, cut, targets)
        if fc is not None:
            return name, None, fc
    return "last_month", None, [history.get(cut, 0.0)] * len(targets)


def forecast_fulltime(
    con: duckdb.DuckDBPyConnection,
    year: int,
    as_of: dt.date,
    municipality: str | None = None,
    *,
    method: str = "weeks",
    params: ParameterSet | None = None,
) -> list[FulltimeForecast]:
    """Full-year persons per municipality, benefit and month of ``year``: actual for months
    complete on ``as_of``, forecast for the rest.

    Returns one :class:`FulltimeForecast` per (municipality, benefit, month), sorted, with
    fields ``municipality``, ``benefit``, ``month`` (date, first of month),
    ``fulltime_persons`` (Decimal, 4 decimals), ``is_forecast``, ``estimator`` (None for
    actual months), ``backtest_error`` (mean WAPE of the chosen estimator over the earlier
    years in the data, a fraction; None when no earlier year allowed a backtest) and
    ``period_units`` (weeks, or days with ``method="days"``, in the month). The whole-year
    figure is Σ(fulltime_persons × period_units) ÷ Σ period_units over the 12 months.
    Series are the (municipality, benefit) pairs seen in the history; a series with no one
    in a month counts 0 there. History starts at the first month of any benefit period.
    """
    ps = params or default_parameters()
    start = data_start(con)
    months = [dt.date(year, m, 1) for m in range(1, 13)]
    if start is None:
        return []
    rule = str(ps.value("helaarspersoner.week_month_rule", as_of))
    meth: Method = "days" if method == "days" else "weeks"
    period_of = {m: month_period(m, meth, rule) for m in months}
    history_start = min(start, months[0])
    counts = count_months(
        con, history_start, months[-1], as_of, method=meth, municipality=municipality, params=ps
    )
    closed_months = [
        m
        for m in iter_months(history_start, months[-1])
        if as_of >= month_period(m, meth, rule).closes_on and m >= start
    ]
    closed = {month_index(m) for m in closed_months}
    series: dict[tuple[str, str], dict[int, float]] = {}
    exact: dict[tuple[str, str, int], Decimal] = {}
    for c in counts:
        series.setdefault((c.municipality, c.benefit), {})
        if month_index(c.month) in closed:
            series[(c.municipality, c.benefit)][month_index(c.month)] = c.units / c.period_units
            exact[(c.municipality, c.benefit, month_index(c.month))] = c.fulltime_persons
    year_ords = [month_index(m) for m in months]
    targets = [o for o in year_ords if o not in closed]
    cut = (targets[0] - 1) if targets else year_ords[-1]
    out: list[FulltimeForecast] = []
    for (muni, benefit), known in sorted(series.items()):
        history = {o: known.get(o, 0.0) for o in closed}  # zero-fill the known months
        name, error, forecast = (
            choose_estimator(history, cut, targets) if targets else ("", None, [])
        )
        fc_by_ord = dict(zip(targets, forecast, strict=True))
        for o, m in zip(year_ords, months, strict=True):
            units = period_of[m].units
            if o in fc_by_ord:
                value = Decimal(repr(max(fc_by_ord[o], 0.0))).quantize(FTP_QUANTUM)
                out.append(FulltimeForecast(muni, benefit, m, value, True, name, error, units))
            else:
                value = exact.get((muni, benefit, o), Decimal(0).quantize(FTP_QUANTUM))
                out.append(FulltimeForecast(muni, benefit, m, value, False, None, None, units))
    return out


def year_totals(rows: list[FulltimeForecast]) -> list[dict[str, Any]]:
    """Year to date (actual months) and whole year (actual + forecast) per series."""
    groups: dict[tuple[str, str], list[FulltimeForecast]] = {}
    for r in rows:
        groups.setdefault((r.municipality, r.benefit), []).append(r)
    out = []
    for (muni, benefit), rs in sorted(groups.items()):
        actual = [r for r in rs if not r.is_forecast]
        ytd_units = sum(r.period_units for r in actual)
        year_units = sum(r.period_units for r in rs)
        ytd = sum((r.fulltime_persons * r.period_units for r in actual), Decimal(0))
        whole = sum((r.fulltime_persons * r.period_units for r in rs), Decimal(0))
        fc = next((r for r in rs if r.is_forecast), None)
        out.append(
            {
                "municipality": muni,
                "benefit": benefit,
                "year_to_date": (ytd / ytd_units).quantize(FTP_QUANTUM) if ytd_units else None,
                "months_actual": len(actual),
                "whole_year": (whole / year_units).quantize(FTP_QUANTUM) if year_units else None,
                "estimator": fc.estimator if fc else None,
                "backtest_error": fc.backtest_error if fc else None,
            }
        )
    return out
