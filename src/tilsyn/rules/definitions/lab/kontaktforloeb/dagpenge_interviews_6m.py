"""The job centre's jobsamtaler with dagpenge recipients in the first 6 months (LAB § 31).

* Spells starting 2020–2023: at least 4 individual jobsamtaler plus 2 with the a-kasse
  taking part (``faellessamtale``), 6 in all, within the first 6 months.
* Spells starting 2024 – 30 Jun 2026 (lov nr. 727/2023): the a-kasse holds the first 3
  months (rule ``dagpenge_akasse_interviews_3m``); the job centre holds at least 3 before
  6 months. Spells that started before 1 Jan 2024 continue under the old course.
* Spells starting from 1 Jul 2026: replaced by the reform's 75 % target (``not_applicable``).

Only interviews held by the job centre (or another actor on its behalf) count here; the
a-kasse's own interviews count in the a-kasse part. Window start = first day on dagpenge;
contract v1 has no unemployment hours, so the 6 months are continuous time on dagpenge
(LAB § 9 counts accumulated unemployment). Dates as in ``tilsyn.rules.contact_course``.
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
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, benefit_spells

COUNT = "lab.kontaktforloeb.dagpenge_jobcentre_interviews"
JOINT = "lab.kontaktforloeb.dagpenge_joint_interviews"
MONTHS = "lab.kontaktforloeb.window_months"
HOLDERS = "lab.kontaktforloeb.interview_holders"

REQUIREMENT = InterviewRequirement(
    count=COUNT,
    months=MONTHS,
    holders=HOLDERS,
    kinds=("jobsamtale", "faellessamtale"),
    joint=JOINT,
)


def build(ctx: RuleContext) -> ir.Table:
    spells = benefit_spells(ctx, ["dagpenge"])
    spells = spells.mutate(window_start=spells.start_date)
    return interview_requirement(ctx, RULE, spells, REQUIREMENT)


RULE = RuleDefinition(
    id="dagpenge_interviews_6m",
    kind="interviews_6m",
    label="Jobcentrets jobsamtaler med dagpengemodtagere i de første 6 måneder",
    description=(
        "2020–2023: mindst 4 individuelle jobsamtaler og 2 fællessamtaler med a-kassen inden "
        "for de første 6 måneders ledighed. Fra 2024: a-kassen har de første 3 måneder, "
        "jobcentret holder mindst 3 jobsamtaler inden 6 måneder. Fra 1. juli 2026 afløst af "
        "reformens måltal."
    ),
    version="1.1.0",
    parameters=(COUNT, JOINT, MONTHS, EXTENDS, HOLDERS, FORMS, *PERIOD_PARAMETERS),
    build=build,
)
