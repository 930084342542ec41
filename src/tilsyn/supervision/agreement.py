"""Agreement between two reviewers of the same cases: Cohen's kappa.

Used for the four-eyes review (first and second reviewer) and for management's findings
against the auditor's on the same cases.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    n: int
    observed: float
    expected: float
    kappa: float | None
    """None when agreement by chance is already certain (both raters used one category)."""

    @property
    def label(self) -> str:
        """Landis & Koch's verbal scale, in Danish."""
        k = self.kappa
        if k is None:
            return "kan ikke beregnes"
        if k < 0:
            return "ringere end tilfældig"
        for limit, text in ((0.2, "svag"), (0.4, "nogen"), (0.6, "moderat"), (0.8, "betydelig")):
            if k <= limit:
                return text
        return "næsten fuldstændig"


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable]]) -> Agreement:
    """Kappa for (rater 1, rater 2) answers on the same items."""
    items = list(pairs)
    n = len(items)
    if n == 0:
        raise ValueError("ingen fælles sager at sammenligne")
    observed = sum(1 for a, b in items if a == b) / n
    first = Counter(a for a, _ in items)
    second = Counter(b for _, b in items)
    expected = sum(first[c] * second[c] for c in first.keys() | second.keys()) / (n * n)
    if expected >= 1.0:
        return Agreement(n, observed, expected, None)
    return Agreement(n, observed, expected, (observed - expected) / (1.0 - expected))
