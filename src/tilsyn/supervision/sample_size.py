"""How many cases to review: attribute sampling (the auditors' method for control tests).

The sample size is the smallest n for which finding no more than ``expected_errors`` errors
in the sample would happen with probability at most 1 − confidence if the population's true
error rate were the tolerable rate. Then, if the sample shows no more errors than expected, one
can say with that confidence that the error rate is below the tolerable rate.

- **binomial** for a large population (the published AICPA tables: 59 cases at 95 %
  confidence, 5 % tolerable rate and no expected error; 93 with one expected error);
- **hypergeometric** for a finite caseload of N cases (drawn without replacement), with
  ⌈tolerable rate × N⌉ erroneous cases as the boundary; it needs fewer cases than the
  binomial and converges to it as N grows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from tilsyn.supervision.distributions import binom_cdf, hypergeom_cdf

Method = Literal["binomial", "hypergeometric"]

MAX_BINOMIAL_N = 1_000_000


@dataclass(frozen=True)
class SampleSize:
    sample_size: int
    method: Method
    confidence: float
    tolerable_rate: float
    expected_errors: int
    population: int | None
    achieved_risk: float
    """P(≤ expected_errors errors in the sample | the error rate is the tolerable rate)."""
    census: bool = False
    """True when the whole population must be reviewed to reach the confidence."""


def _check(confidence: float, tolerable_rate: float, expected_errors: int) -> None:
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"konfidensniveau skal være mellem 0 og 1, fik {confidence}")
    if not 0.0 < tolerable_rate < 1.0:
        raise ValueError(f"tolerabel fejlrate skal være mellem 0 og 1, fik {tolerable_rate}")
    if expected_errors < 0:
        raise ValueError(f"forventede fejl kan ikke være negativt, fik {expected_errors}")


def _smallest(lo: int, hi: int, ok: object) -> int:
    """The smallest n in [lo, hi] with ok(n), for ok monotone (False … False True … True)."""
    assert callable(ok)
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def sample_size(
    confidence: float,
    tolerable_rate: float,
    expected_errors: int = 0,
    population: int | None = None,
) -> SampleSize:
    """The attribute-sampling sample size; hypergeometric when ``population`` is given."""
    _check(confidence, tolerable_rate, expected_errors)
    risk = 1.0 - confidence
    if population is None:

        def ok(n: int) -> bool:
            return binom_cdf(expected_errors, n, tolerable_rate) <= risk

        if not ok(MAX_BINOMIAL_N):
            raise ValueError("stikprøven ville blive over en million sager; løsn kravene")
        n = _smallest(expected_errors + 1, MAX_BINOMIAL_N, ok)
        return SampleSize(
            n,
            "binomial",
            confidence,
            tolerable_rate,
            expected_errors,
            None,
            binom_cdf(expected_errors, n, tolerable_rate),
        )
    if population < 1:
        raise ValueError(f"populationen skal have mindst én sag, fik {population}")
    # The smallest number of erroneous cases that reaches the tolerable rate.
    bad = max(1, math.ceil(tolerable_rate * population - 1e-9))
    if expected_errors >= bad:
        raise ValueError(
            f"{expected_errors} forventede fejl er mindst den tolerable fejlrate i en population "
            f"på {population} sager ({bad} fejl); en stikprøve kan ikke vise noget"
        )

    def ok_h(n: int) -> bool:
        return hypergeom_cdf(expected_errors, population, bad, n) <= risk

    # With the whole population drawn the sample holds all `bad` errors, so n = N always works.
    n = _smallest(expected_errors + 1, population, ok_h)
    return SampleSize(
        n,
        "hypergeometric",
        confidence,
        tolerable_rate,
        expected_errors,
        population,
        hypergeom_cdf(expected_errors, population, bad, n),
        census=n >= population,
    )
