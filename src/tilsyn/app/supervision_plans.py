"""Supervision plans, intensified periods (*skærpet ledelsestilsyn*) and campaigns ("review
every integration case") for an actor, with their progress."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tilsyn.app.actor import Actor
from tilsyn.app.errors import NotFound
from tilsyn.app.supervision import require_role
from tilsyn.app.supervision_reviews import (
    ERROR_SEVERITIES,
    READERS,
    REVIEWERS,
    StoredSample,
    reviews_for,
    store_sample,
)
from tilsyn.data.workspace import Workspace

if TYPE_CHECKING:
    from tilsyn.store.supervision.models import Campaign, Plan


def _month(value: str, what: str) -> str:
    try:
        dt.date.fromisoformat(f"{value}-01")
    except ValueError:
        raise ValueError(f"{what}: '{value}' er ikke en måned som ÅÅÅÅ-MM") from None
    return value


def create_plan(
    actor: Actor,
    *,
    name: str,
    year: int,
    municipality: str,
    areas: list[str],
    cases_per_month: int,
    focus_points: list[str],
) -> Plan:
    from tilsyn.store.supervision.models import Plan
    from tilsyn.supervision.checklist import AREAS

    require_role(actor, REVIEWERS, "lægge tilsynsplaner")
    actor.scope(municipality)
    unknown = [a for a in areas if a not in AREAS]
    if unknown:
        raise ValueError(f"ukendte områder: {', '.join(unknown)}")
    if cases_per_month < 1:
        raise ValueError("en plan skal have mindst én sag om måneden")
    return Plan.objects.create(
        name=name,
        year=year,
        municipality=municipality,
        areas=areas,
        cases_per_month=cases_per_month,
        focus_points=focus_points,
        created_by=actor.user,
    )


def _plan(actor: Actor, plan_id: int) -> Plan:
    from tilsyn.store.supervision.models import Plan

    require_role(actor, READERS, "se tilsynsplaner")
    scope = actor.scope()
    qs = Plan.objects.filter(pk=plan_id)
    if scope is not None:
        qs = qs.filter(municipality__in=scope)
    found = qs.first()
    if found is None:
        raise NotFound(f"tilsynsplan {plan_id} findes ikke")
    return found


def add_intensified_period(
    actor: Actor,
    plan_id: int,
    *,
    area: str,
    first_month: str,
    last_month: str,
    cases_per_month: int,
    reason: str,
) -> None:
    from tilsyn.store.supervision.models import IntensifiedPeriod

    require_role(actor, REVIEWERS, "skærpe ledelsestilsynet")
    plan = _plan(actor, plan_id)
    if _month(first_month, "første måned") > _month(last_month, "sidste måned"):
        raise ValueError(f"perioden {first_month}–{last_month} slutter før den begynder")
    IntensifiedPeriod.objects.create(
        plan=plan,
        area=area,
        first_month=first_month,
        last_month=last_month,
        cases_per_month=cases_per_month,
        reason=reason,
    )


@dataclass(frozen=True)
class PlanMonth:
    month: str
    planned: int
    intensified_areas: list[str]
    drawn: int
    done: int


def plan_month(actor: Actor, plan_id: int, month: str) -> PlanMonth:
    """How many cases the plan asks for in ``month`` (intensified areas add theirs), how many
    were drawn under it and how many are reviewed."""
    plan = _plan(actor, plan_id)
    _month(month, "måned")
    extra = [p for p in plan.intensified.all() if p.first_month <= month <= p.last_month]
    reviews = reviews_for(actor).filter(
        drawn_case__sample__plan_record=plan, as_of__startswith=month
    )
    return PlanMonth(
        month,
        plan.cases_per_month + sum(p.cases_per_month for p in extra),
        [p.area for p in extra],
        reviews.count(),
        reviews.filter(status__in=("feedback_sent", "closed")).count(),
    )


def start_campaign(
    actor: Actor,
    workspace: Workspace,
    *,
    name: str,
    area: str,
    municipality: str,
    as_of: dt.date,
    seed: int = 1,
) -> tuple[Campaign, StoredSample]:
    """A campaign reviews every running case of an area's benefits in one municipality."""
    from tilsyn.store.supervision.models import Campaign
    from tilsyn.supervision.checklist import checklist
    from tilsyn.supervision.sampling import Filter, SamplePlan

    require_role(actor, REVIEWERS, "starte kampagner")
    actor.scope(municipality)
    benefits = checklist(area, on=as_of).benefits
    plan = SamplePlan(
        name=name,
        method="census",
        seed=seed,
        area=area,
        filter=Filter(benefits=benefits, municipalities=[municipality]),
    )
    campaign = Campaign.objects.create(
        name=name,
        area=area,
        municipality=municipality,
        filter=plan.filter.model_dump(),
        created_by=actor.user,
    )
    stored = store_sample(actor, workspace, plan, as_of, campaign_id=campaign.pk)
    return campaign, stored


@dataclass(frozen=True)
class CampaignProgress:
    campaign_id: int
    name: str
    area: str
    municipality: str
    total: int
    reviewed: int
    remaining: int
    with_errors: int


def campaign_progress(actor: Actor, campaign_id: int) -> CampaignProgress:
    from django.db.models import Exists, OuterRef

    from tilsyn.store.supervision.models import Campaign, Finding

    require_role(actor, READERS, "se kampagner")
    campaign = Campaign.objects.filter(pk=campaign_id).first()
    if campaign is None or not actor.may_see(campaign.municipality):
        raise NotFound(f"kampagne {campaign_id} findes ikke")
    reviews = reviews_for(actor).filter(drawn_case__sample__campaign=campaign)
    done = reviews.filter(status__in=("feedback_sent", "closed"))
    errors = done.filter(
        Exists(Finding.objects.filter(review=OuterRef("pk"), severity__in=ERROR_SEVERITIES))
    )
    total = reviews.count()
    return CampaignProgress(
        campaign.pk,
        campaign.name,
        campaign.area,
        campaign.municipality,
        total,
        done.count(),
        total - done.count(),
        errors.count(),
    )


def campaigns(actor: Actor) -> list[CampaignProgress]:
    from tilsyn.store.supervision.models import Campaign

    require_role(actor, READERS, "se kampagner")
    scope = actor.scope()
    qs = Campaign.objects.all()
    if scope is not None:
        qs = qs.filter(municipality__in=scope)
    return [campaign_progress(actor, c.pk) for c in qs]
