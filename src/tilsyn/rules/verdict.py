"""Turn a rule's dated facts into the common verdict columns.

A rule computes, per obligation: ``person_id``, ``benefit``, ``window_start``,
``due_date``, ``fulfilled_date`` (the day the requirement was first satisfied, counting
only events on or before the reference date), ``evidence``, ``is_applicable`` and
``is_exempt``, and optionally ``on_time_until`` (a later date that still counts as on time,
e.g. the løntilskud grace period). ``finish`` derives the status the same way for every
rule:

* ``not_applicable`` — no per-person obligation under the rules in force at window start;
* ``met`` — fulfilled on or before ``on_time_until`` (default: the due date);
* ``late`` — fulfilled, but after that;
* ``exempt`` — not fulfilled and an exemption suspends the obligation on the reference date;
* ``overdue`` — not fulfilled and the due date is before the reference date;
* ``open`` — not fulfilled and not yet due (the due date itself is still open).

Where the rule's continuation is not confirmed on the day it is judged on (from 1 Jan 2027,
``tilsyn.rules.continuation``) the evidence opens with a plain notice saying so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir

from tilsyn.rules.continuation import NOTICE, UNCONFIRMED
from tilsyn.rules.dates import days_between
from tilsyn.rules.model import OUTPUT_COLUMNS

if TYPE_CHECKING:
    from tilsyn.rules.context import RuleContext
    from tilsyn.rules.model import RuleDefinition


def _with_continuation_notice(
    ctx: RuleContext, rule: RuleDefinition, facts: ir.Table, applicable: ir.BooleanValue
) -> ir.StringValue:
    """The evidence, opened by ``continuation.NOTICE`` when the rule's continuation is not
    confirmed on the day it is judged on (the due date, else the window start)."""
    judged = ibis.cases((applicable, facts.due_date), else_=ibis.null("date")).fill_null(
        facts.window_start
    )
    unconfirmed = ctx.param_expr(UNCONFIRMED, judged).contains(rule.id).fill_null(False)
    # The evidence is named once: a CASE with it in both branches doubles the SQL that
    # computes it.
    opening = ibis.cases((unconfirmed, NOTICE + " "), else_="")
    return opening + facts.evidence.fill_null("")


def finish(ctx: RuleContext, rule: RuleDefinition, facts: ir.Table) -> ir.Table:
    """The rule's output table (``OUTPUT_COLUMNS``) from its facts table."""
    as_of = ctx.as_of_expr
    deadline = (
        facts.on_time_until.fill_null(facts.due_date)
        if "on_time_until" in facts.columns
        else facts.due_date
    )
    applicable = facts.is_applicable.fill_null(False)
    fulfilled = facts.fulfilled_date.notnull()
    status = ibis.cases(
        (~applicable, "not_applicable"),
        (fulfilled & (facts.fulfilled_date <= deadline), "met"),
        (fulfilled, "late"),
        (facts.is_exempt.fill_null(False), "exempt"),
        (facts.due_date < as_of, "overdue"),
        else_="open",
    )
    days_late = ibis.cases(
        (~applicable, ibis.null("int32")),
        (
            fulfilled & (facts.fulfilled_date > deadline),
            days_between(deadline, facts.fulfilled_date),
        ),
        (
            ~fulfilled & ~facts.is_exempt.fill_null(False) & (facts.due_date < as_of),
            days_between(facts.due_date, as_of),
        ),
        else_=ibis.null("int32"),
    ).cast("int32")
    out = facts.mutate(
        kind=ibis.literal(rule.kind, type="string"),
        rule_id=ibis.literal(rule.id, type="string"),
        rule_version=ibis.literal(rule.version, type="string"),
        reference=ctx.reference_expr(rule.primary_parameter, facts.window_start),
        due_date=ibis.cases((applicable, facts.due_date), else_=ibis.null("date")),
        status=status,
        fulfilled_date=ibis.cases((applicable, facts.fulfilled_date), else_=ibis.null("date")),
        days_late=days_late,
        evidence=_with_continuation_notice(ctx, rule, facts, applicable),
    )
    selected = out.select(
        out.person_id.cast("string"),
        out.benefit.cast("string"),
        out.kind,
        out.rule_id,
        out.rule_version,
        out.reference,
        out.window_start.cast("date"),
        out.due_date.cast("date"),
        out.status,
        out.fulfilled_date.cast("date"),
        out.days_late,
        out.evidence.cast("string"),
    )
    assert tuple(selected.columns) == OUTPUT_COLUMNS
    return selected
