"""What a rule is: a frozen definition the registry loads from one module per rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ibis.expr.types as ir

    from tilsyn.rules.context import RuleContext

KINDS = (
    "first_interview",
    "interviews_6m",
    "offer_6m",
    "plan_before_offer",
    "sick_first_followup",
    "sick_followups",
    "sick_reassessment",
    "sick_rehabilitation_team",
)
"""The obligation kinds a rule may produce (one kind per rule)."""

STATUSES = ("met", "late", "overdue", "open", "exempt", "not_applicable")
"""Verdicts, see ``docs/obligations.md``."""

OUTPUT_COLUMNS = (
    "person_id",
    "benefit",
    "kind",
    "rule_id",
    "rule_version",
    "reference",
    "window_start",
    "due_date",
    "status",
    "fulfilled_date",
    "days_late",
    "evidence",
)
"""Columns of every rule's table, in this order (``verdict.finish`` produces them)."""

# A rule's own columns, with where the citizen belongs (from persons and caseworkers): the
# columns of every materialised obligation.
RESULT_COLUMNS = (
    OUTPUT_COLUMNS[0],
    "municipality",
    "caseworker_id",
    "team",
    "organisation",
    *OUTPUT_COLUMNS[1:],
)


@dataclass(frozen=True)
class RuleDefinition:
    """One legal obligation, defined once and evaluated for every citizen."""

    id: str
    """Stable identifier; equals the module's file stem."""
    kind: str
    """One of ``KINDS``."""
    label: str
    """Danish label shown to caseworkers and auditors."""
    description: str
    """Danish prose: the rule, its periods and how the dates are counted."""
    version: str
    """Bumped when the computation changes (patch = fix, minor = new period)."""
    parameters: tuple[str, ...]
    """Parameter ids used. The first is the primary parameter: its reference in force at
    ``window_start`` becomes the verdict's ``reference``."""
    build: Callable[[RuleContext], ir.Table]
    """Builds the rule's table (``OUTPUT_COLUMNS``) over the snapshot in the context."""
    looked_up_on_due_date: tuple[str, ...] = ()
    """Parameters the rule reads on the due date instead of the window start (e.g. a repeal
    that applies from the day the duty falls); the explanation shows them as of that date
    (as of the window start for ``not_applicable`` rows, which carry no due date)."""

    @property
    def primary_parameter(self) -> str:
        return self.parameters[0]
