"""The review workflow for an actor: store a drawn sample as reviews, the coordinator's queue,
answering with the engine's pre-filled answers, the second reviewer (four eyes), resolving a
disagreement, written feedback, follow-up and meeting tasks, and closing.

Every function takes the actor first, limits what it reads or changes to the actor's
municipalities (a review outside them is reported as not found, so its existence does not
leak), logs each citizen whose review it returns, and saves with the version the caller read
(``StaleEdit`` when someone else saved in between). A closed review never changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor, Role
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.app.supervision import SAMPLERS, draw_with_verdicts, require_role
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from tilsyn.store.supervision.models import Review, Sample
    from tilsyn.supervision.answers import Answer as PureAnswer
    from tilsyn.supervision.checklist import Checklist
    from tilsyn.supervision.sampling import SamplePlan

REVIEWERS = frozenset({Role.coordinator, Role.manager, Role.admin, Role.operator})
"""Roles that review cases and give feedback."""
READERS = REVIEWERS | {Role.auditor, Role.partner_viewer}
"""Roles that may read reviews (auditors and the partner municipality read only)."""
ERROR_SEVERITIES = frozenset({"material", "serious"})
"""A reviewed case counts as an error in the statistics when it has a finding of these
severities; minor findings are feedback, not errors."""


def reviews_for(actor: Actor) -> QuerySet[Review]:
    """Every review the actor may see (the one place reviews are scoped)."""
    from tilsyn.store.supervision.models import Review

    require_role(actor, READERS, "se ledelsestilsynets gennemgange")
    qs = Review.objects.all()
    scope = actor.scope()
    return qs if scope is None else qs.filter(municipality__in=scope)


def _review(actor: Actor, review_id: int) -> Review:
    found = reviews_for(actor).filter(pk=review_id).first()
    if found is None:
        raise NotFound(f"gennemgang {review_id} findes ikke")
    return found


def _checklist_of(review: Review) -> Checklist:
    from tilsyn.supervision.checklist import Checklist

    return Checklist.model_validate(review.checklist)


@dataclass(frozen=True)
class StoredSample:
    sample_id: int
    size: int
    reviews: int
    without_checklist: int
    """Drawn cases whose benefit no checklist covers (kept, not reviewed)."""


def store_sample(
    actor: Actor,
    workspace: Workspace,
    plan: SamplePlan,
    as_of: dt.date,
    *,
    history: Mapping[str, tuple[int, int]] | None = None,
    campaign_id: int | None = None,
    plan_id: int | None = None,
) -> StoredSample:
    """Draw ``plan`` and store the sample (plan, seed, snapshot) with one review per drawn case,
    using the checklist version in force on ``as_of``."""
    from django.db import transaction

    from tilsyn.store.supervision.models import DrawnCase, Review, Sample
    from tilsyn.supervision.checklist import all_checklists, area_for_benefit, checklist

    require_role(actor, REVIEWERS, "gemme stikprøver til ledelsestilsyn")
    drawn, verdicts = draw_with_verdicts(actor, workspace, plan, as_of, history=history)
    digests = {f.label: f.sha256 for f in all_checklists()}
    reviews = skipped = 0
    with transaction.atomic():
        sample = Sample.objects.create(
            name=plan.name,
            method=plan.method,
            plan=drawn.plan,
            plan_hash=drawn.plan_hash,
            seed=drawn.seed,
            snapshot_id=drawn.snapshot_id or "",
            as_of=as_of,
            population_size=drawn.population_size,
            population_fingerprint=drawn.population_fingerprint,
            size_method=drawn.size_method,
            strata=[s.__dict__ for s in drawn.strata],
            area=plan.area or "",
            municipalities=sorted({c.municipality for c in drawn.cases}),
            campaign_id=campaign_id,
            plan_record_id=plan_id,
            created_by=actor.user,
        )
        for c in drawn.cases:
            case = DrawnCase.objects.create(
                sample=sample,
                person_id=c.person_id,
                benefit=c.benefit,
                municipality=c.municipality,
                caseworker_id=c.caseworker_id or "",
                team=c.team or "",
                organisation=c.organisation or "",
                stratum=c.stratum,
                reason=c.reason,
                flags=[f.__dict__ for f in c.flags],
                verdicts=verdicts.get((c.person_id, c.benefit), []),
            )
            area = plan.area or area_for_benefit(c.benefit)
            if area is None:
                skipped += 1
                continue
            cl = checklist(area, on=as_of)
            Review.objects.create(
                drawn_case=case,
                snapshot_id=sample.snapshot_id,
                as_of=as_of,
                person_id=c.person_id,
                benefit=c.benefit,
                municipality=c.municipality,
                caseworker_id=c.caseworker_id or "",
                team=c.team or "",
                organisation=c.organisation or "",
                area=area,
                checklist_version=cl.version,
                checklist_sha256=digests[f"{area}/v{cl.version}"],
                checklist=cl.model_dump(mode="json"),
            )
            reviews += 1
    return StoredSample(sample.pk, drawn.size, reviews, skipped)


@dataclass(frozen=True)
class QueueRow:
    review_id: int
    version: int
    status: str
    person_id: str
    benefit: str
    municipality: str
    caseworker_id: str
    team: str
    organisation: str
    area: str
    sample: str
    stratum: str
    reason: str
    first_reviewer: str
    second_reviewer: str
    open_tasks: int


def review_queue(
    actor: Actor,
    workspace: Workspace,
    *,
    status: str | None = None,
    sample_id: int | None = None,
) -> list[QueueRow]:
    """The coordinator's queue: the actor's reviews, not yet closed first. Logged (it names
    citizens by pseudonym)."""
    from django.db.models import Count, Q

    qs = reviews_for(actor).select_related("drawn_case__sample")
    if status is not None:
        qs = qs.filter(status=status)
    if sample_id is not None:
        qs = qs.filter(drawn_case__sample_id=sample_id)
    qs = qs.annotate(open_tasks=Count("tasks", filter=Q(tasks__done_on__isnull=True)))
    order = ["drawn", "in_review", "second_review", "feedback_sent", "closed"]
    rows = sorted(
        (
            QueueRow(
                r.pk,
                r.version,
                r.status,
                r.person_id,
                r.benefit,
                r.municipality,
                r.caseworker_id,
                r.team,
                r.organisation,
                r.area,
                r.drawn_case.sample.name,
                r.drawn_case.stratum,
                r.drawn_case.reason,
                r.first_reviewer,
                r.second_reviewer,
                r.open_tasks,
            )
            for r in qs
        ),
        key=lambda q: (order.index(q.status), q.review_id),
    )
    record(
        actor,
        workspace,
        action="review_queue",
        snapshot_id=None,
        person_ids=[r.person_id for r in rows],
        purpose=Purpose.supervision,
    )
    return rows


@dataclass(frozen=True)
class AnswerView:
    question_id: str
    text: str
    help: str | None
    answer_type: str
    choices: list[str]
    severity: str
    references: list[dict[str, str]]
    engine_rule: str | None
    engine_value: str
    engine_evidence: list[dict[str, Any]]
    value: str
    comment: str
    overrule_reason: str
    second_value: str | None
    disagrees: bool
    resolved_value: str
    resolution_reason: str
    final_value: str


@dataclass(frozen=True)
class ReviewDetail:
    review_id: int
    version: int
    status: str
    snapshot_id: str
    as_of: dt.date
    person_id: str
    benefit: str
    municipality: str
    caseworker_id: str
    team: str
    organisation: str
    area: str
    checklist_title: str
    checklist_version: int
    stratum: str
    reason: str
    first_reviewer: str
    second_reviewer: str
    second_review_done: bool
    answers: list[AnswerView]
    findings: list[dict[str, Any]]
    feedback_text: str
    feedback_generated: str
    respond_by: dt.date | None
    tasks: list[dict[str, Any]] = field(default_factory=list)
    open_disagreements: int = 0


def review_detail(actor: Actor, workspace: Workspace, review_id: int) -> ReviewDetail:
    """Everything about one review; logs the citizen (purpose supervision)."""
    r = _review(actor, review_id)
    cl = _checklist_of(r)
    answers = {a.question_id: a for a in r.answers.all()}
    seconds = {s.question_id: s for s in r.second_opinions.all()}
    views = []
    for q in cl.questions:
        a = answers.get(q.id)
        s = seconds.get(q.id)
        first = a.value if a else ""
        final = s.resolved_value if (s and s.disagrees and s.resolved_by) else first
        views.append(
            AnswerView(
                question_id=q.id,
                text=q.text,
                help=q.help,
                answer_type=q.answer,
                choices=list(q.choices),
                severity=q.severity,
                references=[ref.model_dump() for ref in q.references],
                engine_rule=q.engine_rule,
                engine_value=a.engine_value if a else "",
                engine_evidence=list(a.engine_evidence) if a else [],
                value=first,
                comment=a.comment if a else "",
                overrule_reason=a.overrule_reason if a else "",
                second_value=s.value if s else None,
                disagrees=bool(s and s.disagrees),
                resolved_value=s.resolved_value if s else "",
                resolution_reason=s.resolution_reason if s else "",
                final_value=final,
            )
        )
    feedback = getattr(r, "feedback", None)
    record(
        actor,
        workspace,
        action="review",
        snapshot_id=r.snapshot_id,
        person_ids=[r.person_id],
        detail=f"review={r.pk}",
        purpose=Purpose.supervision,
    )
    return ReviewDetail(
        review_id=r.pk,
        version=r.version,
        status=r.status,
        snapshot_id=r.snapshot_id,
        as_of=r.as_of,
        person_id=r.person_id,
        benefit=r.benefit,
        municipality=r.municipality,
        caseworker_id=r.caseworker_id,
        team=r.team,
        organisation=r.organisation,
        area=r.area,
        checklist_title=cl.title,
        checklist_version=cl.version,
        stratum=r.drawn_case.stratum,
        reason=r.drawn_case.reason,
        first_reviewer=r.first_reviewer,
        second_reviewer=r.second_reviewer,
        second_review_done=r.second_review_done,
        answers=views,
        findings=[
            {
                "question": f.question,
                "answer": f.answer,
                "severity": f.severity,
                "comment": f.comment,
                "reference": f.reference,
                "refund_relevant": f.refund_relevant,
            }
            for f in r.findings.all()
        ],
        feedback_text=feedback.text if feedback else "",
        feedback_generated=feedback.generated_text if feedback else "",
        respond_by=feedback.respond_by if feedback else None,
        tasks=[
            {
                "id": t.pk,
                "kind": t.kind,
                "title": t.title,
                "assignee": t.assignee,
                "due_date": t.due_date,
                "done_on": t.done_on,
                "done_by": t.done_by,
            }
            for t in r.tasks.all()
        ],
        open_disagreements=sum(1 for s in seconds.values() if s.open),
    )


def _state(r: Review) -> Any:
    from tilsyn.supervision.answers import unanswered
    from tilsyn.supervision.workflow import ReviewState, Status

    feedback = getattr(r, "feedback", None)
    return ReviewState(
        status=Status(r.status),
        first_reviewer=r.first_reviewer or None,
        second_reviewer=r.second_reviewer or None,
        unanswered=len(unanswered(_checklist_of(r), _first_answers(r))),
        second_review_done=r.second_review_done,
        open_disagreements=sum(1 for s in r.second_opinions.all() if s.open),
        feedback_text=feedback.text if feedback else "",
        open_tasks=r.tasks.filter(done_on__isnull=True).count(),
    )


def _first_answers(r: Review) -> dict[str, PureAnswer]:
    from tilsyn.supervision.answers import Answer as PureAnswer

    return {
        a.question_id: PureAnswer(
            a.question_id, a.value or None, a.comment, a.engine_value or None, a.overrule_reason
        )
        for a in r.answers.all()
    }


def final_answers(r: Review) -> dict[str, PureAnswer]:
    """The first reviewer's answers with resolved disagreements applied."""
    from tilsyn.supervision.answers import Answer as PureAnswer

    out = _first_answers(r)
    for s in r.second_opinions.all():
        if s.disagrees and s.resolved_by:
            old = out.get(s.question_id)
            out[s.question_id] = PureAnswer(
                s.question_id, s.resolved_value or None, old.comment if old else s.comment
            )
    return out


