"""Benefit spells built column-wise with NumPy (used by ``six_month_point.load_case_data``).

The rules (see :mod:`tilsyn.measures.six_month_point`) are sequential within a person: whether
a row starts a new spell depends on the spell's running end, and a dagpenge chain's first day
decides whether the next dagpenge row joins it. In SQL that takes four window sorts of every
benefit row; here the rows are sorted once (by DuckDB) and every step is a vectorised pass over
the whole array, with a trick for the per-group running maximum: ``group * BIG + end`` is
non-decreasing across groups, so one global ``maximum.accumulate`` gives each group's own.
Dagpenge chains are resolved level by level (the k-th dagpenge row of every person at once).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import numpy.typing as npt

from tilsyn.data import calendar_arrays
from tilsyn.rules.parameters import Parameter

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

EPOCH = dt.date(1970, 1, 1)
OPEN = (dt.date(9999, 12, 31) - EPOCH).days  # an ongoing row's end, as days
NONE = -(1 << 21)  # no date: before any real one (year -3771)
BIG = 1 << 23  # > OPEN - NONE: room for a day count below each group number


def group_max(values: Ints, heads: Ints) -> Ints:
    """Maximum per group of consecutive rows starting at ``heads``."""
    return np.maximum.reduceat(values, heads) if len(heads) else values[:0]


def group_min(values: Ints, heads: Ints) -> Ints:
    """Minimum per group of consecutive rows starting at ``heads``."""
    return np.minimum.reduceat(values, heads) if len(heads) else values[:0]


def dated(param: Parameter, on: Ints, default: int = -1) -> Ints:
    """A whole-number parameter as in force on each day of ``on`` (``default`` before it)."""
    out = np.full(len(on), default, dtype=np.int64)
    for start, end, entry in param.periods():
        value = entry.value
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{param.id}: forventede et heltal, fik {value!r}")
        lo = (start - EPOCH).days
        hi = (end - EPOCH).days if end is not None else OPEN + 1
        out[(on >= lo) & (on < hi)] = value
    return out


def in_codes(param: Parameter, codes: list[str], code_index: Ints, on: Ints) -> Bools:
    """Whether each code (an index into ``codes``) is in the ``codes`` parameter on ``on``."""
    out = np.zeros(len(on), dtype=np.bool_)
    for start, end, entry in param.periods():
        if not isinstance(entry.value, list):
            continue
        # A lookup by code (index + 1, so that the -1 of "no previous row" is never in it):
        # an indexing pass instead of np.isin's sort.
        member = np.zeros(len(codes) + 1, dtype=np.bool_)
        member[[codes.index(c) + 1 for c in entry.value if c in codes]] = True
        lo = (start - EPOCH).days
        hi = (end - EPOCH).days if end is not None else OPEN + 1
        out |= (on >= lo) & (on < hi) & member[code_index + 1]
    return out


def month_index(day: Ints) -> Ints:
    """``tilsyn.data.calendar.month_index`` of each day number (days since 1970-01-01)."""
    return calendar_arrays.month_index(day)


def add_months(day: Ints, months: Ints) -> Ints:
    """``day`` plus calendar months, clamped to the target month's last day."""
    d = day.astype("datetime64[D]")
    m = d.astype("datetime64[M]")
    day0 = (d - m.astype("datetime64[D]")).astype(np.int64)
    target = m + months.astype("timedelta64[M]")
    length = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(
        np.int64
    )
    first = target.astype("datetime64[D]").astype(np.int64)
    return np.asarray(first + np.minimum(day0, length - 1), dtype=np.int64)


def shifted(values: Ints, first: int) -> Ints:
    out = np.empty_like(values)
    if len(values):
        out[0] = first
        out[1:] = values[:-1]
    return out


def running_max_before(group: Ints, value: Ints) -> Ints:
    """The maximum of ``value`` over the earlier rows of the same group (``NONE`` for a group's
    first row); rows are ordered with each group's rows together, groups ascending from 0."""
    enc = group * BIG + (value - NONE)
    before = shifted(np.maximum.accumulate(enc) if len(enc) else enc, -1)
    return np.where(before >= group * BIG, before - group * BIG + NONE, NONE)


def continuous_spells(
    pk: Ints,
    family: Ints,
    prev_family: Ints,
    start: Ints,
    end: Ints,
    breaks_on_gap: Bools,
    limit: Ints,
    forced: Bools | None = None,
) -> Ints:
    """A spell number per row (rows sorted by person, start, end): a new spell on a new person,
    a change of family, a row in ``forced`` (a change of target group that starts a new
    period), or a gap with at least ``limit`` whole empty calendar months after the spell's
    running end (only where ``breaks_on_gap``; ``limit`` 0 breaks on any gap day)."""
    new_person = pk != shifted(pk, -1)
    famchg = new_person | (family != prev_family)
    if forced is not None:
        famchg = famchg | forced
    run = np.cumsum(famchg)
    prev_end = running_max_before(run, end)
    after = prev_end + 1
    after_month = month_index(after)
    first_full = after_month + (after != first_of_month(after_month)).astype(np.int64)
    empty = np.maximum(0, month_index(start) - first_full)
    gap = (
        ~famchg
        & breaks_on_gap
        & (prev_end > NONE)
        & (prev_end < OPEN)
        & (start > prev_end + 1)
        & (limit >= 0)
        & (empty >= limit)
    )
    return np.asarray(np.cumsum(famchg | gap), dtype=np.int64)


def first_of_month(month: Ints) -> Ints:
    """The day number of the first day of each month index."""
    return calendar_arrays.first_day(month)


def dagpenge_chains(pk: Ints, start: Ints, lookback: Parameter) -> Ints:
    """Chain start per dagpenge row (rows of one person together, by start): a row joins the
    chain when it starts within ``lookback`` months of the chain's first day."""
    n = len(pk)
    if n == 0:
        return start.copy()
    first = pk != shifted(pk, -1)
    position = np.arange(n)
    rank = position - np.maximum.accumulate(np.where(first, position, 0))
    chain = start.copy()
    for k in range(1, int(rank.max()) + 1):
        idx = np.flatnonzero(rank == k)
        prev = chain[idx - 1]
        limit = add_months(prev, dated(lookback, prev, default=0))
        chain[idx] = np.where(start[idx] < limit, prev, start[idx])
    return chain


def islands(chain: Ints, start: Ints, end: Ints) -> tuple[Ints, Ints, Ints, Ints]:
    """Merged intervals of each chain's rows (rows of a chain together, by start): (chain,
    interval start, interval end or OPEN, days of the chain's earlier intervals)."""
    prev_end = running_max_before(chain, end)
    new = (prev_end == NONE) | ((prev_end < OPEN) & (start > prev_end + 1))
    heads = np.flatnonzero(new)
    i_chain = chain[heads]
    i_start = start[heads]
    i_end = group_max(end, heads)
    length = np.where(i_end >= OPEN, 0, i_end - i_start + 1)  # an open interval comes last
    total = np.cumsum(length)
    owner = np.maximum.accumulate(
        np.where(i_chain != shifted(i_chain, -1), np.arange(len(i_chain)), 0)
    )
    before = total - length - (total[owner] - length[owner])
    return i_chain, i_start, i_end, np.asarray(before, dtype=np.int64)
