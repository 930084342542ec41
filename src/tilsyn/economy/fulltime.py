"""Full-year persons (*helårspersoner / fuldtidspersoner*) per benefit, municipality and month.

Two methods, both summable across benefits (no overlap correction between benefits, as on
jobindsats.dk):

* ``weeks`` (default, jobindsats.dk MM14): Σ persons (ISO weeks with the benefit in the period ÷
  ISO weeks in the period). A week is "with the benefit" when the person has it on at least
  ``helaarspersoner.partial_week_min_days`` days of that week; weeks belong to the month of
  their Thursday (``helaarspersoner.week_month_rule``), so months add up to the ISO year.
* ``days``: Σ persons (calendar days with the benefit ÷ calendar days in the period).

Everything is counted in integers (person-weeks, person-days) and divided once at the end;
periods are first merged per person and benefit so that overlapping rows never count twice.

The interval helpers here (day numbers, week indexes, islands) are shared with the refund
staircase: both are built on "weeks with benefits".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Literal

import duckdb

from tilsyn.data.calendar import (
    WEEK_EPOCH,
    WEEK_EPOCH_SQL,
    add_months,
    iter_months,
    week_index,
    week_monday,
)
from tilsyn.data.contract import BENEFITS
from tilsyn.data.sql import date_sql, literal
from tilsyn.rules.parameters import ParameterSet, default_parameters

Method = Literal["weeks", "days"]
METHODS: tuple[Method, ...] = ("weeks", "days")

# Day numbers count from the calendar's week epoch (a Monday), so that integer division by 7
# gives its ISO week index, in Python and in SQL.
EPOCH = WEEK_EPOCH
EPOCH_SQL = WEEK_EPOCH_SQL
FTP_QUANTUM = Decimal("0.0001")

_MUNICIPALITY = re.compile(r"^\d{3}$")


# --------------------------------------------------------------------------- weeks and days


def day_number(d: dt.date) -> int:
    """Days since the week epoch: ``day_number(d) // 7 == week_index(d)``."""
    return (d - EPOCH).days


def check_municipality(value: str | None) -> str | None:
    if value is not None and not _MUNICIPALITY.match(value):
        raise ValueError(f"kommunekode '{value}' skal være 3 cifre, fx 185")
    return value


def day_sql(expr: str) -> str:
    """SQL for the day number of a DATE expression."""
    return f"datediff('day', {EPOCH_SQL}, {expr})"


def codes_sql(codes: Iterable[str]) -> str:
    """A SQL list of benefit codes; only known codes may be inlined."""
    out = []
    for code in codes:
        if code not in BENEFITS:
            raise ValueError(f"ukendt ydelseskode i parameter: {code}")
        out.append(literal(code))
    return "(" + ", ".join(out) + ")" if out else "(NULL)"


def islands_sql(src: str, keys: Sequence[str], lo: str, hi: str) -> str:
    """Merge overlapping or adjacent integer ranges [lo, hi] per ``keys`` (gaps and islands)."""
    k = ", ".join(keys)
    return f"""
        SELECT {k}, MIN({lo}) AS {lo}, MAX({hi}) AS {hi} FROM (
            SELECT *, SUM(brk) OVER (PARTITION BY {k} ORDER BY {lo}, {hi}
                                     ROWS UNBOUNDED PRECEDING) AS island
            FROM (
                SELECT *, CASE WHEN {lo} <= MAX({hi}) OVER (
                        PARTITION BY {k} ORDER BY {lo}, {hi}
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1
                    THEN 0 ELSE 1 END AS brk
                FROM ({src})
            )
        ) GROUP BY {k}, island"""


def weeks_from_days_sql(src: str, keys: Sequence[str], min_days: int) -> str:
    """Merged week ranges (ws, we) from day ranges (sd, ed) in ``src``.

    A week counts when the (merged) days in it number at least ``min_days``. Interior weeks
    of a merged day range are always whole; only the first and last week can be partial, and
    a partial week may be shared by two ranges, so those are summed before the test.
    """
    if not 1 <= min_days <= 7:
        raise ValueError(f"mindste antal dage i en uge skal være 1-7, ikke {min_days}")
    k = ", ".join(keys)
    if min_days == 1:
        # Any day counts the week: merging the week ranges alone is exact (and half the work).
        weeks = f"SELECT {k}, sd // 7 AS ws, ed // 7 AS we FROM ({src})"
    else:
        merged = islands_sql(src, keys, "sd", "ed")
        weeks = f"""
            WITH m AS ({merged}),
            edge AS (
                SELECT {k}, sd // 7 AS w, LEAST(ed, (sd // 7) * 7 + 6) - sd + 1 AS days FROM m
                UNION ALL
                SELECT {k}, ed // 7 AS w, ed - (ed // 7) * 7 + 1 AS days FROM m
                WHERE ed // 7 > sd // 7
            )
            SELECT {k}, sd // 7 + 1 AS ws, ed // 7 - 1 AS we FROM m WHERE ed // 7 - sd // 7 >= 2
            UNION ALL
            SELECT {k}, w AS ws, w AS we FROM edge GROUP BY {k}, w HAVING SUM(days) >= {min_days}
        """
    return islands_sql(weeks, keys, "ws", "we")


