"""Formatters for table cells: a field's value → the Danish text a reader sees."""

from __future__ import annotations

from typing import Any

from tilsyn.present import labels
from tilsyn.present.danish import number, percent, yes_no


def share(value: Any) -> str:
    """A share 0..1 with one decimal, '–' when there is none: 0.735 → '73,5 %'."""
    return percent(value, none="–")


def rate(value: Any) -> str:
    """A rate 0..1 in whole percent: 0.8 → '80 %'."""
    return percent(value, 0)


def amount(value: Any) -> str:
    """Kroner and øre: 1234.5 → '1.234,50'."""
    return number(value, 2)


def fulltime_persons(value: Any) -> str:
    return number(value, 1)


def parameter_value(value: Any, unit: str) -> str:
    """A rule parameter's value with its unit: (8, 'week') → '8 uger'."""
    from tilsyn.rules.catalogue import format_value

    return format_value(value, unit)


OBLIGATION = {"status": labels.status, "kind": labels.kind, "benefit": labels.benefit}
TIMELINESS = {"on_time_share": share, "kind": labels.kind}
FULLTIME = {
    "fulltime_persons": fulltime_persons,
    "year_to_date": fulltime_persons,
    "whole_year": fulltime_persons,
    "is_forecast": yes_no,
    "estimator": labels.estimator,
    "backtest_error": share,
}
REFUND = {"rate": rate, "amount": amount, "refund": amount, "cofinancing": amount}
