"""The a-kasse's Min Plan at its first jobsamtale with a dagpenge recipient (LAB § 42, from
2024).

Dates: window start = first day on dagpenge; due date = the a-kasse's first held, individual
jobsamtale in the spell (no such interview yet, no obligation row; the interview's own
deadline is ``dagpenge_akasse_first_interview``). Met by a Min Plan dated from the window
start up to and including that day; ``late`` when the first plan is dated after it;
``overdue`` while none exists. From 1 Jul 2026 kept, marked unconfirmed in its parameter.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.contact_course import FORMS
from tilsyn.rules.context import RuleContext
from tilsyn.rules.events import held_interviews
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

IN_FORCE = "lab.min_plan.akasse_plan_at_first_interview"
HOLDERS = "lab.kontaktforloeb.akasse_holders"


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, ["dagpenge"])
    s = spells.mutate(window_start=spells.start_date)
    held = held_interviews(ctx, s, kinds=["jobsamtale"], holders_param=HOLDERS, forms_param=FORMS)
    first = held.group_by(list(SPELL_KEY)).aggregate(due_date=held.date.min())
    s = s.inner_join(first, list(SPELL_KEY))
    with_first = s.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in s.columns))
    # Materialised once: read twice below, and Ibis would inline the interviews twice.
    s = ctx.memo(f"{RULE.id}_due", lambda: with_first)

    plans = ctx.table("plans")
    plans = plans.filter(plans.date <= ctx.as_of_expr).select(_pid=plans.person_id, _d=plans.date)
    keys = s.select(*SPELL_KEY, _ws=s.window_start, _last=s.end_date.fill_null(ctx.as_of_expr))
    j = keys.inner_join(
        plans, [keys.person_id == plans._pid, plans._d >= keys._ws, plans._d <= keys._last]
    )
    made = j.group_by(list(SPELL_KEY)).aggregate(fulfilled_date=j._d.min())
    f = s.left_join(made, list(SPELL_KEY))
    f = f.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in f.columns))
    in_force = ctx.param_expr(IN_FORCE, f.window_start).fill_null(False)
    evidence = ibis.cases(
        (
            f.fulfilled_date.notnull(),
            "Min Plan "
            + f.fulfilled_date.cast("string")
            + "; a-kassens første jobsamtale "
            + f.due_date.cast("string"),
        ),
        else_="ingen Min Plan fra a-kassens første jobsamtale " + f.due_date.cast("string"),
    )
    facts = f.mutate(is_applicable=in_force, is_exempt=ibis.literal(False), evidence=evidence)
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="dagpenge_plan_at_first_akasse_interview",
    kind="plan_before_offer",
    label="A-kassens Min Plan ved første jobsamtale",
    description=(
        "Fra 1. januar 2024 udarbejder a-kassen Min Plan for et ledigt medlem ved den første "
        "jobsamtale (LAB § 42). Fristen er dagen for a-kassens første jobsamtale; en senere "
        "plan er for sen. Fra 1. juli 2026 ubekræftet."
    ),
    version="1.0.0",
    parameters=(IN_FORCE, HOLDERS, FORMS, *PERIOD_PARAMETERS),
    build=build,
)
