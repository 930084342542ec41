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
