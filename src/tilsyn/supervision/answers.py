"""Answers to a checklist: engine pre-fill, validation, overruling and findings.

A question tied to an engine rule is pre-filled from the rule's verdicts for the citizen and
benefit: any late or overdue obligation → "nej"; else any met → "ja"; else exempt or not
applicable only → "ikke_relevant"; an obligation not yet due suggests nothing. The reviewer
confirms the suggestion or overrules it, and an overruling needs a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tilsyn.supervision.checklist import (
    NO,
    NOT_RELEVANT,
    YES,
    YES_NO_NA,
    Checklist,
    Question,
    is_error,
)


@dataclass(frozen=True)
class Prefill:
    question_id: str
    answer: str | None
    rule_id: str
    evidence: tuple[dict[str, Any], ...]
    """The verdicts behind it: status, due date, fulfilled date, days late, evidence, reference."""


@dataclass(frozen=True)
class Answer:
    question_id: str
    value: str | None
    comment: str = ""
    engine_value: str | None = None
    overrule_reason: str = ""

    @property
    def overrules_engine(self) -> bool:
        return self.engine_value is not None and self.value != self.engine_value


@dataclass(frozen=True)
class Finding:
    question_id: str
    question: str
    answer: str
    severity: str
    comment: str
    reference: str
    refund_relevant: bool


class AnswerError(ValueError):
    pass


_EVIDENCE_KEYS = (
    "rule_id",
    "status",
    "window_start",
    "due_date",
    "fulfilled_date",
    "days_late",
    "evidence",
    "reference",
)


def _suggest(statuses: set[str]) -> str | None:
    if statuses & {"late", "overdue"}:
        return NO
    if "met" in statuses:
        return YES
    if statuses and statuses <= {"exempt", "not_applicable"}:
        return NOT_RELEVANT
    return None


def prefill(checklist: Checklist, verdicts: Iterable[Mapping[str, Any]]) -> dict[str, Prefill]:
    """Suggested answers from the engine's verdicts of one citizen's case (one benefit)."""
    by_rule: dict[str, list[Mapping[str, Any]]] = {}
    for v in verdicts:
        by_rule.setdefault(str(v["rule_id"]), []).append(v)
    out = {}
    for q in checklist.questions:
        if q.engine_rule is None or q.engine_rule not in by_rule:
            continue
        rows = by_rule[q.engine_rule]
        evidence = tuple(
            {k: (str(r[k]) if isinstance(r.get(k), dt.date) else r.get(k)) for k in _EVIDENCE_KEYS}
            for r in rows
        )
        out[q.id] = Prefill(
            q.id, _suggest({str(r["status"]) for r in rows}), q.engine_rule, evidence
        )
    return out


def check_answer(question: Question, answer: Answer) -> None:
    """Raise ``AnswerError`` (Danish, naming the question) unless the answer fits its type."""
    v = answer.value
    where = f"spørgsmål '{question.id}'"
    if v is None or v == "":
        return
    if question.answer == "yes_no_na" and v not in YES_NO_NA:
        raise AnswerError(f"{where}: svaret skal være ja, nej eller ikke_relevant, ikke '{v}'")
    if question.answer == "choice" and v not in question.choices:
        raise AnswerError(f"{where}: '{v}' er ikke blandt {', '.join(question.choices)}")
    if question.answer == "date":
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            raise AnswerError(f"{where}: '{v}' er ikke en dato som ÅÅÅÅ-MM-DD") from None
    if answer.overrules_engine and not answer.overrule_reason.strip():
        raise AnswerError(
            f"{where}: svaret afviger fra motorens forslag ({answer.engine_value}); "
            "skriv en begrundelse"
        )


def unanswered(checklist: Checklist, answers: Mapping[str, Answer]) -> list[str]:
    """Questions still without an answer (free-text questions may stay empty)."""
    return [
        q.id
        for q in checklist.questions
        if q.answer != "text" and (q.id not in answers or not answers[q.id].value)
    ]


def findings(checklist: Checklist, answers: Mapping[str, Answer]) -> list[Finding]:
    out = []
    for q in checklist.questions:
        a = answers.get(q.id)
        if a is None or not is_error(q, a.value):
            continue
        out.append(
            Finding(
                q.id,
                q.text,
                str(a.value),
                q.severity,
                a.comment,
                "; ".join(r.title for r in q.references),
                q.refund_relevant,
            )
        )
    return out


def disagreements(
    first: Mapping[str, str | None], second: Mapping[str, str | None]
) -> Sequence[str]:
    """Questions where the second reviewer's answer differs from the first's."""
    return sorted(q for q in first.keys() | second.keys() if first.get(q) != second.get(q))
