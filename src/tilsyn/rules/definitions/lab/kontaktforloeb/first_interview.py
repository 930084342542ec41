"""First individual jobsamtale within 1 week of the first approach to the municipality.

LAB § 31 stk. 3 (2020–2023 numbering) and stk. 5 (from 1 Jan 2024): kontanthjælp and
uddannelseshjælp recipients (§ 6 nr. 2–5). From 1 Jul 2026 the reform keeps a per-person
first jobsamtale only for jobparate (kontanthjælp, ledighedsydelse); other spells that
start from that date are ``not_applicable``. Spells starting before 1 Jan 2020 (old LAB)
are ``not_applicable``.

Dates: window start = first contact date (else the spell's start date); due = window start
+ 7 calendar days, inclusive (first contact on Monday → the following Monday). Rules are
chosen by the window start. An exemption in force on the due date moves the due date to
the exemption's end + the parameter's number of days; while that exemption runs the
obligation is ``exempt``. The reform's 25 % exemption (reason codes in
``reform_2026.exemption.reason_codes``, from 1 Jul 2026) does not reach the first
jobsamtale ("første jobsamtale skal holdes med alle jobparate"), so it neither moves nor
suspends this deadline. A spell that ends before the due date without an interview is
``not_applicable``.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr
from tilsyn.rules.events import exemption_covering, exemption_text, held_interviews
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

DAYS = "lab.kontaktforloeb.first_interview_days"
BENEFITS = "lab.kontaktforloeb.first_interview_benefits"
GROUPS = "lab.kontaktforloeb.first_interview_target_groups"
AFTER_EXEMPTION = "lab.kontaktforloeb.first_interview_days_after_exemption"
HOLDERS = "lab.kontaktforloeb.interview_holders"
FORMS = "lab.kontaktforloeb.interview_forms"
NOT_MOVING = "reform_2026.exemption.reason_codes"


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, ctx.codes_ever(BENEFITS))
    s = spells.mutate(window_start=spells.first_contact_date.fill_null(spells.start_date))
    days = ctx.param_expr(DAYS, s.window_start)
    in_force = (
        days.notnull()
        & ctx.param_expr(BENEFITS, s.window_start).contains(s.benefit).fill_null(False)
        & (
            s.target_group.isnull()
            | ctx.param_expr(GROUPS, s.window_start).contains(s.target_group).fill_null(False)
        )
    )
    s = s.mutate(in_force=in_force, due0=days_expr(s.window_start, days.fill_null(0)))
    # The interviews need only the spells' keys and dates: taken from the spells with their
    # exemptions, Ibis inlined the exemption join twice.
    held = held_interviews(ctx, s, kinds=["jobsamtale"], holders_param=HOLDERS, forms_param=FORMS)
    s = exemption_covering(ctx, s, "due0", ignored_reasons=NOT_MOVING)
    moved = days_expr(s.exemption_end, ctx.param_expr(AFTER_EXEMPTION, s.window_start).fill_null(0))
    s = s.mutate(due_date=ibis.cases((s.exemption_end.notnull(), moved), else_=s.due0))

    # Two interviews on the first day: the description that sorts first is cited, so that
    # every engine cites the same one (argmin over the date alone leaves the tie to chance).
    first_key = held.date.cast("string") + "|" + held.description
    first = held.group_by(list(SPELL_KEY)).aggregate(
        fulfilled_date=held.date.min(), held_text=held.description.argmin(first_key)
    )
    f = s.left_join(first, list(SPELL_KEY))
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & f.fulfilled_date.isnull()
    evidence = ibis.cases(
        (f.fulfilled_date.notnull(), f.held_text),
        (ended_early, "ydelsesforløbet sluttede " + f.end_date.cast("string") + " før fristen"),
        else_="ingen afholdt individuel jobsamtale",
    )
    ex_text = exemption_text(f)
    facts = f.mutate(
        is_applicable=f.in_force & ~ended_early,
        is_exempt=f.exemption_end.notnull() & (ctx.as_of_expr <= f.exemption_end),
        evidence=ibis.cases((ex_text == "", evidence), else_=evidence + "; " + ex_text),
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="first_interview",
    kind="first_interview",
    label="Første jobsamtale inden for 1 uge",
    description=(
        "Modtagere af kontanthjælp og uddannelseshjælp skal have en første individuel "
        "jobsamtale senest 1 uge (7 kalenderdage) efter første henvendelse til kommunen. "
        "Fra 1. juli 2026 gælder kravet kun jobparate (kontanthjælp og ledighedsydelse)."
    ),
    version="1.1.1",
    parameters=(
        DAYS,
        BENEFITS,
        GROUPS,
        AFTER_EXEMPTION,
        HOLDERS,
        FORMS,
        NOT_MOVING,
        *PERIOD_PARAMETERS,
    ),
    build=build,
)
