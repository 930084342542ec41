"""Seeded random streams and vectorised draws.

Each part of the generator gets its own stream (seed, stream id), so changing how one table is
drawn never shifts the numbers of another.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

# Stream ids: append new ones, never renumber (that would change every data set).
STREAM_CANDIDATES = 1
STREAM_SPELL_ATTRIBUTES = 2
STREAM_SELECTION = 3
STREAM_IDS = 4
STREAM_STAFF = 5
STREAM_CONVERSATIONS = 6
STREAM_OFFERS = 7
STREAM_PLANS = 8
STREAM_EXEMPTIONS = 9
STREAM_REASSESSMENTS = 10
STREAM_HOURS = 11
STREAM_PAYMENTS = 12


def stream(seed: int, stream_id: int, *extra: int) -> np.random.Generator:
    return np.random.default_rng([seed, stream_id, *extra])


def categorical(rng: np.random.Generator, n: int, probs: Sequence[float]) -> IntArray:
    """n draws of an index with the given (not necessarily normalised) probabilities."""
    p = np.asarray(probs, dtype=np.float64)
    cum = np.cumsum(p / p.sum())
    return np.searchsorted(cum, rng.random(n), side="right").clip(0, len(p) - 1).astype(np.int64)


def categorical_by_class(
    rng: np.random.Generator, probs: FloatArray, classes: IntArray
) -> IntArray:
    """One draw per element, from the row of `probs` its class selects.

    The cumulative sums are built once per class, not once per element.
    """
    cum = np.cumsum(probs / probs.sum(axis=1, keepdims=True), axis=1)
    return _pick(rng, cum[classes])


def _pick(rng: np.random.Generator, cum: FloatArray) -> IntArray:
    u = rng.random((cum.shape[0], 1))
    picked = (u >= cum).sum(axis=1).clip(0, cum.shape[1] - 1)
    return np.asarray(picked, dtype=np.int64)


def lognormal_days(
    rng: np.random.Generator, median: FloatArray | float, sigma: FloatArray | float, n: int
) -> IntArray:
    noise = np.exp(np.asarray(sigma) * rng.standard_normal(n))
    return np.asarray(np.rint(np.asarray(median) * noise), dtype=np.int64)


def uniform_int(
    rng: np.random.Generator, low: IntArray | int, high: IntArray | int, n: int
) -> IntArray:
    """Integers in [low, high] inclusive (arrays allowed); high < low gives low."""
    lo = np.asarray(low, dtype=np.int64)
    hi = np.maximum(np.asarray(high, dtype=np.int64), lo)
    return lo + np.floor(rng.random(n) * (hi - lo + 1)).astype(np.int64)


def bernoulli(rng: np.random.Generator, p: FloatArray | float, n: int) -> BoolArray:
    return rng.random(n) < np.asarray(p)
