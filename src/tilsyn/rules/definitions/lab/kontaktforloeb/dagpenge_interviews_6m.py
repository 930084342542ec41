"""The job centre's jobsamtaler with dagpenge recipients in the first 6 months (LAB § 31).

* Spells starting 2020–2023: at least 4 individual jobsamtaler within the first 6 months.
  The 2 interviews with the a-kasse taking part (``faellessamtale``) are held only when the
  person or the a-kasse asks, never against the person's wish; the data records no request,
  so they are not required per person, and a joint interview held counts towards the 4.
* Spells starting 2024 – 30 Jun 2026 (lov nr. 727/2023): the a-kasse holds the first 3
  months (rule ``dagpenge_akasse_interviews_3m``); "herefter" the job centre holds at least
  3 before 6 months, so only its interviews from the 3-month point count. Spells that
  started before 1 Jan 2024 continue under the old course.
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
from tilsyn.rules.jobcentre_course import YOUTH_COUNT, split_jobcentre_course
from tilsyn.rules.model import RuleDefinition
from tilsyn.rules.spells import PERIOD_PARAMETERS, benefit_spells

COUNT = "lab.kontaktforloeb.dagpenge_jobcentre_interviews"
JOINT = "lab.kontaktforloeb.dagpenge_joint_interviews"
MONTHS = "lab.kontaktforloeb.window_months"
HOLDERS = "lab.kontaktforloeb.interview_holders"
FROM_MONTHS = "lab.kontaktforloeb.dagpenge_jobcentre_from_months"

REQUIREMENT = InterviewRequirement(
    count=COUNT,
    months=MONTHS,
    holders=HOLDERS,
    kinds=("jobsamtale", "faellessamtale"),
    joint=JOINT,
    from_months=FROM_MONTHS,
)


def build(ctx: RuleContext) -> ir.Table:
    # Recipients in the job centre's own contact course (LAB § 27, stk. 3) have their own rule.
    _, spells = split_jobcentre_course(ctx, benefit_spells(ctx, ["dagpenge"]))
    spells = spells.mutate(window_start=spells.start_date)
    return interview_requirement(ctx, RULE, spells, REQUIREMENT)


RULE = RuleDefinition(
    id="dagpenge_interviews_6m",
    kind="interviews_6m",
    label="Jobcentrets jobsamtaler med dagpengemodtagere i de første 6 måneder",
    description=(
        "2020–2023: mindst 4 individuelle jobsamtaler inden for de første 6 måneders "
        "ledighed; de 2 fællessamtaler med a-kassen holdes kun, når borgeren eller a-kassen "
        "ønsker det. Fra 2024: a-kassen har de første 3 måneder, herefter holder jobcentret "
        "mindst 3 jobsamtaler inden 6 måneder. Fra 1. juli 2026 afløst af reformens måltal."
    ),
    version="1.3.0",
    parameters=(
        COUNT,
        JOINT,
        FROM_MONTHS,
        MONTHS,
        EXTENDS,
        HOLDERS,
        FORMS,
        *PERIOD_PARAMETERS,
        YOUTH_COUNT,
    ),
    build=build,
)
