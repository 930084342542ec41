"""Confidence intervals for an error rate found in a sample of reviewed cases.

- **Wilson** score interval: good coverage at small n and near 0 %, the default for tables.
- **Clopper–Pearson** ("exact") interval: never covers less than the stated level; what an
  auditor asks for. Built from Beta quantiles: [B(α/2; x, n−x+1), B(1−α/2; x+1, n−x)].

A rate from a small sample is marked *indicative*: fewer than ``min_reviews`` reviewed cases,
or an interval wider than ``max_width`` — such a rate says little on its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Literal

from tilsyn.supervision.distributions import beta_ppf

IntervalMethod = Literal["wilson", "clopper_pearson"]

MIN_REVIEWS = 20
"""Below this many reviewed cases a rate is only indicative (a common rule of thumb for
proportions; at 20 cases one error moves the rate by 5 points)."""
MAX_WIDTH = 0.30
"""A 95 % interval wider than 30 percentage points is only indicative."""


@dataclass(frozen=True)
class Rate:
    errors: int
    reviewed: int
    rate: float | None
    low: float | None
    high: float | None
    method: IntervalMethod
    confidence: float
    indicative: bool


def _check(errors: int, reviewed: int, confidence: float) -> None:
    if reviewed < 0 or errors < 0 or errors > reviewed:
        raise ValueError(f"ugyldigt antal: {errors} fejl i {reviewed} sager")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"konfidensniveau skal være mellem 0 og 1, fik {confidence}")


def wilson(errors: int, reviewed: int, confidence: float = 0.95) -> tuple[float, float]:
    _check(errors, reviewed, confidence)
    if reviewed == 0:
        return (0.0, 1.0)
    z = NormalDist().inv_cdf(1.0 - (1.0 - confidence) / 2.0)
    n, p = reviewed, errors / reviewed
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def clopper_pearson(errors: int, reviewed: int, confidence: float = 0.95) -> tuple[float, float]:
    _check(errors, reviewed, confidence)
    if reviewed == 0:
        return (0.0, 1.0)
    alpha = 1.0 - confidence
    low = 0.0 if errors == 0 else beta_ppf(alpha / 2, errors, reviewed - errors + 1)
    high = 1.0 if errors == reviewed else beta_ppf(1 - alpha / 2, errors + 1, reviewed - errors)
    return (low, high)


def error_rate(
    errors: int,
    reviewed: int,
    *,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
    min_reviews: int = MIN_REVIEWS,
    max_width: float = MAX_WIDTH,
) -> Rate:
    """The error rate with its interval and whether it is only indicative."""
    if method == "wilson":
        low, high = wilson(errors, reviewed, confidence)
    elif method == "clopper_pearson":
        low, high = clopper_pearson(errors, reviewed, confidence)
    else:
        raise ValueError(f"ukendt intervalmetode: {method}")
    if reviewed == 0:
        return Rate(0, 0, None, None, None, method, confidence, True)
    indicative = reviewed < min_reviews or high - low > max_width
    return Rate(errors, reviewed, errors / reviewed, low, high, method, confidence, indicative)


def difference(
    errors_a: int, reviewed_a: int, errors_b: int, reviewed_b: int, confidence: float = 0.95
) -> tuple[float, float, float]:
    """Rate b − rate a with Newcombe's hybrid Wilson interval (method 10): (diff, low, high).
    An interval wholly below zero means b is lower than a beyond chance."""
    if reviewed_a == 0 or reviewed_b == 0:
        raise ValueError("begge perioder skal have gennemgåede sager")
    pa, pb = errors_a / reviewed_a, errors_b / reviewed_b
    la, ua = wilson(errors_a, reviewed_a, confidence)
    lb, ub = wilson(errors_b, reviewed_b, confidence)
    d = pb - pa
    low = d - math.sqrt((pb - lb) ** 2 + (ua - pa) ** 2)
    high = d + math.sqrt((ub - pb) ** 2 + (pa - la) ** 2)
    return (d, low, high)
