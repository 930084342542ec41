"""Danish labels for codes that the engines return (JSON keeps the codes; tables show these)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tilsyn.rules.labels import KIND, STATUS

GROUPING = {
    "caseworker": "Sagsbehandler",
    "team": "Team",
    "organisation": "Organisation",
    "benefit": "Ydelse",
    "kind": "Forpligtelse",
    "municipality": "Kommune",
}


def status(value: Any) -> str:
    return STATUS.get(str(value), str(value))


def kind(value: Any) -> str:
    return KIND.get(str(value), str(value))


def percent(value: Any) -> str:
    """A share 0–1 as a Danish percentage with one decimal: 0.735 → '73,5 %'."""
    if value is None:
        return "–"
    number = (Decimal(str(value)) * 100).quantize(Decimal("0.1"))
    return f"{number:f} %".replace(".", ",")


ESTIMATOR = {
    "same_month_last_year_x_trend": "samme måned sidste år × udvikling",
    "recent_months_mean": "gennemsnit af seneste måneder",
    "seasonal_profile": "sæsonprofil",
    "last_month": "seneste måned videreført",
}


def number(value: Any, decimals: int = 1) -> str:
    """A Danish number with thousands separators: 1234.5 → '1.234,5'."""
    if value is None or value == "":
        return ""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    quantum = Decimal(1).scaleb(-decimals)
    return str(
        format_decimal(Decimal(str(value)).quantize(quantum), format=pattern, locale="da_DK")
    )


def yes_no(value: Any) -> str:
    return "ja" if value else "nej"


def estimator(value: Any) -> str:
    return "" if value is None else ESTIMATOR.get(str(value), str(value))


def amount(value: Any) -> str:
    return number(value, 2)


def rate(value: Any) -> str:
    return "" if value is None else f"{number(Decimal(str(value)) * 100, 0)} %"
