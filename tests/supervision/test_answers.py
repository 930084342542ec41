"""Engine pre-fill, overruling with a reason, and findings."""

import datetime as dt

import pytest

from tilsyn.supervision.answers import (
    Answer,
    AnswerError,
    check_answer,
    disagreements,
    findings,
    prefill,
    unanswered,
)
from tilsyn.supervision.checklist import checklist

KH = checklist("kontanthjaelp", 1)


def verdict(rule: str, status: str, **kw: object) -> dict[str, object]:
    return {
        "rule_id": rule,
        "status": status,
        "due_date": dt.date(2026, 3, 9),
        "evidence": "ingen samtale",
        **kw,
    }


@pytest.mark.parametrize(
    ("statuses", "suggested"),
    [
        (["met"], "ja"),
        (["met", "late"], "nej"),
        (["overdue"], "nej"),
        (["exempt"], "ikke_relevant"),
        (["not_applicable", "exempt"], "ikke_relevant"),
        (["open"], None),
        (["met", "open"], "ja"),
    ],
)
def test_prefill_from_the_engine_verdict(statuses: list[str], suggested: str | None) -> None:
    pre = prefill(KH, [verdict("first_interview", s) for s in statuses])
    assert pre["first_interview_on_time"].answer == suggested
    assert pre["first_interview_on_time"].evidence[0]["due_date"] == "2026-03-09"


def test_questions_the_engine_cannot_answer_get_no_prefill() -> None:
    pre = prefill(KH, [verdict("first_interview", "met")])
    assert "plan_job_goal" not in pre
    assert "interviews_on_time" not in pre  # no verdict for that rule on this case


def test_overruling_the_engine_needs_a_reason() -> None:
    q = KH.question("first_interview_on_time")
    with pytest.raises(AnswerError, match="afviger fra motorens forslag"):
        check_answer(q, Answer(q.id, "ja", engine_value="nej"))
    check_answer(
        q, Answer(q.id, "ja", engine_value="nej", overrule_reason="Samtalen er journalført")
    )
    check_answer(q, Answer(q.id, "nej", engine_value="nej"))


@pytest.mark.parametrize(
    ("qid", "value", "message"),
    [
        ("first_interview_on_time", "måske", "ja, nej eller ikke_relevant"),
        ("target_group", "aktiv", "ikke blandt"),
    ],
)
def test_an_answer_must_fit_its_type(qid: str, value: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        check_answer(KH.question(qid), Answer(qid, value))


def test_a_date_answer_must_be_a_date() -> None:
    q = checklist("sygedagpenge", 1).question("reassessment_date")
    with pytest.raises(AnswerError, match="ikke en dato"):
        check_answer(q, Answer(q.id, "31-03-2026"))


def test_findings_are_the_error_answers_with_their_severity() -> None:
    answers = {q.id: Answer(q.id, "ja") for q in KH.questions if q.answer == "yes_no_na"}
    answers["target_group"] = Answer("target_group", "jobparat")
    answers["plan_job_goal"] = Answer("plan_job_goal", "nej", comment="Intet beskæftigelsesmål")
    answers["sanction_correct"] = Answer("sanction_correct", "nej")
    assert unanswered(KH, answers) == []
    found = findings(KH, answers)
    assert [(f.question_id, f.severity) for f in found] == [
        ("plan_job_goal", "material"),
        ("sanction_correct", "serious"),
    ]
    assert found[1].refund_relevant
    assert found[0].comment == "Intet beskæftigelsesmål"


def test_unanswered_questions_are_listed() -> None:
    assert "target_group" in unanswered(KH, {})
    assert "note" not in unanswered(KH, {})


def test_disagreements_between_the_two_reviewers() -> None:
    assert disagreements({"a": "ja", "b": "nej"}, {"a": "ja", "b": "ja"}) == ["b"]
