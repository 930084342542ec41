"""Municipalities, how many citizens each gets, and their ids (pseudonyms or CPR numbers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import Days, to_day

# Estimated citizens active in a period, per inhabitant, as a function of the period's length in
# months (measured on the calibrated simulation: 0.26 for 12 months, 0.545 for 48). Only used to
# size the first batch of candidates; a short batch is topped up, so an estimate is enough.
_ACTIVE_PER_INHABITANT_BASE = 0.17
_ACTIVE_PER_INHABITANT_PER_MONTH = 0.0077


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    population: int
    host_code: str  # the municipality whose job centre runs this one's cases


def resolve_municipalities(codes: Sequence[str]) -> list[Municipality]:
    """Look up names and sizes; unknown (but well-formed) codes get a typical size."""
    if not codes:
        raise ValueError("angiv mindst én kommunekode")
    if len(set(codes)) != len(codes):
        raise ValueError(f"kommunekoder gentaget: {', '.join(codes)}")
    result = []
    for code in codes:
        if len(code) != 3 or not code.isdigit():
            raise ValueError(f"kommunekode skal være tre cifre, fik {code!r}")
        name, population, host = cal.MUNICIPALITIES.get(
            code, (f"Kommune {code}", cal.UNKNOWN_MUNICIPALITY_POPULATION, code)
        )
        # A job centre can only run another municipality's cases if it is generated too.
        result.append(Municipality(code, name, population, host if host in codes else code))
    return result


def active_per_inhabitant(months: int) -> float:
    return _ACTIVE_PER_INHABITANT_BASE + _ACTIVE_PER_INHABITANT_PER_MONTH * months


def split_by_population(total: int, populations: Sequence[int]) -> list[int]:
    """Largest-remainder split of `total` in proportion to the populations.

    >>> split_by_population(100, [43_000, 14_500])
    [75, 25]
    """
    pops = np.asarray(populations, dtype=np.float64)
    exact = total * pops / pops.sum()
    counts = np.floor(exact).astype(np.int64)
    remainder_order = np.argsort(-(exact - counts), kind="stable")
    counts[remainder_order[: total - int(counts.sum())]] += 1
    return [int(c) for c in counts]


def pseudonyms(n: int) -> pl.Series:
    """P0000001, P0000002, ... (wider when there are more than 9,999,999)."""
    width = max(7, len(str(n)))
    numbers = pl.Series(np.arange(1, n + 1, dtype=np.int64)).cast(pl.String)
    return ("P" + numbers.str.zfill(width)).alias("person_id")


# CPR numbers ----------------------------------------------------------------------------------
# The first serial digit gives the century: 0-3 for births 1900-1999, 4-9 for 2000-2036 (stdnum's
# rules). Until October 2007 every CPR number satisfied the modulus-11 check; we keep that for
# earlier births so the numbers look real, although stdnum (rightly) no longer checks it.
_MOD11_WEIGHTS_DATE = np.array([4, 3, 2, 7, 6, 5])
_MOD11_WEIGHTS_SERIAL = np.array([4, 3, 2, 1])
_MOD11_UNTIL = to_day("2007-10-01")


def _serial_table() -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Serials usable per (century range, wanted residue), padded; and their counts.

    Row r = 11 * century + residue (residue 11 = no modulus check); century 0 = 1900s.
    """
    serials = np.arange(10_000)
    digits = (serials[:, None] // 10 ** np.arange(3, -1, -1)) % 10
    residue = (digits * _MOD11_WEIGHTS_SERIAL).sum(axis=1) % 11
    rows: list[npt.NDArray[np.int64]] = []
    for lo, hi in ((0, 4_000), (4_000, 10_000)):
        in_range = (serials >= lo) & (serials < hi)
        rows.extend(serials[in_range & (residue == r)] for r in range(11))
        rows.append(serials[in_range])
    width = max(len(r) for r in rows)
    table = np.full((len(rows), width), -1, dtype=np.int64)
    for i, row in enumerate(rows):
        table[i, : len(row)] = row
    return table, np.array([len(r) for r in rows], dtype=np.int64)


def cpr_numbers(rng: np.random.Generator, birth: Days) -> pl.Series:
    """Unique, valid-looking CPR numbers DDMMYY-SSSS matching the birth dates."""
    dates = birth.astype("datetime64[D]")
    years = dates.astype("datetime64[Y]").astype(np.int64) + 1970
    months = dates.astype("datetime64[M]").astype(np.int64) % 12 + 1
    days = (dates - dates.astype("datetime64[M]")).astype(np.int64) + 1
    if years.min(initial=1900) < 1900 or years.max(initial=2000) > 2036:
        raise ValueError("CPR-numre kan kun dannes for fødselsår 1900-2036")
    date_digits = np.stack(
        [days // 10, days % 10, months // 10, months % 10, (years // 10) % 10, years % 10], axis=1
    )
    date_sum = (date_digits * _MOD11_WEIGHTS_DATE).sum(axis=1)
    century = (years >= 2000).astype(np.int64)
    residue = np.where(birth < _MOD11_UNTIL, (-date_sum) % 11, 11)
    table, counts = _serial_table()
    row = 12 * century + residue
    # Rank within the birth date, from a random offset, so people born the same day differ.
    order = np.lexsort((rng.random(len(birth)), birth))
    sorted_birth = birth[order]
    group_start = np.r_[0, np.flatnonzero(np.diff(sorted_birth)) + 1]
    group_sizes = np.diff(np.r_[group_start, len(birth)])
    rank = np.empty(len(birth), dtype=np.int64)
    rank[order] = np.arange(len(birth)) - np.repeat(group_start, group_sizes)
    if np.any(rank >= counts[row]):
        raise ValueError("for mange personer med samme fødselsdato til unikke CPR-numre")
    offset = np.floor(rng.random(len(birth)) * counts[row]).astype(np.int64)
    # Everyone on one birth date shares the offset of the first of them, so ranks stay distinct.
    first_of_group = np.empty(len(birth), dtype=np.int64)
    first_of_group[order] = np.repeat(order[group_start], group_sizes)
    serial = table[row, (offset[first_of_group] + rank) % counts[row]]
    text = pl.DataFrame({"d": days * 10_000 + months * 100 + years % 100, "s": serial}).select(
        (
            pl.col("d").cast(pl.String).str.zfill(6)
            + "-"
            + pl.col("s").cast(pl.String).str.zfill(4)
        ).alias("person_id")
    )
    return text.to_series()
