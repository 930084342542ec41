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
from fractions import Fraction

import duckdb

from tilsyn.data.calendar import add_months, iter_months, month_start
from tilsyn.measures.cohort import MonthlyCohort, percent
from tilsyn.measures.dated_sql import codes_sql, date_sql, literal, value_sql
from tilsyn.measures.six_month_point import (
    DAGPENGE,
    CaseData,
    benefits_in,
    drop,
    load_case_data,
    points,
    rows_on,
    shared_case_data,
    under_reform_sql,
)
from tilsyn.rules.parameters import ParameterSet, default_parameters

PART_INTERVIEWS = "samtaler"
PART_OFFERS = "tilbud"
PART_DAGPENGE = "dagpenge_samtaler"
PARTS = (PART_INTERVIEWS, PART_OFFERS, PART_DAGPENGE)  # their Danish titles: present.labels


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
class MonthShare(MonthlyCohort):
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

    def as_row(self) -> dict[str, object]:
        return {
            **self.cohort_where(),
            "part": self.part,
            **self.cohort_counts(),
            "threshold_pct": percent(self.threshold),
            "below": self.below,
            "run": self.run,
            "flagged": self.flagged,
            "complete": self.complete,
        }


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
    table = _members_table(
        data, params, first_month=first_month, last_month=last_month, as_of=as_of
    )
    rows = data.con.execute(
        f"""SELECT person_id, municipality, grp, count_start, point, interviews, required,
                   offer_part, offer_started
            FROM {table} ORDER BY person_id, count_start, point"""
    ).fetchall()
    drop(data, table)
    return [EarlyMember(*r) for r in rows]


