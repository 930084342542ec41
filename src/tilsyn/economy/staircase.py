"""The refund staircase (*refusionstrappen*), finansieringsloven §§ 5-6, from 4 January 2016.

Per person, every ISO week with a covered benefit (refunded municipal benefits and co-financed
dagpenge, counted together across benefit switches) gets a place on the staircase: its number
among the person's weeks with benefits since the count last (re)started. The count restarts when,
after the first week with benefits, the person has had 52 whole calendar weeks of self-support in
total within the last 3 years, counted after the week the person was last placed on the staircase
(§ 6). The step gives the rate: refund for municipal benefits, co-financing for dagpenge.

The computation works on runs of consecutive weeks instead of single weeks, so it stays
vectorised in DuckDB at national scale:

1. covered benefit days → merged week runs per person (partial-week rule as a parameter);
2. any public support (all benefits, plus wage-subsidy offers) → merged support week ranges; the
   gaps between them are whole weeks of self-support;
3. resets: a few set-based iterations (one per possible restart, at most one per 52 weeks) find,
   for each person, the first self-support gap at whose end the 156-week window holds ≥ 52
   self-support weeks after the current count start; the next run starts a new count;
4. staircase week at the start of each run = 1 + weeks in earlier runs of the same count.

Weeks before 4 January 2016 are counted (STAR placed citizens on the staircase from their earlier
history) but have no rate: the staircase did not apply yet.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import duckdb

from tilsyn.data.calendar import (
    WEEK_EPOCH_SQL,
    parse_week,
    week_index,
    week_label,
    week_monday,
)
from tilsyn.data.sql import date_sql
from tilsyn.economy.fulltime import (
    benefit_spells_sql,
    codes_sql,
    day_sql,
    islands_sql,
    query_params,
    weeks_from_days_sql,
)
from tilsyn.rules.parameters import ParameterSet, default_parameters

P = "finansieringsloven."
STEP_PARAMS = ("trappe.step1_last_week", "trappe.step2_last_week", "trappe.step3_last_week")
RATE_PARAMS = tuple(
    f"{kind}.rate_step{i}" for kind in ("refusion", "medfinansiering") for i in range(1, 5)
)
RUNS_TABLE = "_staircase_runs"
_counter = itertools.count()


@dataclass(frozen=True)
class StaircaseRules:
    """The staircase parameters in force on ``as_of`` (benefit lists and counting rules)."""

    refunded: tuple[str, ...]
    cofinanced: tuple[str, ...]
    wage_subsidy_offers: tuple[str, ...]
    min_days: int
    reset_weeks: int
    lookback_weeks: int
    rounding: str

    @classmethod
    def load(cls, ps: ParameterSet, as_of: dt.date) -> StaircaseRules:
        on = max(as_of, dt.date(2016, 1, 4))  # the counting rules are only dated from 2016

        def codes(pid: str) -> tuple[str, ...]:
            value = ps.value(P + pid, on)
            return tuple(value) if isinstance(value, list) else ()

        counted_from = ps.value(P + "trappe.self_support_counted_from", on)
        if counted_from != "placement":
            raise ValueError(f"selvforsørgelse tælles fra '{counted_from}': ikke implementeret")
        rounding = str(ps.value(P + "refusion.rounding", on))
        if rounding != "oere_half_up":
            raise ValueError(f"ukendt afrundingsregel: {rounding}")
        return cls(
            refunded=codes("trappe.refunded_benefits"),
            cofinanced=codes("trappe.cofinanced_benefits"),
            wage_subsidy_offers=codes("trappe.non_self_support_offers"),
            min_days=int(ps.value(P + "trappe.partial_week_min_days", on)),  # type: ignore[arg-type]
            reset_weeks=int(ps.value(P + "trappe.reset_self_support_weeks", on)),  # type: ignore[arg-type]
            lookback_weeks=int(ps.value(P + "trappe.reset_lookback_weeks", on)),  # type: ignore[arg-type]
            rounding=rounding,
        )

    @property
    def covered(self) -> tuple[str, ...]:
        return self.refunded + self.cofinanced


def rate_periods(ps: ParameterSet) -> list[tuple[int, int | None, tuple[Any, ...]]]:
    """(first week, first week after or None, (step limits..., refund rates..., co-financing
    rates...)) for every stretch in which no staircase parameter changes. Weeks before the
    first stretch have no staircase."""
    pids = [P + p for p in STEP_PARAMS + RATE_PARAMS]
    changes = sorted({start for pid in pids for start, _, _ in ps[pid].periods()})
    out: list[tuple[int, int | None, tuple[Any, ...]]] = []
    for i, start in enumerate(changes):
        end = week_index(changes[i + 1]) if i + 1 < len(changes) else None
        values = tuple(ps.value(pid, start) for pid in pids)
        out.append((week_index(start), end, values))
    return out


def _rates_sql(ps: ParameterSet) -> str:
    rows = []
    for first, end, v in rate_periods(ps):
        if any(x is None for x in v):
            continue  # not in force in this stretch
        nums = ", ".join(f"{Decimal(str(x))}" for x in v[3:])
        rows.append(
            f"({first}, {end if end is not None else 'NULL'}, {v[0]}, {v[1]}, {v[2]}, {nums})"
        )
    cols = "wf, wt, l1, l2, l3, r1, r2, r3, r4, c1, c2, c3, c4"
    if not rows:
        return f"SELECT * FROM (VALUES (NULL::INT{', NULL::INT' * 12})) t({cols}) WHERE false"
    return f"SELECT * FROM (VALUES {', '.join(rows)}) t({cols})"


def compute_runs(
    con: duckdb.DuckDBPyConnection,
    as_of: dt.date,
    *,
    person: str | None = None,
    params: ParameterSet | None = None,
) -> str:
    """Compute the staircase as runs into a temporary table and return its name.

    Columns: ``person_id``, ``rs``/``re`` (first/last week index of a run of consecutive weeks
    with covered benefits), ``sw0`` (staircase week of ``rs``), ``segment`` (count number,
    0 = first placement). The staircase week of week ``w`` in a run is ``sw0 + w - rs``.
    """
    ps = params or default_parameters()
    rules = StaircaseRules.load(ps, as_of)
    pfilter = "AND person_id = $person" if person is not None else ""
    args: dict[str, Any] = {"person": person} if person is not None else {}
    a = date_sql(as_of)
    covered = (
        f"SELECT person_id, sd, ed FROM ({benefit_spells_sql(as_of, benefits=rules.covered)}) "
        f"WHERE true {pfilter}"
    )
    offers = ""
    if rules.wage_subsidy_offers:
        kinds = ", ".join(f"'{k}'" for k in rules.wage_subsidy_offers if k.isidentifier())
        offers = f"""UNION ALL SELECT person_id, {day_sql("start_date")} AS sd,
                        {day_sql(f"LEAST(end_date, {a})")} AS ed
                     FROM offers WHERE kind IN ({kinds}) AND start_date <= {a} {pfilter}"""
    support = (
        f"SELECT person_id, sd, ed FROM ({benefit_spells_sql(as_of)}) WHERE true {pfilter} {offers}"
    )
    n = next(_counter)
    runs, gaps, starts = f"_sc_runs_{n}", f"_sc_gaps_{n}", f"_sc_starts_{n}"
    qp = query_params(None, **args)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {runs} AS "
        f"SELECT * FROM ({weeks_from_days_sql(covered, ['person_id'], rules.min_days)}) "
        "ORDER BY person_id, ws",
        qp,
    )
    # Self-support gaps: whole weeks without any support, after the person's first covered week.
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {gaps} AS
        WITH s AS ({
            islands_sql(
                f"SELECT person_id, sd // 7 AS ws, ed // 7 AS we FROM ({support})",
                ["person_id"],
                "ws",
                "we",
            )
        }),
        g AS (SELECT person_id, we + 1 AS gs,
                     LEAD(ws) OVER (PARTITION BY person_id ORDER BY ws) - 1 AS ge FROM s),
        f AS (SELECT person_id, MIN(ws) AS first_week FROM {runs} GROUP BY person_id)
        SELECT g.person_id, g.gs, g.ge FROM g JOIN f USING (person_id)
        WHERE g.ge IS NOT NULL AND g.ge >= g.gs AND g.gs > f.first_week""",
        qp,
    )
    # Persons with too few self-support weeks in total can never restart: leave them out early.
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {starts} AS
        SELECT person_id, MIN(ws) AS seg_start, 0 AS segment FROM {runs} GROUP BY person_id"""
    )
    con.execute(
        f"""DELETE FROM {gaps} WHERE person_id IN (
            SELECT person_id FROM {gaps} GROUP BY person_id
            HAVING SUM(ge - gs + 1) < {rules.reset_weeks})"""
    )
    look, need = rules.lookback_weeks, rules.reset_weeks
    segment = 0
    while True:
        # For each person's latest count start, the first gap end where the window of the
        # last `look` weeks holds `need` self-support weeks after that start.
        new = con.execute(
            f"""INSERT INTO {starts}
            WITH cur AS (SELECT person_id, seg_start FROM {starts} WHERE segment = {segment}),
            cand AS (
                SELECT g.person_id, g.ge AS e FROM {gaps} g JOIN cur USING (person_id)
                WHERE g.gs > cur.seg_start
            ),
            hit AS (
                SELECT c.person_id, MIN(c.e) AS e FROM cand c
                JOIN {gaps} g2 ON g2.person_id = c.person_id AND g2.gs <= c.e
                                AND g2.ge >= c.e - {look - 1}
                JOIN cur ON cur.person_id = c.person_id AND g2.gs > cur.seg_start
                GROUP BY c.person_id, c.e
                HAVING SUM(LEAST(g2.ge, c.e) - GREATEST(g2.gs, c.e - {look - 1}) + 1) >= {need}
            ),
            first_hit AS (SELECT person_id, MIN(e) AS e FROM hit GROUP BY person_id)
            SELECT h.person_id, MIN(r.ws), {segment + 1} FROM first_hit h
            JOIN {runs} r ON r.person_id = h.person_id AND r.ws > h.e
            GROUP BY h.person_id"""
        ).fetchall()
        count = int(new[0][0]) if new else 0
        if count == 0:
            break
        segment += 1
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {RUNS_TABLE} AS
        WITH seg AS (
            SELECT r.person_id, r.ws AS rs, r.we AS re, COALESCE(MAX(s.segment), 0) AS segment
            FROM {runs} r LEFT JOIN {starts} s
              ON s.person_id = r.person_id AND s.seg_start <= r.ws
            GROUP BY ALL
        )
        SELECT person_id, rs, re, segment,
               -- DuckDB sums integers as HUGEINT, which a Parquet file can only hold as DOUBLE.
               CAST(1 + COALESCE(SUM(re - rs + 1) OVER (
                   PARTITION BY person_id, segment ORDER BY rs
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS sw0
        FROM seg"""
    )
    for t in (runs, gaps, starts):
        con.execute(f"DROP TABLE IF EXISTS {t}")
    return RUNS_TABLE