def _move(actor: Actor, r: Review, target: str) -> None:
    from tilsyn.supervision.workflow import Status, WorkflowError, check_move

    try:
        check_move(_state(r), Status(target), by=actor.user)
    except WorkflowError as exc:
        raise ValueError(str(exc)) from None


def start_review(
    actor: Actor, workspace: Workspace, review_id: int, *, expected_version: int
) -> int:
    """drawn → in_review by the actor (the first reviewer). The engine's verdicts on the
    review's own snapshot (kept with the drawn case) pre-fill the questions it can answer,
    with the evidence stored, so a later snapshot never changes them. Returns the new
    version."""
    from django.db import transaction

    from tilsyn.rules import evaluate
    from tilsyn.store.supervision.models import Answer
    from tilsyn.supervision.answers import prefill

    require_role(actor, REVIEWERS, "gennemgå sager")
    r = _review(actor, review_id)
    _move(actor, r, "in_review")
    verdicts = r.drawn_case.verdicts
    try:
        if verdicts is None:  # drawn before verdicts were kept with the sample
            with open_snapshot(actor, workspace, r.snapshot_id) as snap:
                verdicts = [
                    v
                    for v in evaluate.evaluate(snap.con, r.as_of, person_id=r.person_id).to_pylist()
                    if v["benefit"] == r.benefit
                ]
    except NotFound:
        raise NotFound(
            f"datasamlingen {r.snapshot_id}, som stikprøven blev udtrukket fra, findes ikke længere"
        ) from None
    suggested = prefill(_checklist_of(r), verdicts)
    with transaction.atomic():
        r.status = "in_review"
        r.first_reviewer = actor.user
        r.save_checked(expected_version, ["status", "first_reviewer"])
        for qid, p in suggested.items():
            Answer.objects.update_or_create(
                review=r,
                question_id=qid,
                defaults={
                    "engine_value": p.answer or "",
                    "engine_evidence": list(p.evidence),
                    "value": p.answer or "",
                    "answered_by": "motor",
                },
            )
    record(
        actor,
        workspace,
        action="review_engine_verdicts",
        snapshot_id=r.snapshot_id,
        person_ids=[r.person_id],
        detail=f"review={r.pk}",
        purpose=Purpose.supervision,
    )
    return r.version


