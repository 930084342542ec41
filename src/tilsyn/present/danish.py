"""Danish numbers and dates, the one formatter for every page, table and report.

``number(3190.66) == "3.190,7"``, ``percent(0.182) == "18,2 %"`` (a share 0..1),
``date_long(date(2024, 5, 31)) == "31. maj 2024"``, ``date_short(...) == "31.05.2024"``,
``month(date(2024, 5, 1)) == "maj 2024"``. Rounding is half up (as a reader of a table expects:
0,05 → 0,1), done on the decimal value so that floats like 0.1825 round as written. Babel is
imported on first use so that importing this module costs nothing at start.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from tilsyn.data.calendar import MONTH_NAMES_DA

LOCALE = "da_DK"
Number = int | float | Decimal | Fraction


def _decimal(value: Number | str) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    # str() first: Decimal(0.1825) would carry the float's binary tail into the rounding.
    return Decimal(str(value))


def rounded(value: Number | str, decimals: int = 0) -> Decimal:
    """``value`` rounded half away from zero to ``decimals`` places (as Danish public accounts
    round); a tiny negative that rounds to zero is plain zero, never "-0,0"."""
    result = _decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return result + 0 if result.is_zero() else result


def number(
    value: Number | str | None, decimals: int = 1, *, grouping: bool = True, none: str = ""
) -> str:
    """A Danish number with ``decimals`` places and thousands points: 3190.66 → '3.190,7'."""
    if value is None or value == "":
        return none
    # The value is rounded exactly first, so formatting only lays out its digits: Python's
    # own layout with the separators swapped is Babel's da_DK pattern (a test checks they
    # agree) at a twentieth of the cost, which a page with a thousand figures notices.
    text = format(rounded(value, decimals), f"{',' if grouping else ''}.{decimals}f")
    return text.translate(_DANISH_SEPARATORS)


_DANISH_SEPARATORS = str.maketrans({",": ".", ".": ","})


def integer(value: Number | str | None, *, none: str = "") -> str:
    """A whole number with thousands points: 12345 → '12.345'."""
    return number(value, 0, none=none)


def percent(value: Number | str | None, decimals: int = 1, *, none: str = "") -> str:
    """A share 0..1 as a Danish percentage: 0.182 → '18,2 %'."""
    if value is None or value == "":
        return none
    return number(_decimal(value) * 100, decimals) + " %"


def points(value: Number | str | None, decimals: int = 1, *, none: str = "") -> str:
    """A difference of two percentages in percentage points: 1.25 → '1,3'; signed."""
    if value is None or value == "":
        return none
    text = number(value, decimals)
    return text if text.startswith("-") or rounded(value, decimals) == 0 else "+" + text


def kroner(value: Number | str | None, *, decimals: int = 0, none: str = "") -> str:
    """An amount in kroner: 1234567 → '1.234.567 kr.'."""
    if value is None or value == "":
        return none
    return number(value, decimals) + " kr."


def _as_date(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def date_long(value: dt.date | str | None, *, none: str = "") -> str:
    """'31. maj 2024'."""
    if value is None:
        return none
    from babel.dates import format_date

    return str(format_date(_as_date(value), "d. MMMM y", locale=LOCALE))


def date_short(value: dt.date | str | None, *, none: str = "") -> str:
    """'31.05.2024'."""
    if value is None:
        return none
    return _as_date(value).strftime("%d.%m.%Y")


def month(value: dt.date | str | None, *, none: str = "") -> str:
    """A month, from a date or 'YYYY-MM': 'maj 2024'."""
    if value is None:
        return none
    day = dt.date.fromisoformat(value + "-01") if isinstance(value, str) else value
    from babel.dates import format_date

    return str(format_date(day, "MMMM y", locale=LOCALE))


def yes_no(value: Any) -> str:
    return "ja" if value else "nej"


CHART_FORMAT_LOCALE: dict[str, Any] = {
    "decimal": ",",
    "thousands": ".",
    "grouping": [3],
    "currency": ["", " kr."],
    "percent": "\u00a0%",  # "35 %", as the figures in the tables
}
"""Numbers in charts (a d3-format locale), for the web's and the reports' Vega renderers."""

CHART_TIME_LOCALE: dict[str, Any] = {
    "dateTime": "%A den %d. %B %Y %X",
    "date": "%d.%m.%Y",
    "time": "%H:%M:%S",
    "periods": ["AM", "PM"],
    "days": ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    "shortDays": ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
    "months": list(MONTH_NAMES_DA),
    "shortMonths": [
        "jan",
        "feb",
        "mar",
        "apr",
        "maj",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ],
}
"""Dates in charts (a d3-time-format locale)."""