def _rows_sql(
    ps: ParameterSet,
    rules: StaircaseRules,
    as_of: dt.date,
    first: int,
    last: int,
    with_payments: bool,
    pfilter: str,
) -> str:
    """Per person, week and covered benefit: staircase week, step, rate and amounts."""
    spells = benefit_spells_sql(as_of, benefits=rules.covered)
    bweeks = weeks_from_days_sql(
        f"SELECT * FROM ({spells}) WHERE true {pfilter}",
        ["person_id", "benefit", "municipality"],
        1,
    )
    refunded = codes_sql(rules.refunded)
    weeks = f"""
        SELECT b.person_id, b.benefit, b.municipality, w AS week_idx,
               r.sw0 + (w - r.rs) AS staircase_week
        FROM ({bweeks}) b
        JOIN {RUNS_TABLE} r ON r.person_id = b.person_id AND b.we >= r.rs AND b.ws <= r.re,
        LATERAL (SELECT UNNEST(generate_series(GREATEST(b.ws, r.rs, {first}),
                                               LEAST(b.we, r.re, {last}))) AS w)
    """
    if with_payments:
        pay = f"""SELECT pm.person_id, pm.benefit, COALESCE(p.municipality) AS municipality,
                         {day_sql("pm.week_start")} // 7 AS week_idx, pm.amount
                  FROM payments pm JOIN persons p USING (person_id)
                  WHERE {day_sql("pm.week_start")} // 7 BETWEEN {first} AND {last}
                    AND pm.benefit IN {codes_sql(rules.covered)}
                    AND ($municipality IS NULL OR p.municipality = $municipality)
                    {pfilter.replace("person_id", "pm.person_id")}"""
        weeks = f"""
            SELECT COALESCE(w.person_id, pay.person_id) AS person_id,
                   COALESCE(w.benefit, pay.benefit) AS benefit,
                   COALESCE(w.municipality, pay.municipality) AS municipality,
                   COALESCE(w.week_idx, pay.week_idx) AS week_idx,
                   w.staircase_week, pay.amount
            FROM ({weeks}) w FULL OUTER JOIN ({pay}) pay
              ON pay.person_id = w.person_id AND pay.benefit = w.benefit
             AND pay.week_idx = w.week_idx"""
    else:
        weeks = f"SELECT *, NULL::DECIMAL(18,2) AS amount FROM ({weeks})"
    return f"""
        WITH x AS ({weeks}), rates AS ({_rates_sql(ps)}),
        y AS (
            SELECT x.*,
                   CASE WHEN rates.wf IS NULL OR staircase_week IS NULL THEN NULL
                        WHEN staircase_week <= l1 THEN 1 WHEN staircase_week <= l2 THEN 2
                        WHEN staircase_week <= l3 THEN 3 ELSE 4 END AS step,
                   x.benefit IN {refunded} AS refunded,
                   rates.r1, rates.r2, rates.r3, rates.r4, rates.c1, rates.c2, rates.c3, rates.c4
            FROM x LEFT JOIN rates ON x.week_idx >= rates.wf
                                  AND (rates.wt IS NULL OR x.week_idx < rates.wt)
        ),
        z AS (
            SELECT *, CASE WHEN step IS NULL THEN NULL
                           WHEN refunded THEN [r1, r2, r3, r4][step]
                           ELSE [c1, c2, c3, c4][step] END::DECIMAL(6,4) AS rate
            FROM y
        )
        SELECT person_id, week_idx, benefit, municipality, staircase_week, step, rate,
               CASE WHEN refunded THEN 'refusion' ELSE 'medfinansiering' END AS financing,
               amount,
               CASE WHEN refunded THEN ROUND(amount * rate, 2) END AS refund,
               CASE WHEN NOT refunded THEN ROUND(amount * rate, 2) END AS cofinancing
        FROM z
    """


