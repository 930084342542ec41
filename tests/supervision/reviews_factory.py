"""Completed reviews written straight into the app database, for statistics tests (the
workflow itself is tested in test_reviews)."""

from __future__ import annotations

import datetime as dt
import itertools

from tilsyn.store.supervision.models import DrawnCase, Finding, Review, Sample, SecondOpinion
from tilsyn.supervision.checklist import checklist

_n = itertools.count()


def sample(name: str = "test") -> Sample:
    return Sample.objects.create(
        name=name,
        method="random",
        plan={},
        plan_hash="x",
        seed=1,
        snapshot_id="s",
        as_of=dt.date(2026, 1, 1),
        population_size=1,
        population_fingerprint="f",
        size_method="fast",
        created_by="test",
    )


def done_review(
    *,
    sent_on: dt.date,
    caseworker: str = "sb1",
    team: str = "Team A",
    organisation: str = "Jobcenter Tårnby",
    municipality: str = "185",
    area: str = "kontanthjaelp",
    severities: tuple[str, ...] = (),
    person: str | None = None,
    benefit: str = "kontanthjaelp",
    in_sample: Sample | None = None,
    status: str = "feedback_sent",
) -> Review:
    pid = person or f"P{next(_n)}"
    case = DrawnCase.objects.create(
        sample=in_sample or sample(),
        person_id=pid,
        benefit=benefit,
        municipality=municipality,
        caseworker_id=caseworker,
        team=team,
        organisation=organisation,
        stratum="alle",
        reason="x",
    )
    review = Review.objects.create(
        drawn_case=case,
        snapshot_id="s",
        as_of=sent_on,
        person_id=pid,
        benefit=benefit,
        municipality=municipality,
        caseworker_id=caseworker,
        team=team,
        organisation=organisation,
        area=area,
        checklist_version=1,
        checklist_sha256="x",
        checklist=checklist(area, 1).model_dump(mode="json"),
        status=status,
        first_reviewer="anna",
        second_reviewer="bo",
        second_review_done=True,
        feedback_sent_on=sent_on if status in ("feedback_sent", "closed") else None,
    )
    for i, sev in enumerate(severities):
        Finding.objects.create(
            review=review, question_id=f"q{i}", question="?", answer="nej", severity=sev
        )
    return review


def opinion(review: Review, question: str, first: str, second: str) -> None:
    from tilsyn.store.supervision.models import Answer

    Answer.objects.create(review=review, question_id=question, value=first, answered_by="anna")
    SecondOpinion.objects.create(
        review=review, question_id=question, value=second, reviewer="bo", disagrees=first != second
    )
