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
``not_applicable``. Limitation: earlier sickness spells within the 9 months are not added
(each spell is counted on its own), so a recurrence can be judged too leniently.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr, months_expr
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

MAX_WEEKS = "sygedagpengeloven.revurdering.max_weeks"
LOOKBACK = "sygedagpengeloven.revurdering.lookback_months"
READING = "sygedagpengeloven.revurdering.lookback_reading"
EMPLOYER_DAYS = "sygedagpengeloven.revurdering.employer_period_days"

BENEFIT = "sygedagpenge"


def _month_end(day: ir.DateValue, months_after: ir.IntegerValue) -> ir.DateValue:
    """Last day of the month ``months_after`` months after ``day``'s month."""
    first = day.truncate("M").cast("date")
    return days_expr(months_expr(first, months_after + 1), -1)


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, [BENEFIT])
    s = spells.mutate(window_start=spells.first_absence_date.fill_null(spells.start_date))
    weeks = ctx.param_expr(MAX_WEEKS, s.window_start)
    employer_days = ctx.param_expr(EMPLOYER_DAYS, s.window_start).fill_null(0).cast("int64")
    count_start = ibis.cases(
        (s.employed.fill_null(False), days_expr(s.window_start, employer_days)),
        else_=s.window_start,
    )
    exceeded = days_expr(count_start, (weeks.fill_null(0) * 7).cast("int64"))
    reading = ctx.param_expr(READING, s.window_start)
    months_after = ibis.cases((reading == "preceding_months_only", 1), else_=0)
    s = s.mutate(
        _weeks=weeks,
        count_start=count_start,
        exceeded=exceeded,
        due_date=_month_end(exceeded, months_after),
    )

    re = ctx.table("reassessments")
    re = re.filter(re.date <= ctx.as_of_expr)
    keys = s.select(*SPELL_KEY, _ws=s.window_start)
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
    limit_text = (
        "22 uger overskrides "
        + f.exceeded.cast("string")
        + " (opgjort fra "
        + f.count_start.cast("string")
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
        "grænsen overskrides, tæller med). Tidligere sygeperioder lægges endnu ikke sammen."
    ),
    version="1.0.0",
    parameters=(MAX_WEEKS, LOOKBACK, READING, EMPLOYER_DAYS),
    build=build,
)
