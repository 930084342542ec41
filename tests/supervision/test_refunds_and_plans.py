"""Refund corrections with the staircase rate, the correction list, plans and campaigns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.app import supervision_plans as pl
from tilsyn.app import supervision_refunds as rf
from tilsyn.data.access_log import read_log
from tilsyn.data.workspace import Workspace
from tilsyn.economy.staircase import staircase_weeks

pytestmark = pytest.mark.django_db

AS_OF = dt.date(2026, 11, 2)
TAARNBY = Actor("anna", Role.coordinator, frozenset({"185"}))
DRAGOER = Actor("dorte", Role.coordinator, frozenset({"155"}))


def _staircase_person(ws: Workspace, municipality: str) -> tuple[str, list[dict[str, object]]]:
    con = ws.connect()
    try:
        rows = staircase_weeks(con, "2026-W20", "2026-W40", AS_OF, municipality=municipality)
    finally:
        con.close()
    rows = [r for r in rows if r["benefit"] == "kontanthjaelp" and r["rate"] is not None]
    person = str(rows[0]["person_id"])
    return person, [r for r in rows if r["person_id"] == person]


def test_the_refund_to_give_back_uses_the_staircase_rate_of_each_week(
    generated_ws: Workspace,
) -> None:
    person, weeks = _staircase_person(generated_ws, "185")
    chosen = weeks[:2]
    amounts = {str(w["week"]): Decimal("1000.00") for w in chosen}
    cid = rf.record_refund_correction(
        TAARNBY,
        generated_ws,
        person=person,
        benefit="kontanthjaelp",
        amounts=amounts,
        as_of=AS_OF,
        reason="Sanktion ikke gennemført",
    )
    rows = [r for r in rf.refund_corrections(TAARNBY, generated_ws) if r.correction_id == cid]
    assert [r.week for r in rows] == [w["week"] for w in chosen]
    for row, week in zip(rows, chosen, strict=True):
        assert row.rate == week["rate"]
        assert row.step == week["step"]
        assert row.give_back == (Decimal("1000.00") * Decimal(str(week["rate"]))).quantize(
            Decimal("0.01")
        )
    logged = [
        e
        for e in read_log(generated_ws.root)
        if e.actor == "anna" and e.action == "refund_correction"
    ]
    assert [e.person_id for e in logged] == [person]
    totals = rf.refund_quarter_totals(TAARNBY)
    assert sum(t["give_back"] for t in totals) == sum(r.give_back for r in rows)


def test_a_week_off_the_staircase_is_refused_and_nothing_is_stored(generated_ws: Workspace) -> None:
    from tilsyn.store.supervision.models import RefundCorrection

    person, _ = _staircase_person(generated_ws, "185")
    with pytest.raises(ValueError, match=r"uge 2019-W05: borgeren .* har ingen refusionssats"):
        rf.record_refund_correction(
            TAARNBY,
            generated_ws,
            person=person,
            benefit="kontanthjaelp",
            amounts={"2019-W05": Decimal(100)},
            as_of=AS_OF,
        )
    assert RefundCorrection.objects.count() == 0


def test_a_citizen_of_another_municipality_is_refused(generated_ws: Workspace) -> None:
    person, weeks = _staircase_person(generated_ws, "185")
    with pytest.raises(AccessDenied):
        rf.record_refund_correction(
            DRAGOER,
            generated_ws,
            person=person,
            benefit="kontanthjaelp",
            amounts={str(weeks[0]["week"]): Decimal(100)},
            as_of=AS_OF,
        )


def test_a_basic_grant_is_given_back_whole_and_listed_only_in_its_municipality(
    generated_ws: Workspace,
) -> None:
    person, _ = _staircase_person(generated_ws, "185")
    rf.record_refund_correction(
        TAARNBY,
        generated_ws,
        person=person,
        benefit="selvforsoergelsesydelse",
        amounts={"2026-W10": Decimal("281160")},
        kind="grundtilskud",
        as_of=AS_OF,
    )
    (row,) = rf.refund_corrections(TAARNBY, generated_ws, quarter="2026-K1")
    assert row.give_back == Decimal("281160.00")
    assert rf.refund_corrections(DRAGOER, generated_ws) == []


def test_a_plan_month_adds_the_intensified_area() -> None:
    plan = pl.create_plan(
        TAARNBY,
        name="Tilsynsplan 2017",
        year=2017,
        municipality="185",
        areas=["kontanthjaelp", "ledighedsydelse"],
        cases_per_month=20,
        focus_points=["Rettidige samtaler", "Min Plan med beskæftigelsesmål"],
    )
    pl.add_intensified_period(
        TAARNBY,
        plan.pk,
        area="ledighedsydelse",
        first_month="2017-11",
        last_month="2018-01",
        cases_per_month=15,
        reason="Revisionens bemærkninger 2016",
    )
    assert pl.plan_month(TAARNBY, plan.pk, "2017-10").planned == 20
    december = pl.plan_month(TAARNBY, plan.pk, "2017-12")
    assert (december.planned, december.intensified_areas) == (35, ["ledighedsydelse"])
    with pytest.raises(ValueError, match="slutter før den begynder"):
        pl.add_intensified_period(
            TAARNBY,
            plan.pk,
            area="x",
            first_month="2018-02",
            last_month="2018-01",
            cases_per_month=1,
            reason="",
        )
    with pytest.raises(AccessDenied):
        pl.create_plan(
            DRAGOER,
            name="x",
            year=2017,
            municipality="185",
            areas=[],
            cases_per_month=1,
            focus_points=[],
        )


def test_a_campaign_reviews_every_case_and_shows_progress(generated_ws: Workspace) -> None:
    from tilsyn.store.supervision.models import Finding, Review

    campaign, stored = pl.start_campaign(
        TAARNBY,
        generated_ws,
        name="Alle kontanthjælpssager",
        area="kontanthjaelp",
        municipality="185",
        as_of=AS_OF,
    )
    assert stored.reviews == stored.size > 0
    progress = pl.campaign_progress(TAARNBY, campaign.pk)
    assert (progress.total, progress.reviewed, progress.remaining) == (stored.size, 0, stored.size)
    first = Review.objects.filter(drawn_case__sample__campaign=campaign).first()
    assert first is not None
    Review.objects.filter(pk=first.pk).update(status="feedback_sent", feedback_sent_on=AS_OF)
    Finding.objects.create(
        review=first, question_id="q", question="?", answer="nej", severity="serious"
    )
    progress = pl.campaign_progress(TAARNBY, campaign.pk)
    assert (progress.reviewed, progress.remaining, progress.with_errors) == (1, stored.size - 1, 1)
    assert pl.campaigns(DRAGOER) == []
