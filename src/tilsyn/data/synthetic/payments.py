"""Payments: one row per person, benefit and ISO week, generated and written in chunks.

At national scale this is tens of millions of rows, so spells are exploded into weeks a chunk at a
time and each chunk is written before the next is built.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import polars as pl

from tilsyn.data.contract import BENEFITS
from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import Period, iso_week_labels, monday_of, year_of
from tilsyn.data.synthetic.details import SpellDetails
from tilsyn.data.synthetic.draws import FloatArray
from tilsyn.data.synthetic.output import table_frame
from tilsyn.data.synthetic.spells import Spells

# About 4 million payment rows per chunk at the average spell length.
SPELLS_PER_CHUNK = 150_000


def payment_chunks(
    spells: Spells, details: SpellDetails, person_ids: pl.Series, period: Period
) -> Iterator[pl.DataFrame]:
    """Contract-shaped payment frames, in person and date order.

    The period's ISO weeks are those whose Thursday falls in it (as ISO years are counted). Each
    such week a spell touches gets the weekly rate (indexed by year) prorated by the spell's days
    in that week. Two spells of the same benefit never share a week (the spell simulation keeps
    them apart), so (person, benefit, week) is unique.
    """
    first_monday = int(monday_of(np.array([period.start + 3], dtype=np.int32))[0])
    last_monday = int(monday_of(np.array([period.end - 3], dtype=np.int32))[0])
    labels = iso_week_labels(first_monday, max(0, (last_monday - first_monday) // 7 + 1))
    benefit_labels = pl.Series(BENEFITS, dtype=pl.String)
    for lo in range(0, max(len(spells), 1), SPELLS_PER_CHUNK):
        part = spells.take(np.arange(lo, min(lo + SPELLS_PER_CHUNK, len(spells))))
        rate = details.weekly_rate[lo : lo + SPELLS_PER_CHUNK]
        yield _chunk(part, rate, person_ids, labels, benefit_labels, first_monday, last_monday)


def _chunk(
    spells: Spells,
    weekly_rate: FloatArray,
    person_ids: pl.Series,
    week_labels: pl.Series,
    benefit_labels: pl.Series,
    first_monday: int,
    last_monday: int,
) -> pl.DataFrame:
    start = spells.start.astype(np.int64)
    end = spells.end.astype(np.int64)
    first_week = (np.maximum(monday_of(spells.start), first_monday) - first_monday) // 7
    last_week = (np.minimum(monday_of(spells.end), last_monday) - first_monday) // 7
    count = (last_week - first_week + 1).clip(0).astype(np.int64)
    row = np.repeat(np.arange(len(spells)), count)
    week = (
        np.repeat(first_week, count)
        + np.arange(len(row))
        - np.repeat(np.cumsum(count) - count, count)
    )
    monday = first_monday + 7 * week
    days = np.minimum(end[row], monday + 6) - np.maximum(start[row], monday) + 1
    index = cal.RATE_INDEX_PER_YEAR ** (year_of(monday.astype(np.int32)) - cal.TREND_BASE_YEAR)
    amount = np.rint(weekly_rate[row] * index * days / 7 * 100) / 100
    return table_frame(
        "payments",
        {
            "person_id": person_ids.gather(pl.Series(spells.person[row].astype(np.uint32))),
            "benefit": benefit_labels.gather(pl.Series(spells.benefit[row].astype(np.uint32))),
            "week": week_labels.gather(pl.Series(week.astype(np.uint32))),
            "amount": pl.Series(amount),
        },
    )
