"""Per-spell details for the benefit_periods table: first contact, sick-listing, handover etc."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import NA_DAY, Days, Period, to_day
from tilsyn.data.synthetic.draws import FloatArray, bernoulli, categorical, uniform_int
from tilsyn.data.synthetic.spells import SDP_SHORT, Spells

Int8Array = npt.NDArray[np.int8]

_CASH_BENEFITS = (cal.KONTANTHJAELP, cal.UDDANNELSESHJAELP, cal.SELVFORSOERGELSE)
# Level factors around the weekly base rate: e.g. kontanthjælp without children / hjemmeboende,
# the base, and with children (forsørger). Invented, rounded from the public rate tables.
_LEVELS: dict[int, tuple[tuple[float, ...], tuple[float, ...]]] = {
    cal.KONTANTHJAELP: ((0.80, 1.0, 1.32), (0.45, 0.25, 0.30)),
    cal.UDDANNELSESHJAELP: ((0.55, 1.0, 1.9), (0.30, 0.50, 0.20)),
    cal.SELVFORSOERGELSE: ((0.75, 1.0, 1.5), (0.40, 0.30, 0.30)),
}


@dataclass
class SpellDetails:
    first_contact: Days
    first_absence: Days
    sickness_category: Int8Array  # 1, 2, 3; -1 for none
    expected_weeks: npt.NDArray[np.int16]  # -1 for none
    handover: Days
    work_obligation: Int8Array  # 1 true, 0 false, -1 none
    weekly_rate: FloatArray  # kr. a week at the 2024 level


def spell_details(rng: np.random.Generator, spells: Spells, period: Period) -> SpellDetails:
    return SpellDetails(
        first_contact=_first_contact(rng, spells),
        first_absence=np.where(
            spells.benefit == cal.SYGEDAGPENGE, spells.start - spells.absence_offset, NA_DAY
        ).astype(np.int32),
        sickness_category=_sickness_category(rng, spells),
        expected_weeks=_expected_weeks(rng, spells),
        handover=_handover(rng, spells, period),
        work_obligation=_work_obligation(rng, spells),
        weekly_rate=_weekly_rate(rng, spells),
    )


def _first_contact(rng: np.random.Generator, spells: Spells) -> Days:
    """The first approach to the municipality: days before a cash-benefit spell starts.

    Someone switching from another benefit usually applies a little earlier.
    """
    n = len(spells)
    switched = spells.prev_benefit >= 0
    before = np.where(switched, uniform_int(rng, 3, 25, n), uniform_int(rng, 0, 10, n))
    cash = np.isin(spells.benefit, _CASH_BENEFITS)
    return np.where(cash, spells.start - before, NA_DAY).astype(np.int32)


def _sickness_category(rng: np.random.Generator, spells: Spells) -> Int8Array:
    n = len(spells)
    short = spells.sdp_kind == SDP_SHORT
    # Short cases are mostly visited to category 1 (back within 8 weeks), long ones to 2; a few
    # are visited wrongly. Category 3 is rare (none in Tårnby in 2023) and gone from 2025.
    category = np.where(
        short,
        np.where(bernoulli(rng, 0.85, n), 1, 2),
        1
        + categorical(
            rng, n, (0.14, 1 - 0.14 - cal.SDP_CAT3_SHARE_OF_LONG, cal.SDP_CAT3_SHARE_OF_LONG)
        ),
    )
    category[(category == 3) & (spells.start >= to_day("2025-01-01"))] = 2
    return np.where(spells.benefit == cal.SYGEDAGPENGE, category, -1).astype(np.int8)


def _expected_weeks(rng: np.random.Generator, spells: Spells) -> npt.NDArray[np.int16]:
    """The citizen's and employer's expected absence, noisy around the real absence."""
    n = len(spells)
    absence_weeks = (spells.end - spells.start + spells.absence_offset + 1) / 7
    guess = np.rint(absence_weeks * np.exp(0.35 * rng.standard_normal(n))).clip(1, 52)
    share = np.where(
        spells.start >= to_day("2025-01-01"),
        cal.SDP_EXPECTED_WEEKS_SHARE_FROM_2025,
        cal.SDP_EXPECTED_WEEKS_SHARE_BEFORE_2025,
    )
    known = (spells.benefit == cal.SYGEDAGPENGE) & bernoulli(rng, share, n)
    return np.where(known, guess, -1).astype(np.int16)


def _handover(rng: np.random.Generator, spells: Spells, period: Period) -> Days:
    """From 2024 the a-kasse runs the first three months of a dagpenge course, then hands over."""
    n = len(spells)
    handover = spells.start + 91 + uniform_int(rng, -7, 7, n)
    applies = (
        (spells.benefit == cal.DAGPENGE)
        & (spells.start >= to_day("2024-01-01"))
        & (handover <= np.minimum(spells.end, period.end))
    )
    return np.where(applies, handover, NA_DAY).astype(np.int32)


def _work_obligation(rng: np.random.Generator, spells: Spells) -> Int8Array:
    n = len(spells)
    sho_group = (spells.benefit == cal.SELVFORSOERGELSE) | spells.from_sho
    sho_covered = (spells.end >= to_day(cal.WORK_OBLIGATION_SHO_FROM)) & sho_group
    kh_covered = (spells.benefit == cal.KONTANTHJAELP) & (
        spells.end >= to_day(cal.CASH_REFORM_DATE)
    )
    p = np.where(
        sho_covered,
        cal.WORK_OBLIGATION_SHO_SHARE,
        np.where(kh_covered, cal.WORK_OBLIGATION_KH_SHARE, 0.0),
    )
    flag = bernoulli(rng, p, n).astype(np.int8)
    applies = np.isin(spells.benefit, (cal.KONTANTHJAELP, cal.SELVFORSOERGELSE))
    return np.where(applies, flag, -1).astype(np.int8)


def _weekly_rate(rng: np.random.Generator, spells: Spells) -> FloatArray:
    n = len(spells)
    base = np.array([cal.WEEKLY_RATE_2024[b] for b in range(cal.N_BENEFITS)])[spells.benefit]
    # Most dagpenge and sygedagpenge recipients get the maximum rate.
    level = np.where(bernoulli(rng, 0.7, n), 1.0, rng.uniform(0.6, 1.0, n))
    level = np.where(spells.benefit == cal.FLEKSJOB, rng.uniform(0.4, 1.4, n), level)
    for benefit, (factors, probs) in _LEVELS.items():
        mask = spells.benefit == benefit
        level[mask] = np.asarray(factors)[categorical(rng, int(mask.sum()), probs)]
    return base * level
