"""Danish formatting for reports: ``tilsyn.present.danish`` with the dash reports print for a
missing figure, plus the short forms charts and stamps need."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from tilsyn.present import danish as present

MISSING = "–"


def number(x: int | float | Decimal | Fraction | None, decimals: int = 1) -> str:
    """``3190.65`` → ``"3.190,7"`` (half up); ``-0,0`` prints as ``0,0``."""
    text = present.number(x, decimals, none=MISSING)
    return text[1:] if text.startswith("-") and set(text[1:]) <= {"0", ",", "."} else text


def percent(x: int | float | Decimal | Fraction | None, decimals: int = 1) -> str:
    """A share 0..1: ``0.182`` → ``"18,2 %"``."""
    return present.percent(x, decimals, none=MISSING)


def date_long(d: dt.date) -> str:
    """``31. maj 2024``."""
    return present.date_long(d)


def date_short(d: dt.date) -> str:
    """``31.05.2024``."""
    return present.date_short(d)


def month(d: dt.date) -> str:
    """``maj 2024``."""
    return present.month(d)


def month_short(d: dt.date) -> str:
    """``maj 24`` for chart axes."""
    return f"{present.month(d)[:3]}. {d:%y}"


def datetime_short(t: dt.datetime) -> str:
    """``31.05.2024 kl. 14.05``."""
    return f"{date_short(t.date())} kl. {t:%H.%M}"
