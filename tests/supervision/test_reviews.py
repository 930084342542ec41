"""The review workflow in the app database: engine pre-fill, four eyes, disagreement,
feedback, follow-up, closing; optimistic locking, scoping and the access log."""

from __future__ import annotations

import datetime as dt

import pytest

from tilsyn.app import AccessDenied, Actor, NotFound, Role
from tilsyn.app import supervision_reviews as rv
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace
from tilsyn.store.supervision.locking import ClosedRecord, StaleEdit
from tilsyn.store.supervision.models import Answer, FollowUpTask, Review
from tilsyn.supervision.checklist import released
from tilsyn.supervision.sampling import SamplePlan

pytestmark = pytest.mark.django_db

AS_OF = dt.date(2026, 11, 2)
ANNA = Actor("anna", Role.coordinator, frozenset({"185", "155"}))  # Tårnby job centre
BO = Actor("bo", Role.coordinator, frozenset({"185", "155"}))
OTHER_CENTRE = Actor("carl", Role.coordinator, frozenset({"101"}))
KONTANT = SamplePlan(
    name="November kontanthjælp",
    method="random",
    seed=4,
    size=4,
    area="kontanthjaelp",
    filter={"benefits": ["kontanthjaelp", "uddannelseshjaelp"], "municipalities": ["185"]},
)


def _stored(ws: Workspace, plan: SamplePlan = KONTANT) -> list[rv.QueueRow]:
    stored = rv.store_sample(ANNA, ws, plan, AS_OF)
    return rv.review_queue(ANNA, ws, sample_id=stored.sample_id)


def _answer_all(
    detail: rv.ReviewDetail, errors: dict[str, str] | None = None
) -> dict[str, rv.AnswerInput]:
    out = {}
    for a in detail.answers:
        if a.answer_type == "text":
            continue
        value = (errors or {}).get(a.question_id)
        if value is None:
            defaults = {"yes_no_na": "ja", "date": "2026-10-01"}
            value = a.engine_value or (a.choices[0] if a.choices else defaults[a.answer_type])
        reason = "Journalnotat viser andet" if a.engine_value and value != a.engine_value else ""
        out[a.question_id] = rv.AnswerInput(value, overrule_reason=reason)
    return out


def test_a_stored_sample_keeps_plan_seed_snapshot_and_checklist_version(
    generated_ws: Workspace,
) -> None:
    queue = _stored(generated_ws)
    assert len(queue) == 4
    review = Review.objects.get(pk=queue[0].review_id)
    sample = review.drawn_case.sample
    assert sample.seed == 4
    assert sample.snapshot_id == generated_ws.current_id() == review.snapshot_id
    assert sample.plan["filter"]["municipalities"] == ["185"]
    assert review.checklist_version == 2  # the current version (v2: Min Plan under § 40/41)
    assert review.checklist_sha256 == released()["kontanthjaelp/v2.yaml"]
    assert review.checklist["questions"][0]["id"] == "target_group"
    assert all(q.status == "drawn" for q in queue)
    assert all(q.reason.startswith("tilfældigt udtrukket") for q in queue)


