from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from web.personas import Personas, log_rows

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[1] / "economy" / "fixtures" / "seed004_alt_drift.csv"


def test_it_shows_full_year_persons_and_the_refund_staircase_of_the_actors_municipality(
    personas: Personas,
) -> None:
    response = personas.client("manager_185").get("/oekonomi/")
    assert response.status_code == 200
    assert {t["municipality"] for t in response.context["fulltime"].totals} == {"185"}
    refunds = response.context["refunds"]
    assert [r.municipality for r in refunds] == ["185"]
    assert {row["financing"] for row in refunds[0].rows} >= {"refusion"}
    assert "Helårspersoner" in response.content.decode()


def test_full_year_persons_are_drawn_month_by_month_counted_then_forecast(
    personas: Personas,
) -> None:
    from tilsyn.web.charts import fulltime_chart

    response = personas.client("manager_185").get("/oekonomi/")
    persons = response.context["fulltime"]
    assert [c["id"] for c in response.context["charts"]] == ["chart-fulltime-185"]
    spec = fulltime_chart(persons, "185", "Tårnby", validate=True)  # valid Vega-Lite
    values = spec["data"]["values"]
    months = [m for m in persons.months if m.municipality == "185"]
    assert len(values) == len(months) > 0
    # Months up to the reference date are counted, the rest of the year is forecast.
    counted = {v["måned"] for v in values if v["opgørelse"] == "opgjort"}
    forecast = {v["måned"] for v in values if v["opgørelse"] == "prognose"}
    assert counted
    assert forecast
    assert max(counted) < min(forecast)
    assert 'data-chart="chart-fulltime-185"' in response.content.decode()


def test_a_budget_upload_gives_the_committees_follow_up(personas: Personas) -> None:
    upload = SimpleUploadedFile("budget.csv", SEED.read_bytes(), content_type="text/csv")
    response = personas.client("manager_185").post("/oekonomi/budget", {"budget_file": upload})
    assert response.status_code == 200
    rows = {r.area: r for r in response.context["budget_rows"]}
    assert str(rows["Tårnby Kommune"].corrected_budget) == "3151.2"


def test_a_bad_budget_names_file_row_and_column(personas: Personas) -> None:
    bad = b"area;original_budget;corrected_budget;spent_to_date;forecast\nA;1,0;x;0,5;1,0\n"
    upload = SimpleUploadedFile("budget.csv", bad, content_type="text/csv")
    response = personas.client("manager_185").post("/oekonomi/budget", {"budget_file": upload})
    assert response.status_code == 400
    assert "budget.csv, række 2, kolonne corrected_budget" in response.content.decode()


def test_the_partner_municipality_sees_only_its_own_economy(personas: Personas) -> None:
    response = personas.client("partner_viewer_155").get("/oekonomi/")
    assert {t["municipality"] for t in response.context["fulltime"].totals} <= {"155"}
    assert [r.municipality for r in response.context["refunds"]] == ["155"]
    assert log_rows(personas.workspace, user="partner_viewer_155") == []


@pytest.mark.parametrize("persona", ["caseworker_185"])
def test_roles_without_economy_are_refused(personas: Personas, persona: str) -> None:
    assert personas.client(persona).get("/oekonomi/").status_code == 403


@pytest.mark.parametrize("persona", ["partner_viewer_155", "auditor_185", "coordinator_185"])
def test_only_managers_and_admins_upload_a_budget(personas: Personas, persona: str) -> None:
    upload = SimpleUploadedFile("budget.csv", SEED.read_bytes(), content_type="text/csv")
    assert (
        personas.client(persona).post("/oekonomi/budget", {"budget_file": upload}).status_code
        == 403
    )
    assert log_rows(personas.workspace, user=persona) == []
