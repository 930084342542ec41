"""Demo reviews for ``tilsyn demo``: three months of management supervision worked through
the real workflow (draw, engine pre-fill, answers, four eyes, feedback, follow-up, closing),
so that the supervision pages show real statistics, a trend and risk-based frequencies.

The reviewers' answers are simulated (seeded, so the demo is the same every time): the engine's
suggestions are confirmed; other questions are answered wrong at a rate that differs between
caseworkers and falls month by month, as after an initiative. Earlier demo reviews are removed
first, so the demo can be run again on the same workspace.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.app.supervision_reviews import ReviewDetail

DEMO_PREFIX = "Demo: "
FIRST = "koordinator"
SECOND = "leder"
AREAS = ("kontanthjaelp", "sygedagpenge", "dagpenge", "jobafklaring")
PER_AREA = 8
MONTHS = 3


@dataclass(frozen=True)
class DemoMonth:
    month: str
    reviewed: int
    with_errors: int


@dataclass(frozen=True)
class DemoSupervision:
    months: list[DemoMonth]
    closed: int
    open_tasks: int
    disagreements: int
    kappa: float | None
    monthly_reviews: int
    """Caseworkers whose next review is next month (risk-based frequency)."""
    later_reviews: int
    corrections: int


def _weakness(caseworker: str) -> float:
    # A stable per-caseworker error tendency between 0.05 and 0.35.
    h = int(hashlib.sha256(caseworker.encode()).hexdigest()[:8], 16)
    return 0.05 + 0.30 * (h % 1000) / 1000


def _month_start(day: dt.date, back: int) -> dt.date:
    idx = day.year * 12 + day.month - 1 - back
    return dt.date(idx // 12, idx % 12 + 1, 1)


def _clear_earlier_demo() -> None:
    from tilsyn.store.supervision.models import RefundCorrection, Review, Sample

    samples = Sample.objects.filter(name__startswith=DEMO_PREFIX)
    reviews = Review.objects.filter(drawn_case__sample__in=samples)
    # A demo reset: queryset deletes on purpose bypass the closed-review guard.
    RefundCorrection.objects.filter(review__in=reviews).delete()
    reviews.delete()
    samples.delete()


def seed_demo_reviews(actor: Actor, workspace: Workspace, as_of: dt.date) -> DemoSupervision:
    """Seed ``MONTHS`` months of reviews ending with the month before ``as_of``."""
    from tilsyn import store

    if not actor.unrestricted:
        raise AccessDenied(f"{actor.user} ser ikke hele arbejdsområdet")
    store.setup(workspace.root)

    from django.db import transaction

    from tilsyn.app import supervision_reviews as rv
    from tilsyn.app import supervision_stats as st
    from tilsyn.store.supervision.models import Review
    from tilsyn.supervision.checklist import checklist
    from tilsyn.supervision.sampling import Filter, SamplePlan

    rng = random.Random(f"demo|{as_of.isoformat()}")
    scope = frozenset({"185", "155"})
    anna = Actor(FIRST, Role.coordinator, scope)
    bo = Actor(SECOND, Role.manager, scope)
    months: list[DemoMonth] = []
    disagreements = corrections = 0
    with transaction.atomic():
        _clear_earlier_demo()
        for back in range(MONTHS, 0, -1):
            start = _month_start(as_of, back)
            _materialise(actor, workspace, start)
            improvement = (MONTHS - back) * 0.35  # later months: fewer errors
            reviewed = with_errors = 0
            for area in AREAS:
                plan = SamplePlan(
                    name=f"{DEMO_PREFIX}{area} {start:%Y-%m}",
                    method="stratified",
                    seed=start.year * 100 + start.month,
                    size=PER_AREA,
                    strata=["team"],
                    area=area,
                    filter=Filter(
                        municipalities=sorted(scope), benefits=checklist(area, on=start).benefits
                    ),
                )
                stored = rv.store_sample(anna, workspace, plan, start)
                ids = list(
                    Review.objects.filter(drawn_case__sample_id=stored.sample_id).values_list(
                        "pk", flat=True
                    )
                )
                for n, rid in enumerate(ids):
                    day = start + dt.timedelta(days=3 + (n * 2) % 20)
                    review = Review.objects.get(pk=rid)
                    v = rv.start_review(anna, workspace, rid, expected_version=review.version)
                    detail = rv.review_detail(anna, workspace, rid)
                    p_wrong = _weakness(review.caseworker_id or "") * (1 - improvement) / 3
                    answers: dict[str, rv.AnswerInput] = {}
                    for a in detail.answers:
                        if a.answer_type == "text":
                            continue
                        if a.engine_value:
                            value = a.engine_value
                        elif a.answer_type == "yes_no_na":
                            value = "nej" if rng.random() < p_wrong else "ja"
                        elif a.answer_type == "choice":
                            value = a.choices[0]
                        else:
                            value = day.isoformat()
                        comment = "Rettes hurtigst muligt" if value == "nej" else ""
                        answers[a.question_id] = rv.AnswerInput(value, comment)
                    v = rv.save_answers(anna, rid, answers, expected_version=v)
                    v = rv.submit_for_second_review(anna, rid, expected_version=v)
                    second = dict(answers)
                    disputed = None
                    if rng.random() < 0.15:
                        yes_no = [q for q, a in answers.items() if a.value in ("ja", "nej")]
                        if yes_no:
                            disputed = rng.choice(yes_no)
                            flip = "ja" if answers[disputed].value == "nej" else "nej"
                            second[disputed] = rv.AnswerInput(flip)
                    rv.record_second_review(bo, rid, second, expected_version=v)
                    v = Review.objects.get(pk=rid).version
                    if disputed is not None:
                        disagreements += 1
                        v = rv.resolve_disagreement(
                            anna,
                            rid,
                            disputed,
                            final_value=answers[disputed].value,
                            reason="Afklaret på koordinatormøde",
                            expected_version=v,
                        )
                    respond_by = day + dt.timedelta(days=14)
                    text = rv.draft_feedback(
                        anna,
                        rid,
                        caseworker_name=review.caseworker_id or "sagsbehandler",
                        reviewed_on=day,
                        respond_by=respond_by,
                    )
                    v = rv.send_feedback(
                        anna,
                        rid,
                        text=text,
                        generated_text=text,
                        sent_on=day,
                        respond_by=respond_by,
                        expected_version=v,
                    )
                    detail = rv.review_detail(anna, workspace, rid)
                    errors = [f for f in detail.findings if f["severity"] != "minor"]
                    reviewed += 1
                    with_errors += bool(errors)
                    if back > 1 or rng.random() < 0.5:
                        for t in detail.tasks:
                            rv.complete_task(anna, t["id"], done_on=respond_by)
                        rv.close_review(anna, rid, closed_on=respond_by, expected_version=v)
                    if corrections == 0 and any(f["refund_relevant"] for f in detail.findings):
                        corrections += _demo_correction(anna, workspace, detail)
            months.append(DemoMonth(f"{start:%Y-%m}", reviewed, with_errors))
    agreement = st.reviewer_agreement(anna)
    risk = st.review_frequencies(anna, workspace, as_of)
    return DemoSupervision(
        months=months,
        closed=Review.objects.filter(status="closed").count(),
        open_tasks=sum(1 for r in rv.review_queue(anna, workspace) if r.open_tasks),
        disagreements=disagreements,
        kappa=agreement.kappa if agreement else None,
        monthly_reviews=sum(1 for a in risk if a.interval_months == 1),
        later_reviews=sum(1 for a in risk if a.interval_months > 1),
        corrections=corrections,
    )


def _materialise(actor: Actor, workspace: Workspace, day: dt.date) -> None:
    """Keep the engine's results for ``day`` in the snapshot (the operator may write them), so
    the reviewers' read-only connections need not evaluate the whole population again."""
    from tilsyn.app.access import open_snapshot
    from tilsyn.rules import evaluate

    with open_snapshot(actor, workspace) as snap:
        evaluate.result_table(snap.con, day)


def _demo_correction(actor: Actor, workspace: Workspace, detail: ReviewDetail) -> int:
    """One refund correction for the first refund-relevant finding whose weeks are on the
    staircase (the two weeks before the sample's date, 3.000 kr. each)."""
    from tilsyn.app.supervision_refunds import record_refund_correction

    weeks = []
    for days in (14, 7):
        iso = (detail.as_of - dt.timedelta(days=days)).isocalendar()
        weeks.append(f"{iso.year}-W{iso.week:02d}")
    try:
        record_refund_correction(
            actor,
            workspace,
            person=detail.person_id,
            benefit=detail.benefit,
            amounts={w: Decimal("3000.00") for w in weeks},
            as_of=detail.as_of,
            reason="Refusion hjemtaget for uger med fejl i sagen (demo)",
            review_id=detail.review_id,
        )
    except ValueError:
        return 0  # the weeks are not on the staircase for this citizen
    return 1
