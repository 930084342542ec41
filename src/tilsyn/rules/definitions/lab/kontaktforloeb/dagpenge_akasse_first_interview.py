"""The a-kasse's first individual jobsamtale with a dagpenge recipient (LAB § 31, stk. 4,
from 2024): at the latest 2 weeks after registration as a jobseeker.

Dates: window start = first day on dagpenge (the data has no registration date); due =
window start + 14 days. Counted: held, individual jobsamtale held by the a-kasse, any form in
force. Judged only where the snapshot holds a-kasse interviews at all (municipal data often
has none); otherwise ``not_applicable`` with that reason. A spell that ends before the due
date without the interview is ``not_applicable``. From 1 Jul 2026 kept, marked unconfirmed
in its parameter.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from tilsyn.rules.contact_course import FORMS
from tilsyn.rules.context import RuleContext
from tilsyn.rules.dates import days_expr
from tilsyn.rules.events import held_interviews
from tilsyn.rules.jobcentre_course import YOUTH_COUNT, split_jobcentre_course
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, SPELL_KEY, benefit_spells
from tilsyn.rules.verdict import finish

DAYS = "lab.kontaktforloeb.akasse_first_interview_days"
HOLDERS = "lab.kontaktforloeb.akasse_holders"


def build(ctx: RuleContext) -> ir.Table:
    # Recipients in the job centre's own contact course (LAB § 27, stk. 3) have their own rule.
    _, spells = split_jobcentre_course(ctx, benefit_spells(ctx, ["dagpenge"]))
    s = spells.mutate(window_start=spells.start_date)
    days = ctx.param_expr(DAYS, s.window_start)
    s = s.mutate(_days=days, due_date=days_expr(s.window_start, days.fill_null(0)))
    conv = ctx.table("conversations")
    akasse = conv.filter(conv.held_by == "akasse", conv.date <= ctx.as_of_expr)
    has_akasse_data = akasse.count() > 0

    held = held_interviews(ctx, s, kinds=["jobsamtale"], holders_param=HOLDERS, forms_param=FORMS)
    # Two interviews on the first day: the text sorting first, so every engine says the same.
    first_key = held.date.cast("string") + held.description
    first = held.group_by(list(SPELL_KEY)).aggregate(
        fulfilled_date=held.date.min(), held_text=held.description.argmin(first_key)
    )
    f = s.left_join(first, list(SPELL_KEY))
    f = f.drop(*(f"{k}_right" for k in SPELL_KEY if f"{k}_right" in f.columns))
    ended_early = f.end_date.notnull() & (f.end_date < f.due_date) & f.fulfilled_date.isnull()
    evidence = ibis.cases(
        (f._days.isnull(), "reglen var ikke i kraft ved første dagpengedag"),
        (
            ~has_akasse_data,
            "data indeholder ingen samtaler holdt af a-kassen, så a-kassens første jobsamtale "
            "kan ikke vurderes",
        ),
        (f.fulfilled_date.notnull(), f.held_text),
        (ended_early, "ydelsesforløbet sluttede " + f.end_date.cast("string") + " før fristen"),
        else_="ingen afholdt individuel jobsamtale med a-kassen",
    )
    facts = f.mutate(
        is_applicable=f._days.notnull() & has_akasse_data & ~ended_early,
        is_exempt=ibis.literal(False),
        evidence=evidence,
    )
    return finish(ctx, RULE, facts)


RULE = RuleDefinition(
    id="dagpenge_akasse_first_interview",
    kind="first_interview",
    label="A-kassens første jobsamtale senest 2 uger efter tilmelding",
    description=(
        "Fra 1. januar 2024 holder a-kassen den første individuelle jobsamtale med et ledigt "
        "medlem senest 2 uger efter tilmeldingen som jobsøgende (her: første dagpengedag). "
        "Vurderes kun, når data indeholder a-kassens samtaler. Fra 1. juli 2026 ubekræftet."
    ),
    version="1.1.0",
    parameters=(DAYS, HOLDERS, FORMS, *PERIOD_PARAMETERS, YOUTH_COUNT),
    build=build,
)
