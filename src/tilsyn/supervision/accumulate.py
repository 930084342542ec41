"""Evidence across months: a beta-binomial model of a caseworker's (or team's) error rate.

Each month's reviews update a Beta prior: Beta(a + errors, b + correct). Older months may
count less (``discount`` per month of age, 1.0 = all months count fully), so a caseworker who
has improved is not judged forever by last year's errors. The prior is Jeffreys' Beta(½, ½)
unless the area's overall rate is given as an informative prior worth ``prior_weight`` cases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tilsyn.supervision.distributions import beta_cdf, beta_ppf

JEFFREYS = (0.5, 0.5)


@dataclass(frozen=True)
class MonthCount:
    month: str
    """``YYYY-MM``."""
    errors: int
    reviewed: int


@dataclass(frozen=True)
class Posterior:
    a: float
    b: float
    errors: float
    reviewed: float
    """Discounted counts that went into the posterior."""

    @property
    def mean(self) -> float:
        return self.a / (self.a + self.b)

    def interval(self, credibility: float = 0.95) -> tuple[float, float]:
        tail = (1.0 - credibility) / 2.0
        return (beta_ppf(tail, self.a, self.b), beta_ppf(1.0 - tail, self.a, self.b))

    def prob_above(self, rate: float) -> float:
        """Posterior probability that the true error rate exceeds ``rate``."""
        return 1.0 - beta_cdf(rate, self.a, self.b)


def _month_index(month: str) -> int:
    try:
        year, mon = month.split("-")
        y, m = int(year), int(mon)
    except ValueError:
        raise ValueError(f"måned skal skrives ÅÅÅÅ-MM, fik '{month}'") from None
    if not 1 <= m <= 12:
        raise ValueError(f"måned skal skrives ÅÅÅÅ-MM, fik '{month}'")
    return y * 12 + m - 1


def accumulate(
    months: Iterable[MonthCount],
    *,
    as_of_month: str,
    discount: float = 1.0,
    prior: tuple[float, float] = JEFFREYS,
) -> Posterior:
    """The posterior after the months up to and including ``as_of_month``."""
    if not 0.0 < discount <= 1.0:
        raise ValueError(f"discount skal være i (0, 1], fik {discount}")
    now = _month_index(as_of_month)
    errors = reviewed = 0.0
    for m in months:
        if m.errors < 0 or m.errors > m.reviewed:
            raise ValueError(f"{m.month}: {m.errors} fejl i {m.reviewed} sager er ikke muligt")
        age = now - _month_index(m.month)
        if age < 0:
            continue  # a later month is not evidence as of this one
        w = discount**age
        errors += w * m.errors
        reviewed += w * m.reviewed
    a0, b0 = prior
    return Posterior(a0 + errors, b0 + reviewed - errors, errors, reviewed)


def informative_prior(rate: float, weight: float) -> tuple[float, float]:
    """A Beta prior centred on ``rate`` worth ``weight`` reviewed cases."""
    if not 0.0 < rate < 1.0 or weight <= 0:
        raise ValueError(f"ugyldig prior: rate {rate}, vægt {weight}")
    return (rate * weight, (1.0 - rate) * weight)
