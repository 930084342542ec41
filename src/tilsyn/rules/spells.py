"""Benefit spells: the unit the contact-course and offer deadlines are counted on.

LAB § 9 counts "the first 6 months" as one continuous period on the same benefit; a switch
to another benefit starts a new period. Case systems often split one spell into several
rows (a new decision, a change of target group), so rows of the same benefit that overlap
or follow each other without a gap day are merged into one spell. The first row gives the
spell its first-contact date, target group and sickness fields (the situation the spell
started in); the spell ends on the last row's end date (NULL while ongoing).

Dagpenge count *accumulated* unemployment under § 9; contract v1 has no unemployment
hours, so dagpenge spells are counted the same way (continuous time on dagpenge).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import ibis
import ibis.expr.types as ir

if TYPE_CHECKING:
    from tilsyn.rules.context import RuleContext

_OPEN_END = ibis.date(9999, 12, 31)
SPELL_KEY = ("person_id", "benefit", "start_date")


def _build_spells(ctx: RuleContext) -> ir.Table:
    bp = ctx.table("benefit_periods")
    # Evaluated as of a date: rows that start later are not known yet, and a registered
    # end after the reference date does not end the spell yet.
    bp = bp.filter(bp.start_date <= ctx.as_of_expr)
    end = ibis.cases(
        (bp.end_date.isnull() | (bp.end_date > ctx.as_of_expr), _OPEN_END), else_=bp.end_date
    )
    bp = bp.mutate(_end=end)
    earlier = ibis.window(
        group_by=[bp.person_id, bp.benefit],
        order_by=[bp.start_date, bp._end],
        rows=(None, -1),
    )
    prev_end = bp._end.max().over(earlier)
    bp = bp.mutate(
        _new=ibis.cases(
            (prev_end.isnull(), 1),
            (bp.start_date > (prev_end + ibis.interval(days=1)).cast("date"), 1),
            else_=0,
        )
    )
    running = ibis.window(
        group_by=[bp.person_id, bp.benefit],
        order_by=[bp.start_date, bp._end],
        rows=(None, 0),
    )
    bp = bp.mutate(_spell=bp._new.sum().over(running))
    first = bp.start_date
    spells = bp.group_by(["person_id", "benefit", "_spell"]).aggregate(
        start_date=bp.start_date.min(),
        _end=bp._end.max(),
        first_contact_date=bp.first_contact_date.argmin(first),
        target_group=bp.target_group.argmin(first),
        first_absence_date=bp.first_absence_date.argmin(first),
        sickness_category=bp.sickness_category.argmin(first),
        employed=bp.employed.argmin(first),
        handover_date=bp.handover_date.argmin(first),
        expected_absence_weeks=bp.expected_absence_weeks.argmin(first),
        work_obligation=bp.work_obligation.argmin(first),
        municipality=bp.municipality.argmin(first),
        periods=bp.count(),
    )
    return spells.select(
        "person_id",
        "benefit",
        "start_date",
        end_date=ibis.cases((spells._end == _OPEN_END, ibis.null("date")), else_=spells._end),
        first_contact_date=spells.first_contact_date,
        target_group=spells.target_group,
        first_absence_date=spells.first_absence_date,
        sickness_category=spells.sickness_category,
        employed=spells.employed,
        handover_date=spells.handover_date,
        expected_absence_weeks=spells.expected_absence_weeks,
        work_obligation=spells.work_obligation,
        municipality=spells.municipality,
        periods=spells.periods,
    )


def benefit_spells(ctx: RuleContext, benefits: Sequence[str]) -> ir.Table:
    """Merged spells (see module docstring) of the given benefits, one row per spell,
    keyed by ``SPELL_KEY``. ``end_date`` is NULL while the spell is ongoing."""
    spells = ctx.memo("benefit_spells", lambda: _build_spells(ctx))
    return spells.filter(spells.benefit.isin(list(benefits)))
