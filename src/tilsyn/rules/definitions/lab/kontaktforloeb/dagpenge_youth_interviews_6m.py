"""The job centre's 6 jobsamtaler with a dagpenge recipient visited to a contact course in the
job centre (LAB § 27, stk. 3, unge under 25; § 31, stk. 1, 3rd sentence; 2024 – 30 Jun 2026).

Only spells in the group (``tilsyn.rules.jobcentre_course``) get this obligation; the general
dagpenge rules leave them out. Counted: individual jobsamtaler (a joint one with the a-kasse
taking part too) held by the job centre or another actor on its behalf, from the first day on
dagpenge to the day before the 6-month point (accumulated unemployment), forms as in force.
From 1 Jul 2026 the reform's 75 % target replaces per-person counts, so such spells fall
back to the general rules, which mark them ``not_applicable``.
"""

from __future__ import annotations

import ibis.expr.types as ir

from tilsyn.rules.contact_course import (
    EXTENDS,
    FORMS,
    InterviewRequirement,
    interview_requirement,
)
from tilsyn.rules.context import RuleContext
from tilsyn.rules.jobcentre_course import YOUTH_COUNT, split_jobcentre_course
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, benefit_spells

MONTHS = "lab.kontaktforloeb.window_months"
HOLDERS = "lab.kontaktforloeb.interview_holders"

REQUIREMENT = InterviewRequirement(
    count=YOUTH_COUNT, months=MONTHS, holders=HOLDERS, kinds=("jobsamtale", "faellessamtale")
)


def build(ctx: RuleContext) -> ir.Table:
    spells, _ = split_jobcentre_course(ctx, benefit_spells(ctx, ["dagpenge"]))
    spells = spells.mutate(window_start=spells.start_date)
    return interview_requirement(ctx, RULE, spells, REQUIREMENT)


RULE = RuleDefinition(
    id="dagpenge_youth_interviews_6m",
    kind="interviews_6m",
    label="Jobcentrets 6 jobsamtaler med unge i jobcentrets kontaktforløb (dagpenge)",
    description=(
        "Fra 1. januar 2024 holder jobcentret mindst 6 individuelle jobsamtaler inden for de "
        "første 6 måneder med en dagpengemodtager, der er visiteret til et kontaktforløb i "
        "jobcentret (LAB § 27, stk. 3); a-kassens samtaler gælder ikke for dem. Fra 1. juli "
        "2026 afløst af reformens måltal."
    ),
    version="1.0.0",
    parameters=(YOUTH_COUNT, MONTHS, EXTENDS, HOLDERS, FORMS, *PERIOD_PARAMETERS),
    build=build,
)
