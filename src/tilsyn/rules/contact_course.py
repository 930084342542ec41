"""The shared shape of "at least N individual jobsamtaler within the first M months" rules
(LAB § 31), used by the contact-course definitions for each group and holder.

Dates: the window is [window start, window start + M calendar months[, so the due date is
the day before the M-month point (month-end rounding: 31 Aug + 6 months = 28 Feb). Days of
exemption inside the window extend the due date by as many days when the exemption
parameter says so. The obligation is fulfilled on the day the required number is reached
(``late`` when that is after the due date). A spell that ends before the due date without
the interviews is ``not_applicable``; so is a spell whose window start falls in a period
where the count parameter is null (old LAB before 2020, the reform from 1 Jul 2026).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr
from tilsyn.rules.events import exempt_days_within, held_interviews, nth_event
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import SPELL_KEY, with_months_point
from tilsyn.rules.verdict import finish

FROM_CONTACT = "lab.kontaktforloeb.counted_from_first_contact"
EXTENDS = "lab.kontaktforloeb.exemption_extends_window"
FORMS = "lab.kontaktforloeb.interview_forms"
END_UNCONFIRMED = "reform_2026.per_person_end_unconfirmed"
END_UNCONFIRMED_TEXT = (
    "UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate "
    "og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er "
    "ikke bekræftet."
)


def end_unconfirmed(ctx: RuleContext, s: ir.Table, requirement: ir.Value) -> ir.BooleanValue:
    """Whether a spell has no per-person requirement (``requirement`` null on its window
    start) only because the reform's end of it is assumed for its group, not confirmed."""
    groups = ctx.param_expr(END_UNCONFIRMED, s.window_start)
    group = s.benefit + ":" + s.target_group.fill_null("")
    listed = groups.contains(s.benefit) | groups.contains(group)
    return (requirement.isnull() & listed.fill_null(False)).fill_null(False)


def lab9_window_start(ctx: RuleContext, spells: ir.Table) -> ir.DateValue:
    """LAB § 9: from the first approach to the municipality for the benefits that count
    from it (kontanthjælp, uddannelseshjælp), else from the start of the spell."""
    from_contact = ctx.param_expr(FROM_CONTACT, spells.start_date).contains(spells.benefit)
    return ibis.cases(
        (from_contact.fill_null(False), spells.first_contact_date.fill_null(spells.start_date)),
        else_=spells.start_date,
    )


@dataclass(frozen=True)
class InterviewRequirement:
    """Parameter ids of one interview requirement."""

    count: str
    """Required number (null = no per-person requirement in that period)."""
    months: str
    """Window length in calendar months."""
    holders: str
    """Who may hold the counted interviews."""
    kinds: Sequence[str] = ("jobsamtale",)
    """Conversation kinds that count."""
    joint: str | None = None
    """Additional interviews with a-kasse participation (``faellessamtale``) required on top
    of ``count``; they count towards the total too."""
    benefits: str | None = None
    """Benefits covered in each period (None: every spell given is covered)."""
    from_months: str | None = None
    """Interviews count only from this many months into the window (the 2024 dagpenge
    course: the job centre's interviews come after the a-kasse's first 3 months)."""


def interview_requirement(
    ctx: RuleContext, rule: RuleDefinition, spells: ir.Table, req: InterviewRequirement
) -> ir.Table:
    """The rule's output for ``spells`` (with ``SPELL_KEY``, ``end_date``, ``window_start``)."""
    s = spells
    count = ctx.param_expr(req.count, s.window_start)
    months = ctx.param_expr(req.months, s.window_start)
    joint = ctx.param_expr(req.joint, s.window_start) if req.joint else ibis.literal(0)
    in_force = count.notnull() & months.notnull()
    if req.benefits is not None:
        covered = ctx.param_expr(req.benefits, s.window_start).contains(s.benefit)
        in_force = in_force & covered.fill_null(False)
    s = s.mutate(
        required=(count.fill_null(0) + joint.fill_null(0)).cast("int64"),
        required_joint=joint.fill_null(0).cast("int64"),
        in_force=in_force,
        _end_unconfirmed=end_unconfirmed(ctx, s, count),
    )
    s = with_months_point(ctx, s, "window_start", months.fill_null(0), "_point")
    s = s.mutate(due0=days_expr(s._point, -1)).drop("_point")
    s = exempt_days_within(ctx, s, "window_start", "due0")
    extends = ctx.param_expr(EXTENDS, s.window_start).fill_null(False)
    s = s.mutate(due_date=days_expr(s.due0, ibis.cases((extends, s.exempt_days), else_=0)))

    since = None
    if req.from_months is not None:
        offset = ctx.param_expr(req.from_months, s.window_start).fill_null(0)
        s = with_months_point(ctx, s, "window_start", offset, "_count_from")
        since = "_count_from"
    # Materialised once: the steps below read it several times, and Ibis would inline it.
    due_table = s
    s = ctx.memo(f"{rule.id}_due", lambda: due_table)
    held = held_interviews(
        ctx, s, kinds=list(req.kinds), holders_param=req.holders, forms_param=FORMS, since=since
    )
    nth = nth_event(held, s, "required")
    f = s.left_join(nth, list(SPELL_KEY))
    f = f.drop(*(c for c in f.columns if c.endswith("_right")))
    fulfilled = f.nth_date
    joint_text = ibis.literal("")
    if req.joint:
        joint_held = held_interviews(
            ctx, s, kinds=["faellessamtale"], holders_param=req.holders, forms_param=FORMS
        )
        nth_joint = nth_event(joint_held, s, "required_joint").select(
            *SPELL_KEY, joint_date=ibis._.nth_date, joint_in_window=ibis._.in_window
        )
        f = f.left_join(nth_joint, list(SPELL_KEY))
        f = f.drop(*(c for c in f.columns if c.endswith("_right")))
        fulfilled = ibis.cases(
            (f.required_joint == 0, f.nth_date),
            (
                f.nth_date.notnull() & f.joint_date.notnull(),
                ibis.greatest(f.nth_date, f.joint_date),
            ),
            else_=ibis.null("date"),
        )
        joint_text = ibis.cases(
            (
                f.required_joint > 0,
                ", heraf "
                + f.joint_in_window.fill_null(0).cast("string")
                + " af "
                + f.required_joint.cast("string")
                + " fællessamtaler",
            ),
            else_="",
        )
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & fulfilled.isnull()
    summary = (
        f.in_window.fill_null(0).cast("string")
        + " af "
        + f.required.cast("string")
        + " samtaler inden fristen"
        + joint_text
        + ibis.cases((f.listed.notnull(), ": " + f.listed), else_="")
    )
    evidence = ibis.cases(
        (ended_early, summary + "; ydelsesforløbet sluttede " + f.end_date.cast("string")),
        (f._end_unconfirmed, END_UNCONFIRMED_TEXT + " " + summary),
        else_=summary,
    )
    facts = f.mutate(
        fulfilled_date=fulfilled,
        is_applicable=f.in_force & ~ended_early,
        is_exempt=f.exempt_now,
        evidence=ibis.cases(
            (f.exemption_note == "", evidence), else_=evidence + "; " + f.exemption_note
        ),
    )
    return finish(ctx, rule, facts)