@dataclass(frozen=True)
class AnswerInput:
    value: str
    comment: str = ""
    overrule_reason: str = ""


def save_answers(
    actor: Actor,
    review_id: int,
    answers: Mapping[str, AnswerInput],
    *,
    expected_version: int,
) -> int:
    """The first reviewer saves answers (confirming or overruling the engine with a reason).
    Raises ``ValueError`` naming the question on a bad answer; ``StaleEdit`` when someone
    saved the review since ``expected_version``. Returns the new version."""
    from django.db import transaction

    from tilsyn.store.supervision.models import Answer
    from tilsyn.supervision.answers import Answer as PureAnswer
    from tilsyn.supervision.answers import check_answer

    require_role(actor, REVIEWERS, "gennemgå sager")
    r = _review(actor, review_id)
    if r.status != "in_review":
        raise ValueError("Svar kan kun gemmes, mens sagen er under gennemgang")
    if actor.user != r.first_reviewer:
        raise AccessDenied(f"{actor.user} er ikke første gennemgåer af gennemgang {review_id}")
    cl = _checklist_of(r)
    stored = {a.question_id: a for a in r.answers.all()}
    for qid, given in answers.items():
        q = cl.question(qid)
        engine = stored[qid].engine_value if qid in stored else ""
        check_answer(
            q,
            PureAnswer(
                qid, given.value or None, given.comment, engine or None, given.overrule_reason
            ),
        )
    with transaction.atomic():
        r.save_checked(expected_version, [])
        for qid, given in answers.items():
            Answer.objects.update_or_create(
                review=r,
                question_id=qid,
                defaults={
                    "value": given.value,
                    "comment": given.comment,
                    "overrule_reason": given.overrule_reason,
                    "answered_by": actor.user,
                },
            )
    return r.version