def test_one_whole_review_with_four_eyes_disagreement_feedback_and_follow_up(
    generated_ws: Workspace,
) -> None:
    queue = _stored(generated_ws)
    rid = queue[0].review_id
    version = rv.start_review(ANNA, generated_ws, rid, expected_version=queue[0].version)
    detail = rv.review_detail(ANNA, generated_ws, rid)
    assert detail.status == "in_review"
    prefilled = [a for a in detail.answers if a.engine_value]
    assert prefilled, "the engine pre-fills at least one question"
    assert all(
        a.engine_evidence and a.engine_evidence[0]["rule_id"] == a.engine_rule for a in prefilled
    )

    # Overruling the engine without a reason is refused, naming the question.
    first = prefilled[0]
    other = "ja" if first.engine_value != "ja" else "nej"
    with pytest.raises(ValueError, match=f"spørgsmål '{first.question_id}'.*skriv en begrundelse"):
        rv.save_answers(
            ANNA, rid, {first.question_id: rv.AnswerInput(other)}, expected_version=version
        )

    answers = _answer_all(detail, {"plan_job_goal": "nej", "sanction_correct": "nej"})
    version = rv.save_answers(ANNA, rid, answers, expected_version=version)
    version = rv.submit_for_second_review(ANNA, rid, expected_version=version)

    # Four eyes: not the first reviewer again.
    second = dict(answers)
    with pytest.raises(ValueError, match="en anden end den første"):
        rv.record_second_review(ANNA, rid, second, expected_version=version)
    second["sanction_correct"] = rv.AnswerInput("ja", comment="Sanktionen er korrekt varslet")
    disagreeing = rv.record_second_review(BO, rid, second, expected_version=version)
    assert disagreeing == ["sanction_correct"]
    version = Review.objects.get(pk=rid).version

    with pytest.raises(ValueError, match="1 uenighed"):
        rv.send_feedback(
            ANNA,
            rid,
            text="x",
            generated_text="x",
            sent_on=AS_OF,
            respond_by=AS_OF + dt.timedelta(days=14),
            expected_version=version,
        )

    version = rv.resolve_disagreement(
        ANNA,
        rid,
        "sanction_correct",
        final_value="nej",
        reason="Partshøring mangler; begge gennemgåere enige efter drøftelse",
        expected_version=version,
    )
    text = rv.draft_feedback(
        ANNA,
        rid,
        caseworker_name="Mette",
        reviewed_on=AS_OF,
        respond_by=AS_OF + dt.timedelta(days=14),
    )
    assert "Indeholder Min Plan et beskæftigelses- eller uddannelsesmål? Svar: Nej" in text
    assert "indkaldes du til et møde" in text
    edited = text + "\nRing gerne, hvis du har spørgsmål."
    version = rv.send_feedback(
        ANNA,
        rid,
        text=edited,
        generated_text=text,
        sent_on=AS_OF,
        respond_by=AS_OF + dt.timedelta(days=14),
        expected_version=version,
    )

    detail = rv.review_detail(ANNA, generated_ws, rid)
    assert detail.status == "feedback_sent"
    found = {(f["question"][:20], f["severity"]) for f in detail.findings}
    assert ("Indeholder Min Plan ", "material") in found
    assert ("Er en eventuel sankt", "serious") in found
    engine_errors = {a.question_id for a in detail.answers if a.engine_value == "nej"}
    assert len(detail.findings) == 2 + len(engine_errors)
    assert detail.feedback_text.endswith("Ring gerne, hvis du har spørgsmål.")
    assert sorted(t["kind"] for t in detail.tasks) == ["follow_up", "meeting"]

    with pytest.raises(ValueError, match="2 opfølgningsopgave"):
        rv.close_review(ANNA, rid, closed_on=AS_OF, expected_version=version)
    for task in detail.tasks:
        rv.complete_task(ANNA, task["id"], done_on=AS_OF + dt.timedelta(days=10))
    version = rv.close_review(
        ANNA, rid, closed_on=AS_OF + dt.timedelta(days=10), expected_version=version
    )
    assert Review.objects.get(pk=rid).status == "closed"

    # A closed review never changes, by any path.
    review = Review.objects.get(pk=rid)
    review.team = "Andet team"
    with pytest.raises(ClosedRecord):
        review.save()
    with pytest.raises(ClosedRecord):
        Answer.objects.filter(review_id=rid).first().save()  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="afsluttet og kan ikke ændres"):
        rv.close_review(ANNA, rid, closed_on=AS_OF, expected_version=version)


def test_two_reviewers_saving_at_once_never_lose_work_silently(generated_ws: Workspace) -> None:
    queue = _stored(generated_ws)
    rid = queue[1].review_id
    version = rv.start_review(ANNA, generated_ws, rid, expected_version=queue[1].version)
    # Both windows were opened at `version`; the first save wins, the second is refused.
    rv.save_answers(ANNA, rid, {"plan_job_goal": rv.AnswerInput("nej")}, expected_version=version)
    with pytest.raises(StaleEdit, match=f"åbnede den \\(version {version}\\)"):
        rv.save_answers(
            ANNA, rid, {"plan_job_goal": rv.AnswerInput("ja")}, expected_version=version
        )
    assert Answer.objects.get(review_id=rid, question_id="plan_job_goal").value == "nej"


def test_a_coordinator_of_another_job_centre_never_sees_the_reviews(
    generated_ws: Workspace,
) -> None:
    queue = _stored(generated_ws)
    assert rv.review_queue(OTHER_CENTRE, generated_ws) == []
    with pytest.raises(NotFound):
        rv.review_detail(OTHER_CENTRE, generated_ws, queue[0].review_id)
    with pytest.raises(NotFound):
        rv.start_review(OTHER_CENTRE, generated_ws, queue[0].review_id, expected_version=1)
    assert [e for e in read_log(generated_ws.root) if e.actor == "carl"] == []


