"""``tilsyn.data.calendar``'s month index over NumPy arrays of day numbers (days since
1970-01-01, NumPy's ``datetime64[D]``), for the vectorised spells and the synthetic generator."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

MONTHS_BEFORE_1970 = 1970 * 12
"""NumPy counts months from 1970-01; the calendar counts them from January of year 0."""

Ints = npt.NDArray[np.integer]


def month_index(days: Ints) -> npt.NDArray[np.int64]:
    """The month index (``year * 12 + month - 1``) of each day number."""
    months = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return np.asarray(months + MONTHS_BEFORE_1970, dtype=np.int64)


def first_day(months: Ints) -> npt.NDArray[np.int64]:
    """The day number of the first day of each month index."""
    since_1970 = (months.astype(np.int64) - MONTHS_BEFORE_1970).astype("datetime64[M]")
    return np.asarray(since_1970.astype("datetime64[D]").astype(np.int64), dtype=np.int64)