def submit_for_second_review(actor: Actor, review_id: int, *, expected_version: int) -> int:
    require_role(actor, REVIEWERS, "gennemgå sager")
    r = _review(actor, review_id)
    _move(actor, r, "second_review")
    r.status = "second_review"
    r.save_checked(expected_version, ["status"])
    return r.version


def record_second_review(
    actor: Actor,
    review_id: int,
    answers: Mapping[str, AnswerInput],
    *,
    expected_version: int,
) -> list[str]:
    """The second reviewer (not the first) gives an answer to every question; answers that
    differ from the first reviewer's are disagreements. Returns the disagreeing questions."""
    from django.db import transaction

    from tilsyn.store.supervision.models import SecondOpinion
    from tilsyn.supervision.answers import Answer as PureAnswer
    from tilsyn.supervision.answers import check_answer
    from tilsyn.supervision.workflow import WorkflowError, check_second_reviewer

    require_role(actor, REVIEWERS, "foretage anden gennemgang")
    r = _review(actor, review_id)
    try:
        check_second_reviewer(_state(r), actor.user)
    except WorkflowError as exc:
        raise ValueError(str(exc)) from None
    cl = _checklist_of(r)
    first = {qid: a.value for qid, a in _first_answers(r).items()}
    for qid, given in answers.items():
        check_answer(cl.question(qid), PureAnswer(qid, given.value or None, given.comment))
    missing = [
        q.id
        for q in cl.questions
        if q.answer != "text" and not (answers.get(q.id) and answers[q.id].value)
    ]
    if missing:
        raise ValueError(f"anden gennemgang mangler svar på: {', '.join(missing)}")
    disagreeing = []
    with transaction.atomic():
        r.second_reviewer = actor.user
        r.second_review_done = True
        r.save_checked(expected_version, ["second_reviewer", "second_review_done"])
        r.second_opinions.all().delete()
        for qid, given in answers.items():
            q = cl.question(qid)
            differs = q.answer != "text" and (given.value or None) != first.get(qid)
            if differs:
                disagreeing.append(qid)
            SecondOpinion.objects.create(
                review=r,
                question_id=qid,
                value=given.value,
                comment=given.comment,
                reviewer=actor.user,
                disagrees=differs,
            )
    return disagreeing