def benefit_spells_sql(as_of: dt.date, *, benefits: Iterable[str] | None = None) -> str:
    """Benefit periods as day ranges (person_id, benefit, municipality, sd, ed), open or later
    periods cut at ``as_of``. Uses the ``$municipality`` parameter when filtering (see
    :func:`query_params`)."""
    where = [f"bp.start_date <= {date_sql(as_of)}"]
    if benefits is not None:
        where.append(f"bp.benefit IN {codes_sql(benefits)}")
    return f"""
        SELECT bp.person_id, bp.benefit,
               COALESCE(bp.municipality, p.municipality) AS municipality,
               {day_sql("bp.start_date")} AS sd,
               {
        day_sql(f"LEAST(COALESCE(bp.end_date, {date_sql(as_of)}), {date_sql(as_of)})")
    } AS ed
        FROM benefit_periods bp JOIN persons p USING (person_id)
        WHERE {" AND ".join(where)}
          AND ($municipality IS NULL OR COALESCE(bp.municipality, p.municipality) = $municipality)
    """


def query_params(municipality: str | None, **extra: Any) -> dict[str, Any]:
    return {"municipality": check_municipality(municipality), **extra}


# --------------------------------------------------------------------------- calendar


@dataclass(frozen=True)
class MonthPeriod:
    """One month as counted by a method: [first, last] in week indexes or day numbers."""

    month: dt.date  # first day of the month
    first: int
    last: int
    closes_on: dt.date  # the period is complete (actual) when as_of >= this date

    @property
    def units(self) -> int:
        return self.last - self.first + 1


def month_period(month: dt.date, method: Method, rule: str = "thursday") -> MonthPeriod:
    """The weeks (or days) that make up ``month`` under ``method``."""
    start = month.replace(day=1)
    end = add_months(start, 1) - dt.timedelta(days=1)
    if method == "days":
        return MonthPeriod(start, day_number(start), day_number(end), end)
    if rule != "thursday":
        raise ValueError(f"ukendt regel for ugers måned: {rule}")
    # The week of the first Thursday on or after the 1st, to the week of the last Thursday.
    first_thu = start + dt.timedelta(days=(3 - start.weekday()) % 7)
    last_thu = end - dt.timedelta(days=(end.weekday() - 3) % 7)
    first, last = week_index(first_thu), week_index(last_thu)
    return MonthPeriod(start, first, last, week_monday(last) + dt.timedelta(days=6))


# --------------------------------------------------------------------------- counting


@dataclass(frozen=True)
class MonthCount:
    municipality: str
    benefit: str
    month: dt.date
    units: int  # person-weeks or person-days with the benefit
    period_units: int  # weeks or days in the month
    closed: bool  # the month is complete on as_of

    @property
    def fulltime_persons(self) -> Decimal:
        return to_ftp(self.units, self.period_units)


def to_ftp(units: int, period_units: int) -> Decimal:
    if period_units <= 0:
        return Decimal(0)
    return (Decimal(units) / Decimal(period_units)).quantize(FTP_QUANTUM, ROUND_HALF_EVEN)


def _method(method: str) -> Method:
    if method not in METHODS:
        raise ValueError(f"ukendt metode '{method}' (brug weeks eller days)")
    return "weeks" if method == "weeks" else "days"


