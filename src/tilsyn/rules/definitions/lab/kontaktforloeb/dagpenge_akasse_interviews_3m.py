"""The a-kasse's jobsamtaler with a dagpenge recipient in the first 3 months (LAB § 31,
from 1 Jan 2024, lov nr. 727/2023): at least 3 individual jobsamtaler held by the a-kasse.

It is the a-kasse's obligation, shown so the municipality sees the whole dagpenge course;
only interviews held by the a-kasse count. Spells starting 2020–2023 (a-kasse held a CV
interview, no jobsamtaler) and from 1 Jul 2026 (reform: 75 % target for a-kasser) are
``not_applicable``. Window start = first day on dagpenge; due = the day before the 3-month
point; exemptions and end of spell as in ``tilsyn.rules.contact_course``.
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

COUNT = "lab.kontaktforloeb.akasse_interviews"
MONTHS = "lab.kontaktforloeb.akasse_window_months"
HOLDERS = "lab.kontaktforloeb.akasse_holders"

REQUIREMENT = InterviewRequirement(count=COUNT, months=MONTHS, holders=HOLDERS)


def build(ctx: RuleContext) -> ir.Table:
    # Recipients in the job centre's own contact course (LAB § 27, stk. 3) have their own rule.
    _, spells = split_jobcentre_course(ctx, benefit_spells(ctx, ["dagpenge"]))
    spells = spells.mutate(window_start=spells.start_date)
    return interview_requirement(ctx, RULE, spells, REQUIREMENT)


RULE = RuleDefinition(
    id="dagpenge_akasse_interviews_3m",
    kind="interviews_6m",
    label="A-kassens jobsamtaler med dagpengemodtagere i de første 3 måneder",
    description=(
        "Fra 1. januar 2024 holder a-kassen mindst 3 individuelle jobsamtaler med et ledigt "
        "medlem inden for de første 3 måneder. Før 2024 og fra 1. juli 2026 er der ikke et "
        "sådant personkrav."
    ),
    version="1.2.0",
    parameters=(COUNT, MONTHS, EXTENDS, HOLDERS, FORMS, *PERIOD_PARAMETERS, YOUTH_COUNT),
    build=build,
)