def resolve_disagreement(
    actor: Actor,
    review_id: int,
    question_id: str,
    *,
    final_value: str,
    reason: str,
    expected_version: int,
) -> int:
    """Settle a disagreement explicitly: the final answer and why."""
    from django.db import transaction

    from tilsyn.supervision.answers import Answer as PureAnswer
    from tilsyn.supervision.answers import check_answer

    require_role(actor, REVIEWERS, "afklare uenigheder")
    r = _review(actor, review_id)
    if r.status != "second_review":
        raise ValueError("Uenigheder afklares under anden gennemgang")
    s = r.second_opinions.filter(question_id=question_id, disagrees=True).first()
    if s is None:
        raise NotFound(f"der er ingen uenighed om spørgsmål '{question_id}'")
    if not reason.strip():
        raise ValueError("En afklaring skal begrundes")
    check_answer(_checklist_of(r).question(question_id), PureAnswer(question_id, final_value))
    with transaction.atomic():
        r.save_checked(expected_version, [])
        s.resolved_value = final_value
        s.resolution_reason = reason
        s.resolved_by = actor.user
        s.save()
    return r.version


def draft_feedback(
    actor: Actor,
    review_id: int,
    *,
    caseworker_name: str,
    reviewed_on: dt.date,
    respond_by: dt.date | None,
    benefit_label: str | None = None,
) -> str:
    """The Danish feedback text generated from the findings (final answers); the caller names
    the benefit in Danish (presentation is not this layer's)."""
    from tilsyn.supervision.answers import findings
    from tilsyn.supervision.feedback import FindingText, feedback_text

    require_role(actor, REVIEWERS, "skrive tilbagemeldinger")
    r = _review(actor, review_id)
    cl = _checklist_of(r)
    found = findings(cl, final_answers(r))
    return feedback_text(
        caseworker=caseworker_name,
        case_ref=r.person_id,
        benefit_label=benefit_label or r.benefit,
        checklist_title=cl.title,
        checklist_version=cl.version,
        reviewed_on=reviewed_on,
        findings=[
            FindingText(f.question, f.answer, f.severity, f.comment, f.reference) for f in found
        ],
        reviewer=actor.user,
        respond_by=respond_by,
    )


