"""Exemptions and offers (tilbud, incl. mentor) per spell."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tilsyn.data.contract import EXEMPTION_REASON_CODES, OFFER_KINDS
from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import NA_DAY, Days, Period, monday_of, to_day
from tilsyn.data.synthetic.draws import (
    IntArray,
    bernoulli,
    categorical_by_class,
    uniform_int,
)
from tilsyn.data.synthetic.spells import SDP_SHORT, Spells
from tilsyn.data.synthetic.staff import Staff

_LAB_BENEFITS = (
    cal.DAGPENGE,
    cal.KONTANTHJAELP,
    cal.UDDANNELSESHJAELP,
    cal.SELVFORSOERGELSE,
    cal.JOBAFKLARING,
    cal.RESSOURCEFORLOEB,
    cal.LEDIGHEDSYDELSE,
    cal.REVALIDERING,
)
# Offer groups (ret og pligt for the first four; rows index _OFFER_KIND_SHARES).
_G_DAGPENGE, _G_JOBPARAT, _G_ACTIVITY, _G_YOUTH, _G_HEALTH, _G_REVAL, _G_FLEX_WAIT, _G_SICK = range(
    8
)
_OFFER_KIND_SHARES = np.array(
    [
        # praktik, løntilskud, vejledning/opkval., nytte, øvrig vejledning, mentor
        [0.35, 0.25, 0.30, 0.00, 0.10, 0.0],
        [0.35, 0.15, 0.25, 0.15, 0.10, 0.0],
        [0.40, 0.05, 0.25, 0.05, 0.25, 0.0],
        [0.30, 0.05, 0.45, 0.00, 0.20, 0.0],
        [0.50, 0.00, 0.20, 0.00, 0.30, 0.0],
        [0.20, 0.00, 0.80, 0.00, 0.00, 0.0],
        [0.70, 0.00, 0.30, 0.00, 0.00, 0.0],
        [0.70, 0.00, 0.30, 0.00, 0.00, 0.0],
    ]
)
# Chance of a first offer relative to cal.FIRST_OFFER_CHANCE, and whether repeats follow.
_GROUP_OFFER_FACTOR = np.array([1.0, 1.0, 0.9, 1.0, 0.8, 1.2, 0.8, 0.3])
_GROUP_REPEATS = np.array([True, True, True, True, True, False, True, False])
# Offer length in days (low, high) per kind, in OFFER_KINDS order.
_OFFER_DAYS = np.array([[28, 91], [91, 182], [14, 56], [28, 91], [7, 42], [84, 365]])
_RET_OG_PLIGT_DAYS = 182

_REASONS = EXEMPTION_REASON_CODES
_REASON_DAYS = {"sygdom": (14, 84), "barsel": (98, 364), "ferie": (7, 35), "andet": (14, 56)}


@dataclass
class Offers:
    spell: IntArray
    kind: npt.NDArray[np.int8]
    start: Days
    end: Days


@dataclass
class Exemptions:
    spell: IntArray
    start: Days
    end: Days
    reason: npt.NDArray[np.int8]

    def per_spell(self, n_spells: int) -> tuple[Days, Days]:
        """(start, end) per spell, NA_DAY where none (at most one exemption per spell)."""
        start = np.full(n_spells, NA_DAY, dtype=np.int32)
        end = np.full(n_spells, NA_DAY, dtype=np.int32)
        start[self.spell] = self.start
        end[self.spell] = self.end
        return start, end


def generate_exemptions(rng: np.random.Generator, spells: Spells, period: Period) -> Exemptions:
    n = len(spells)
    lab = np.isin(spells.benefit, _LAB_BENEFITS)
    has = lab & bernoulli(rng, cal.EXEMPTION_SHARE, n)
    sick_prone = (spells.target == cal.AKTIVITETSPARAT).astype(np.int64)
    # Rows: others, aktivitetsparate. Columns: sygdom, barsel, ferie, job_snart, selv_job, andet.
    probs = np.array([[0.35, 0.10, 0.25, 0.20, 0.0, 0.10], [0.55, 0.08, 0.17, 0.10, 0.0, 0.10]])
    reason = categorical_by_class(rng, probs, sick_prone)
    # The 2026 reform lets the job centre exempt up to a quarter of those who can find a job on
    # their own; only dagpenge and jobparate from 1 Jul 2026.
    own_job = (
        (spells.start >= to_day("2026-07-01"))
        & ((spells.benefit == cal.DAGPENGE) | (spells.target == cal.JOBPARAT))
        & bernoulli(rng, 0.2, n)
    )
    has |= own_job
    reason[own_job] = _REASONS.index("selv_job")
    ended = spells.end <= period.end
    reason[(reason == _REASONS.index("job_snart")) & ~ended] = _REASONS.index("ferie")

    span = (np.minimum(spells.end, period.end) - spells.start).astype(np.int64)
    start = spells.start + uniform_int(rng, 14, np.minimum(span, 365), n)
    low = np.zeros(n, dtype=np.int64)
    high = np.zeros(n, dtype=np.int64)
    for name, (lo, hi) in _REASON_DAYS.items():
        low[reason == _REASONS.index(name)] = lo
        high[reason == _REASONS.index(name)] = hi
    end = start + uniform_int(rng, low, high, n) - 1
    job_soon = reason == _REASONS.index("job_snart")
    start = np.where(job_soon, spells.end - uniform_int(rng, 7, 42, n) + 1, start)
    end = np.where(job_soon, spells.end, end)
    selv = reason == _REASONS.index("selv_job")
    start = np.where(selv, spells.start, start)
    end = np.where(selv, spells.start + _RET_OG_PLIGT_DAYS - 1, end)
    end = np.where(ended & ~selv, np.minimum(end, spells.end), end)
    start = np.maximum(start, spells.start)
    keep = has & (end >= start) & (end >= period.start) & (start <= period.end)
    idx = np.flatnonzero(keep)
    return Exemptions(
        spell=idx,
        start=start[idx].astype(np.int32),
        end=end[idx].astype(np.int32),
        reason=reason[idx].astype(np.int8),
    )


def _offer_group(spells: Spells) -> IntArray:
    b = spells.benefit
    group = np.full(len(spells), -1, dtype=np.int64)
    group[b == cal.DAGPENGE] = _G_DAGPENGE
    cash = np.isin(b, (cal.KONTANTHJAELP, cal.SELVFORSOERGELSE))
    group[cash & (spells.target == cal.JOBPARAT)] = _G_JOBPARAT
    group[cash & (spells.target != cal.JOBPARAT)] = _G_ACTIVITY
    group[b == cal.UDDANNELSESHJAELP] = _G_YOUTH
    group[np.isin(b, (cal.JOBAFKLARING, cal.RESSOURCEFORLOEB))] = _G_HEALTH
    group[b == cal.REVALIDERING] = _G_REVAL
    group[b == cal.LEDIGHEDSYDELSE] = _G_FLEX_WAIT
    group[(b == cal.SYGEDAGPENGE) & (spells.sdp_kind != SDP_SHORT)] = _G_SICK
    return group


def generate_offers(
    rng: np.random.Generator, spells: Spells, staff: Staff, period: Period
) -> Offers:
    group = _offer_group(spells)
    idx = np.flatnonzero(group >= 0)
    g = group[idx]
    d = staff.diligence[staff.spell_caseworker[idx]]
    n = len(idx)
    start = spells.start[idx].astype(np.int64)
    span_end = np.minimum(spells.end[idx], period.end).astype(np.int64)

    # First offer: on time somewhere in the first six months, or late, depending on diligence;
    # the job centre's push from August 2024 (seed 004) raises the chance.
    on_time = bernoulli(rng, d, n)
    first = np.where(
        on_time,
        start + uniform_int(rng, 30, _RET_OG_PLIGT_DAYS, n),
        start + _RET_OG_PLIGT_DAYS + uniform_int(rng, 1, 150, n),
    )
    chance = (
        cal.FIRST_OFFER_CHANCE
        * _GROUP_OFFER_FACTOR[g]
        * (d / cal.REFERENCE_DILIGENCE)
        * _boost(first)
    )
    has_first = bernoulli(rng, chance.clip(0, 0.97), n) & (first <= span_end)

    # Later offers: a chance at regular intervals after the six-month point, whether or not
    # the first offer came in time.
    base = start + _RET_OG_PLIGT_DAYS
    n_repeat = np.where(
        _GROUP_REPEATS[g], (span_end - base) // cal.REPEAT_OFFER_INTERVAL_DAYS, 0
    ).clip(0)
    rep_spell = np.repeat(np.arange(n), n_repeat)
    rep_k = np.arange(int(n_repeat.sum())) - np.repeat(np.cumsum(n_repeat) - n_repeat, n_repeat)
    rep_start = (
        base[rep_spell]
        + (rep_k + 1) * cal.REPEAT_OFFER_INTERVAL_DAYS
        + uniform_int(rng, -60, 60, len(rep_spell))
    )
    rep_chance = (
        cal.REPEAT_OFFER_CHANCE * (d[rep_spell] / cal.REFERENCE_DILIGENCE) * _boost(rep_start)
    )
    rep_keep = bernoulli(rng, rep_chance.clip(0, 0.97), len(rep_spell))

    local = np.concatenate([np.flatnonzero(has_first), rep_spell[rep_keep]])
    offer_start = np.concatenate([first[has_first], rep_start[rep_keep]])
    kind = categorical_by_class(rng, _OFFER_KIND_SHARES, g[local])
    offers = _with_lengths(rng, idx[local], kind, offer_start)
    mentors = _mentors(rng, spells)
    return _clip_offers(_concat_offers(offers, mentors), spells, period)


def _boost(day: IntArray) -> npt.NDArray[np.float64]:
    return np.where(day >= to_day(cal.EFFORT_BOOST_DATE), cal.EFFORT_BOOST_FACTOR, 1.0)


def _with_lengths(
    rng: np.random.Generator, spell: IntArray, kind: IntArray, start: IntArray
) -> Offers:
    """Offers start on a Monday and run whole weeks, except the few cut short."""
    n = len(spell)
    monday = monday_of((start + 6).astype(np.int32)).astype(np.int64)
    weeks = uniform_int(rng, _OFFER_DAYS[kind, 0] // 7, _OFFER_DAYS[kind, 1] // 7, n)
    # A few offers are cut short (illness, dropping out): under the two weeks ret og pligt needs.
    days = np.where(
        bernoulli(rng, cal.OFFER_SHORTER_THAN_TWO_WEEKS_SHARE, n),
        uniform_int(rng, 3, 13, n),
        7 * weeks,
    )
    return Offers(
        spell=spell,
        kind=kind.astype(np.int8),
        start=monday.astype(np.int32),
        end=(monday + days - 1).astype(np.int32),
    )


def _mentors(rng: np.random.Generator, spells: Spells) -> Offers:
    n = len(spells)
    eligible = (spells.target == cal.AKTIVITETSPARAT) | np.isin(
        spells.benefit, (cal.RESSOURCEFORLOEB, cal.JOBAFKLARING)
    )
    share = np.where(eligible, cal.MENTOR_SHARE, 0.0)
    share[(spells.benefit == cal.SYGEDAGPENGE) & (spells.sdp_kind != SDP_SHORT)] = 0.03
    idx = np.flatnonzero(bernoulli(rng, share, n))
    start = spells.start[idx].astype(np.int64) + uniform_int(rng, 20, 200, len(idx))
    kind = np.full(len(idx), OFFER_KINDS.index("mentor"), dtype=np.int64)
    return _with_lengths(rng, idx, kind, start)


def _concat_offers(a: Offers, b: Offers) -> Offers:
    return Offers(
        spell=np.concatenate([a.spell, b.spell]),
        kind=np.concatenate([a.kind, b.kind]),
        start=np.concatenate([a.start, b.start]),
        end=np.concatenate([a.end, b.end]),
    )


def _clip_offers(offers: Offers, spells: Spells, period: Period) -> Offers:
    """An offer stops when the benefit stops; keep offers that touch the period."""
    spell_end = spells.end[offers.spell]
    ended = spell_end <= period.end
    end = np.where(ended, np.minimum(offers.end, spell_end), offers.end)
    keep = (
        (offers.start <= spell_end)
        & (end >= offers.start)
        & (end >= period.start)
        & (offers.start <= period.end)
    )
    order = np.lexsort((offers.start[keep], offers.spell[keep]))
    return Offers(
        spell=offers.spell[keep][order],
        kind=offers.kind[keep][order],
        start=offers.start[keep][order],
        end=end[keep][order].astype(np.int32),
    )