def _has_payments(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT COUNT(*) > 0 FROM payments").fetchall()[0][0])


def _prepared(
    con: duckdb.DuckDBPyConnection,
    first_week: str,
    last_week: str,
    as_of: dt.date,
    person: str | None,
    municipality: str | None,
    params: ParameterSet | None,
) -> tuple[str, dict[str, Any], bool]:
    """The runs computed on ``con``; the rows' SQL, its parameters, and whether the
    snapshot has payments."""
    first, last = parse_week(first_week), parse_week(last_week)
    if last < first:
        raise ValueError(f"--to {last_week} ligger før --from {first_week}")
    ps = params or default_parameters()
    rules = StaircaseRules.load(ps, as_of)
    as_of_run = min(as_of, week_monday(last) + dt.timedelta(days=6))
    compute_runs(con, as_of_run, person=person, params=ps)
    with_payments = _has_payments(con)
    pfilter = "AND person_id = $person" if person is not None else ""
    args: dict[str, Any] = {"person": person} if person is not None else {}
    sql = _rows_sql(ps, rules, as_of_run, first, last, with_payments, pfilter)
    return sql, query_params(municipality, **args), with_payments


def staircase_weeks(
    con: duckdb.DuckDBPyConnection,
    first_week: str,
    last_week: str,
    as_of: dt.date,
    *,
    person: str | None = None,
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> list[dict[str, Any]]:
    """Rows per person, ISO week and covered benefit from ``first_week`` to ``last_week``
    (``'2024-W07'``): ``person_id``, ``week``, ``week_start``, ``benefit``, ``municipality``,
    ``staircase_week``, ``step`` (1-4), ``rate`` (Decimal; refund rate for municipal
    benefits, co-financing rate for dagpenge; None before 4 Jan 2016), ``financing``, and,
    when the snapshot has payments, ``amount``, ``refund`` and ``cofinancing`` (kr., rounded
    to øre). A payment in a week without a benefit period is kept with no staircase week."""
    sql, qp, with_payments = _prepared(
        con, first_week, last_week, as_of, person, municipality, params
    )
    cur = con.execute(f"SELECT * FROM ({sql}) ORDER BY person_id, week_idx, benefit", qp)
    names = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        r = dict(zip(names, row, strict=True))
        idx = int(r.pop("week_idx"))
        r["week"] = week_label(idx)
        r["week_start"] = week_monday(idx)
        if not with_payments:
            for k in ("amount", "refund", "cofinancing"):
                r.pop(k)
        out.append(r)
    return out


def staircase_query(
    con: duckdb.DuckDBPyConnection,
    first_week: str,
    last_week: str,
    as_of: dt.date,
    *,
    params: ParameterSet | None = None,
) -> tuple[str, dict[str, Any]]:
    """The rows of :func:`staircase_weeks` (all citizens, unordered, the same columns in
    the same order) as one query and its parameters, for an engine to write as a table
    without collecting them: the ISO week label and its Monday are computed in SQL. The
    runs it reads are computed on ``con`` by this call (a temporary table)."""
    sql, qp, with_payments = _prepared(con, first_week, last_week, as_of, None, None, params)
    money = ", amount, refund, cofinancing" if with_payments else ""
    # The ISO year of a week is the calendar year of its Thursday.
    monday = f"({WEEK_EPOCH_SQL} + CAST(7 * week_idx AS INTEGER))"
    label = (
        f"CAST(year({monday} + 3) AS VARCHAR) || '-W' || "
        f"lpad(CAST(extract(week FROM {monday}) AS VARCHAR), 2, '0')"
    )
    return (
        f"""SELECT person_id, benefit, municipality, staircase_week, step, rate, financing
                   {money}, {label} AS week, {monday} AS week_start
            FROM ({sql}) AS rows""",
        qp,
    )


def refund_by_step(
    con: duckdb.DuckDBPyConnection,
    first_week: str,
    last_week: str,
    as_of: dt.date,
    *,
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> list[dict[str, Any]]:
    """Weeks, payments, refund and co-financing per financing kind and staircase step."""
    first, last = parse_week(first_week), parse_week(last_week)
    ps = params or default_parameters()
    rules = StaircaseRules.load(ps, as_of)
    compute_runs(con, as_of, params=ps)
    sql = _rows_sql(ps, rules, as_of, first, last, _has_payments(con), "")
    cur = con.execute(
        f"""SELECT financing, step, COUNT(*) AS weeks, SUM(amount) AS amount,
                   SUM(refund) AS refund, SUM(cofinancing) AS cofinancing
            FROM ({sql}) GROUP BY ALL ORDER BY financing DESC, step NULLS FIRST""",
        query_params(municipality),
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def refund_overview(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[dict[str, Any]]:
    """``refund_by_step`` over the 52 complete weeks before ``as_of`` (all municipalities)."""
    last = week_index(as_of) - 1  # the last complete week
    return refund_by_step(con, week_label(last - 51), week_label(last), as_of)
