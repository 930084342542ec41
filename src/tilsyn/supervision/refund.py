"""Refund corrections (*berigtigelse*): what to give back when a review finds that a refund or
a grant was claimed wrongly.

A correction names the citizen, the benefit, the ISO weeks and the amount paid in each week
that should not have been refunded. The refund to give back per week is amount × the refund
rate of the citizen's step on the refund staircase that week (from ``tilsyn.economy``, passed
in here as ``WeekRate``), rounded to øre half up as the refund itself is. A basic grant
(*grundtilskud*, integration) is given back whole. Totals per quarter follow the ISO week's
Thursday, the day that fixes the week's year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

CorrectionKind = Literal["refusion", "grundtilskud"]
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
ORE = Decimal("0.01")


@dataclass(frozen=True)
class WeekRate:
    week: str
    step: int | None
    rate: Decimal | None


@dataclass(frozen=True)
class CorrectionLine:
    person_id: str
    benefit: str
    kind: CorrectionKind
    week: str
    amount: Decimal
    step: int | None
    rate: Decimal
    give_back: Decimal

    @property
    def quarter(self) -> str:
        return quarter_of(self.week)


def week_thursday(week: str) -> dt.date:
    m = _WEEK.match(week)
    if not m:
        raise ValueError(f"uge skal skrives ÅÅÅÅ-Www (fx 2024-W07), fik '{week}'")
    try:
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 4)
    except ValueError:
        raise ValueError(f"uge {week} findes ikke") from None


def quarter_of(week: str) -> str:
    d = week_thursday(week)
    return f"{d.year}-K{(d.month - 1) // 3 + 1}"


def correction_lines(
    person_id: str,
    benefit: str,
    amounts: Mapping[str, Decimal],
    *,
    kind: CorrectionKind = "refusion",
    rates: Mapping[str, WeekRate] | None = None,
) -> list[CorrectionLine]:
    """One line per week with the refund to give back. Every week must have a staircase rate
    (``refusion``); a week the citizen was not on the staircase is an error, not a zero."""
    lines = []
    for week in sorted(amounts):
        amount = Decimal(amounts[week])
        week_thursday(week)
        if amount < 0:
            raise ValueError(f"uge {week}: beløbet kan ikke være negativt ({amount})")
        if kind == "grundtilskud":
            rate, step = Decimal(1), None
        else:
            wr = (rates or {}).get(week)
            if wr is None or wr.rate is None:
                raise ValueError(
                    f"uge {week}: borgeren {person_id} har ingen refusionssats på "
                    f"refusionstrappen for {benefit}; kontrollér ugerne"
                )
            rate, step = Decimal(wr.rate), wr.step
        give_back = (amount * rate).quantize(ORE, rounding=ROUND_HALF_UP)
        lines.append(CorrectionLine(person_id, benefit, kind, week, amount, step, rate, give_back))
    return lines


@dataclass(frozen=True)
class QuarterTotal:
    quarter: str
    kind: CorrectionKind
    lines: int
    amount: Decimal
    give_back: Decimal


def quarter_totals(lines: Iterable[CorrectionLine]) -> list[QuarterTotal]:
    acc: dict[tuple[str, CorrectionKind], list[Decimal | int]] = defaultdict(
        lambda: [0, Decimal(0), Decimal(0)]
    )
    for line in lines:
        t = acc[(line.quarter, line.kind)]
        t[0] = int(t[0]) + 1
        t[1] = Decimal(t[1]) + line.amount
        t[2] = Decimal(t[2]) + line.give_back
    return [
        QuarterTotal(q, k, int(t[0]), Decimal(t[1]), Decimal(t[2]))
        for (q, k), t in sorted(acc.items())
    ]
