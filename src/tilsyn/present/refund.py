"""The refund staircase printed for a person: totals and the first page of rows. A table of
tens of thousands of rows takes minutes to draw and nobody reads it on a screen; the whole
list goes to ``--format csv`` or ``--export``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

PAGE = 50


@dataclass(frozen=True)
class RefundTotals:
    rows: int
    persons: int
    amount: Decimal | None
    refund: Decimal | None
    cofinancing: Decimal | None


def _sum(rows: Sequence[Mapping[str, Any]], field: str) -> Decimal | None:
    values = [r.get(field) for r in rows if r.get(field) is not None]
    return sum((Decimal(str(v)) for v in values), Decimal(0)) if values else None


def refund_totals(rows: Sequence[Mapping[str, Any]]) -> RefundTotals:
    return RefundTotals(
        rows=len(rows),
        persons=len({r.get("person_id") for r in rows}),
        amount=_sum(rows, "amount"),
        refund=_sum(rows, "refund"),
        cofinancing=_sum(rows, "cofinancing"),
    )