def _members_table(
    data: CaseData,
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
) -> str:
    """TEMP TABLE of the members (see :class:`EarlyMember`), one row per person-spell.

    Each spell reads its parameters as in force on its count start; spells begun before the
    follow-up existed (2020) are measured by its first rules."""
    lo, hi = month_start(first_month), add_months(month_start(last_month), 1)
    first_rules = params["tidlig_indsats.point_months"].history[0].effective_from
    cand, pts, on_rows, out = (data.temp(n) for n in ("ecand", "epts", "erows", "emembers"))

    def p(pid: str) -> str:
        return value_sql(params[pid], "c.on_")

    def has(pid: str, code: str) -> str:
        return codes_sql(params[pid], "c.on_", code)

    con = data.con
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {cand} AS
        SELECT c.*, {p("tidlig_indsats.point_months")} AS months
        FROM (SELECT sid, pk, person_id, family, count_start,
                     GREATEST(count_start, {date_sql(first_rules)}) AS on_
              FROM {data.spells}) c
        WHERE {has("tidlig_indsats.interview_benefits", "c.family")}
        """
    )
    points(data, f"SELECT sid, months FROM {cand}", pts)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {cand} AS
        SELECT c.*, pt.point FROM {cand} c JOIN {pts} pt USING (sid, months)
        WHERE pt.point >= {date_sql(lo)} AND pt.point < {date_sql(hi)}
          AND pt.point <= {date_sql(as_of)}
          AND NOT {under_reform_sql(params, "c.count_start", "pt.point")}
        """
    )
    rows_on(data, f"SELECT sid, point - 1 AS day FROM {cand}", on_rows)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {out} AS
        WITH talks AS (
            SELECT c.sid, COUNT(*) AS n
            FROM {cand} c JOIN {data.conversations} t ON t.person_id = c.person_id
            WHERE t.d >= c.count_start AND t.d < c.point
              AND {has("tidlig_indsats.counted_conversation_kinds", "t.kind")}
              AND {has("tidlig_indsats.counted_holders", "t.held_by")}
            GROUP BY c.sid
        ),
        offered AS (
            SELECT c.sid, MIN(o.s) AS started
            FROM {cand} c JOIN {data.offers} o ON o.person_id = c.person_id
            WHERE o.s < c.point AND o.e >= c.count_start
              AND {has("tidlig_indsats.counted_offer_kinds", "o.kind")}
            GROUP BY c.sid
        )
        SELECT c.sid, c.person_id, r.muni AS municipality, r.grp, c.count_start, c.point,
               CAST(COALESCE(t.n, 0) AS INTEGER) AS interviews,
               CAST(CASE WHEN c.family = '{DAGPENGE}'
                         THEN {p("tidlig_indsats.dagpenge.min_interviews")}
                         ELSE {p("tidlig_indsats.min_interviews")} END AS INTEGER) AS required,
               COALESCE({has("tidlig_indsats.offer_benefits", "c.family")}, FALSE) AS offer_part,
               CASE WHEN {has("tidlig_indsats.offer_benefits", "c.family")}
                    THEN o.started END AS offer_started
        FROM {cand} c
        JOIN {on_rows} r ON r.sid = c.sid AND r.day = c.point - 1
        LEFT JOIN talks t ON t.sid = c.sid
        LEFT JOIN offered o ON o.sid = c.sid
        """
    )
    drop(data, cand, pts, on_rows)
    return out


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
    return _shares(
        {part: _series(members, part) for part in parts},
        sorted({m.municipality for m in members}),
        params,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
    )


Cells = dict[tuple[str, dt.date], tuple[int, int]]


def _shares(
    cells_by_part: dict[str, Cells],
    member_municipalities: list[str],
    params: ParameterSet,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None,
) -> list[MonthShare]:
    months = iter_months(first_month, last_month)
    history = iter_months(
        add_months(month_start(first_month), -_lookback(params, first_month)), last_month
    )
    municipalities = [municipality] if municipality else member_municipalities
    out: list[MonthShare] = []
    for part, cells in cells_by_part.items():
        for muni in municipalities:
            counts = [cells.get((muni, m), (0, 0)) for m in history]
            thresholds = [params.fraction("tidlig_indsats.threshold_share", m) for m in history]
            flags = flag_series(
                counts,
                thresholds,
                months=[params.integer("tidlig_indsats.consecutive_months", m) for m in history],
                min_population=[
                    params.integer("tidlig_indsats.min_population", m) for m in history
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
    return params.integer("tidlig_indsats.consecutive_months", on) - 1


def early_benefits(params: ParameterSet) -> set[str]:
    """The benefits whose spells the follow-up reads."""
    return benefits_in(params, "tidlig_indsats.interview_benefits")


def early_followup(
    con: duckdb.DuckDBPyConnection,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    municipality: str | None = None,
    params: ParameterSet | None = None,
    case_data: CaseData | None = None,
) -> list[MonthShare]:
    """STAR's 80 % follow-up (interview and offer parts) and the dagpenge 6-month measure,
    per municipality and month from ``first_month`` to ``last_month``.

    ``case_data`` (built by ``load_case_data`` with at least :func:`early_benefits`, for the
    same municipality and parameters) shares one spell building with other measures; it stays
    open."""
    params = params or (case_data.params if case_data else default_parameters())
    if last_month < first_month:
        raise ValueError("slutmåneden ligger før startmåneden")
    benefits = early_benefits(params)
    if case_data is None:
        data = load_case_data(con, params, benefits=benefits, municipality=municipality)
    else:
        data = shared_case_data(case_data, params, benefits, municipality)
    try:
        start = add_months(month_start(first_month), -_lookback(params, first_month))
        table = _members_table(data, params, first_month=start, last_month=last_month, as_of=as_of)
        where = "" if not municipality else f"WHERE municipality = {literal(municipality)}"
        rows = con.execute(
            f"""
            SELECT municipality, CAST(date_trunc('month', point) AS DATE) AS month,
                   COUNT(*), COUNT(*) FILTER (WHERE interviews >= required),
                   COUNT(*) FILTER (WHERE offer_part),
                   COUNT(*) FILTER (WHERE offer_part AND offer_started IS NOT NULL),
                   COUNT(*) FILTER (WHERE split_part(grp, ':', 1) = '{DAGPENGE}'),
                   COUNT(*) FILTER (WHERE split_part(grp, ':', 1) = '{DAGPENGE}'
                                      AND interviews >= required)
            FROM {table} {where} GROUP BY ALL
            """
        ).fetchall()
        drop(data, table)
    finally:
        data.close()
    cells: dict[str, Cells] = {PART_INTERVIEWS: {}, PART_OFFERS: {}, PART_DAGPENGE: {}}
    for muni, month, n, ok, n_off, ok_off, n_dp, ok_dp in rows:
        for part, count in (
            (PART_INTERVIEWS, (n, ok)),
            (PART_OFFERS, (n_off, ok_off)),
            (PART_DAGPENGE, (n_dp, ok_dp)),
        ):
            if count[0]:  # as _series: only months with a member in the part have a cell
                cells[part][(muni, month)] = (int(count[0]), int(count[1]))
    return _shares(
        cells,
        sorted({r[0] for r in rows}),
        params,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        municipality=municipality,
    )
