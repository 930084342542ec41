"""Benefit spells: each citizen's path through the benefit system, simulated as a Markov chain.

Candidates enter with a first spell (dated by benefit-specific rates, seasonality and trend,
starting up to decades before the period so the stock on the first day is realistic). Every spell
gets a duration; at its end the citizen switches benefit, leaves for self-support and perhaps
comes back later, or stays on it past the period end (an ongoing spell). The chain is advanced one
generation at a time over all candidates at once, so there is no per-person Python loop.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from tilsyn.data.contract import BENEFITS
from tilsyn.data.synthetic import calibration as cal
from tilsyn.data.synthetic.dates import (
    NA_DAY,
    Days,
    Period,
    end_of_month,
    monday_of,
    month_index,
    month_index_first_day,
    to_day,
    years_to_days,
)
from tilsyn.data.synthetic.draws import (
    BoolArray,
    IntArray,
    bernoulli,
    categorical,
    categorical_by_class,
    lognormal_days,
    uniform_int,
)

Int8Array = npt.NDArray[np.int8]

SDP_SHORT, SDP_LONG, SDP_REACHED_22 = 0, 1, 2
REVURDERING_CODES = tuple(cal.SDP_REVURDERING_OUTCOMES)  # reassessments.outcome
REV_EXTENDED = REVURDERING_CODES.index("forlaenget")
REV_JOBAFKLARING = REVURDERING_CODES.index("jobafklaring")

_TOKENS = (*BENEFITS, "prev", "exit")
_PREV = len(BENEFITS)
_EXIT = len(BENEFITS) + 1
_CLASS_NAMES = tuple(cal.TRANSITIONS)
_CLASS = {name: i for i, name in enumerate(_CLASS_NAMES)}


def _matrix(rows: Sequence[dict[str, float]]) -> npt.NDArray[np.float64]:
    out = np.zeros((len(rows), len(_TOKENS)))
    for i, row in enumerate(rows):
        for token, p in row.items():
            out[i, _TOKENS.index(token)] = p
    return out


_TRANSITION_MATRIX = _matrix([cal.TRANSITIONS[name] for name in _CLASS_NAMES])
_REENTRY_P = np.array([cal.REENTRY[b][0] for b in BENEFITS])
_REENTRY_MEDIAN = np.array([cal.REENTRY[b][1] for b in BENEFITS])
_REENTRY_SIGMA = np.array([cal.REENTRY[b][2] for b in BENEFITS])
_REENTRY_MATRIX = _matrix([cal.REENTRY[b][3] for b in BENEFITS])


def _season_accept() -> npt.NDArray[np.float64]:
    """Per benefit and month of year: the season weight relative to the peak month."""
    accept = np.ones((cal.N_BENEFITS, 12))
    for benefit, season in cal.SEASON.items():
        accept[benefit] = np.asarray(season) / max(season)
    return accept


_SEASON_ACCEPT = _season_accept()
_HEALTH_BENEFITS = np.array(
    [
        cal.SYGEDAGPENGE,
        cal.JOBAFKLARING,
        cal.RESSOURCEFORLOEB,
        cal.LEDIGHEDSYDELSE,
        cal.REVALIDERING,
        cal.FLEKSJOB,
    ]
)


@dataclass
class Spells:
    """Column arrays of benefit spells (one element per spell)."""

    person: IntArray
    benefit: Int8Array
    start: Days
    end: Days  # true last day; beyond the period end means ongoing
    target: Int8Array  # index into TARGET_GROUPS, -1 for none
    prev_benefit: Int8Array  # benefit just before a direct switch, -1 otherwise
    sdp_kind: Int8Array  # SDP_SHORT / SDP_LONG / SDP_REACHED_22, -1 for other benefits
    employed: Int8Array  # sygedagpenge: 1 employed, 0 not, -1 other benefits
    absence_offset: npt.NDArray[np.int32]  # sygedagpenge: start - first_absence_date
    revurdering: Int8Array  # REV_* outcome at week 22, -1 none
    exhausted: BoolArray  # dagpenge: used up the two-year period
    from_sho: BoolArray  # kontanthjælp that would have been SHO before 1 Jul 2025

    def __len__(self) -> int:
        return len(self.person)

    def take(self, index: IntArray | BoolArray) -> Spells:
        return Spells(**{f.name: getattr(self, f.name)[index] for f in dataclasses.fields(self)})

    @staticmethod
    def concat(parts: Sequence[Spells]) -> Spells:
        return Spells(
            **{
                f.name: np.concatenate([getattr(p, f.name) for p in parts])
                for f in dataclasses.fields(Spells)
            }
        )

    @staticmethod
    def new(
        person: npt.NDArray[np.integer[Any]],
        benefit: npt.NDArray[np.integer[Any]],
        start: npt.NDArray[np.integer[Any]],
        target: npt.NDArray[np.integer[Any]],
    ) -> Spells:
        n = len(person)
        return Spells(
            person=person.astype(np.int64),
            benefit=benefit.astype(np.int8),
            start=start.astype(np.int32),
            end=np.full(n, NA_DAY, dtype=np.int32),
            target=target.astype(np.int8),
            prev_benefit=np.full(n, -1, dtype=np.int8),
            sdp_kind=np.full(n, -1, dtype=np.int8),
            employed=np.full(n, -1, dtype=np.int8),
            absence_offset=np.zeros(n, dtype=np.int32),
            revurdering=np.full(n, -1, dtype=np.int8),
            exhausted=np.zeros(n, dtype=bool),
            from_sho=np.zeros(n, dtype=bool),
        )


@dataclass
class Candidates:
    """Citizens who may pass through the job centre; only some fall inside the period."""

    municipality: npt.NDArray[np.int16]
    birth: Days

    def __len__(self) -> int:
        return len(self.birth)


def simulate(
    rng: np.random.Generator, period: Period, populations: Sequence[int], scale: float
) -> tuple[Candidates, Spells]:
    """Simulate the benefit histories of a batch of candidates up to the period end."""
    municipality, benefit, start = _fresh_entries(rng, period, populations, scale)
    birth = (start - _entry_age_days(rng, benefit)).astype(np.int32)
    candidates = Candidates(municipality=municipality, birth=birth)
    person = np.arange(len(start), dtype=np.int64)
    current = Spells.new(
        person, benefit, start, _draw_targets(rng, benefit, np.full_like(benefit, -1))
    )
    pension = birth + years_to_days(cal.PENSION_AGE_YEARS)
    last_end = np.full((len(candidates), cal.N_BENEFITS), NA_DAY, dtype=np.int32)
    done: list[Spells] = []
    for _ in range(cal.MAX_SPELLS_PER_PERSON):
        # Twice: moving a start past 1 Jul 2025 or a 30th birthday can change the benefit.
        for _ in range(2):
            current = _normalise_benefit(current, birth)
            current = _separate_from_same_benefit(current, last_end)
        keep = (current.start <= period.end) & (current.start < pension[current.person])
        current = current.take(keep)
        if len(current) == 0:
            break
        _draw_durations(rng, current)
        capped = current.end >= pension[current.person]
        current.end = np.minimum(current.end, pension[current.person] - 1).astype(np.int32)
        done.append(current)
        last_end[current.person, current.benefit] = current.end
        finished = current.end <= period.end
        current = _next_spells(rng, current.take(finished), capped[finished], period)
    return candidates, Spells.concat(done) if done else Spells.new(*(np.zeros(0, np.int64),) * 4)


def _fresh_entries(
    rng: np.random.Generator, period: Period, populations: Sequence[int], scale: float
) -> tuple[npt.NDArray[np.int16], IntArray, Days]:
    last_month = int(month_index(np.array([period.end], dtype=np.int32))[0])
    first_period_month = int(month_index(np.array([period.start], dtype=np.int32))[0])
    munis, benefits, starts = [], [], []
    for b, rate in cal.ENTRY_RATE_PER_1000.items():
        months = np.arange(first_period_month - 12 * cal.ENTRY_WINDOW_YEARS[b], last_month + 1)
        first_day = month_index_first_day(months.astype(np.int32))
        days_in_month = month_index_first_day((months + 1).astype(np.int32)) - first_day
        season = np.asarray(cal.SEASON.get(b, (1.0,) * 12))
        weight = (season / season.mean())[months % 12] * days_in_month / 365.25
        trend_year = np.clip(months // 12, period.first_year, period.last_year)
        weight = weight * cal.ENTRY_TREND_PER_YEAR.get(b, 1.0) ** (trend_year - cal.TREND_BASE_YEAR)
        for m, population in enumerate(populations):
            counts = rng.poisson(rate / 1000 * population * scale * weight)
            total = int(counts.sum())
            month_first = np.repeat(first_day, counts)
            offset = np.floor(rng.random(total) * np.repeat(days_in_month, counts))
            starts.append((month_first + offset).astype(np.int32))
            benefits.append(np.full(total, b, dtype=np.int64))
            munis.append(np.full(total, m, dtype=np.int16))
    return np.concatenate(munis), np.concatenate(benefits), np.concatenate(starts)


def _entry_age_days(rng: np.random.Generator, benefit: IntArray) -> npt.NDArray[np.int32]:
    params = np.array([cal.ENTRY_AGE[b] for b in range(cal.N_BENEFITS)])[benefit]
    years = params[:, 0] + params[:, 1] * rng.beta(params[:, 2], params[:, 3])
    return years_to_days(years)


def _draw_targets(rng: np.random.Generator, benefit: IntArray, source: IntArray) -> IntArray:
    target = np.full(len(benefit), cal.NO_TARGET, dtype=np.int64)
    kh = benefit == cal.KONTANTHJAELP
    from_dp = kh & (source == cal.DAGPENGE)
    from_health = kh & np.isin(source, _HEALTH_BENEFITS)
    plain_kh = kh & ~from_dp & ~from_health
    groups = (
        (plain_kh, "kontanthjaelp"),
        (from_dp, "kontanthjaelp_from_dagpenge"),
        (from_health, "kontanthjaelp_from_health"),
        (benefit == cal.UDDANNELSESHJAELP, "uddannelseshjaelp"),
        (benefit == cal.SELVFORSOERGELSE, "selvforsoergelsesydelse"),
    )
    for mask, key in groups:
        target[mask] = categorical(rng, int(mask.sum()), cal.TARGET_SHARES[key])
    return target


def _normalise_benefit(sp: Spells, birth: Days) -> Spells:
    """Uddannelseshjælp only under 30; no SHO/uddannelseshjælp starts after the 2025 reform."""
    age_days = sp.start - birth[sp.person]
    too_old = (sp.benefit == cal.UDDANNELSESHJAELP) & (
        age_days >= years_to_days(cal.YOUTH_AGE_LIMIT)
    )
    sp.target[too_old & (sp.target == cal.UDDANNELSESPARAT)] = cal.JOBPARAT
    reform = sp.start >= to_day(cal.CASH_REFORM_DATE)
    was_sho = reform & (sp.benefit == cal.SELVFORSOERGELSE)
    relabel = too_old | (
        reform & np.isin(sp.benefit, (cal.UDDANNELSESHJAELP, cal.SELVFORSOERGELSE))
    )
    sp.benefit[relabel] = cal.KONTANTHJAELP
    sp.from_sho |= was_sho
    return sp


def _separate_from_same_benefit(sp: Spells, last_end: npt.NDArray[np.int32]) -> Spells:
    """Start a repeat spell of a benefit in a later ISO week than the previous one ended.

    Two spells of the same benefit never overlap, and payments stay one row per person,
    benefit and ISO week.
    """
    previous = last_end[sp.person, sp.benefit]
    has_previous = previous != NA_DAY
    earliest = np.where(has_previous, monday_of(np.where(has_previous, previous, 0)) + 7, NA_DAY)
    sp.start = np.maximum(sp.start, earliest).astype(np.int32)
    return sp


def _draw_durations(rng: np.random.Generator, sp: Spells) -> None:
    duration = np.zeros(len(sp), dtype=np.int64)
    sdp = sp.benefit == cal.SYGEDAGPENGE
    for (b, target), (median, sigma) in cal.DURATION_LOGNORMAL.items():
        mask = (sp.benefit == b) & ((sp.target == target) | (target == cal.NO_TARGET))
        duration[mask] = lognormal_days(rng, median, sigma, int(mask.sum()))
    duration = duration.clip(cal.MIN_DURATION_DAYS, cal.MAX_DURATION_DAYS)
    dp = sp.benefit == cal.DAGPENGE
    sp.exhausted = dp & (duration >= cal.DAGPENGE_MAX_DAYS)
    duration[dp] = duration[dp].clip(max=cal.DAGPENGE_MAX_DAYS)
    duration[sdp] = _sygedagpenge_durations(rng, sp, sdp)
    sp.end = (sp.start + duration - 1).astype(np.int32)


def _sygedagpenge_durations(rng: np.random.Generator, sp: Spells, sdp: BoolArray) -> IntArray:
    """Durations (from the municipality's first payment day) for sick-listing spells.

    Sets employment, first-absence offset, case kind and the week-22 revurdering outcome.
    """
    n = int(sdp.sum())
    start = sp.start[sdp]
    unemployed_before = np.isin(
        sp.prev_benefit[sdp],
        (
            cal.DAGPENGE,
            cal.KONTANTHJAELP,
            cal.UDDANNELSESHJAELP,
            cal.SELVFORSOERGELSE,
            cal.LEDIGHEDSYDELSE,
        ),
    )
    employed = ~unemployed_before & bernoulli(rng, cal.SDP_EMPLOYED_SHARE, n)
    offset = np.where(employed, cal.EMPLOYER_PERIOD_DAYS, uniform_int(rng, 0, 3, n))
    kind = np.where(
        bernoulli(rng, cal.SDP_SHORT_SHARE, n),
        SDP_SHORT,
        np.where(bernoulli(rng, cal.SDP_REACH_22_WEEKS_SHARE, n), SDP_REACHED_22, SDP_LONG),
    )
    # Short: back within 8 weeks (56 days) of the first day of absence.
    short_days = 1 + np.floor((56 - offset) * rng.beta(1.0, 1.8, n)).astype(np.int64)
    # Long but under 22 weeks on benefit: absence of 57 days up to 22 weeks + offset.
    absence = 57 + np.floor((cal.WEEK22_DAYS + offset - 57) * rng.beta(1.0, 1.6, n))
    long_days = absence.astype(np.int64) - offset
    outcome = categorical(rng, n, list(cal.SDP_REVURDERING_OUTCOMES.values()))
    extended = cal.WEEK22_DAYS + lognormal_days(rng, *cal.SDP_EXTENSION_LOGNORMAL, n).clip(1)
    month_end = end_of_month((start + cal.WEEK22_DAYS).astype(np.int32)) - start + 1
    reached_days = np.where(outcome == REV_EXTENDED, extended, month_end)
    duration = np.select(
        [kind == SDP_SHORT, kind == SDP_LONG], [short_days, long_days], reached_days
    )
    sp.employed[sdp] = employed.astype(np.int8)
    sp.absence_offset[sdp] = offset.astype(np.int32)
    sp.sdp_kind[sdp] = kind.astype(np.int8)
    sp.revurdering[sdp] = np.where(kind == SDP_REACHED_22, outcome, -1).astype(np.int8)
    return duration.clip(1).astype(np.int64)


def _transition_class(sp: Spells) -> IntArray:
    cls = np.full(len(sp), _CLASS["foertidspension"], dtype=np.int64)
    b = sp.benefit
    by_name = {
        cal.UDDANNELSESHJAELP: "uh",
        cal.SELVFORSOERGELSE: "sfy",
        cal.JOBAFKLARING: "jobafklaring",
        cal.RESSOURCEFORLOEB: "ressourceforloeb",
        cal.LEDIGHEDSYDELSE: "ledighedsydelse",
        cal.REVALIDERING: "revalidering",
        cal.FLEKSJOB: "fleksjob",
    }
    for benefit, name in by_name.items():
        cls[b == benefit] = _CLASS[name]
    cls[b == cal.DAGPENGE] = _CLASS["dagpenge"]
    cls[(b == cal.DAGPENGE) & sp.exhausted] = _CLASS["dagpenge_exhausted"]
    kh = b == cal.KONTANTHJAELP
    cls[kh] = _CLASS["kh_jobparat"]
    cls[kh & (sp.target == cal.AKTIVITETSPARAT)] = _CLASS["kh_aktivitetsparat"]
    sdp = b == cal.SYGEDAGPENGE
    short = sp.sdp_kind == SDP_SHORT
    employed = sp.employed == 1
    cls[sdp & short & employed] = _CLASS["sdp_short_employed"]
    cls[sdp & short & ~employed] = _CLASS["sdp_short_unemployed"]
    cls[sdp & ~short & employed] = _CLASS["sdp_long_employed"]
    cls[sdp & ~short & ~employed] = _CLASS["sdp_long_unemployed"]
    return cls


def _next_spells(
    rng: np.random.Generator, sp: Spells, pension_capped: BoolArray, period: Period
) -> Spells:
    n = len(sp)
    token = categorical_by_class(rng, _TRANSITION_MATRIX, _transition_class(sp))
    token[sp.revurdering == REV_JOBAFKLARING] = cal.JOBAFKLARING
    token[(token == _PREV) & (sp.prev_benefit < 0)] = _EXIT
    token[pension_capped] = _EXIT
    is_prev = token == _PREV
    benefit = np.where(is_prev, sp.prev_benefit, token).astype(np.int64)
    gap = np.where(is_prev, uniform_int(rng, 1, 3, n), uniform_int(rng, *cal.SWITCH_GAP_DAYS, n))
    gap[sp.revurdering == REV_JOBAFKLARING] = 1
    source = sp.benefit.astype(np.int64)

    exiting = token == _EXIT
    b = sp.benefit.astype(np.int64)
    returns = exiting & bernoulli(rng, _REENTRY_P[b], n) & ~pension_capped
    reentry_benefit = categorical_by_class(rng, _REENTRY_MATRIX, b)
    reentry_gap = _seasonal_gap(rng, sp.end, b, reentry_benefit)
    benefit = np.where(exiting, reentry_benefit, benefit)
    gap = np.where(exiting, reentry_gap, gap)
    source = np.where(exiting, -1, source)

    start = sp.end.astype(np.int64) + gap
    keep = (~exiting | returns) & (start <= period.end)
    target = _draw_targets(rng, benefit[keep], source[keep])
    nxt = Spells.new(sp.person[keep], benefit[keep], start[keep], target)
    nxt.prev_benefit = source[keep].astype(np.int8)
    return nxt


def _seasonal_gap(
    rng: np.random.Generator, end: Days, benefit: IntArray, next_benefit: IntArray
) -> IntArray:
    """Time to re-entry, redrawn once if it falls out of season for the benefit re-entered.

    Without this only first spells would follow the season and re-entries would wash it out.
    """
    n = len(end)
    gap = lognormal_days(rng, _REENTRY_MEDIAN[benefit], _REENTRY_SIGMA[benefit], n).clip(14)
    month_of_year = month_index((end + gap).astype(np.int32)) % 12
    redraw = rng.random(n) >= _SEASON_ACCEPT[next_benefit, month_of_year]
    fresh = lognormal_days(rng, _REENTRY_MEDIAN[benefit], _REENTRY_SIGMA[benefit], n).clip(14)
    return np.where(redraw, fresh, gap)


def select_persons(
    rng: np.random.Generator,
    candidates: Candidates,
    spells: Spells,
    period: Period,
    wanted: Sequence[int],
) -> tuple[Candidates, Spells]:
    """Keep exactly `wanted[m]` citizens per municipality among those active in the period.

    Returns the chosen citizens and their spells that overlap the period, with persons
    renumbered 0..n-1 in order of their first spell start.
    """
    in_period = (spells.end >= period.start) & (spells.start <= period.end)
    active = np.zeros(len(candidates), dtype=bool)
    active[spells.person[in_period]] = True
    chosen_parts = []
    for m, n_wanted in enumerate(wanted):
        pool = np.flatnonzero(active & (candidates.municipality == m))
        if len(pool) < n_wanted:
            raise NotEnoughCandidates(m, len(pool), n_wanted)
        chosen_parts.append(np.sort(rng.choice(pool, size=n_wanted, replace=False)))
    chosen = np.concatenate(chosen_parts)
    keep_spell = in_period & np.isin(spells.person, chosen)
    kept = spells.take(keep_spell)
    first_start = np.full(len(candidates), np.iinfo(np.int32).max, dtype=np.int64)
    np.minimum.at(first_start, kept.person, kept.start.astype(np.int64))
    order = chosen[np.lexsort((rng.random(len(chosen)), first_start[chosen]))]
    new_index = np.full(len(candidates), -1, dtype=np.int64)
    new_index[order] = np.arange(len(order))
    kept.person = new_index[kept.person]
    kept = kept.take(np.lexsort((kept.start, kept.person)))
    persons = Candidates(municipality=candidates.municipality[order], birth=candidates.birth[order])
    return persons, kept


class NotEnoughCandidates(Exception):
    """Raised when the candidates hold too few citizens active in the period."""

    def __init__(self, municipality: int, available: int, wanted: int) -> None:
        super().__init__(f"kommune nr. {municipality + 1}: {available} borgere, {wanted} ønsket")
