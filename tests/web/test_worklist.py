from __future__ import annotations

import csv
import io

import pytest

from web.personas import Personas, log_rows

pytestmark = pytest.mark.django_db


def test_it_lists_overdue_first_and_links_to_the_citizen(personas: Personas) -> None:
    response = personas.client("coordinator_185").get("/arbejdsliste/")
    assert response.status_code == 200
    rows = response.context["result"].rows
    assert rows, "the test snapshot should give Tårnby a worklist"
    statuses = [r["status"] for r in rows]
    assert statuses == sorted(statuses, key=lambda s: s != "overdue")
    assert f'href="/borger/{rows[0]["person_id"]}/"' in response.content.decode()


def test_it_shows_only_the_actors_municipality_and_logs_the_shown_page(personas: Personas) -> None:
    response = personas.client("manager_155").get("/arbejdsliste/")
    result = response.context["result"]
    assert {r["municipality"] for r in result.rows} == {"155"}
    logged = {e.person_id for e in log_rows(personas.workspace, user="manager_155")}
    assert logged == {r["person_id"] for r in result.rows}


def test_mine_is_the_caseworkers_own_citizens(personas: Personas) -> None:
    user = personas.users["caseworker_185"]
    response = personas.client("caseworker_185").get("/arbejdsliste/")
    assert {r["caseworker_id"] for r in response.context["result"].rows} <= {
        user.profile.caseworker_id
    }


def test_filters_narrow_the_list(personas: Personas) -> None:
    client = personas.client("coordinator_185")
    overdue = client.get("/arbejdsliste/?status=overdue").context["result"]
    assert overdue.rows
    assert {r["status"] for r in overdue.rows} == {"overdue"}
    benefit = overdue.rows[0]["benefit"]
    narrowed = client.get(f"/arbejdsliste/?status=overdue&benefit={benefit}").context["result"]
    assert {r["benefit"] for r in narrowed.rows} == {benefit}
    assert narrowed.total <= overdue.total


def test_htmx_gets_the_table_alone_and_paging_moves_on(personas: Personas) -> None:
    client = personas.client("coordinator_185")
    first = client.get("/arbejdsliste/", headers={"HX-Request": "true"})
    assert "<html" not in first.content.decode()
    result = first.context["result"]
    if result.pages > 1:
        second = client.get("/arbejdsliste/?page=2", headers={"HX-Request": "true"})
        assert second.context["result"].page == 2
        assert second.context["result"].rows[0] != result.rows[0]


def test_a_bad_filter_is_a_400(personas: Personas) -> None:
    assert (
        personas.client("coordinator_185").get("/arbejdsliste/?within_days=-3").status_code == 400
    )


def test_the_csv_export_holds_every_row_and_is_logged(personas: Personas) -> None:
    response = personas.client("coordinator_185").get("/arbejdsliste/csv?status=overdue")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows
    assert {r["status"] for r in rows} == {"overskredet"}
    assert {r["kommune"] for r in rows} == {"185"}
    exported = [
        e
        for e in log_rows(personas.workspace, user="coordinator_185")
        if e.action == "worklist_export"
    ]
    assert {e.person_id for e in exported} == {r["borger"] for r in rows}


def test_an_anonymous_visitor_is_sent_to_the_login_page(personas: Personas) -> None:
    from django.test import Client

    response = Client().get("/arbejdsliste/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_a_caseworker_never_gets_or_logs_another_municipalitys_citizens(personas: Personas) -> None:
    response = personas.client("caseworker_185").get("/arbejdsliste/?reach=municipality")
    rows = response.context["result"].rows
    assert rows
    assert {r["municipality"] for r in rows} == {"185"}
    logged = {e.person_id for e in log_rows(personas.workspace, user="caseworker_185")}
    assert logged == {r["person_id"] for r in rows}


def test_mine_without_a_caseworker_id_is_refused(personas: Personas) -> None:
    assert personas.client("manager_185").get("/arbejdsliste/?reach=mine").status_code == 403


@pytest.mark.parametrize("person", ["P1", "9f86d081884c7d65", "x y"])
def test_citizen_links_are_the_citizen_pages_url(person: str) -> None:
    from django.urls import reverse

    from tilsyn.web.templatetags.links import citizen_url

    assert citizen_url(person) == reverse("citizens:citizen", args=[person])


def test_a_page_shown_again_from_the_kept_rows_is_logged_again_for_each_user(
    personas: Personas,
) -> None:
    first = personas.client("coordinator_185").get("/arbejdsliste/")
    again = personas.client("coordinator_185").get("/arbejdsliste/")
    other = personas.client("manager_185").get("/arbejdsliste/")
    # The same reach and filters: the same rows, rendered once...
    assert first.context["result"].rows_key == other.context["result"].rows_key
    assert first.content.decode().count("<tr class=") == other.content.decode().count("<tr class=")
    shown = {r["person_id"] for r in first.context["result"].rows}
    assert again.status_code == 200
    # ...and every look is in the access log all the same, per user.
    by_coordinator = [e.person_id for e in log_rows(personas.workspace, user="coordinator_185")]
    assert sorted(by_coordinator) == sorted([*shown, *shown])
    assert {e.person_id for e in log_rows(personas.workspace, user="manager_185")} == shown
