"""STAR's two focus measures (*fokusmål*) for skærpet tilsyn, 2020-2026 regime.

For every municipality and calendar month *m* (reform-2026 §7.2, FM-INT and FM-OFFER):

- population: persons holding a covered benefit in *m* with seniority ≥ 12 months at *m*
  (:mod:`tilsyn.measures.seniority`), in the municipality of the held period (else the person's);
- window: calendar months m−11 … m;
- interviews: failing with fewer than 4 held, individual interviews of the counted kinds and
  holders in the window (kinds and holders as in force on the interview's date);
- offers: failing with no counted offer in the window and fewer than H hours of paid work in it
  (hours compared as integer hundredths; H = 100 by default, 225 shown beside it). Whether an
  offer counts when it *overlaps* the window or only when it *started* in it is the dated
  ``offer_reading``; the other reading (``offer_reading_alternative``) is computed beside it,
  at both hours, until a source settles which one STAR uses;
- share = failing / population; the yearly value is the mean of the monthly shares.

A month without a full window of data history before it is *not computable*, not 98 %. With an
``as_of`` date only what is known on that date counts, and later months are not computed.

The person-month step is DuckDB SQL (see the note in :mod:`tilsyn.measures.seniority`): the
rolling-window facts come from joining each person-month to the person's monthly event rows in
its window (interviews and hours) or begun by its month (offers) and aggregating, which was the
fastest formulation we measured (decision 0022).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

import duckdb

from tilsyn.data.calendar import month_end, month_from_index, month_index
from tilsyn.data.sql import date_sql, literal
from tilsyn.measures.seniority import (
    P,
    _values_sql,
    build_seniority,
)
from tilsyn.rules.parameters import (
    Parameter,
    ParameterSet,
    as_codes,
    default_parameters,
)

Measure = Literal["interviews", "offers"]
MEASURES: tuple[Measure, ...] = ("interviews", "offers")
OfferReading = Literal["overlap", "started"]
OFFER_READINGS: tuple[OfferReading, ...] = ("overlap", "started")
PERSON_MONTHS = "focus_person_months"
EVENTS = "focus_events"  # counted interviews, hours and offers by person and month


class FocusError(ValueError):
    """The focus measures cannot be computed for the request (message names why)."""


def _dated_codes(param: Parameter) -> list[tuple[str, dt.date, dt.date]]:
    """(code, from, to exclusive) for every dated value of a codes parameter."""
    rows = []
    for start, end, entry in param.periods():
        for code in as_codes(entry.value, param.id):
            rows.append((code, start, end or dt.date(9999, 12, 31)))
    return rows


def _dated_in(rows: list[tuple[str, dt.date, dt.date]], code: str, on: str) -> str:
    """SQL: ``code`` is one of the codes in force on ``on`` ((code, from, to exclusive) rows).
    Written out as a filter per period rather than joined as a table: DuckDB evaluates it
    vectorised on every row instead of building a mark join (the rows are a handful)."""
    periods: dict[tuple[dt.date, dt.date], list[str]] = {}
    for value, start, end in rows:
        periods.setdefault((start, end), []).append(value)
    branches = [
        f"({on} >= {date_sql(start)} AND {on} < {date_sql(end)} "
        f"AND {code} IN ({', '.join(literal(v) for v in values)}))"
        for (start, end), values in periods.items()
    ]
    return "(" + " OR ".join(branches) + ")" if branches else "FALSE"


def offer_reading(params: ParameterSet, on: dt.date, *, alternative: bool = False) -> OfferReading:
    """The reading of the offer requirement in force on ``on`` (``offer_reading``, or the one
    shown beside it)."""
    pid = P + ("offer_reading_alternative" if alternative else "offer_reading")
    value = params.value(pid, on)
    if value not in OFFER_READINGS:
        raise FocusError(f"{pid}: ukendt læsning '{value}' (mulige: {', '.join(OFFER_READINGS)})")
    return "started" if value == "started" else "overlap"


def _interview_holders(params: ParameterSet) -> list[tuple[str, dt.date, dt.date]]:
    rows = _dated_codes(params[P + "interview_holders"])
    for start, end, entry in params[P + "akasse_interviews_count"].periods():
        if entry.value is True:
            rows.append(("akasse", start, end or dt.date(9999, 12, 31)))
    return rows


def history_start(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """First month the case data covers: the earliest recorded conversation (the activity
    record the measures rest on), else the earliest benefit period."""
    row = con.execute(
        "SELECT COALESCE((SELECT MIN(date) FROM conversations), "
        "(SELECT MIN(start_date) FROM benefit_periods))"
    ).fetchall()[0]
    value = row[0]
    return month_from_index(month_index(value)) if value is not None else None


def build_person_months(
    con: duckdb.DuckDBPyConnection,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    params: ParameterSet | None = None,
) -> str:
    """Materialise TEMP TABLE ``focus_person_months``: one row per person in the population of
    a month in [first_month, last_month] (months after ``as_of`` are not computed).

    Also leaves TEMP TABLE ``focus_events`` (person_id, pkey, mi, n interviews, hc hundredths of
    hours, off_em last month of an offer starting in mi, d the last interview date of the month
    or the offer's start) for everyone on a covered benefit, and
    the seniority table ``seniority_months`` (rows below 12 months only in the month of
    ``as_of``); the forecast reads both.

    Columns: person_id, month, mi, municipality, benefit, seniority, n_interviews_12m,
    has_offer_12m, hours_12m_centi, min_interviews, hours_centi, hours_alt_centi,
    interview_failing, offer_failing, offer_failing_alt (both under ``offer_reading``),
    has_offer_12m_reading_alt, offer_failing_reading_alt, offer_failing_reading_alt_hours_alt
    (under ``offer_reading_alternative``).
    """
    params = params or default_parameters()
    # Below the smallest seniority in force nobody is in a population; the month of the as-of
    # date keeps everyone, since the forecast follows them into the population.
    floor = min(
        params.integer(P + "min_seniority_months", month_from_index(mi))
        for mi in range(month_index(first_month), month_index(last_month) + 1)
    )
    sen = build_seniority(
        con,
        first_month=first_month,
        last_month=last_month,
        as_of=as_of,
        params=params,
        min_seniority=floor,
        keep_month=as_of,
    )
    first, last = sen.first_month, sen.last_month
    windows = {
        params.integer(P + "window_months", month_from_index(mi)) for mi in range(first, last + 1)
    }
    if len(windows) > 1:
        raise FocusError(f"{P}window_months skifter værdi inden for de valgte måneder")
    window = windows.pop() if windows else 12
    monthly = []
    for mi in range(first, last + 1):
        on = month_from_index(mi)
        hours = params.fraction(P + "hours_threshold", on)
        alt = params.fraction(P + "hours_threshold_alternative", on)
        monthly.append(
            (
                mi,
                params.integer(P + "min_seniority_months", on),
                params.integer(P + "interview_minimum", on),
                # hundredths of an hour, rounded up: "fewer than 100 h" stays exact for decimals
                -((-hours * 100) // 1),
                -((-alt * 100) // 1),
                params.value(P + "exclude_introduction_programme", on) is True,
                offer_reading(params, on) == "started",
                offer_reading(params, on, alternative=True) == "started",
            )
        )
    con.execute(
        _EVENTS_SQL.format(
            events=EVENTS,
            sen=sen.name,
            kind_counted=_dated_in(_dated_codes(params[P + "interview_kinds"]), "c.kind", "c.date"),
            holder_counted=_dated_in(_interview_holders(params), "c.held_by", "c.date"),
            offer_kind_counted=_dated_in(
                _dated_codes(params[P + "offer_kinds"]), "o.kind", "o.start_date"
            ),
            as_of=date_sql(as_of),
        )
    )
    sql = _SQL.format(
        out=PERSON_MONTHS,
        sen=sen.name,
        events=EVENTS,
        mp=_values_sql(
            monthly,
            (
                "mi",
                "min_seniority",
                "min_interviews",
                "hours_centi",
                "hours_alt_centi",
                "exclude_programme",
                "started_reading",
                "started_reading_alt",
            ),
        ),
        back=window - 1,
    )
    con.execute(sql)
    return PERSON_MONTHS


_EVENTS_SQL = """
CREATE OR REPLACE TEMP TABLE {events} AS
-- The integer person key (one per person id) is joined to the events first, so that they are
-- grouped, and the person-months join them, on integers.
WITH who AS (SELECT pkey, MIN(person_id) AS person_id FROM {sen} GROUP BY pkey),
conv AS (
    SELECT w.pkey, year(c.date) * 12 + month(c.date) - 1 AS mi, COUNT(*) AS n,
           MAX(c.date) AS d
    FROM conversations c JOIN who w ON w.person_id = c.person_id
    WHERE c.status = 'afholdt' AND COALESCE(c.individual, TRUE) AND c.date <= {as_of}
      AND {kind_counted} AND {holder_counted}
    GROUP BY 1, 2
),
hrs AS (
    SELECT w.pkey, year(e.month) * 12 + month(e.month) - 1 AS mi,
           CAST(e.hours * 100 AS BIGINT) AS hc
    FROM employment_hours e JOIN who w ON w.person_id = e.person_id
    WHERE e.month <= {as_of}
),
off AS (
    SELECT w.pkey, year(o.start_date) * 12 + month(o.start_date) - 1 AS mi,
           year(o.end_date) * 12 + month(o.end_date) - 1 AS off_em, o.start_date AS d
    FROM offers o JOIN who w ON w.person_id = o.person_id
    WHERE o.start_date <= {as_of}
      AND {offer_kind_counted}
)
SELECT w.person_id, w.pkey, CAST(u.mi AS INTEGER) AS mi, CAST(u.n AS INTEGER) AS n,
       CAST(u.hc AS BIGINT) AS hc, CAST(u.off_em AS INTEGER) AS off_em, u.d
FROM (SELECT pkey, mi, n, CAST(0 AS BIGINT) AS hc, CAST(NULL AS BIGINT) AS off_em, d
      FROM conv
      UNION ALL SELECT pkey, mi, 0, hc, NULL, NULL FROM hrs
      UNION ALL SELECT pkey, mi, 0, 0, off_em, d FROM off) u
JOIN who w ON w.pkey = u.pkey
"""

_SQL = """
CREATE OR REPLACE TEMP TABLE {out} AS
WITH mp AS (SELECT * FROM {mp}),
pm AS (
    SELECT s.person_id, s.pkey, s.month, s.mi, s.municipality, s.benefit, s.seniority,
           mp.min_interviews, mp.hours_centi, mp.hours_alt_centi, mp.started_reading,
           mp.started_reading_alt
    FROM {sen} s JOIN mp ON mp.mi = s.mi
    -- Overgangsydelse in the introduktionsprogram is outside the measures (STAR). The few
    -- programme periods are joined as a small distinct set, not looked up per row.
    LEFT JOIN (
        SELECT DISTINCT person_id, benefit, start_date FROM benefit_periods
        WHERE COALESCE(introduction_programme, FALSE)
    ) ip ON ip.person_id = s.person_id AND ip.benefit = s.benefit
        AND ip.start_date = s.period_start
    WHERE s.seniority >= mp.min_seniority
      AND NOT (mp.exclude_programme AND ip.person_id IS NOT NULL)
),
rolled AS (
    -- Interviews and hours in the window: each person-month joined to the person's event rows
    -- of months m-{back} .. m that add to the sums (a hash join on the integer person key and
    -- a hash aggregate; a RANGE window over person-months and events sorted 2.8 million rows
    -- and took half as long again). Months without such a row sum to 0 below.
    SELECT p.pkey, p.mi, SUM(e.n) AS n12, SUM(e.hc) AS h12
    FROM pm p JOIN {events} e ON e.pkey = p.pkey AND e.mi <= p.mi AND e.mi >= p.mi - {back}
    WHERE e.n <> 0 OR e.hc <> 0
    GROUP BY p.pkey, p.mi
),
offered AS (
    -- Offers begun by the month (a person has few): overlap, an offer's last month reaches
    -- into the window; started, one began in it. Offers without an end are not counted.
    SELECT p.pkey, p.mi,
           MAX(CASE WHEN o.off_em >= p.mi - {back} THEN 1 ELSE 0 END) AS overlap,
           MAX(CASE WHEN o.mi >= p.mi - {back} THEN 1 ELSE 0 END) AS started
    FROM pm p JOIN {events} o ON o.pkey = p.pkey AND o.mi <= p.mi
    WHERE o.off_em IS NOT NULL
    GROUP BY p.pkey, p.mi
),
flags AS (
    SELECT pm.*, COALESCE(r.n12, 0) AS n12, COALESCE(r.h12, 0) AS h12,
           CASE WHEN pm.started_reading THEN COALESCE(o.started, 0) = 1
                ELSE COALESCE(o.overlap, 0) = 1 END AS has_offer,
           CASE WHEN pm.started_reading_alt THEN COALESCE(o.started, 0) = 1
                ELSE COALESCE(o.overlap, 0) = 1 END AS has_offer_alt
    FROM pm LEFT JOIN rolled r ON r.pkey = pm.pkey AND r.mi = pm.mi
    LEFT JOIN offered o ON o.pkey = pm.pkey AND o.mi = pm.mi
)
SELECT person_id, month, mi, municipality, benefit, seniority,
       CAST(n12 AS INTEGER) AS n_interviews_12m,
       has_offer AS has_offer_12m,
       CAST(h12 AS BIGINT) AS hours_12m_centi,
       min_interviews, hours_centi, hours_alt_centi,
       n12 < min_interviews AS interview_failing,
       NOT has_offer AND h12 < hours_centi AS offer_failing,
       NOT has_offer AND h12 < hours_alt_centi AS offer_failing_alt,
       has_offer_alt AS has_offer_12m_reading_alt,
       NOT has_offer_alt AND h12 < hours_centi AS offer_failing_reading_alt,
       NOT has_offer_alt AND h12 < hours_alt_centi AS offer_failing_reading_alt_hours_alt
FROM flags
"""


@dataclass(frozen=True)
class MonthValue:
    """One month of one measure. ``population``/``failing`` are None when not computable."""

    month: dt.date
    population: int | None
    failing: int | None
    computable: bool
    final: bool  # the month had ended on the as-of date
    sanction_regime: bool  # skærpet tilsyn in force in the month
    counted: bool = True  # in the yearly average (``skaerpet_tilsyn.excluded_months``)

    @property
    def share(self) -> Fraction | None:
        if not self.population or self.failing is None:
            return None
        return Fraction(self.failing, self.population)


@dataclass(frozen=True)
class FocusResult:
    """One focus measure for one municipality and calendar year."""

    municipality: str
    measure: Measure
    year: int
    threshold: Fraction
    months: tuple[MonthValue, ...]
    method: str
    used_for_selection: bool
    hours: Fraction | None = None  # offers: the hours reading used
    by_benefit: dict[str, tuple[MonthValue, ...]] = field(default_factory=dict)
    alternative: FocusResult | None = None  # offers: the 225-hour reading
    reading: OfferReading | None = None  # offers: when an offer counts (overlap / started)
    reading_alternative: FocusResult | None = None
    """Offers: the other reading of when an offer counts, at the same hours, with its own
    ``alternative`` at the other hours."""
    assessed_under_regime: bool = True
    """Skærpet tilsyn still in force when STAR assesses the year (``assessment_month`` of the
    next year)."""

    @property
    def year_average(self) -> Fraction | None:
        return yearly_value(self.months, self.method)

    @property
    def variants(self) -> tuple[FocusResult, ...]:
        """Offers: every reading computed, the standard first (hours × when an offer counts);
        interviews: only this result."""
        out = [self]
        if self.alternative is not None:
            out.append(self.alternative)
        if self.reading_alternative is not None:
            out.append(self.reading_alternative)
            if self.reading_alternative.alternative is not None:
                out.append(self.reading_alternative.alternative)
        return tuple(out)

    @property
    def met(self) -> bool | None:
        avg = self.year_average
        return None if avg is None else avg < self.threshold

    @property
    def sanction_regime(self) -> bool:
        """The year counts for skærpet tilsyn only if the regime held all year and still holds
        when STAR assesses it (in the next year): an assessment after the repeal has no legal
        basis left, so such a year is management information."""
        return (
            bool(self.months)
            and all(m.sanction_regime for m in self.months)
            and self.assessed_under_regime
        )


def yearly_value(months: tuple[MonthValue, ...] | list[MonthValue], method: str) -> Fraction | None:
    """The yearly figure over the computed months (simple mean of shares, or person-weighted)."""
    used = [m for m in months if m.share is not None and m.counted]
    if not used:
        return None
    if method == "simple":
        return sum((m.share for m in used if m.share is not None), Fraction(0)) / len(used)
    if method == "person_weighted":
        return Fraction(sum(m.failing or 0 for m in used), sum(m.population or 0 for m in used))
    raise FocusError(f"{P}yearly_average_method: ukendt metode '{method}'")


Counts = dict[tuple[str, int], dict[str, tuple[int, ...]]]
# Columns of a count tuple after the population (index 0).
INTERVIEWS, OFFERS, OFFERS_HOURS_ALT, OFFERS_READING_ALT, OFFERS_BOTH_ALT = 1, 2, 3, 4, 5


def _aggregate(con: duckdb.DuckDBPyConnection) -> Counts:
    """{(municipality, month index): {benefit: (population, failing interviews, failing
    offers, failing offers at the alternative hours, failing offers under the alternative
    reading, and under both alternatives)}}."""
    rows = con.execute(
        f"""SELECT municipality, mi, benefit, COUNT(*),
                   COUNT(*) FILTER (WHERE interview_failing),
                   COUNT(*) FILTER (WHERE offer_failing),
                   COUNT(*) FILTER (WHERE offer_failing_alt),
                   COUNT(*) FILTER (WHERE offer_failing_reading_alt),
                   COUNT(*) FILTER (WHERE offer_failing_reading_alt_hours_alt)
            FROM {PERSON_MONTHS} GROUP BY ALL"""
    ).fetchall()
    out: Counts = defaultdict(dict)
    for m, mi, b, *counts in rows:
        out[(m, int(mi))][b] = tuple(int(c) for c in counts)
    return dict(out)


def focus_measures(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    as_of: dt.date | None = None,
    municipality: str | None = None,
    params: ParameterSet | None = None,
    data_from: dt.date | None = None,
) -> list[FocusResult]:
    """Both focus measures for every municipality (or one) in calendar ``year``.

    ``as_of`` defaults to the last day of the year; ``data_from`` (first month with complete
    data) defaults to :func:`history_start`.
    """
    params = params or default_parameters()
    year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    as_of = as_of or year_end
    build_person_months(
        con, first_month=year_start, last_month=year_end, as_of=as_of, params=params
    )
    agg = _aggregate(con)
    start = data_from or history_start(con)
    months = [month_index(year_start) + i for i in range(12)]
    municipalities = sorted({k[0] for k in agg} | ({municipality} if municipality else set()))
    if municipality:
        municipalities = [municipality]
    results = []
    for muni in municipalities:
        for measure in MEASURES:
            results.append(_result(muni, measure, year, months, agg, params, as_of, start))
    return results


def _months(
    muni: str,
    months: list[int],
    agg: Counts,
    column: int,
    params: ParameterSet,
    as_of: dt.date,
    start: dt.date | None,
    benefit: str | None = None,
) -> tuple[MonthValue, ...]:
    out = []
    for mi in months:
        on = month_from_index(mi)
        window = params.integer(P + "window_months", on)
        computable = start is not None and mi - (window - 1) >= month_index(start) and on <= as_of
        population = failing = None
        if computable:
            population = failing = 0
            for b, values in agg.get((muni, mi), {}).items():
                if benefit is None or b == benefit:
                    population += values[0]
                    failing += values[column]
        out.append(
            MonthValue(
                on,
                population,
                failing,
                computable,
                month_end(month_from_index(mi)) <= as_of,
                params.value(P + "in_force", on) is True,
                on.strftime("%Y-%m") not in params.codes(P + "excluded_months", on),
            )
        )
    return tuple(out)


def _result(
    muni: str,
    measure: Measure,
    year: int,
    months: list[int],
    agg: Counts,
    params: ParameterSet,
    as_of: dt.date,
    start: dt.date | None,
    *,
    column: int | None = None,
    hours_pid: str = P + "hours_threshold",
    alternative_reading: bool = False,
) -> FocusResult:
    on = dt.date(year, 1, 1)
    col = column or (INTERVIEWS if measure == "interviews" else OFFERS)
    threshold_pid = P + ("interview_threshold" if measure == "interviews" else "offer_threshold")
    benefits = sorted({b for (m, _), per in agg.items() if m == muni for b in per})
    used = True if measure == "interviews" else params.value(P + "offer_measure_used", on) is True

    def other(column: int, hours_pid: str, reading: bool) -> FocusResult:
        return _result(
            muni,
            measure,
            year,
            months,
            agg,
            params,
            as_of,
            start,
            column=column,
            hours_pid=hours_pid,
            alternative_reading=reading,
        )

    alternative = reading_alternative = None
    if measure == "offers" and col == OFFERS:
        alternative = other(OFFERS_HOURS_ALT, P + "hours_threshold_alternative", False)
        reading_alternative = other(OFFERS_READING_ALT, P + "hours_threshold", True)
    elif measure == "offers" and col == OFFERS_READING_ALT:
        alternative = other(OFFERS_BOTH_ALT, P + "hours_threshold_alternative", True)
    return FocusResult(
        municipality=muni,
        measure=measure,
        year=year,
        threshold=params.fraction(threshold_pid, on),
        months=_months(muni, months, agg, col, params, as_of, start),
        method=str(params.value(P + "yearly_average_method", on)),
        used_for_selection=used,
        hours=params.fraction(hours_pid, on) if measure == "offers" else None,
        by_benefit={
            b: _months(muni, months, agg, col, params, as_of, start, benefit=b) for b in benefits
        },
        alternative=alternative,
        reading=offer_reading(params, on, alternative=alternative_reading)
        if measure == "offers"
        else None,
        reading_alternative=reading_alternative,
        assessed_under_regime=params.value(
            P + "in_force", dt.date(year + 1, params.integer(P + "assessment_month", on), 1)
        )
        is True,
    )


def _share_out(value: Fraction | None) -> float | None:
    return None if value is None else round(float(value), 4)


def month_rows(months: tuple[MonthValue, ...]) -> list[dict[str, object]]:
    """Months as plain JSON-ready dicts."""
    return [
        {
            "month": m.month.strftime("%Y-%m"),
            "population": m.population,
            "failing": m.failing,
            "share": _share_out(m.share),
            "computable": m.computable,
            "final": m.final,
        }
        for m in months
    ]


def result_to_json(result: FocusResult) -> dict[str, object]:
    """The documented JSON object for one municipality and measure."""
    out: dict[str, object] = {
        "municipality": result.municipality,
        "measure": result.measure,
        "year": result.year,
        "threshold": float(result.threshold),
        "months": month_rows(result.months),
        "year_average": _share_out(result.year_average),
        "met": result.met,
        "method": result.method,
        "sanction_regime": result.sanction_regime,
        "used_for_selection": result.used_for_selection,
        "by_benefit": {b: month_rows(ms) for b, ms in result.by_benefit.items()},
    }
    if result.hours is not None:
        out["hours"] = float(result.hours)
    if result.reading is not None:
        out["reading"] = result.reading
    if result.alternative is not None:
        out["alternative"] = _variant_json(result.alternative)
    if result.reading_alternative is not None:
        ra = result.reading_alternative
        variant = _variant_json(ra)
        if ra.alternative is not None:
            variant["alternative"] = _variant_json(ra.alternative)
        out["reading_alternative"] = variant
    return out


def _variant_json(alt: FocusResult) -> dict[str, object]:
    return {
        "hours": float(alt.hours) if alt.hours is not None else None,
        "reading": alt.reading,
        "months": month_rows(alt.months),
        "year_average": _share_out(alt.year_average),
        "met": alt.met,
    }
