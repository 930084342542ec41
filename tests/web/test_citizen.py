from __future__ import annotations

import pytest

from web.personas import Personas, citizen_in, log_rows

pytestmark = pytest.mark.django_db


def test_it_shows_every_obligation_with_explanation_and_legal_reference(personas: Personas) -> None:
    person = citizen_in(personas.workspace, "185")
    response = personas.client("caseworker_185").get(f"/borger/{person}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Borger {person}" in page
    assert '<span class="badge overdue">overskredet</span>' in page
    assert "Retsgrundlag" in page
    assert "retsinformation.dk" in page or "§" in page
    assert "Tidslinje" in page
    assert "Ydelsesforløb" in page


def test_it_logs_the_read(personas: Personas) -> None:
    person = citizen_in(personas.workspace, "185")
    before = len(log_rows(personas.workspace, user="caseworker_185", person=person))
    personas.client("caseworker_185").get(f"/borger/{person}/")
    rows = log_rows(personas.workspace, user="caseworker_185", person=person)
    assert {e.action for e in rows[before:]} == {"explain", "timeline"}
    assert all(e.purpose == "casework" for e in rows[before:])


def test_it_refuses_a_citizen_of_another_municipality(personas: Personas) -> None:
    dragoer_citizen = citizen_in(personas.workspace, "155")
    response = personas.client("caseworker_185").get(f"/borger/{dragoer_citizen}/")
    assert response.status_code == 403
    assert log_rows(personas.workspace, user="caseworker_185", person=dragoer_citizen) == []


def test_the_partner_municipality_sees_its_own_citizen_but_not_tarnbys(personas: Personas) -> None:
    client = personas.client("partner_viewer_155")
    assert client.get(f"/borger/{citizen_in(personas.workspace, '155')}/").status_code == 200
    assert client.get(f"/borger/{citizen_in(personas.workspace, '185')}/").status_code == 403


def test_an_unknown_citizen_is_404(personas: Personas) -> None:
    assert personas.client("caseworker_185").get("/borger/ukendt-borger/").status_code == 404


def test_a_user_without_a_role_is_refused(personas: Personas) -> None:
    from django.contrib.auth.models import User
    from django.test import Client

    client = Client()
    client.force_login(User.objects.create_user("uden-rolle", password="x" * 20))
    assert client.get(f"/borger/{citizen_in(personas.workspace, '185')}/").status_code == 403


def test_the_cpr_number_is_masked_until_asked_for_and_the_look_up_is_logged(
    personas: Personas,
) -> None:
    person = citizen_in(personas.workspace, "185")
    client = personas.client("caseworker_185")
    page = client.get(f"/borger/{person}/").content.decode()
    assert "XXXXXX-XXXX" in page
    response = client.post(f"/borger/{person}/cpr")
    assert response.status_code == 200
    shown = response.content.decode()
    digits = [c for c in shown if c.isdigit()]
    assert len(digits) == 10, shown
    rows = log_rows(personas.workspace, user="caseworker_185", person=person)
    assert rows[-1].action == "cpr_lookup"
    assert "".join(digits) not in (rows[-1].detail or "")


@pytest.mark.parametrize("persona", ["manager_185", "partner_viewer_155"])
def test_roles_without_cpr_access_cannot_look_it_up(personas: Personas, persona: str) -> None:
    municipality = persona.rsplit("_", 1)[1]
    person = citizen_in(personas.workspace, municipality)
    client = personas.client(persona)
    assert "Vis CPR-nummer" not in client.get(f"/borger/{person}/").content.decode()
    assert client.post(f"/borger/{person}/cpr").status_code == 403
    assert all(e.action != "cpr_lookup" for e in log_rows(personas.workspace, user=persona))


def test_the_cpr_look_up_needs_post(personas: Personas) -> None:
    person = citizen_in(personas.workspace, "185")
    assert personas.client("caseworker_185").get(f"/borger/{person}/cpr").status_code == 405


def test_a_caseworker_cannot_look_up_the_cpr_of_another_municipality(personas: Personas) -> None:
    person = citizen_in(personas.workspace, "155")
    assert personas.client("caseworker_185").post(f"/borger/{person}/cpr").status_code == 403
    assert log_rows(personas.workspace, user="caseworker_185", person=person) == []


def test_a_partner_municipality_sees_its_own_citizens_whoever_handles_them(
    personas: Personas,
) -> None:
    from tilsyn.web.accounts.models import Profile

    # A partner signing in through its own identity provider belongs to no job centre.
    Profile.objects.filter(user=personas.users["partner_viewer_155"]).update(organisation=None)
    mine, theirs = citizen_in(personas.workspace, "155"), citizen_in(personas.workspace, "185")
    client = personas.client("partner_viewer_155")
    assert client.get(f"/borger/{mine}/").status_code == 200
    assert client.get(f"/borger/{theirs}/").status_code in (403, 404)
    assert {e.person_id for e in log_rows(personas.workspace, user="partner_viewer_155")} == {mine}
