"""Min Plan, sygedagpenge revurderinger and monthly employment hours."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.activities import Offers
from tilsyn.data.synthetic.conversations import HELD, Conversations, first_held_dates
from tilsyn.data.synthetic.dates import (
    NA_DAY,
    Days,
    Period,
    month_index,
    month_index_first_day,
    to_day,
)
from tilsyn.data.synthetic.details import SpellDetails
from tilsyn.data.synthetic.draws import BoolArray, FloatArray, IntArray, bernoulli, uniform_int
from tilsyn.data.synthetic.spells import SDP_SHORT, Spells
from tilsyn.data.synthetic.staff import Staff

# (job goal, education goal) chances per plan group.
_GOALS = {
    "dagpenge": (0.93, 0.05),
    "jobparat": (0.93, 0.10),
    "aktivitetsparat": (0.80, 0.30),
    "youth": (0.35, 0.90),
    "health": (0.70, 0.35),
    "revalidering": (0.85, 0.60),
    "sick": (0.88, 0.05),
}
_GOAL_DROPPED_IN_VERSION = 0.05  # a version saved without the goal (seeds 000/001 find these)


@dataclass
class Plans:
    spell: IntArray
    date: Days
    job_goal: BoolArray
    education_goal: BoolArray


@dataclass
class Reassessments:
    spell: IntArray
    date: Days
    outcome: npt.NDArray[np.int8]  # index into spells.REVURDERING_CODES


def _plan_group(spells: Spells) -> IntArray:
    """Index into _GOALS, -1 where no Min Plan is required."""
    names = list(_GOALS)
    b = spells.benefit
    group = np.full(len(spells), -1, dtype=np.int64)
    group[b == cal.DAGPENGE] = names.index("dagpenge")
    cash = np.isin(b, (cal.KONTANTHJAELP, cal.SELVFORSOERGELSE, cal.LEDIGHEDSYDELSE))
    group[cash] = names.index("jobparat")
    group[cash & (spells.target == cal.AKTIVITETSPARAT)] = names.index("aktivitetsparat")
    group[b == cal.UDDANNELSESHJAELP] = names.index("youth")
    group[np.isin(b, (cal.JOBAFKLARING, cal.RESSOURCEFORLOEB))] = names.index("health")
    group[b == cal.REVALIDERING] = names.index("revalidering")
    # No Min Plan for sick-listed employees from 2025 (L 74 2024-25).
    sick = (b == cal.SYGEDAGPENGE) & (spells.sdp_kind != SDP_SHORT)
    employed_2025 = (spells.employed == 1) & (spells.start >= to_day("2025-01-01"))
    group[sick & ~employed_2025] = names.index("sick")
    return group


def generate_plans(
    rng: np.random.Generator,
    spells: Spells,
    staff: Staff,
    conversations: Conversations,
    offers: Offers,
    period: Period,
) -> Plans:
    group = _plan_group(spells)
    n = len(spells)
    d = staff.diligence[staff.spell_caseworker]
    first_held = first_held_dates(conversations, n)
    base = np.where(
        first_held != NA_DAY, first_held, spells.start + uniform_int(rng, 7, 30, n)
    ).astype(np.int64)
    u = rng.random(n)
    on_time = u < 0.5 + 0.5 * d
    late = ~on_time & (u < 1 - (1 - d) * 0.25)
    created = np.where(on_time, base, base + uniform_int(rng, 14, 120, n))
    make = (group >= 0) & (on_time | late)

    held = (conversations.status == HELD) & (group[conversations.spell] >= 0)
    update = held & bernoulli(rng, cal.PLAN_UPDATE_AT_CONVERSATION_SHARE, len(conversations))
    update &= conversations.date > created[conversations.spell]

    offer_ok = group[offers.spell] >= 0
    before = bernoulli(
        rng,
        (cal.PLAN_BEFORE_OFFER_SHARE * d[offers.spell] / cal.REFERENCE_DILIGENCE).clip(0, 1),
        len(offers.spell),
    )
    offer_date = np.where(
        before,
        offers.start - uniform_int(rng, 0, 14, len(offers.spell)),
        offers.start + uniform_int(rng, 1, 30, len(offers.spell)),
    )

    spell = np.concatenate(
        [np.flatnonzero(make), conversations.spell[update], offers.spell[offer_ok]]
    )
    date = np.concatenate([created[make], conversations.date[update], offer_date[offer_ok]]).astype(
        np.int32
    )
    job_goal, education_goal = _goals(rng, group, spell)
    span_end = np.minimum(spells.end, period.end)[spell]
    keep = (date >= period.start) & (date <= span_end)
    order = np.lexsort((date[keep], spells.person[spell[keep]]))
    return Plans(
        spell=spell[keep][order],
        date=date[keep][order],
        job_goal=job_goal[keep][order],
        education_goal=education_goal[keep][order],
    )


def _goals(
    rng: np.random.Generator, group: IntArray, row_spell: IntArray
) -> tuple[BoolArray, BoolArray]:
    chances = np.array(list(_GOALS.values()))
    n_spells = len(group)
    g = group.clip(0)
    spell_job = bernoulli(rng, chances[g, 0], n_spells)
    spell_education = bernoulli(rng, chances[g, 1], n_spells)
    dropped = bernoulli(rng, _GOAL_DROPPED_IN_VERSION, len(row_spell))
    return spell_job[row_spell] & ~dropped, spell_education[row_spell]


def generate_reassessments(
    rng: np.random.Generator, spells: Spells, staff: Staff, period: Period
) -> Reassessments:
    """The revurdering before 22 weeks of sygedagpenge: on time, late or missing by caseworker."""
    idx = np.flatnonzero(spells.revurdering >= 0)
    n = len(idx)
    due = spells.start[idx].astype(np.int64) + cal.WEEK22_DAYS
    d = staff.diligence[staff.spell_caseworker[idx]]
    u = rng.random(n)
    on_time = u < d
    late = ~on_time & (u < d + (1 - d) * cal.LATE_SHARE_OF_MISSES)
    date = np.where(on_time, due - uniform_int(rng, 0, 28, n), due + uniform_int(rng, 1, 45, n))
    date = np.minimum(date, spells.end[idx])
    keep = (on_time | late) & (date >= period.start) & (date <= period.end)
    return Reassessments(
        spell=idx[keep],
        date=date[keep].astype(np.int32),
        outcome=spells.revurdering[idx][keep],
    )


def generate_hours(
    rng: np.random.Generator, spells: Spells, details: SpellDetails, period: Period
) -> pl.DataFrame:
    """Monthly paid hours: fleksjob every month, some partly employed recipients some months.

    Returns columns person (int), month (month index, ``tilsyn.data.calendar``) and hours,
    one row per person and month (hours from overlapping spells are summed).
    """
    n = len(spells)
    b = spells.benefit
    flex = b == cal.FLEKSJOB
    part_time_dp = (b == cal.DAGPENGE) & bernoulli(rng, 0.20, n)
    small_jobs = np.isin(b, (cal.KONTANTHJAELP, cal.SELVFORSOERGELSE)) & (
        spells.target == cal.JOBPARAT
    )
    small_jobs &= bernoulli(rng, 0.10, n)
    partial_sick = (b == cal.SYGEDAGPENGE) & (spells.sdp_kind != SDP_SHORT) & (spells.employed == 1)
    partial_sick &= bernoulli(rng, 0.15, n)
    weekly = np.select(
        [flex, part_time_dp, small_jobs, partial_sick],
        [
            rng.uniform(8, 30, n),
            rng.uniform(3, 23, n),
            rng.uniform(1, 14, n),
            rng.uniform(9, 25, n),
        ],
        0.0,
    )
    month_share = np.select(
        [flex, part_time_dp, small_jobs, partial_sick], [1.0, 0.6, 0.4, 0.9], 0.0
    )
    first_day = np.where(partial_sick, spells.start + 56, spells.start)
    idx = np.flatnonzero(weekly > 0)
    start = np.maximum(first_day[idx], period.start).astype(np.int32)
    end = np.minimum(spells.end[idx], period.end).astype(np.int32)
    ok = end >= start
    idx, start, end = idx[ok], start[ok], end[ok]
    first_month, last_month = month_index(start), month_index(end)
    count = (last_month - first_month + 1).astype(np.int64)
    row = np.repeat(np.arange(len(idx)), count)
    month = first_month[row] + np.arange(len(row)) - np.repeat(np.cumsum(count) - count, count)
    month_start = month_index_first_day(month.astype(np.int32))
    month_end = month_index_first_day((month + 1).astype(np.int32)) - 1
    covered = np.minimum(end[row], month_end) - np.maximum(start[row], month_start) + 1
    fraction = covered / (month_end - month_start + 1)
    hours = weekly[idx][row] * 4.33 * fraction * rng.uniform(0.85, 1.1, len(row))
    worked = bernoulli(rng, month_share[idx][row], len(row)) & (hours >= 0.25)
    frame = pl.DataFrame(
        {
            "person": spells.person[idx][row][worked],
            "month": month[worked].astype(np.int32),
            "hours": _quarter_hours(hours[worked]),
        }
    )
    return frame.group_by("person", "month").agg(pl.col("hours").sum()).sort("person", "month")


def _quarter_hours(hours: FloatArray) -> FloatArray:
    """Payroll hours in quarters of an hour (e.g. 63.75)."""
    return np.asarray(np.rint(hours * 4) / 4, dtype=np.float64)
