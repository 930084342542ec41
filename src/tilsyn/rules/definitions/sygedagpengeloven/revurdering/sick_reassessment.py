"""Reassessment (revurdering) before sickness benefit would end under the 22-week limit.

Sygedagpengeloven § 24, stk. 1 (from 1 Jul 2014): payment ends after the end of a calendar
month when sickness benefit has been paid for more than 22 weeks in the 9 preceding
calendar months; before that the municipality must reassess the case (a ``reassessments``
row). Verdict per sickness-benefit spell.

Dates: counting starts on the first absence day, or for an employed person after the
employer period (first absence day + 30 days). The limit is exceeded on counted day
22 × 7 + 1, i.e. counting start + 154 days. Due date, by the parameter
``lookback_reading``: ``current_month_included`` (default) → the last day of the month in
which the limit is exceeded; ``preceding_months_only`` → the last day of the following
month. Any reassessment dated from the window start (first absence day) counts; met when on
or before the due date. A spell that ends before the limit is exceeded is
``not_applicable``.

A relapse (``adds_earlier_periods``): the counted days of the person's earlier sickness spells
(each from its own counting start to its end) that lie from the first day of the month
``lookback_months`` before this spell's counting start are added, so the limit is exceeded
that many days earlier. Approximation: the days are seen from the new spell's start, so days
that later fall out of the 9 months still count (the parameter note says so).
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr, months_expr
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

MAX_WEEKS = "sygedagpengeloven.revurdering.max_weeks"
LOOKBACK = "sygedagpengeloven.revurdering.lookback_months"
READING = "sygedagpengeloven.revurdering.lookback_reading"
EMPLOYER_DAYS = "sygedagpengeloven.revurdering.employer_period_days"
ADDS_EARLIER = "sygedagpengeloven.revurdering.adds_earlier_periods"

BENEFIT = "sygedagpenge"


def _month_end(day: ir.DateValue, months_after: ir.IntegerValue) -> ir.DateValue:
    """Last day of the month ``months_after`` months after ``day``'s month."""
    first = day.truncate("M").cast("date")
    return days_expr(months_expr(first, months_after + 1), -1)


