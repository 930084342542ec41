"""Refund corrections (*berigtigelse*) for an actor: record what a finding means for the
refund, with the rate of the citizen's step on the refund staircase in each week, and the
correction list and quarter totals for the accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tilsyn.app.access import Purpose, open_snapshot, record
from tilsyn.app.actor import Actor
from tilsyn.app.errors import AccessDenied, NotFound
from tilsyn.app.supervision import require_role
from tilsyn.app.supervision_reviews import READERS, REVIEWERS, reviews_for
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.supervision.refund import CorrectionKind


@dataclass(frozen=True)
class CorrectionRow:
    correction_id: int
    person_id: str
    benefit: str
    kind: str
    municipality: str
    week: str
    quarter: str
    amount: Decimal
    step: int | None
    rate: Decimal
    give_back: Decimal
    reason: str
    review_id: int | None
    created_by: str


def record_refund_correction(
    actor: Actor,
    workspace: Workspace,
    *,
    person: str,
    benefit: str,
    amounts: Mapping[str, Decimal],
    as_of: dt.date,
    kind: CorrectionKind = "refusion",
    reason: str = "",
    review_id: int | None = None,
) -> int:
    """Store a correction for ``person`` and ``benefit``: per ISO week the amount that should
    not have been refunded; the refund to give back uses the week's staircase rate in the
    snapshot (the review's snapshot when ``review_id`` is given). Returns the correction id."""
    from django.db import transaction

    from tilsyn.economy.staircase import staircase_weeks
    from tilsyn.store.supervision.models import RefundCorrection, RefundCorrectionLine
    from tilsyn.supervision.refund import WeekRate, correction_lines

    require_role(actor, REVIEWERS, "registrere berigtigelser")
    if not amounts:
        raise ValueError("angiv mindst én uge med beløb")
    snapshot_id = None
    if review_id is not None:
        review = reviews_for(actor).filter(pk=review_id).first()
        if review is None:
            raise NotFound(f"gennemgang {review_id} findes ikke")
        if (review.person_id, review.benefit) != (person, benefit):
            raise ValueError("borger og ydelse skal være gennemgangens")
        snapshot_id = review.snapshot_id
    weeks = sorted(amounts)
    with open_snapshot(actor, workspace, snapshot_id) as snap:
        found = snap.con.execute(
            "SELECT municipality FROM persons WHERE person_id = $p", {"p": person}
        ).fetchall()
        if not found:
            raise NotFound(f"borgeren '{person}' findes ikke i datasamlingen")
        municipality = str(found[0][0])
        if not actor.may_see(municipality):
            raise AccessDenied(f"{actor.user} har ikke adgang til borgeren '{person}'")
        rates: dict[str, WeekRate] = {}
        if kind == "refusion":
            for row in staircase_weeks(snap.con, weeks[0], weeks[-1], as_of, person=person):
                if row["benefit"] == benefit:
                    rates[row["week"]] = WeekRate(row["week"], row["step"], row["rate"])
        lines = correction_lines(person, benefit, amounts, kind=kind, rates=rates)
    with transaction.atomic():
        correction = RefundCorrection.objects.create(
            review_id=review_id,
            person_id=person,
            benefit=benefit,
            kind=kind,
            municipality=municipality,
            snapshot_id=snap.id,
            reason=reason,
            total_amount=sum((line.amount for line in lines), Decimal(0)),
            total_give_back=sum((line.give_back for line in lines), Decimal(0)),
            created_by=actor.user,
        )
        RefundCorrectionLine.objects.bulk_create(
            RefundCorrectionLine(
                correction=correction,
                week=line.week,
                quarter=line.quarter,
                amount=line.amount,
                step=line.step,
                rate=line.rate,
                give_back=line.give_back,
            )
            for line in lines
        )
    record(
        actor,
        workspace,
        action="refund_correction",
        snapshot_id=snap.id,
        person_ids=[person],
        detail=f"correction={correction.pk}",
        purpose=Purpose.supervision,
    )
    return correction.pk


def refund_corrections(
    actor: Actor, workspace: Workspace, *, quarter: str | None = None
) -> list[CorrectionRow]:
    """The correction list for the accounts (one row per week), within the actor's
    municipalities; logged (it names citizens)."""
    from tilsyn.store.supervision.models import RefundCorrectionLine

    require_role(actor, READERS, "se berigtigelser")
    qs = RefundCorrectionLine.objects.select_related("correction").order_by("correction_id", "week")
    scope = actor.scope()
    if scope is not None:
        qs = qs.filter(correction__municipality__in=scope)
    if quarter is not None:
        qs = qs.filter(quarter=quarter)
    rows = [
        CorrectionRow(
            line.correction.pk,
            line.correction.person_id,
            line.correction.benefit,
            line.correction.kind,
            line.correction.municipality,
            line.week,
            line.quarter,
            line.amount,
            line.step,
            line.rate,
            line.give_back,
            line.correction.reason,
            line.correction.review_id,
            line.correction.created_by,
        )
        for line in qs
    ]
    record(
        actor,
        workspace,
        action="refund_corrections",
        snapshot_id=None,
        person_ids=[r.person_id for r in rows],
        purpose=Purpose.supervision,
    )
    return rows


def refund_quarter_totals(actor: Actor) -> list[dict[str, Any]]:
    """Refund to give back per quarter and kind (no citizen named)."""
    from django.db.models import Count, Sum

    from tilsyn.store.supervision.models import RefundCorrectionLine

    require_role(actor, READERS, "se berigtigelser")
    qs = RefundCorrectionLine.objects.all()
    scope = actor.scope()
    if scope is not None:
        qs = qs.filter(correction__municipality__in=scope)
    return list(
        qs.values("quarter", "correction__kind")
        .annotate(lines=Count("id"), amount=Sum("amount"), give_back=Sum("give_back"))
        .order_by("quarter", "correction__kind")
    )
