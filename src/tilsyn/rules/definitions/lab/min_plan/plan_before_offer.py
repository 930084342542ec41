"""Min Plan must exist before the first offer starts (LAB § 41; Cabi: before the effort
starts), with a job goal for the groups in § 41 stk. 2 nr. 1 (dagpenge, jobparate and
aktivitetsparate kontanthjælp, ledighedsydelse, revalidering), and a job and an education
goal for dagpenge recipients with an uddannelsespålæg (§ 41 stk. 2 nr. 2; optional column
``education_order``).

Dates: window start per LAB § 9 (as for the contact course); due date = the start of the
first offer of a kind from kap. 11–14 that starts in the spell (on or before the reference
date); no offer, no obligation row. Met when a plan dated from the window start up to and
including the offer's start exists (with a job goal where required); ``late`` when the
first such plan is dated after the offer started; ``overdue`` while none exists. From
1 Jan 2025 sick-listed employees (sygedagpenge with ``employed``) need no Min Plan
(``not_applicable``); this is judged on the offer's start date, when the duty would bite, so
an offer from 2025 in a sickness spell that began in 2024 needs no plan either. Spells
starting before 2020 are ``not_applicable``.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.contact_course import FROM_CONTACT, lab9_window_start
from tilsyn.rules.context import RuleContext
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

BENEFITS = "lab.min_plan.plan_benefits"
OFFER_KINDS = "lab.min_plan.plan_offer_kinds"
JOB_GOAL = "lab.min_plan.job_goal_groups"
EMPLOYED_SICK = "lab.min_plan.employed_sick_exempt"
EDUCATION_GOAL = "lab.min_plan.education_goal_with_order"


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, ctx.codes_ever(BENEFITS))
    s = spells.mutate(window_start=lab9_window_start(ctx, spells))
    goal_groups = ctx.param_expr(JOB_GOAL, s.window_start)
    needs_goal = (
        goal_groups.contains(s.benefit)
        | goal_groups.contains(s.benefit + ":" + s.target_group.fill_null(""))
    ).fill_null(False)
    needs_education = s.education_order.fill_null(False) & ctx.param_expr(
        EDUCATION_GOAL, s.window_start
    ).contains(s.benefit).fill_null(False)
    s = s.mutate(
        needs_goal=needs_goal | needs_education,
        needs_education=needs_education,
        in_force=ctx.param_expr(BENEFITS, s.window_start).contains(s.benefit).fill_null(False),
    )
    offers = ctx.table("offers")
    offers = offers.filter(offers.start_date <= ctx.as_of_expr).select(
        _pid=offers.person_id, _kind=offers.kind, _start=offers.start_date
    )
    keys = s.select(*SPELL_KEY, _ws=s.window_start, _last=s.end_date.fill_null(ctx.as_of_expr))
    j = keys.inner_join(
        offers,
        [keys.person_id == offers._pid, offers._start >= keys._ws, offers._start <= keys._last],
    )
    # Before the rule's first period the earliest kinds still pick the offer, so that the
    # spell gets a not_applicable row instead of none.
    kinds = ctx.param_expr(OFFER_KINDS, j._ws).fill_null(
        ibis.literal(ctx.codes_ever(OFFER_KINDS), type="array<string>")
    )
    j = j.filter(kinds.contains(j._kind))
    first_offer = j.group_by(list(SPELL_KEY)).aggregate(
        due_date=j._start.min(), offer_kind=j._kind.argmin(j._start)
    )
    s = s.inner_join(first_offer, list(SPELL_KEY))
    s = s.drop(*(c for c in s.columns if c.endswith("_right")))
    # The duty bites when the offer starts, so the 2025 repeal for sick-listed employees is
    # judged on that day, not on the (possibly earlier) start of the sickness spell.
    employed_sick = (
        (s.benefit == "sygedagpenge")
        & s.employed.fill_null(False)
        & ctx.param_expr(EMPLOYED_SICK, s.due_date).fill_null(False)
    )
    s = s.mutate(in_force=s.in_force & ~employed_sick)

    plans = ctx.table("plans")
    plans = plans.filter(plans.date <= ctx.as_of_expr).select(
        _pid=plans.person_id,
        _date=plans.date,
        _job=plans.has_job_goal,
        _edu=plans.has_education_goal,
    )
    pk = s.select(*SPELL_KEY, _ws=s.window_start, _goal=s.needs_goal, _need_edu=s.needs_education)
    pj = pk.inner_join(plans, [pk.person_id == plans._pid, plans._date >= pk._ws])
    pj = pj.filter(~pj._goal | pj._job.fill_null(False))
    pj = pj.filter(~pj._need_edu | pj._edu.fill_null(False))
    first_plan = pj.group_by(list(SPELL_KEY)).aggregate(fulfilled_date=pj._date.min())
    f = s.left_join(first_plan, list(SPELL_KEY))
    f = f.drop(*(c for c in f.columns if c.endswith("_right")))
    goal_text = ibis.cases(
        (f.needs_education, " med jobmål og uddannelsesmål (uddannelsespålæg)"),
        (f.needs_goal, " med jobmål"),
        else_="",
    )
    evidence = ibis.cases(
        (
            f.fulfilled_date.notnull(),
            "Min Plan" + goal_text + " " + f.fulfilled_date.cast("string"),
        ),
        else_="ingen Min Plan" + goal_text,
    ) + ("; første tilbud " + f.offer_kind + " " + f.due_date.cast("string"))
    facts = f.mutate(
        is_applicable=f.in_force,
        is_exempt=ibis.literal(False),
        evidence=evidence,
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="plan_before_offer",
    kind="plan_before_offer",
    label="Min Plan før første tilbud",
    description=(
        "Borgeren skal have en Min Plan, før det første tilbud starter; for dagpenge, job- og "
        "aktivitetsparate kontanthjælpsmodtagere, ledighedsydelse og revalidering med et "
        "jobmål, og dagpengemodtagere med uddannelsespålæg med job- og uddannelsesmål. Fra 1. "
        "januar 2025 skal sygemeldte i job ikke have en Min Plan."
    ),
    version="1.2.0",
    parameters=(
        BENEFITS,
        OFFER_KINDS,
        JOB_GOAL,
        EDUCATION_GOAL,
        EMPLOYED_SICK,
        FROM_CONTACT,
        *PERIOD_PARAMETERS,
    ),
    build=build,
    looked_up_on_due_date=(EMPLOYED_SICK,),
)
