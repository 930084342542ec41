"""Danish formatting for reports, behind one small module so that it can follow
``tilsyn.present.danish`` without touching the renderers."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from babel.dates import format_date
from babel.numbers import format_decimal

MONTHS = (
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


def _decimal(x: int | float | Decimal | Fraction) -> Decimal:
    if isinstance(x, Fraction):
        return Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(str(x)) if isinstance(x, float) else Decimal(x)


def number(x: int | float | Decimal | Fraction | None, decimals: int = 1) -> str:
    """``3190.65`` → ``"3.190,7"``: rounded half away from zero, as public accounts are."""
    if x is None:
        return "–"
    quantum = Decimal(1).scaleb(-decimals)
    value = _decimal(x).quantize(quantum, rounding=ROUND_HALF_UP)
    if value.is_zero():
        value = abs(value)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale="da_DK"))


def percent(x: int | float | Decimal | Fraction | None, decimals: int = 1) -> str:
    """A share 0..1: ``0.182`` → ``"18,2 %"``."""
    if x is None:
        return "–"
    return f"{number(_decimal(x) * 100, decimals)} %"


def date_long(d: dt.date) -> str:
    """``31. maj 2024``."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def date_short(d: dt.date) -> str:
    """``31.05.2024``."""
    return str(format_date(d, format="dd.MM.yyyy", locale="da_DK"))


def month(d: dt.date) -> str:
    """``maj 2024``."""
    return f"{MONTHS[d.month - 1]} {d.year}"


def month_short(d: dt.date) -> str:
    """``maj 24`` for chart axes."""
    return f"{MONTHS[d.month - 1][:3]}. {d:%y}"


def datetime_short(t: dt.datetime) -> str:
    """``31.05.2024 kl. 14.05``."""
    return f"{date_short(t.date())} kl. {t:%H.%M}"
