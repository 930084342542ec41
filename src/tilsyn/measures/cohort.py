"""What every monthly cohort result shares: where and when, how many, and the share."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction


def percent(share: Fraction | None) -> Decimal | None:
    """A share as a percentage with one decimal (display only; never compared)."""
    if share is None:
        return None
    return (Decimal(share.numerator) * 100 / Decimal(share.denominator)).quantize(Decimal("0.1"))


class MonthlyCohort:
    """Mixin for a frozen dataclass with ``municipality``, ``month``, ``population`` and
    ``compliant``: the exact share and the common fields of a result row."""

    municipality: str
    month: dt.date
    population: int
    compliant: int

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.compliant, self.population) if self.population else None

    def cohort_where(self) -> dict[str, object]:
        return {"municipality": self.municipality, "month": self.month.strftime("%Y-%m")}

    def cohort_counts(self) -> dict[str, object]:
        return {
            "population": self.population,
            "compliant": self.compliant,
            "share_pct": percent(self.share),
        }
