"""The demo's supervision seed runs the real workflow and can be run again."""

from __future__ import annotations

import datetime as dt

import pytest

from tilsyn.app import AccessDenied, Actor, Role
from tilsyn.app import supervision_demo as demo
from tilsyn.data.workspace import Workspace
from tilsyn.store.supervision.models import Review

pytestmark = pytest.mark.django_db


def test_the_demo_seed_is_repeatable_and_fills_the_statistics(
    generated_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "AREAS", ("kontanthjaelp",))
    monkeypatch.setattr(demo, "PER_AREA", 3)
    monkeypatch.setattr(demo, "MONTHS", 2)
    operator = Actor.operator("demo")
    first = demo.seed_demo_reviews(operator, generated_ws, dt.date(2026, 11, 2))
    assert [m.month for m in first.months] == ["2026-09", "2026-10"]
    assert all(m.reviewed == 3 for m in first.months)
    count = Review.objects.count()
    assert count == 6
    assert Review.objects.filter(status__in=("feedback_sent", "closed")).count() == 6
    assert set(Review.objects.values_list("second_reviewer", flat=True)) == {"leder"}
    again = demo.seed_demo_reviews(operator, generated_ws, dt.date(2026, 11, 2))
    assert Review.objects.count() == count
    assert again.months == first.months


def test_only_the_operator_seeds_the_demo(generated_ws: Workspace) -> None:
    with pytest.raises(AccessDenied):
        demo.seed_demo_reviews(
            Actor("k", Role.coordinator, frozenset({"185"})), generated_ws, dt.date(2026, 11, 2)
        )
