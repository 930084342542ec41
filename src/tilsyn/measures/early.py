"""STAR's follow-up on the municipalities' early effort (the 80 % model, "TI-80").

Per municipality and month *m*: the persons who reach 6 months on their benefit in *m*
(reform-2026.md §7.2). The interview part asks for at least 4 jobsamtaler with the job centre
before that point (dagpenge: the statutory job-centre number, 3 from 2024); the offer part,
only for benefits with an offer duty, asks for at least one offer started before it. A part
is flagged when the share is under 80 % for 6 consecutive months with at least 10 persons in
each. Spells governed by the 2026 reform (``six_month_point.under_reform``) are left to
``reform``: the two regimes are computed by date, never both for one spell.

The dagpenge measure (share of dagpenge recipients who, on the day they reach 6 months of
accumulated unemployment, have had the statutory number of job-centre interviews) is the
dagpenge slice of the interview part, reported as its own series.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import duckdb

from tilsyn.measures.six_month_point import (
    DAGPENGE,
    CaseData,
    Offer,
    Spell,
    add_months,
    benefits_in,
    codes,
    count_conversations,
    iter_months,
    load_case_data,
    month_start,
    under_reform,
)
from tilsyn.rules.parameters import ParameterSet, default_parameters

PART_INTERVIEWS = "samtaler"
PART_OFFERS = "tilbud"
PART_DAGPENGE = "dagpenge_samtaler"
PART_LABELS = {
    PART_INTERVIEWS: "Mindst 4 jobsamtaler før 6 måneder",
    PART_OFFERS: "Tilbud før 6 måneder",
    PART_DAGPENGE: "Dagpenge: lovpligtige jobsamtaler ved 6 måneders ledighed",
}


@dataclass(frozen=True)
class EarlyMember:
    """One person-spell reaching 6 months, with what they had before that point."""

    person_id: str
    municipality: str
    group: str  # benefit or benefit:target_group at the point
    count_start: dt.date
    point: dt.date  # first day after the 6 months
    interviews: int
    required_interviews: int
    offer_part: bool  # the benefit has an offer duty
    offer_started: dt.date | None

    @property
    def interviews_ok(self) -> bool:
        return self.interviews >= self.required_interviews

    @property
    def offer_ok(self) -> bool:
        return self.offer_started is not None

    @property
    def benefit(self) -> str:
        return self.group.split(":", 1)[0]


@dataclass(frozen=True)
class MonthShare:
    """A monthly cohort's share for one part, with STAR's consecutive-month flag."""

    municipality: str
    month: dt.date
    part: str
    population: int
    compliant: int
    threshold: Fraction
    below: bool  # share under the threshold (whatever the population)
    run: int  # consecutive months so far that count towards the flag
    flagged: bool
    complete: bool  # the whole month lies on or before the reference date

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.compliant, self.population) if self.population else None

    def as_row(self) -> dict[str, object]:
        return {
            "municipality": self.municipality,
            "month": self.month.strftime("%Y-%m"),
            "part": self.part,
            "population": self.population,
            "compliant": self.compliant,
            "share_pct": percent(self.share),
            "threshold_pct": percent(self.threshold),
            "below": self.below,
            "run": self.run,
            "flagged": self.flagged,
            "complete": self.complete,
        }


def percent(share: Fraction | None) -> Decimal | None:
    """A share as a percentage with one decimal (display only; never compared)."""
    if share is None:
        return None
    return (Decimal(share.numerator) * 100 / Decimal(share.denominator)).quantize(Decimal("0.1"))


def as_fraction(value: object, pid: str) -> Fraction:
    """A share parameter as an exact fraction (0.8 → 4/5), so no float is ever compared."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{pid}: forventede en andel, fik {value!r}")
    return Fraction(str(value))


