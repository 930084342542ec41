from __future__ import annotations

from fractions import Fraction

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


def test_the_forecast_lists_the_citizens_to_act_on_and_logs_them(personas: Personas) -> None:
    response = personas.client("manager_185").get("/maalinger/prognose/185/interviews")
    assert response.status_code == 200
    result = response.context["result"]
    assert result.municipality == "185"
    logged = {e.person_id for e in log_rows(personas.workspace, user="manager_185")}
    assert logged == {a.person_id for a in result.actions}


def test_the_forecast_of_another_municipality_is_refused(personas: Personas) -> None:
    response = personas.client("manager_185").get("/maalinger/prognose/155/interviews")
    assert response.status_code == 403
    assert log_rows(personas.workspace, user="manager_185") == []


def test_a_partner_gets_no_action_list(personas: Personas) -> None:
    client = personas.client("partner_viewer_155")
    assert client.get("/maalinger/prognose/155/interviews").status_code == 403
    assert "Prognose og handlingsliste" not in client.get("/maalinger/").content.decode()


def test_an_unknown_measure_is_404(personas: Personas) -> None:
    assert personas.client("manager_185").get("/maalinger/prognose/185/kaffe").status_code == 404


def test_the_reform_table_holds_only_the_actors_municipality(personas: Personas) -> None:
    response = personas.client("partner_viewer_155").get("/maalinger/")
    rows = response.context["reform_rows"]
    assert rows, "the test snapshot has cohorts under the reform in 2026"
    assert {r.municipality for r in rows} == {"155"}
    assert "Reformen 2026: 75 %-kravene" in response.content.decode()


def test_the_early_effort_follow_up_covers_twelve_months_of_the_actors_municipality(
    personas: Personas,
) -> None:
    response = personas.client("partner_viewer_155").get("/maalinger/")
    rows = response.context["early_rows"]
    assert {r.municipality for r in rows} == {"155"}
    assert len({r.month for r in rows}) == 12
    page = response.content.decode()
    assert "Opfølgning på den tidlige indsats" in page
    assert "Mindst 4 jobsamtaler før 6 måneder" in page
    assert log_rows(personas.workspace, user="partner_viewer_155") == []


def test_the_reform_table_names_requirements_in_danish(personas: Personas) -> None:
    response = personas.client("manager_185").get("/maalinger/")
    page = response.content.decode()
    rules = {r.rule for r in response.context["reform_rows"]}
    assert "foerste_samtale" in rules
    assert "Første jobsamtale med alle jobparate" in page
    for code in rules:
        assert f"<td>{code}</td>" not in page


def test_the_offer_measure_is_shown_under_every_reading_side_by_side(personas: Personas) -> None:
    response = personas.client("manager_185").get("/maalinger/")
    (offers,) = [t for t in response.context["tables"] if t["year"].measure == "offers"]
    variants = offers["year"].variants
    assert [(v.hours, v.reading) for v in variants] == [
        (100, "overlap"),
        (225, "overlap"),
        (100, "started"),
        (225, "started"),
    ]
    assert all(len(m.other_shares) == 3 for m in offers["months"])
    page = response.content.decode()
    assert "100 t, tilbud der overlapper de 12 mdr." in page
    assert "225 t, tilbud påbegyndt i de 12 mdr." in page
    assert '<th class="num">225 t, påbegyndt</th>' in page
    # the page title is only the page's name (no table in <title>)
    assert "<title>Målinger · tilsyn</title>" in page


def test_the_reform_section_shows_the_akasses_own_requirement(personas: Personas) -> None:
    # Dragør has the snapshot's one dagpenge spell begun under the reform that has reached
    # 3 months by the tests' date.
    response = personas.client("manager_155").get("/maalinger/")
    rows = [r for r in response.context["reform_rows"] if r.rule == "akasse_samtaler_75"]
    assert response.context["akasse_recorded"] is True
    assert rows
    assert all(r.required_share == Fraction(3, 4) for r in rows)
    assert sum(r.population for r in rows) > 0
    page = response.content.decode()
    assert "A-kassen: mindst 2 jobsamtaler med 75 % inden 3 måneder" in page
    assert "data har ingen samtaler holdt af a-kassen" not in page
