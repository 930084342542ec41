"""Benefit seniority (*ydelsesanciennitet*) per person and calendar month.

STAR's rules for the focus measures (domain-rules §1.4, reform-2026 §4):

- Seniority is measured on the benefit the person holds (a run of that benefit); a change of
  benefit starts a new spell, except for the continuations in
  ``skaerpet_tilsyn.spell_continuations`` (integrations-/overgangsydelse into
  uddannelseshjælp/kontanthjælp, and the 1 Jul 2025 merger into kontanthjælp), which are
  looked up on the month the switch happens.
- A spell is broken only by a whole calendar month with no day on that benefit; sickness
  benefit is counted from start to end date, so any day without it ends the spell (the
  shared reading ``lab.periode.start_to_end_benefits``).
- Seniority at month *m* = calendar months in the current spell, *m* included.
- Dagpenge counts accumulated unemployment (``skaerpet_tilsyn.dagpenge_seniority_method``):
  months with at least one dagpenge day in the last N months.
- The benefit held at the end of *m*: among the requested benefits the person has in *m*, the
  period covering the month's last day, else the one ending latest in *m* (ties: the latest start,
  then the benefit code), so every person-month has exactly one row.

The engine is written in DuckDB SQL rather than Ibis: the gaps-and-islands step with dated
continuation rules and the month expansion read far more plainly as window functions over
``range()`` than as Ibis expressions, and every construct used (window frames, QUALIFY aside)
has a PostgreSQL equivalent.

Months are handled as integer *month indexes* (``year * 12 + month - 1``) so that "m − 11" is
plain arithmetic; ``tilsyn.data.calendar`` converts (``month_index``, ``month_from_index``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from tilsyn.data.calendar import month_from_index, month_index
from tilsyn.data.contract import BENEFITS
from tilsyn.data.sql import date_sql, literal
from tilsyn.measures.dated_sql import codes_sql
from tilsyn.rules.parameters import (
    Parameter,
    ParameterSet,
    as_codes,
    as_integer,
    default_parameters,
)

P = "skaerpet_tilsyn."
FAR_FUTURE = dt.date(9999, 12, 31)


@dataclass(frozen=True)
class SeniorityTable:
    """A materialised temp table of person-months (see :func:`build_seniority`)."""

    name: str
    first_month: int
    last_month: int
    as_of: dt.date


def _values_sql(rows: Sequence[tuple[object, ...]], columns: Sequence[str]) -> str:
    """A literal ``(VALUES ...) t(cols)`` relation; tiny parameter tables only."""

    cols = ", ".join(columns)
    if not rows:
        nulls = ", ".join("NULL" for _ in columns)
        return f"(SELECT * FROM (VALUES ({nulls})) v({cols}) WHERE FALSE)"
    body = ", ".join("(" + ", ".join(literal(v) for v in row) + ")" for row in rows)
    return f"(VALUES {body}) v({cols})"


def _continuations(params: ParameterSet) -> list[tuple[str, str, int, int]]:
    """(from, to, first month index, month index after the last) for every dated value."""
    rows = []
    for start, end, entry in params[P + "spell_continuations"].periods():
        end_mi = month_index(end) if end else month_index(FAR_FUTURE) + 1
        for pair in as_codes(entry.value, P + "spell_continuations"):
            src, _, dst = str(pair).partition(">")
            if not dst:
                raise ValueError(f"{P}spell_continuations: '{pair}' er ikke på formen fra>til")
            rows.append((src, dst, month_index(start), end_mi))
    return rows


def _families(
    pairs: Sequence[tuple[str, str, int, int]], benefits: Sequence[str]
) -> dict[str, str]:
    """Benefits linked by any continuation share one spell family (union-find)."""
    parent = {b: b for b in benefits}
    for src, dst, _, _ in pairs:
        parent.setdefault(src, src)
        parent.setdefault(dst, dst)

    def root(b: str) -> str:
        while parent[b] != b:
            b = parent[b]
        return b

    for src, dst, _, _ in pairs:
        a, b = root(src), root(dst)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {b: root(b) for b in parent}


def build_seniority(
    con: duckdb.DuckDBPyConnection,
    *,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    benefits: Sequence[str] | None = None,
    params: ParameterSet | None = None,
    table: str = "seniority_months",
    min_seniority: int = 0,
    keep_month: dt.date | None = None,
) -> SeniorityTable:
    """Materialise TEMP TABLE ``table``: one row per person and month in
    [``first_month``, ``last_month``] (clipped to the month of ``as_of``) in which the person has a
    day on one of ``benefits`` (default: ``skaerpet_tilsyn.covered_benefits`` in force that
    month).

    Columns: ``person_id``, ``pkey`` (integer person key), ``month`` (DATE, first day), ``mi``
    (month index), ``municipality`` (the period's own, else the person's), ``benefit`` (held at
    the end of the month), ``seniority`` (calendar months, INTEGER), ``spell_start`` (first
    day of the current spell; for accumulated dagpenge the start of the latest unbroken run),
    ``period_start``, ``period_end`` (the chosen period, end clipped to ``as_of``).

    Only what is known on ``as_of`` counts: periods starting later are ignored and open or later
    ends are clipped to ``as_of``.

    ``min_seniority`` keeps only rows with at least that seniority (writing every person-month
    is the dominant cost at national scale), except in ``keep_month``, where every row is kept.
    """
    params = params or default_parameters()
    first = month_index(first_month)
    last = min(month_index(last_month), month_index(as_of))
    pairs = _continuations(params)
    families = _families(pairs, BENEFITS)
    # Each (month, benefit) once: the periods are joined to these rows.
    if benefits is not None:
        held = list(dict.fromkeys((mi, b) for mi in range(first, last + 1) for b in benefits))
    else:
        covered = params[P + "covered_benefits"]
        held = list(
            dict.fromkeys(
                (mi, b)
                for mi in range(first, last + 1)
                for b in as_codes(covered.value_at(month_from_index(mi)), covered.id)
            )
        )
    method = params[P + "dagpenge_seniority_method"]
    lookback = params[P + "dagpenge_accumulation_months"]
    dp = [
        (
            mi,
            str(method.value_at(month_from_index(mi))),
            as_integer(lookback.value_at(month_from_index(mi)), lookback.id),
        )
        for mi in range(first, last + 1)
    ]
    as_of_sql = date_sql(as_of)
    order = sorted({b for _, b in held})
    # Ties between periods ending and starting on the same days go to the benefit code that
    # sorts first, so every person-month has one deterministic row.
    rank = {b: len(order) - i for i, b in enumerate(order)}
    # Benefits travel as small integer codes, so that the window sorts, groups and joins
    # below work on integers only; the text columns are joined to the chosen periods by row id.
    code = {b: i for i, b in enumerate(sorted(set(families) | set(order)))}
    held_sql = _values_sql([(mi, code[b], rank[b]) for mi, b in held], ("mi", "bcode", "rank"))
    fam_sql = _values_sql(
        [(b, f, code[b]) for b, f in sorted(families.items())], ("benefit", "family", "bcode")
    )
    con.execute(
        _SPELLED_SQL.format(
            start_to_end=codes_sql(
                params["lab.periode.start_to_end_benefits"], "bp.start_date", "bp.benefit"
            ),
            fam=fam_sql,
            held=held_sql,
            as_of=as_of_sql,
        )
    )
    cont = [(code[src], code[dst], lo, hi) for src, dst, lo, hi in pairs]
    # Runs are needed as islands only where a continuation can link them or dagpenge
    # accumulates; every other run's chain is the run itself (sygedagpenge, most of the rows,
    # is neither).
    linked = sorted({c for src, dst, _, _ in cont for c in (src, dst)} | {code["dagpenge"]})
    con.execute(_ISLANDS_SQL.format(linked=", ".join(str(c) for c in linked)))
    con.execute(_LINKS_SQL.format(cont=_values_sql(cont, ("src", "dst", "from_mi", "to_mi"))))
    for _ in range(len(BENEFITS)):  # a chain cannot have more links than there are benefits
        changed = con.execute(_CHAIN_SQL).fetchall()
        if not changed or not changed[0][0]:
            break
    con.execute(_PER_SQL.format(held=held_sql, fam=fam_sql, first=first, last=last))
    con.execute(
        _SQL.format(
            table=table,
            held=held_sql,
            dp=_values_sql(dp, ("mi", "method", "lookback")),
            dagpenge=code["dagpenge"],
            dp_first=(
                "-1"
                if _ever_in(params["lab.periode.start_to_end_benefits"], "dagpenge")
                else "MIN(sm)"
            ),
            as_of=as_of_sql,
            first=first,
            last=last,
            min_seniority=min_seniority,
            keep_mi=month_index(keep_month) if keep_month else -1,
        )
    )
    return SeniorityTable(table, first, last, as_of)


def _ever_in(param: Parameter, code: str) -> bool:
    """Whether ``code`` is in the ``codes`` parameter in any of its dated values."""
    return any(
        isinstance(entry.value, list) and code in entry.value for _s, _e, entry in param.periods()
    )


_SPELLED_SQL = """
CREATE OR REPLACE TEMP TABLE _sen_spelled AS
WITH fam AS (SELECT * FROM {fam}),
held AS (SELECT * FROM {held}),
wanted_families AS (SELECT DISTINCT f.family FROM fam f JOIN held h ON h.bcode = f.bcode),
periods AS (
    -- Integer columns only (rid is the period's row id, bcode the benefit's code): the two
    -- window sorts below carry no text.
    SELECT p.rowid AS pkey, bp.rowid AS rid, f.bcode, bp.start_date AS s, bp.person_id,
           COALESCE(bp.municipality, p.municipality) AS municipality,
           LEAST(COALESCE(bp.end_date, DATE '9999-12-31'), {as_of}) AS e,
           {start_to_end} AS start_to_end
    FROM benefit_periods bp
    JOIN persons p ON p.person_id = bp.person_id
    JOIN fam f ON f.benefit = bp.benefit
    WHERE bp.start_date <= {as_of} AND f.family IN (SELECT family FROM wanted_families)
),
indexed AS (
    SELECT *, year(s) * 12 + month(s) - 1 AS sm, year(e) * 12 + month(e) - 1 AS em FROM periods
),
ordered AS (
    SELECT *,
        MAX(e) OVER (PARTITION BY pkey, bcode ORDER BY s, e
                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e
    FROM indexed
),
-- The latest end's month is the latest month (month indexes grow with the date).
monthly AS (SELECT *, year(prev_e) * 12 + month(prev_e) - 1 AS prev_em FROM ordered),
-- Runs of one benefit, broken by a whole calendar month without it; benefits counted from
-- start to end date (lab.periode.start_to_end_benefits: sygedagpenge) break on any day.
flagged AS (
    SELECT *, CASE WHEN prev_em IS NULL OR sm > prev_em + 1
                        OR (start_to_end AND s > prev_e + 1) THEN 1 ELSE 0 END AS new_run
    FROM monthly
)
-- The spell number is an INTEGER (a SUM is a HUGEINT), so the islands group and join on it
-- as a plain integer. The run's first day comes from the same window (rows are ordered by
-- start, so the latest run start so far is the run's), so that only the few runs whose chain
-- start a continuation moved need the islands joined back.
SELECT rid, pkey, bcode, s, e, sm, em, person_id, municipality,
       CAST(SUM(new_run) OVER w AS INTEGER) AS spell,
       MAX(CASE WHEN new_run = 1 THEN s END) OVER w AS run_start
FROM flagged
WINDOW w AS (PARTITION BY pkey, bcode ORDER BY s, e ROWS UNBOUNDED PRECEDING)
"""

_ISLANDS_SQL = """
CREATE OR REPLACE TEMP TABLE _sen_islands AS
SELECT pkey, bcode, spell, MIN(sm) AS sm, MAX(em) AS em, MIN(s) AS start_date,
       MIN(sm) AS chain_sm, MIN(s) AS chain_start
FROM _sen_spelled WHERE bcode IN ({linked}) GROUP BY pkey, bcode, spell
"""

_LINKS_SQL = """
-- Run b continues run a when a has a day in the month before b's first month and the switch
-- a > b is a continuation in force in b's first month.
CREATE OR REPLACE TEMP TABLE _sen_links AS
WITH cont AS (SELECT * FROM {cont})
SELECT b.pkey, b.bcode, b.spell, a.bcode AS a_bcode, a.spell AS a_spell
FROM _sen_islands b
JOIN _sen_islands a ON a.pkey = b.pkey AND a.bcode <> b.bcode
    AND a.sm <= b.sm - 1 AND a.em >= b.sm - 1
JOIN cont c ON c.src = a.bcode AND c.dst = b.bcode AND b.sm >= c.from_mi AND b.sm < c.to_mi
"""

# Each pass carries a chain's start one link further; chains are a few links long at most.
_CHAIN_SQL = """
UPDATE _sen_islands AS i SET chain_sm = u.chain_sm, chain_start = u.chain_start
FROM (
    SELECT l.pkey, l.bcode, l.spell, MIN(a.chain_sm) AS chain_sm,
           MIN(a.chain_start) AS chain_start
    FROM _sen_links l
    JOIN _sen_islands a ON a.pkey = l.pkey AND a.bcode = l.a_bcode
        AND a.spell = l.a_spell
    GROUP BY l.pkey, l.bcode, l.spell
) u
WHERE i.pkey = u.pkey AND i.bcode = u.bcode AND i.spell = u.spell
  AND u.chain_sm < i.chain_sm
"""

_PER_SQL = """
-- Periods that can be held in the range, with their chain start and integer keys (rid is the
-- period's row id), so that the per-month choice below groups on integers rather than text ids.
-- lo..hi are the months of the range the period has a day in; ``shared`` marks a period that
-- has one of them in common with another period of the person: only those months need the
-- choice.
-- The text columns (person id, benefit, municipality) are read here, for these periods only.
CREATE OR REPLACE TEMP TABLE _sen_per AS
WITH held AS (SELECT * FROM {held}),
fam AS (SELECT * FROM {fam}),
per AS (
    -- A run's chain starts with the run itself unless a continuation moved it (the islands
    -- whose chain_sm is before their own first month; a few; runs of benefits in no
    -- continuation have no island).
    SELECT sp.rid, sp.pkey, sp.bcode, sp.s, sp.e, sp.sm,
           sp.em, sp.person_id, sp.municipality,
           COALESCE(i.chain_sm, year(sp.run_start) * 12 + month(sp.run_start) - 1) AS chain_sm,
           COALESCE(i.chain_start, sp.run_start) AS chain_start,
           GREATEST(sp.sm, {first}) AS lo, LEAST(sp.em, {last}) AS hi
    FROM _sen_spelled sp
    LEFT JOIN (SELECT * FROM _sen_islands WHERE chain_sm < sm) i ON i.pkey = sp.pkey
        AND i.bcode = sp.bcode AND i.spell = sp.spell
    WHERE sp.em >= {first} AND sp.sm <= {last}
      AND sp.bcode IN (SELECT DISTINCT bcode FROM held)
),
-- A period shares a month with another of the person's periods (their lo..hi overlap; lo <= hi,
-- as the import refuses an end date before the start date): a self-join on the person key
-- (most people have one or two periods), which is cheaper than a window sorting every period
-- by person and lo.
sharing AS (
    SELECT DISTINCT a.rid
    FROM (SELECT rid, pkey, lo, hi FROM per) a
    JOIN (SELECT rid, pkey, lo, hi FROM per) b
        ON b.pkey = a.pkey AND b.rid <> a.rid AND b.lo <= a.hi AND b.hi >= a.lo
)
SELECT per.*, f.benefit, sharing.rid IS NOT NULL AS shared
FROM per
JOIN fam f ON f.bcode = per.bcode
LEFT JOIN sharing ON sharing.rid = per.rid
"""

_SQL = """
CREATE OR REPLACE TEMP TABLE {table} AS
WITH held AS (SELECT * FROM {held}),
dp AS (SELECT * FROM {dp}),
dp_first AS (
    -- A person's first dagpenge month. Dagpenge runs are separated by whole empty months, so
    -- their months never overlap and the accumulated seniority at month m is at most
    -- m - first + 1: months before first + minimum - 1 (and before the chain's own start +
    -- minimum - 1) can never reach the minimum. Without that separation (dagpenge counted
    -- from start to end date) no month is left out.
    SELECT pkey, {dp_first} AS first_sm
    FROM _sen_islands WHERE bcode = {dagpenge} GROUP BY pkey
),
single AS (
    SELECT rid, pkey, bcode, chain_sm, lo, hi, chain_sm AS floor_sm
    FROM _sen_per WHERE NOT shared AND bcode <> {dagpenge}
    UNION ALL
    SELECT p.rid, p.pkey, p.bcode, p.chain_sm, p.lo, p.hi, LEAST(d.first_sm, p.chain_sm)
    FROM _sen_per p JOIN dp_first d ON d.pkey = p.pkey
    WHERE NOT p.shared AND p.bcode = {dagpenge}
),
alone AS (
    -- A month no other period shares: this period is the one held. Months that cannot reach
    -- the minimum seniority are not expanded, except the keep month.
    SELECT rid, pkey, bcode, chain_sm,
           UNNEST(range(GREATEST(lo, floor_sm + {min_seniority} - 1), hi + 1)) AS mi
    FROM single
    UNION ALL
    SELECT rid, pkey, bcode, chain_sm, {keep_mi}
    FROM single
    WHERE {keep_mi} BETWEEN lo AND hi AND {keep_mi} < floor_sm + {min_seniority} - 1
),
candidates AS (
    SELECT rid, pkey, bcode, e, s, em, chain_sm, UNNEST(range(lo, hi + 1)) AS mi
    FROM _sen_per WHERE shared
),
chosen AS (
    -- One period per person-month: covers the month's last day, then latest end, latest
    -- start, benefit code. Packed into one BIGINT so that arg_max runs as a plain hash
    -- aggregate on integers (a ROW_NUMBER() sort of every person-month was 4x slower).
    SELECT c.pkey, c.mi,
        arg_max(c.rid,
            (CASE WHEN c.em > c.mi OR c.e = last_day(c.e) OR c.e = {as_of}
                  THEN 1 ELSE 0 END)::BIGINT * 1125899906842624
            + (c.e - DATE '1900-01-01')::BIGINT * 268435456
            + (c.s - DATE '1900-01-01')::BIGINT * 64
            + h.rank
        ) AS rid
    FROM candidates c JOIN held h ON h.mi = c.mi AND h.bcode = c.bcode
    GROUP BY c.pkey, c.mi
    -- A person-month whose every candidate is below the minimum seniority cannot be kept:
    -- other benefits' seniority is exactly mi - chain_sm + 1; dagpenge (accumulated) is
    -- never pruned here.
    HAVING MAX(CASE WHEN c.bcode = {dagpenge} THEN {min_seniority}
                    ELSE c.mi - c.chain_sm + 1 END) >= {min_seniority}
        OR c.mi = {keep_mi}
),
flat AS (
    SELECT ch.rid, p.pkey, ch.mi, p.bcode, p.chain_sm
    FROM chosen ch JOIN _sen_per p ON p.rid = ch.rid
    UNION ALL
    SELECT a.rid, a.pkey, a.mi, a.bcode, a.chain_sm
    FROM alone a JOIN held h ON h.mi = a.mi AND h.bcode = a.bcode
),
dp_acc AS (
    -- Dagpenge: months with a dagpenge day in the lookback; runs of one benefit are
    -- separated by whole empty months, so their month ranges never overlap.
    SELECT f.pkey, f.mi,
           SUM(LEAST(sp.em, f.mi) - GREATEST(sp.sm, f.mi - d.lookback + 1) + 1) AS acc
    FROM flat f
    JOIN dp d ON d.mi = f.mi AND d.method = 'accumulated'
    JOIN _sen_islands sp ON sp.pkey = f.pkey AND sp.bcode = {dagpenge}
        AND sp.sm <= f.mi AND sp.em >= f.mi - d.lookback + 1
    WHERE f.bcode = {dagpenge}
    GROUP BY f.pkey, f.mi
),
counted AS (
    -- Only dagpenge rows can have an accumulated seniority: only they are joined to it.
    SELECT f.rid, f.mi, COALESCE(a.acc, f.mi - f.chain_sm + 1) AS seniority
    FROM flat f LEFT JOIN dp_acc a ON a.pkey = f.pkey AND a.mi = f.mi
    WHERE f.bcode = {dagpenge}
    UNION ALL
    SELECT f.rid, f.mi, f.mi - f.chain_sm + 1 FROM flat f WHERE f.bcode <> {dagpenge}
)
-- The person-months carry integers to here; the period's columns join on its row id.
SELECT p.person_id, p.pkey,
       make_date(CAST(f.mi // 12 AS BIGINT), CAST(f.mi % 12 + 1 AS BIGINT), 1) AS month,
       CAST(f.mi AS INTEGER) AS mi,
       p.municipality, p.benefit,
       CAST(f.seniority AS INTEGER) AS seniority,
       p.chain_start AS spell_start, p.s AS period_start, p.e AS period_end
FROM counted f JOIN _sen_per p ON p.rid = f.rid
WHERE f.seniority >= {min_seniority} OR f.mi = {keep_mi}
"""