def _with_earlier_days(ctx: RuleContext, s: ir.Table) -> ir.Table:
    """``s`` with ``earlier_days``: counted days of the person's earlier sickness spells from
    the first day of the month ``LOOKBACK`` months before the counting start (0 when the
    parameter says periods are not added)."""
    lookback = ctx.param_expr(LOOKBACK, s.window_start).fill_null(0).cast("int64")
    adds = ctx.param_expr(ADDS_EARLIER, s.window_start).fill_null(False)
    s = s.mutate(_from=months_expr(s.count_start.truncate("M").cast("date"), -lookback))
    e = s.select(_pid=s.person_id, _cs=s.count_start, _ws2=s.window_start, _end=s.end_date).filter(
        ibis._._end.notnull()
    )
    k = s.select(*SPELL_KEY, _from=s._from, _cs_now=s.count_start, _adds=adds)
    j = k.inner_join(e, [k.person_id == e._pid, e._ws2 < k.start_date, e._end >= k._from, k._adds])
    start = ibis.greatest(j._cs, j._from)
    end = ibis.least(j._end, days_expr(j._cs_now, -1))
    days = ibis.cases((end >= start, end.delta(start, unit="day") + 1), else_=0)
    earlier = j.group_by(list(SPELL_KEY)).aggregate(earlier_days=days.sum())
    f = s.left_join(earlier, list(SPELL_KEY))
    f = f.drop(*(f"{c}_right" for c in SPELL_KEY if f"{c}_right" in f.columns))
    return f.mutate(earlier_days=f.earlier_days.fill_null(0).cast("int32")).drop("_from")


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, [BENEFIT])
    s = spells.mutate(window_start=spells.first_absence_date.fill_null(spells.start_date))
    weeks = ctx.param_expr(MAX_WEEKS, s.window_start)
    employer_days = ctx.param_expr(EMPLOYER_DAYS, s.window_start).fill_null(0).cast("int64")
    count_start = ibis.cases(
        (s.employed.fill_null(False), days_expr(s.window_start, employer_days)),
        else_=s.window_start,
    )
    s = s.mutate(_weeks=weeks, count_start=count_start)
    # Keys for the reassessments taken before the earlier days are added: taken after, Ibis
    # inlined that self-join of the spells twice.
    keys = s.select(*SPELL_KEY, _ws=s.window_start)
    s = _with_earlier_days(ctx, s)
    exceeded = days_expr(s.count_start, (s._weeks.fill_null(0) * 7 - s.earlier_days).cast("int64"))
    reading = ctx.param_expr(READING, s.window_start)
    months_after = ibis.cases((reading == "preceding_months_only", 1), else_=0)
    s = s.mutate(exceeded=exceeded, due_date=_month_end(exceeded, months_after))

    re = ctx.table("reassessments")
    re = re.filter(re.date <= ctx.as_of_expr)
    j = keys.inner_join(re, [keys.person_id == re.person_id, re.date >= keys._ws])
    first = j.group_by(list(SPELL_KEY)).aggregate(
        fulfilled_date=j.date.min(),
        held_text="revurdering "
        + j.date.min().cast("string")
        + " ("
        + j.outcome.argmin(j.date)
        + ")",
    )
    f = s.left_join(first, list(SPELL_KEY))
    f = f.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in f.columns))
    ended_early = f.end_date.notnull() & (f.end_date < f.exceeded)
    earlier_text = ibis.cases(
        (
            f.earlier_days > 0,
            ", heraf "
            + f.earlier_days.cast("string")
            + " dage fra tidligere sygeperioder inden for "
            + ctx.param_expr(LOOKBACK, f.window_start).cast("string")
            + " måneder",
        ),
        else_="",
    )
    limit_text = (
        "22 uger overskrides "
        + f.exceeded.cast("string")
        + " (opgjort fra "
        + f.count_start.cast("string")
        + earlier_text
        + "); udbetalingen ophører efter "
        + f.due_date.cast("string")
    )
    evidence = ibis.cases(
        (f._weeks.isnull(), "reglen var ikke i kraft på første fraværsdag"),
        (
            ended_early,
            "sygedagpengeforløbet sluttede "
            + f.end_date.cast("string")
            + ", før 22 uger blev overskredet "
            + f.exceeded.cast("string"),
        ),
        (f.fulfilled_date.notnull(), f.held_text + "; " + limit_text),
        else_="ingen revurdering; " + limit_text,
    )
    facts = f.mutate(
        is_applicable=f._weeks.notnull() & ~ended_early,
        is_exempt=ibis.literal(False),
        evidence=evidence,
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="sick_reassessment",
    kind="sick_reassessment",
    label="Revurdering før varighedsbegrænsningen (22 uger)",
    description=(
        "Kommunen skal revurdere sagen, før udbetalingen ophører efter udgangen af den "
        "kalendermåned, hvor der er udbetalt sygedagpenge i mere end 22 uger inden for de 9 "
        "forudgående kalendermåneder. De 22 uger tælles fra første fraværsdag, for ansatte "
        "efter arbejdsgiverperioden (30 dage). Hvilken måned der er den sidste, afhænger af "
        "læsningen af '9 forudgående kalendermåneder' (parameter; standard: måneden, hvor "
        "grænsen overskrides, tæller med). Ved tilbagefald lægges dage fra tidligere "
        "sygeperioder inden for de 9 måneder sammen med den nye periode."
    ),
    version="1.1.0",
    parameters=(MAX_WEEKS, LOOKBACK, READING, EMPLOYER_DAYS, ADDS_EARLIER, *PERIOD_PARAMETERS),
    build=build,
)