def count_months(
    con: duckdb.DuckDBPyConnection,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    *,
    method: str = "weeks",
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> list[MonthCount]:
    """Person-weeks (or person-days) per municipality, benefit and month, counted on the data
    known on ``as_of`` (open periods end on ``as_of``; later days are not counted).
    Combinations with no one on the benefit in a month are left out (zero)."""
    meth = _method(method)
    ps = params or default_parameters()
    rule = str(ps.value("helaarspersoner.week_month_rule", as_of))
    periods = [month_period(m, meth, rule) for m in iter_months(first_month, last_month)]
    if not periods:
        return []
    cal = ", ".join(
        f"({i}, {date_sql(p.month)}, {p.first}, {p.last})" for i, p in enumerate(periods)
    )
    first, last = periods[0].first, periods[-1].last
    spells = benefit_spells_sql(as_of)
    keys = ("person_id", "benefit", "municipality")
    if meth == "weeks":
        min_days = int(str(ps.value("helaarspersoner.partial_week_min_days", as_of)))
        ranges = weeks_from_days_sql(spells, keys, min_days)
        lo, hi = "ws", "we"
    else:
        basis = ps.value("helaarspersoner.days_in_year_basis", as_of)
        if basis != "calendar":
            raise ValueError(f"ukendt dagsgrundlag: {basis}")
        ranges = islands_sql(spells, keys, "sd", "ed")
        lo, hi = "sd", "ed"
    # Each range is split into the months it touches through an equality lookup (unit → month)
    # instead of a range join, which DuckDB runs far slower at national scale.
    sql = f"""
        WITH cal(mi, month, mf, ml) AS (VALUES {cal}),
        unit_month AS (
            SELECT u, mi FROM cal, LATERAL (SELECT UNNEST(generate_series(cal.mf, cal.ml)) AS u)
        ),
        r AS (
            SELECT municipality, benefit, GREATEST({lo}, {first}) AS lo, LEAST({hi}, {last}) AS hi
            FROM ({ranges}) WHERE {lo} <= {last} AND {hi} >= {first}
        ),
        pieces AS (
            SELECT r.municipality, r.benefit, r.lo, r.hi,
                   UNNEST(generate_series(a.mi, b.mi)) AS mi
            FROM r JOIN unit_month a ON a.u = r.lo JOIN unit_month b ON b.u = r.hi
        )
        SELECT p.municipality, p.benefit, cal.month,
               SUM(LEAST(p.hi, cal.ml) - GREATEST(p.lo, cal.mf) + 1)::BIGINT AS units
        FROM pieces p JOIN cal USING (mi)
        GROUP BY ALL ORDER BY 1, 2, 3
    """
    by_month = {p.month: p for p in periods}
    out = []
    for muni, benefit, month, units in con.execute(sql, query_params(municipality)).fetchall():
        p = by_month[month]
        out.append(MonthCount(muni, benefit, month, int(units), p.units, as_of >= p.closes_on))
    return out


def data_start(con: duckdb.DuckDBPyConnection) -> dt.date | None:
    """First day of the first month with any benefit period (history starts there)."""
    row = con.execute("SELECT MIN(start_date) FROM benefit_periods").fetchall()[0]
    first: dt.date | None = row[0]
    return first.replace(day=1) if first else None


def fulltime_by_month(
    con: duckdb.DuckDBPyConnection,
    year: int,
    as_of: dt.date,
    *,
    method: str = "weeks",
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> list[dict[str, Any]]:
    """Actual full-year persons per municipality, benefit and month of ``year`` (months not yet
    complete on ``as_of`` are marked ``closed=False``)."""
    counts = count_months(
        con,
        dt.date(year, 1, 1),
        dt.date(year, 12, 1),
        as_of,
        method=method,
        municipality=municipality,
        params=params,
    )
    return [
        {
            "municipality": c.municipality,
            "benefit": c.benefit,
            "month": c.month,
            "fulltime_persons": c.fulltime_persons,
            "units": c.units,
            "period_units": c.period_units,
            "closed": c.closed,
        }
        for c in counts
    ]


def fulltime_period(
    con: duckdb.DuckDBPyConnection,
    first_month: dt.date,
    last_month: dt.date,
    as_of: dt.date,
    *,
    method: str = "weeks",
    municipality: str | None = None,
    params: ParameterSet | None = None,
) -> list[dict[str, Any]]:
    """Full-year persons for a whole period of months (e.g. a year, or year to date): the
    person-weeks of all its months ÷ the weeks of all its months, per municipality and
    benefit."""
    meth = _method(method)
    ps = params or default_parameters()
    rule = str(ps.value("helaarspersoner.week_month_rule", as_of))
    total = sum(month_period(m, meth, rule).units for m in iter_months(first_month, last_month))
    sums: dict[tuple[str, str], int] = {}
    for c in count_months(
        con, first_month, last_month, as_of, method=meth, municipality=municipality, params=ps
    ):
        sums[(c.municipality, c.benefit)] = sums.get((c.municipality, c.benefit), 0) + c.units
    return [
        {
            "municipality": muni,
            "benefit": benefit,
            "fulltime_persons": to_ftp(units, total),
            "units": units,
            "period_units": total,
        }
        for (muni, benefit), units in sorted(sums.items())
    ]


@dataclass(frozen=True)
class FulltimeOverview:
    """Full-year persons per benefit over ``first``..``last`` (all municipalities together)."""

    first: dt.date
    last: dt.date
    by_benefit: tuple[tuple[str, Decimal], ...]  # most full-year persons first


def fulltime_overview(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> FulltimeOverview:
    """Full-year persons by benefit for the year of ``as_of`` up to the last complete month
    (the whole previous year when no month of this year is complete yet)."""
    first = dt.date(as_of.year, 1, 1)
    closed = [
        m
        for m in iter_months(first, as_of.replace(day=1))
        if as_of >= month_period(m, "weeks").closes_on
    ]
    if not closed:
        first, closed = dt.date(as_of.year - 1, 1, 1), [dt.date(as_of.year - 1, 12, 1)]
    rows = fulltime_period(con, first, closed[-1], as_of)
    by_benefit: dict[str, int] = {}
    total = rows[0]["period_units"] if rows else 0
    for r in rows:
        by_benefit[r["benefit"]] = by_benefit.get(r["benefit"], 0) + int(r["units"])
    ordered = sorted(by_benefit.items(), key=lambda kv: -kv[1])
    return FulltimeOverview(first, closed[-1], tuple((b, to_ftp(u, total)) for b, u in ordered))
