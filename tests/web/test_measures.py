from __future__ import annotations

import pytest

from web.personas import Personas, log_rows

pytestmark = pytest.mark.django_db


def test_it_shows_both_focus_measures_month_by_month(personas: Personas) -> None:
    response = personas.client("manager_185").get("/maalinger/")
    assert response.status_code == 200
    tables = response.context["tables"]
    assert {t["year"].measure for t in tables} == {"interviews", "offers"}
    assert {t["year"].municipality for t in tables} == {"185"}
    assert len(tables[0]["months"]) == 12


def test_the_partner_municipality_gets_only_its_own_measures(personas: Personas) -> None:
    response = personas.client("partner_viewer_155").get("/maalinger/")
    assert {t["year"].municipality for t in response.context["tables"]} == {"155"}
    assert log_rows(personas.workspace, user="partner_viewer_155") == []