def as_int(value: object, pid: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{pid}: forventede et heltal, fik {value!r}")
    return value


def first_offer(
    offers: Sequence[Offer], start: dt.date, deadline: dt.date, kinds: Sequence[str]
) -> dt.date | None:
    """Start of the first counted offer that began before ``deadline`` and had not ended
    before ``start`` (an offer running into the spell counts as received)."""
    starts = [o.start for o in offers if o.kind in kinds and o.start < deadline and o.end >= start]
    return min(starts) if starts else None


def early_members(
    data: CaseData,
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
) -> list[EarlyMember]:
    """Person-spells under the pre-reform rules reaching 6 months in the months given
    (and on or before ``as_of``)."""
    lo, hi = month_start(first_month), add_months(month_start(last_month), 1)
    members: list[EarlyMember] = []
    for spell in data.spells:
        member = _member(spell, data, params, lo, hi, as_of)
        if member is not None:
            members.append(member)
    return members


def _member(
    spell: Spell,
    data: CaseData,
    params: ParameterSet,
    lo: dt.date,
    hi: dt.date,
    as_of: dt.date,
) -> EarlyMember | None:
    # Spells begun before the follow-up existed (2020) are measured by its first rules.
    on = max(spell.count_start, params["tidlig_indsats.point_months"].history[0].effective_from)
    if spell.family not in codes(params, "tidlig_indsats.interview_benefits", on):
        return None
    months = as_int(params.value("tidlig_indsats.point_months", on), "point_months")
    point = spell.point(months, params)
    if point is None or not (lo <= point < hi) or point > as_of:
        return None
    if under_reform(spell, point, params):
        return None
    last_day = point - dt.timedelta(days=1)
    row = spell.row_on(last_day)
    group = spell.group_on(last_day, params)
    required_pid = (
        "tidlig_indsats.dagpenge.min_interviews"
        if spell.family == DAGPENGE
        else "tidlig_indsats.min_interviews"
    )
    interviews = count_conversations(
        data.conversations.get(spell.person_id, ()),
        spell.count_start,
        point,
        kinds=codes(params, "tidlig_indsats.counted_conversation_kinds", on),
        holders=codes(params, "tidlig_indsats.counted_holders", on),
    )
    offer_part = spell.family in codes(params, "tidlig_indsats.offer_benefits", on)
    started = (
        first_offer(
            data.offers.get(spell.person_id, ()),
            spell.count_start,
            point,
            codes(params, "tidlig_indsats.counted_offer_kinds", on),
        )
        if offer_part
        else None
    )
    return EarlyMember(
        person_id=spell.person_id,
        municipality=row.municipality,
        group=group,
        count_start=spell.count_start,
        point=point,
        interviews=interviews,
        required_interviews=as_int(params.value(required_pid, on), required_pid),
        offer_part=offer_part,
        offer_started=started,
    )


def flag_series(
    counts: Sequence[tuple[int, int]],
    thresholds: Sequence[Fraction],
    *,
    months: Sequence[int],
    min_population: Sequence[int],
) -> list[tuple[bool, int, bool]]:
    """(below, run, flagged) per month for a series of (population, compliant).

    A month counts towards the run when its share is under the threshold and its population
    is at least the minimum; any other month (a small or empty month too) ends the run."""
    out: list[tuple[bool, int, bool]] = []
    run = 0
    for (population, compliant), threshold, need, minimum in zip(
        counts, thresholds, months, min_population, strict=True
    ):
        below = population > 0 and Fraction(compliant, population) < threshold
        run = run + 1 if below and population >= minimum else 0
        out.append((below, run, run >= need))
    return out


def _series(
    members: Iterable[EarlyMember],
    part: str,
) -> dict[tuple[str, dt.date], tuple[int, int]]:
    cells: dict[tuple[str, dt.date], list[int]] = defaultdict(lambda: [0, 0])
    for m in members:
        if part == PART_OFFERS and not m.offer_part:
            continue
        if part == PART_DAGPENGE and m.benefit != DAGPENGE:
            continue
        ok = m.offer_ok if part == PART_OFFERS else m.interviews_ok
        cell = cells[(m.municipality, month_start(m.point))]
        cell[0] += 1
        cell[1] += int(ok)
    return {k: (v[0], v[1]) for k, v in cells.items()}


def monthly_shares(
    members: Sequence[EarlyMember],
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    parts: Sequence[str] = (PART_INTERVIEWS, PART_OFFERS, PART_DAGPENGE),
) -> list[MonthShare]:
    """Monthly shares and flags per municipality and part. ``members`` must reach back
    ``consecutive_months - 1`` months before ``first_month`` for the flags to be right."""
    months = iter_months(first_month, last_month)
    history = iter_months(
        add_months(month_start(first_month), -_lookback(params, first_month)), last_month
    )
    municipalities = [municipality] if municipality else sorted({m.municipality for m in members})
    out: list[MonthShare] = []
    for part in parts:
        cells = _series(members, part)
        for muni in municipalities:
            counts = [cells.get((muni, m), (0, 0)) for m in history]
            thresholds = [
                _share_param(params, "tidlig_indsats.threshold_share", m) for m in history
            ]
            flags = flag_series(
                counts,
                thresholds,
                months=[
                    _int_param(params, "tidlig_indsats.consecutive_months", m) for m in history
                ],
                min_population=[
                    _int_param(params, "tidlig_indsats.min_population", m) for m in history
                ],
            )
            for month, (population, compliant), threshold, (below, run, flagged) in zip(
                history, counts, thresholds, flags, strict=True
            ):
                if month not in months:
                    continue
                if part == PART_DAGPENGE:
                    run, flagged = 0, False  # a measure, not part of STAR's letters
                out.append(
                    MonthShare(
                        municipality=muni,
                        month=month,
                        part=part,
                        population=population,
                        compliant=compliant,
                        threshold=threshold,
                        below=below,
                        run=run,
                        flagged=flagged,
                        complete=add_months(month, 1) <= as_of + dt.timedelta(days=1),
                    )
                )
    return out


def _lookback(params: ParameterSet, on: dt.date) -> int:
    return _int_param(params, "tidlig_indsats.consecutive_months", on) - 1


def _share_param(params: ParameterSet, pid: str, on: dt.date) -> Fraction:
    return as_fraction(params.value(pid, on), pid)


def _int_param(params: ParameterSet, pid: str, on: dt.date) -> int:
    return as_int(params.value(pid, on), pid)


def early_followup(
    con: duckdb.DuckDBPyConnection,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> list[MonthShare]:
    """STAR's 80 % follow-up (interview and offer parts) and the dagpenge 6-month measure,
    per municipality and month from ``first_month`` to ``last_month``."""
    params = params or default_parameters()
    if last_month < first_month:
        raise ValueError("slutmåneden ligger før startmåneden")
    benefits = benefits_in(params, "tidlig_indsats.interview_benefits")
    data = load_case_data(con, params, benefits=benefits, municipality=municipality)
    start = add_months(month_start(first_month), -_lookback(params, first_month))
    members = early_members(data, params, first_month=start, last_month=last_month, as_of=as_of)
    if municipality:
        members = [m for m in members if m.municipality == municipality]
    return monthly_shares(
        members,
        params,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
    )
