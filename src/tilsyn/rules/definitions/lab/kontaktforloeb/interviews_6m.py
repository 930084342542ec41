"""At least 4 individual jobsamtaler within the first 6 months (LAB § 31; groups in § 6
nr. 2–5 and 7–10: kontanthjælp, uddannelseshjælp, jobafklaring, ressourceforløb,
ledighedsydelse, revalidering). Dagpenge have their own rules.

Window start per LAB § 9 (first contact for kontanthjælp and uddannelseshjælp, else the
spell's start); date arithmetic, exemptions and end of spell as in
``tilsyn.rules.contact_course``. From 1 Jul 2026 the per-person requirement is replaced by
the reform's population targets: spells starting from then are ``not_applicable``.
"""

from __future__ import annotations

import ibis.expr.types as ir

from tilsyn.rules.contact_course import (
    END_UNCONFIRMED,
    EXTENDS,
    FORMS,
    FROM_CONTACT,
    InterviewRequirement,
    interview_requirement,
    lab9_window_start,
)
from tilsyn.rules.context import RuleContext
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, benefit_spells

COUNT = "lab.kontaktforloeb.interviews_6m_count"
BENEFITS = "lab.kontaktforloeb.interviews_6m_benefits"
MONTHS = "lab.kontaktforloeb.window_months"
HOLDERS = "lab.kontaktforloeb.interview_holders"

REQUIREMENT = InterviewRequirement(count=COUNT, months=MONTHS, holders=HOLDERS, benefits=BENEFITS)


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, ctx.codes_ever(BENEFITS))
    spells = spells.mutate(window_start=lab9_window_start(ctx, spells))
    return interview_requirement(ctx, RULE, spells, REQUIREMENT)


RULE = RuleDefinition(
    id="interviews_6m",
    kind="interviews_6m",
    label="4 jobsamtaler i de første 6 måneder",
    description=(
        "Modtagere af kontanthjælp, uddannelseshjælp, ressourceforløbsydelse, "
        "jobafklaringsforløb, ledighedsydelse og revalidering skal have mindst 4 individuelle "
        "jobsamtaler inden for de første 6 måneder, regnet efter LAB § 9. Fra 1. juli 2026 "
        "afløst af reformens måltal."
    ),
    version="1.2.0",
    parameters=(
        COUNT,
        BENEFITS,
        MONTHS,
        FROM_CONTACT,
        EXTENDS,
        HOLDERS,
        FORMS,
        END_UNCONFIRMED,
        *PERIOD_PARAMETERS,
    ),
    build=build,
)
