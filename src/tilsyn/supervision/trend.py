"""Error rates month by month, and whether a change between two periods is beyond chance
(seed 001: "der er … påvist en tydelig forbedring")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tilsyn.supervision.accumulate import MonthCount
from tilsyn.supervision.intervals import Rate, difference, error_rate

Verdict = Literal["improved", "worsened", "no_clear_change"]
VERDICT_LABELS: dict[str, str] = {
    "improved": "tydelig forbedring",
    "worsened": "tydelig forværring",
    "no_clear_change": "ingen sikker ændring",
}


@dataclass(frozen=True)
class TrendPoint:
    month: str
    rate: Rate


@dataclass(frozen=True)
class Change:
    before: Rate
    after: Rate
    difference: float
    low: float
    high: float
    verdict: Verdict

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.verdict]


def monthly(counts: Iterable[MonthCount], confidence: float = 0.95) -> list[TrendPoint]:
    """One point per month (months given more than once are added up), in month order."""
    totals: dict[str, list[int]] = {}
    for c in counts:
        t = totals.setdefault(c.month, [0, 0])
        t[0] += c.errors
        t[1] += c.reviewed
    return [
        TrendPoint(m, error_rate(e, n, confidence=confidence))
        for m, (e, n) in sorted(totals.items())
    ]


def compare(
    before: Sequence[MonthCount], after: Sequence[MonthCount], confidence: float = 0.95
) -> Change:
    """The change in error rate from ``before`` to ``after`` (e.g. before and after an
    initiative) with Newcombe's interval; 'improved' only when the whole interval is below 0."""
    eb, nb = sum(c.errors for c in before), sum(c.reviewed for c in before)
    ea, na = sum(c.errors for c in after), sum(c.reviewed for c in after)
    d, low, high = difference(eb, nb, ea, na, confidence)
    verdict: Verdict = "improved" if high < 0 else "worsened" if low > 0 else "no_clear_change"
    return Change(
        error_rate(eb, nb, confidence=confidence),
        error_rate(ea, na, confidence=confidence),
        d,
        low,
        high,
        verdict,
    )