def send_feedback(
    actor: Actor,
    review_id: int,
    *,
    text: str,
    generated_text: str,
    sent_on: dt.date,
    respond_by: dt.date,
    meeting_by: dt.date | None = None,
    expected_version: int,
) -> int:
    """Record the findings, send the (edited) feedback and create the follow-up task (and a
    meeting task when a finding is serious): second_review → feedback_sent."""
    from django.db import transaction

    from tilsyn.store.supervision.models import Feedback, Finding, FollowUpTask
    from tilsyn.supervision.answers import findings

    require_role(actor, REVIEWERS, "sende tilbagemeldinger")
    r = _review(actor, review_id)
    if respond_by < sent_on:
        raise ValueError("Fristen for opfølgning ligger før tilbagemeldingen")
    found = findings(_checklist_of(r), final_answers(r))
    with transaction.atomic():
        Feedback.objects.update_or_create(
            review=r,
            defaults={
                "text": text,
                "generated_text": generated_text,
                "edited_by": actor.user if text != generated_text else "",
                "respond_by": respond_by,
            },
        )
        r.refresh_from_db()
        _move(actor, r, "feedback_sent")
        r.status = "feedback_sent"
        r.feedback_sent_on = sent_on
        r.reviewed_on = r.reviewed_on or sent_on
        r.save_checked(expected_version, ["status", "feedback_sent_on", "reviewed_on"])
        Feedback.objects.filter(review=r).update(sent_on=sent_on)
        for f in found:
            Finding.objects.create(
                review=r,
                question_id=f.question_id,
                question=f.question,
                answer=f.answer,
                severity=f.severity,
                comment=f.comment,
                reference=f.reference,
                refund_relevant=f.refund_relevant,
            )
        if found:
            FollowUpTask.objects.create(
                review=r,
                kind=FollowUpTask.Kind.follow_up,
                title=f"Fejl og mangler rettet i sag {r.person_id}",
                assignee=r.caseworker_id,
                due_date=respond_by,
            )
        if any(f.severity == "serious" for f in found):
            FollowUpTask.objects.create(
                review=r,
                kind=FollowUpTask.Kind.meeting,
                title=f"Møde med faglig koordinator om sag {r.person_id}",
                assignee=r.caseworker_id,
                due_date=meeting_by or respond_by,
            )
    return r.version


def complete_task(actor: Actor, task_id: int, *, done_on: dt.date, note: str = "") -> None:
    from tilsyn.store.supervision.models import FollowUpTask

    require_role(actor, REVIEWERS, "afslutte opfølgningsopgaver")
    task = FollowUpTask.objects.filter(pk=task_id, review__in=reviews_for(actor)).first()
    if task is None:
        raise NotFound(f"opgave {task_id} findes ikke")
    if task.done_on is not None:
        raise ValueError("Opgaven er allerede afsluttet")
    task.done_on = done_on
    task.done_by = actor.user
    task.note = note
    task.save()


def close_review(actor: Actor, review_id: int, *, closed_on: dt.date, expected_version: int) -> int:
    require_role(actor, REVIEWERS, "afslutte gennemgange")
    r = _review(actor, review_id)
    _move(actor, r, "closed")
    r.status = "closed"
    r.closed_on = closed_on
    r.save_checked(expected_version, ["status", "closed_on"])
    return r.version


def sample_records(actor: Actor) -> Sequence[Sample]:
    """Samples with at least one review the actor may see."""
    from tilsyn.store.supervision.models import Sample

    require_role(actor, READERS | SAMPLERS, "se stikprøver")
    ids = reviews_for(actor).values_list("drawn_case__sample_id", flat=True)
    return list(Sample.objects.filter(pk__in=ids))
