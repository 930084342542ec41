"""Forecast of a focus measure to year end, and the action list that brings it under threshold.

Method ("current practice continues"), as of date D in year Y:

- Months of Y that had ended on D keep their measured value.
- The remaining months (the month of D when D is not its last day, and the later months) are
  projected person by person for everyone holding a covered benefit on D in the municipality:
  the person stays on the benefit until the period's recorded end (open periods: all year),
  seniority grows by one month per month, and enters the population at 12 months.
- Each person keeps their own rhythm: with n interviews in the last 12 months, the next ones
  come every 365/n days after the last one (so a citizen seen every quarter stays seen every
  quarter); offer starts likewise; paid hours continue at the monthly average of the last 12
  months. Known events (held interviews, offers already started, with their planned end) count
  as in the measure; events that drop out of the 12-month window drop out. All arithmetic is on
  integers (days, hundredths of hours × 12 months).
- Persons not on a covered benefit on D are not projected: they cannot reach 12 months of
  seniority within the year (except dagpenge with accumulated months, a known gap).

Action list: for every person projected to fail in some remaining month, the smallest action
that makes them pass in every remaining month (k interviews, or one offer, by the end of the first
failing month). The effect of an action is the sum over the months it fixes of 1/population of
that month; effects add up, so taking actions by decreasing effect gives the fewest citizens
needed to bring the projected yearly value under the threshold.

Backtest: :func:`backtest` runs the same forecast as of the same day in earlier years (using only
what was known then) and compares it with the measured year.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

import duckdb

from tilsyn.data.calendar import month_end, month_from_index, month_index
from tilsyn.measures.focus import (
    EVENTS,
    FocusError,
    FocusResult,
    Measure,
    MonthValue,
    focus_measures,
    history_start,
    offer_reading,
    yearly_value,
)
from tilsyn.measures.seniority import P
from tilsyn.rules.parameters import ParameterSet, default_parameters

DAYS = 365  # interview pace is per 365 days of the last 12 months


@dataclass(frozen=True)
class Action:
    """One citizen who, with ``count`` interviews (or one offer) by ``by_date``, passes the
    measure in ``months_gained`` more months of the year."""

    person_id: str
    action: str  # "interview" | "offer"
    count: int
    by_date: dt.date
    months_gained: int
    effect: Fraction  # reduction of the projected yearly value


@dataclass(frozen=True)
class Forecast:
    municipality: str
    measure: Measure
    as_of: dt.date
    threshold: Fraction
    measured: tuple[MonthValue, ...]  # months ended on the as-of date
    projected: tuple[MonthValue, ...]  # remaining months, projected
    method: str
    actions: tuple[Action, ...]  # the chosen, smallest set, strongest first
    reachable: bool  # the chosen actions bring the value under the threshold

    @property
    def projected_average(self) -> Fraction | None:
        return yearly_value(list(self.measured) + list(self.projected), self.method)

    @property
    def average_after_actions(self) -> Fraction | None:
        avg = self.projected_average
        if avg is None:
            return None
        return avg - sum((a.effect for a in self.actions), Fraction(0))

    def needed_per_month(self) -> dict[str, int]:
        """Citizens to act on, by the month of their deadline."""
        counts = Counter(a.by_date.strftime("%Y-%m") for a in self.actions)
        return dict(sorted(counts.items()))


@dataclass
class _Person:
    person_id: str
    seniority: int  # at the month of the as-of date
    last_month: int  # last month index on the benefit (recorded end, else year end)
    interviews: dict[int, int]
    hours: dict[int, int]
    offer_spans: list[tuple[int, int]]
    last_interview: dt.date | None = None
    last_offer: dt.date | None = None


def _load_people(
    con: duckdb.DuckDBPyConnection, municipality: str, as_of: dt.date, year_end_mi: int
) -> list[_Person]:
    mi_d = month_index(as_of)
    rows = con.execute(
        """
        SELECT s.person_id, s.seniority,
               year(COALESCE(bp.end_date, DATE '9999-12-31')) * 12
                 + month(COALESCE(bp.end_date, DATE '9999-12-31')) - 1
        FROM seniority_months s
        JOIN benefit_periods bp ON bp.person_id = s.person_id AND bp.benefit = s.benefit
             AND bp.start_date = s.period_start
        WHERE s.mi = ? AND s.municipality = ? AND s.period_end = ?
        """,
        [mi_d, municipality, as_of],
    ).fetchall()
    people = {
        pid: _Person(pid, int(sen), min(int(last), year_end_mi), {}, {}, [])
        for pid, sen, last in rows
    }
    if not people:
        return []
    ids = list(people)
    events = con.execute(
        f"SELECT person_id, mi, n, hc, off_em, d FROM {EVENTS} "
        "WHERE person_id IN (SELECT UNNEST(?::VARCHAR[]))",
        [ids],
    ).fetchall()
    for pid, mi, n, hc, off_em, d in events:
        p = people[pid]
        if n:
            p.interviews[mi] = p.interviews.get(mi, 0) + int(n)
            p.last_interview = max(d, p.last_interview or d)
        if hc:
            p.hours[mi] = p.hours.get(mi, 0) + int(hc)
        if off_em is not None:
            p.offer_spans.append((int(mi), int(off_em)))
            p.last_offer = max(d, p.last_offer or d)
    return sorted(people.values(), key=lambda p: p.person_id)


def _paced(per_year: int, last: dt.date | None, as_of: dt.date, until: dt.date) -> int:
    """Events in (as_of, until] if they keep coming every 365/per_year days after ``last``
    (the person's own rhythm; integer arithmetic, no fractions of an interview)."""
    if not per_year or last is None:
        return 0
    return (per_year * (until - last).days) // DAYS - (per_year * (as_of - last).days) // DAYS


def _fails(
    p: _Person,
    measure: Measure,
    months: list[int],
    as_of: dt.date,
    minimum: int,
    hours_centi: int,
    started_only: bool = False,
) -> dict[int, int]:
    """{month: extra interviews (or offers) needed to pass} for the months the person fails.
    ``started_only``: an offer counts only in the windows it started in (``offer_reading``)."""
    mi_d = month_index(as_of)
    out: dict[int, int] = {}
    recent_interviews = sum(n for mi, n in p.interviews.items() if mi_d - 11 <= mi <= mi_d)
    recent_hours = sum(h for mi, h in p.hours.items() if mi_d - 11 <= mi <= mi_d)
    recent_offers = sum(1 for s, _ in p.offer_spans if mi_d - 11 <= s <= mi_d)
    for r in months:
        if measure == "interviews":
            known = sum(n for mi, n in p.interviews.items() if r - 11 <= mi <= r)
            future = _paced(
                recent_interviews, p.last_interview, as_of, month_end(month_from_index(r))
            )
            if known + future < minimum:
                out[r] = minimum - known - future
        else:
            offer = any(
                (r - 11 <= s <= r) if started_only else (e >= r - 11) for s, e in p.offer_spans
            )
            offer = (
                offer
                or _paced(recent_offers, p.last_offer, as_of, month_end(month_from_index(r))) > 0
            )
            known_h = sum(h for mi, h in p.hours.items() if r - 11 <= mi <= r)
            hours_x12 = 12 * known_h + recent_hours * (r - mi_d)
            if not offer and hours_x12 < 12 * hours_centi:
                out[r] = 1
    return out


def forecast(
    con: duckdb.DuckDBPyConnection,
    *,
    as_of: dt.date,
    municipality: str,
    measure: Measure = "interviews",
    params: ParameterSet | None = None,
    data_from: dt.date | None = None,
) -> Forecast:
    """Project ``measure`` for the calendar year of ``as_of`` and choose the action list."""
    params = params or default_parameters()
    year = as_of.year
    results = focus_measures(
        con, year=year, as_of=as_of, municipality=municipality, params=params, data_from=data_from
    )
    result: FocusResult = next(r for r in results if r.measure == measure)
    measured = tuple(m for m in result.months if m.final)
    remaining = [month_index(m.month) for m in result.months if not m.final]
    year_end_mi = month_index(dt.date(year, 12, 1))
    people = _load_people(con, municipality, as_of, year_end_mi)
    on = dt.date(year, 1, 1)
    min_sen = params.integer(P + "min_seniority_months", on)
    minimum = params.integer(P + "interview_minimum", on)
    hours = params.value(P + "hours_threshold", on)
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise FocusError(f"{P}hours_threshold: forventede et tal, fik {hours!r}")
    hours_centi = -((-Fraction(str(hours)) * 100) // 1)
    started_only = offer_reading(params, on) == "started"  # the standard reading, as measured
    mi_d = month_index(as_of)

    population: Counter[int] = Counter()
    failing: Counter[int] = Counter()
    needs: dict[str, dict[int, int]] = {}
    for p in people:
        active = [r for r in remaining if r <= p.last_month and p.seniority + (r - mi_d) >= min_sen]
        if not active:
            continue
        for r in active:
            population[r] += 1
        short = _fails(p, measure, active, as_of, minimum, hours_centi, started_only)
        for r in short:
            failing[r] += 1
        if short:
            needs[p.person_id] = short

    by_mi = {month_index(m.month): m for m in result.months}
    start = data_from or history_start(con)
    window = params.integer(P + "window_months", on)
    ok = {r: start is not None and r - (window - 1) >= month_index(start) for r in remaining}
    projected = tuple(
        MonthValue(
            month_from_index(r),
            population[r] if ok[r] else None,
            failing[r] if ok[r] else None,
            ok[r],
            False,
            by_mi[r].sanction_regime,
        )
        for r in remaining
    )
    fc = Forecast(
        municipality, measure, as_of, result.threshold, measured, projected, result.method, (), True
    )
    actions, reachable = _choose(fc, needs, population)
    return Forecast(
        municipality,
        measure,
        as_of,
        result.threshold,
        measured,
        projected,
        result.method,
        actions,
        reachable,
    )


def _choose(
    fc: Forecast, needs: dict[str, dict[int, int]], population: Counter[int]
) -> tuple[tuple[Action, ...], bool]:
    avg = fc.projected_average
    if avg is None:
        return (), False
    if avg < fc.threshold:
        return (), True
    counted = [m for m in list(fc.measured) + list(fc.projected) if m.share is not None]
    total_pop = sum(m.population or 0 for m in counted)
    computable = {month_index(m.month) for m in fc.projected if m.computable}
    candidates = []
    for pid, short in needs.items():
        months = sorted(r for r in short if r in computable)
        if not months:
            continue
        if fc.method == "simple":
            effect = sum((Fraction(1, population[r]) for r in months), Fraction(0)) / len(counted)
        else:
            effect = Fraction(len(months), total_pop)
        first = months[0]
        candidates.append(
            Action(
                pid,
                "interview" if fc.measure == "interviews" else "offer",
                max(short[r] for r in months),
                max(month_end(month_from_index(first)), fc.as_of),
                len(months),
                effect,
            )
        )
    candidates.sort(key=lambda a: (-a.effect, a.by_date, a.person_id))
    chosen = []
    for action in candidates:
        if avg < fc.threshold:
            break
        chosen.append(action)
        avg -= action.effect
    return tuple(chosen), avg < fc.threshold


@dataclass(frozen=True)
class BacktestRow:
    as_of: dt.date
    projected: Fraction | None
    actual: Fraction | None

    @property
    def error(self) -> Fraction | None:
        if self.projected is None or self.actual is None:
            return None
        return self.projected - self.actual


def backtest(
    con: duckdb.DuckDBPyConnection,
    *,
    as_of: dt.date,
    municipality: str,
    measure: Measure = "interviews",
    params: ParameterSet | None = None,
    data_from: dt.date | None = None,
) -> list[BacktestRow]:
    """The forecast made on the same day of every earlier year with a fully computable year,
    beside the value measured for that year."""
    params = params or default_parameters()
    rows = []
    year = as_of.year - 1
    while year >= 2000:
        past = _same_day(as_of, year)
        full = focus_measures(
            con, year=year, municipality=municipality, params=params, data_from=data_from
        )
        actual = next(r for r in full if r.measure == measure)
        if not all(m.computable for m in actual.months):
            break
        fc = forecast(
            con,
            as_of=past,
            municipality=municipality,
            measure=measure,
            params=params,
            data_from=data_from,
        )
        rows.append(BacktestRow(past, fc.projected_average, actual.year_average))
        year -= 1
    return rows


def _same_day(d: dt.date, year: int) -> dt.date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return dt.date(year, 2, 28)


def forecast_to_json(fc: Forecast, tests: list[BacktestRow] | None = None) -> dict[str, object]:
    """The documented JSON object of ``tilsyn forecast focus``."""

    def share(v: Fraction | None) -> float | None:
        return None if v is None else round(float(v), 4)

    out: dict[str, object] = {
        "municipality": fc.municipality,
        "measure": fc.measure,
        "as_of": fc.as_of.isoformat(),
        "projected_average": share(fc.projected_average),
        "threshold": float(fc.threshold),
        "projected_met": None
        if fc.projected_average is None
        else fc.projected_average < fc.threshold,
        "average_after_actions": share(fc.average_after_actions),
        "reachable": fc.reachable,
        "months": [
            {
                "month": m.month.strftime("%Y-%m"),
                "population": m.population,
                "failing": m.failing,
                "share": share(m.share),
                "projected": not m.final,
            }
            for m in list(fc.measured) + list(fc.projected)
        ],
        "actions": [
            {
                "person_id": a.person_id,
                "action": a.action,
                "count": a.count,
                "by_date": a.by_date.isoformat(),
                "months_gained": a.months_gained,
            }
            for a in fc.actions
        ],
        "needed_per_month": fc.needed_per_month(),
    }
    if tests is not None:
        out["backtest"] = [
            {
                "as_of": t.as_of.isoformat(),
                "projected": share(t.projected),
                "actual": share(t.actual),
                "error": share(t.error),
            }
            for t in tests
        ]
    return out