def test_the_partner_municipality_sees_only_its_own_reviews(generated_ws: Workspace) -> None:
    _stored(generated_ws)
    dragoer = SamplePlan(
        name="Dragør",
        method="random",
        seed=2,
        size=2,
        area="kontanthjaelp",  # every drawn case gets a review, whatever its benefit
        filter={"municipalities": ["155"]},
    )
    rv.store_sample(ANNA, generated_ws, dragoer, AS_OF)
    partner = Actor("dragoer.chef", Role.partner_viewer, frozenset({"155"}))
    rows = rv.review_queue(partner, generated_ws)
    assert rows
    assert {r.municipality for r in rows} == {"155"}
    with pytest.raises(AccessDenied):
        rv.start_review(partner, generated_ws, rows[0].review_id, expected_version=rows[0].version)


def test_reading_a_review_is_logged_with_purpose_supervision(generated_ws: Workspace) -> None:
    queue = _stored(generated_ws)
    reader = Actor("revisor", Role.auditor, frozenset({"185"}))
    detail = rv.review_detail(reader, generated_ws, queue[0].review_id)
    rows = [e for e in read_log(generated_ws.root) if e.actor == "revisor"]
    assert [(e.action, e.person_id, e.purpose, e.snapshot_id) for e in rows] == [
        ("review", detail.person_id, "supervision", detail.snapshot_id)
    ]


def test_a_caseworker_cannot_open_the_supervision_queue(generated_ws: Workspace) -> None:
    with pytest.raises(AccessDenied, match="caseworker"):
        rv.review_queue(Actor("sb", Role.caseworker, frozenset({"185"})), generated_ws)


def test_tasks_of_another_centre_cannot_be_completed(generated_ws: Workspace) -> None:
    queue = _stored(generated_ws)
    review = Review.objects.get(pk=queue[0].review_id)
    task = FollowUpTask.objects.create(review=review, kind="follow_up", title="x", due_date=AS_OF)
    with pytest.raises(NotFound):
        rv.complete_task(OTHER_CENTRE, task.pk, done_on=AS_OF)


def test_a_new_snapshot_never_changes_a_closed_review(tmp_path: object) -> None:
    from pathlib import Path

    from tilsyn.data.importer import import_folder
    from tilsyn.data.synthetic import generate

    root = Path(str(tmp_path))
    ws = Workspace(root / "ws")
    generate(root / "a", persons=200, seed=5, end="2026-10", fmt="csv", with_cpr=True)
    import_folder(root / "a", ws, demo=True)
    plan = SamplePlan(
        name="x",
        method="random",
        seed=1,
        size=1,
        area="kontanthjaelp",
        filter={"benefits": ["kontanthjaelp"], "municipalities": ["185"]},
    )
    (row,) = _stored(ws, plan)
    rid = row.review_id
    v = rv.start_review(ANNA, ws, rid, expected_version=row.version)
    detail = rv.review_detail(ANNA, ws, rid)
    answers = _answer_all(detail)
    v = rv.save_answers(ANNA, rid, answers, expected_version=v)
    v = rv.submit_for_second_review(ANNA, rid, expected_version=v)
    rv.record_second_review(BO, rid, answers, expected_version=v)
    v = Review.objects.get(pk=rid).version
    text = rv.draft_feedback(ANNA, rid, caseworker_name="M", reviewed_on=AS_OF, respond_by=AS_OF)
    v = rv.send_feedback(
        ANNA,
        rid,
        text=text,
        generated_text=text,
        sent_on=AS_OF,
        respond_by=AS_OF,
        expected_version=v,
    )
    for t in rv.review_detail(ANNA, ws, rid).tasks:
        rv.complete_task(ANNA, t["id"], done_on=AS_OF)
    rv.close_review(ANNA, rid, closed_on=AS_OF, expected_version=v)
    before = rv.review_detail(ANNA, ws, rid)

    generate(root / "b", persons=220, seed=6, end="2026-10", fmt="csv", with_cpr=True)
    import_folder(root / "b", ws, demo=True)
    assert ws.current_id() != before.snapshot_id
    after = rv.review_detail(ANNA, ws, rid)
    assert after.snapshot_id == before.snapshot_id
    assert after.answers == before.answers
    assert after.findings == before.findings
