"""The checklists' Min Plan questions cite the paragraphs the rules engine cites (LAB §§ 40–41;
LAB § 27 is the dagpenge contact course, and was Min Plan only before the 2019 act). Version 1
cited § 27; version 2 corrects it and is the one new reviews use, while a review made under
version 1 keeps its version 1 questions and references."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision.reviews_factory import done_review
from tilsyn.app import Actor, Role
from tilsyn.app import supervision_reviews as rv
from tilsyn.data.workspace import Workspace
from tilsyn.rules.parameters import default_parameters
from tilsyn.supervision.checklist import AREAS, all_checklists, checklist, released
from tilsyn.supervision.sampling import SamplePlan

MIN_PLAN_QUESTIONS = ("plan_exists", "plan_job_goal")
WRONG = "LAB § 27"
ANNA = Actor("anna", Role.coordinator, frozenset({"185"}))


def _titles(area: str, version: int | None, question: str) -> list[str]:
    found = checklist(area, version)
    return [r.title for q in found.questions if q.id == question for r in q.references]


@pytest.mark.parametrize("area", AREAS)
def test_the_current_checklists_cite_min_plan_where_the_rules_do(area: str) -> None:
    current = checklist(area, on=dt.date(2026, 11, 30))
    for q in current.questions:
        titles = [r.title for r in q.references]
        if q.id in MIN_PLAN_QUESTIONS:
            assert not any(t.startswith(WRONG) for t in titles), (area, q.id, titles)
            assert any(t.startswith("LAB § 41") for t in titles), (area, q.id, titles)
        if q.engine_rule == "plan_before_offer":
            # The engine's own reference for the same requirement.
            engine = default_parameters().entry("lab.min_plan.plan_benefits", dt.date(2026, 1, 1))
            assert any(
                t.startswith(ref.title.split(" (")[0]) for ref in engine.references for t in titles
            )


def test_version_1_is_kept_as_released_and_version_2_is_current() -> None:
    digests = released()
    for area in ("dagpenge", "integration", "jobafklaring", "kontanthjaelp", "ledighedsydelse"):
        assert f"{area}/v1.yaml" in digests
        assert f"{area}/v2.yaml" in digests
        assert checklist(area, on=dt.date(2026, 11, 30)).version == 2
        assert any(t.startswith(WRONG) for t in _titles(area, 1, "plan_job_goal"))
        v1 = checklist(area, 1)
        v2 = checklist(area, 2)
        # Only references changed: the same questions, texts and answer rules.
        assert [(q.id, q.text, q.answer, q.error_when, q.engine_rule) for q in v1.questions] == [
            (q.id, q.text, q.answer, q.error_when, q.engine_rule) for q in v2.questions
        ]
    assert len(all_checklists()) == 11


@pytest.mark.django_db
def test_a_new_review_uses_version_2_and_a_closed_one_keeps_version_1(
    generated_ws: Workspace,
) -> None:
    closed = done_review(sent_on=dt.date(2026, 6, 1), status="closed")
    stored = rv.store_sample(
        ANNA,
        generated_ws,
        SamplePlan(
            name="Min Plan",
            method="random",
            seed=2,
            size=1,
            area="kontanthjaelp",
            filter={"benefits": ["kontanthjaelp"], "municipalities": ["185"]},
        ),
        dt.date(2026, 11, 2),
    )
    (new,) = rv.review_queue(ANNA, generated_ws, sample_id=stored.sample_id)

    def plan_refs(review_id: int) -> tuple[int, list[str]]:
        detail = rv.review_detail(ANNA, generated_ws, review_id)
        (answer,) = [a for a in detail.answers if a.question_id == "plan_exists"]
        return detail.checklist_version, [r["title"] for r in answer.references]

    version, refs = plan_refs(new.review_id)
    assert version == 2
    assert refs[0].startswith("LAB § 40")
    assert not any(r.startswith(WRONG) for r in refs)
    version, refs = plan_refs(closed.pk)
    assert version == 1
    assert refs == ["LAB § 27 (Min Plan)"]
