"""Written feedback to the caseworker, generated from a review's findings (editable after).

Seed 001: "faglig koordinator [har] skriftligt orienteret den enkelte sagsbehandler om fejl og
mangler ved ledelsestilsynet. Ved graverende fejl og mangler er sagsbehandler blevet indkaldt
til møde med faglig koordinator."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from babel.dates import format_date

from tilsyn.supervision.checklist import SEVERITY_LABELS, SEVERITY_ORDER


@dataclass(frozen=True)
class FindingText:
    question: str
    answer: str
    severity: str
    comment: str
    reference: str


def _long(d: dt.date) -> str:
    return format_date(d, format="d. MMMM y", locale="da_DK")


ANSWER_WORDS = {"ja": "Ja", "nej": "Nej", "ikke_relevant": "Ikke relevant"}


def serious(findings: Sequence[FindingText]) -> bool:
    return any(f.severity == "serious" for f in findings)


def feedback_text(
    *,
    caseworker: str,
    case_ref: str,
    benefit_label: str,
    checklist_title: str,
    checklist_version: int,
    reviewed_on: dt.date,
    findings: Sequence[FindingText],
    reviewer: str,
    respond_by: dt.date | None = None,
) -> str:
    """The Danish letter text, worst findings first."""
    lines = [
        f"Kære {caseworker}",
        "",
        f"Ledelsestilsynet har den {_long(reviewed_on)} gennemgået sagen {case_ref} "
        f"({benefit_label}) efter tjeklisten «{checklist_title}», version {checklist_version}. "
        "Sagen er gennemgået af to personer (fire øjne).",
        "",
    ]
    if not findings:
        lines.append("Gennemgangen gav ingen bemærkninger. Tak for en sag i god orden.")
    else:
        ordered = sorted(findings, key=lambda f: -SEVERITY_ORDER.get(f.severity, 0))
        lines.append("Gennemgangen viste følgende fejl og mangler:")
        lines.append("")
        for i, f in enumerate(ordered, 1):
            answer = ANSWER_WORDS.get(f.answer, f.answer)
            lines.append(
                f"{i}. {f.question} Svar: {answer}. "
                f"Alvorlighed: {SEVERITY_LABELS.get(f.severity, f.severity)}. ({f.reference})"
            )
            if f.comment.strip():
                lines.append(f"   {f.comment.strip()}")
        lines.append("")
        if respond_by is not None:
            lines.append(
                f"Ret venligst fejlene senest {_long(respond_by)}, og giv besked, når det er gjort."
            )
        if serious(findings):
            lines.append(
                "Da gennemgangen har fundet alvorlige fejl, indkaldes du til et møde med "
                "faglig koordinator."
            )
    lines += ["", "Venlig hilsen", reviewer]
    return "\n".join(lines)
